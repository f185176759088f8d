# Machine-assisted draft: not yet reviewed by a native speaker.

### پەیامەکانی `salama l10n`، ئەو ئامرازانەی وەرگێڕان بۆ پشکنینی کارەکەیان بەکاریان دەهێنن.
### ناسنامەی پەیامەکان، ناوی فایلەکان، $variables و کۆدەکانی وەک U+200F وەک خۆیان بهێڵەرەوە.

l10n-severity-error = هەڵە
l10n-severity-warning = ئاگاداری

## ئەوەی `salama l10n check` دەیدۆزێتەوە. هەر دێڕێک بە فایل، دێڕ و ستوون دەست پێ دەکات.

# $detail ڕوونکردنەوەی شیکەرەوەکەیە (parser)، بە ئینگلیزی.
l10n-problem-syntax-error = ئەمە پەیڕەوی ڕێزمانی Fluent ناکات، بۆیە پەیامەکە لەدەست دەچێت: { $detail }
l10n-problem-duplicate-id = ئەم ناسنامەیە (id) بۆ جاری دووەم پێناسە کراوە. تەنها یەکێکیان بهێڵەرەوە.
# $attribute ناوی تایبەتمەندییەکە (attribute) وەک «title».
l10n-problem-duplicate-attribute = تایبەتمەندیی .{ $attribute } دووجار پێناسە کراوە.
l10n-problem-missing-message = هێشتا وەرنەگێڕدراوە. خوێنەران دەقە ئینگلیزییەکە دەبینن.
l10n-problem-obsolete-message = لە ئینگلیزیدا ئیتر ئەم پەیامە نییە. دەتوانیت بیسڕیتەوە.
l10n-problem-missing-value = لە ئینگلیزیدا لێرە بەهایەک (value) هەیە، وەرگێڕانەکە تەنها تایبەتمەندیی (attribute) هەیە.
l10n-problem-obsolete-value = لە ئینگلیزیدا لێرە هیچ بەهایەک نییە، تەنها تایبەتمەندیی هەیە.
l10n-problem-missing-attribute = تایبەتمەندیی .{ $attribute } هێشتا وەرنەگێڕدراوە.
l10n-problem-obsolete-attribute = لە ئینگلیزیدا تایبەتمەندیی .{ $attribute } نییە. دەتوانیت بیسڕیتەوە.
# $variable ناوی گۆڕاوێکە وەک «count»؛ لەگەڵ نیشانەی $ پیشان دەدرێت.
l10n-problem-missing-variable = دەقی ئینگلیزی لێرەدا ${ $variable } بەکاردەهێنێت؛ وەرگێڕانەکەش دەبێت بەکاری بهێنێت.
l10n-problem-unknown-variable = ${ $variable } بەم پەیامە نادرێت. تەنها گۆڕاوەکانی دەقی ئینگلیزی بەکاربهێنە.
# $categories لیستێکە لە پۆلەکانی کۆی CLDR، وەک «zero, two, few».
l10n-problem-missing-plural-categories = ئەم کۆیە (plural) پێویستی بە شێوەیەک هەیە بۆ هەر یەک لەمانە: { $categories }.
# $reference ناسنامەی پەیامێکە، یان ناسنامەی زاراوەیەک (term) کە بە «-» دەست پێ دەکات.
l10n-problem-unknown-reference = { $reference } لەم زمانەدا بوونی نییە.
# $function ناوی فەنکشنێکە وەک DATETIME.
l10n-problem-unknown-function = سەلامە هیچ فەنکشنێکی بە ناوی { $function } نییە. NUMBER یان PHONE بەکاربهێنە.
l10n-problem-empty-value = ئەم دەقە بەتاڵە.
# $codepoint کۆدی پیتێکە وەک U+202E.
l10n-problem-bidi-control = کۆنترۆڵێکی نادیاری ئاراستە ({ $codepoint }) دەتوانێت دەقی دەوروبەری تێکبدات. بیسڕەوە: سەلامە خۆی ناو و ژمارەکان بە ڕیزی دروست دەهێڵێتەوە.
l10n-problem-bidi-mark = نیشانەیەکی نادیاری ئاراستە ({ $codepoint }) دۆزرایەوە. بیسڕەوە، مەگەر بە ئەنقەست زیادت کردبێت.
l10n-problem-identical-to-source = ئەمە هەمان دەقی ئینگلیزییە. ئایا وەرگێڕدراوە؟
l10n-problem-bare-phone-number = ژمارەی تەلەفۆنی { $number } وەک دەقی ئاسایی نووسراوە، بۆیە دەقی ڕاست بۆ چەپ بەشەکانی بە ڕیزێکی هەڵە پیشان دەدات. ئاوا بینووسە: { "{" } PHONE("{ $number }") { "}" }.

# $locales ژمارەی ئەو زمانانەیە کە پشکنران.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] یەک زمان پشکنرا: هیچ هەڵەیەک نییە
               *[other] { $locales } زمان پشکنران: هیچ هەڵەیەک نییە
            }
        [one] { $locales ->
                [one] یەک زمان پشکنرا: یەک هەڵە
               *[other] { $locales } زمان پشکنران: یەک هەڵە
            }
       *[other] { $locales ->
                [one] یەک زمان پشکنرا: { $errors } هەڵە
               *[other] { $locales } زمان پشکنران: { $errors } هەڵە
            }
    }، { $warnings ->
        [0] هیچ ئاگادارییەک نییە.
        [one] یەک ئاگاداری.
       *[other] { $warnings } ئاگاداری.
    }

## `salama l10n status`: خشتەیەک، هەر زمانێک لە ڕیزێکدا، و هێڵکارییەک.

l10n-status-locale = زمان
l10n-status-messages = پەیامەکان
l10n-status-translated = وەرگێڕدراو
l10n-status-words = وشەکان
l10n-status-review = پێداچوونەوە
l10n-status-review-source = سەرچاوە
l10n-status-review-machine-draft = ڕەشنووسی ئامێر
l10n-status-review-native-reviewed = کەسێک کە زمانی دایکییەتی پێیدا چووەتەوە
l10n-status-review-legally-reviewed = پێداچوونەوەی یاسایی بۆ کراوە
l10n-status-review-unknown = لەناو locales.json نییە
l10n-status-chart-title = سەلامە: ڕێژەی وەرگێڕان
l10n-status-chart-note = هەر ستوونێک ڕێژەی ئەو پەیامە ئینگلیزییانە پیشان دەدات کە وەرگێڕدراون؛ ڕەنگەکەی دۆخی پێداچوونەوەیە.
# $path ئەو فایلەیە کە هێڵکارییەکەی تێدا نووسرا.
l10n-status-chart-written = هێڵکارییەکە نووسرا بۆ { $path }.

## کێشەکانی خودی فۆڵدەرەکە.

l10n-error-no-folder = هیچ فۆڵدەرێکی وەرگێڕان لێرە یان لە سەرووی ئێرەوە نەدۆزرایەوە. یەکێک دیاری بکە: salama l10n check <FOLDER>.
# $path ئەو فۆڵدەرەیە کە دراوە.
l10n-error-no-source = لەناو { $path } فۆڵدەرێک بە ناوی en نییە. ئایا ئەمە فۆڵدەری وەرگێڕانە؟
# $path فایل یان فۆڵدەرێکە.
l10n-error-unreadable = { $path } ناخوێندرێتەوە.
l10n-error-not-utf8 = ئەم فایلە دەقی UTF-8 نییە.
