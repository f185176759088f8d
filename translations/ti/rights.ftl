# Machine-assisted draft: not yet reviewed by a native speaker.
# ጽሑፋት መሰላት፦ ትርጉም ትግርኛ።
# ቀሊል ቋንቋ ንኹሎም ኣንበብቲ፣ ብዙሕ ትምህርቲ ዘይብሎም እውን።
# ሓጺር ምሉኣት ሓረጋት ተጠቐሙ። ነፍሲ ወከፍ መግለጺ ሕጋዊ ቃል ሓልዉ።
# እዚ ሓፈሻዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።

## ሓባራዊ

# ኣብ ላዕሊ ነፍሲ ወከፍ ጽሑፍ መሰላት ዝርአ።
rights-notice = እዚ ሓፈሻዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን። ሕግታትን ኣሰራርሓን ካብ ሃገር ናብ ሃገር ይፈላለ፣ ኩለን ሃገራት ድማ ኣብ ኩሎም ውዕላት ኣይኣተዋን። ብዛዕባ ናይ ገዛእ ርእስኹም ጉዳይ ንጠበቓ ወይ ንእሙን ትካል ሕተቱ።
rights-steps-heading = ክትገብሩዎ እትኽእሉ
rights-sources-heading = ሕጋዊ መሰረት
# $date ሓደ ሰብ ነዚ ጽሑፍ ንመወዳእታ ግዜ ዝመርመረሉ ዕለት እዩ።
rights-reviewed = ናይ መወዳእታ ምርመራ፦ { $date }
# $instrument ስም ሕጊ ወይ ውዕል እዩ (ኣብ ታሕቲ ዘለዉ rights-instrument- መልእኽትታት ርኣዩ)። $article ቁጽሪ ዓንቀጽ እዩ፣ ንኣብነት 33(1)።
rights-source-article = { $instrument }፣ ዓንቀጽ { $article }
# $instrument ስም መምርሒ ሰነድ እዩ። $paragraph ቁጽሪ ሓረግ እዩ፣ ንኣብነት 31።
rights-source-paragraph = { $instrument }፣ ሓረግ { $paragraph }

## ኣስማት ሕግታትን ውዕላትን
## ኣብ ቋንቋኹም ወግዓዊ ስም እንተሎ፣ ነቲ ወግዓዊ ስም ተጠቐሙ።

rights-instrument-refugee-convention = ናይ 1951 ውዕል ስደተኛታት
rights-instrument-cat = ውዕል ሕቡራት ሃገራት ኣንጻር ስቅያት
rights-instrument-echr = ኤውሮጳዊ ውዕል ሰብኣዊ መሰላት
rights-instrument-eu-charter = ቻርተር መሰረታዊ መሰላት ሕብረት ኤውሮጳ
rights-instrument-udhr = ዓለምለኻዊ ኣዋጅ ሰብኣዊ መሰላት
rights-instrument-smuggling-protocol = ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ምስግጋር ፈለስቲ
rights-instrument-trafficking-protocol = ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ንግዲ ደቂ ሰባት
rights-instrument-coe-trafficking-convention = ውዕል ባይቶ ኤውሮጳ ንምቅላስ ንግዲ ደቂ ሰባት
rights-instrument-eu-anti-trafficking-directive = መምርሒ ሕብረት ኤውሮጳ ኣንጻር ንግዲ ደቂ ሰባት (2011/36/EU)
rights-instrument-eu-procedures-regulation = ደንቢ ሕብረት ኤውሮጳ ብዛዕባ ኣሰራርሓ ዑቕባ (2024/1348)
rights-instrument-crc = ውዕል ሕቡራት ሃገራት ብዛዕባ መሰላት ህጻናት
rights-instrument-eu-procedures-directive = መምርሒ ሕብረት ኤውሮጳ ብዛዕባ ኣሰራርሓ ዑቕባ (2013/32/EU፣ ካብ 12 ሰነ 2026 ብሓድሽ ሕጊ ተተኪኡ)
rights-instrument-unhcr-gip-7 = መምርሒታት UNHCR ብዛዕባ ዓለምለኻዊ ሓለዋ ቁ. 7 (2006)
rights-instrument-unhcr-gip-14 = መምርሒታት UNHCR ብዛዕባ ዓለምለኻዊ ሓለዋ ቁ. 14 (2024)
rights-instrument-unhcr-roundtable-2001 = ኣኼባ ክኢላታት UNHCR ብዛዕባ ዘይምምላስ (non-refoulement) (2001)፦ መደምደምታታት
rights-instrument-cat-gc-4 = ኮሚቴ ሕቡራት ሃገራት ኣንጻር ስቅያት፣ ሓፈሻዊ ርእይቶ ቁ. 4 (2017)
rights-instrument-crc-gc-6 = ኮሚቴ ሕቡራት ሃገራት ብዛዕባ መሰላት ህጻናት፣ ሓፈሻዊ ርእይቶ ቁ. 6 (2005)
rights-instrument-cmw-crc-joint-gc = ኮሚቴታት ሕቡራት ሃገራት ብዛዕባ ፈለስቲ ሰራሕተኛታትን መሰላት ህጻናትን፣ ሓባራዊ ሓፈሻዊ ርእይቶ ቁ. 4ን ቁ. 23ን (2017)
rights-instrument-un-report-a-79-213 = ጸብጻብ ሕቡራት ሃገራት A/79/213 (2024)
rights-instrument-osce-non-punishment = ፍሉይ ወኪል OSCE ብዛዕባ ንግዲ ደቂ ሰባት፦ ግዳያት ከይቅጽዑ ዝምልከት ምኽርታት (2013)
rights-instrument-ilo-forced-labour-indicators = ምልክታት ናይ ግዲ ስራሕ ናይ ኣህጉራዊ ውድብ ስራሕ (ILO) (2012)
rights-instrument-unodc-iom-smuggling-trafficking = UNODCን IOMን፦ ፍልልያት ምስግጋር ፈለስትን ንግዲ ደቂ ሰባትን
rights-instrument-unodc-module-definitions = ናይ ዩኒቨርሲቲ ትምህርቲ UNODC፦ ሕጋዊ ትርጉማት ንግዲ ደቂ ሰባትን ምስግጋር ፈለስትን
rights-instrument-unodc-module-trafficking = ናይ ዩኒቨርሲቲ ትምህርቲ UNODC፦ ንግዲ ደቂ ሰባት
rights-instrument-ecthr-vcl-an = ኤውሮጳዊ ቤት ፍርዲ ሰብኣዊ መሰላት፣ ጉዳይ V.C.L. ከምኡ ድማ A.N. ኣንጻር ሕቡር ንጉሳዊ ግዝኣት

## ዑቕባ

rights-asylum-title = መሰል ሕቶ ዑቕባ
rights-asylum-summary = ዋላ ብዘይ ሰነድ እንተ መጻእኩም፣ ንኻልእ ሃገር ሓለዋ ክትሓቱ ትኽእሉ ኢኹም።

