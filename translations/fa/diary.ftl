# Machine-assisted draft: not yet reviewed by a native speaker.

### دفترچه خاطرات رمزگذاری‌شده: سؤال‌ها، هشدارها و گزارشی که از آن خروجی گرفته می‌شود.

diary-title = دفترچه خاطرات
diary-prompt-passphrase = رمز عبور دفترچه خاطرات:
diary-prompt-new-passphrase = رمز عبور جدید دفترچه خاطرات:
diary-prompt-repeat-passphrase = همان رمز عبور را دوباره بنویسید:
diary-prompt-duress-passphrase = رمز عبور اضطراری (اگر قفل را با آن باز کنید، دفترچه خاطرات پاک می‌شود و یک دفترچه خالی باز می‌شود):
diary-prompt-export-passphrase = رمز عبور فایل خروجی (آن را از راه دیگری، نه همراه فایل، به خواننده بگویید):
diary-passphrases-differ = این دو رمز عبور یکی نیستند. هیچ چیزی تغییر نکرد.
diary-warning-pin = کسی که از محتوای تلفن شما کپی بگیرد، رمز عددی (PIN) را به آسانی می‌تواند حدس بزند. یک جمله از چند کلمه خیلی امن‌تر است.
diary-warning-short = این رمز عبور کوتاه است. یک جمله از چند کلمه خیلی امن‌تر است.
diary-created = دفترچه خاطرات شما آماده است. هیچ کس بدون رمز عبور شما نمی‌تواند آن را بخواند. اگر رمز عبور را فراموش کنید، دفترچه خاطرات را نمی‌توان برگرداند.
diary-passphrase-changed = رمز عبور تغییر کرد. رمز عبور قبلی دیگر دفترچه خاطرات را باز نمی‌کند.
diary-duress-set = رمز عبور اضطراری تنظیم شد. اگر قفل را با آن باز کنید، دفترچه خاطرات شما پاک می‌شود و یک دفترچه خالی باز می‌شود.
diary-wipe-after-set = اگر این تعداد بار پشت سر هم رمز عبور اشتباه وارد شود، دفترچه خاطرات پاک می‌شود.
diary-added = یادداشت ذخیره شد.
diary-edited = یادداشت تغییر کرد. نسخه قبلی نگه داشته می‌شود.
diary-deleted = یادداشت پاک شد.
diary-wiped = دفترچه خاطرات پاک شد. دیگر نمی‌توان آن را برگرداند.
diary-confirm-delete = این یادداشت با همه نسخه‌ها و پیوست‌هایش پاک شود؟ برای تأیید، کلمه انگلیسی yes را بنویسید.
diary-confirm-wipe = کل دفترچه خاطرات همین حالا پاک شود؟ دیگر نمی‌توان آن را برگرداند. برای تأیید، کلمه انگلیسی yes را بنویسید.
diary-confirm-needed = هیچ کاری انجام نشد. برای انجام این کار بدون سؤال، --yes را اضافه کنید.
diary-not-confirmed = هیچ کاری انجام نشد.
diary-exported = فایل خروجی نوشته شد. فقط کسی که کلید یا رمز عبور را دارد، می‌تواند آن را با برنامه age باز کند.
diary-backed-up = نسخه پشتیبان نوشته شد. روی هر تلفنی با رمز عبور باز می‌شود.
# متغیرهای $added، $merged، $unchanged، $replaced و $attachments تعداد هستند.
diary-restored = بازگردانی انجام شد. یادداشت‌های جدید: { $added }، ادغام‌شده: { $merged }، از قبل موجود: { $unchanged }، جایگزین‌شده: { $replaced }، پیوست‌ها: { $attachments }.
diary-restore-choose = دفترچه خاطرات شما از قبل یادداشت دارد. برای اینکه آنها را نگه دارید و یادداشت‌های نسخه پشتیبان را هم اضافه کنید، --merge را اضافه کنید؛ یا برای اینکه اول آنها پاک شوند، --replace را.
diary-restore-ask = دفترچه خاطرات شما از قبل یادداشت دارد. برای اینکه آنها را نگه دارید و یادداشت‌های نسخه پشتیبان را هم اضافه کنید بنویسید ادغام، یا برای اینکه اول آنها پاک شوند بنویسید جایگزینی:
diary-answer-merge = ادغام
diary-answer-replace = جایگزینی
diary-prompt-backup-passphrase = رمز عبور نسخه پشتیبان:
diary-prompt-backup-passphrase-or-same = رمز عبور نسخه پشتیبان (اگر همان رمز عبور دفترچه خاطرات است، Enter را بزنید):
diary-none-here = اینجا هنوز دفترچه خاطراتی نیست. با این فرمان یکی بسازید: salama diary init
diary-kdf-memory-range = حافظه‌ای که برای محافظت از رمز عبور به کار می‌رود باید از { $min } تا { $max } مگابایت (MiB) باشد. چیزی ساخته نشد.
diary-kdf-passes-range = تعداد دورها باید از { $min } تا { $max } باشد. چیزی ساخته نشد.
diary-wipe-after-range = تعداد رمزهای اشتباه پیش از پاک شدن دفترچه خاطرات باید از 1 تا 100 باشد، یا 0 برای اینکه هرگز پاک نشود. چیزی تغییر نکرد.
diary-clear-and-set = نمی‌شود یک بخش را هم‌زمان خالی کرد و مقدار تازه‌ای به آن داد. چیزی تغییر نکرد.
diary-no-entries = هیچ یادداشتی نیست.
diary-damaged-entries = بعضی از یادداشت‌ها آسیب دیده‌اند و خوانده نمی‌شوند. یادداشت‌های دیگر شما سالم هستند.
diary-damaged-not-included = این یادداشت‌ها آسیب دیده‌اند و خوانده نشدند، برای همین کنار گذاشته شدند (بقیه همه آمده‌اند):
diary-damaged-attachments-not-included = این پیوست‌ها آسیب دیده‌اند و خوانده نشدند، برای همین کنار گذاشته شدند:
# متغیرهای $shown و $total تعداد هستند.
diary-list-count = { $shown } از { $total } یادداشت.
diary-ledger-empty = هیچ بدهی یا پرداختی ثبت نشده است.
diary-history = نسخه‌های قبلی

