# Machine-assisted draft: not yet reviewed by a native speaker.

### የሰላማ መተግበሪያዎች ገጽታ፦ ምናሌዎች፣ መመሪያዎችና ማሳወቂያዎች።

app-name = ሰላማ
app-tagline = መብቶችዎ፣ ያለ ኢንተርኔት፣ በቋንቋዎ።
app-choose-language = ቋንቋዎን ይምረጡ
app-menu-rights = መብቶችዎን ያንብቡ
app-menu-search = ይፈልጉ
app-menu-language = ቋንቋ ይቀይሩ
app-menu-quit = ይውጡ
app-prompt-choice = ቁጥር ይጻፉ፣ ከዚያም «ኢንተር» የሚለውን ቁልፍ ይጫኑ።
app-prompt-search = የሚፈልጓቸውን ቃላት ይጻፉ፣ ከዚያም «ኢንተር» የሚለውን ቁልፍ ይጫኑ።
app-prompt-continue = ወደ ኋላ ለመመለስ «ኢንተር» የሚለውን ቁልፍ ይጫኑ።
app-search-no-results = ምንም አልተገኘም። ሌላ ቃል ይሞክሩ።
# $count የተገኙት ጽሑፎች ብዛት ነው።
app-search-results =
    { $count ->
        [one] { $count } ጽሑፍ ተገኝቷል።
       *[other] { $count } ጽሑፎች ተገኝተዋል።
    }
app-back = ወደ ኋላ
app-invalid-choice = እባክዎ ከሚታዩት ቁጥሮች አንዱን ይጻፉ።
app-review-machine-draft = ይህ ትርጉም በማሽን እገዛ የተሠራ ሲሆን ቋንቋው የአፍ መፍቻው በሆነ ሰው ገና አልተረጋገጠም።
app-review-native-reviewed = ይህ ትርጉም ቋንቋው የአፍ መፍቻው በሆነ ሰው ተረጋግጧል።
app-review-legally-reviewed = ይህ ትርጉም ቋንቋው የአፍ መፍቻው በሆነና የሕግ እውቀት ባለው ሰው ተረጋግጧል።
notice-content-rebuilt = በሰላማ ውስጥ የተቀመጠው ይዘት ተበላሽቶ ስለነበር እንደገና ተገንብቷል። የግል ማስታወሻ ደብተርዎ አልተነካም። ዝማኔዎች በሚቀጥለው ማመሳሰል ጊዜ እንደገና ይወርዳሉ።
