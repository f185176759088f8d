# Machine-assisted draft: not yet reviewed by a native speaker.

### መልእኽትታት salama l10n፣ ተርጎምቲ ስርሖም ንምፍታሽ ዝጥቀሙሉ መሳርሒታት።
### መለለዪታት መልእኽትታት፣ ኣስማት ፋይላት፣ $ተለዋወጥቲ ከምኡ ድማ ከም U+200F ዝኣመሰሉ ኮዳት ከም ዘለዉ ሓልዉዎም።

l10n-severity-error = ጌጋ
l10n-severity-warning = መጠንቀቕታ

## salama l10n check ዝረኽቦ። ነፍሲ ወከፍ መስመር ብፋይል፣ መስመርን ዓንድን ይጅምር።

# $detail መብርሂ ናይቲ ተንታኒ (parser) እዩ፣ ብእንግሊዝኛ።
l10n-problem-syntax-error = እዚ ስርዓተ-ጽሕፈት Fluent ኣይስዕብን፣ ስለዚ እቲ መልእኽቲ ይጠፍእ፦ { $detail }
l10n-problem-duplicate-id = እዚ id ንኻልኣይ ግዜ ተገሊጹ። ሓደ ጥራይ ሓዙ።
# $attribute ስም ባህሪ እዩ፣ ንኣብነት "title"።
l10n-problem-duplicate-attribute = እቲ ባህሪ .{ $attribute } ክልተ ግዜ ተገሊጹ።
l10n-problem-missing-message = ገና ኣይተተርጎመን። ኣንበብቲ ነቲ እንግሊዝኛ ጽሑፍ ይርእዩ።
l10n-problem-obsolete-message = እንግሊዝኛ ነዚ መልእኽቲ ደጊሙ የብሉን። ክትሰርዙዎ ትኽእሉ ኢኹም።
l10n-problem-missing-value = እንግሊዝኛ ኣብዚ ቀንዲ ጽሑፍ ኣለዎ፣ እቲ ትርጉም ግን ባህርያት ጥራይ ኣለዎ።
l10n-problem-obsolete-value = እንግሊዝኛ ኣብዚ ቀንዲ ጽሑፍ የብሉን፣ ባህርያት ጥራይ እዩ ዘለዎ።
l10n-problem-missing-attribute = እቲ ባህሪ .{ $attribute } ገና ኣይተተርጎመን።
l10n-problem-obsolete-attribute = እንግሊዝኛ ባህሪ .{ $attribute } የብሉን። ክትሰርዙዎ ትኽእሉ ኢኹም።
# $variable ስም ተለዋዋጢ እዩ፣ ንኣብነት "count"፤ ምስ ምልክት $ እዩ ዝርአ።
l10n-problem-missing-variable = እቲ እንግሊዝኛ ጽሑፍ ኣብዚ ${ $variable } ይጥቀም፤ እቲ ትርጉም እውን ክጥቀመሉ ኣለዎ።
l10n-problem-unknown-variable = ${ $variable } ናብዚ መልእኽቲ ኣይወሃብን። ናይቲ እንግሊዝኛ ጽሑፍ ተለዋወጥቲ ጥራይ ተጠቐሙ።
# $categories ዝርዝር ናይ CLDR ምድባት ብዙሕ ቁጽሪ እዩ፣ ንኣብነት "zero, two, few"።
l10n-problem-missing-plural-categories = እዚ ብዙሕ ቁጽሪ (plural) ንነፍሲ ወከፍ ካብዞም ዝስዕቡ ቅርጺ የድልዮ፦ { $categories }።
# $reference መለለዪ መልእኽቲ እዩ፣ ወይ ብ "-" ዝጅምር መለለዪ term።
l10n-problem-unknown-reference = { $reference } ኣብዚ ቋንቋ የለን።
# $function ስም ተግባር (function) እዩ፣ ንኣብነት DATETIME።
l10n-problem-unknown-function = ሰላማ { $function } ዝበሃል ተግባር (function) የብሉን። NUMBER ወይ PHONE ተጠቐሙ።
l10n-problem-empty-value = እዚ ጽሑፍ ባዶ እዩ።
# $codepoint ኮድ ናይ ሓደ ፊደል እዩ፣ ንኣብነት U+202E።
l10n-problem-bidi-control = ዘይርአ መቆጻጸሪ ኣንፈት ጽሑፍ ({ $codepoint }) ነቲ ኣብ ከባቢኡ ዘሎ ጽሑፍ ክዘባርቖ ይኽእል። ሰርዝዎ፦ ሰላማ ንኣስማትን ቁጽርታትን ባዕሉ ብቕኑዕ ስርዓት የቐምጦም።
l10n-problem-bidi-mark = ዘይርአ ምልክት ኣንፈት ጽሑፍ ({ $codepoint }) ተረኺቡ። ብፍላጥ እንተ ዘይወሰኽኩሞ ሰርዝዎ።
l10n-problem-identical-to-source = እዚ ምስቲ እንግሊዝኛ ጽሑፍ ሓደ እዩ። ተተርጒሙ ድዩ?
l10n-problem-bare-phone-number = ቁጽሪ ተሌፎን { $number } ከም ተራ ጽሑፍ እዩ ተጻሒፉ፣ ስለዚ ካብ የማን ናብ ጸጋም ዝጽሓፍ ጽሑፍ ክፋላቱ ብዘይቅኑዕ ስርዓት የርእዮ። ከምዚ ጽሓፍዎ፦ { "{" } PHONE("{ $number }") { "}" }።

