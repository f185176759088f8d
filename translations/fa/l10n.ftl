# Machine-assisted draft: not yet reviewed by a native speaker.

### پیام‌های `salama l10n`، ابزارهایی که مترجم‌ها با آن کار خود را بررسی می‌کنند.
### شناسه‌های پیام، نام فایل‌ها، متغیرهای $ و کدهایی مثل U+200F را همان‌طور که هستند نگه دارید.

l10n-severity-error = خطا
l10n-severity-warning = هشدار

## آنچه `salama l10n check` پیدا می‌کند. هر خط با نام فایل، شماره خط و شماره ستون شروع می‌شود.

# متغیر $detail توضیح تجزیه‌گر است، به انگلیسی.
l10n-problem-syntax-error = این متن از قواعد نگارش Fluent پیروی نمی‌کند، برای همین پیام از دست رفته است: { $detail }
l10n-problem-duplicate-id = این شناسه بار دوم تعریف شده است. فقط یکی را نگه دارید.
# متغیر $attribute نام یک ویژگی است، مثل "title".
l10n-problem-duplicate-attribute = ویژگی .{ $attribute } دو بار تعریف شده است.
l10n-problem-missing-message = هنوز ترجمه نشده است. خواننده‌ها متن انگلیسی را می‌بینند.
l10n-problem-obsolete-message = متن انگلیسی دیگر این پیام را ندارد. می‌توانید آن را پاک کنید.
l10n-problem-missing-value = متن انگلیسی اینجا یک مقدار دارد، اما ترجمه فقط ویژگی دارد.
l10n-problem-obsolete-value = متن انگلیسی اینجا مقدار ندارد، فقط ویژگی دارد.
l10n-problem-missing-attribute = ویژگی .{ $attribute } هنوز ترجمه نشده است.
l10n-problem-obsolete-attribute = متن انگلیسی ویژگی .{ $attribute } را ندارد. می‌توانید آن را پاک کنید.
# متغیر $variable نام یک متغیر است، مثل "count"؛ با علامت $ نشان داده می‌شود.
l10n-problem-missing-variable = متن انگلیسی اینجا ${ $variable } را به کار می‌برد؛ ترجمه هم باید آن را به کار ببرد.
l10n-problem-unknown-variable = ${ $variable } به این پیام داده نمی‌شود. فقط متغیرهای متن انگلیسی را به کار ببرید.
# متغیر $categories فهرستی از دسته‌های جمع CLDR است، مثل "zero, two, few".
l10n-problem-missing-plural-categories = این صیغه جمع برای هر یک از این دسته‌ها یک شکل لازم دارد: { $categories }.
# متغیر $reference شناسه یک پیام است، یا شناسه یک اصطلاح که با "-" شروع می‌شود.
l10n-problem-unknown-reference = { $reference } در این زبان وجود ندارد.
# متغیر $function نام یک تابع است، مثل DATETIME.
l10n-problem-unknown-function = سلامه تابعی به نام { $function } ندارد. از NUMBER یا PHONE استفاده کنید.
l10n-problem-empty-value = این متن خالی است.
# متغیر $codepoint کد یک نویسه است، مثل U+202E.
l10n-problem-bidi-control = یک نویسه نامرئی کنترل جهت ({ $codepoint }) می‌تواند ترتیب متن اطرافش را به هم بریزد. آن را پاک کنید: سلامه خودش نام‌ها و عددها را به ترتیب درست نگه می‌دارد.
l10n-problem-bidi-mark = یک نشانه نامرئی جهت ({ $codepoint }) پیدا شد. آن را پاک کنید، مگر اینکه عمداً آن را گذاشته باشید.
l10n-problem-identical-to-source = این همان متن انگلیسی است. آیا ترجمه شده است؟
l10n-problem-bare-phone-number = شماره تلفن { $number } به صورت متن ساده نوشته شده است، برای همین متن راست‌به‌چپ بخش‌های آن را به ترتیب اشتباه نشان می‌دهد. آن را این‌طور بنویسید: { "{" } PHONE("{ $number }") { "}" }.

# متغیر $locales تعداد زبان‌هایی است که بررسی شدند، $errors تعداد خطاها و $warnings تعداد هشدارها.
l10n-check-summary =
    { $locales ->
        [0] هیچ زبانی بررسی نشد
        [one] یک زبان بررسی شد
       *[other] { $locales } زبان بررسی شد
    }: { $errors ->
        [0] بدون خطا
        [one] یک خطا
       *[other] { $errors } خطا
    }، { $warnings ->
        [0] بدون هشدار.
        [one] یک هشدار.
       *[other] { $warnings } هشدار.
    }

## `salama l10n status`: یک جدول، هر زبان در یک ردیف، و یک نمودار.

l10n-status-locale = زبان
l10n-status-messages = پیام‌ها
l10n-status-translated = ترجمه‌شده
l10n-status-words = کلمه‌ها
l10n-status-review = بررسی
l10n-status-review-source = متن اصلی
l10n-status-review-machine-draft = پیش‌نویس ماشینی
l10n-status-review-native-reviewed = بررسی‌شده توسط اهل زبان
l10n-status-review-legally-reviewed = بررسی‌شده از نظر حقوقی
l10n-status-review-unknown = در locales.json نیست
l10n-status-chart-title = سلامه: میزان ترجمه
l10n-status-chart-note = هر ستون نشان می‌دهد چه سهمی از پیام‌های انگلیسی ترجمه شده است؛ رنگ آن وضعیت بررسی را نشان می‌دهد.
# متغیر $path فایلی است که نمودار در آن نوشته شد.
l10n-status-chart-written = نمودار در { $path } نوشته شد.

## مشکل‌های خود پوشه.

l10n-error-no-folder = هیچ پوشه ترجمه‌ای اینجا یا در پوشه‌های بالاتر پیدا نشد. یک پوشه بدهید: salama l10n check <FOLDER>.
# متغیر $path پوشه‌ای است که داده شد.
l10n-error-no-source = { $path } پوشه en ندارد. آیا این پوشه ترجمه‌هاست؟
# متغیر $path یک فایل یا پوشه است.
l10n-error-unreadable = { $path } خوانده نمی‌شود.
l10n-error-not-utf8 = این فایل متن UTF-8 نیست.
