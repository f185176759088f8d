# Machine-assisted draft: not yet reviewed by a native speaker.

### دليل خطوط المساعدة: لماذا يساعد كل خط، وكيف تتصل به، ومتى يكون مفتوحًا،
### وتحديث الدليل.
### اترك الأرقام وأسماء المنظمات كما هي. اكتب لشخص يحتاج إلى المساعدة الآن:
### جمل قصيرة وبسيطة.

## بماذا يساعد خط المساعدة

helplines-need-emergency = حالة طارئة (الشرطة، الإسعاف، الإطفاء)
helplines-need-trafficking = الاتجار بالبشر والاستغلال
helplines-need-asylum-legal-aid = اللجوء والمساعدة القانونية
helplines-need-child-protection = الأطفال
helplines-need-gender-based-violence = العنف ضد النساء والعنف الجنسي
helplines-need-medical = مساعدة طبية
helplines-need-shelter = مكان آمن للإقامة
helplines-need-labour-rights = الحقوق في العمل
helplines-need-missing-persons = الأشخاص المفقودون

## كيف تتصل بخط المساعدة

helplines-channel-phone = الهاتف
helplines-channel-short-code = الهاتف (رقم قصير، يعمل داخل البلد فقط)
helplines-channel-sms = رسالة نصية
helplines-channel-whatsapp = واتساب (WhatsApp)
helplines-channel-signal = سيغنال (Signal)
helplines-channel-email = البريد الإلكتروني
helplines-channel-web = الموقع الإلكتروني

## ساعات العمل

helplines-open-always = مفتوح ليلًا ونهارًا
helplines-open-now = مفتوح الآن
helplines-open-unknown = ساعات العمل غير معروفة
# المتغير $day هو يوم من أيام الأسبوع (انظر رسائل helplines-day-)، و$time وقت مثل 17:30، و$zone منطقة زمنية مثل Europe/Rome.
helplines-open-closes = مفتوح الآن. يُغلق يوم { $day } الساعة { $time } ({ $zone }).
helplines-closed-opens = مغلق الآن. يفتح يوم { $day } الساعة { $time } ({ $zone }).
helplines-closed = مغلق الآن
helplines-day-mon = الإثنين
helplines-day-tue = الثلاثاء
helplines-day-wed = الأربعاء
helplines-day-thu = الخميس
helplines-day-fri = الجمعة
helplines-day-sat = السبت
helplines-day-sun = الأحد

## تفاصيل تظهر مع كل خط مساعدة

helplines-emergency-label = طوارئ
helplines-free = مجاني
helplines-not-free = قد تضطر إلى دفع ثمن المكالمة
helplines-free-unknown = التكلفة غير معروفة
helplines-languages = اللغات
helplines-languages-more = ولغات أخرى
helplines-languages-unknown = اللغات غير معروفة
helplines-languages-unlisted = عدة لغات، غير مذكورة
helplines-operator = الجهة المشغّلة
helplines-sources = المصدر
helplines-source-dated = تاريخ المصدر: { $date }
helplines-source-undated = المصدر بدون تاريخ
helplines-checked-by = تحقّق منه { $by } بتاريخ { $date }
helplines-checked-by-undated = تحقّق منه { $by }
helplines-status-partly-verified = غير مؤكَّد بالكامل: تأكّد من أن هذا الرقم ما زال يعمل.
helplines-none-found = لم نجد أي خط مساعدة لهذا البحث. إذا كنت في خطر مباشر، اتصل بالرقم { PHONE("112") } (في أوروبا) أو برقم الطوارئ المحلي.

## الدليل الأساسي: أرقام من مصادر عامة، مضمَّنة في التطبيق

helplines-eu-112-name = رقم الطوارئ { PHONE("112") }
helplines-eu-112-description = للخطر المباشر: الشرطة، الإسعاف، الإطفاء. مجاني من الهواتف الثابتة والمحمولة.
helplines-eu-112-note = يعمل في كل دول الاتحاد الأوروبي.
helplines-ch-112-name = رقم الطوارئ { PHONE("112") }
helplines-ch-112-description = للخطر المباشر: الشرطة، الإسعاف، الإطفاء. مجاني من الهواتف الثابتة والمحمولة.
helplines-rs-112-name = رقم الطوارئ { PHONE("112") }
helplines-rs-112-description = للخطر المباشر: الشرطة، الإسعاف، الإطفاء. مجاني من الهواتف الثابتة والمحمولة.