rights-asylum-right-heading = ሓለዋ ናይ ምሕታት መሰልኩም
rights-asylum-right-1 = ዑቕባ ሓንቲ ሃገር ኣብ ሃገሩ ውሑስ ዘይኮነ ሰብ እትህቦ ሓለዋ እዩ። ኩሉ ሰብ ካብ ምስጓጕ ዑቕባ ናይ ምሕታት መሰል ኣለዎ። እዚ ናይ ምሕታት መሰል እዩ፣ ክትረኽቡዎ ኢኹም ዝብል መብጽዓ ኣይኮነን።
rights-asylum-right-2 = ስደተኛ ማለት ካብ ሃገሩ ወጻኢ ዘሎ፣ ኣብኡ ምስጓጕ ከጋጥሞ እዩ ኢሉ ንኽፈርህ ሓቀኛ ምኽንያት ዘለዎ ሰብ እዩ። ምስጓጕ ማለት ብሰንኪ ዓሌትኩም፣ ሃይማኖትኩም፣ ዜግነትኩም፣ ፖለቲካዊ ርእይቶኹም ወይ ማሕበራዊ ጉጅለኹም ዝወርድ ከቢድ ጉድኣት እዩ።
rights-asylum-right-3 = ኣብ ሕብረት ኤውሮጳ፣ ቻርተር መሰረታዊ መሰላት ሕብረት ኤውሮጳ ድማ መሰል ዑቕባ የረጋግጽ።

rights-asylum-papers-heading = ብዘይ ሰነድ እንተ መጺእኩም
rights-asylum-papers-1 = ስደተኛታት ብዘይ ፍቓድ ናብ ሓንቲ ሃገር ብምእታዎም ወይ ኣብኣ ብምጽናሖም ክቕጽዑ የብሎምን። መቕጻዕቲ ማለት ንኣብነት ገንዘባዊ መቕጻዕቲ ወይ ቤት ማእሰርቲ እዩ።
rights-asylum-papers-2 = ሰለስተ ቅድመ ኩነታት ኣለዉ። ካብቲ ኣብ ሓደጋ ዝነበርኩምሉ ቦታ ብቐጥታ መጺእኩም። ብዘይ ምድንጓይ ናብ ሰበ ስልጣን ትኸዱ። በዚ መንገዲ ዝኣተኹምሉ ጽቡቕ ምኽንያት ክትህቡ ትኽእሉ።
# UNHCR ትካል ስደተኛታት ሕቡራት ሃገራት እዩ። ነቲ ስም UNHCR ሓልዉዎ።
rights-asylum-papers-3 = UNHCR፣ ትካል ስደተኛታት ሕቡራት ሃገራት፣ ኣብ 2024 ብዛዕባ እዚ መምርሒ ሂቡ። እዘን ሰለስተ ቅድመ ኩነታት እንተ ኣማሊእኩም፣ ብዘይ ሰነድ ስለ ዝኣተኹም ጥራይ ክትእሰሩ ኣይግባእን። ምእሳር ማለት ኣብ ዕጹው ቦታ ምሓዝ እዩ። ብሓገዝ ኣሰጋጋሪ ስለ ዝኣተኹም፣ ወይ ስድራኹም ብተመሳሳሊ መንገዲ ክኣትዉ ስለ ዝሓገዝኩም እውን ክትቕጽዑ ኣይግባእን።

rights-asylum-waiting-heading = ውሳነ ክትጽበዩ ከለኹም
rights-asylum-waiting-1 = ውሳነ ክትጽበዩ ከለኹም፣ ናብ ሓደጋ ክመልሱኹም የብሎምን።
rights-asylum-waiting-2 = ኣብ ሕብረት ኤውሮጳ፣ ሰብ መዚ ብዛዕባ ዑቕባ ናይ ምሕታት መሰልኩም ክነግሩኹም ኣለዎም። ብዛዕባ ገደብ ግዜ፣ መሰላትኩምን ግዴታታትኩምን፣ ከምኡ ድማ ብኸመይ ብነጻ ሕጋዊ ምኽሪ ክትረኽቡ ከም እትኽእሉ እውን ክነግሩኹም ኣለዎም።

# እቲ ኣብ ትእምርቲ ጥቕሲ ዘሎ ሓረግ እቲ ኣንባቢ ንሰብ መዚ ዝብሎ እዩ።
rights-asylum-step-1 = ንፖሊስ ወይ ንሰብ መዚ ዶብ ብንጹር ከምዚ በሉ፦ «ዑቕባ ክሓትት እደሊ እየ።»
rights-asylum-step-2 = ብዝተኻእለ መጠን ቀልጢፍኩም ናብ ሰበ ስልጣን ኪዱ።
rights-asylum-step-3 = ነቲ ቋንቋ ብጽቡቕ እንተ ዘይተረዲኡኩም፣ ተርጓሚ ሕተቱ።
rights-asylum-step-4 = ብነጻ ሕጋዊ ምኽሪ ሕተቱ፣ ወይ ምስ ጠበቓ ወይ ምስ እሙን ትካል ተራኸቡ።
rights-asylum-step-5 = ዘጋጠመኩም ምስ ዕለታቱ ጽሓፉ። ኣብዚ ኣፕሊኬሽን ዘሎ ዝተሸጎረ ማዕልታዊ መዝገብ ክትጥቀሙ ትኽእሉ ኢኹም።

## ናብ ሓደጋ ዘይምምላስ (ኖን-ሩፍልማን)

rights-non-refoulement-title = ናብ ሓደጋ ዘይምምላስ
rights-non-refoulement-summary = ሓንቲ ሃገር ምስጓጕ፣ ስቅያት ወይ ካልእ ከቢድ ጉድኣት ናብ ዘጋጥመኩም ቦታ ክትሰደኩም የብላን።

rights-non-refoulement-what-heading = ኖን-ሩፍልማን እንታይ ማለት እዩ
# «ኖን-ሩፍልማን» (non-refoulement) ኣብ ብዙሓት ቋንቋታት ዝጥቀሙሉ ፈረንሳዊ ሕጋዊ ቃል እዩ። ሓልዉዎ፣ ነቲ ድሕሪኡ ዘሎ መግለጺ እውን ሓልዉዎ።
rights-non-refoulement-what-1 = «ኖን-ሩፍልማን» (non-refoulement) ፈረንሳዊ ሕጋዊ ቃል እዩ። ሓንቲ ሃገር ናብ ከቢድ ሓደጋ ዘለዎ ቦታ መሊሳ ክትሰደኩም የብላን ማለት እዩ።
rights-non-refoulement-what-2 = ብመሰረት ውዕል ስደተኛታት፣ ንዝኾነ ስደተኛ ናብቲ ህይወቱ ወይ ናጽነቱ ኣብ ሓደጋ ዝወድቀሉ ቦታ ብዝኾነ መንገዲ ክመልሱዎ ኣይፍቀድን። እዚ ብሰንኪ መንነቶም ወይ ብሰንኪ እምነቶም ዝመጽእ ሓደጋ ይሽፍን።
rights-non-refoulement-what-3 = እዚ ከም ስደተኛ ወግዓዊ ፍልጠት ቅድሚ ምርካብኩም እውን ይሕልወኩም። ኣብ ዶብ ንድሕሪት ምምላስ፣ ወይ ብኻልእ ሃገር ኣቢልኩም ናብ ሓደጋ ምስዳድ እውን ይሽፍን።

