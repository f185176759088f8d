# Machine-assisted draft: not yet reviewed by a native speaker.

### ڕێبەری هێڵەکانی یارمەتی: هەر هێڵێک بۆ چییە، چۆن پەیوەندی پێوە بکەیت، کەی کراوەیە،
### و نوێکردنەوەی ڕێبەرەکە.
### ژمارە و ناوی ڕێکخراوەکان وەک خۆیان بهێڵەرەوە. بۆ کەسێک بنووسە کە ئێستا پێویستی بە
### یارمەتییە: ڕستەی کورت و سادە.

## هێڵی یارمەتی لە چیدا یارمەتی دەدات

helplines-need-emergency = فریاکەوتن (پۆلیس، ئەمبولانس، ئاگرکوژێنەوە)
helplines-need-trafficking = بازرگانی بە مرۆڤ و قۆستنەوە
helplines-need-asylum-legal-aid = پەنابەری و یارمەتیی یاسایی
helplines-need-child-protection = منداڵان
helplines-need-gender-based-violence = توندوتیژی دژی ئافرەتان و توندوتیژیی سێکسی
helplines-need-medical = یارمەتیی پزیشکی
helplines-need-shelter = شوێنێکی سەلامەت بۆ مانەوە
helplines-need-labour-rights = مافەکان لە کاردا
helplines-need-missing-persons = کەسانی ونبوو

## چۆن پەیوەندی بە هێڵێکی یارمەتییەوە بکەیت

helplines-channel-phone = تەلەفۆن
helplines-channel-short-code = تەلەفۆن (ژمارەی کورت، تەنها لەناو وڵاتدا)
helplines-channel-sms = نامەی کورت
helplines-channel-whatsapp = واتساپ
helplines-channel-signal = ئەپی سیگناڵ
helplines-channel-email = ئیمەیڵ
helplines-channel-web = ماڵپەڕ

## کاتەکانی کارکردن

helplines-open-always = شەو و ڕۆژ کراوەیە
helplines-open-now = ئێستا کراوەیە
helplines-open-unknown = کاتەکانی کارکردن نەزانراوە
# $day ڕۆژێکی هەفتەیە (پەیامەکانی helplines-day- ببینە)، $time کاتێکە وەک 17:30، $zone ناوچەیەکی کاتییە وەک Europe/Rome.
helplines-open-closes = ئێستا کراوەیە. { $day } کاتژمێر { $time } دادەخرێت ({ $zone }).
helplines-closed-opens = ئێستا داخراوە. { $day } کاتژمێر { $time } دەکرێتەوە ({ $zone }).
helplines-closed = ئێستا داخراوە
helplines-day-mon = دووشەممە
helplines-day-tue = سێشەممە
helplines-day-wed = چوارشەممە
helplines-day-thu = پێنجشەممە
helplines-day-fri = هەینی
helplines-day-sat = شەممە
helplines-day-sun = یەکشەممە

## ئەو وردەکارییانەی لەگەڵ هەر هێڵێکدا پیشان دەدرێن

helplines-emergency-label = فریاکەوتن
helplines-free = بێبەرامبەر
helplines-not-free = لەوانەیە پارەی پەیوەندییەکە بدەیت
helplines-free-unknown = تێچوون نەزانراوە
helplines-languages = زمانەکان
helplines-languages-more = و زمانی تریش
helplines-languages-unknown = زمانەکان نەزانراون
helplines-languages-unlisted = چەند زمانێک، کە ناویان نەنووسراوە
helplines-operator = بەڕێوەبەر
helplines-sources = سەرچاوە
helplines-source-dated = بەرواری سەرچاوە: { $date }
helplines-source-undated = سەرچاوەکە بەرواری نییە
helplines-checked-by = { $by } لە { $date } پشکنیویەتی
helplines-checked-by-undated = { $by } پشکنیویەتی
helplines-status-partly-verified = بە تەواوی پشتڕاست نەکراوەتەوە: بپشکنە کە ئەم ژمارەیە هێشتا کار دەکات.
helplines-none-found = هیچ هێڵێکی یارمەتی بۆ ئەم گەڕانە نەدۆزرایەوە. ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە { PHONE("112") } (لە ئەوروپا) یان ژمارەی فریاکەوتنی ناوخۆیی بکە.

