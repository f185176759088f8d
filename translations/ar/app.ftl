# Machine-assisted draft: not yet reviewed by a native speaker.

### واجهة تطبيقات سلامة: القوائم والتعليمات والتنبيهات.

app-name = سلامة
app-tagline = حقوقك، بدون إنترنت، وبلغتك.
app-choose-language = اختر لغتك
app-menu-rights = اقرأ حقوقك
app-menu-search = بحث
app-menu-language = تغيير اللغة
app-menu-quit = خروج
app-prompt-choice = اكتب رقمًا ثم اضغط على زر «إنتر».
app-prompt-search = اكتب الكلمات التي تبحث عنها، ثم اضغط على زر «إنتر».
app-prompt-continue = اضغط على زر «إنتر» للرجوع.
app-search-no-results = لم نجد شيئًا. جرّب كلمة أخرى.
# $count هو عدد المقالات التي وُجدت.
app-search-results =
    { $count ->
        [zero] لم نجد أي مقال.
        [one] وجدنا مقالًا واحدًا.
        [two] وجدنا مقالين.
        [few] وجدنا { $count } مقالات.
        [many] وجدنا { $count } مقالًا.
       *[other] وجدنا { $count } مقال.
    }
app-back = رجوع
app-invalid-choice = من فضلك اكتب أحد الأرقام الظاهرة أمامك.
app-review-machine-draft = هذه الترجمة صُنعت بمساعدة الآلة، ولم يراجعها بعدُ شخص لغته الأم العربية.
app-review-native-reviewed = راجع هذه الترجمةَ شخصٌ لغته الأم العربية.
app-review-legally-reviewed = راجع هذه الترجمةَ شخصٌ لغته الأم العربية ولديه معرفة بالقانون.
notice-content-rebuilt = تلفت المحتويات المحفوظة في تطبيق سلامة، فأعدنا بناءها. لم يُمَسّ دفتر مذكراتك. ستُنزَّل التحديثات مرة أخرى عند المزامنة القادمة.