diary-kind-event = رویداد
diary-kind-payment = پرداخت
diary-kind-debt = بدهی
diary-kind-document-taken = مدرکی که از شما گرفتند
diary-kind-person = شخص
diary-kind-place = مکان
diary-kind-note = یادداشت عمومی

diary-field-date = تاریخ
diary-field-text = متن
diary-field-place = مکان
diary-field-people = افراد
diary-field-amount = مبلغ
diary-field-creditor = طلبکار
diary-field-tags = برچسب‌ها
diary-field-written = زمان نوشتن
diary-field-edited = ویرایش
diary-field-attachment = پیوست
diary-field-version = نسخه

diary-report-title = گزارش دفترچه خاطرات
# متغیر $date تاریخ خروجی گرفتن است و $count تعداد یادداشت‌ها.
diary-report-generated =
    { $count ->
        [0] خروجی گرفته‌شده در { $date }. هیچ یادداشتی نیست.
        [one] خروجی گرفته‌شده در { $date }. یک یادداشت.
       *[other] خروجی گرفته‌شده در { $date }. { $count } یادداشت.
    }
diary-report-notice = این گزارش را صاحب آن در برنامه سلامه، روی تلفن خودش نوشته است. تاریخ رویدادها همان است که صاحب دفترچه وارد کرده است؛ زمان‌های «زمان نوشتن» از ساعت تلفن گرفته شده‌اند. نسخه‌های قبلی یادداشت‌هایی که ویرایش شده‌اند در فایل diary.json هستند.
diary-report-ledger = بدهی‌ها و پرداخت‌ها
diary-report-ledger-empty = هیچ بدهی یا پرداختی ثبت نشده است.
diary-report-creditor = طلبکار
diary-report-currency = واحد پول
diary-report-owed = بدهی
diary-report-paid = پرداخت‌شده
diary-report-remaining = باقی‌مانده
diary-report-entries = یادداشت‌ها به ترتیب تاریخ
diary-report-damaged = موارد آسیب‌دیده
diary-report-damaged-notice = این موارد در بررسی سلامت قبول نشدند: یا آسیب دیده‌اند، یا کسی که به فایل دسترسی داشته آنها را تغییر داده است. آنچه بررسی نشد کنار گذاشته شده است. بقیه همه در این فایل خروجی هست.
diary-report-damaged-entry = یادداشت { $id }
diary-report-damaged-attachment = پیوست { $id }
# متغیر $count تعداد دفعاتی است که یادداشت ویرایش شده است و $date زمان آخرین ویرایش.
diary-report-edited =
    { $count ->
        [one] یک بار، آخرین بار در { $date }
       *[other] { $count } بار، آخرین بار در { $date }
    }
