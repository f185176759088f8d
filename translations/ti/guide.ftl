# Machine-assisted draft: not yet reviewed by a native speaker.

### ምርመራ ኩነታት፦ ብዛዕባ እቲ ንኣንባቢ ዘጋጠሞ ሕቶታት፣ ከምኡ ድማ ክምልከቶ ዝኽእል።
### ሕቶታት ናይ መዓልታዊ ህይወት ኩነታት ይገልጹ፣ ሕጋዊ ምድባት ፈጺሞም ኣይኮኑን፦ ከምኡ ሓልዉዎም።
### ውጽኢታት ኣመላኸቲ እዮም፣ ውሳነታት ኣይኮኑን። ኣንባቢ «ግዳይ ኣይኮነን»፣ «ስደተኛ ኣይኮነን» ወይ ገለ ነገር
### «ኣይምልከቶን» ኢልኩም ፈጺምኩም ኣይትጽሓፉ።

## ገጻት

guide-title = ኩነታትኩም ፈትሹ
guide-intro = ብዛዕባ ዘጋጠመኩም ንገለ ሓጸርቲ ሕቶታት መልሱ። ድሕሪኡ ሰላማ ክሕልዉኹም ዝኽእሉ መሰላትን ክትሓቱዎ እትኽእሉ ዓይነታት ሓገዝን የርእየኩም። ንዝኾነ ሕቶ «ርግጸኛ ኣይኮንኩን» ወይ «ክገልጾ ኣይደልን እየ» ክትምልሱ ትኽእሉ ኢኹም።
guide-privacy = መልስታትኩም ኣይዕቀቡን። እናመለስኩም ከለኹም ጥራይ ኣብ ዝኽሪ ናይዚ ኣፕሊኬሽን ይጸንሑ፣ ነዚ ምርመራ ምስ ዓጸኹሞ ድማ ይጠፍኡ።
guide-result-title = ክምልከተኩም ዝኽእል
guide-result-articles = ክምልከቱኹም ዝኽእሉ መሰላትኩም፣ እቲ ዝያዳ ህጹጽ ቅድም
guide-result-needs = ክትሓቱዎ እትኽእሉ ሓገዝ
guide-result-notes = ኣገዳሲ
# $number ክሳብ ሕጂ ዝተመለሱ ሕቶታት ቁጽሪ እዩ፣ እዚ ሕቶ እውን ተደሚሩ። $total ክህሉ ዝኽእል ዝለዓለ ቁጽሪ ሕቶታት እዩ፣ ኣብ መልስታት ዝምርኮስ።
guide-progress = ሕቶ { $number } ካብ እንተ በዝሐ { $total }

## መልስታት

guide-answer-yes = እወ
guide-answer-no = ኣይፋል
guide-answer-not-sure = ርግጸኛ ኣይኮንኩን
guide-answer-prefer-not-to-say = ክገልጾ ኣይደልን እየ

## ሕቶታት
## ነፍሲ ወከፍ ሕቶ መብርሂ ክህልዎ ይኽእል፦ ኣብ ትሕቲኡ ዝርአ ኣብነታት ወይ መግለጺ።

