# Machine-assisted draft: not yet reviewed by a native speaker.

### فهرست خط‌های کمک: هر خط برای چه کمکی است، چطور با آن تماس بگیرید، چه وقت باز است،
### و به‌روزرسانی فهرست.
### شماره‌ها و نام سازمان‌ها را همان‌طور که هستند نگه دارید. برای کسی بنویسید که همین حالا
### به کمک نیاز دارد: جمله‌های کوتاه و ساده.

## هر خط کمک در چه زمینه‌ای کمک می‌کند

helplines-need-emergency = وضعیت اضطراری (پلیس، آمبولانس، آتش‌نشانی)
helplines-need-trafficking = قاچاق انسان و بهره‌کشی
helplines-need-asylum-legal-aid = پناهندگی و کمک حقوقی
helplines-need-child-protection = کودکان
helplines-need-gender-based-violence = خشونت علیه زنان و خشونت جنسی
helplines-need-medical = کمک پزشکی
helplines-need-shelter = یک جای امن برای ماندن
helplines-need-labour-rights = حقوق شما در محل کار
helplines-need-missing-persons = افراد گمشده

## چطور با یک خط کمک تماس بگیرید

helplines-channel-phone = تلفن
helplines-channel-short-code = تلفن (شماره کوتاه، فقط داخل همان کشور)
helplines-channel-sms = پیام کوتاه (SMS)
helplines-channel-whatsapp = واتس‌اپ (WhatsApp)
helplines-channel-signal = سیگنال (Signal)
helplines-channel-email = ایمیل
helplines-channel-web = وب‌سایت

## ساعت کار

helplines-open-always = شب و روز باز است
helplines-open-now = الان باز است
helplines-open-unknown = ساعت کار معلوم نیست
# متغیر $day یک روز هفته است (پیام‌های helplines-day- را ببینید)، $time ساعتی مثل 17:30 و $zone یک منطقه زمانی مثل Europe/Rome.
helplines-open-closes = الان باز است. روز { $day } ساعت { $time } بسته می‌شود ({ $zone }).
helplines-closed-opens = الان بسته است. روز { $day } ساعت { $time } باز می‌شود ({ $zone }).
helplines-closed = الان بسته است
helplines-day-mon = دوشنبه
helplines-day-tue = سه‌شنبه
helplines-day-wed = چهارشنبه
helplines-day-thu = پنجشنبه
helplines-day-fri = جمعه
helplines-day-sat = شنبه
helplines-day-sun = یکشنبه

## جزئیاتی که همراه هر خط کمک نشان داده می‌شود

helplines-emergency-label = اضطراری
helplines-free = رایگان
helplines-not-free = ممکن است لازم باشد پول تماس را بپردازید
helplines-free-unknown = هزینه معلوم نیست
helplines-languages = زبان‌ها
helplines-languages-more = و زبان‌های دیگر
helplines-languages-unknown = زبان‌ها معلوم نیست
helplines-languages-unlisted = چند زبان، بدون فهرست
helplines-operator = اداره‌کننده
helplines-sources = منبع
helplines-source-dated = تاریخ منبع: { $date }
helplines-source-undated = منبع تاریخ ندارد
helplines-checked-by = بررسی‌شده توسط { $by } در { $date }
helplines-checked-by-undated = بررسی‌شده توسط { $by }
helplines-status-partly-verified = کاملاً تأیید نشده است: بررسی کنید که این شماره هنوز کار می‌کند.
helplines-none-found = برای این جستجو هیچ خط کمکی پیدا نشد. اگر در خطر فوری هستید، با { PHONE("112") } (در اروپا) یا شماره اضطراری محلی تماس بگیرید.

## فهرست اولیه: شماره‌هایی از منابع عمومی که در برنامه گنجانده شده‌اند

helplines-eu-112-name = شماره اضطراری { PHONE("112") }
helplines-eu-112-description = برای خطر فوری: پلیس، آمبولانس، آتش‌نشانی. از تلفن ثابت و موبایل رایگان است.
helplines-eu-112-note = در همه کشورهای اتحادیه اروپا کار می‌کند.
helplines-ch-112-name = شماره اضطراری { PHONE("112") }
helplines-ch-112-description = برای خطر فوری: پلیس، آمبولانس، آتش‌نشانی. از تلفن ثابت و موبایل رایگان است.
helplines-rs-112-name = شماره اضطراری { PHONE("112") }
helplines-rs-112-description = برای خطر فوری: پلیس، آمبولانس، آتش‌نشانی. از تلفن ثابت و موبایل رایگان است.