rights-non-refoulement-torture-heading = ናብ ስቅያት ፈጺሙ ምስዳድ የለን
rights-non-refoulement-torture-1 = ውዕል ሕቡራት ሃገራት ኣንጻር ስቅያት ንስደተኛታት ጥራይ ዘይኮነስ ንኹሉ ሰብ ይሕሉ። ሓደ ሰብ ኣብ ሓንቲ ሃገር ክሳቐ ምዃኑ ንምእማን ጽኑዕ ምኽንያት እንተሎ፣ ናብታ ሃገር ክስደድ የብሉን።
rights-non-refoulement-torture-2 = እዚ ሕጊ ዋላ ሓንቲ ፍሉይ ኩነታት የብሉን፣ ገበን ንዝፈጸሙ ወይ ከም ሓደጋ ንዝርኣዩ ሰባት እውን ይምልከት። ብሓይሊ ንድሕሪት ምምላስ እውን ይሽፍን፣ ማለት ሰብ መዚ ኣብ ዶብ ወይ ኣብ ባሕሪ ንሰባት ብሓይሊ ንድሕሪት ክመልሱዎም ከለዉ።

rights-non-refoulement-europe-heading = ኣብ ኤውሮጳ
rights-non-refoulement-europe-1 = ኣብ ኤውሮጳ፣ ኤውሮጳዊ ውዕል ሰብኣዊ መሰላት እውን ንኹሉ ሰብ ይሕሉ። ዝኾነ ሰብ ናብ ሓቀኛ ሓደጋ ስቅያት ወይ ኢሰብኣዊ ወይ ዘዋርድ ኣተሓሕዛ ክስደድ የብሉን። እዚ ማለት ኣዝዩ ጨካን ወይ ዘሕፍር ኣተሓሕዛ እዩ። ዋላ ሓንቲ ፍሉይ ኩነታት የለን።
rights-non-refoulement-europe-2 = ኣብ ሕብረት ኤውሮጳ፣ ቻርተር ሕብረት ኤውሮጳ ብጅምላ ምስጓግ ይኽልክል። እዚ ማለት ጉዳይ ነፍሲ ወከፍ ሰብ ከይተረኣየ ንጉጅለ ሰባት ምስጓግ እዩ።

rights-non-refoulement-limits-heading = ክትፈልጡዎ ዘለኩም ገደባት
rights-non-refoulement-limits-1 = ውዕል ስደተኛታት ሓደ ጸቢብ ፍሉይ ኩነታት ኣለዎ። ንድሕንነት እታ ሃገር ሓደጋ ንዝኾኑ ሰባት እዩ። ብፍሉይ ከቢድ ገበን ተፈሪዶም ንሕብረተሰብ ሓደጋ ንዝኾኑ ሰባት እውን እዩ።
rights-non-refoulement-limits-2 = ኣብዚ እውን፣ ሰባት ናብ ስቅያት ምስዳድ ዝኽልክል ሕጊ ይሰርሕ እዩ። ነፍሲ ወከፍ ሓደጋ ጉዳይ ብጉዳይ ይምርመር፣ ስለዚ ብዛዕባ ዘጋጥመኩም ሓደጋ ኩሉ ንሰብ መዚ ንገሩ።

rights-non-refoulement-step-1 = ምምላስ ከም እትፈርሁን ስለምንታይን ንሰብ መዚ ብንጹር ንገሩ። ዑቕባ ክትሓቱ ከም እትደልዩ በሉ።
rights-non-refoulement-step-2 = ተርጓምን ጠበቓን ሕተቱ።
rights-non-refoulement-step-3 = ዘይተረድኣኩም ወረቐት ኣይትፈርሙ።
# 112 ኣብ ኤውሮጳ ቁጽሪ ህጹጽ ረድኤት እዩ። ነቲ ቁጽሪ ከም ዘለዎ ሓልዉዎ።
rights-non-refoulement-step-4 = ኣብ ኤውሮጳ፣ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 112 ደውሉ።

## ብኣሰጋጋሪ ዝሰገረ ሰብ ገበነኛ ኣይኮነን

rights-smuggled-not-criminal-title = ብኣሰጋጋሪ ዝሰገረ ሰብ ገበነኛ ኣይኮነን
rights-smuggled-not-criminal-summary = ብመሰረት ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ምስግጋር፣ ብኣሰጋጋሪ ስለ ዝሰገርኩም ጥራይ ክትክሰሱ የብልኩምን።

rights-smuggled-not-criminal-what-heading = ሕጊ እንታይ ይብል
rights-smuggled-not-criminal-what-1 = ምስግጋር ማለት ሓደ ሰብ ብገንዘብ ወይ ብኻልእ ረብሓ ብዘይ ሕጋዊ መንገዲ ዶብ ክትሰግሩ ክሕግዘኩም ከሎ እዩ። ገበን ዝፍጽም እቲ ኣሰጋጋሪ እዩ።
rights-smuggled-not-criminal-what-2 = ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ምስግጋር፣ ብኣሰጋጋሪ ስለ ዝሰገርኩም ጥራይ ብመሰረቱ ክትክሰሱ የብልኩምን ይብል። ምኽሳስ ማለት ኣብ ቤት ፍርዲ ብገበን ክሲ ምምስራት እዩ።
rights-smuggled-not-criminal-what-3 = እቲ ፕሮቶኮል ካብ ካልኦት መሰላትኩም ዋላ ሓደ ኣይወስድን። እዚ ከም ስደተኛ ዘለኩም መሰላትን ናብ ሓደጋ ካብ ምምላስ ዘለኩም ሓለዋን የጠቓልል። ብኣሰጋጋሪ ስለ ዝሰገርኩም ካብ ካልኦት ዝኸፍአ ኣተሓሕዛ ክግበረልኩም የብሉን።

rights-smuggled-not-criminal-safety-heading = ድሕንነትኩም
rights-smuggled-not-criminal-safety-1 = ሃገራት ህይወትኩም ንምሕላው፣ ከምኡ ድማ ካብ ስቅያት፣ ጨካን ኣተሓሕዛን ዓመጽን ንምሕላውኩም ስጉምቲ ክወስዳ ኣለወን። ህይወትኩም ወይ ድሕንነትኩም ኣብ ሓደጋ እንተሎ ክሕግዛኹም ኣለወን።
rights-smuggled-not-criminal-safety-2 = ንፍሉይ ድሌታት ደቂ ኣንስትዮን ህጻናትን ኣቓልቦ ክገብራ ኣለወን። እንተ ተኣሲርኩም፣ ብዛዕባ ምስ ቆንስላኹም ምርኻብ ቀልጢፉ ክሕበረኩም ኣለዎ። ቆንስላ ማለት ኣብ ወጻኢ ዘሎ ቤት ጽሕፈት መንግስቲ ሃገርኩም እዩ።

