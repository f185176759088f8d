# Machine-assisted draft: not yet reviewed by a native speaker.

### سلامہ ایپس کا انٹرفیس: مینو، ہدایات اور اطلاعات۔

app-name = سلامہ
app-tagline = آپ کے حقوق، انٹرنیٹ کے بغیر، آپ کی اپنی زبان میں۔
app-choose-language = اپنی زبان منتخب کریں
app-menu-rights = اپنے حقوق پڑھیں
app-menu-search = تلاش
app-menu-language = زبان تبدیل کریں
app-menu-quit = باہر نکلیں
app-prompt-choice = کوئی نمبر لکھیں اور "انٹر" دبائیں۔
app-prompt-search = جو الفاظ تلاش کرنے ہیں وہ لکھیں، پھر "انٹر" دبائیں۔
app-prompt-continue = واپس جانے کے لیے "انٹر" دبائیں۔
app-search-no-results = کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں۔
# $count ملنے والے مضامین کی تعداد ہے۔
app-search-results =
    { $count ->
        [one] ایک مضمون ملا۔
       *[other] { $count } مضامین ملے۔
    }
app-back = واپس
app-invalid-choice = براہ کرم دکھائے گئے نمبروں میں سے کوئی ایک لکھیں۔
app-review-machine-draft = یہ ترجمہ مشین کی مدد سے کیا گیا ہے اور ابھی تک کسی اہل زبان نے اس کی جانچ نہیں کی۔
app-review-native-reviewed = اس ترجمے کی جانچ ایک اہل زبان نے کی ہے۔
app-review-legally-reviewed = اس ترجمے کی جانچ ایک ایسے اہل زبان نے کی ہے جو قانون کا علم رکھتا ہے۔
notice-content-rebuilt = سلامہ میں محفوظ مواد خراب ہو گیا تھا اور اسے دوبارہ بنا دیا گیا ہے۔ آپ کی ڈائری کو نہیں چھیڑا گیا۔ اپ ڈیٹس اگلی ہم آہنگی کے وقت دوبارہ ڈاؤن لوڈ ہوں گی۔
