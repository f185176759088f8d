# Machine-assisted draft: not yet reviewed by a native speaker.

### د `salama l10n` پیغامونه، هغه وسایل چې ژباړونکي یې د خپل کار د کتلو لپاره کاروي.
### د پیغامونو پېژندونه، د فایلونو نومونه، $ متغیرونه او کوډونه لکه U+200F هماغسې وساتئ.

l10n-severity-error = تېروتنه
l10n-severity-warning = خبرداری

## هغه څه چې `salama l10n check` یې مومي. هره کرښه د فایل په نوم، د کرښې په شمېره او د ستون په شمېره پیلېږي.

# $detail د پارسر توضیح ده، په انګلیسي ژبه.
l10n-problem-syntax-error = دا د Fluent له قواعدو سره سم نه دی، نو پیغام له منځه تللی دی: { $detail }
l10n-problem-duplicate-id = دا پېژند دوهم ځل تعریف شوی دی. یوازې یو یې وساتئ.
# $attribute د یوې ځانګړنې نوم دی، لکه "title".
l10n-problem-duplicate-attribute = ځانګړنه .{ $attribute } دوه ځله تعریف شوې ده.
l10n-problem-missing-message = تر اوسه نه ده ژباړل شوې. لوستونکي انګلیسي متن ویني.
l10n-problem-obsolete-message = انګلیسي متن نور دا پیغام نه لري. کولای شئ پاک یې کړئ.
l10n-problem-missing-value = انګلیسي متن دلته ارزښت لري، خو ژباړه یوازې ځانګړنې لري.
l10n-problem-obsolete-value = انګلیسي متن دلته ارزښت نه لري، یوازې ځانګړنې لري.
l10n-problem-missing-attribute = ځانګړنه .{ $attribute } تر اوسه نه ده ژباړل شوې.
l10n-problem-obsolete-attribute = انګلیسي متن ځانګړنه .{ $attribute } نه لري. کولای شئ پاکه یې کړئ.
# $variable د یوه متغیر نوم دی، لکه "count"؛ د $ له نښې سره ښودل کېږي.
l10n-problem-missing-variable = انګلیسي متن دلته ${ $variable } کاروي؛ ژباړه یې هم باید وکاروي.
l10n-problem-unknown-variable = ${ $variable } دې پیغام ته نه ورکول کېږي. یوازې د انګلیسي متن متغیرونه وکاروئ.
# $categories د CLDR د جمع د ډلو لېست دی، لکه "zero, two, few".
l10n-problem-missing-plural-categories = دا جمع د دې ډلو هرې یوې ته یوه بڼه غواړي: { $categories }.
# $reference د یوه پیغام پېژند دی، یا د یوه اصطلاح پېژند چې په "-" پیلېږي.
l10n-problem-unknown-reference = { $reference } په دې ژبه کې نشته.
# $function د یوه فنکشن نوم دی، لکه DATETIME.
l10n-problem-unknown-function = سلامه د { $function } په نوم فنکشن نه لري. NUMBER یا PHONE وکاروئ.
l10n-problem-empty-value = دا متن تش دی.
# $codepoint د یوه توري کوډ دی، لکه U+202E.
l10n-problem-bidi-control = د لوري یوه نه لیدونکې کنټرولي نښه ({ $codepoint }) کولای شي شاوخوا متن ګډوډ کړي. پاکه یې کړئ: سلامه پخپله نومونه او شمېرې په سم ترتیب ساتي.
l10n-problem-bidi-mark = د لوري یوه نه لیدونکې نښه ({ $codepoint }) وموندل شوه. پاکه یې کړئ، مګر دا چې په قصد مو ایښې وي.
l10n-problem-identical-to-source = دا له انګلیسي متن سره یو شان دی. ایا ژباړل شوی دی؟
l10n-problem-bare-phone-number = د ټیلیفون شمېره { $number } د ساده متن په توګه لیکل شوې، نو له ښي څخه کيڼ ته لیکل شوی متن یې برخې په غلط ترتیب ښيي. داسې یې ولیکئ: { "{" } PHONE("{ $number }") { "}" }.

# $locales دا ښيي چې څو ژبې وکتل شوې، $errors د تېروتنو شمېر، $warnings د خبرداریو شمېر.
l10n-check-summary =
    { $locales ->
        [0] هېڅ ژبه ونه کتل شوه
        [one] یوه ژبه وکتل شوه
       *[other] { $locales } ژبې وکتل شوې
    }: { $errors ->
        [0] هېڅ تېروتنه نشته
        [one] یوه تېروتنه
       *[other] { $errors } تېروتنې
    }، { $warnings ->
        [0] هېڅ خبرداری نشته.
        [one] یو خبرداری.
       *[other] { $warnings } خبرداري.
    }

## `salama l10n status`: یو جدول، په هره کرښه کې یوه ژبه، او یو چارټ.

l10n-status-locale = ژبه
l10n-status-messages = پیغامونه
l10n-status-translated = ژباړل شوي
l10n-status-words = کلمې
l10n-status-review = کتنه
l10n-status-review-source = اصلي متن
l10n-status-review-machine-draft = د ماشین مسوده
l10n-status-review-native-reviewed = هغه چا کتلې چې دا یې مورنۍ ژبه ده
l10n-status-review-legally-reviewed = حقوقي کتنه شوې
l10n-status-review-unknown = په locales.json کې نشته
l10n-status-chart-title = سلامه: څومره ژباړل شوي
l10n-status-chart-note = هر ستون ښيي چې د انګلیسي پیغامونو څومره برخه ژباړل شوې ده؛ رنګ یې د کتنې حالت ښيي.
# $path هغه فایل دی چې چارټ پکې ولیکل شو.
l10n-status-chart-written = چارټ په { $path } کې ولیکل شو.

## پخپله د فولډر ستونزې.

l10n-error-no-folder = دلته یا پورته د ژباړو هېڅ فولډر ونه موندل شو. یو فولډر ورکړئ: salama l10n check <FOLDER>.
# $path هغه فولډر دی چې ورکړل شوی.
l10n-error-no-source = { $path } د en فولډر نه لري. ایا دا د ژباړو فولډر دی؟
# $path یو فایل یا فولډر دی.
l10n-error-unreadable = { $path } نه شي لوستل کېدای.
l10n-error-not-utf8 = دا فایل UTF-8 متن نه دی.