rights-smuggled-not-criminal-limits-heading = እዚ ዘይሽፍኖ
rights-smuggled-not-criminal-limits-1 = ብኻልእ ገበናት ግን ክትክሰሱ ትኽእሉ ኢኹም፣ ንኣብነት ካልኦት ሰባት ኣብ ምስግጋር ብምሕጋዝ።
rights-smuggled-not-criminal-limits-2 = እታ ሃገር ሕግታት ኢሚግሬሽን ክትጥቀም ትኽእል እያ፣ ንኣብነት ክትጸንሑ ትኽእሉ እንተ ኾንኩም ንምውሳን። ግን ሰባት ናብ ሓደጋ ምምላስ ዝኽልክሉ ሕግታት ይሰርሑ እዮም።

rights-smuggled-not-criminal-step-1 = ኣብ ኤውሮጳ፣ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ንኣብነት ኣብ ባሕሪ፣ ናብ 112 ደውሉ።
rights-smuggled-not-criminal-step-2 = ናብ ሃገርኩም ምምላስ እንተ ፈሪህኩም፣ ዑቕባ ክትሓቱ ከም እትደልዩ በሉ።
rights-smuggled-not-criminal-step-3 = ተርጓምን ጠበቓን ሕተቱ።
rights-smuggled-not-criminal-step-4 = እንተ ተኣሲርኩም፣ ብዛዕባ ምስ ቆንስላኹም ምርኻብ ክሕበረኩም ኣለዎ። ምስኡ ክትራኸቡ ግዴታ የብልኩምን፣ ንኣብነት ንመንግስቲ ሃገርኩም እንተ ፈሪህኩም።
rights-smuggled-not-criminal-step-5 = እቲ ኣሰጋጋሪ ሰነዳትኩም እንተ ወሲዱ፣ ተወሳኺ ዕዳ ኣለኩም እንተ ኢሉ፣ ወይ ብግዲ እንተ ኣሰሪሑኩም፣ እዚ ንግዲ ደቂ ሰባት ክኸውን ይኽእል እዩ። ካብ እሙን ትካል ሓገዝ ሕተቱ።

## ክትገብሩዎ ብዝተገደድኩም ነገር ዘይምቕጻዕ

rights-non-punishment-title = ክትገብሩዎ ብዝተገደድኩም ነገር ክትቕጽዑ የብልኩምን
rights-non-punishment-summary = ግዳይ ንግዲ ደቂ ሰባት ኮይንኩም ሕጊ ክትጥሕሱ እንተ ተገዲድኩም፣ ሰበ ስልጣን ከይቐጽዑኹም ክውስኑ ይኽእሉ እዮም።

rights-non-punishment-what-heading = ዘይምቕጻዕ እንታይ ማለት እዩ
rights-non-punishment-what-1 = ንግዲ ደቂ ሰባት ማለት ሰባት ብሓይሊ፣ ብምፍርራሕ ወይ ብሓሶት ተቖጻጺሮም ክምዝምዙኹም ከለዉ እዩ። ምምዝማዝ ማለት ንረብሓኦም ንኣኹም ምጥቃም እዩ፣ ንኣብነት ብናይ ግዲ ስራሕ ወይ ብጾታዊ ምዝመዛ።
rights-non-punishment-what-2 = ነጋዶ ደቂ ሰባት ሓደ ሓደ ግዜ ንግዳያት ሕጊ ክጥሕሱ የገድዱዎም። ኣብነታት፦ ናይ ሓሶት ሰነድ ምጥቃም፣ ካናቢስ (ሓሺሽ) ምትካል፣ ወይ ቆልዑ ክሰርቁ ምግባር። ዘይምቕጻዕ ማለት ግዳያት ክፍጽሙዎ ብዝተገደዱ ገበን ክቕጽዑ ኣይግባእን ማለት እዩ።

rights-non-punishment-europe-heading = ኣብ ኤውሮጳ ሕጊ እንታይ ይብል
rights-non-punishment-europe-1 = ኣብ ኤውሮጳ፣ ናብ ውዕል ባይቶ ኤውሮጳ ኣንጻር ንግዲ ደቂ ሰባት ዝተጸንበራ ሃገራት፣ ንግዳያት ክፍጽሙዎ ብዝተገደዱ ዘይሕጋዊ ተግባራት ከይቀጽዓ ዝኽእላሉ መንገዲ ክህልወን ኣለዎ። እዚ ዕድል ጥራይ እዩ። ንግዳያት ብቐጥታ ካብ መቕጻዕቲ ኣይሕልዎምን።
rights-non-punishment-europe-2 = ኣብ ሕብረት ኤውሮጳ፣ ሰበ ስልጣን ንግዳያት ከይከሰሱ ወይ ከይቀጽዑ ክኽእሉ ኣለዎም። እዚ ከም ቀጥታዊ ሳዕቤን ንግዲ ደቂ ሰባት ክፍጽሙዎ ንዝተገደዱ ገበናት እዩ። ኣብ ደንማርክ ኣይሰርሕን እዩ።
rights-non-punishment-europe-3 = ኤውሮጳዊ ቤት ፍርዲ ሰብኣዊ መሰላት፣ ሕቡር ንጉሳዊ ግዝኣት (ብሪጣንያ) ንኤውሮጳዊ ውዕል ሰብኣዊ መሰላት ከም ዝጠሓሰ ወሲኑ። ብሪጣንያ ንክልተ ግዳያት ንግዲ ደቂ ሰባት ዝኾኑ ቆልዑ ብገበናት ዕጽ ኣደንዛዚ ከሲሳ ነይራ።

rights-non-punishment-limits-heading = ብባዕሉ ዝወሃብ ኣይኮነን
rights-non-punishment-limits-1 = እዚ ሓለዋ ብባዕሉ ኣይወሃብን፣ ንኹሉ ገበን እውን ኣይሽፍንን። ሰበ ስልጣን ጉዳይ ብጉዳይ ይውስኑ።
# OSCE፦ ውድብ ድሕንነትን ምትሕብባርን ኣብ ኤውሮጳ። ነቲ ሓጺር ስም OSCE ሓልዉዎ።
rights-non-punishment-limits-2 = OSCE፣ ሓደ ኣህጉራዊ ውድብ፣ ንሃገራት ምኽሪ ይህብ። ከም ዝተገደድኩም ምልክታት እንተሃልዩ፣ ብሰንኪ እዞም ተግባራት ክትክሰሱ ወይ ክትእሰሩ ኣይግባእን። ብሰንኮም መሰል ምጽናሕኩም እውን ክትስእኑ ኣይግባእን። እዚ ምኽሪ ኣገዳዲ ሕጊ ኣይኮነን።

rights-non-punishment-step-1 = ነዚ ነገራት ክትገብሩ ከም ዝተገደድኩም ብዝተኻእለ መጠን ቀልጢፍኩም ንጠበቓኹም ንገሩ።
rights-non-punishment-step-2 = ግዳይ ንግዲ ደቂ ሰባት ምዃንኩም ክምርምሩ ንሰበ ስልጣን ሕተቱ።
rights-non-punishment-step-3 = ዛንታኹም ብቕኑዕ ምእንቲ ክርዳእ፣ ተርጓሚ ሕተቱ።
rights-non-punishment-step-4 = እንታይ ከም ዘጋጠመ፣ መን ከም ዘገደደኩምን መዓስን ጽሓፉ። ኣብዚ ኣፕሊኬሽን ዘሎ ዝተሸጎረ ማዕልታዊ መዝገብ ክትጥቀሙ ትኽእሉ ኢኹም።
rights-non-punishment-step-5 = ንግዳያት ንግዲ ደቂ ሰባት ዝሕግዝ እሙን ትካል ተራኸቡ።

