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
diary-no-entries = هېڅ ریکارډ نشته.
diary-damaged-entries = ځینې ریکارډونه خراب شوي دي او نه لوستل کېږي. ستاسو نور ریکارډونه خوندي دي.
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
# $count دا ښيي چې ریکارډ څو ځله بدل شوی، $date دا چې وروستی ځل کله بدل شو.
diary-report-edited =
    { $count ->
        [one] یو ځل، وروستی ځل په { $date }
       *[other] { $count } ځله، وروستی ځل په { $date }
    }
