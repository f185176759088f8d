# Machine-assisted draft: not yet reviewed by a native speaker.

### ہیلپ لائنوں کی فہرست: ہر ہیلپ لائن کس کام کے لیے ہے، اس تک کیسے پہنچیں، یہ کب کھلی ہوتی ہے،
### اور فہرست کو اپ ڈیٹ کرنا۔
### نمبر اور تنظیموں کے نام ویسے ہی رکھیں۔ ایسے شخص کے لیے لکھیں جسے ابھی مدد کی
### ضرورت ہے: مختصر، سادہ جملے۔

## ہیلپ لائن کس چیز میں مدد کرتی ہے

helplines-need-emergency = ہنگامی حالت (پولیس، ایمبولینس، فائر بریگیڈ)
helplines-need-trafficking = انسانوں کی تجارت اور استحصال
helplines-need-asylum-legal-aid = پناہ اور قانونی مدد
helplines-need-child-protection = بچے
helplines-need-gender-based-violence = عورتوں کے خلاف تشدد اور جنسی تشدد
helplines-need-medical = طبی مدد
helplines-need-shelter = رہنے کے لیے محفوظ جگہ
helplines-need-labour-rights = کام کی جگہ پر حقوق
helplines-need-missing-persons = لاپتہ لوگ

## ہیلپ لائن تک کیسے پہنچیں

helplines-channel-phone = فون
helplines-channel-short-code = فون (مختصر نمبر، صرف ملک کے اندر)
helplines-channel-sms = ایس ایم ایس
helplines-channel-whatsapp = واٹس ایپ
helplines-channel-signal = سگنل ایپ
helplines-channel-email = ای میل
helplines-channel-web = ویب سائٹ

## کھلنے کے اوقات

helplines-open-always = دن رات کھلی ہے
helplines-open-now = ابھی کھلی ہے
helplines-open-unknown = کھلنے کے اوقات معلوم نہیں
# $day ہفتے کا ایک دن ہے (helplines-day- والے پیغامات دیکھیں)، $time ایک وقت جیسے 17:30، $zone ایک ٹائم زون جیسے Europe/Rome۔
helplines-open-closes = ابھی کھلی ہے۔ { $day } کو { $time } بجے بند ہوگی ({ $zone })۔
helplines-closed-opens = ابھی بند ہے۔ { $day } کو { $time } بجے کھلے گی ({ $zone })۔
helplines-closed = ابھی بند ہے
helplines-day-mon = پیر
helplines-day-tue = منگل
helplines-day-wed = بدھ
helplines-day-thu = جمعرات
helplines-day-fri = جمعہ
helplines-day-sat = ہفتہ
helplines-day-sun = اتوار

## ہر ہیلپ لائن کے ساتھ دکھائی جانے والی تفصیلات

helplines-emergency-label = ہنگامی
helplines-free = مفت
helplines-not-free = ہو سکتا ہے آپ کو کال کے پیسے دینے پڑیں
helplines-free-unknown = خرچ معلوم نہیں
helplines-languages = زبانیں
helplines-languages-more = اور مزید زبانیں
helplines-languages-unknown = زبانیں معلوم نہیں
helplines-languages-unlisted = کئی زبانیں، جن کی فہرست نہیں دی گئی
helplines-operator = چلانے والا ادارہ
helplines-sources = ماخذ
helplines-source-dated = ماخذ کی تاریخ: { $date }
helplines-source-undated = ماخذ میں کوئی تاریخ نہیں
helplines-checked-by = { $by } نے { $date } کو جانچا
helplines-checked-by-undated = { $by } نے جانچا
helplines-status-partly-verified = پوری طرح تصدیق نہیں ہوئی: دیکھ لیں کہ یہ نمبر اب بھی کام کرتا ہے۔
helplines-none-found = اس تلاش کے لیے کوئی ہیلپ لائن نہیں ملی۔ اگر آپ فوری خطرے میں ہیں تو { PHONE("112") } (یورپ میں) یا مقامی ہنگامی نمبر پر کال کریں۔

## بنیادی فہرست: عوامی ذرائع سے لیے گئے نمبر، جو ایپ میں شامل ہیں