## ምስግጋር ድዩ ንግዲ ደቂ ሰባት?

rights-smuggling-or-trafficking-title = ምስግጋር ድዩ ንግዲ ደቂ ሰባት?
rights-smuggling-or-trafficking-summary = ምስግጋርን ንግዲ ደቂ ሰባትን ብኸመይ ከም ዝፈላለዩ፣ ከምኡ ድማ ምስግጋር ናብ ንግዲ ደቂ ሰባት ከም ዝተቐየረ ዘርእዩ ምልክታት ሓደጋ።

rights-smuggling-or-trafficking-difference-heading = ፍልልዮም እንታይ እዩ?
rights-smuggling-or-trafficking-difference-1 = ምስግጋር፦ ነቲ ጉዕዞ ትሰማምዑ፣ ዶብ ከሳግረኩም ድማ ንሓደ ሰብ ትኸፍሉ። መብዛሕትኡ ግዜ ምስ በጻሕኩም ይውዳእ። ኣንጻር ሕግታት ዶብ ናይታ ሃገር ዝፍጸም ገበን እዩ።
rights-smuggling-or-trafficking-difference-2 = ንግዲ ደቂ ሰባት፦ ሓደ ሰብ ሓይሊ፣ ምፍርራሕ፣ ሓሶት ወይ ኣጸጋሚ ኩነታትኩም ተጠቒሙ ይቆጻጸረኩምን ይምዝምዘኩምን። ምምዝማዝ ማለት ንረብሓ ንኣኹም ምጥቃም እዩ፣ ንኣብነት ብናይ ግዲ ስራሕ፣ ብጾታዊ ምዝመዛ ወይ ኣካላት ሰብነትኩም ብምውጻእ። ኣብ ውሽጢ ሓንቲ ሃገር እውን ክፍጸም ይኽእል። ኣንጻርኩም ዝፍጸም ገበን እዩ።
rights-smuggling-or-trafficking-difference-3 = መጀመርታ እንተ ተሰማማዕኩም እውን፣ ንግዲ ደቂ ሰባት ክኸውን ይኽእል እዩ። ሓይሊ፣ ምፍርራሕ፣ ሓሶት ወይ ንኩነታትኩም ብግጉይ ምጥቃም እንተ ተገይሩ፣ ስምምዕኩም ኣይቑጸርን።

rights-smuggling-or-trafficking-signs-heading = ምስግጋር ናብ ንግዲ ደቂ ሰባት ክቕየር ከሎ
rights-smuggling-or-trafficking-signs-1 = ጉዕዞ ምስግጋር ናብ ንግዲ ደቂ ሰባት ክቕየር ይኽእል እዩ። ብኣሰጋጋሪ ዝሰገሩ ሰባት ኣብ ልዑል ሓደጋ እዮም ዘለዉ።
rights-smuggling-or-trafficking-signs-2 = ምልክታት ሓደጋ፦ እናወሰኸ ዝኸይድ ዕዳ ኣለኩም፣ ንምኽፋሉ ድማ ክትሰርሑ ትግደዱ። ሓደ ሰብ ፓስፖርትኩም ወይ መንነት ወረቐትኩም ሒዙዎ ኣሎ። ክትከዱ ናጻ ኣይኮንኩምን፣ ወይ ኣብ ዕጹው ቦታ ተዓጺኹም ኣለኹም።
rights-smuggling-or-trafficking-signs-3 = ካልኦት ምልክታት፦ ብውሑድ ደሞዝ ወይ ብዘይ ደሞዝ ትሰርሑ። ንስኹም ወይ ስድራኹም ምፍርራሕ ወይ ጉድኣት የጋጥመኩም። ምጭዋይ፣ ወይ ስድራኹም ተወሳኺ ገንዘብ ክሳብ ዝኸፍሉ ተታሒዝኩም ምጽናሕ፣ እውን ከቢድ ምልክት ሓደጋ እዩ።
# ኣህጉራዊ ውድብ ስራሕ (ILO) ትካል ሕቡራት ሃገራት እዩ።
rights-smuggling-or-trafficking-signs-4 = ኣህጉራዊ ውድብ ስራሕ ነቲ ናይ ግዲ ስራሕ ንምልላይ መብዛሕትኦም ካብዞም ምልክታት ይጥቀም። ሓደ ምልክት ጥራይ እኹል ክኸውን ይኽእል። ምልክታት ኣመላኸቲ እዮም፣ መርትዖ ኣይኮኑን።

rights-smuggling-or-trafficking-why-heading = ስለምንታይ ኣገዳሲ እዩ
rights-smuggling-or-trafficking-why-1 = ንዕድሚኦም ትሕቲ 18 ዝኾኑ ቆልዑ፣ ብዘይ ሓይሊ፣ ምፍርራሕ ወይ ሓሶት እውን ንግዲ ደቂ ሰባት ክኸውን ይኽእል እዩ።
rights-smuggling-or-trafficking-why-2 = ግዳያት ንግዲ ደቂ ሰባት ሓለዋን ሓገዝን ናይ ምርካብ ተወሳኺ መሰላት ኣለዎም። ብኣሰጋጋሪ ዝሰገሩ ሰባት እውን መሰላት ኣለዎም።

rights-smuggling-or-trafficking-step-1 = ኣብ ኤውሮጳ፣ ተዓጺኹም ወይ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 112 ደውሉ።
rights-smuggling-or-trafficking-step-2 = ዝከኣል እንተ ኾይኑ፣ ስእሊ ፓስፖርትኩም ወይ መንነት ወረቐትኩም ኣብቲ ኣብዚ ኣፕሊኬሽን ዘሎ ዝተሸጎረ ማዕልታዊ መዝገብ ዓቅቡ።
rights-smuggling-or-trafficking-step-3 = ክንደይ ከም ዝኸፈልኩም፣ ክንደይ ዕዳ ኣለኩም ከም ዝብሉ፣ ከምኡ ድማ ሰነዳትኩም ኣብ መን ከም ዘለዉ ጽሓፉ።
rights-smuggling-or-trafficking-step-4 = ምስ ንግዳያት ንግዲ ደቂ ሰባት ዝሕግዝ ትካል ተዛረቡ። ኩነታትኩም ክትርድኡ ክሕግዙኹም ይኽእሉ እዮም።

## ሓለዋ ንግዳያት ንግዲ ደቂ ሰባት

rights-trafficking-protection-title = ሓለዋ ንግዳያት ንግዲ ደቂ ሰባት
rights-trafficking-protection-summary = ግዳያት ንግዲ ደቂ ሰባት ብኸመይ ከም ዝልለዩ፣ ከምኡ ድማ ክረኽቡዎ ዝኽእሉ ሓገዝን መሰላትን።

