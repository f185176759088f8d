# Machine-assisted draft: not yet reviewed by a native speaker.

### دەفتەری یادداشتی قوفڵکراو (شفرەکراو): پرسیارەکان، ئاگادارکردنەوەکان، ڕاپۆرتی هەناردەکراو.

diary-title = دەفتەری یادداشت
diary-prompt-passphrase = وشەی نهێنیی دەفتەری یادداشت:
diary-prompt-new-passphrase = وشەی نهێنیی نوێی دەفتەری یادداشت:
diary-prompt-repeat-passphrase = هەمان وشەی نهێنی دووبارە بنووسەوە:
diary-prompt-duress-passphrase = وشەی نهێنیی کاتی ناچارکردن (کردنەوە بەم وشەیە دەفتەری یادداشتەکە بە تەواوی دەسڕێتەوە و دەفتەرێکی بەتاڵ دەکاتەوە):
diary-prompt-export-passphrase = وشەی نهێنی بۆ هەناردەکە (بە ڕێگەیەکی تر بە خوێنەرەکەی بڵێ):
diary-passphrases-differ = دوو وشە نهێنییەکە وەک یەک نین. هیچ شتێک نەگۆڕدرا.
diary-warning-pin = بۆ کەسێک کە کۆپیی مۆبایلەکەت بکات، مەزەندەکردنی پین کۆد (تەنها ژمارە) ئاسانە. ڕستەیەک لە چەند وشەیەک زۆر سەلامەتترە.
diary-warning-short = ئەم وشە نهێنییە کورتە. ڕستەیەک لە چەند وشەیەک زۆر سەلامەتترە.
diary-created = دەفتەری یادداشتەکەت ئامادەیە. کەس ناتوانێت بەبێ وشە نهێنییەکەت بیخوێنێتەوە. ئەگەر وشە نهێنییەکە لەبیر بکەیت، دەفتەری یادداشتەکە ناتوانرێت بگەڕێنرێتەوە.
diary-passphrase-changed = وشەی نهێنی گۆڕدرا. وشە نهێنییە کۆنەکە ئیتر دەفتەری یادداشتەکە ناکاتەوە.
diary-duress-set = وشەی نهێنیی کاتی ناچارکردن دانرا. کردنەوە بەم وشەیە دەفتەری یادداشتەکەت بە تەواوی دەسڕێتەوە و دەفتەرێکی بەتاڵ دەکاتەوە.
diary-wipe-after-set = ئەگەر ئەم ژمارەیە جار لە دوای یەک وشەی نهێنیی هەڵە بنووسرێت، دەفتەری یادداشتەکە بە تەواوی دەسڕدرێتەوە.
diary-added = تۆمارەکە پاشەکەوت کرا.
diary-edited = تۆمارەکە گۆڕدرا. وەشانی پێشووی هەڵگیراوە.
diary-deleted = تۆمارەکە سڕایەوە.
diary-wiped = دەفتەری یادداشتەکە بە تەواوی سڕایەوە. ناتوانرێت بگەڕێنرێتەوە.
diary-confirm-delete = ئەم تۆمارە لەگەڵ هەموو وەشان و پاشکۆکانی بسڕدرێتەوە؟ بۆ دڵنیاکردنەوە وشەی ئینگلیزیی yes بنووسە.
diary-confirm-wipe = هەموو دەفتەری یادداشتەکە ئێستا بە تەواوی بسڕدرێتەوە؟ ناتوانرێت بگەڕێنرێتەوە. بۆ دڵنیاکردنەوە وشەی ئینگلیزیی yes بنووسە.
diary-confirm-needed = هیچ شتێک نەکرا. بۆ ئەوەی ئەمە بەبێ پرسیار بکرێت، --yes بخەرە سەر فەرمانەکە.
diary-not-confirmed = هیچ شتێک نەکرا.
diary-exported = هەناردەکە نووسرا. تەنها ئەو کەسەی کلیلەکە (key) یان وشە نهێنییەکەی هەیە دەتوانێت بیکاتەوە، بە بەرنامەی age.
diary-backed-up = کۆپیی یەدەگەکە نووسرا. لە هەر مۆبایلێکدا بە وشە نهێنییەکە دەکرێتەوە.
# $added، $merged، $unchanged، $replaced و $attachments ژمارەن.
diary-restored = گەڕێنرایەوە: { $added } تۆماری نوێ، { $merged } تێکەڵ کران، { $unchanged } پێشتر هەبوون، { $replaced } لە جێی کۆنەکان دانران، { $attachments } پاشکۆ.
diary-restore-choose = دەفتەری یادداشتەکەت پێشتر تۆماری تێدایە. بۆ هێشتنەوەیان و زیادکردنی تۆمارەکانی کۆپیی یەدەگەکە، --merge بخەرە سەر فەرمانەکە، یان بۆ ئەوەی سەرەتا بیانسڕیتەوە، --replace بخەرە سەری.
diary-restore-ask = دەفتەری یادداشتەکەت پێشتر تۆماری تێدایە. بۆ هێشتنەوەیان و زیادکردنی تۆمارەکانی کۆپیی یەدەگەکە بنووسە تێکەڵ، یان بۆ ئەوەی سەرەتا بیانسڕیتەوە بنووسە گۆڕین:
diary-answer-merge = تێکەڵ
diary-answer-replace = گۆڕین
diary-prompt-backup-passphrase = وشەی نهێنیی کۆپیی یەدەگەکە:
diary-prompt-backup-passphrase-or-same = وشەی نهێنیی کۆپیی یەدەگەکە (ئەگەر هەمان وشەی نهێنیی دەفتەری یادداشتەکەیە، Enter دابگرە):
diary-none-here = هێشتا لێرە دەفتەری یادداشت نییە. بەم فەرمانە یەکێک دروست بکە: salama diary init
diary-kdf-memory-range = ئەو بیرگەیەی بۆ پاراستنی وشەی نهێنی بەکاردێت دەبێت لە { $min } تا { $max } MiB بێت. هیچ شتێک دروست نەکرا.
diary-kdf-passes-range = ژمارەی خولەکان دەبێت لە { $min } تا { $max } بێت. هیچ شتێک دروست نەکرا.
diary-wipe-after-range = ژمارەی وشە نهێنییە هەڵەکان پێش سڕینەوەی دەفتەری یادداشتەکە دەبێت لە 1 تا 100 بێت، یان 0 بۆ ئەوەی هەرگیز نەسڕدرێتەوە. هیچ شتێک نەگۆڕدرا.
diary-clear-and-set = ناتوانرێت خانەیەک لە هەمان کاتدا بەتاڵ بکرێتەوە و نرخێکی نوێشی پێ بدرێت. هیچ شتێک نەگۆڕدرا.
diary-no-entries = هیچ تۆمارێک نییە.
diary-damaged-entries = هەندێک تۆمار تێکچوون و ناخوێندرێنەوە. تۆمارەکانی ترت سەلامەتن.
diary-damaged-not-included = ئەم تۆمارانە تێکچوون و نەخوێندرانەوە، بۆیە لاوە نران (هەموو ئەوانی تر تێدان):
diary-damaged-attachments-not-included = ئەم پاشکۆیانە تێکچوون و نەخوێندرانەوە، بۆیە لاوە نران:
# $shown و $total ژمارەن.
diary-list-count = { $shown } لە { $total } تۆمار.
diary-ledger-empty = هیچ قەرز یان پارەدانێک تۆمار نەکراوە.
diary-history = وەشانە پێشووەکان