guide-question-danger = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
guide-question-danger-hint = ንኣብነት፣ ሓደ ሰብ ይጎድኣኩም ወይ ክጎድኣኩም የፈራርሓኩም ኣሎ፣ ተዓጺኹም ኣለኹም፣ ወይ ኣብ ባሕሪ ወይ ማይ ኣብ ዘይብሉ ቦታ ጠፊእኩም ኣለኹም።
guide-question-fear-return = ናብ ሃገርኩም እንተ ተመሊስኩም፣ ከቢድ ጉድኣት ከይበጽሓኩም ትፈርሁ ዶ?
guide-question-fear-return-hint = ንኣብነት ብሰንኪ ውግእ ወይ ዓመጽ፣ ብሰንኪ መንነትኩም ወይ እምነትኩም፣ ወይ ብሰንኪ ክጎድኡኹም ዝደልዩ ሰባት።
guide-question-crossed-border = ብዘይ ቪዛ፣ ወይ ብመቆጻጸሪ ዶብ ከይሓለፍኩም፣ ዶብ ሰጊርኩም ዶ?
guide-question-crossed-border-hint = ንኣብነት ብእግሪ ብግራውቲ ወይ ብጎቦታት፣ ኣብ መኪና ተሓቢእኩም፣ ወይ ብጃልባ።
guide-question-paid-crossing = ዶብ ክትሰግሩ ምእንቲ ክሕግዘኩም፣ ንሓደ ሰብ ከፊልኩም ዶ፣ ወይ ድሒርኩም ክትከፍሉዎ ተሰማሚዕኩም ዶ?
guide-question-owe-money = ነቶም ናብዚ ዘምጽኡኹም ሰባት፣ ወይ ነቶም እትሰርሑሎም ሰባት፣ ዕዳ ገንዘብ ኣለኩም ዶ?
guide-question-debt-control = ነቲ ዕዳ ብኸመይ ከም እትመልሱዎ ንሳቶም ድዮም ዝውስኑ? ንኣብነት፣ ደሞዝኩም ይሕዙ፣ ሓደስቲ ወጻኢታት ይውስኹ፣ ወይ እቲ ዘለኩም ዕዳ ፈጺሙ ኣይንኪን።
guide-question-documents-taken = ሓደ ሰብ ፓስፖርትኩም ወይ መንነት ወረቐትኩም ወሲዱ ዶ፣ ወይ ሒዙዎ ክመልሰልኩም ኣብዩ ዶ?
guide-question-work = ካብ ዓድኹም ድሕሪ ምውጻእኩም፣ ንሓደ ሰብ ሰሪሕኩም ዶ፣ ወይ ስራሕ ክትረኽቡ ተመባጺዑልኩም ነይሩ ዶ?
guide-question-work-hint = ዝኾነ ዓይነት ስራሕ ይቑጸር፣ ዝኽፈሎ ይኹን ዘይኽፈሎ፦ ንኣብነት ኣብ ገዛ፣ ኣብ ሕርሻ፣ ኣብ ፋብሪካ፣ ኣብ ቤት መግቢ፣ ወይ ጾታዊ ርክብ ብገንዘብ ምሻጥ።
guide-question-job-deception = እቲ ስራሕ፣ እቲ ደሞዝ ወይ ኩነታት ስራሕ ካብቲ ዝተመባጽዓልኩም ኣዝዩ ዝተፈልየ ነይሩ ዶ?
guide-question-pay-withheld = ሓደ ሰብ ደሞዝኩም ይሕዞ ዶ፣ ወይ ካብቲ ዝሰራሕኩምሉ ኣዝዩ ዝወሓደ ይኸፍለኩም ዶ?
guide-question-conditions = ብዘይ ዕረፍቲ ኣዝዩ ነዊሕ ሰዓታት ክትሰርሑ ትግደዱ ዶ፣ ወይ ውሑስ ኣብ ዘይኮነ ወይ ዘሕፍር ቦታ ትነብሩ ወይ ትሰርሑ ዶ?
guide-question-movement = ካብቲ እትሰርሑሉ ወይ እትነብሩሉ ቦታ ከይትወጹ፣ ወይ ምስ ስድራኹም ወይ ምስ ካልኦት ሰባት ከይትራኸቡ ይኽልክሉኹም ዶ?
guide-question-vulnerability = ሓደ ሰብ ንኩነታትኩም ተጠቒሙ ይቆጻጸረኩም ዶ?
guide-question-vulnerability-hint = ንኣብነት ሰነድ ስለ ዘይብልኩም፣ ነቲ ቋንቋ ስለ ዘይትዛረቡ፣ ወይ ንመግብን መደቀሲ ቦታን ኣብኦም ስለ እትምርኮሱ።
guide-question-threats = እቶም ዘምጽኡኹም ሰባት፣ ወይ እቶም እትሰርሑሎም ሰባት፣ ንኣኹም ወይ ንስድራኹም የፈራርሑ ዶ?
guide-question-threats-hint = ንኣብነት፣ ንኣኹም ወይ ንስድራኹም ክጎድኡ፣ ንፖሊስ ብዛዕባኹም ክነግሩ፣ ወይ ከም እትስጎጉ ክገብሩ እዮም ይብሉ።
guide-question-violence = ካብ ዓድኹም ድሕሪ ምውጻእኩም፣ ዝኾነ ሰብ ወቒዑኩም፣ ጎዲኡኩም፣ ወይ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትፍጽሙ ኣገዲዱኩም ዶ?
guide-question-forced-crime = ኣንጻር ሕጊ ዝኾነ ነገር ክትገብሩ ተገዲድኩም ዶ?
guide-question-forced-crime-hint = ንኣብነት፣ ዕጽ ኣደንዛዚ ክትተኽሉ ወይ ክትስከሙ፣ ክትሰርቁ፣ ክትልምኑ፣ ወይ ናይ ሓሶት ሰነድ ክትጥቀሙ።
guide-question-under-18 = ዕድሜኹም ትሕቲ 18 ዓመት ድዩ?
guide-question-under-18-hint = ልክዕ ዕድሜኹም እንተ ዘይፈሊጥኩም፣ «ርግጸኛ ኣይኮንኩን» ኢልኩም መልሱ።
guide-question-alone = ብዘይ ወለድኹም፣ ብዘይ ካልእ ካብ ስድራኹም ዝኾነ ዝከናኸነኩም ዓቢ ሰብ እውን፣ ትጓዓዙ ወይ ትነብሩ ኣለኹም ዶ?
guide-question-detained = ሕጂ ብፖሊስ ተታሒዝኩም ወይ ኣብ ዕጹው ቦታ ኣለኹም ዶ፣ ወይ ተኣሲርኩም ነይርኩም ዶ?
guide-question-detained-hint = ንኣብነት ኣብ ጣቢያ ፖሊስ፣ ኣብ ቤት ማእሰርቲ፣ ወይ ኣብ ዕጹው ማእከል ፈለስቲ።