rights-trafficking-protection-identification-heading = ከም ግዳይ ምልላይ
rights-trafficking-protection-identification-1 = ምልላይ ማለት ዝሰልጠኑ ሰራሕተኛታት ግዳይ ንግዲ ደቂ ሰባት ምዃንኩም ይምርምሩ ማለት እዩ። ኣብ ኤውሮጳ፣ ርትዓዊ ምኽንያታት እንተሃልዩ፣ እቲ ምርመራ ክሳብ ዝውዳእ ካብታ ሃገር ክትስደዱ የብልኩምን። ርትዓዊ ምኽንያታት ማለት ዋላ ገና ዝኾነ ነገር ከይተረጋገጸ ሓቀኛ ምልክታት ምህላው እዩ። ክሳብ ሽዑ፣ ሓገዝ ክትረኽቡ ኣለኩም።
rights-trafficking-protection-identification-2 = ኣብ ኤውሮጳ፣ ድሕሪኡ ንምሕዋይን ንምሕሳብን እንተ ወሓደ 30 መዓልታት ትረኽቡ። ክትጸንሑ ትኽእሉ፣ ክትስጎጉ የብልኩምን፣ ሓገዝ ድማ ትረኽቡ። ምስ ፖሊስ ክትሰርሑ እንተ ደሊኹም ብናጽነት ክትውስኑ ትኽእሉ ኢኹም።
rights-trafficking-protection-identification-3 = ሓንቲ ሃገር ብምኽንያት ሕዝባዊ ስርዓት ነዚ ግዜ ክትኣቢ ትኽእል እያ። ሓደ ሰብ ብዘይ ሓቂ ግዳይ እየ እንተ ኢሉ እውን ክትኣቢ ትኽእል እያ።

rights-trafficking-protection-help-heading = ብዘይ ቅድመ ኩነት ሓገዝ
rights-trafficking-protection-help-1 = ኣብ ኤውሮጳ፣ እንተ ወሓደ ውሑስ መንበሪ፣ ንምንባር ዝኸውን ደገፍ፣ ከምኡ ድማ ህጹጽ ሕክምናዊ ክንክን ክትረኽቡ ኣለኩም። ስነ-ኣእምሮኣዊ ሓገዝ፣ ተርጓሚ፣ ከምኡ ድማ ብዛዕባ መሰላትኩም ሓበሬታ እውን ክትረኽቡ ኣለኩም። ቆልዑ ናብ ቤት ትምህርቲ ክኸዱ ክኽእሉ ኣለዎም።
rights-trafficking-protection-help-2 = ኣብ ኤውሮጳ፣ እዚ ሓገዝ ምስ ፖሊስ ኣብ ምስራሕ ወይ ምስክር ኣብ ምዃን ዝተመርኮሰ ኣይኮነን። ክትሰማምዑሉ ኣለኩም፣ እንታይ ምዃኑ ድማ ክንገረኩም ኣለዎ።
rights-trafficking-protection-help-3 = ኣብ ምሉእ ዓለም፣ ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ንግዲ ደቂ ሰባት ሃገራት ተመሳሳሊ ሓገዝ ምሃብ ክሓስባሉ ይሓትት።

rights-trafficking-protection-stay-heading = ኣብታ ሃገር ምጽናሕ
rights-trafficking-protection-stay-1 = ኣብ ኤውሮጳ፣ ክሕደስ ዝኽእል ፍቓድ መንበሪ ክትረኽቡ ትኽእሉ ኢኹም። እዚ ኣብታ ሃገር ክትነብሩ ዘፍቅደልኩም ወረቐት እዩ። ነፍሲ ወከፍ ሃገር እዚ ፍቓድ ብሰንኪ ውልቃዊ ኩነታትኩም፣ ብሰንኪ ንፖሊስ ዝሃብኩሞ ሓገዝ፣ ወይ ብሰንኪ ክልቲኦም ትህቦ።
rights-trafficking-protection-stay-2 = እዚ ፍቓድ ዑቕባ ካብ ምሕታት ኣይዓግተኩምን። ኣብ ምሉእ ዓለም፣ ፕሮቶኮል ሕቡራት ሃገራት ሃገራት ንግዳያት ክጸንሑ ምፍቃድ ክሓስባሉ ይሓትት።

rights-trafficking-protection-justice-heading = ካሕሳን ናብ ዓድኹም ምምላስን
rights-trafficking-protection-justice-1 = ካሕሳ ማለት ንዝበጽሓኩም ጉድኣት ዝወሃብ ገንዘብ እዩ። ፕሮቶኮል ሕቡራት ሃገራት፣ ግዳያት ካሕሳ ዝረኽቡሉ መንገዲ ክህልዎም ኣለዎ ይብል። ኣብ ኤውሮጳ፣ ካብ ነጋዶ ደቂ ሰባት ካሕሳ ናይ ምርካብ መሰል ኣለኩም፣ ሃገራት ድማ ነዚ ንምውሓስ ክሕግዛ ኣለወን።
rights-trafficking-protection-justice-2 = ኣብ ኤውሮጳ፣ ሕጋዊ ሓገዝን ብነጻ ዝወሃብ ሕጋዊ ደገፍን ናይ ምርካብ መሰል እውን ኣለኩም። ሃገራዊ ሕግታት ነቲ ቅድመ ኩነታት ይውስኑ።
rights-trafficking-protection-justice-3 = ናብ ዓድኹም እንተ ተመሊስኩም፣ ምምላስኩም ውሑስን ክብረትኩም ዝሕሉን ክኸውን ኣለዎ። ዝከኣል እንተ ኾይኑ ናይ ገዛእ ርእስኹም ምርጫ ክኸውን ይግባእ። ኣብ ኤውሮጳ፣ ኣብኡ ክሕግዙኹም ዝኽእሉ ትካላት ኣድራሻ ክወሃበኩም ኣለዎ።

rights-trafficking-protection-step-1 = ግዳይ ንግዲ ደቂ ሰባት ክትኮኑ ከም እትኽእሉ ንፖሊስ፣ ንሰራሕተኛ ማሕበራዊ ጉዳይ ወይ ንትካል ኣንጻር ንግዲ ደቂ ሰባት ንገሩ።
rights-trafficking-protection-step-2 = ንምሕዋይን ንምሕሳብን ግዜ፣ ከምኡ ድማ ውሑስ መጽንሒ ቦታ ሕተቱ።
rights-trafficking-protection-step-3 = ተርጓምን ብነጻ ዝወሃብ ሕጋዊ ደገፍን ሕተቱ።
rights-trafficking-protection-step-4 = ምስ ፖሊስ ክትሰርሑ እንተ ደሊኹም ንምውሳን ግዜ ክትወስዱ ትኽእሉ ኢኹም።
rights-trafficking-protection-step-5 = ኣብ ኤውሮጳ፣ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 112 ደውሉ።

## ዑቕባን ንግዲ ደቂ ሰባትን፦ ክልቲኡ መሰላት

