# Machine-assisted draft: not yet reviewed by a native speaker.

### መራኸቢ ኣፕሊኬሽናት ሰላማ፦ ምርጫታት፣ መምርሒታትን መፍለጥታትን።

app-name = ሰላማ
app-tagline = መሰላትኩም፣ ብዘይ ኢንተርነት፣ ብቋንቋኹም።
app-choose-language = ቋንቋኹም ምረጹ
app-menu-rights = መሰላትኩም ኣንብቡ
app-menu-search = ድለዩ
app-menu-language = ቋንቋ ቀይሩ
app-menu-quit = ውጹ
app-prompt-choice = ቁጽሪ ጽሓፉ፣ ድሕሪኡ «ኢንተር» ጠውቑ።
app-prompt-search = እትደልዩዎ ቃላት ጽሓፉ፣ ድሕሪኡ «ኢንተር» ጠውቑ።
app-prompt-continue = ንድሕሪት ንምምላስ «ኢንተር» ጠውቑ።
app-search-no-results = ዋላ ሓደ ኣይተረኽበን። ካልእ ቃል ፈትኑ።
# $count ዝተረኽቡ ጽሑፋት ቁጽሪ እዩ።
app-search-results =
    { $count ->
        [one] { $count } ጽሑፍ ተረኺቡ።
       *[other] { $count } ጽሑፋት ተረኺቦም።
    }
app-back = ንድሕሪት
app-invalid-choice = በጃኹም ካብቶም ዝረኣዩ ቁጽርታት ሓደ ጽሓፉ።
app-review-machine-draft = እዚ ትርጉም ብሓገዝ ማሽን እዩ ተዳልዩ፣ ገና ቋንቋ ኣዲኡ ብዝኾነ ሰብ ኣይተመርመረን።
app-review-native-reviewed = እዚ ትርጉም ቋንቋ ኣዲኡ ብዝኾነ ሰብ ተመርሚሩ እዩ።
app-review-legally-reviewed = እዚ ትርጉም ቋንቋ ኣዲኡ ብዝኾነን ፍልጠት ሕጊ ብዘለዎን ሰብ ተመርሚሩ እዩ።
notice-content-rebuilt = ኣብ ሰላማ ዝተዓቀበ ትሕዝቶ ተበላሽዩ ነይሩ፣ ብሓድሽ ድማ ተሰሪሑ ኣሎ። ማዕልታዊ መዝገብኩም ኣይተተንከፈን። ሓደስቲ ሓበሬታታት ኣብቲ ዝቕጽል ምትእስሳር እንደገና ክወርዱ እዮም።