helplines-eu-112-name = ہنگامی نمبر { PHONE("112") }
helplines-eu-112-description = فوری خطرے کے لیے: پولیس، ایمبولینس، فائر بریگیڈ۔ لینڈ لائن اور موبائل فون سے مفت۔
helplines-eu-112-note = یورپی یونین کے ہر ملک میں کام کرتا ہے۔
helplines-ch-112-name = ہنگامی نمبر { PHONE("112") }
helplines-ch-112-description = فوری خطرے کے لیے: پولیس، ایمبولینس، فائر بریگیڈ۔ لینڈ لائن اور موبائل فون سے مفت۔
helplines-rs-112-name = ہنگامی نمبر { PHONE("112") }
helplines-rs-112-description = فوری خطرے کے لیے: پولیس، ایمبولینس، فائر بریگیڈ۔ لینڈ لائن اور موبائل فون سے مفت۔

helplines-eu-116000-name = لاپتہ بچوں کی ہیلپ لائن { PHONE("116 000") }
helplines-eu-116000-description = کسی لاپتہ بچے کے لیے: بچے، اس کے گھر والوں اور ان لوگوں کے لیے مدد جنہوں نے کچھ دیکھا ہو۔ مفت، دن رات۔
helplines-eu-116000-note = ہر ملک میں اس نمبر کے پیچھے اس کی اپنی تنظیم ہے، مثلاً یونان میں The Smile of the Child اور اٹلی میں Telefono Azzurro۔ زیادہ تر ملکوں میں چیٹ کی سہولت بھی ہے۔
helplines-ch-116000-name = لاپتہ بچوں کی ہیلپ لائن { PHONE("116 000") }
helplines-ch-116000-description = کسی لاپتہ بچے کے لیے: بچے، اس کے گھر والوں اور ان لوگوں کے لیے مدد جنہوں نے کچھ دیکھا ہو۔ مفت، دن رات۔
helplines-ch-116000-note = نمبر مقامی طور پر جانچ لیں: اس کے پیچھے کی تنظیم ہر ملک میں مختلف ہے۔
helplines-al-116000-name = لاپتہ بچوں کی ہیلپ لائن { PHONE("116 000") }
helplines-al-116000-description = کسی لاپتہ بچے کے لیے: بچے، اس کے گھر والوں اور ان لوگوں کے لیے مدد جنہوں نے کچھ دیکھا ہو۔ مفت، دن رات۔
helplines-al-116000-note = نمبر مقامی طور پر جانچ لیں: اس کے پیچھے کی تنظیم ہر ملک میں مختلف ہے۔
helplines-rs-116000-name = لاپتہ بچوں کی ہیلپ لائن { PHONE("116 000") }
helplines-rs-116000-description = کسی لاپتہ بچے کے لیے: بچے، اس کے گھر والوں اور ان لوگوں کے لیے مدد جنہوں نے کچھ دیکھا ہو۔ مفت، دن رات۔

helplines-eu-116111-name = بچوں کی ہیلپ لائن { PHONE("116 111") }
helplines-eu-116111-description = ان بچوں کے لیے کاؤنسلنگ جنہیں کسی سے بات کرنی ہو۔ مفت۔
helplines-eu-116111-note = ابھی یورپی یونین کے ہر ملک میں نہیں۔ کچھ لائنیں دن رات کھلی ہیں، کچھ مقررہ اوقات میں۔

helplines-de-hilfetelefon-116016-name = عورتوں کے خلاف تشدد کی امدادی ہیلپ لائن (Hilfetelefon { PHONE("116 016") })
helplines-de-hilfetelefon-116016-description = ان عورتوں کے لیے جنہیں تشدد کا سامنا ہے، اس میں انسانوں کی تجارت، جبری جسم فروشی اور کام پر استحصال بھی شامل ہے۔ مفت، نام ظاہر کیے بغیر، دن رات، سال کے ہر دن۔
helplines-de-hilfetelefon-116016-note = عورتوں کے لیے۔ جرمن اور 18 دوسری زبانوں میں جواب دیتی ہے۔ اس کی ویب سائٹ پر چیٹ اور ای میل کی سہولت ہے۔