diary-kind-event = ڕووداو
diary-kind-payment = پارەدان
diary-kind-debt = قەرز
diary-kind-document-taken = بەڵگەنامەی لێسەندراو
diary-kind-person = کەس
diary-kind-place = شوێن
diary-kind-note = تێبینی

diary-field-date = بەروار
diary-field-text = دەق
diary-field-place = شوێن
diary-field-people = کەسەکان
diary-field-amount = بڕ
diary-field-creditor = قەرزی کێیە
diary-field-tags = تاگەکان
diary-field-written = نووسراوە
diary-field-edited = دەستکاری کراوە
diary-field-attachment = پاشکۆ
diary-field-version = وەشان

diary-report-title = ڕاپۆرتی دەفتەری یادداشت
# $date بەرواری هەناردەکردنە، $count ژمارەی تۆمارەکان.
diary-report-generated =
    { $count ->
        [one] لە { $date } هەناردە کرا. یەک تۆمار.
       *[other] لە { $date } هەناردە کرا. { $count } تۆمار.
    }
diary-report-notice = ئەم ڕاپۆرتە لەلایەن خاوەنەکەیەوە لە ئەپی سەلامە، لەسەر مۆبایلەکەی خۆی نووسراوە. بەرواری ڕووداوەکان وەک ئەوەن کە خاوەنەکەی نووسیونی؛ کاتەکانی «نووسراوە» لە کاتژمێری مۆبایلەکەوە هاتوون. وەشانە پێشووەکانی ئەو تۆمارانەی دەستکاری کراون لە diary.json دان.
diary-report-ledger = قەرز و پارەدانەکان
diary-report-ledger-empty = هیچ قەرز یان پارەدانێک تۆمار نەکراوە.
diary-report-creditor = قەرزی کێیە
diary-report-currency = دراو
diary-report-owed = بڕی قەرز
diary-report-paid = دراوەتەوە
diary-report-remaining = ماوە
diary-report-entries = تۆمارەکان بەپێی بەروار
diary-report-damaged = تۆمارە تێکچووەکان
diary-report-damaged-notice = ئەم تۆمارانە لە پشکنینی دروستیدا سەرنەکەوتن: یان تێکچوون، یان کەسێک کە دەستی بە فایلەکە گەیشتووە گۆڕیونی. ئەوەی نەتوانرا بپشکنرێت لاوە نراوە. هەموو ئەوانی تر لەم هەناردەیەدان.
diary-report-damaged-entry = تۆمار { $id }
diary-report-damaged-attachment = پاشکۆ { $id }
# $count ژمارەی ئەو جارانەیە کە تۆمارەکە دەستکاری کراوە، $date کاتی دوایین دەستکاری.
diary-report-edited =
    { $count ->
        [one] یەک جار، دوایین جار لە { $date }
       *[other] { $count } جار، دوایین جار لە { $date }
    }
