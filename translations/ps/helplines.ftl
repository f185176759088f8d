# Machine-assisted draft: not yet reviewed by a native speaker.

### د مرستې د کرښو لارښود: هره کرښه په څه کې مرسته کوي، څنګه ورسره اړیکه ونیسئ، کله خلاصه وي،
### او د لارښود تازه کول.
### شمېرې او د مؤسسو نومونه هماغسې وساتئ. د هغه چا لپاره ولیکئ چې همدا اوس مرستې ته
### اړتیا لري: لنډې او ساده جملې.

## د مرستې کرښه په څه کې مرسته کوي

helplines-need-emergency = بېړنۍ پېښه (پولیس، امبولانس، اور وژونکي)
helplines-need-trafficking = د انسانانو سوداګري او استثمار
helplines-need-asylum-legal-aid = پناه او حقوقي مرسته
helplines-need-child-protection = ماشومان
helplines-need-gender-based-violence = پر ښځو تاوتریخوالی او جنسي تاوتریخوالی
helplines-need-medical = طبي مرسته
helplines-need-shelter = د اوسېدو لپاره یو خوندي ځای
helplines-need-labour-rights = په کار کې حقونه
helplines-need-missing-persons = ورک شوي کسان

## د مرستې له کرښې سره څنګه اړیکه ونیسئ

helplines-channel-phone = تلیفون
helplines-channel-short-code = تلیفون (لنډه شمېره، یوازې د هېواد دننه)
helplines-channel-sms = لنډ پیغام (SMS)
helplines-channel-whatsapp = واټساپ (WhatsApp)
helplines-channel-signal = سیګنال (Signal)
helplines-channel-email = ایمیل
helplines-channel-web = وېبپاڼه

## د کار ساعتونه

helplines-open-always = شپه او ورځ خلاصه ده
helplines-open-now = اوس خلاصه ده
helplines-open-unknown = د کار ساعتونه نه دي معلوم
# $day د اونۍ یوه ورځ ده (د helplines-day- پیغامونه وګورئ)، $time یو وخت لکه 17:30، او $zone یو وخت سیمه لکه Europe/Rome.
helplines-open-closes = اوس خلاصه ده. د { $day } په ورځ په { $time } بجو تړل کېږي ({ $zone }).
helplines-closed-opens = اوس تړلې ده. د { $day } په ورځ په { $time } بجو خلاصېږي ({ $zone }).
helplines-closed = اوس تړلې ده
helplines-day-mon = دوشنبه
helplines-day-tue = سه‌شنبه
helplines-day-wed = چهارشنبه
helplines-day-thu = پنجشنبه
helplines-day-fri = جمعه
helplines-day-sat = شنبه
helplines-day-sun = یکشنبه

## هغه جزییات چې د هرې کرښې سره ښودل کېږي

helplines-emergency-label = بېړنی
helplines-free = وړیا
helplines-not-free = کېدای شي د زنګ پیسې ورکړئ
helplines-free-unknown = لګښت نه دی معلوم
helplines-languages = ژبې
helplines-languages-more = او نورې ژبې
helplines-languages-unknown = ژبې نه دي معلومې
helplines-languages-unlisted = څو ژبې، چې نومونه یې نه دي ذکر شوي
helplines-operator = چلوونکی
helplines-sources = سرچینه
helplines-source-dated = د سرچینې نېټه: { $date }
helplines-source-undated = سرچینه نېټه نه لري
helplines-checked-by = د { $by } له خوا په { $date } وکتل شو
helplines-checked-by-undated = د { $by } له خوا وکتل شو
helplines-status-partly-verified = بشپړ تایید شوې نه ده: وګورئ چې دا شمېره لا هم کار کوي.
helplines-none-found = د دې لټون لپاره د مرستې هېڅ کرښه ونه موندل شوه. که همدا اوس په خطر کې یاست، { PHONE("112") } ته (په اروپا کې) یا محلي بېړنۍ شمېرې ته زنګ ووهئ.

## لومړنی لارښود: له عامو سرچینو شمېرې، چې په اپلیکېشن کې شاملې دي