helplines-eu-116000-name = خط تلفن کودکان گمشده { PHONE("116 000") }
helplines-eu-116000-description = وقتی کودکی گم شده است: کمک به کودک، به خانواده و به کسانی که چیزی دیده‌اند. رایگان، شب و روز.
helplines-eu-116000-note = در هر کشور، سازمان خود آن کشور پشت این شماره است، برای مثال The Smile of the Child در یونان و Telefono Azzurro در ایتالیا. بیشتر کشورها چت هم دارند.
helplines-ch-116000-name = خط تلفن کودکان گمشده { PHONE("116 000") }
helplines-ch-116000-description = وقتی کودکی گم شده است: کمک به کودک، به خانواده و به کسانی که چیزی دیده‌اند. رایگان، شب و روز.
helplines-ch-116000-note = شماره را در همان کشوری که هستید بررسی کنید: سازمانی که پشت آن است از کشوری به کشور دیگر فرق می‌کند.
helplines-al-116000-name = خط تلفن کودکان گمشده { PHONE("116 000") }
helplines-al-116000-description = وقتی کودکی گم شده است: کمک به کودک، به خانواده و به کسانی که چیزی دیده‌اند. رایگان، شب و روز.
helplines-al-116000-note = شماره را در همان کشوری که هستید بررسی کنید: سازمانی که پشت آن است از کشوری به کشور دیگر فرق می‌کند.
helplines-rs-116000-name = خط تلفن کودکان گمشده { PHONE("116 000") }
helplines-rs-116000-description = وقتی کودکی گم شده است: کمک به کودک، به خانواده و به کسانی که چیزی دیده‌اند. رایگان، شب و روز.

helplines-eu-116111-name = خط کمک کودکان { PHONE("116 111") }
helplines-eu-116111-description = مشاوره برای کودکانی که به کسی نیاز دارند تا با او حرف بزنند. رایگان.
helplines-eu-116111-note = هنوز در همه کشورهای اتحادیه اروپا نیست. بعضی خط‌ها شب و روز باز هستند، بعضی در ساعت‌های مشخص.

helplines-de-hilfetelefon-116016-name = خط کمک برای زنانی که با خشونت روبه‌رو هستند (Hilfetelefon { PHONE("116 016") })
helplines-de-hilfetelefon-116016-description = برای زنانی که با خشونت روبه‌رو هستند، از جمله قاچاق انسان، تن‌فروشی اجباری و بهره‌کشی در کار. رایگان، بدون نیاز به گفتن نام، شب و روز، در همه روزهای سال.
helplines-de-hilfetelefon-116016-note = برای زنان. به آلمانی و ۱۸ زبان دیگر جواب می‌دهد. چت و ایمیل در وب‌سایت آن.