helplines-gb-modern-slavery-helpline-name = جدید غلامی اور استحصال کی ہیلپ لائن (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = ہر اس شخص کے لیے جس کا استحصال ہو رہا ہو یا جس سے زبردستی کام لیا جا رہا ہو، یا جو کسی ایسے شخص کو جانتا ہو۔ مفت، راز داری کے ساتھ، دن رات۔
helplines-gb-modern-slavery-helpline-note = 200 سے زیادہ زبانوں میں مدد۔

helplines-us-human-trafficking-hotline-name = انسانوں کی تجارت کی قومی ہیلپ لائن (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = انسانوں کی تجارت کا شکار لوگوں اور اس سے بچ نکلنے والوں کے لیے، اور ان لوگوں کے لیے جو ان کی مدد کرنا چاہتے ہیں۔ مفت، دن رات۔ یہ پولیس نہیں ہے اور امیگریشن کا محکمہ بھی نہیں۔
helplines-us-human-trafficking-hotline-note = فون پر انگریزی اور ہسپانوی میں، اور ترجمانوں کے ذریعے 200 سے زیادہ زبانوں میں۔ ٹیکسٹ میسج اور چیٹ صرف انگریزی اور ہسپانوی میں۔

helplines-it-numero-verde-antitratta-name = انسانوں کی تجارت کے خلاف مفت فون لائن (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = انسانوں کی تجارت کا شکار لوگوں اور اس کے گواہوں کے لیے۔ مفت، نام ظاہر کیے بغیر، دن رات۔
helplines-it-numero-verde-antitratta-note = یہاں کے ثقافتی ثالث نائجیریا کی زبانیں اور کچھ دوسری زبانیں بھی بولتے ہیں۔

helplines-it-arci-asylum-name = پناہ کے متلاشیوں اور پناہ گزینوں کے لیے ARCI کی مفت فون لائن
helplines-it-arci-asylum-description = ان لوگوں کے لیے قانونی مدد اور ترجمان جو پناہ مانگتے ہیں یا جنہیں بین الاقوامی تحفظ حاصل ہے۔
helplines-it-arci-asylum-note = 36 زبانوں اور بولیوں میں مدد کرتی ہے۔ جب لائن بند ہو تو کسی بھی وقت وائس میسج چھوڑ دیں۔ یہ معلومات 2021 کی ہیں: دیکھ لیں کہ یہ لائن اب بھی کام کرتی ہے۔

helplines-gr-a21-1109-name = انسانوں کی تجارت کے بارے میں مدد اور معلومات کی لائن { PHONE("1109") }
helplines-gr-a21-1109-description = انسانوں کی تجارت کا شکار لوگوں کے لیے، اور ان لوگوں کے لیے جو اس کی اطلاع دینا چاہتے ہیں۔
helplines-gr-a21-1109-note = اس کے ماخذ تقریباً 2012 کے ہیں، اور اس کے کھلنے کے اوقات کی تصدیق نہیں ہو سکی۔

helplines-rs-astra-sos-name = ASTRA SOS ہیلپ لائن
helplines-rs-astra-sos-description = ان لوگوں کے لیے مدد جو انسانوں کی تجارت کا شکار ہوئے اور بچ نکلے۔ آپ نام ظاہر کیے بغیر انسانوں کی تجارت کی اطلاع بھی دے سکتے ہیں۔
helplines-rs-astra-sos-note = ASTRA سربیا میں لاپتہ بچوں کا نمبر { PHONE("116 000") } بھی چلاتی ہے۔

helplines-tr-yimer-157-name = غیر ملکیوں کا رابطہ مرکز (YİMER { PHONE("157") })
helplines-tr-yimer-157-description = ویزا، رہائش اور بین الاقوامی تحفظ کے بارے میں معلومات، اور انسانوں کی تجارت کا شکار لوگوں کے لیے ہیلپ لائن۔ کسی بھی وقت کھلی ہے۔
helplines-tr-yimer-157-note = یہ لائن امیگریشن کا سرکاری ادارہ چلاتا ہے۔

helplines-ly-unhcr-protection-name = UNHCR کی تحفظ ہیلپ لائن
helplines-ly-unhcr-protection-description = لیبیا میں ان پناہ گزینوں اور پناہ کے متلاشیوں کے لیے جنہیں تحفظ کی ضرورت ہے۔
helplines-ly-unhcr-protection-note = مارچ 2020 میں یہ اتوار سے جمعرات تک، 09:00 سے 17:00 بجے تک جواب دیتی تھی۔ اس کے موجودہ اوقات معلوم نہیں۔

helplines-ly-cesvi-protection-name = CESVI کی تحفظ ہیلپ لائنیں
helplines-ly-cesvi-protection-description = پناہ گزینوں اور پناہ کے متلاشیوں کے لیے تحفظ سے متعلق مدد، UNHCR کے ایک شراکت دار ادارے کی طرف سے۔

helplines-ly-sexual-violence-line-name = جنسی تشدد کا سامنا کرنے والوں کے لیے ہیلپ لائن
helplines-ly-sexual-violence-line-description = ان لوگوں کے لیے جن کے ساتھ جنسی تشدد ہوا اور جو بچ گئے۔ دن رات۔
helplines-ly-sexual-violence-line-note = International Rescue Committee (IRC) سے منسلک۔ ماخذ کا متن ادھورا تھا: اس نمبر پر بھروسہ کرنے سے پہلے اسے جانچ لیں۔

helplines-mx-linea-contra-la-trata-name = انسانوں کی تجارت کے خلاف قومی فون لائن اور چیٹ
helplines-mx-linea-contra-la-trata-description = ماہرین نفسیات اور وکیل انسانوں کی تجارت کا شکار لوگوں کی مدد کرتے ہیں۔ مفت، نام ظاہر کیے بغیر، دن رات، فون یا واٹس ایپ کے ذریعے۔
helplines-mx-linea-contra-la-trata-note = میکسیکو سے باہر سے بھی اطلاعات لیتی ہے۔

## ڈیسک ٹاپ ایپ کی helplines کمانڈ

# $list درست الفاظ کی فہرست ہے، مثلاً "emergency, trafficking, …"۔
helplines-cli-unknown-need = نامعلوم ضرورت۔ ان میں سے کوئی ایک استعمال کریں: { $list }
helplines-cli-unknown-channel = ہیلپ لائن تک پہنچنے کا نامعلوم طریقہ۔ ان میں سے کوئی ایک استعمال کریں: { $list }

## ہیلپ لائنوں کو اپ ڈیٹ کرنا

helplines-sync-usage = کسی ریلیز کا پتہ دیں (salama sync <URL>)، یا salama sync status استعمال کریں۔
helplines-sync-checking = اپ ڈیٹس دیکھی جا رہی ہیں…
# $collections بتاتا ہے کہ کتنی فائلیں ڈاؤن لوڈ ہوں گی، $size کتنا ڈیٹا، مثلاً 12.3 KiB۔
helplines-sync-download =
    { $collections ->
        [0] ڈاؤن لوڈ کرنے کے لیے کچھ نہیں۔
        [one] ڈاؤن لوڈ کرنے کے لیے ایک فائل ({ $size })۔
       *[other] ڈاؤن لوڈ کرنے کے لیے { $collections } فائلیں ({ $size })۔
    }
helplines-sync-applying = انسٹال ہو رہا ہے…
# $serial ریلیز کا نمبر ہے۔
helplines-sync-updated = ریلیز { $serial } پر اپ ڈیٹ ہو گیا۔
helplines-sync-up-to-date = پہلے سے تازہ ترین ہے (ریلیز { $serial })۔
# $requests بتاتا ہے کہ کتنی درخواستیں بھیجی گئیں، $size یہ کہ کتنا ڈیٹا ڈاؤن لوڈ ہوا۔
helplines-sync-cost =
    { $requests ->
        [one] ایک درخواست، { $size } ڈاؤن لوڈ ہوا۔
       *[other] { $requests } درخواستیں، { $size } ڈاؤن لوڈ ہوا۔
    }
helplines-sync-stale = ان معلومات کی میعاد ختم ہو چکی ہے۔ یہ اب بھی دکھائی جاتی ہیں، لیکن ہو سکتا ہے پرانی ہو چکی ہوں۔

## اپ ڈیٹ کی حالت

helplines-status-none = ابھی کوئی اپ ڈیٹ انسٹال نہیں ہوئی: سلامہ وہ ہیلپ لائنیں استعمال کرتی ہے جو ایپ میں پہلے سے شامل ہیں۔
helplines-status-release = انسٹال شدہ ریلیز { $serial }
helplines-status-publisher = ناشر
helplines-status-key = دستخط کی کلید
helplines-status-source = کہاں سے
helplines-status-issued = جاری ہوئی
# $days بتاتا ہے کہ ریلیز کتنے دن پہلے جاری ہوئی۔
helplines-status-age =
    { $days ->
        [0] یہ معلومات ایک دن سے کم پرانی ہیں۔
        [one] یہ معلومات ایک دن پرانی ہیں۔
       *[other] یہ معلومات { $days } دن پرانی ہیں۔
    }
helplines-status-expires = میعاد ختم ہونے کا وقت
helplines-status-expired = میعاد ختم: ہو سکتا ہے یہ معلومات پرانی ہو چکی ہوں۔
helplines-expires-in =
    { $days ->
        [0] ایک دن سے کم باقی
        [one] ایک دن باقی
       *[other] { $days } دن باقی
    }
helplines-expired-ago =
    { $days ->
        [0] ایک دن سے کم پہلے میعاد ختم ہوئی
        [one] ایک دن پہلے میعاد ختم ہوئی
       *[other] { $days } دن پہلے میعاد ختم ہوئی
    }
helplines-status-outdated = (ریلیز سے پرانا: اسے مکمل کرنے کے لیے اپ ڈیٹ کریں)
helplines-status-last-success = آخری کامیاب اپ ڈیٹ
helplines-status-last-attempt = آخری کوشش
helplines-status-last-error = آخری خرابی
helplines-status-never = کبھی نہیں

## آف لائن پیک

# $file فائل کا نام ہے، $serial ریلیز کا نمبر، $collections ایک فہرست جیسے helplines/GR، $size فائل کا سائز۔
helplines-pack-exported = { $file } لکھ دی گئی: ریلیز { $serial }، { $collections } ({ $size })۔

## ناشر کے اوزار

# $file اور $public فائلوں کے نام ہیں، $id کلید کی id۔
helplines-publish-key-written = نئی دستخطی کلید { $file } میں لکھ دی گئی۔ اسے خفیہ رکھیں اور اس کا بیک اپ بنائیں: اسے کبھی اوور رائٹ نہیں کیا جاتا۔ اس کی عوامی کلید (id { $id }) { $public } میں ہے۔
# $serial ریلیز کا نمبر ہے، $dir ایک فولڈر، $keys کلیدوں کی id۔
helplines-publish-released = ریلیز { $serial } فولڈر { $dir } میں لکھ دی گئی، اور اس پر { $keys } سے دستخط کیے گئے۔
# $name ایک مجموعہ ہے جیسے helplines/GR، $version اس کا ورژن، $entries اس میں ہیلپ لائنوں کی تعداد، $size اس کا سائز۔
helplines-publish-collection-changed = { $name }: ورژن { $version }، { $entries } ہیلپ لائنیں، { $size } (تبدیل شدہ)
helplines-publish-collection-same = { $name }: ورژن { $version }، { $entries } ہیلپ لائنیں، { $size } (بغیر تبدیلی)
helplines-publish-translations-changed =
    { $files ->
        [one] { $name }: ورژن { $version }، ترجمے کی ایک فائل، { $size } (تبدیل شدہ)
       *[other] { $name }: ورژن { $version }، ترجمے کی { $files } فائلیں، { $size } (تبدیل شدہ)
    }
helplines-publish-translations-same =
    { $files ->
        [one] { $name }: ورژن { $version }، ترجمے کی ایک فائل، { $size } (بغیر تبدیلی)
       *[other] { $name }: ورژن { $version }، ترجمے کی { $files } فائلیں، { $size } (بغیر تبدیلی)
    }
helplines-publish-empty = { $names } میں کوئی ہیلپ لائن نہیں۔ اس صورت میں فون اس ملک کے لیے ایپ میں موجود ہیلپ لائنیں چھپا دیں گے۔ اس کی ہیلپ لائنیں شامل کریں، یا اگر آپ انہیں جان بوجھ کر ہٹانا چاہتے ہیں تو --allow-empty کے ساتھ دوبارہ شائع کریں۔
# $expires ایک تاریخ اور وقت ہے۔
helplines-release-verified = ریلیز { $serial } درست ہے: قابل اعتماد کلید { $key } سے دستخط شدہ، میعاد { $expires } کو ختم ہوگی۔
helplines-release-collection = { $name }: ورژن { $version }، { $entries } ہیلپ لائنیں، { $size }، جانچ لیا گیا
helplines-release-translations =
    { $files ->
        [one] { $name }: ورژن { $version }، ترجمے کی ایک فائل، { $size }، جانچ لیا گیا
       *[other] { $name }: ورژن { $version }، ترجمے کی { $files } فائلیں، { $size }، جانچ لیا گیا
    }
helplines-release-collection-absent = { $name }: ورژن { $version }، { $size }، اس پیک میں نہیں
helplines-release-no-such-path = { $path } موجود نہیں۔ کسی ریلیز کا فولڈر (جس میں index.json ہو) یا آف لائن پیک کی فائل دیں۔
helplines-release-not-a-release = { $path } نہ ریلیز ہے نہ آف لائن پیک۔ ریلیز وہ فولڈر ہے جس میں index.json ہو؛ پیک وہ فائل ہے جو salama pack export بناتا ہے۔