helplines-eu-112-name = بېړنۍ شمېره { PHONE("112") }
helplines-eu-112-description = د سمدستي خطر لپاره: پولیس، امبولانس، اور وژونکي. له ثابت او ګرځنده تلیفون څخه وړیا.
helplines-eu-112-note = د اروپايي اتحادیې په ټولو هېوادونو کې کار کوي.
helplines-ch-112-name = بېړنۍ شمېره { PHONE("112") }
helplines-ch-112-description = د سمدستي خطر لپاره: پولیس، امبولانس، اور وژونکي. له ثابت او ګرځنده تلیفون څخه وړیا.
helplines-rs-112-name = بېړنۍ شمېره { PHONE("112") }
helplines-rs-112-description = د سمدستي خطر لپاره: پولیس، امبولانس، اور وژونکي. له ثابت او ګرځنده تلیفون څخه وړیا.

helplines-eu-116000-name = د ورکو ماشومانو د مرستې کرښه { PHONE("116 000") }
helplines-eu-116000-description = د ورک ماشوم لپاره: د ماشوم، د کورنۍ او د هغو کسانو ملاتړ چې کوم شی یې لیدلی وي. وړیا، شپه او ورځ.
helplines-eu-116000-note = په هر هېواد کې د دې شمېرې تر شا د هماغه هېواد خپله مؤسسه ده، د بېلګې په توګه په یونان کې The Smile of the Child او په ایټالیا کې Telefono Azzurro. ډېری هېوادونه چټ هم لري.
helplines-ch-116000-name = د ورکو ماشومانو د مرستې کرښه { PHONE("116 000") }
helplines-ch-116000-description = د ورک ماشوم لپاره: د ماشوم، د کورنۍ او د هغو کسانو ملاتړ چې کوم شی یې لیدلی وي. وړیا، شپه او ورځ.
helplines-ch-116000-note = شمېره په هماغه هېواد کې وګورئ چې تاسو پکې یاست: د دې شمېرې تر شا مؤسسه له هېواد څخه تر هېواده توپیر لري.
helplines-al-116000-name = د ورکو ماشومانو د مرستې کرښه { PHONE("116 000") }
helplines-al-116000-description = د ورک ماشوم لپاره: د ماشوم، د کورنۍ او د هغو کسانو ملاتړ چې کوم شی یې لیدلی وي. وړیا، شپه او ورځ.
helplines-al-116000-note = شمېره په هماغه هېواد کې وګورئ چې تاسو پکې یاست: د دې شمېرې تر شا مؤسسه له هېواد څخه تر هېواده توپیر لري.
helplines-rs-116000-name = د ورکو ماشومانو د مرستې کرښه { PHONE("116 000") }
helplines-rs-116000-description = د ورک ماشوم لپاره: د ماشوم، د کورنۍ او د هغو کسانو ملاتړ چې کوم شی یې لیدلی وي. وړیا، شپه او ورځ.

helplines-eu-116111-name = د ماشومانو د مرستې کرښه { PHONE("116 111") }
helplines-eu-116111-description = د هغو ماشومانو لپاره مشوره چې له چا سره د خبرو کولو اړتیا لري. وړیا.
helplines-eu-116111-note = تر اوسه د اروپايي اتحادیې په ټولو هېوادونو کې نشته. ځینې کرښې شپه او ورځ خلاصې وي، ځینې نورې په ټاکلو ساعتونو کې.

helplines-de-hilfetelefon-116016-name = له تاوتریخوالي سره مخ ښځو د ملاتړ کرښه (Hilfetelefon { PHONE("116 016") })
helplines-de-hilfetelefon-116016-description = د هغو ښځو لپاره چې له تاوتریخوالي سره مخ دي، په شمول د انسانانو د سوداګرۍ، جبري فحشا او په کار کې استثمار. وړیا، بې له دې چې خپل نوم ووایاست، شپه او ورځ، د کال هره ورځ.
helplines-de-hilfetelefon-116016-note = د ښځو لپاره. په الماني او ۱۸ نورو ژبو ځواب ورکوي. چټ او ایمیل یې په وېبپاڼه کې دي.

