# Machine-assisted draft: not yet reviewed by a native speaker.

### የsalama l10n መልእክቶች፤ ተርጓሚዎች ሥራቸውን ለማረጋገጥ የሚጠቀሙባቸው መሣሪያዎች።
### የመልእክት መለያዎችን፣ የፋይል ስሞችን፣ $ተለዋዋጮችን እና እንደ U+200F ያሉ ኮዶችን እንዳሉ ያስቀምጡ።

l10n-severity-error = ስህተት
l10n-severity-warning = ማስጠንቀቂያ

## salama l10n check የሚያገኛቸው። እያንዳንዱ መስመር በፋይሉ፣ በመስመሩና በዓምዱ ይጀምራል።

# $detail የተንታኙ (parser) ማብራሪያ ነው፤ በእንግሊዝኛ።
l10n-problem-syntax-error = ይህ የFluent አጻጻፍ ሕግን አይከተልም፤ ስለዚህ መልእክቱ ይጠፋል፦ { $detail }
l10n-problem-duplicate-id = ይህ id ለሁለተኛ ጊዜ ተገልጿል። አንዱን ብቻ ያስቀሩ።
# $attribute እንደ "title" ያለ የባሕሪ ስም ነው።
l10n-problem-duplicate-attribute = ባሕሪው .{ $attribute } ሁለት ጊዜ ተገልጿል።
l10n-problem-missing-message = ገና አልተተረጎመም። አንባቢዎች የእንግሊዝኛውን ጽሑፍ ያያሉ።
l10n-problem-obsolete-message = እንግሊዝኛው ይህ መልእክት ከእንግዲህ የለውም። ሊሰርዙት ይችላሉ።
l10n-problem-missing-value = እንግሊዝኛው እዚህ ዋና ጽሑፍ አለው፤ ትርጉሙ ግን ባሕሪያት ብቻ ነው ያሉት።
l10n-problem-obsolete-value = እንግሊዝኛው እዚህ ዋና ጽሑፍ የለውም፤ ባሕሪያት ብቻ ነው ያሉት።
l10n-problem-missing-attribute = ባሕሪው .{ $attribute } ገና አልተተረጎመም።
l10n-problem-obsolete-attribute = እንግሊዝኛው .{ $attribute } የሚባል ባሕሪ የለውም። ሊሰርዙት ይችላሉ።
# $variable እንደ "count" ያለ የተለዋዋጭ ስም ነው፤ ከ$ ምልክቱ ጋር ይታያል።
l10n-problem-missing-variable = የእንግሊዝኛው ጽሑፍ እዚህ ${ $variable } የሚለውን ይጠቀማል፤ ትርጉሙም ሊጠቀምበት ይገባል።
l10n-problem-unknown-variable = ${ $variable } ለዚህ መልእክት አይሰጥም። የእንግሊዝኛውን ጽሑፍ ተለዋዋጮች ብቻ ይጠቀሙ።
# $categories እንደ "zero, two, few" ያለ የCLDR የብዙ ቁጥር ምድቦች ዝርዝር ነው።
l10n-problem-missing-plural-categories = ይህ የብዙ ቁጥር (plural) አገላለጽ ለእያንዳንዳቸው ቅርጽ ያስፈልገዋል፦ { $categories }።
# $reference የመልእክት መለያ ነው፤ ወይም በ"-" የሚጀምር የterm መለያ ነው።
l10n-problem-unknown-reference = { $reference } በዚህ ቋንቋ ውስጥ የለም።
# $function እንደ DATETIME ያለ የተግባር (function) ስም ነው።
l10n-problem-unknown-function = ሰላማ { $function } የሚባል ተግባር (function) የለውም። NUMBER ወይም PHONE ይጠቀሙ።
l10n-problem-empty-value = ይህ ጽሑፍ ባዶ ነው።
# $codepoint እንደ U+202E ያለ የፊደል ኮድ ነው።
l10n-problem-bidi-control = የማይታይ የአቅጣጫ መቆጣጠሪያ ({ $codepoint }) በዙሪያው ያለውን ጽሑፍ ሊያዘበራርቅ ይችላል። ይሰርዙት፦ ሰላማ ስሞችንና ቁጥሮችን በራሱ በትክክለኛው ቅደም ተከተል ያስቀምጣል።
l10n-problem-bidi-mark = የማይታይ የአቅጣጫ ምልክት ({ $codepoint }) ተገኝቷል። ሆን ብለው ካልጨመሩት ይሰርዙት።
l10n-problem-identical-to-source = ይህ ከእንግሊዝኛው ጽሑፍ ጋር አንድ ነው። ተተርጉሟል?
l10n-problem-bare-phone-number = የስልክ ቁጥሩ { $number } እንደ ተራ ጽሑፍ ተጽፏል፣ ስለዚህ ከቀኝ ወደ ግራ የሚጻፍ ጽሑፍ ክፍሎቹን በተሳሳተ ቅደም ተከተል ያሳያል። እንዲህ ይጻፉት፦ { "{" } PHONE("{ $number }") { "}" }።