helplines-eu-116000-name = الخط الساخن للأطفال المفقودين { PHONE("116 000") }
helplines-eu-116000-description = إذا فُقد طفل: دعم للطفل، وللعائلة، وللأشخاص الذين رأوا شيئًا. مجاني، ليلًا ونهارًا.
helplines-eu-116000-note = في كل بلد منظمة خاصة به تدير هذا الرقم، مثلًا The Smile of the Child في اليونان، و Telefono Azzurro في إيطاليا. معظم البلدان تقدّم أيضًا خدمة دردشة.
helplines-ch-116000-name = الخط الساخن للأطفال المفقودين { PHONE("116 000") }
helplines-ch-116000-description = إذا فُقد طفل: دعم للطفل، وللعائلة، وللأشخاص الذين رأوا شيئًا. مجاني، ليلًا ونهارًا.
helplines-ch-116000-note = تأكّد من الرقم في البلد الذي أنت فيه: المنظمة التي تديره تختلف من بلد إلى آخر.
helplines-al-116000-name = الخط الساخن للأطفال المفقودين { PHONE("116 000") }
helplines-al-116000-description = إذا فُقد طفل: دعم للطفل، وللعائلة، وللأشخاص الذين رأوا شيئًا. مجاني، ليلًا ونهارًا.
helplines-al-116000-note = تأكّد من الرقم في البلد الذي أنت فيه: المنظمة التي تديره تختلف من بلد إلى آخر.
helplines-rs-116000-name = الخط الساخن للأطفال المفقودين { PHONE("116 000") }
helplines-rs-116000-description = إذا فُقد طفل: دعم للطفل، وللعائلة، وللأشخاص الذين رأوا شيئًا. مجاني، ليلًا ونهارًا.

helplines-eu-116111-name = خط مساعدة الأطفال { PHONE("116 111") }
helplines-eu-116111-description = استشارة ودعم للأطفال الذين يحتاجون إلى شخص يتحدثون معه. مجاني.
helplines-eu-116111-note = ليس موجودًا بعد في كل دول الاتحاد الأوروبي. بعض الخطوط مفتوحة ليلًا ونهارًا، وبعضها في ساعات محددة.

helplines-de-hilfetelefon-116016-name = خط دعم النساء اللواتي يتعرّضن للعنف (Hilfetelefon { PHONE("116 016") })
helplines-de-hilfetelefon-116016-description = للنساء اللواتي يتعرّضن للعنف، بما في ذلك الاتجار بالبشر، والدعارة القسرية، والاستغلال في العمل. مجاني، وبدون ذكر الاسم، ليلًا ونهارًا، كل يوم من أيام السنة.
helplines-de-hilfetelefon-116016-note = للنساء. يجيب بالألمانية وبـ ١٨ لغة أخرى. دردشة وبريد إلكتروني على موقعه الإلكتروني.

