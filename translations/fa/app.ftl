# Machine-assisted draft: not yet reviewed by a native speaker.

### رابط برنامه‌های سلامه: منوها، راهنمایی‌ها و پیام‌ها.

app-name = سلامه
app-tagline = حقوق شما، بدون اینترنت، به زبان خودتان.
app-choose-language = زبان خود را انتخاب کنید
app-menu-rights = حقوق خود را بخوانید
app-menu-search = جستجو
app-menu-language = تغییر زبان
app-menu-quit = خروج
app-prompt-choice = یک عدد بنویسید و دکمه «اینتر» را بزنید.
app-prompt-search = کلمه‌هایی را که دنبالشان هستید بنویسید، بعد دکمه «اینتر» را بزنید.
app-prompt-continue = برای برگشتن، دکمه «اینتر» را بزنید.
app-search-no-results = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
# متغیر $count تعداد مقاله‌های پیدا شده است.
app-search-results =
    { $count ->
        [one] یک مقاله پیدا شد.
       *[other] { $count } مقاله پیدا شد.
    }
app-back = برگشت
app-invalid-choice = لطفاً یکی از عددهایی را که نشان داده شده است بنویسید.
app-review-machine-draft = این ترجمه با کمک ماشین انجام شده است و هنوز کسی که زبان مادری‌اش فارسی است آن را بررسی نکرده است.
app-review-native-reviewed = این ترجمه را کسی که زبان مادری‌اش فارسی است بررسی کرده است.
app-review-legally-reviewed = این ترجمه را کسی که زبان مادری‌اش فارسی است و دانش حقوقی دارد بررسی کرده است.
notice-content-rebuilt = محتوای ذخیره‌شده سلامه آسیب دیده بود و دوباره ساخته شد. به دفترچه خاطرات شما دست زده نشد. به‌روزرسانی‌ها در همگام‌سازی بعدی دوباره دانلود می‌شوند.
