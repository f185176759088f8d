# Machine-assisted draft: not yet reviewed by a native speaker.

### لاک والی (انکرپٹ کی گئی) ڈائری: سوالات، انتباہ، اور ایکسپورٹ کی گئی رپورٹ۔

diary-title = ڈائری
diary-prompt-passphrase = ڈائری کا پاس ورڈ:
diary-prompt-new-passphrase = ڈائری کا نیا پاس ورڈ:
diary-prompt-repeat-passphrase = وہی پاس ورڈ دوبارہ لکھیں:
diary-prompt-duress-passphrase = زبردستی کے وقت کا پاس ورڈ (اس سے کھولنے پر ڈائری مٹ جاتی ہے اور ایک خالی ڈائری کھلتی ہے):
diary-prompt-export-passphrase = ایکسپورٹ کے لیے پاس ورڈ (یہ پاس ورڈ پڑھنے والے کو کسی اور طریقے سے بتائیں):
diary-passphrases-differ = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔ کچھ بھی تبدیل نہیں ہوا۔
diary-warning-pin = جو شخص آپ کے فون کی کاپی بنا لے، اس کے لیے پن کوڈ (صرف ہندسے) کا اندازہ لگانا آسان ہے۔ کئی الفاظ کا ایک جملہ کہیں زیادہ محفوظ ہے۔
diary-warning-short = یہ پاس ورڈ چھوٹا ہے۔ کئی الفاظ کا ایک جملہ کہیں زیادہ محفوظ ہے۔
diary-created = آپ کی ڈائری تیار ہے۔ آپ کے پاس ورڈ کے بغیر اسے کوئی نہیں پڑھ سکتا۔ اگر آپ پاس ورڈ بھول گئے تو ڈائری واپس نہیں مل سکتی۔
diary-passphrase-changed = پاس ورڈ بدل دیا گیا۔ پرانے پاس ورڈ سے اب ڈائری نہیں کھلتی۔
diary-duress-set = زبردستی کے وقت کا پاس ورڈ مقرر ہو گیا۔ اس سے کھولنے پر آپ کی ڈائری مٹ جاتی ہے اور ایک خالی ڈائری کھلتی ہے۔
diary-wipe-after-set = لگاتار اتنی بار غلط پاس ورڈ لکھنے پر ڈائری مٹا دی جائے گی۔
diary-added = اندراج محفوظ ہو گیا۔
diary-edited = اندراج بدل دیا گیا۔ پچھلا ورژن محفوظ رکھا گیا ہے۔
diary-deleted = اندراج حذف کر دیا گیا۔
diary-wiped = ڈائری مٹا دی گئی۔ اسے واپس نہیں لایا جا سکتا۔
diary-confirm-delete = کیا یہ اندراج اس کے تمام ورژنز اور منسلک فائلوں سمیت حذف کر دیا جائے؟ تصدیق کے لیے انگریزی لفظ yes لکھیں۔
diary-confirm-wipe = کیا پوری ڈائری ابھی مٹا دی جائے؟ اسے واپس نہیں لایا جا سکتا۔ تصدیق کے لیے انگریزی لفظ yes لکھیں۔
diary-confirm-needed = کچھ نہیں کیا گیا۔ یہ کام سوال پوچھے بغیر کرنے کے لیے کمانڈ کے ساتھ --yes لگائیں۔
diary-not-confirmed = کچھ نہیں کیا گیا۔
diary-exported = ایکسپورٹ فائل لکھ دی گئی۔ اسے صرف وہی شخص کھول سکتا ہے جس کے پاس اس کی چابی (key) یا پاس ورڈ ہو، age نامی پروگرام کے ذریعے۔
diary-backed-up = بیک اپ لکھ دیا گیا۔ یہ کسی بھی فون پر پاس ورڈ سے کھلتا ہے۔
# $added، $merged، $unchanged، $replaced اور $attachments تعدادیں ہیں۔
diary-restored = بحال کیا گیا: { $added } نئے اندراجات، { $merged } ملائے گئے، { $unchanged } پہلے سے موجود تھے، { $replaced } بدلے گئے، { $attachments } منسلک فائلیں۔
diary-restore-choose = آپ کی ڈائری میں پہلے سے اندراجات موجود ہیں۔ انہیں رکھنے اور ان کے ساتھ بیک اپ کے اندراجات بھی شامل کرنے کے لیے --merge لگائیں، یا پہلے انہیں حذف کرنے کے لیے --replace لگائیں۔
diary-restore-ask = آپ کی ڈائری میں پہلے سے اندراجات موجود ہیں۔ انہیں رکھنے اور بیک اپ کے اندراجات بھی شامل کرنے کے لیے ملائیں لکھیں، یا پہلے انہیں حذف کرنے کے لیے بدلیں لکھیں:
diary-answer-merge = ملائیں
diary-answer-replace = بدلیں
diary-prompt-backup-passphrase = بیک اپ کا پاس ورڈ:
diary-prompt-backup-passphrase-or-same = بیک اپ کا پاس ورڈ (اگر یہ ڈائری والا پاس ورڈ ہی ہے تو Enter دبائیں):
diary-none-here = یہاں ابھی کوئی ڈائری نہیں ہے۔ اس کمانڈ سے ایک بنائیں: salama diary init
diary-kdf-memory-range = پاس ورڈ کی حفاظت کے لیے استعمال ہونے والی میموری { $min } سے { $max } MiB تک ہونی چاہیے۔ کچھ نہیں بنایا گیا۔
diary-kdf-passes-range = دوروں کی تعداد { $min } سے { $max } تک ہونی چاہیے۔ کچھ نہیں بنایا گیا۔
diary-wipe-after-range = ڈائری مٹائے جانے سے پہلے غلط پاس ورڈز کی تعداد 1 سے 100 تک ہونی چاہیے، یا کبھی نہ مٹانے کے لیے 0۔ کچھ نہیں بدلا گیا۔
diary-clear-and-set = کسی خانے کو ایک ہی وقت میں خالی کرنا اور اسے نئی قدر دینا ممکن نہیں۔ کچھ نہیں بدلا گیا۔
diary-no-entries = کوئی اندراج نہیں۔
diary-damaged-entries = کچھ اندراجات خراب ہو گئے ہیں اور پڑھے نہیں جا سکتے۔ آپ کے باقی اندراجات محفوظ ہیں۔
diary-damaged-not-included = یہ اندراجات خراب ہیں اور پڑھے نہیں جا سکے، اس لیے انہیں شامل نہیں کیا گیا (باقی سب شامل ہے):
diary-damaged-attachments-not-included = یہ منسلک فائلیں خراب ہیں اور پڑھی نہیں جا سکیں، اس لیے انہیں شامل نہیں کیا گیا:
# $shown اور $total تعدادیں ہیں۔
diary-list-count = { $total } میں سے { $shown } اندراجات۔
diary-ledger-empty = کوئی قرض یا ادائیگی درج نہیں۔
diary-history = پرانے ورژن

