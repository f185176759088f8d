# Machine-assisted draft: not yet reviewed by a native speaker.

### کوډ شوې ډایري: پوښتنې، خبرداري او صادر شوی راپور.

diary-title = ډایري
diary-prompt-passphrase = د ډایرۍ پټنوم:
diary-prompt-new-passphrase = د ډایرۍ نوی پټنوم:
diary-prompt-repeat-passphrase = همغه پټنوم بیا ولیکئ:
diary-prompt-duress-passphrase = بېړنی پټنوم (که قفل په دې پټنوم خلاص کړئ، ډایري پاکېږي او یوه تشه ډایري خلاصېږي):
diary-prompt-export-passphrase = د صادر شوي فایل پټنوم (لوستونکي ته یې په بله لاره ووایاست، نه له فایل سره):
diary-passphrases-differ = دا دوه پټنومونه یو شان نه دي. هېڅ شی بدل نه شو.
diary-warning-pin = څوک چې ستاسو د تلیفون کاپي واخلي، شمېریز پټنوم (PIN) په اسانۍ اټکلولای شي. له څو کلمو جوړه جمله ډېره خوندي ده.
diary-warning-short = دا پټنوم لنډ دی. له څو کلمو جوړه جمله ډېره خوندي ده.
diary-created = ستاسو ډایري چمتو ده. هېڅوک یې ستاسو له پټنوم پرته نه شي لوستلای. که پټنوم مو هېر شي، ډایري بېرته نه شي راګرځول کېدای.
diary-passphrase-changed = پټنوم بدل شو. زوړ پټنوم نور ډایري نه خلاصوي.
diary-duress-set = بېړنی پټنوم وټاکل شو. که قفل په دې پټنوم خلاص کړئ، ستاسو ډایري پاکېږي او یوه تشه ډایري خلاصېږي.
diary-wipe-after-set = که پرله پسې دومره ځله غلط پټنوم ولیکل شي، ډایري به پاکه شي.
diary-added = ریکارډ خوندي شو.
diary-edited = ریکارډ بدل شو. پخوانۍ نسخه ساتل کېږي.
diary-deleted = ریکارډ پاک شو.
diary-wiped = ډایري پاکه شوه. بېرته نه شي راګرځول کېدای.
diary-confirm-delete = دا ریکارډ له خپلو ټولو نسخو او ضمیمو سره پاک شي؟ د تایید لپاره انګلیسي کلمه yes ولیکئ.
diary-confirm-wipe = ټوله ډایري همدا اوس پاکه شي؟ بېرته نه شي راګرځول کېدای. د تایید لپاره انګلیسي کلمه yes ولیکئ.
diary-confirm-needed = هېڅ کار ونه شو. که غواړئ دا کار بې له پوښتنې وشي، --yes ورزیات کړئ.
diary-not-confirmed = هېڅ کار ونه شو.
diary-exported = صادر شوی فایل ولیکل شو. یوازې هغه څوک یې د age پروګرام په مرسته خلاصولای شي چې کیلي یا پټنوم ولري.
diary-backed-up = احتیاطي کاپي ولیکل شوه. په هر تلیفون کې په پټنوم خلاصېږي.
# $added، $merged، $unchanged، $replaced او $attachments شمېرې دي.
diary-restored = بېرته راوګرځول شو. نوي ریکارډونه: { $added }، یوځای شوي: { $merged }، له مخکې موجود: { $unchanged }، بدل شوي: { $replaced }، ضمیمې: { $attachments }.
diary-restore-choose = ستاسو په ډایري کې لا دمخه ریکارډونه شته. که غواړئ هغه وساتئ او د احتیاطي کاپي ریکارډونه هم ورزیات کړئ، --merge ورزیات کړئ؛ یا که غواړئ لومړی هغه پاک شي، --replace ورزیات کړئ.
diary-restore-ask = ستاسو په ډایري کې لا دمخه ریکارډونه شته. که غواړئ هغه وساتئ او د احتیاطي کاپي ریکارډونه هم ورزیات کړئ، یوځای ولیکئ؛ یا که غواړئ لومړی هغه پاک شي، بدل ولیکئ:
diary-answer-merge = یوځای
diary-answer-replace = بدل
diary-prompt-backup-passphrase = د احتیاطي کاپي پټنوم:
diary-prompt-backup-passphrase-or-same = د احتیاطي کاپي پټنوم (که د ډایرۍ همغه پټنوم وي، Enter کېکاږئ):
diary-none-here = دلته لا ډایري نشته. په دې کمانډ یوه جوړه کړئ: salama diary init
diary-kdf-memory-range = هغه حافظه چې د پټنوم د ساتنې لپاره کارېږي باید له { $min } څخه تر { $max } MiB پورې وي. هېڅ شی جوړ نه شو.
diary-kdf-passes-range = د دورو شمېر باید له { $min } څخه تر { $max } پورې وي. هېڅ شی جوړ نه شو.
diary-wipe-after-range = د ډایرۍ تر پاکېدو مخکې د غلطو پټنومونو شمېر باید له 1 څخه تر 100 پورې وي، یا 0 چې هېڅکله پاکه نه شي. هېڅ شی بدل نه شو.
diary-clear-and-set = یوه برخه په یو وخت کې نه شي خالي کېدای او نوی ارزښت هم نه شي ورکول کېدای. هېڅ شی بدل نه شو.
diary-no-entries = هېڅ ریکارډ نشته.
diary-damaged-entries = ځینې ریکارډونه خراب شوي دي او نه لوستل کېږي. ستاسو نور ریکارډونه خوندي دي.
diary-damaged-not-included = دا ریکارډونه خراب شوي دي او ونه لوستل شول، نو پرېښودل شول (نور ټول پکې شامل دي):
diary-damaged-attachments-not-included = دا ضمیمې خرابې شوې دي او ونه لوستل شوې، نو پرېښودل شوې:
# $shown او $total شمېرې دي.
diary-list-count = ښودل شوي ریکارډونه: { $shown } له { $total } څخه.
diary-ledger-empty = هېڅ پور یا تادیه نه ده ثبت شوې.
diary-history = پخوانۍ نسخې