## ڕێبەری بنەڕەتی: ژمارەکان لە سەرچاوە گشتییەکانەوە، کە لەناو ئەپەکەدا دانراون

helplines-eu-112-name = ژمارەی فریاکەوتن { PHONE("112") }
helplines-eu-112-description = بۆ مەترسیی بەپەلە: پۆلیس، ئەمبولانس، ئاگرکوژێنەوە. لە تەلەفۆنی ماڵ و مۆبایلەوە بێبەرامبەرە.
helplines-eu-112-note = لە هەموو وڵاتێکی یەکێتیی ئەوروپادا کار دەکات.
helplines-ch-112-name = ژمارەی فریاکەوتن { PHONE("112") }
helplines-ch-112-description = بۆ مەترسیی بەپەلە: پۆلیس، ئەمبولانس، ئاگرکوژێنەوە. لە تەلەفۆنی ماڵ و مۆبایلەوە بێبەرامبەرە.
helplines-rs-112-name = ژمارەی فریاکەوتن { PHONE("112") }
helplines-rs-112-description = بۆ مەترسیی بەپەلە: پۆلیس، ئەمبولانس، ئاگرکوژێنەوە. لە تەلەفۆنی ماڵ و مۆبایلەوە بێبەرامبەرە.

helplines-eu-116000-name = هێڵی منداڵانی ونبوو { PHONE("116 000") }
helplines-eu-116000-description = بۆ منداڵێکی ونبوو: یارمەتی بۆ منداڵەکە، خێزانەکەی و ئەو کەسانەی شتێکیان بینیوە. بێبەرامبەر، شەو و ڕۆژ.
helplines-eu-116000-note = لە هەر وڵاتێکدا ڕێکخراوێکی تایبەت لە پشت ئەم ژمارەیەوەیە، بۆ نموونە The Smile of the Child لە یۆنان و Telefono Azzurro لە ئیتاڵیا. زۆربەی وڵاتان چاتیشیان هەیە.
helplines-ch-116000-name = هێڵی منداڵانی ونبوو { PHONE("116 000") }
helplines-ch-116000-description = بۆ منداڵێکی ونبوو: یارمەتی بۆ منداڵەکە، خێزانەکەی و ئەو کەسانەی شتێکیان بینیوە. بێبەرامبەر، شەو و ڕۆژ.
helplines-ch-116000-note = ژمارەکە لە شوێنی خۆت بپشکنە: ئەو ڕێکخراوەی لە پشتیەوەیە لە وڵاتێکەوە بۆ وڵاتێکی تر جیاوازە.
helplines-al-116000-name = هێڵی منداڵانی ونبوو { PHONE("116 000") }
helplines-al-116000-description = بۆ منداڵێکی ونبوو: یارمەتی بۆ منداڵەکە، خێزانەکەی و ئەو کەسانەی شتێکیان بینیوە. بێبەرامبەر، شەو و ڕۆژ.
helplines-al-116000-note = ژمارەکە لە شوێنی خۆت بپشکنە: ئەو ڕێکخراوەی لە پشتیەوەیە لە وڵاتێکەوە بۆ وڵاتێکی تر جیاوازە.
helplines-rs-116000-name = هێڵی منداڵانی ونبوو { PHONE("116 000") }
helplines-rs-116000-description = بۆ منداڵێکی ونبوو: یارمەتی بۆ منداڵەکە، خێزانەکەی و ئەو کەسانەی شتێکیان بینیوە. بێبەرامبەر، شەو و ڕۆژ.