rights-asylum-and-trafficking-title = ዑቕባን ሓለዋ ግዳይ ንግዲ ደቂ ሰባትን፦ ንኽልቲኦም ክትረኽቡ ትኽእሉ ኢኹም
rights-asylum-and-trafficking-summary = ብሓደ ግዜ ዑቕባ ክትሓቱን ከም ግዳይ ንግዲ ደቂ ሰባት ሓለዋ ክትረኽቡን ትኽእሉ ኢኹም።

rights-asylum-and-trafficking-both-heading = ክትመርጹ ኣየድልየኩምን
rights-asylum-and-trafficking-both-1 = ብሓደ ግዜ ግዳይ ንግዲ ደቂ ሰባትን ስደተኛን ክትኮኑ ትኽእሉ ኢኹም። ክልቲኡ ዓይነት መሰላት ይምልከተኩም። ሓደ ክትመርጹ ኣየድልየኩምን።
rights-asylum-and-trafficking-both-2 = ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ንግዲ ደቂ ሰባት ከም ስደተኛ ዘለኩም መሰላት ኣይቕንስን። እዚ ናብ ሓደጋ ካብ ምምላስ ዘለኩም ሓለዋ የጠቓልል።
rights-asylum-and-trafficking-both-3 = ኣብ ኤውሮጳ፣ ንግዳያት ንግዲ ደቂ ሰባት ዝወሃብ ፍቓድ መንበሪ ኣብ መሰልኩም ዑቕባ ናይ ምሕታት ጽልዋ የብሉን።

rights-asylum-and-trafficking-refugee-heading = ግዳይ ንግዲ ደቂ ሰባት ስደተኛ ክኸውን ከሎ
rights-asylum-and-trafficking-refugee-1 = UNHCR፣ ትካል ስደተኛታት ሕቡራት ሃገራት፣ ግዳያት ንግዲ ደቂ ሰባት ዝነበሩ ሰባት ስደተኛታት ክኾኑ ይኽእሉ እዮም ይብል። እዚ ክምለሱ ከለዉ ምስጓጕ እንተ ፈሪሆም እዩ። ንኣብነት፣ ከም ብሓድሽ ግዳይ ንግዲ ደቂ ሰባት ምዃን፣ ወይ ካብ ነጋዶ ደቂ ሰባት ሕነ ምፍዳይ ክፈርሁ ይኽእሉ።
rights-asylum-and-trafficking-refugee-2 = ኩሉ ግዳይ ንግዲ ደቂ ሰባት ስደተኛ ኣይኮነን። ነፍሲ ወከፍ ጉዳይ በበይኑ ይርኣይ።

rights-asylum-and-trafficking-step-1 = ግዳይ ንግዲ ደቂ ሰባት ከም ዝነበርኩም፣ ከምኡ ድማ እንተ ተመሊስኩም እንታይ ከም እትፈርሁ ንሰብ መዚ ዑቕባ ንገሩ።
rights-asylum-and-trafficking-step-2 = ከም ግዳይ ንግዲ ደቂ ሰባት እውን ክትልለዩ ሕተቱ።
rights-asylum-and-trafficking-step-3 = ኣብ ክልቲኡ ክሕግዘኩም ንጠበቓ ወይ ንእሙን ትካል ሕተቱ።
rights-asylum-and-trafficking-step-4 = ምሉእ ዛንታኹም ምእንቲ ክርዳእ፣ ተርጓሚ ሕተቱ።

## ቆልዑ

rights-children-title = መሰላት ህጻናት
rights-children-summary = ዕድሜኹም ትሕቲ 18 እንተ ኾይኑ፣ ካበይ መጺእኩም ብዘየገድስን ሰነዳትኩም ብዘየገድስን፣ ተወሳኺ ሓለዋ ኣለኩም።

rights-children-interests-heading = ዝበለጸ ረብሓኹም ቀዳምነት ኣለዎ
rights-children-interests-1 = ዕድሜኹም ትሕቲ 18 እንተ ኾይኑ፣ ቆልዓ ኢኹም። ክኢላታት ሕቡራት ሃገራት፣ ሰነዳትኩም ብዘየገድስ ከም ቆልዓ ክትሕለዉ ኣለኩም ይብሉ።
rights-children-interests-2 = ኣብ ነፍሲ ወከፍ ብዛዕባኹም ዝውሰድ ውሳነ፣ ዝበለጸ ረብሓኹም ሓደ ካብቶም ኣዝዮም ኣገደስቲ ነገራት ክኸውን ኣለዎ። እዚ ማለት ንድሕንነትኩም፣ ንጥዕናኹምን ንመጻኢኹምን ዝበለጸ ዝኾነ ማለት እዩ። ጸብጻብ ሕቡራት ሃገራት፣ ሕግታት ፍልሰት ካብዚ ክበልጹ ኣይክእሉን ይብል።
rights-children-interests-3 = ስደተኛ እንተ ኾንኩም ወይ ዑቕባ እናሓተትኩም እንተ ኾንኩም፣ ሓለዋን ሓገዝን ናይ ምርካብ መሰል ኣለኩም። ስድራኹም ንምርካብ እውን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።

rights-children-guardian-heading = ሓላዊ
rights-children-guardian-1 = በይንኹም እንተ ኾንኩም፣ ብዘይ ወላዲ ወይ ካልእ ዝከናኸነኩም ዓቢ ሰብ፣ ሓላዊ ክወሃበኩም ይግባእ። ሓላዊ ማለት ረብሓኹም ዝሕሉን ውሳነ ክትገብሩ ዝሕግዘኩምን ዓቢ ሰብ እዩ።
rights-children-guardian-2 = ኣብ ሕብረት ኤውሮጳ፣ በይኖም ዘለዉ ግዳያት ንግዲ ደቂ ሰባት ዝኾኑ ቆልዑ ሓላዊ ክወሃቦም ኣለዎ።

rights-children-age-heading = ሰባት ብዕድሜኹም እንተ ተጠራጠሩ
rights-children-age-1 = ሰብ መዚ ብዕድሜኹም እንተ ተጠራጢሮም፣ ክኢላታት ሕቡራት ሃገራት ብዛዕባ መሰላት ህጻናት እቲ ምርመራ ብኸመይ ክካየድ ከም ዘለዎ ይገልጹ። እቲ ምርመራ ንመልክዕኩም ጥራይ ዘይኮነስ ንብስለትኩም እውን ክርኢ ይግባእ። ውሑስ፣ ፍትሓዊ ከምኡ ድማ ንቆልዑ ዝሰማማዕ ክኸውን ይግባእ።
# «ጥርጣረ ንረብሓኹም»፦ ዘይንጹር እንተ ኾይኑ፣ እቲ ውሳነ ንረብሓ እቲ ቆልዓ ይኸውን።
rights-children-age-2 = ገና ጥርጣረ እንተሎ፣ እቲ ጥርጣረ ንረብሓኹም ክውሰድ ይግባእ። እዚ ማለት ቆልዓ ክትኮኑ እንተ ኽኢልኩም፣ ከም ቆልዓ ክትተሓዙ ኢኹም ማለት እዩ።
rights-children-age-3 = ኣብ ኤውሮጳ፣ እዚ ንግዳያት ንግዲ ደቂ ሰባት ክኾኑ ዝኽእሉ ሰባት እውን ይምልከት። ቆልዓ ክትኮኑ እንተ ኽኢልኩም፣ ዕድሜኹም ክሳብ ዝረጋገጽ ከም ቆልዓ ክትተሓዙ ኢኹም።