## ሓደ ጽሑፍ ስለምንታይ ክምልከተኩም ከም ዝኽእል
## ሓደ ሕጊ ንዘርእዮ ነፍሲ ወከፍ ጽሑፍ ሓደ ወይ ክልተ ሓረጋት። «ይኽእል»፦ እዚኣቶም ኣመላኸቲ እዮም፣ ውሳነታት ኣይኮኑን።

guide-why-child-alone-children = ዕድሜኹም ትሕቲ 18 ክኸውን ይኽእል፣ ምሳኹም ድማ ካብ ስድራኹም ዓቢ ሰብ የለን ክኸውን ይኽእል። በይኖም ዘለዉ ቆልዑ ሓላዊ፣ ተወሳኺ ሓለዋ፣ ከምኡ ድማ ስድራኦም ንምርካብ ሓገዝ ናይ ምርካብ መሰል ኣለዎም።
guide-why-child-children = ዕድሜኹም ትሕቲ 18 ክኸውን ይኽእል። ቆልዑ ሰነዶም ብዘየገድስ ተወሳኺ ሓለዋ ኣለዎም፣ ዝበለጸ ረብሓኦም ድማ ቀዳምነት ክወሃቦ ኣለዎ።
guide-why-detained-detention = ተታሒዝኩም ወይ ተኣሲርኩም ክትኮኑ ትኽእሉ ኢኹም። ሕጂ እውን መሰላት ኣለኩም፦ ዑቕባ፣ ተርጓሚን ጠበቓን ክትሓቱ ትኽእሉ ኢኹም።
guide-why-child-trafficking-trafficking-protection = ዕድሜኹም ትሕቲ 18 ክኸውን ይኽእል፣ ገለ ካብ መልስታትኩም ድማ ምልክታት ሓደጋ ምምዝማዝ እዮም። ንቆልዑ፣ ዋላ ብዘይ ሓይሊ ወይ ሓሶት እዚ ንግዲ ደቂ ሰባት ክኸውን ይኽእል እዩ፣ ግዳይ ክትኮኑ ስለ እትኽእሉ ድማ ሓለዋ ክትረኽቡ ትኽእሉ ኢኹም።
guide-why-child-trafficking-smuggling-or-trafficking = ገለ ካብ መልስታትኩም፣ ጉዕዞኹም ወይ ስራሕኩም ናብ ምምዝማዝ ከም ዝተቐየረ ዘርእዩ ምልክታት ሓደጋ እዮም። ንቆልዑ፣ ዋላ ብዘይ ሓይሊ፣ ምፍርራሕ ወይ ሓሶት ንግዲ ደቂ ሰባት ክኸውን ይኽእል እዩ።
guide-why-trafficking-trafficking-protection = ገለ ካብ መልስታትኩም ምልክታት ሓደጋ ንግዲ ደቂ ሰባት ወይ ናይ ግዲ ስራሕ እዮም። ዋላ ገና ዝኾነ ነገር ከይተረጋገጸ፣ ግዳይ ምዃንኩም ክምርመር ክትሓቱን ሓገዝ ክትረኽቡን ትኽእሉ ኢኹም።
guide-why-trafficking-asylum-and-trafficking = ምልክታት ንግዲ ደቂ ሰባት ስለ ዘለዉ፣ ብሓደ ግዜ ከም ግዳይ ንግዲ ደቂ ሰባትን ከም ስደተኛን መሰላት ክህልወኩም ይኽእል። ክትመርጹ ኣየድልየኩምን።
guide-why-forced-crime-non-punishment = ሕጊ ክትጥሕሱ ተገዲድኩም ክትኮኑ ትኽእሉ ኢኹም። ሓደ ሰብ እንተ ኣገዲዱኩም፣ ሰበ ስልጣን ክትገብሩዎ ብዝተገደድኩም ነገር ከይቐጽዑኹም ክውስኑ ይኽእሉ እዮም።
guide-why-exploited-rules-broken-non-punishment = ሓደ ሰብ ከም ዝመዝመዘኩም ዘርእዩ ምልክታት ኣለዉ። ብሰንኪ እዚ ሕግታት እንተ ጠሓስኩም፣ ንኣብነት ብዛዕባ ዶብ፣ ሰነዳት ወይ ስራሕ፣ ሰበ ስልጣን ከይቐጽዑኹም ክውስኑ ይኽእሉ እዮም።
guide-why-smuggled-exploited-smuggling-or-trafficking = ዶብ ክትሰግሩ ንሓደ ሰብ ከፊልኩም ክትኮኑ ትኽእሉ ኢኹም፣ ገለ ካብ መልስታትኩም ድማ ምስግጋር ናብ ንግዲ ደቂ ሰባት ከም ዝተቐየረ ዘርእዩ ምልክታት ሓደጋ እዮም።
guide-why-fear-return-non-refoulement = እንተ ተመሊስኩም ከቢድ ጉድኣት ከጋጥመኩም ይኽእል። ሓንቲ ሃገር ንዝኾነ ሰብ ምስጓጕ፣ ስቅያት ወይ ካልእ ከቢድ ጉድኣት ናብ ዘጋጥሞ ቦታ ክትሰዶ የብላን።
guide-why-fear-return-asylum = ምምላስ ክትፈርሁ ትኽእሉ ኢኹም። ዑቕባ ምሕታት፣ ሓንቲ ሃገር ሓለዋኣ የድልየኩም እንተ ኾይኑ እትምርምረሉ መንገዲ እዩ፣ ዋላ ብዘይ ሰነድ እንተ መጺእኩም።
guide-why-smuggled-smuggled-not-criminal = ኣሰጋጋሪ ተጠቒምኩም ክትኮኑ ትኽእሉ ኢኹም። ብመሰረት ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ምስግጋር ፈለስቲ፣ ብኣሰጋጋሪ ስለ ዝሰገርኩም ጥራይ ክትክሰሱ የብልኩምን፦ ገበን ዝፍጽም እቲ ኣሰጋጋሪ እዩ።