helplines-eu-116111-name = هێڵی یارمەتیی منداڵان { PHONE("116 111") }
helplines-eu-116111-description = ڕاوێژکاری بۆ ئەو منداڵانەی پێویستیان بە کەسێکە قسەی لەگەڵ بکەن. بێبەرامبەر.
helplines-eu-116111-note = هێشتا لە هەموو وڵاتانی یەکێتیی ئەوروپادا نییە. هەندێک هێڵ شەو و ڕۆژ کراوەن، هەندێکی تر لە کاتی دیاریکراودا.

helplines-de-hilfetelefon-116016-name = هێڵی پشتگیری بۆ ئافرەتان دژی توندوتیژی (Hilfetelefon { PHONE("116 016") })
helplines-de-hilfetelefon-116016-description = بۆ ئەو ئافرەتانەی ڕووبەڕووی توندوتیژی دەبنەوە، لەوانە بازرگانی بە مرۆڤ، لەشفرۆشیی زۆرەملێ و قۆستنەوە لە کاردا. بێبەرامبەر، بەبێ ئاشکراکردنی ناو، شەو و ڕۆژ، هەموو ڕۆژێکی ساڵ.
helplines-de-hilfetelefon-116016-note = بۆ ئافرەتان. بە ئەڵمانی و ١٨ زمانی تر وەڵام دەداتەوە. چات و ئیمەیڵ لە ماڵپەڕەکەیدا هەیە.