rights-children-trafficking-heading = ንግዲ ቆልዑ
rights-children-trafficking-1 = ንቆልዑ፣ እቲ ሕጊ ዝያዳ ጽኑዕ እዩ። ሓደ ሰብ ንቆልዓ ንምምዝማዝ እንተ መልሚሉ፣ እንተ ኣግዓዒዙ፣ እንተ ሓቢኡ ወይ እንተ ተቐቢሉ፣ ንግዲ ደቂ ሰባት እዩ። ሓይሊ፣ ምፍርራሕ ወይ ሓሶት ኣየድልን። ቆልዓ ንምምዝማዝ ክሰማማዕ ኣይክእልን።

rights-children-step-1 = ዕድሜኹም ትሕቲ 18 እንተ ኾይኑ፣ ብንጹር ንገሩ።
rights-children-step-2 = በይንኹም እንተ ኾንኩም፣ ሓላዊ ሕተቱ።
rights-children-step-3 = እንተ ደሊኹም፣ ስድራኹም ንምርካብ ሓገዝ ሕተቱ።
rights-children-step-4 = ኣብ ኤውሮጳ፣ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 112 ደውሉ።

## እንተ ተኣሲርኩም

rights-detention-title = እንተ ተኣሲርኩም
rights-detention-summary = ብፖሊስ ወይ ኣብ ዕጹው ማእከል እንተ ተታሒዝኩም ዘለኩም መሰላት።

rights-detention-asylum-heading = ሕጂ እውን ዑቕባ ክትሓቱ ትኽእሉ ኢኹም
rights-detention-asylum-1 = ማእሰርቲ ማለት ክትወጹ ናጽነት ከይሃለወኩም ኣብ ዕጹው ቦታ ምሓዝ እዩ። ተኣሲርኩም እንተ ሃሊኹም እውን፣ ዑቕባ ክትሓቱ ትኽእሉ ኢኹም።
rights-detention-asylum-2 = ስደተኛታት ብዘይ ሰነድ ብምእታዎም ክቕጽዑ የብሎምን። ብቐጥታ ካብ ሓደጋ ዝመጹ፣ ቀልጢፎም ናብ ሰበ ስልጣን ዝኸዱ፣ ጽቡቕ ምኽንያት ዘለዎም ክኾኑ ኣለዎም። ናጽነት ምንቅስቓሶም ክድረት ዝኽእል ኣድላዪ እንተ ኾይኑ ጥራይ እዩ። UNHCR፣ እዘን ቅድመ ኩነታት ዘማልኡ ሰባት ብዘይ ሰነድ ስለ ዝኣተዉ ጥራይ ክእሰሩ ኣይግባእን ይብል።
rights-detention-asylum-3 = ሕቶ ዑቕባኹም ክሳብ ዝውሰን፣ ናብ ሓደጋ ክመልሱኹም የብሎምን። ኣብ ኤውሮጳ፣ ግዳይ ንግዲ ደቂ ሰባት ክትኮኑ እንተ ኽኢልኩም፣ እዚ ክሳብ ዝምርመር ካብታ ሃገር ክትውገዱ የብልኩምን።

rights-detention-help-heading = ተርጓምን ጠበቓን
rights-detention-help-1 = ኣብ ሕብረት ኤውሮጳ፣ ሰብ መዚ ብዛዕባ ዑቕባ ናይ ምሕታት መሰልኩም ክነግሩኹም ኣለዎም። ብዛዕባ ገደብ ግዜ፣ መሰላትኩምን ግዴታታትኩምን፣ ከምኡ ድማ ብኸመይ ብነጻ ሕጋዊ ምኽሪ ክትረኽቡ ከም እትኽእሉ እውን ክነግሩኹም ኣለዎም።
rights-detention-help-2 = ኣብ ኤውሮጳ፣ ግዳያት ንግዲ ደቂ ሰባት ተርጓምን ሕጋዊ ሓገዝን ናይ ምርካብ መሰል ኣለዎም። ንኻልኦት ኩሎም ግን፣ ሕጊ ተርጓሚ ካብ ሃገር ናብ ሃገር ይፈላለ። እንተ ዘይተረዲኡኩም፣ ተርጓሚ ሕተቱ።

rights-detention-contact-heading = ቆንስላኹም ከምኡ ድማ UNHCR
rights-detention-contact-1 = ቆንስላ ማለት ኣብ ወጻኢ ዘሎ ቤት ጽሕፈት መንግስቲ ሃገርኩም እዩ። ብኣሰጋጋሪ ሰጊርኩም እንተ ተኣሲርኩም፣ ብዛዕባ ምስ ቆንስላኹም ምርኻብ ቀልጢፉ ክሕበረኩም ኣለዎ።
rights-detention-contact-2 = እዚ ሕጊ ካብ ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ምስግጋር ፈለስቲ እዩ። እቲ ፕሮቶኮል ምስ ቆንስላኹም ክትራኸቡ ከም ዘለኩም ኣይብልን። ንመንግስቲ ሃገርኩም እንተ ፈሪህኩም፣ ምናልባት እዚ ርክብ ኣይትደልዩዎን ትኾኑ። መጀመርታ ንጠበቓ ሕተቱ።
rights-detention-contact-3 = UNHCR ትካል ስደተኛታት ሕቡራት ሃገራት እዩ። ኣብ ሕብረት ኤውሮጳ፣ ናይ ቀደም ሕጊ ዑቕባ ንዑቕባ ዝሓተቱ ሰባት ምስ UNHCRን ሕጋዊ ሓገዝ ዝህባ ትካላትን ክራኸቡ የፍቅደሎም ነይሩ። ካብ 12 ሰነ 2026 ጀሚሩ ሓድሽ ሕጊ ይሰርሕ ኣሎ። እዚ ሕጊ ብኸመይ ብነጻ ሕጋዊ ምኽሪ ክትረኽቡ ከም እትኽእሉ ክሕበረኩም ኣለዎ ይብል።

rights-detention-step-1 = ምምላስ እንተ ፈሪህኩም፣ ዑቕባ ክትሓቱ ከም እትደልዩ ብንጹር በሉ።
rights-detention-step-2 = ተርጓሚ ሕተቱ።
rights-detention-step-3 = ጠበቓ ወይ ብነጻ ሕጋዊ ምኽሪ ሕተቱ።
rights-detention-step-4 = ዘይተረድኣኩም ወረቐት ኣይትፈርሙ።
rights-detention-step-5 = ምስ UNHCR ወይ ምስ እሙን ትካል ክትራኸቡ ሕተቱ።
rights-detention-step-6 = ምስ ቆንስላኹም ክትራኸቡ እንተ ደሊኹም ባዕልኹም ወስኑ። ክትገብሩዎ ግዴታ የብልኩምን።