# $locales ስንት ቋንቋዎች እንደተፈተሹ ነው።
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] { $locales } ቋንቋ ተፈትሿል፦ ስህተት የለም
               *[other] { $locales } ቋንቋዎች ተፈትሸዋል፦ ስህተት የለም
            }
        [one] { $locales ->
                [one] { $locales } ቋንቋ ተፈትሿል፦ { $errors } ስህተት
               *[other] { $locales } ቋንቋዎች ተፈትሸዋል፦ { $errors } ስህተት
            }
       *[other] { $locales ->
                [one] { $locales } ቋንቋ ተፈትሿል፦ { $errors } ስህተቶች
               *[other] { $locales } ቋንቋዎች ተፈትሸዋል፦ { $errors } ስህተቶች
            }
    }፣ { $warnings ->
        [0] ማስጠንቀቂያ የለም።
        [one] { $warnings } ማስጠንቀቂያ።
       *[other] { $warnings } ማስጠንቀቂያዎች።
    }

## salama l10n status፦ ሠንጠረዥ፣ በእያንዳንዱ ረድፍ አንድ ቋንቋ፣ እና ገበታ።

l10n-status-locale = ቋንቋ
l10n-status-messages = መልእክቶች
l10n-status-translated = የተተረጎሙ
l10n-status-words = ቃላት
l10n-status-review = ግምገማ
l10n-status-review-source = ምንጭ
l10n-status-review-machine-draft = በማሽን የተዘጋጀ ረቂቅ
l10n-status-review-native-reviewed = ቋንቋው የአፍ መፍቻው በሆነ ሰው ተረጋግጧል
l10n-status-review-legally-reviewed = ከሕግ አንጻር ተገምግሟል
l10n-status-review-unknown = በlocales.json ውስጥ የለም
l10n-status-chart-title = ሰላማ፦ የትርጉም ሽፋን
l10n-status-chart-note = እያንዳንዱ አሞሌ ከእንግሊዝኛ መልእክቶች ምን ያህሉ እንደተተረጎመ ያሳያል፤ ቀለሙ የግምገማውን ሁኔታ ያሳያል።
# $path ገበታው የተጻፈበት ፋይል ነው።
l10n-status-chart-written = ገበታው በ{ $path } ተጽፏል።

## የአቃፊው ራሱ ችግሮች።

l10n-error-no-folder = እዚህም ሆነ ከዚህ በላይ ባሉ አቃፊዎች የትርጉሞች አቃፊ አልተገኘም። አንዱን ይስጡ፦ salama l10n check <FOLDER>።
# $path የተሰጠው አቃፊ ነው።
l10n-error-no-source = { $path } en የሚባል አቃፊ የለውም። የትርጉሞች አቃፊ ነው?
# $path ፋይል ወይም አቃፊ ነው።
l10n-error-unreadable = { $path } ሊነበብ አይችልም።
l10n-error-not-utf8 = ይህ ፋይል የUTF-8 ጽሑፍ አይደለም።