# $locales ክንደይ ቋንቋታት ከም ዝተመርመሩ እዩ።
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] { $locales } ቋንቋ ተመርሚሩ፦ ጌጋ የለን
               *[other] { $locales } ቋንቋታት ተመርሚሮም፦ ጌጋ የለን
            }
        [one] { $locales ->
                [one] { $locales } ቋንቋ ተመርሚሩ፦ { $errors } ጌጋ
               *[other] { $locales } ቋንቋታት ተመርሚሮም፦ { $errors } ጌጋ
            }
       *[other] { $locales ->
                [one] { $locales } ቋንቋ ተመርሚሩ፦ { $errors } ጌጋታት
               *[other] { $locales } ቋንቋታት ተመርሚሮም፦ { $errors } ጌጋታት
            }
    }፣ { $warnings ->
        [0] መጠንቀቕታ የለን።
        [one] { $warnings } መጠንቀቕታ።
       *[other] { $warnings } መጠንቀቕታታት።
    }

## salama l10n status፦ ሰንጠረዥ፣ ነፍሲ ወከፍ ቋንቋ ኣብ ሓደ መስመር፣ ከምኡ ድማ ቻርት።

l10n-status-locale = ቋንቋ
l10n-status-messages = መልእኽትታት
l10n-status-translated = ዝተተርጎመ
l10n-status-words = ቃላት
l10n-status-review = ምርመራ
l10n-status-review-source = ምንጪ
l10n-status-review-machine-draft = ብማሽን ዝተዳለወ ንድፊ
l10n-status-review-native-reviewed = ቋንቋ ኣዲኡ ብዝኾነ ሰብ ተመርሚሩ
l10n-status-review-legally-reviewed = ብሕጋዊ መዳይ ተመርሚሩ
l10n-status-review-unknown = ኣብ locales.json የለን
l10n-status-chart-title = ሰላማ፦ ሽፋን ትርጉም
l10n-status-chart-note = ነፍሲ ወከፍ ዓንዲ ክንደይ ካብቶም እንግሊዝኛ መልእኽትታት ከም ዝተተርጎሙ የርኢ፤ ሕብሩ ድማ ኩነታት ምርመራ እዩ።
# $path እቲ ቻርት ዝተጻሕፈሉ ፋይል እዩ።
l10n-status-chart-written = እቲ ቻርት ኣብ { $path } ተጻሒፉ።

## ጸገማት ናይቲ ማህደር ባዕሉ።

l10n-error-no-folder = ኣብዚ ወይ ልዕሊኡ ማህደር ትርጉማት ኣይተረኽበን። ሓደ ሃቡ፦ salama l10n check <FOLDER>።
# $path እቲ ዝተዋህበ ማህደር እዩ።
l10n-error-no-source = { $path } ማህደር en የብሉን። ማህደር ትርጉማት ድዩ?
# $path ፋይል ወይ ማህደር እዩ።
l10n-error-unreadable = { $path } ክንበብ ኣይከኣለን።
l10n-error-not-utf8 = እዚ ፋይል ጽሑፍ UTF-8 ኣይኮነን።
