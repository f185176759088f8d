# Machine-assisted draft: not yet reviewed by a native speaker.

### `salama l10n` کے پیغامات: وہ اوزار جن سے مترجم اپنے کام کی جانچ کرتے ہیں۔
### پیغامات کی id، فائلوں کے نام، $variables اور U+200F جیسے کوڈ ویسے ہی رکھیں۔

l10n-severity-error = غلطی
l10n-severity-warning = انتباہ

## `salama l10n check` کیا ڈھونڈتا ہے۔ ہر سطر فائل، سطر اور کالم سے شروع ہوتی ہے۔

# $detail پارسر کی وضاحت ہے، انگریزی میں۔
l10n-problem-syntax-error = یہ Fluent کے قواعد کے مطابق نہیں، اس لیے یہ پیغام ضائع ہو جاتا ہے: { $detail }
l10n-problem-duplicate-id = یہ id دوسری بار دی گئی ہے۔ صرف ایک رکھیں۔
# $attribute ایک ایٹریبیوٹ کا نام ہے، جیسے "title"۔
l10n-problem-duplicate-attribute = ایٹریبیوٹ .{ $attribute } دو بار دیا گیا ہے۔
l10n-problem-missing-message = ابھی ترجمہ نہیں ہوا۔ قارئین انگریزی متن دیکھتے ہیں۔
l10n-problem-obsolete-message = انگریزی میں اب یہ پیغام نہیں ہے۔ آپ اسے حذف کر سکتے ہیں۔
l10n-problem-missing-value = انگریزی میں یہاں متن (value) ہے، ترجمے میں صرف ایٹریبیوٹ ہیں۔
l10n-problem-obsolete-value = انگریزی میں یہاں کوئی متن (value) نہیں، صرف ایٹریبیوٹ ہیں۔
l10n-problem-missing-attribute = ایٹریبیوٹ .{ $attribute } کا ابھی ترجمہ نہیں ہوا۔
l10n-problem-obsolete-attribute = انگریزی میں ایٹریبیوٹ .{ $attribute } نہیں ہے۔ آپ اسے حذف کر سکتے ہیں۔
# $variable ایک متغیر کا نام ہے جیسے "count"؛ یہ اپنے $ نشان کے ساتھ دکھایا جاتا ہے۔
l10n-problem-missing-variable = انگریزی متن یہاں ${ $variable } استعمال کرتا ہے؛ ترجمے میں بھی یہ ہونا ضروری ہے۔
l10n-problem-unknown-variable = ${ $variable } اس پیغام کو نہیں دیا جاتا۔ صرف وہی متغیرات استعمال کریں جو انگریزی متن میں ہیں۔
# $categories CLDR کی جمع کی قسموں کی فہرست ہے، جیسے "zero, two, few"۔
l10n-problem-missing-plural-categories = اس جمع (plural) کے لیے ان میں سے ہر ایک کی الگ شکل ضروری ہے: { $categories }۔
# $reference کسی پیغام کی id ہے، یا کسی term کی id جو "-" سے شروع ہوتی ہے۔
l10n-problem-unknown-reference = { $reference } اس زبان میں موجود نہیں۔
# $function ایک فنکشن کا نام ہے جیسے DATETIME۔
l10n-problem-unknown-function = سلامہ میں { $function } نام کا کوئی فنکشن نہیں۔ NUMBER یا PHONE استعمال کریں۔
l10n-problem-empty-value = یہ متن خالی ہے۔
# $codepoint ایک حرف کا کوڈ ہے جیسے U+202E۔
l10n-problem-bidi-control = سمت بدلنے والا ایک نظر نہ آنے والا کنٹرول ({ $codepoint }) اپنے آس پاس کے متن کو گڈمڈ کر سکتا ہے۔ اسے حذف کریں: سلامہ ناموں اور نمبروں کو خود ہی صحیح ترتیب میں رکھتی ہے۔
l10n-problem-bidi-mark = سمت کا ایک نظر نہ آنے والا نشان ({ $codepoint }) ملا ہے۔ اگر آپ نے اسے جان بوجھ کر نہیں ڈالا تو اسے حذف کریں۔
l10n-problem-identical-to-source = یہ بالکل انگریزی متن جیسا ہے۔ کیا اس کا ترجمہ ہوا ہے؟
l10n-problem-bare-phone-number = فون نمبر { $number } سادہ متن کے طور پر لکھا ہے، اس لیے دائیں سے بائیں لکھے متن میں اس کے حصے غلط ترتیب میں دکھائی دیتے ہیں۔ اسے یوں لکھیں: { "{" } PHONE("{ $number }") { "}" }۔

# $locales بتاتا ہے کہ کتنی زبانیں جانچی گئیں۔
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] ایک زبان جانچی گئی: کوئی غلطی نہیں
               *[other] { $locales } زبانیں جانچی گئیں: کوئی غلطی نہیں
            }
        [one] { $locales ->
                [one] ایک زبان جانچی گئی: ایک غلطی
               *[other] { $locales } زبانیں جانچی گئیں: ایک غلطی
            }
       *[other] { $locales ->
                [one] ایک زبان جانچی گئی: { $errors } غلطیاں
               *[other] { $locales } زبانیں جانچی گئیں: { $errors } غلطیاں
            }
    }، { $warnings ->
        [0] کوئی انتباہ نہیں۔
        [one] ایک انتباہ۔
       *[other] { $warnings } انتباہات۔
    }

## `salama l10n status`: ایک جدول، ہر زبان کے لیے ایک قطار، اور ایک چارٹ۔

l10n-status-locale = زبان
l10n-status-messages = پیغامات
l10n-status-translated = ترجمہ شدہ
l10n-status-words = الفاظ
l10n-status-review = جانچ
l10n-status-review-source = ماخذ
l10n-status-review-machine-draft = مشینی مسودہ
l10n-status-review-native-reviewed = اہل زبان نے جانچا
l10n-status-review-legally-reviewed = قانونی جانچ ہو چکی
l10n-status-review-unknown = locales.json میں نہیں
l10n-status-chart-title = سلامہ: ترجمہ کتنا مکمل ہے
l10n-status-chart-note = ہر پٹی دکھاتی ہے کہ انگریزی پیغامات کا کتنا حصہ ترجمہ ہو چکا ہے؛ اس کا رنگ جانچ کی حالت بتاتا ہے۔
# $path وہ فائل ہے جس میں چارٹ لکھا گیا۔
l10n-status-chart-written = چارٹ { $path } میں لکھ دیا گیا۔

## خود فولڈر کے مسائل۔

l10n-error-no-folder = یہاں یا اس سے اوپر ترجمے کا کوئی فولڈر نہیں ملا۔ ایک فولڈر دیں: salama l10n check <FOLDER>۔
# $path دیا گیا فولڈر ہے۔
l10n-error-no-source = { $path } میں en فولڈر نہیں ہے۔ کیا یہ ترجمے کا فولڈر ہے؟
# $path کوئی فائل یا فولڈر ہے۔
l10n-error-unreadable = { $path } پڑھا نہیں جا سکتا۔
l10n-error-not-utf8 = یہ فائل UTF-8 متن نہیں ہے۔
