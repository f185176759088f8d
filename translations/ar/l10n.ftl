# Machine-assisted draft: not yet reviewed by a native speaker.

### رسائل `salama l10n`، الأدوات التي يستخدمها المترجمون لفحص عملهم.
### اترك معرّفات الرسائل، وأسماء الملفات، والمتغيرات $، والرموز مثل U+200F كما هي.

l10n-severity-error = خطأ
l10n-severity-warning = تحذير

## ما يجده `salama l10n check`. كل سطر يبدأ باسم الملف، ورقم السطر، ورقم العمود.

# المتغير $detail هو شرح المحلل، بالإنجليزية.
l10n-problem-syntax-error = هذا لا يتبع قواعد كتابة Fluent، لذلك ضاعت الرسالة: { $detail }
l10n-problem-duplicate-id = هذا المعرّف مكتوب مرة ثانية. احتفظ بواحد فقط.
# المتغير $attribute هو اسم سمة مثل "title".
l10n-problem-duplicate-attribute = السمة .{ $attribute } مكتوبة مرتين.
l10n-problem-missing-message = لم تُترجَم بعد. القرّاء يرون النص الإنجليزي.
l10n-problem-obsolete-message = هذه الرسالة لم تعد موجودة في الإنجليزية. يمكنك حذفها.
l10n-problem-missing-value = في الإنجليزية قيمة هنا، أما الترجمة ففيها سمات فقط.
l10n-problem-obsolete-value = ليست في الإنجليزية قيمة هنا، بل سمات فقط.
l10n-problem-missing-attribute = السمة .{ $attribute } لم تُترجَم بعد.
l10n-problem-obsolete-attribute = ليست في الإنجليزية السمة .{ $attribute }. يمكنك حذفها.
# المتغير $variable هو اسم متغير مثل "count"؛ ويظهر مع علامة $.
l10n-problem-missing-variable = النص الإنجليزي يستخدم ${ $variable } هنا؛ ويجب أن تستخدمه الترجمة أيضًا.
l10n-problem-unknown-variable = ${ $variable } لا يُعطى لهذه الرسالة. استخدم فقط متغيرات النص الإنجليزي.
# المتغير $categories قائمة بفئات الجمع في CLDR مثل "zero, two, few".
l10n-problem-missing-plural-categories = صيغة الجمع هذه تحتاج إلى صيغة لكل فئة من هذه الفئات: { $categories }.
# المتغير $reference هو معرّف رسالة، أو معرّف مصطلح يبدأ بـ "-".
l10n-problem-unknown-reference = { $reference } غير موجود في هذه اللغة.
# المتغير $function اسم دالة مثل DATETIME.
l10n-problem-unknown-function = لا توجد في سلامة دالة باسم { $function }. استخدم NUMBER أو PHONE.
l10n-problem-empty-value = هذا النص فارغ.
# المتغير $codepoint رمز حرف مثل U+202E.
l10n-problem-bidi-control = رمز غير مرئي للتحكم في الاتجاه ({ $codepoint }) يمكن أن يخلط ترتيب النص حوله. احذفه: تطبيق سلامة يحافظ بنفسه على الترتيب الصحيح للأسماء والأرقام.
l10n-problem-bidi-mark = وُجدت علامة اتجاه غير مرئية ({ $codepoint }). احذفها إلا إذا أضفتها عن قصد.
l10n-problem-identical-to-source = هذا النص مطابق للنص الإنجليزي. هل تُرجم؟
l10n-problem-bare-phone-number = رقم الهاتف { $number } مكتوب كنص عادي، لذلك يعرض النص المكتوب من اليمين إلى اليسار أجزاءه بترتيب خاطئ. اكتبه هكذا: { "{" } PHONE("{ $number }") { "}" }.

# المتغير $locales هو عدد اللغات التي فُحصت، و$errors عدد الأخطاء، و$warnings عدد التحذيرات.
l10n-check-summary =
    { $locales ->
        [zero] لم تُفحص أي لغة
        [one] تم فحص لغة واحدة
        [two] تم فحص لغتين
        [few] تم فحص { $locales } لغات
        [many] تم فحص { $locales } لغة
       *[other] تم فحص { $locales } لغة
    }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات.
        [one] تحذير واحد.
        [two] تحذيران.
        [few] { $warnings } تحذيرات.
        [many] { $warnings } تحذيرًا.
       *[other] { $warnings } تحذير.
    }

## `salama l10n status`: جدول، فيه سطر لكل لغة، ورسم بياني.

l10n-status-locale = اللغة
l10n-status-messages = الرسائل
l10n-status-translated = المترجَم
l10n-status-words = الكلمات
l10n-status-review = المراجعة
l10n-status-review-source = المصدر
l10n-status-review-machine-draft = مسودة آلية
l10n-status-review-native-reviewed = راجعها شخص لغته الأم هذه اللغة
l10n-status-review-legally-reviewed = روجعت قانونيًا
l10n-status-review-unknown = غير موجودة في locales.json
l10n-status-chart-title = سلامة: نسبة الرسائل المترجَمة
l10n-status-chart-note = كل شريط يبيّن نسبة الرسائل الإنجليزية التي تُرجمت؛ ولونه يبيّن حالة المراجعة.
# المتغير $path هو الملف الذي كُتب فيه الرسم البياني.
l10n-status-chart-written = تمت كتابة الرسم البياني في { $path }.

## مشكلات في المجلد نفسه.

l10n-error-no-folder = لم يُعثر على مجلد ترجمات هنا أو في المجلدات الأعلى. حدّد مجلدًا: salama l10n check <FOLDER>.
# المتغير $path هو المجلد الذي حُدِّد.
l10n-error-no-source = { $path } ليس فيه مجلد en. هل هو مجلد ترجمات؟
# المتغير $path ملف أو مجلد.
l10n-error-unreadable = لا يمكن قراءة { $path }.
l10n-error-not-utf8 = هذا الملف ليس نصًا بترميز UTF-8.