helplines-gb-modern-slavery-helpline-name = د نوې غلامۍ او استثمار د مرستې کرښه (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = د هر هغه چا لپاره چې استثمار کېږي یا کار ته اړ ایستل کېږي، یا داسې څوک پېژني. وړیا، محرمانه، شپه او ورځ.
helplines-gb-modern-slavery-helpline-note = له ۲۰۰ څخه په ډېرو ژبو مرسته.

helplines-us-human-trafficking-hotline-name = د انسانانو د سوداګرۍ په اړه ملي کرښه (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = د انسانانو د سوداګرۍ د قربانیانو او له هغې ژغورل شویو کسانو لپاره، او د هغو کسانو لپاره چې غواړي له دوی سره مرسته وکړي. وړیا، شپه او ورځ. دا کرښه پولیس نه ده، او د مهاجرت اداره هم نه ده.
helplines-us-human-trafficking-hotline-note = په تلیفون کې په انګلیسي او هسپانوي ژبه، او د ژباړنو په مرسته له ۲۰۰ څخه په ډېرو ژبو. لنډ پیغام او چټ یوازې په انګلیسي او هسپانوي ژبه.

helplines-it-numero-verde-antitratta-name = د انسانانو د سوداګرۍ پر ضد وړیا شمېره (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = د انسانانو د سوداګرۍ د قربانیانو او شاهدانو لپاره. وړیا، بې له دې چې خپل نوم ووایاست، شپه او ورځ.
helplines-it-numero-verde-antitratta-note = کلتوري منځګړي په نایجیریايي ژبو او نورو ژبو هم خبرې کوي.

helplines-it-arci-asylum-name = د پناه غوښتونکو او کډوالو لپاره د ARCI وړیا شمېره
helplines-it-arci-asylum-description = د هغو کسانو لپاره حقوقي مرسته او ژباړن چې پناه غواړي یا نړیوال خوندیتوب لري.
helplines-it-arci-asylum-note = په ۳۶ ژبو او لهجو مرسته کوي. د کار له ساعتونو بهر، هر وخت غږیز پیغام پرېښودلای شئ. دا معلومات د ۲۰۲۱ کال دي: وګورئ چې کرښه لا هم کار کوي.

helplines-gr-a21-1109-name = د انسانانو د سوداګرۍ په اړه د معلوماتو او مرستې کرښه { PHONE("1109") }
helplines-gr-a21-1109-description = د انسانانو د سوداګرۍ د قربانیانو او د هغو کسانو لپاره چې غواړي د هغې راپور ورکړي.
helplines-gr-a21-1109-note = سرچینې شاوخوا د ۲۰۱۲ کال دي، او د کار ساعتونه یې تایید نه شول.

helplines-rs-astra-sos-name = د ASTRA SOS کرښه
helplines-rs-astra-sos-description = د هغو کسانو ملاتړ چې د انسانانو له سوداګرۍ ژوندي وتلي دي. تاسو کولای شئ د انسانانو د سوداګرۍ راپور بې له دې هم ورکړئ چې خپل نوم ووایاست.
helplines-rs-astra-sos-note = ASTRA په سربیا کې د ورکو ماشومانو شمېره { PHONE("116 000") } هم چلوي.

helplines-tr-yimer-157-name = د بهرنیانو د اړیکو مرکز (YİMER { PHONE("157") })
helplines-tr-yimer-157-description = د ویزې، استوګنې او نړیوال خوندیتوب په اړه معلومات، او د انسانانو د سوداګرۍ د قربانیانو لپاره د مرستې کرښه. هر وخت خلاصه ده.
helplines-tr-yimer-157-note = دا کرښه د مهاجرت دولتي اداره چلوي.

helplines-ly-unhcr-protection-name = د ملګرو ملتونو د کډوالو ادارې (UNHCR) د خوندیتوب کرښه
helplines-ly-unhcr-protection-description = په لیبیا کې د هغو کډوالو او پناه غوښتونکو لپاره چې خوندیتوب ته اړتیا لري.
helplines-ly-unhcr-protection-note = د ۲۰۲۰ کال د مارچ په میاشت کې یې له یکشنبې تر پنجشنبې پورې، له ۰۹:۰۰ څخه تر ۱۷:۰۰ پورې ځواب ورکاوه. اوسني ساعتونه یې نه دي معلوم.

helplines-ly-cesvi-protection-name = د CESVI د خوندیتوب کرښې
helplines-ly-cesvi-protection-description = د کډوالو او پناه غوښتونکو لپاره د خوندیتوب مرسته، د ملګرو ملتونو د کډوالو ادارې (UNHCR) د یوه همکار له خوا.

helplines-ly-sexual-violence-line-name = د هغو کسانو لپاره د مرستې کرښه چې له جنسي تاوتریخوالي ژوندي وتلي دي
helplines-ly-sexual-violence-line-description = د هغو کسانو لپاره چې له جنسي تاوتریخوالي ژوندي وتلي دي. شپه او ورځ.
helplines-ly-sexual-violence-line-note = د ژغورنې له نړیوالې کمېټې (International Rescue Committee, IRC) سره تړاو لري. د سرچینې متن نیمګړی و: مخکې له دې چې پر دې شمېره باور وکړئ، هغه وګورئ.

helplines-mx-linea-contra-la-trata-name = د انسانانو د سوداګرۍ پر ضد ملي کرښه او چټ
helplines-mx-linea-contra-la-trata-description = ارواپوهان او وکیلان د انسانانو د سوداګرۍ له قربانیانو سره مرسته کوي. وړیا، بې له دې چې خپل نوم ووایاست، شپه او ورځ، په تلیفون یا واټساپ (WhatsApp).
helplines-mx-linea-contra-la-trata-note = له مکسیکو بهر څخه هم راپورونه مني.

## د کمپیوټر په اپلیکېشن کې د مرستې د کرښو کمانډ

# $list د سمو کلمو لېست دی، لکه "emergency, trafficking, …".
helplines-cli-unknown-need = نامعلومه اړتیا. له دې څخه یوه وکاروئ: { $list }
helplines-cli-unknown-channel = د مرستې له کرښې سره د اړیکې نامعلومه لاره. له دې څخه یوه وکاروئ: { $list }

## د مرستې د کرښو تازه کول

helplines-sync-usage = د یوې خپرې شوې نسخې پته ورکړئ (salama sync <URL>)، یا salama sync status وکاروئ.
helplines-sync-checking = د تازه معلوماتو لټون روان دی…
# $collections دا ښيي چې څو فایلونه به ډاونلوډ شي، $size د معلوماتو اندازه، لکه 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] د ډاونلوډ لپاره هېڅ شی نشته.
        [one] یو فایل د ډاونلوډ لپاره ({ $size }).
       *[other] { $collections } فایلونه د ډاونلوډ لپاره ({ $size }).
    }
helplines-sync-applying = نصبېږي…
# $serial د خپرې شوې نسخې شمېره ده.
helplines-sync-updated = خپرې شوې نسخې { $serial } ته تازه شو.
helplines-sync-up-to-date = لا دمخه تازه دی (خپره شوې نسخه { $serial }).
# $requests دا ښيي چې څو غوښتنې ولېږل شوې، $size دا چې څومره معلومات ډاونلوډ شول.
helplines-sync-cost =
    { $requests ->
        [one] یوه غوښتنه، { $size } معلومات ډاونلوډ شول.
       *[other] { $requests } غوښتنې، { $size } معلومات ډاونلوډ شول.
    }
helplines-sync-stale = د دې معلوماتو موده پای ته رسېدلې ده. لا هم ښودل کېږي، خو کېدای شي زاړه وي.

## د تازه کولو حالت

helplines-status-none = تر اوسه هېڅ تازه نسخه نه ده نصب شوې: سلامه هغه د مرستې کرښې کاروي چې په اپلیکېشن کې شاملې دي.
helplines-status-release = نصب شوې خپره شوې نسخه { $serial }
helplines-status-publisher = خپرونکی
helplines-status-key = په کیلي لاسلیک شوې
helplines-status-source = د تازه معلوماتو سرچینه
helplines-status-issued = د خپرېدو نېټه
# $days دا ښيي چې څو ورځې مخکې دا نسخه خپره شوې ده.
helplines-status-age =
    { $days ->
        [0] دا معلومات له یوې ورځې لږ زاړه دي.
        [one] دا معلومات یوه ورځ زاړه دي.
       *[other] دا معلومات { $days } ورځې زاړه دي.
    }
helplines-status-expires = د پای ته رسېدو نېټه
helplines-status-expired = موده یې پای ته رسېدلې: کېدای شي معلومات زاړه وي.
helplines-expires-in =
    { $days ->
        [0] له یوې ورځې لږ پاتې دی
        [one] یوه ورځ پاتې ده
       *[other] { $days } ورځې پاتې دي
    }
helplines-expired-ago =
    { $days ->
        [0] له یوې ورځې لږ مخکې یې موده پای ته ورسېده
        [one] یوه ورځ مخکې یې موده پای ته ورسېده
       *[other] { $days } ورځې مخکې یې موده پای ته ورسېده
    }
helplines-status-outdated = (له خپرې شوې نسخې زوړ دی: د بشپړولو لپاره یې تازه کړئ)
helplines-status-last-success = وروستی بریالی تازه کول
helplines-status-last-attempt = وروستۍ هڅه
helplines-status-last-error = وروستۍ تېروتنه
helplines-status-never = هېڅکله نه

## له انټرنټ پرته بستې

# $file د یوه فایل نوم دی، $serial د خپرې شوې نسخې شمېره، $collections یو لېست لکه helplines/GR، او $size د فایل اندازه.
helplines-pack-exported = { $file } ولیکل شو: خپره شوې نسخه { $serial }، { $collections } ({ $size }).

## د خپرونکي وسایل

# $file او $public د فایلونو نومونه دي، $id د کیلي پېژند.
helplines-publish-key-written = د لاسلیک نوې کیلي په { $file } کې ولیکل شوه. پټه یې وساتئ او احتیاطي کاپي یې جوړه کړئ: هېڅکله به پرې بل څه ونه لیکل شي. د هغې عامه کیلي (پېژند { $id }) په { $public } کې ده.
# $serial د خپرې شوې نسخې شمېره ده، $dir یو فولډر، $keys د کیلیو پېژندونه.
helplines-publish-released = خپره شوې نسخه { $serial } په { $dir } کې ولیکل شوه، په { $keys } لاسلیک شوې.
# $name یوه ټولګه ده لکه helplines/GR، $version یې نسخه، $entries دا چې څو د مرستې کرښې پکې دي، $size یې اندازه.
helplines-publish-collection-changed = { $name }: نسخه { $version }، د مرستې کرښې: { $entries }، { $size } (بدله شوې)
helplines-publish-collection-same = { $name }: نسخه { $version }، د مرستې کرښې: { $entries }، { $size } (نه ده بدله شوې)
helplines-publish-translations-changed = { $name }: نسخه { $version }، د ژباړې فایلونه: { $files }، { $size } (بدله شوې)
helplines-publish-translations-same = { $name }: نسخه { $version }، د ژباړې فایلونه: { $files }، { $size } (نه ده بدله شوې)
helplines-publish-empty = { $names } د مرستې هېڅ کرښه نه لري. بیا به ټیلیفونونه د هغه هېواد لپاره هغه د مرستې کرښې پټې کړي چې په اپ کې دننه دي. د هغه د مرستې کرښې ور زیاتې کړئ، یا که په قصد یې لرې کوئ، بیا یې له --allow-empty سره خپره کړئ.
# $expires یوه نېټه او وخت دی.
helplines-release-verified = خپره شوې نسخه { $serial } سمه ده: په باوري کیلي { $key } لاسلیک شوې، او په { $expires } پای ته رسېږي.
helplines-release-collection = { $name }: نسخه { $version }، د مرستې کرښې: { $entries }، { $size }، وکتل شوه
helplines-release-translations = { $name }: نسخه { $version }، د ژباړې فایلونه: { $files }، { $size }، وکتل شوه
helplines-release-collection-absent = { $name }: نسخه { $version }، { $size }، په دې بسته کې نشته
helplines-release-no-such-path = { $path } نشته. د یوې خپرې شوې نسخې فولډر (هغه فولډر چې index.json لري) یا د بې انټرنېټه بستې فایل ورکړئ.
helplines-release-not-a-release = { $path } نه خپره شوې نسخه ده او نه بې انټرنېټه بسته. خپره شوې نسخه هغه فولډر دی چې index.json لري؛ بسته هغه فایل دی چې salama pack export یې جوړوي.