## ዓይነታት ሓገዝ

guide-need-emergency = ሕጂ ህጹጽ ረድኤት፦ ፖሊስ፣ ኣምቡላንስ ወይ መጥፋእቲ ሓዊ
guide-need-child-protection = ሓለዋን ደገፍን ንቆልዑ
guide-need-trafficking = ሓገዝ ንዝተመዝመዙ ሰባት ወይ ንግዳያት ንግዲ ደቂ ሰባት
guide-need-gender-based-violence = ሓገዝ ድሕሪ ጾታዊ ዓመጽ ወይ ብሰንኪ ጾታ ዝወርድ ዓመጽ
guide-need-medical = ሕክምናዊ ክንክን
guide-need-shelter = ውሑስ መጽንሒ ቦታ
guide-need-asylum-legal-aid = ብዛዕባ ዑቕባን ሰነዳትኩምን ሕጋዊ ምኽሪ
guide-need-labour-rights = ሓገዝ ብዛዕባ ስራሕ፣ ደሞዝን ኩነታት ስራሕን
guide-need-missing-persons = ስድራኹም ንምርካብ ሓገዝ

## ምስ ውጽኢት ዝርኣያ መዘኻኸሪታት

# 112 ኣብ ኤውሮጳ ቁጽሪ ህጹጽ ረድኤት እዩ። ነቲ ቁጽሪ ከም ዘለዎ ሓልዉዎ።
guide-note-emergency-now = ሕጂ ሓገዝ ርኸቡ። ኣብ ኤውሮጳ፣ ንፖሊስ፣ ንኣምቡላንስ ወይ ንመጥፋእቲ ሓዊ ናብ 112 ደውሉ። እቲ ደወል ብነጻ እዩ። ኣብ ብዙሓት ሞባይል ተሌፎናት፣ 112 ኣብ ካልኦት ሃገራት እውን ይሰርሕ።
guide-note-when-safe = ውሑሳት ምስ ኮንኩም፣ ክሕልዉኹም ዝኽእሉ ኩሎም መሰላት ንምርኣይ፣ ተመሊስኩም ነቶም ካልኦት ሕቶታት ክትምልሱ ትኽእሉ ኢኹም።
# 112 ኣብ ኤውሮጳ ቁጽሪ ህጹጽ ረድኤት እዩ። ነቲ ቁጽሪ ከም ዘለዎ ሓልዉዎ።
guide-note-emergency-if-needed = ኣብ ዝኾነ ግዜ ኣብ ሓደጋ እንተ ሃሊኹም፣ ኣብ ኤውሮጳ ናብ 112 ደውሉ። እቲ ደወል ብነጻ እዩ።
guide-note-both-together = ዑቕባን ከም ግዳይ ንግዲ ደቂ ሰባት ዝወሃብ ሓለዋን ክልቲኦም ብሓደ ግዜ ክምልከቱኹም ይኽእሉ። ንኽልቲኦም ክትሓቱ ትኽእሉ ኢኹም። ንሓደ እንተ ሓተትኩም፣ ኣብቲ ካልእ ዘለኩም መሰል ኣይጠፍእን።
guide-note-skipped = ንገለ ሕቶታት ዘይምምላስ መሪጽኩም። እዚ ጸገም የብሉን። ምስቶም ሕቶታት ዝተኣሳሰሩ መሰላት ሕጂ እውን ክሕልዉኹም ይኽእሉ እዮም፦ ኣብ ቤት መጻሕፍቲ መሰላት ነፍሲ ወከፍ ጽሑፍ ከተንብቡ ትኽእሉ ኢኹም።
guide-note-nothing-specific = መልስታትኩም ናብ ሓደ ካብቶም ኣብዚ ምርመራ ዘለዉ ኩነታት ኣየመልክቱን። እዚ ብዛዕባኹም ዝተወሰነ ውሳነ ኣይኮነን። መሰላት ሕጂ እውን ክሕልዉኹም ይኽእሉ እዮም፦ ቤት መጻሕፍቲ መሰላት ኣንብቡ፣ ወይ ምስ እሙን ትካል ተዛረቡ።
guide-note-clues = እዞም ውጽኢታት ኣመላኸቲ እዮም፣ ውሳነታት ኣይኮኑን። ብዛዕባ ሓደ ጉዳይ ዝውስኑ ሰበ ስልጣንን ቤታት ፍርድን ጥራይ እዮም፣ ካልኦት መሰላት እውን ክሕልዉኹም ይኽእሉ እዮም። እዚ ሓፈሻዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን። ጠበቓ ወይ እሙን ትካል ንምሉእ ኩነታትኩም ክርእዩ ይኽእሉ እዮም።