helplines-gb-modern-slavery-helpline-name = هێڵی یارمەتیی کۆیلایەتیی مۆدێرن و قۆستنەوە (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = بۆ هەر کەسێک کە دەقۆزرێتەوە یان بە زۆر کاری پێ دەکرێت، یان کەسێکی وا دەناسێت. بێبەرامبەر، نهێنی، شەو و ڕۆژ.
helplines-gb-modern-slavery-helpline-note = یارمەتی بە زیاتر لە ٢٠٠ زمان.

helplines-us-human-trafficking-hotline-name = هێڵی نیشتمانیی یارمەتی دژی بازرگانی بە مرۆڤ (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = بۆ قوربانیان و ڕزگاربووانی بازرگانی بە مرۆڤ و ئەو کەسانەی دەیانەوێت یارمەتییان بدەن. بێبەرامبەر، شەو و ڕۆژ. پۆلیس نییە و فەرمانگەی کۆچیش نییە.
helplines-us-human-trafficking-hotline-note = تەلەفۆن بە ئینگلیزی و ئیسپانی، و بە زیاتر لە ٢٠٠ زمان لە ڕێگەی وەرگێڕەوە. نامەی کورت و چات تەنها بە ئینگلیزی و ئیسپانی.

helplines-it-numero-verde-antitratta-name = هێڵی بێبەرامبەری دژی بازرگانی بە مرۆڤ (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = بۆ قوربانیان و شایەتحاڵانی بازرگانی بە مرۆڤ. بێبەرامبەر، بەبێ ئاشکراکردنی ناو، شەو و ڕۆژ.
helplines-it-numero-verde-antitratta-note = ناوبژیوانە کولتوورییەکان زمانە نیجیرییەکان و زمانی تریش دەزانن.

helplines-it-arci-asylum-name = هێڵی بێبەرامبەری ARCI بۆ داواکارانی پەنابەری و پەنابەران
helplines-it-arci-asylum-description = یارمەتیی یاسایی و وەرگێڕ بۆ ئەو کەسانەی داوای پەنابەری دەکەن یان پاراستنی نێودەوڵەتییان هەیە.
helplines-it-arci-asylum-note = بە ٣٦ زمان و شێوەزار یارمەتی دەدات. لە دەرەوەی کاتەکانی کارکردن، لە هەر کاتێکدا نامەیەکی دەنگی جێبهێڵە. ئەم زانیارییە بۆ ساڵی ٢٠٢١ دەگەڕێتەوە: بپشکنە کە هێڵەکە هێشتا کار دەکات.

helplines-gr-a21-1109-name = هێڵی زانیاری و یارمەتی دەربارەی بازرگانی بە مرۆڤ { PHONE("1109") }
helplines-gr-a21-1109-description = بۆ قوربانیانی بازرگانی بە مرۆڤ و ئەو کەسانەی دەیانەوێت ڕاپۆرتی بدەن.
helplines-gr-a21-1109-note = سەرچاوەکان بۆ نزیکەی ساڵی ٢٠١٢ دەگەڕێنەوە، و کاتەکانی کارکردنی پشتڕاست نەکرانەوە.

helplines-rs-astra-sos-name = هێڵی یارمەتیی ASTRA SOS
helplines-rs-astra-sos-description = پشتگیری بۆ ئەو کەسانەی لە بازرگانی بە مرۆڤ ڕزگاریان بووە. هەروەها دەتوانیت بەبێ ئاشکراکردنی ناو ڕاپۆرتی بازرگانی بە مرۆڤ بدەیت.
helplines-rs-astra-sos-note = ASTRA هەروەها ژمارەی منداڵانی ونبوو { PHONE("116 000") } لە سربیا بەڕێوە دەبات.

helplines-tr-yimer-157-name = سەنتەری پەیوەندیی بیانییەکان (YİMER { PHONE("157") })
helplines-tr-yimer-157-description = زانیاری دەربارەی ڤیزا، نیشتەجێبوون و پاراستنی نێودەوڵەتی، و هێڵێکی یارمەتی بۆ قوربانیانی بازرگانی بە مرۆڤ. لە هەر کاتێکدا کراوەیە.
helplines-tr-yimer-157-note = ئەم هێڵە لەلایەن دەزگای دەوڵەتیی کۆچەوە بەڕێوە دەبرێت.

helplines-ly-unhcr-protection-name = هێڵی پاراستنی UNHCR
helplines-ly-unhcr-protection-description = بۆ پەنابەران و داواکارانی پەنابەری لە لیبیا کە پێویستیان بە پاراستنە.
helplines-ly-unhcr-protection-note = لە ئازاری ساڵی ٢٠٢٠، لە یەکشەممە تا پێنجشەممە، کاتژمێر ٠٩:٠٠ تا ١٧:٠٠ وەڵامی دەدایەوە. کاتەکانی ئێستای نەزانراوە.

helplines-ly-cesvi-protection-name = هێڵەکانی پاراستنی CESVI
helplines-ly-cesvi-protection-description = یارمەتیی پاراستن بۆ پەنابەران و داواکارانی پەنابەری، کە ڕێکخراوێکی هاوبەشی UNHCR دەیدات.

helplines-ly-sexual-violence-line-name = هێڵی یارمەتی بۆ ڕزگاربووانی توندوتیژیی سێکسی
helplines-ly-sexual-violence-line-description = بۆ ئەو کەسانەی ڕووبەڕووی توندوتیژیی سێکسی بوونەتەوە. شەو و ڕۆژ.
helplines-ly-sexual-violence-line-note = پەیوەستە بە International Rescue Committee (IRC). دەقی سەرچاوەکە ناتەواو بوو: پێش ئەوەی پشتی پێ ببەستیت، ئەم ژمارەیە بپشکنە.

helplines-mx-linea-contra-la-trata-name = هێڵ و چاتی نیشتمانی دژی بازرگانی بە مرۆڤ
helplines-mx-linea-contra-la-trata-description = دەروونناسان و پارێزەران یارمەتیی قوربانیانی بازرگانی بە مرۆڤ دەدەن. بێبەرامبەر، بەبێ ئاشکراکردنی ناو، شەو و ڕۆژ، بە تەلەفۆن یان واتساپ.
helplines-mx-linea-contra-la-trata-note = ڕاپۆرت لە دەرەوەی مەکسیکیش وەردەگرێت.

## فەرمانی helplines لە ئەپی کۆمپیوتەر

# $list لیستی ئەو وشانەیە کە دروستن، بۆ نموونە «emergency, trafficking, …».
helplines-cli-unknown-need = پێویستییەکی نەناسراو. یەکێک لەمانە بەکاربهێنە: { $list }
helplines-cli-unknown-channel = ڕێگەیەکی نەناسراو بۆ پەیوەندیکردن بە هێڵی یارمەتی. یەکێک لەمانە بەکاربهێنە: { $list }

## نوێکردنەوەی هێڵەکانی یارمەتی

helplines-sync-usage = ناونیشانی بڵاوکراوەیەک بدە (salama sync <URL>)، یان salama sync status بەکاربهێنە.
helplines-sync-checking = بەدوای نوێکارییەکاندا دەگەڕێت…
# $collections ژمارەی ئەو فایلانەیە کە دادەبەزێنرێن، $size قەبارەی داتاکە، بۆ نموونە 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] هیچ شتێک نییە بۆ دابەزاندن.
        [one] یەک فایل بۆ دابەزاندن ({ $size }).
       *[other] { $collections } فایل بۆ دابەزاندن ({ $size }).
    }
helplines-sync-applying = دادەمەزرێنرێت…
# $serial ژمارەی بڵاوکراوەکەیە.
helplines-sync-updated = نوێکرایەوە بۆ بڵاوکراوەی { $serial }.
helplines-sync-up-to-date = پێشتر نوێیە (بڵاوکراوەی { $serial }).
# $requests ژمارەی داواکارییەکانە، $size قەبارەی ئەو داتایەی دابەزێنرا.
helplines-sync-cost =
    { $requests ->
        [one] یەک داواکاری، { $size } دابەزێنرا.
       *[other] { $requests } داواکاری، { $size } دابەزێنرا.
    }
helplines-sync-stale = کاتی ئەم زانیارییانە بەسەرچووە. هێشتا پیشان دەدرێن، بەڵام لەوانەیە کۆن بووبن.

## دۆخی نوێکاری

helplines-status-none = هێشتا هیچ نوێکارییەک دانەمەزراوە: سەلامە ئەو هێڵانەی یارمەتی بەکاردەهێنێت کە لەناو ئەپەکەدان.
helplines-status-release = بڵاوکراوەی دامەزراو { $serial }
helplines-status-publisher = بڵاوکەرەوە
helplines-status-key = کلیلی واژوو
helplines-status-source = لە کوێوە
helplines-status-issued = کاتی دەرچوون
# $days ژمارەی ئەو ڕۆژانەیە کە لە دەرچوونی بڵاوکراوەکەوە تێپەڕیون.
helplines-status-age =
    { $days ->
        [0] زانیارییەکان کەمتر لە یەک ڕۆژ کۆنن.
        [one] زانیارییەکان یەک ڕۆژ کۆنن.
       *[other] زانیارییەکان { $days } ڕۆژ کۆنن.
    }
helplines-status-expires = کاتی بەسەرچوون
helplines-status-expired = بەسەرچووە: لەوانەیە زانیارییەکان کۆن بووبن.
helplines-expires-in =
    { $days ->
        [0] کەمتر لە ڕۆژێک ماوە
        [one] یەک ڕۆژ ماوە
       *[other] { $days } ڕۆژ ماوە
    }
helplines-expired-ago =
    { $days ->
        [0] کەمتر لە ڕۆژێک لەمەوبەر بەسەرچوو
        [one] یەک ڕۆژ لەمەوبەر بەسەرچوو
       *[other] { $days } ڕۆژ لەمەوبەر بەسەرچوو
    }
helplines-status-outdated = (لە بڵاوکراوەکە کۆنترە: نوێی بکەرەوە بۆ ئەوەی تەواو بێت)
helplines-status-last-success = دوایین نوێکاریی سەرکەوتوو
helplines-status-last-attempt = دوایین هەوڵ
helplines-status-last-error = دوایین هەڵە
helplines-status-never = هەرگیز

## پاکێجی بێ ئینتەرنێت

# $file ناوی فایلێکە، $serial ژمارەی بڵاوکراوەکە، $collections لیستێک وەک helplines/GR، $size قەبارەی فایلەکە.
helplines-pack-exported = { $file } نووسرا: بڵاوکراوەی { $serial }، { $collections } ({ $size }).

## ئامرازەکانی بڵاوکەرەوە

# $file و $public ناوی فایلن، $id ناسنامەی (id) کلیلێکە.
helplines-publish-key-written = کلیلێکی نوێی واژوو نووسرا بۆ فایلی { $file }. بە نهێنی بیهێڵەرەوە و کۆپییەکی یەدەگی هەبێت: هەرگیز شتی تری بەسەردا نانووسرێتەوە. کلیلە گشتییەکەی (id { $id }) نووسراوە بۆ فایلی { $public }.
# $serial ژمارەی بڵاوکراوەکەیە، $dir فۆڵدەرێکە، $keys ناسنامەی (id) کلیلەکانن.
helplines-publish-released = بڵاوکراوەی { $serial } نووسرا بۆ فۆڵدەری { $dir }، واژوو کراوە بە { $keys }.
# $name کۆمەڵەیەکە وەک helplines/GR، $version وەشانەکەی، $entries ژمارەی هێڵەکانی یارمەتی تێیدا، $size قەبارەکەی.
helplines-publish-collection-changed = { $name }: وەشانی { $version }، { $entries } هێڵی یارمەتی، { $size } (گۆڕاوە)
helplines-publish-collection-same = { $name }: وەشانی { $version }، { $entries } هێڵی یارمەتی، { $size } (نەگۆڕاوە)
helplines-publish-translations-changed = { $name }: وەشانی { $version }، { $files } فایلی وەرگێڕان، { $size } (گۆڕاوە)
helplines-publish-translations-same = { $name }: وەشانی { $version }، { $files } فایلی وەرگێڕان، { $size } (نەگۆڕاوە)
helplines-publish-empty = { $names } هیچ هێڵێکی یارمەتی تێدا نییە. ئەو کاتە مۆبایلەکان ئەو هێڵانەی یارمەتی کە لەناو بەرنامەکەدان بۆ ئەو وڵاتە دەشارنەوە. هێڵەکانی یارمەتیی ئەو وڵاتە زیاد بکە، یان ئەگەر بە ئەنقەست دەتەوێت لایانبەریت، دووبارە لەگەڵ --allow-empty بڵاوی بکەرەوە.
# $expires بەروار و کاتێکە.
helplines-release-verified = بڵاوکراوەی { $serial } دروستە: واژوو کراوە بە کلیلی متمانەپێکراوی { $key }، لە { $expires } بەسەردەچێت.
helplines-release-collection = { $name }: وەشانی { $version }، { $entries } هێڵی یارمەتی، { $size }، پشکنرا
helplines-release-translations = { $name }: وەشانی { $version }، { $files } فایلی وەرگێڕان، { $size }، پشکنرا
helplines-release-collection-absent = { $name }: وەشانی { $version }، { $size }، لەم پاکێجەدا نییە
helplines-release-no-such-path = { $path } بوونی نییە. بوخچەی بڵاوکراوەیەک (ئەو بوخچەیەی index.json ی تێدایە) یان فایلی پاکێجێکی بێ ئینتەرنێت بدە.
helplines-release-not-a-release = { $path } نە بڵاوکراوەیە و نە پاکێجی بێ ئینتەرنێت. بڵاوکراوە بوخچەیەکە کە index.json ی تێدایە؛ پاکێج فایلێکە کە salama pack export دروستی دەکات.