diary-kind-event = پېښه
diary-kind-payment = تادیه
diary-kind-debt = پور
diary-kind-document-taken = هغه سند چې درنه واخیستل شو
diary-kind-person = کس
diary-kind-place = ځای
diary-kind-note = یادښت

diary-field-date = نېټه
diary-field-text = متن
diary-field-place = ځای
diary-field-people = کسان
diary-field-amount = مبلغ
diary-field-creditor = پور ورکوونکی
diary-field-tags = نښې
diary-field-written = د لیکلو وخت
diary-field-edited = بدلونونه
diary-field-attachment = ضمیمه
diary-field-version = نسخه

diary-report-title = د ډایرۍ راپور
# $date د صادرولو نېټه ده، $count د ریکارډونو شمېر.
diary-report-generated =
    { $count ->
        [0] په { $date } صادر شو. هېڅ ریکارډ نشته.
        [one] په { $date } صادر شو. یو ریکارډ.
       *[other] په { $date } صادر شو. { $count } ریکارډونه.
    }
diary-report-notice = دا راپور د ډایرۍ څښتن په خپل تلیفون کې، د سلامه په اپلیکېشن کې لیکلی دی. د پېښو نېټې هماغسې دي لکه څښتن چې لیکلې دي؛ د «د لیکلو وخت» وختونه د تلیفون له ساعت څخه اخیستل شوي دي. د بدل شویو ریکارډونو پخوانۍ نسخې د diary.json په فایل کې دي.
diary-report-ledger = پورونه او تادیې
diary-report-ledger-empty = هېڅ پور یا تادیه نه ده ثبت شوې.
diary-report-creditor = پور ورکوونکی
diary-report-currency = د پیسو ډول
diary-report-owed = پور
diary-report-paid = ورکړل شوي
diary-report-remaining = پاتې
diary-report-entries = ریکارډونه د نېټې له مخې
diary-report-damaged = خراب ریکارډونه
diary-report-damaged-notice = دا ریکارډونه د سموالي په کتنه کې بریالي نه شول: یا خراب شوي دي، یا چا چې فایل ته لاسرسی درلود بدل کړي دي. هغه څه چې ونه کتل شول پرېښودل شوي دي. نور ټول په دې صادر شوي فایل کې دي.
diary-report-damaged-entry = ریکارډ { $id }
diary-report-damaged-attachment = ضمیمه { $id }
# $count دا ښيي چې ریکارډ څو ځله بدل شوی، $date دا چې وروستی ځل کله بدل شو.
diary-report-edited =
    { $count ->
        [one] یو ځل، وروستی ځل په { $date }
       *[other] { $count } ځله، وروستی ځل په { $date }
    }