diary-kind-event = واقعہ
diary-kind-payment = ادائیگی
diary-kind-debt = قرض
diary-kind-document-taken = دستاویز لے لی گئی
diary-kind-person = شخص
diary-kind-place = جگہ
diary-kind-note = نوٹ

diary-field-date = تاریخ
diary-field-text = متن
diary-field-place = جگہ
diary-field-people = لوگ
diary-field-amount = رقم
diary-field-creditor = قرض کس کا ہے
diary-field-tags = ٹیگ
diary-field-written = لکھا گیا
diary-field-edited = ترمیم
diary-field-attachment = منسلک فائل
diary-field-version = ورژن

diary-report-title = ڈائری کا ریکارڈ
# $date ایکسپورٹ کی تاریخ ہے، $count اندراجات کی تعداد۔
diary-report-generated =
    { $count ->
        [one] { $date } کو ایکسپورٹ کیا گیا۔ ایک اندراج۔
       *[other] { $date } کو ایکسپورٹ کیا گیا۔ { $count } اندراجات۔
    }
diary-report-notice = یہ ریکارڈ اس کے مالک نے اپنے فون پر سلامہ ایپ میں لکھا ہے۔ واقعات کی تاریخیں ویسی ہی ہیں جیسی مالک نے درج کیں؛ "لکھا گیا" کے اوقات فون کی گھڑی سے لیے گئے ہیں۔ جن اندراجات میں ترمیم ہوئی، ان کے پرانے ورژن diary.json میں ہیں۔
diary-report-ledger = قرض اور ادائیگیاں
diary-report-ledger-empty = کوئی قرض یا ادائیگی درج نہیں۔
diary-report-creditor = قرض کس کا ہے
diary-report-currency = کرنسی
diary-report-owed = واجب رقم
diary-report-paid = ادا کی گئی رقم
diary-report-remaining = باقی رقم
diary-report-entries = تاریخ کے لحاظ سے اندراجات
diary-report-damaged = خراب ریکارڈ
diary-report-damaged-notice = یہ ریکارڈ درستی کی جانچ میں ناکام رہے: یا تو یہ خراب ہو گئے، یا فائل تک رسائی رکھنے والے کسی شخص نے انہیں بدل دیا۔ جو کچھ جانچا نہ جا سکا اسے چھوڑ دیا گیا ہے۔ باقی سب اس ایکسپورٹ میں موجود ہے۔
diary-report-damaged-entry = اندراج { $id }
diary-report-damaged-attachment = منسلک فائل { $id }
# $count بتاتا ہے کہ اندراج میں کتنی بار ترمیم ہوئی، $date یہ کہ آخری ترمیم کب ہوئی۔
diary-report-edited =
    { $count ->
        [one] ایک بار، آخری بار { $date } کو
       *[other] { $count } بار، آخری بار { $date } کو
    }