helplines-gb-modern-slavery-helpline-name = خط کمک برده‌داری مدرن و بهره‌کشی (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = برای هر کسی که از او بهره‌کشی می‌شود یا مجبور به کار است، یا کسی را در این وضعیت می‌شناسد. رایگان، محرمانه، شب و روز.
helplines-gb-modern-slavery-helpline-note = کمک به بیش از ۲۰۰ زبان.

helplines-us-human-trafficking-hotline-name = خط ملی کمک درباره قاچاق انسان (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = برای قربانیان و نجات‌یافتگان قاچاق انسان و کسانی که می‌خواهند به آنها کمک کنند. رایگان، شب و روز. این خط پلیس نیست و اداره مهاجرت هم نیست.
helplines-us-human-trafficking-hotline-note = تلفنی به انگلیسی و اسپانیایی، و با کمک مترجم به بیش از ۲۰۰ زبان. پیام کوتاه و چت فقط به انگلیسی و اسپانیایی.

helplines-it-numero-verde-antitratta-name = شماره رایگان مبارزه با قاچاق انسان (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = برای قربانیان و شاهدان قاچاق انسان. رایگان، بدون نیاز به گفتن نام، شب و روز.
helplines-it-numero-verde-antitratta-note = میانجی‌های فرهنگی به زبان‌های نیجریه‌ای و زبان‌های دیگر هم صحبت می‌کنند.

helplines-it-arci-asylum-name = شماره رایگان ARCI برای پناهجویان و پناهندگان
helplines-it-arci-asylum-description = کمک حقوقی و مترجم برای کسانی که درخواست پناهندگی می‌کنند یا حمایت بین‌المللی دارند.
helplines-it-arci-asylum-note = به ۳۶ زبان و لهجه کمک می‌کند. بیرون از ساعت کار، هر وقت که بخواهید می‌توانید پیام صوتی بگذارید. این اطلاعات مال سال ۲۰۲۱ است: بررسی کنید که این خط هنوز کار می‌کند.

helplines-gr-a21-1109-name = خط اطلاعات و کمک درباره قاچاق انسان { PHONE("1109") }
helplines-gr-a21-1109-description = برای قربانیان قاچاق انسان و کسانی که می‌خواهند آن را گزارش دهند.
helplines-gr-a21-1109-note = منابع مربوط به حدود سال ۲۰۱۲ هستند و ساعت کار آن تأیید نشد.

helplines-rs-astra-sos-name = خط تلفن ASTRA SOS
helplines-rs-astra-sos-description = حمایت از کسانی که از قاچاق انسان نجات یافته‌اند. همچنین می‌توانید قاچاق انسان را بدون گفتن نام خود گزارش دهید.
helplines-rs-astra-sos-note = ASTRA شماره کودکان گمشده { PHONE("116 000") } را هم در صربستان اداره می‌کند.

helplines-tr-yimer-157-name = مرکز ارتباط با خارجی‌ها (YİMER { PHONE("157") })
helplines-tr-yimer-157-description = اطلاعات درباره ویزا، اقامت و حمایت بین‌المللی، و خط کمک برای قربانیان قاچاق انسان. همیشه باز است.
helplines-tr-yimer-157-note = این خط را نهاد دولتی مهاجرت اداره می‌کند.

helplines-ly-unhcr-protection-name = خط حمایتی آژانس پناهندگان سازمان ملل متحد (UNHCR)
helplines-ly-unhcr-protection-description = برای پناهندگان و پناهجویان در لیبی که به حمایت نیاز دارند.
helplines-ly-unhcr-protection-note = در ماه مارس (مارچ) ۲۰۲۰ از یکشنبه تا پنجشنبه، از ساعت ۰۹:۰۰ تا ۱۷:۰۰ جواب می‌داد. ساعت کار فعلی آن معلوم نیست.

helplines-ly-cesvi-protection-name = خط‌های حمایتی CESVI
helplines-ly-cesvi-protection-description = کمک و حمایت برای پناهندگان و پناهجویان، از طرف یکی از شریکان آژانس پناهندگان سازمان ملل متحد (UNHCR).

helplines-ly-sexual-violence-line-name = خط کمک برای کسانی که از خشونت جنسی جان به در برده‌اند
helplines-ly-sexual-violence-line-description = برای کسانی که از خشونت جنسی جان به در برده‌اند. شب و روز.
helplines-ly-sexual-violence-line-note = وابسته به کمیته بین‌المللی نجات (International Rescue Committee, IRC). متن منبع ناقص بود: پیش از آنکه به این شماره تکیه کنید، آن را بررسی کنید.

helplines-mx-linea-contra-la-trata-name = خط و چت ملی مبارزه با قاچاق انسان
helplines-mx-linea-contra-la-trata-description = روان‌شناسان و وکیلان به قربانیان قاچاق انسان کمک می‌کنند. رایگان، بدون نیاز به گفتن نام، شب و روز، از راه تلفن یا واتس‌اپ (WhatsApp).
helplines-mx-linea-contra-la-trata-note = از بیرون مکزیک هم گزارش می‌پذیرد.

## فرمان خط‌های کمک در برنامه کامپیوتر

# متغیر $list فهرست کلمه‌های درست است، مثلاً "emergency, trafficking, …".
helplines-cli-unknown-need = نوع کمک ناشناخته است. یکی از این‌ها را به کار ببرید: { $list }
helplines-cli-unknown-channel = راه تماس ناشناخته است. یکی از این‌ها را به کار ببرید: { $list }

## به‌روزرسانی خط‌های کمک

helplines-sync-usage = نشانی یک انتشار را بدهید (salama sync <URL>)، یا از salama sync status استفاده کنید.
helplines-sync-checking = در حال بررسی به‌روزرسانی‌ها…
# متغیر $collections تعداد فایل‌هایی است که دانلود می‌شوند و $size حجم داده‌ها، مثلاً 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] چیزی برای دانلود نیست.
        [one] یک فایل برای دانلود ({ $size }).
       *[other] { $collections } فایل برای دانلود ({ $size }).
    }
helplines-sync-applying = در حال نصب…
# متغیر $serial شماره انتشار است.
helplines-sync-updated = به انتشار { $serial } به‌روز شد.
helplines-sync-up-to-date = از قبل به‌روز است (انتشار { $serial }).
# متغیر $requests تعداد درخواست‌هایی است که فرستاده شد و $size حجم داده‌ای که دانلود شد.
helplines-sync-cost =
    { $requests ->
        [0] بدون درخواست، { $size } دانلود شد.
        [one] یک درخواست، { $size } دانلود شد.
       *[other] { $requests } درخواست، { $size } دانلود شد.
    }
helplines-sync-stale = تاریخ اعتبار این اطلاعات گذشته است. هنوز نشان داده می‌شود، اما ممکن است کهنه باشد.

## وضعیت به‌روزرسانی

helplines-status-none = هنوز هیچ به‌روزرسانی نصب نشده است: سلامه از خط‌های کمکی استفاده می‌کند که در خود برنامه هست.
helplines-status-release = انتشار نصب‌شده { $serial }
helplines-status-publisher = ناشر
helplines-status-key = امضاشده با کلید
helplines-status-source = منبع به‌روزرسانی
helplines-status-issued = تاریخ انتشار
# متغیر $days تعداد روزهایی است که از انتشار گذشته است.
helplines-status-age =
    { $days ->
        [0] عمر این اطلاعات کمتر از یک روز است.
        [one] عمر این اطلاعات یک روز است.
       *[other] عمر این اطلاعات { $days } روز است.
    }
helplines-status-expires = تاریخ انقضا
helplines-status-expired = منقضی شده است: ممکن است اطلاعات کهنه باشد.
helplines-expires-in =
    { $days ->
        [0] کمتر از یک روز مانده
        [one] یک روز مانده
       *[other] { $days } روز مانده
    }
helplines-expired-ago =
    { $days ->
        [0] کمتر از یک روز پیش منقضی شد
        [one] یک روز پیش منقضی شد
       *[other] { $days } روز پیش منقضی شد
    }
helplines-status-outdated = (قدیمی‌تر از انتشار: برای کامل شدن آن به‌روزرسانی کنید)
helplines-status-last-success = آخرین به‌روزرسانی موفق
helplines-status-last-attempt = آخرین تلاش
helplines-status-last-error = آخرین خطا
helplines-status-never = هرگز

## بسته‌های بدون اینترنت

# متغیر $file نام یک فایل است، $serial شماره انتشار، $collections فهرستی مثل helplines/GR و $size حجم فایل.
helplines-pack-exported = { $file } نوشته شد: انتشار { $serial }، { $collections } ({ $size }).

## ابزارهای ناشر

# متغیرهای $file و $public نام فایل هستند و $id شناسه یک کلید.
helplines-publish-key-written = کلید امضای جدید در { $file } نوشته شد. آن را مخفی نگه دارید و از آن نسخه پشتیبان بگیرید: هرگز چیزی روی آن نوشته نمی‌شود. کلید عمومی آن (شناسه { $id }) در { $public } است.
# متغیر $serial شماره انتشار است، $dir یک پوشه و $keys شناسه‌های کلیدها.
helplines-publish-released = انتشار { $serial } در { $dir } نوشته شد، با امضای { $keys }.
# متغیر $name مجموعه‌ای مثل helplines/GR است، $version نسخه آن، $entries تعداد خط‌های کمک در آن و $size حجم آن.
helplines-publish-collection-changed = { $name }: نسخه { $version }، { $entries } خط کمک، { $size } (تغییر کرده)
helplines-publish-collection-same = { $name }: نسخه { $version }، { $entries } خط کمک، { $size } (بدون تغییر)
helplines-publish-translations-changed = { $name }: نسخه { $version }، { $files } فایل ترجمه، { $size } (تغییر کرده)
helplines-publish-translations-same = { $name }: نسخه { $version }، { $files } فایل ترجمه، { $size } (بدون تغییر)
helplines-publish-empty = { $names } هیچ خط کمکی ندارد. در این صورت گوشی‌ها خط‌های کمکی را که در خود برنامه هست، برای آن کشور پنهان می‌کنند. خط‌های کمکی آن را اضافه کنید، یا اگر عمداً می‌خواهید آن‌ها را کنار بگذارید، دوباره با --allow-empty منتشر کنید.
# متغیر $expires یک تاریخ و ساعت است.
helplines-release-verified = انتشار { $serial } معتبر است: با کلید مورد اعتماد { $key } امضا شده است و تاریخ انقضای آن { $expires } است.
helplines-release-collection = { $name }: نسخه { $version }، { $entries } خط کمک، { $size }، بررسی شد
helplines-release-translations = { $name }: نسخه { $version }، { $files } فایل ترجمه، { $size }، بررسی شد
helplines-release-collection-absent = { $name }: نسخه { $version }، { $size }، در این بسته نیست
helplines-release-no-such-path = { $path } وجود ندارد. پوشه یک انتشار (پوشه‌ای که index.json در آن است) یا فایل یک بسته آفلاین را بدهید.
helplines-release-not-a-release = { $path } نه انتشار است و نه بسته آفلاین. انتشار پوشه‌ای است که index.json در آن است؛ بسته فایلی است که salama pack export می‌سازد.