helplines-gb-modern-slavery-helpline-name = خط المساعدة لمكافحة العبودية الحديثة والاستغلال (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = لكل من يتعرّض للاستغلال أو يُجبَر على العمل، أو يعرف شخصًا في هذا الوضع. مجاني، وسرّي، ليلًا ونهارًا.
helplines-gb-modern-slavery-helpline-note = مساعدة بأكثر من ٢٠٠ لغة.

helplines-us-human-trafficking-hotline-name = الخط الوطني الساخن لمكافحة الاتجار بالبشر (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = لضحايا الاتجار بالبشر والناجين منه، وللأشخاص الذين يريدون مساعدتهم. مجاني، ليلًا ونهارًا. هذا الخط ليس الشرطة، وليس سلطات الهجرة.
helplines-us-human-trafficking-hotline-note = بالهاتف: بالإنجليزية والإسبانية، وبأكثر من ٢٠٠ لغة عن طريق مترجمين. الرسائل النصية والدردشة بالإنجليزية والإسبانية فقط.

helplines-it-numero-verde-antitratta-name = الرقم المجاني لمكافحة الاتجار بالبشر (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = لضحايا الاتجار بالبشر وللشهود عليه. مجاني، وبدون ذكر الاسم، ليلًا ونهارًا.
helplines-it-numero-verde-antitratta-note = الوسطاء الثقافيون يتكلمون أيضًا لغات نيجيرية ولغات أخرى.

helplines-it-arci-asylum-name = الرقم المجاني من ARCI لطالبي اللجوء واللاجئين
helplines-it-arci-asylum-description = مساعدة قانونية ومترجمون للأشخاص الذين يطلبون اللجوء أو لديهم حماية دولية.
helplines-it-arci-asylum-note = يساعد بـ ٣٦ لغة ولهجة. خارج ساعات العمل، اترك رسالة صوتية في أي وقت. هذه المعلومات من عام ٢٠٢١: تأكّد من أن الخط ما زال يعمل.

helplines-gr-a21-1109-name = خط المعلومات والمساعدة بشأن الاتجار بالبشر { PHONE("1109") }
helplines-gr-a21-1109-description = لضحايا الاتجار بالبشر، وللأشخاص الذين يريدون الإبلاغ عنه.
helplines-gr-a21-1109-note = المصادر تعود إلى نحو عام ٢٠١٢، ولم نتمكن من التأكد من ساعات عمله.

helplines-rs-astra-sos-name = الخط الساخن ASTRA SOS
helplines-rs-astra-sos-description = دعم للأشخاص الذين نجوا من الاتجار بالبشر. يمكنك أيضًا الإبلاغ عن الاتجار بالبشر بدون ذكر اسمك.
helplines-rs-astra-sos-note = منظمة ASTRA تدير أيضًا رقم الأطفال المفقودين { PHONE("116 000") } في صربيا.

helplines-tr-yimer-157-name = مركز التواصل مع الأجانب (YİMER { PHONE("157") })
helplines-tr-yimer-157-description = معلومات عن التأشيرات والإقامة والحماية الدولية، وخط مساعدة لضحايا الاتجار بالبشر. مفتوح في أي وقت.
helplines-tr-yimer-157-note = تدير هذا الخط سلطة الهجرة الحكومية.

helplines-ly-unhcr-protection-name = الخط الساخن للحماية التابع لمفوضية اللاجئين (UNHCR)
helplines-ly-unhcr-protection-description = للاجئين وطالبي اللجوء في ليبيا الذين يحتاجون إلى الحماية.
helplines-ly-unhcr-protection-note = في شهر مارس (آذار) ٢٠٢٠ كان يجيب من الأحد إلى الخميس، من ٠٩:٠٠ إلى ١٧:٠٠. ساعات عمله الحالية غير معروفة.

helplines-ly-cesvi-protection-name = خطوط الحماية الساخنة من CESVI
helplines-ly-cesvi-protection-description = مساعدة في الحماية للاجئين وطالبي اللجوء، من منظمة شريكة لمفوضية اللاجئين (UNHCR).

helplines-ly-sexual-violence-line-name = خط مساعدة للناجين من العنف الجنسي
helplines-ly-sexual-violence-line-description = للأشخاص الذين نجوا من العنف الجنسي. ليلًا ونهارًا.
helplines-ly-sexual-violence-line-note = مرتبط بلجنة الإنقاذ الدولية (International Rescue Committee, IRC). نص المصدر كان مقطوعًا: تأكّد من هذا الرقم قبل أن تعتمد عليه.

helplines-mx-linea-contra-la-trata-name = الخط الوطني والدردشة الوطنية لمكافحة الاتجار بالبشر
helplines-mx-linea-contra-la-trata-description = أخصائيون نفسيون ومحامون يساعدون ضحايا الاتجار بالبشر. مجاني، وبدون ذكر الاسم، ليلًا ونهارًا، بالهاتف أو عبر واتساب (WhatsApp).
helplines-mx-linea-contra-la-trata-note = يستقبل أيضًا البلاغات من خارج المكسيك.

## أمر خطوط المساعدة في تطبيق الكمبيوتر

# المتغير $list هو قائمة الكلمات المقبولة، مثلًا "emergency, trafficking, …".
helplines-cli-unknown-need = نوع مساعدة غير معروف. استخدم واحدًا من: { $list }
helplines-cli-unknown-channel = طريقة تواصل غير معروفة. استخدم واحدة من: { $list }

## تحديث خطوط المساعدة

helplines-sync-usage = اكتب عنوان إصدار (salama sync <URL>)، أو استخدم salama sync status.
helplines-sync-checking = جارٍ البحث عن تحديثات…
# المتغير $collections هو عدد الملفات التي ستُنزَّل، و$size حجم البيانات، مثلًا 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [zero] لا يوجد شيء للتنزيل.
        [one] ملف واحد للتنزيل ({ $size }).
        [two] ملفان للتنزيل ({ $size }).
        [few] { $collections } ملفات للتنزيل ({ $size }).
        [many] { $collections } ملفًا للتنزيل ({ $size }).
       *[other] { $collections } ملف للتنزيل ({ $size }).
    }
helplines-sync-applying = جارٍ التثبيت…
# المتغير $serial هو رقم الإصدار.
helplines-sync-updated = تم التحديث إلى الإصدار { $serial }.
helplines-sync-up-to-date = لديك أحدث إصدار بالفعل (الإصدار { $serial }).
# المتغير $requests هو عدد الطلبات التي أُرسلت، و$size حجم البيانات التي نُزّلت.
helplines-sync-cost =
    { $requests ->
        [zero] لا توجد طلبات، تم تنزيل { $size }.
        [one] طلب واحد، تم تنزيل { $size }.
        [two] طلبان، تم تنزيل { $size }.
        [few] { $requests } طلبات، تم تنزيل { $size }.
        [many] { $requests } طلبًا، تم تنزيل { $size }.
       *[other] { $requests } طلب، تم تنزيل { $size }.
    }
helplines-sync-stale = انتهت صلاحية هذه المعلومات. ما زالت معروضة، لكنها قد تكون قديمة.

## حالة التحديث

helplines-status-none = لم يُثبَّت أي تحديث بعد: يستخدم تطبيق سلامة خطوط المساعدة المضمَّنة فيه.
helplines-status-release = الإصدار المثبَّت { $serial }
helplines-status-publisher = الناشر
helplines-status-key = موقَّع بالمفتاح
helplines-status-source = مصدر التحديث
helplines-status-issued = تاريخ الإصدار
# المتغير $days هو عدد الأيام التي مرّت منذ صدور الإصدار.
helplines-status-age =
    { $days ->
        [zero] عمر المعلومات أقل من يوم.
        [one] عمر المعلومات يوم واحد.
        [two] عمر المعلومات يومان.
        [few] عمر المعلومات { $days } أيام.
        [many] عمر المعلومات { $days } يومًا.
       *[other] عمر المعلومات { $days } يوم.
    }
helplines-status-expires = تاريخ انتهاء الصلاحية
helplines-status-expired = انتهت الصلاحية: قد تكون المعلومات قديمة.
helplines-expires-in =
    { $days ->
        [zero] بقي أقل من يوم
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقيت { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }
helplines-expired-ago =
    { $days ->
        [zero] انتهت صلاحيته منذ أقل من يوم
        [one] انتهت صلاحيته منذ يوم واحد
        [two] انتهت صلاحيته منذ يومين
        [few] انتهت صلاحيته منذ { $days } أيام
        [many] انتهت صلاحيته منذ { $days } يومًا
       *[other] انتهت صلاحيته منذ { $days } يوم
    }
helplines-status-outdated = (أقدم من الإصدار: حدِّث لإكماله)
helplines-status-last-success = آخر تحديث ناجح
helplines-status-last-attempt = آخر محاولة
helplines-status-last-error = آخر خطأ
helplines-status-never = لم يحدث بعد

## الحزم التي تعمل بدون إنترنت

# المتغير $file هو اسم ملف، و$serial رقم الإصدار، و$collections قائمة مثل helplines/GR، و$size حجم الملف.
helplines-pack-exported = تمت كتابة { $file }: الإصدار { $serial }، { $collections } ({ $size }).

## أدوات الناشر

# المتغيران $file و$public اسما ملفين، و$id معرّف مفتاح.
helplines-publish-key-written = تمت كتابة مفتاح توقيع جديد في { $file }. احفظه سرًّا، واحتفظ بنسخة احتياطية منه: لن يُكتب فوقه أبدًا. مفتاحه العام (المعرّف { $id }) موجود في { $public }.
# المتغير $serial هو رقم الإصدار، و$dir مجلد، و$keys معرّفات المفاتيح.
helplines-publish-released = تمت كتابة الإصدار { $serial } في { $dir }، موقَّعًا بـ { $keys }.
# المتغير $name هو مجموعة مثل helplines/GR، و$version نسختها، و$entries عدد خطوط المساعدة فيها، و$size حجمها.
helplines-publish-collection-changed = { $name }: النسخة { $version }، خطوط المساعدة: { $entries }، { $size } (تغيّرت)
helplines-publish-collection-same = { $name }: النسخة { $version }، خطوط المساعدة: { $entries }، { $size } (لم تتغيّر)
helplines-publish-translations-changed = { $name }: النسخة { $version }، ملفات الترجمة: { $files }، { $size } (تغيّرت)
helplines-publish-translations-same = { $name }: النسخة { $version }، ملفات الترجمة: { $files }، { $size } (لم تتغيّر)
helplines-publish-empty = { $names } لا تحتوي على أي خط مساعدة. عندها ستُخفي الهواتف خطوط المساعدة المضمَّنة في التطبيق لهذا البلد. أضف خطوط المساعدة الخاصة به، أو إذا كنت تريد سحبها عن قصد، انشر مرة أخرى مع --allow-empty.
# المتغير $expires تاريخ ووقت.
helplines-release-verified = الإصدار { $serial } صالح: موقَّع بالمفتاح الموثوق { $key }، وتنتهي صلاحيته في { $expires }.
helplines-release-collection = { $name }: النسخة { $version }، خطوط المساعدة: { $entries }، { $size }، تم التحقق منها
helplines-release-translations = { $name }: النسخة { $version }، ملفات الترجمة: { $files }، { $size }، تم التحقق منها
helplines-release-collection-absent = { $name }: النسخة { $version }، { $size }، غير موجودة في هذه الحزمة
helplines-release-no-such-path = { $path } غير موجود. اكتب مجلد إصدار (المجلد الذي يحتوي على index.json) أو ملف حزمة تعمل بدون إنترنت.
helplines-release-not-a-release = { $path } ليس إصدارًا ولا حزمة تعمل بدون إنترنت. الإصدار مجلد يحتوي على index.json، والحزمة ملف يصنعه الأمر salama pack export.
