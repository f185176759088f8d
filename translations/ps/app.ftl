# Machine-assisted draft: not yet reviewed by a native speaker.

### د سلامه اپلیکېشنونو برخې: مېنو، لارښوونې او خبرتیاوې.

app-name = سلامه
app-tagline = ستاسو حقونه، له انټرنټ پرته، په خپله ژبه.
app-choose-language = خپله ژبه وټاکئ
app-menu-rights = خپل حقونه ولولئ
app-menu-search = لټون
app-menu-language = ژبه بدله کړئ
app-menu-quit = وتل
app-prompt-choice = یوه شمېره ولیکئ او بیا «انټر» کېکاږئ.
app-prompt-search = هغه کلمې ولیکئ چې لټول یې غواړئ، بیا «انټر» کېکاږئ.
app-prompt-continue = د بېرته تللو لپاره «انټر» کېکاږئ.
app-search-no-results = هېڅ شی ونه موندل شو. بله کلمه وازمویئ.
# $count د موندل شویو مقالو شمېر دی.
app-search-results =
    { $count ->
        [one] یوه مقاله وموندل شوه.
       *[other] { $count } مقالې وموندل شوې.
    }
app-back = شاته
app-invalid-choice = مهرباني وکړئ، له ښودل شویو شمېرو څخه یوه ولیکئ.
app-review-machine-draft = دا ژباړه د ماشین په مرسته جوړه شوې ده، او تر اوسه یې هغه چا نه ده کتلې چې دا یې مورنۍ ژبه وي.
app-review-native-reviewed = دا ژباړه هغه چا کتلې ده چې دا یې مورنۍ ژبه ده.
app-review-legally-reviewed = دا ژباړه هغه چا کتلې ده چې دا یې مورنۍ ژبه ده او په حقوقي چارو هم پوهېږي.
notice-content-rebuilt = د سلامه خوندي شوي معلومات خراب شوي وو او بیا جوړ شول. ستاسو ډایرۍ ته لاس نه دی وړل شوی. تازه معلومات به د راتلونکې همغږۍ پر مهال بیا ډاونلوډ شي.