## Where the reader is
guide-country-question = ሕጂ ኣብ ኣየናይ ሃገር ኢኹም ዘለኹም? ሽዑ ሰላማ ናይ ኣብኡ መስመራት ሓገዝ ከርእየኩም ይኽእል።
guide-country-other = ካልእ ሃገር፣ ወይ ነዚ ሕቶ ሕለፉዎ
guide-result-helplines-in = ኣብ { $country } ዘለዉ መስመራት ሓገዝ
guide-result-no-helplines = ሰላማ ገና ናይ { $country } መስመራት ሓገዝ የብሉን።

## Keeping the result
guide-save-offer = ነዚ ውጽኢት ኣብቲ ብምስጢራዊ ኮድ ዝተዓቀበ ማዕልታዊ መዝገብኩም ክትዕቅቡዎ ትደልዩ ዶ? እቲ ውጽኢት ጥራይ እዩ ዝዕቀብ፣ መልስታትኩም ኣይኮነን።
guide-save-yes = እወ፣ ኣብ ማዕልታዊ መዝገበይ ዓቅቦ
guide-save-no = ኣይፋል፣ ኣይትዕቀቦ
guide-saved = እቲ ውጽኢት ኣብ ማዕልታዊ መዝገብኩም ተዓቂቡ።
guide-save-no-diary = ገና ማዕልታዊ መዝገብ የብልኩምን። ንምፍጣሩ ነዚ ትእዛዝ ኣካይዱ፦ salama diary init
guide-error-unfinished = እቶም መልስታት ቅድሚ መወዳእታ ናይቲ ምርመራ ይውድኡ። ነቲ ዝቕጽል ሕቶ እውን መልሱ፦ { $question }። ዝኾነ ሕቶ ብ prefer-not-to-say ክምለስ ይኽእል።

## Countries
guide-country-al = ኣልባንያ
guide-country-ch = ስዊዘርላንድ
guide-country-de = ጀርመን
guide-country-gb = ዓባይ ብሪጣንያ
guide-country-gr = ግሪኽ
guide-country-it = ኢጣልያ
guide-country-ly = ሊብያ
guide-country-mx = ሜክሲኮ
guide-country-rs = ሰርብያ
guide-country-tr = ቱርኪ
guide-country-us = ሕቡራት መንግስታት ኣመሪካ
