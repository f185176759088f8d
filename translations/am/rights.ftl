# Machine-assisted draft: not yet reviewed by a native speaker.
# የመብቶች ጽሑፎች፦ የአማርኛ ትርጉም።
# ቀላል ቋንቋ፣ ብዙ ትምህርት ላልቀሰሙ አንባቢዎችም።
# ዓረፍተ ነገሮችን አጭር ያድርጉ። የእያንዳንዱን የሕግ ቃል ማብራሪያ ይጠብቁ።
# ይህ አጠቃላይ መረጃ እንጂ የሕግ ምክር አይደለም።

## የጋራ

# በእያንዳንዱ የመብት ጽሑፍ አናት ላይ ይታያል።
rights-notice = ይህ አጠቃላይ መረጃ ነው እንጂ የሕግ ምክር አይደለም። ሕጎችና አሠራሮች ከአገር አገር ይለያያሉ፤ ሁሉም አገሮች የሁሉም ስምምነቶች አባል አይደሉም። ስለ ራስዎ ጉዳይ ጠበቃን ወይም እምነት የሚጣልበትን ድርጅት ይጠይቁ።
rights-steps-heading = ማድረግ የሚችሏቸው ነገሮች
rights-sources-heading = የሕግ መሠረት
# $date አንድ ሰው ይህን ጽሑፍ ለመጨረሻ ጊዜ የገመገመበት ቀን ነው።
rights-reviewed = ለመጨረሻ ጊዜ የተገመገመው፦ { $date }
# $instrument የሕግ ወይም የስምምነት ስም ነው (ከታች ያሉትን rights-instrument- መልእክቶች ይመልከቱ)። $article የአንቀጽ ቁጥር ነው፤ ለምሳሌ 33(1)።
rights-source-article = { $instrument }፣ አንቀጽ { $article }
# $instrument የመመሪያ ሰነድ ስም ነው። $paragraph የፓራግራፍ ቁጥር ነው፣ ለምሳሌ 31።
rights-source-paragraph = { $instrument }፣ ፓራግራፍ { $paragraph }

## የሕጎችና የስምምነቶች ስሞች
## በቋንቋዎ ይፋዊ ስም ካለ፣ ያንን ይፋዊ ስም ይጠቀሙ።

rights-instrument-refugee-convention = የ1951 የስደተኞች ስምምነት
rights-instrument-cat = ማሰቃየትን የሚከለክለው የተባበሩት መንግሥታት ስምምነት
rights-instrument-echr = የአውሮፓ የሰብአዊ መብቶች ስምምነት
rights-instrument-eu-charter = የአውሮፓ ኅብረት የመሠረታዊ መብቶች ቻርተር
rights-instrument-udhr = ዓለም አቀፍ የሰብአዊ መብቶች መግለጫ
rights-instrument-smuggling-protocol = ፍልሰተኞችን በሕገወጥ መንገድ ማሻገርን የሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል
rights-instrument-trafficking-protocol = የሰዎችን ንግድ የሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል
rights-instrument-coe-trafficking-convention = የሰዎችን ንግድ ለመዋጋት የወጣው የአውሮፓ ምክር ቤት ስምምነት
rights-instrument-eu-anti-trafficking-directive = የአውሮፓ ኅብረት የፀረ-ሰዎች ንግድ መመሪያ (2011/36/EU)
rights-instrument-eu-procedures-regulation = የአውሮፓ ኅብረት የጥገኝነት አሠራር ደንብ (2024/1348)
rights-instrument-crc = የተባበሩት መንግሥታት የሕፃናት መብቶች ስምምነት
rights-instrument-eu-procedures-directive = የአውሮፓ ኅብረት የጥገኝነት አሠራር መመሪያ (2013/32/EU፣ ከጁን 12 ቀን 2026 እ.ኤ.አ. ጀምሮ በአዲስ ደንብ ተተክቷል)
rights-instrument-unhcr-gip-7 = የUNHCR የዓለም አቀፍ ጥበቃ መመሪያዎች ቁጥር 7 (2006 እ.ኤ.አ.)
rights-instrument-unhcr-gip-14 = የUNHCR የዓለም አቀፍ ጥበቃ መመሪያዎች ቁጥር 14 (2024 እ.ኤ.አ.)
rights-instrument-unhcr-roundtable-2001 = ስለ ኖን-ሩፍልማን (non-refoulement) የUNHCR የባለሙያዎች ውይይት (2001 እ.ኤ.አ.)፦ መደምደሚያዎች
rights-instrument-cat-gc-4 = የተባበሩት መንግሥታት የፀረ-ማሰቃየት ኮሚቴ፣ አጠቃላይ አስተያየት ቁጥር 4 (2017 እ.ኤ.አ.)
rights-instrument-crc-gc-6 = የተባበሩት መንግሥታት የሕፃናት መብቶች ኮሚቴ፣ አጠቃላይ አስተያየት ቁጥር 6 (2005 እ.ኤ.አ.)
rights-instrument-cmw-crc-joint-gc = የተባበሩት መንግሥታት የስደተኛ ሠራተኞች ኮሚቴና የሕፃናት መብቶች ኮሚቴ፣ የጋራ አጠቃላይ አስተያየት ቁጥር 4 እና ቁጥር 23 (2017 እ.ኤ.አ.)
rights-instrument-un-report-a-79-213 = የተባበሩት መንግሥታት ሪፖርት A/79/213 (2024 እ.ኤ.አ.)
rights-instrument-osce-non-punishment = የOSCE የሰዎች ንግድ ልዩ ተወካይ፦ ተጠቂዎችን ላለመቅጣት የቀረቡ ምክረ ሐሳቦች (2013 እ.ኤ.አ.)
rights-instrument-ilo-forced-labour-indicators = የዓለም አቀፉ የሥራ ድርጅት (ILO) የግዳጅ ሥራ ምልክቶች (2012 እ.ኤ.አ.)
rights-instrument-unodc-iom-smuggling-trafficking = UNODC እና IOM፦ በሕገወጥ መንገድ ማሻገርና በሰዎች ንግድ መካከል ያሉ ልዩነቶች
rights-instrument-unodc-module-definitions = የUNODC የዩኒቨርሲቲ ትምህርት ክፍል፦ የሰዎች ንግድና በሕገወጥ መንገድ ማሻገር የሕግ ትርጓሜዎች
rights-instrument-unodc-module-trafficking = የUNODC የዩኒቨርሲቲ ትምህርት ክፍል፦ የሰዎች ንግድ
rights-instrument-ecthr-vcl-an = የአውሮፓ የሰብአዊ መብቶች ፍርድ ቤት፣ V.C.L. እና A.N. በዩናይትድ ኪንግደም ላይ ያቀረቡት ክስ

## ጥገኝነት

rights-asylum-title = ጥገኝነት መጠየቅ መብትዎ ነው
rights-asylum-summary = ያለ ሰነድ ቢመጡም እንኳ፣ ሌላ አገርን ጥበቃ መጠየቅ ይችላሉ።

rights-asylum-right-heading = ጥበቃ የመጠየቅ መብትዎ
rights-asylum-right-1 = ጥገኝነት አንድ አገር በገዛ አገሩ ደህንነት ለሌለው ሰው የሚሰጠው ጥበቃ ነው። ማንኛውም ሰው ከማሳደድ ለማምለጥ ጥገኝነት የመጠየቅ መብት አለው። ይህ የመጠየቅ መብት ነው እንጂ እንደሚያገኙት የሚሰጥ ቃል አይደለም።
rights-asylum-right-2 = ስደተኛ ማለት ከገዛ አገሩ ውጭ ያለ፣ እዚያ ማሳደድ ይደርስብኛል ብሎ ለመፍራት እውነተኛ ምክንያት ያለው ሰው ነው። ማሳደድ ማለት በዘርዎ፣ በሃይማኖትዎ፣ በዜግነትዎ፣ በፖለቲካ አመለካከትዎ ወይም በማኅበራዊ ቡድንዎ ምክንያት የሚደርስ ከባድ ጉዳት ነው።
rights-asylum-right-3 = በአውሮፓ ኅብረት ውስጥ፣ የአውሮፓ ኅብረት የመሠረታዊ መብቶች ቻርተርም የጥገኝነት መብትን ያረጋግጣል።

rights-asylum-papers-heading = ያለ ሰነድ ከመጡ
rights-asylum-papers-1 = ስደተኞች ያለ ፈቃድ ወደ አንድ አገር በመግባታቸው ወይም እዚያ በመቆየታቸው ሊቀጡ አይፈቀድም። ቅጣት ማለት ለምሳሌ የገንዘብ ቅጣት ወይም እስር ቤት ነው።
rights-asylum-papers-2 = ሦስት ቅድመ ሁኔታዎች አሉ። አደጋ ላይ ከነበሩበት ቦታ በቀጥታ መጥተዋል። ሳይዘገዩ ወደ ባለሥልጣናት ይሄዳሉ። በዚህ መንገድ የገቡበትን በቂ ምክንያት ማቅረብ ይችላሉ።
# UNHCR የተባበሩት መንግሥታት የስደተኞች ድርጅት ነው። UNHCR የሚለውን ስም ይጠብቁ።
rights-asylum-papers-3 = UNHCR፣ የተባበሩት መንግሥታት የስደተኞች ድርጅት፣ በ2024 (እ.ኤ.አ.) በዚህ ጉዳይ ላይ መመሪያ ሰጥቷል። እነዚህን ሦስት ቅድመ ሁኔታዎች ካሟሉ፣ ያለ ሰነድ በመግባትዎ ብቻ ሊያስሩዎት አይገባም። መታሰር ማለት በተዘጋ ቦታ መያዝ ነው። በደላላ እርዳታ በመግባትዎ፣ ወይም ቤተሰብዎ በዚሁ መንገድ እንዲገቡ በመርዳትዎም ሊቀጡዎት አይገባም።

rights-asylum-waiting-heading = ውሳኔ እየጠበቁ ሳሉ
rights-asylum-waiting-1 = ውሳኔ እየጠበቁ ሳሉ፣ ወደ አደጋ ሊመልሱዎት አይፈቀድም።
rights-asylum-waiting-2 = በአውሮፓ ኅብረት ውስጥ፣ ኃላፊዎች ጥገኝነት የመጠየቅ መብት እንዳለዎት ሊነግሩዎት ግዴታ አለባቸው። እንዲሁም ስለ ጊዜ ገደቦች፣ ስለ መብቶችዎና ግዴታዎችዎ፣ እና ነጻ የሕግ ምክር እንዴት ማግኘት እንደሚችሉ ሊነግሩዎት ግዴታ አለባቸው።

# በጥቅስ ውስጥ ያለው ዓረፍተ ነገር አንባቢው ለኃላፊዎች የሚናገረው ነው።
rights-asylum-step-1 = ለፖሊስ ወይም ለድንበር ኃላፊዎች በግልጽ እንዲህ ይበሉ፦ «ጥገኝነት መጠየቅ እፈልጋለሁ።»
rights-asylum-step-2 = በተቻለ ፍጥነት ወደ ባለሥልጣናት ይሂዱ።
rights-asylum-step-3 = ቋንቋውን በደንብ ካልተረዱ፣ አስተርጓሚ ይጠይቁ።
rights-asylum-step-4 = ነጻ የሕግ ምክር ይጠይቁ፣ ወይም ጠበቃን ወይም እምነት የሚጣልበትን ድርጅት ያነጋግሩ።
rights-asylum-step-5 = የደረሰብዎትን ነገር ከቀኖቹ ጋር ይጻፉ። በዚህ መተግበሪያ ውስጥ ያለውን የተቆለፈ ማስታወሻ ደብተር መጠቀም ይችላሉ።

## ወደ አደጋ አለመመለስ (ኖን-ሩፍልማን)

rights-non-refoulement-title = ወደ አደጋ አለመመለስ
rights-non-refoulement-summary = አንድ አገር ማሳደድ፣ ማሰቃየት ወይም ሌላ ከባድ ጉዳት ወደሚደርስብዎ ቦታ ሊልክዎት አይፈቀድም።

rights-non-refoulement-what-heading = ኖን-ሩፍልማን ምን ማለት ነው
# «ኖን-ሩፍልማን» (non-refoulement) በብዙ ቋንቋዎች የሚሠራበት የፈረንሳይኛ የሕግ ቃል ነው። ቃሉን ይጠብቁ፤ ከእሱ በኋላ ያለውን ማብራሪያም ይጠብቁ።
rights-non-refoulement-what-1 = «ኖን-ሩፍልማን» (non-refoulement) የፈረንሳይኛ የሕግ ቃል ነው። አንድ አገር ከባድ አደጋ ወደሚደርስብዎ ቦታ መልሶ ሊልክዎት አይፈቀድም ማለት ነው።
rights-non-refoulement-what-2 = በስደተኞች ስምምነት መሠረት፣ ማንኛውንም ስደተኛ ሕይወቱ ወይም ነጻነቱ አደጋ ላይ ወደሚወድቅበት ቦታ በምንም መንገድ መመለስ አይፈቀድም። ይህ በማንነታቸው ወይም በእምነታቸው ምክንያት የሚመጣን ስጋት ይሸፍናል።
rights-non-refoulement-what-3 = ይህ እንደ ስደተኛ በይፋ እውቅና ከማግኘትዎ በፊትም ይጠብቅዎታል። በድንበር ላይ መመለስንም፣ በሌላ አገር በኩል ወደ አደጋ መላክንም ይሸፍናል።

rights-non-refoulement-torture-heading = ወደ ማሰቃየት በፍጹም መላክ የለም
rights-non-refoulement-torture-1 = ማሰቃየትን የሚከለክለው የተባበሩት መንግሥታት ስምምነት ስደተኞችን ብቻ ሳይሆን ሁሉንም ሰው ይጠብቃል። አንድ ሰው በአንድ አገር እንደሚሰቃይ ለማመን ጠንካራ ምክንያቶች ካሉ፣ ወደዚያ አገር ሊላክ አይፈቀድም።
rights-non-refoulement-torture-2 = ይህ ሕግ ምንም ልዩ ሁኔታ የለውም፤ ወንጀል ለፈጸሙ ወይም እንደ አደጋ ለሚታዩ ሰዎችም ይሠራል። በኃይል ወደ ኋላ መመለስንም ይሸፍናል፤ ይህም ኃላፊዎች ሰዎችን በድንበር ወይም በባሕር ላይ በግድ ወደ ኋላ ሲመልሱ ነው።

rights-non-refoulement-europe-heading = በአውሮፓ
rights-non-refoulement-europe-1 = በአውሮፓ፣ የአውሮፓ የሰብአዊ መብቶች ስምምነትም ሁሉንም ሰው ይጠብቃል። ማንም ሰው የማሰቃየት ወይም ኢሰብአዊ ወይም አዋራጅ አያያዝ እውነተኛ ስጋት ወዳለበት ቦታ ሊላክ አይፈቀድም። ይህ ማለት እጅግ ጨካኝ ወይም የሚያሸማቅቅ አያያዝ ነው። ምንም ልዩ ሁኔታ የለም።
rights-non-refoulement-europe-2 = በአውሮፓ ኅብረት ውስጥ፣ የአውሮፓ ኅብረት ቻርተር የጅምላ ማባረርን ይከለክላል። ይህ ማለት የእያንዳንዱን ሰው ጉዳይ ሳይመለከቱ የሰዎችን ቡድን በአንድ ላይ ማባረር ነው።

rights-non-refoulement-limits-heading = ማወቅ ያለብዎት ገደቦች
rights-non-refoulement-limits-1 = የስደተኞች ስምምነት አንድ ጠባብ ልዩ ሁኔታ አለው። ይህም ለአገሪቱ ደህንነት አደጋ ለሆኑ ሰዎች ነው። እንዲሁም በተለይ ከባድ በሆነ ወንጀል ተፈርዶባቸው ለማኅበረሰቡ አደጋ ለሆኑ ሰዎች ነው።
rights-non-refoulement-limits-2 = ያም ሆኖ፣ ሰዎችን ወደ ማሰቃየት መላክን የሚከለክለው ሕግ አሁንም ይሠራል። እያንዳንዱ ስጋት በየጉዳዩ ይመረመራል፤ ስለዚህ ስለሚያጋጥምዎ አደጋ ሁሉንም ነገር ለኃላፊዎች ይንገሩ።

rights-non-refoulement-step-1 = ለመመለስ እንደሚፈሩና ለምን እንደሆነ ለኃላፊዎች በግልጽ ይንገሩ። ጥገኝነት መጠየቅ እንደሚፈልጉ ይናገሩ።
rights-non-refoulement-step-2 = አስተርጓሚና ጠበቃ ይጠይቁ።
rights-non-refoulement-step-3 = ያልተረዱትን ወረቀት አይፈርሙ።
# 112 በአውሮፓ የአደጋ ጊዜ ስልክ ቁጥር ነው። ቁጥሩን እንዳለ ይተዉት።
rights-non-refoulement-step-4 = በአውሮፓ፣ አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።

## በደላላ በመሻገርዎ ወንጀለኛ አይደሉም

rights-smuggled-not-criminal-title = በደላላ በመሻገርዎ ወንጀለኛ አይደሉም
rights-smuggled-not-criminal-summary = ፍልሰተኞችን በሕገወጥ መንገድ ማሻገርን በሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል መሠረት፣ በደላላ በመሻገርዎ ብቻ ሊከሰሱ አይፈቀድም።

rights-smuggled-not-criminal-what-heading = ሕጉ ምን ይላል
rights-smuggled-not-criminal-what-1 = በሕገወጥ መንገድ ማሻገር ማለት አንድ ሰው ለገንዘብ ወይም ለሌላ ጥቅም ድንበርን በሕገወጥ መንገድ እንዲሻገሩ ሲረዳዎት ነው። ይህን የሚያደርገው ሰው ደላላ ወይም አሻጋሪ ይባላል። ወንጀሉን የሚፈጽመው ደላላው ነው።
rights-smuggled-not-criminal-what-2 = ይህ የተባበሩት መንግሥታት ፕሮቶኮል፣ በደላላ በመሻገርዎ ብቻ በፕሮቶኮሉ መሠረት ሊከሰሱ አይፈቀድም ይላል። መከሰስ ማለት በፍርድ ቤት የወንጀል ክስ ሲመሠረትብዎ ነው።
rights-smuggled-not-criminal-what-3 = ፕሮቶኮሉ ከሌሎች መብቶችዎ አንዱንም አይወስድም። ይህም እንደ ስደተኛ ያለዎትን መብቶችና ወደ አደጋ ከመመለስ ያለዎትን ጥበቃ ይጨምራል። በደላላ በመሻገርዎ ምክንያት ከሌሎች የባሰ አያያዝ ሊደረግብዎ አይፈቀድም።

rights-smuggled-not-criminal-safety-heading = የእርስዎ ደህንነት
rights-smuggled-not-criminal-safety-1 = አገሮች ሕይወትዎን ለመጠበቅ፣ እንዲሁም ከማሰቃየት፣ ከጭካኔ አያያዝና ከጥቃት ለመጠበቅ እርምጃ መውሰድ አለባቸው። ሕይወትዎ ወይም ደህንነትዎ አደጋ ላይ ከሆነ ሊረዱዎት ግዴታ አለባቸው።
rights-smuggled-not-criminal-safety-2 = ለሴቶችና ለሕፃናት ልዩ ፍላጎቶች ትኩረት መስጠት አለባቸው። ከታሰሩ፣ ከቆንስላዎ ጋር ስለመገናኘት በፍጥነት ሊያሳውቁዎት ግዴታ አለባቸው። ቆንስላ ማለት በውጭ አገር የሚገኝ የአገርዎ መንግሥት ቢሮ ነው።

rights-smuggled-not-criminal-limits-heading = ይህ የማይሸፍነው
rights-smuggled-not-criminal-limits-1 = ለሌሎች ወንጀሎች ግን አሁንም ሊከሰሱ ይችላሉ፤ ለምሳሌ ሌሎች ሰዎችን በሕገወጥ መንገድ ለማሻገር በመርዳት።
rights-smuggled-not-criminal-limits-2 = አገሪቱ የኢሚግሬሽን ሕጎቿን አሁንም መጠቀም ትችላለች፤ ለምሳሌ መቆየት ይችሉ እንደሆነ ለመወሰን። ነገር ግን ሰዎችን ወደ አደጋ መመለስን የሚከለክሉ ሕጎች አሁንም ይሠራሉ።

rights-smuggled-not-criminal-step-1 = በአውሮፓ፣ አሁን አደጋ ላይ ከሆኑ፣ ለምሳሌ በባሕር ላይ፣ ወደ 112 ይደውሉ።
rights-smuggled-not-criminal-step-2 = ወደ አገርዎ መመለስ የሚፈሩ ከሆነ፣ ጥገኝነት መጠየቅ እንደሚፈልጉ ይናገሩ።
rights-smuggled-not-criminal-step-3 = አስተርጓሚና ጠበቃ ይጠይቁ።
rights-smuggled-not-criminal-step-4 = ከታሰሩ፣ ከቆንስላዎ ጋር ስለመገናኘት ሊያሳውቁዎት ግዴታ አለባቸው። ከቆንስላዎ ጋር መገናኘት ግዴታ አይደለም፤ ለምሳሌ የአገርዎን መንግሥት የሚፈሩ ከሆነ።
rights-smuggled-not-criminal-step-5 = ደላላው ሰነዶችዎን ከወሰደ፣ ተጨማሪ ገንዘብ ዕዳ አለብዎ ካለ፣ ወይም በግድ ካሠራዎት፣ ይህ የሰዎች ንግድ ሊሆን ይችላል። እምነት የሚጣልበትን ድርጅት እርዳታ ይጠይቁ።

## በግድ ላደረጉት ነገር አለመቀጣት

rights-non-punishment-title = በግድ ላደረጉት ነገር አለመቀጣት
rights-non-punishment-summary = የሰዎች ንግድ ተጠቂ ሆነው ሕግ እንዲጥሱ ከተገደዱ፣ ባለሥልጣናት እንዳይቀጡዎት ሊወስኑ ይችላሉ።

rights-non-punishment-what-heading = አለመቀጣት ምን ማለት ነው
rights-non-punishment-what-1 = የሰዎች ንግድ ማለት ሰዎች በኃይል፣ በዛቻ ወይም በውሸት እርስዎን ተቆጣጥረው ሲበዘብዙዎት ነው። መበዝበዝ ማለት ለትርፍ እርስዎን መጠቀም ነው፤ ለምሳሌ በግዳጅ ሥራ ወይም በወሲብ ብዝበዛ።
rights-non-punishment-what-2 = የሰዎች ነጋዴዎች አንዳንድ ጊዜ ተጠቂዎችን ሕግ እንዲጥሱ ያስገድዳሉ። ለምሳሌ፦ የሐሰት ሰነዶችን መጠቀም፣ ካናቢስ (ሐሺሽ) ማብቀል፣ ወይም ሕፃናትን እንዲሰርቁ ማድረግ። አለመቀጣት ማለት ተጠቂዎች እንዲፈጽሙ በተገደዱት ወንጀል ሊቀጡ አይገባም ማለት ነው።

rights-non-punishment-europe-heading = በአውሮፓ ሕጉ ምን ይላል
rights-non-punishment-europe-1 = በአውሮፓ፣ የሰዎችን ንግድ ለመዋጋት የወጣውን የአውሮፓ ምክር ቤት ስምምነት የተቀላቀሉ አገሮች ተጠቂዎችን እንዲፈጽሙ በተገደዱት ሕገወጥ ድርጊቶች ላለመቅጣት የሚያስችል መንገድ ማመቻቸት አለባቸው። ይህ ዕድል ብቻ ነው። ተጠቂዎችን ከቅጣት በራሱ አይጠብቅም።
rights-non-punishment-europe-2 = በአውሮፓ ኅብረት ውስጥ፣ ባለሥልጣናት ተጠቂዎችን ላለመክሰስ ወይም ላለመቅጣት መቻል አለባቸው። ይህ የሰዎች ንግድ ቀጥተኛ ውጤት ሆኖ እንዲፈጽሙ ለተገደዱት ወንጀሎች ነው። በዴንማርክ ተፈጻሚ አይሆንም።
rights-non-punishment-europe-3 = የአውሮፓ የሰብአዊ መብቶች ፍርድ ቤት፣ ዩናይትድ ኪንግደም (እንግሊዝ) የአውሮፓ የሰብአዊ መብቶች ስምምነትን እንደጣሰች ወስኗል። ዩናይትድ ኪንግደም የሰዎች ንግድ ተጠቂ የሆኑ ሁለት ሕፃናትን በአደንዛዥ ዕፅ ወንጀል ከሳ ነበር።

rights-non-punishment-limits-heading = በራሱ የሚሰጥ አይደለም
rights-non-punishment-limits-1 = ይህ ጥበቃ በራሱ የሚሰጥ አይደለም፤ ሁሉንም ወንጀል አይሸፍንም። ባለሥልጣናት በየጉዳዩ ይወስናሉ።
# OSCE፦ የአውሮፓ የደህንነትና የትብብር ድርጅት። OSCE የሚለውን አጭር ስም ይጠብቁ።
rights-non-punishment-limits-2 = OSCE፣ አንድ ዓለም አቀፍ ድርጅት፣ ለአገሮች ምክር ይሰጣል። እንደተገደዱ የሚያሳዩ ምልክቶች ካሉ፣ በእነዚህ ድርጊቶች ምክንያት ሊከሰሱ ወይም ሊታሰሩ አይገባም። በእነሱ ምክንያት የመቆየት መብትዎንም ሊያጡ አይገባም። ይህ ምክር አስገዳጅ ሕግ አይደለም።

rights-non-punishment-step-1 = እነዚህን ነገሮች እንዲያደርጉ እንደተገደዱ በተቻለ ፍጥነት ለጠበቃዎ ይንገሩ።
rights-non-punishment-step-2 = የሰዎች ንግድ ተጠቂ መሆንዎን እንዲያጣሩ ባለሥልጣናትን ይጠይቁ።
rights-non-punishment-step-3 = ታሪክዎ በትክክል እንዲገባቸው አስተርጓሚ ይጠይቁ።
rights-non-punishment-step-4 = ምን እንደደረሰ፣ ማን እንዳስገደደዎትና መቼ እንደሆነ ይጻፉ። በዚህ መተግበሪያ ውስጥ ያለውን የተቆለፈ ማስታወሻ ደብተር መጠቀም ይችላሉ።
rights-non-punishment-step-5 = የሰዎች ንግድ ተጠቂዎችን የሚረዳ እምነት የሚጣልበት ድርጅት ያነጋግሩ።

## በሕገወጥ መንገድ ማሻገር ወይስ የሰዎች ንግድ?

rights-smuggling-or-trafficking-title = በሕገወጥ መንገድ ማሻገር ወይስ የሰዎች ንግድ?
rights-smuggling-or-trafficking-summary = በሕገወጥ መንገድ ማሻገርና የሰዎች ንግድ እንዴት እንደሚለያዩ፣ እንዲሁም ማሻገሩ ወደ ሰዎች ንግድ መቀየሩን የሚያሳዩ የማስጠንቀቂያ ምልክቶች።

rights-smuggling-or-trafficking-difference-heading = ልዩነቱ ምንድን ነው?
rights-smuggling-or-trafficking-difference-1 = በሕገወጥ መንገድ ማሻገር፦ በጉዞው ይስማማሉ፤ ድንበር እንዲያሻግርዎም ለአንድ ሰው ይከፍላሉ። ብዙውን ጊዜ እርስዎ ሲደርሱ ያበቃል። በአገሪቱ የድንበር ሕጎች ላይ የሚፈጸም ወንጀል ነው።
rights-smuggling-or-trafficking-difference-2 = የሰዎች ንግድ፦ አንድ ሰው ኃይልን፣ ዛቻን፣ ውሸትን ወይም ያሉበትን አስቸጋሪ ሁኔታ ተጠቅሞ ይቆጣጠርዎታል፣ ይበዘብዝዎታልም። መበዝበዝ ማለት ለትርፍ እርስዎን መጠቀም ነው፤ ለምሳሌ በግዳጅ ሥራ፣ በወሲብ ብዝበዛ ወይም የሰውነት አካላትን በማውጣት። በአንድ አገር ውስጥም ሊፈጸም ይችላል። በእርስዎ ላይ የሚፈጸም ወንጀል ነው።
rights-smuggling-or-trafficking-difference-3 = መጀመሪያ ላይ ቢስማሙም እንኳ፣ አሁንም የሰዎች ንግድ ሊሆን ይችላል። ኃይል፣ ዛቻ፣ ውሸት ወይም ሁኔታዎን አላግባብ መጠቀም ጥቅም ላይ ከዋለ፣ ስምምነትዎ አይቆጠርም።

rights-smuggling-or-trafficking-signs-heading = ማሻገር ወደ ሰዎች ንግድ ሲቀየር
rights-smuggling-or-trafficking-signs-1 = በደላላ የሚደረግ ጉዞ ወደ ሰዎች ንግድ ሊቀየር ይችላል። በደላላ የሚሻገሩ ሰዎች ከፍተኛ አደጋ ላይ ናቸው።
rights-smuggling-or-trafficking-signs-2 = የማስጠንቀቂያ ምልክቶች፦ እየጨመረ የሚሄድ ዕዳ አለብዎት፤ እሱን ለመክፈልም መሥራት ግዴታ ሆኖብዎታል። አንድ ሰው ፓስፖርትዎን ወይም መታወቂያዎን ይዞብዎታል። ለመሄድ ነጻ አይደሉም፣ ወይም በተዘጋ ቦታ ተቆልፎብዎታል።
rights-smuggling-or-trafficking-signs-3 = ሌሎች ምልክቶች፦ በትንሽ ክፍያ ወይም ያለ ክፍያ ይሠራሉ። በእርስዎ ወይም በቤተሰብዎ ላይ ዛቻ ወይም ጉዳት ይደርሳል። መታገት፣ ወይም ቤተሰብዎ ተጨማሪ ገንዘብ እስኪከፍሉ ድረስ መያዝም ከባድ የማስጠንቀቂያ ምልክት ነው።
# ዓለም አቀፉ የሥራ ድርጅት (ILO) የተባበሩት መንግሥታት ተቋም ነው።
rights-smuggling-or-trafficking-signs-4 = ዓለም አቀፉ የሥራ ድርጅት የግዳጅ ሥራን ለመለየት አብዛኞቹን እነዚህን ምልክቶች ይጠቀማል። አንድ ምልክት ብቻ በቂ ሊሆን ይችላል። ምልክቶች ፍንጮች ናቸው እንጂ ማስረጃ አይደሉም።

rights-smuggling-or-trafficking-why-heading = ለምን አስፈላጊ ነው
rights-smuggling-or-trafficking-why-1 = ዕድሜያቸው ከ18 ዓመት በታች ለሆኑ ሕፃናት፣ ኃይል፣ ዛቻ ወይም ውሸት ባይኖርም እንኳ የሰዎች ንግድ ሊሆን ይችላል።
rights-smuggling-or-trafficking-why-2 = የሰዎች ንግድ ተጠቂዎች ለጥበቃና ለእርዳታ ተጨማሪ መብቶች አሏቸው። በደላላ የተሻገሩ ሰዎችም መብቶች አሏቸው።

rights-smuggling-or-trafficking-step-1 = በአውሮፓ፣ በተዘጋ ቦታ ከታሰሩ ወይም አሁን አደጋ ላይ ከሆኑ፣ ወደ 112 ይደውሉ።
rights-smuggling-or-trafficking-step-2 = ከቻሉ፣ የፓስፖርትዎን ወይም የመታወቂያዎን ፎቶ በዚህ መተግበሪያ ውስጥ ባለው የተቆለፈ ማስታወሻ ደብተር ውስጥ ያስቀምጡ።
rights-smuggling-or-trafficking-step-3 = ምን ያህል እንደከፈሉ፣ ምን ያህል ዕዳ አለብዎ እንደሚሉ፣ እና ሰነዶችዎ በማን እጅ እንዳሉ ይጻፉ።
rights-smuggling-or-trafficking-step-4 = የሰዎች ንግድ ተጠቂዎችን የሚረዳ ድርጅት ያነጋግሩ። ያሉበትን ሁኔታ እንዲረዱ ሊያግዙዎት ይችላሉ።

## ለሰዎች ንግድ ተጠቂዎች ጥበቃ

rights-trafficking-protection-title = ለሰዎች ንግድ ተጠቂዎች ጥበቃ
rights-trafficking-protection-summary = የሰዎች ንግድ ተጠቂዎች እንዴት እንደሚለዩ፣ እንዲሁም ሊያገኙት የሚችሉት እርዳታና መብቶች።

rights-trafficking-protection-identification-heading = እንደ ተጠቂ መለየት
rights-trafficking-protection-identification-1 = መለየት ማለት የሰለጠኑ ሠራተኞች እርስዎ የሰዎች ንግድ ተጠቂ መሆንዎን ያጣራሉ ማለት ነው። በአውሮፓ፣ በቂ ምክንያቶች ካሉ፣ ማጣራቱ እስኪያልቅ ድረስ ከአገሪቱ ሊያስወጡዎት አይፈቀድም። በቂ ምክንያቶች ማለት ምንም ነገር ገና ባይረጋገጥም እንኳ እውነተኛ ምልክቶች መኖራቸው ነው። እስከዚያው ድረስ እርዳታ ማግኘት አለብዎት።
rights-trafficking-protection-identification-2 = በአውሮፓ፣ ከዚያ በኋላ ለማገገምና ለማሰላሰል ቢያንስ 30 ቀናት ያገኛሉ። መቆየት ይችላሉ፤ ሊያባርሩዎት አይፈቀድም፤ እርዳታም ያገኛሉ። ከፖሊስ ጋር መተባበር ይፈልጉ እንደሆነ በነጻነት መወሰን ይችላሉ።
rights-trafficking-protection-identification-3 = አንድ አገር በሕዝብ ሥርዓት ምክንያት ይህን ጊዜ ሊከለክል ይችላል። አንድ ሰው ተጠቂ ነኝ ብሎ ያለአግባብ ከተናገረም ሊከለክል ይችላል።

rights-trafficking-protection-help-heading = ያለ ቅድመ ሁኔታ የሚሰጥ እርዳታ
rights-trafficking-protection-help-1 = በአውሮፓ፣ ቢያንስ ደህንነቱ የተጠበቀ መኖሪያ፣ ለኑሮ የሚሆን ድጋፍ እና የአደጋ ጊዜ ሕክምና ማግኘት አለብዎት። የሥነ ልቦና እርዳታ፣ አስተርጓሚ እና ስለ መብቶችዎ መረጃም ማግኘት አለብዎት። ሕፃናት ትምህርት ቤት መሄድ መቻል አለባቸው።
rights-trafficking-protection-help-2 = በአውሮፓ፣ ይህ እርዳታ ከፖሊስ ጋር በመተባበርዎ ወይም ምስክር በመሆንዎ ላይ የተመሠረተ አይደለም። እርዳታው የሚሰጠው በእርስዎ ፈቃድ ነው፤ ምን እንደሆነም ሊነገርዎት ግዴታ ነው።
rights-trafficking-protection-help-3 = በዓለም ዙሪያ፣ የሰዎችን ንግድ የሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል አገሮች ተመሳሳይ እርዳታ ለመስጠት እንዲያስቡበት ይጠይቃል።

rights-trafficking-protection-stay-heading = በአገሪቱ መቆየት
rights-trafficking-protection-stay-1 = በአውሮፓ፣ ሊታደስ የሚችል የመኖሪያ ፈቃድ ማግኘት ይችላሉ። ይህ በአገሪቱ እንዲኖሩ የሚፈቅድልዎ ወረቀት ነው። እያንዳንዱ አገር ይህን ፈቃድ የሚሰጠው በግል ሁኔታዎ፣ ለፖሊስ በሚያደርጉት እርዳታ፣ ወይም በሁለቱም ምክንያት ነው።
rights-trafficking-protection-stay-2 = ይህ ፈቃድ ጥገኝነት ከመጠየቅ አያግድዎትም። በዓለም ዙሪያ፣ የተባበሩት መንግሥታት ፕሮቶኮሉ አገሮች ተጠቂዎች እንዲቆዩ መፍቀድን እንዲያስቡበት ይጠይቃል።

rights-trafficking-protection-justice-heading = ካሳና ወደ አገር ቤት መመለስ
rights-trafficking-protection-justice-1 = ካሳ ማለት ለደረሰብዎ ጉዳት የሚሰጥ ገንዘብ ነው። የተባበሩት መንግሥታት ፕሮቶኮሉ ተጠቂዎች ካሳ የሚያገኙበት መንገድ ሊኖራቸው ግዴታ ነው ይላል። በአውሮፓ፣ ከሰዎች ነጋዴዎቹ ካሳ የማግኘት መብት አለዎት፤ አገሮችም ይህን ለማረጋገጥ መርዳት አለባቸው።
rights-trafficking-protection-justice-2 = በአውሮፓ፣ የሕግ እርዳታ የማግኘትና ነጻ የሕግ ድጋፍ የማግኘት መብትም አለዎት። ቅድመ ሁኔታዎቹን የየአገሩ ሕጎች ይወስናሉ።
rights-trafficking-protection-justice-3 = ወደ አገርዎ ከተመለሱ፣ መመለስዎ ደህንነቱ የተጠበቀና ክብርዎን የሚጠብቅ መሆን አለበት። በተቻለ መጠን የራስዎ ምርጫ መሆን ይገባዋል። በአውሮፓ፣ እዚያ ሊረዱዎት የሚችሉ ድርጅቶችን አድራሻ ማግኘት አለብዎት።

rights-trafficking-protection-step-1 = የሰዎች ንግድ ተጠቂ ሊሆኑ እንደሚችሉ ለፖሊስ፣ ለማኅበራዊ ሠራተኛ ወይም የሰዎችን ንግድ ለሚዋጋ ድርጅት ይንገሩ።
rights-trafficking-protection-step-2 = ለማገገምና ለማሰላሰል ጊዜ፣ እንዲሁም ደህንነቱ የተጠበቀ መቆያ ቦታ ይጠይቁ።
rights-trafficking-protection-step-3 = አስተርጓሚና ነጻ የሕግ ድጋፍ ይጠይቁ።
rights-trafficking-protection-step-4 = ከፖሊስ ጋር መተባበር ይፈልጉ እንደሆነ ለመወሰን ጊዜ መውሰድ ይችላሉ።
rights-trafficking-protection-step-5 = በአውሮፓ፣ አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።

## ጥገኝነትና የሰዎች ንግድ፦ ሁለቱም መብቶች

rights-asylum-and-trafficking-title = ጥገኝነትና የሰዎች ንግድ ተጠቂዎች ጥበቃ፦ ሁለቱንም ማግኘት ይችላሉ
rights-asylum-and-trafficking-summary = በአንድ ጊዜ ጥገኝነት መጠየቅና እንደ ሰዎች ንግድ ተጠቂ ጥበቃ ማግኘት ይችላሉ።

rights-asylum-and-trafficking-both-heading = መምረጥ አያስፈልግዎትም
rights-asylum-and-trafficking-both-1 = በአንድ ጊዜ የሰዎች ንግድ ተጠቂና ስደተኛ መሆን ይችላሉ። ሁለቱም ዓይነት መብቶች ለእርስዎ ይሠራሉ። አንዱን መምረጥ አያስፈልግዎትም።
rights-asylum-and-trafficking-both-2 = የሰዎችን ንግድ የሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል እንደ ስደተኛ ያለዎትን መብቶች አይቀንስም። ይህም ወደ አደጋ ከመመለስ ያለዎትን ጥበቃ ይጨምራል።
rights-asylum-and-trafficking-both-3 = በአውሮፓ፣ ለሰዎች ንግድ ተጠቂዎች የሚሰጥ የመኖሪያ ፈቃድ ጥገኝነት የመጠየቅ መብትዎን አይነካም።

rights-asylum-and-trafficking-refugee-heading = የሰዎች ንግድ ተጠቂ ስደተኛ ሲሆን
rights-asylum-and-trafficking-refugee-1 = UNHCR፣ የተባበሩት መንግሥታት የስደተኞች ድርጅት፣ የሰዎች ንግድ ተጠቂ የነበሩ ሰዎች ስደተኞች ሊሆኑ ይችላሉ ይላል። ይህ የሚሆነው ሲመለሱ ማሳደድ ይደርስብናል ብለው የሚፈሩ ከሆነ ነው። ለምሳሌ፣ እንደገና የሰዎች ንግድ ተጠቂ መሆንን ወይም ከሰዎች ነጋዴዎቹ የሚደርስ በቀልን ሊፈሩ ይችላሉ።
rights-asylum-and-trafficking-refugee-2 = ሁሉም የሰዎች ንግድ ተጠቂ ስደተኛ አይደለም። እያንዳንዱ ጉዳይ ለብቻው ይታያል።

rights-asylum-and-trafficking-step-1 = የሰዎች ንግድ ተጠቂ እንደነበሩ፣ እንዲሁም ቢመለሱ ምን እንደሚፈሩ ለጥገኝነት ኃላፊዎች ይንገሩ።
rights-asylum-and-trafficking-step-2 = እንደ ሰዎች ንግድ ተጠቂም እንዲለዩ ይጠይቁ።
rights-asylum-and-trafficking-step-3 = በሁለቱም ጉዳዮች እንዲረዳዎት ጠበቃን ወይም እምነት የሚጣልበትን ድርጅት ይጠይቁ።
rights-asylum-and-trafficking-step-4 = ሙሉ ታሪክዎ እንዲገባቸው አስተርጓሚ ይጠይቁ።

## ሕፃናት

rights-children-title = የሕፃናት መብቶች
rights-children-summary = ዕድሜዎ ከ18 ዓመት በታች ከሆነ፣ ከየትም ቢመጡ፣ ምንም ዓይነት ሰነድ ቢኖርዎት፣ ተጨማሪ ጥበቃ አለዎት።

rights-children-interests-heading = ከሁሉ የተሻለው ጥቅምዎ ይቀድማል
rights-children-interests-1 = ዕድሜዎ ከ18 ዓመት በታች ከሆነ፣ ሕፃን ነዎት። የተባበሩት መንግሥታት ባለሙያዎች፣ ምንም ዓይነት ሰነድ ቢኖርዎት፣ እንደ ሕፃን ጥበቃ ሊደረግልዎ ግዴታ ነው ይላሉ።
rights-children-interests-2 = ስለ እርስዎ በሚሰጥ እያንዳንዱ ውሳኔ፣ ከሁሉ የተሻለው ጥቅምዎ በጣም አስፈላጊ ከሆኑት ነገሮች አንዱ መሆን አለበት። ይህ ማለት ለደህንነትዎ፣ ለጤናዎና ለወደፊት ሕይወትዎ የሚበጀው ነገር ማለት ነው። የተባበሩት መንግሥታት ሪፖርት፣ የፍልሰት ሕጎች ከዚህ በላይ ሊሆኑ አይችሉም ይላል።
rights-children-interests-3 = ስደተኛ ከሆኑ ወይም ጥገኝነት እየጠየቁ ከሆነ፣ ጥበቃና እርዳታ የማግኘት መብት አለዎት። ቤተሰብዎን ለማግኘትም እርዳታ ማግኘት ይችላሉ።

rights-children-guardian-heading = ሞግዚት
rights-children-guardian-1 = ብቻዎን ከሆኑ፣ ወላጅ ወይም የሚንከባከብዎ ሌላ አዋቂ ከሌለ፣ ሞግዚት ሊመደብልዎ ይገባል። ሞግዚት ማለት ጥቅምዎን የሚጠብቅና ውሳኔ እንዲያደርጉ የሚረዳዎ አዋቂ ሰው ነው።
rights-children-guardian-2 = በአውሮፓ ኅብረት ውስጥ፣ ብቻቸውን ያሉ የሰዎች ንግድ ተጠቂ ሕፃናት ሞግዚት ሊመደብላቸው ግዴታ ነው።

rights-children-age-heading = ሰዎች ዕድሜዎን ከተጠራጠሩ
rights-children-age-1 = ኃላፊዎች ዕድሜዎን ከተጠራጠሩ፣ በሕፃናት መብቶች ላይ የሚሠሩ የተባበሩት መንግሥታት ባለሙያዎች ምርመራው እንዴት መካሄድ እንዳለበት ይናገራሉ። ምርመራው መልክዎን ብቻ ሳይሆን ምን ያህል በሳል እንደሆኑም ማየት ይገባዋል። ደህንነቱ የተጠበቀ፣ ፍትሐዊና ለሕፃናት ተስማሚ መሆን ይገባዋል።
# «የጥርጣሬው ጥቅም»፦ ጉዳዩ ግልጽ ካልሆነ፣ ውሳኔው ለሕፃኑ ይጠቅማል።
rights-children-age-2 = አሁንም ጥርጣሬ ካለ፣ የጥርጣሬው ጥቅም ለእርስዎ ሊሰጥ ይገባል። ይህ ማለት ሕፃን ሊሆኑ የሚችሉ ከሆነ፣ እንደ ሕፃን ይያዛሉ ማለት ነው።
rights-children-age-3 = በአውሮፓ፣ ይህ የሰዎች ንግድ ተጠቂ ሊሆኑ ለሚችሉ ሰዎችም ይሠራል። ሕፃን ሊሆኑ የሚችሉ ከሆነ፣ ዕድሜዎ እስኪረጋገጥ ድረስ እንደ ሕፃን ይያዛሉ።

rights-children-trafficking-heading = የሕፃናት ንግድ
rights-children-trafficking-1 = ለሕፃናት ሕጉ የበለጠ ጥብቅ ነው። አንድ ሰው ሕፃንን ለመበዝበዝ ብሎ ቢመለምል፣ ቢያጓጉዝ፣ ቢደብቅ ወይም ቢቀበል፣ ይህ የሰዎች ንግድ ነው። ኃይል፣ ዛቻ ወይም ውሸት አያስፈልግም። ሕፃን ለመበዝበዝ መስማማት አይችልም።

rights-children-step-1 = ዕድሜዎ ከ18 ዓመት በታች ከሆነ፣ ይህን በግልጽ ይናገሩ።
rights-children-step-2 = ብቻዎን ከሆኑ፣ ሞግዚት ይጠይቁ።
rights-children-step-3 = ከፈለጉ፣ ቤተሰብዎን ለማግኘት እርዳታ ይጠይቁ።
rights-children-step-4 = በአውሮፓ፣ አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።

## በእስር ላይ ከሆኑ

rights-detention-title = በእስር ላይ ከሆኑ
rights-detention-summary = በፖሊስ ወይም በተዘጋ ማዕከል ውስጥ ከተያዙ ያለዎት መብቶች።

rights-detention-asylum-heading = አሁንም ጥገኝነት መጠየቅ ይችላሉ
rights-detention-asylum-1 = እስር ማለት ለመውጣት ነጻነት ሳይኖርዎት በተዘጋ ቦታ መያዝ ነው። ቢታሰሩም እንኳ ጥገኝነት መጠየቅ ይችላሉ።
rights-detention-asylum-2 = ስደተኞች ያለ ሰነድ በመግባታቸው ሊቀጡ አይፈቀድም። በቀጥታ ከአደጋ የመጡ፣ በፍጥነት ወደ ባለሥልጣናት የሄዱ እና በቂ ምክንያት ያላቸው መሆን አለባቸው። የመንቀሳቀስ ነጻነታቸው ሊገደብ የሚችለው አስፈላጊ ከሆነ ብቻ ነው። UNHCR እነዚህን ቅድመ ሁኔታዎች የሚያሟሉ ሰዎች ያለ ሰነድ በመግባታቸው ብቻ ሊታሰሩ አይገባም ይላል።
rights-detention-asylum-3 = የጥገኝነት ጥያቄዎ እስኪወሰን ድረስ ወደ አደጋ ሊመልሱዎት አይፈቀድም። በአውሮፓ፣ የሰዎች ንግድ ተጠቂ ሊሆኑ የሚችሉ ከሆነ፣ ይህ እስኪጣራ ድረስ ከአገሪቱ ሊያስወጡዎት አይፈቀድም።

rights-detention-help-heading = አስተርጓሚና ጠበቃ
rights-detention-help-1 = በአውሮፓ ኅብረት ውስጥ፣ ኃላፊዎች ጥገኝነት የመጠየቅ መብት እንዳለዎት ሊነግሩዎት ግዴታ አለባቸው። እንዲሁም ስለ ጊዜ ገደቦች፣ ስለ መብቶችዎና ግዴታዎችዎ፣ እና ነጻ የሕግ ምክር እንዴት ማግኘት እንደሚችሉ ሊነግሩዎት ግዴታ አለባቸው።
rights-detention-help-2 = በአውሮፓ፣ የሰዎች ንግድ ተጠቂዎች አስተርጓሚና የሕግ እርዳታ የማግኘት መብት አላቸው። ለሌሎች ሰዎች ሁሉ ግን የአስተርጓሚ ደንቦች ከአገር አገር ይለያያሉ። ቋንቋውን ካልተረዱ አስተርጓሚ ይጠይቁ።

rights-detention-contact-heading = ቆንስላዎና UNHCR
rights-detention-contact-1 = ቆንስላ ማለት በውጭ አገር የሚገኝ የአገርዎ መንግሥት ቢሮ ነው። በደላላ ተሻግረው ከታሰሩ፣ ከቆንስላዎ ጋር ስለመገናኘት በፍጥነት ሊያሳውቁዎት ግዴታ አለባቸው።
rights-detention-contact-2 = ይህ ደንብ ፍልሰተኞችን በሕገወጥ መንገድ ማሻገርን ከሚከለክለው የተባበሩት መንግሥታት ፕሮቶኮል የመጣ ነው። ፕሮቶኮሉ ከቆንስላዎ ጋር መገናኘት አለብዎት አይልም። የራስዎን መንግሥት የሚፈሩ ከሆነ፣ ይህን ግንኙነት ላይፈልጉት ይችላሉ። መጀመሪያ ጠበቃ ይጠይቁ።
rights-detention-contact-3 = UNHCR የተባበሩት መንግሥታት የስደተኞች ድርጅት ነው። በአውሮፓ ኅብረት፣ የቀድሞዎቹ የጥገኝነት ደንቦች ጥገኝነት የጠየቁ ሰዎች ከUNHCR እና የሕግ እርዳታ ከሚሰጡ ድርጅቶች ጋር እንዲገናኙ ይፈቅዱ ነበር። ከጁን 12 ቀን 2026 (እ.ኤ.አ.) ጀምሮ አዲስ ደንቦች ተግባራዊ ሆነዋል። እነዚህ ደንቦች ነጻ የሕግ ምክር እንዴት ማግኘት እንደሚችሉ ሊነግሩዎት ግዴታ እንዳለባቸው ይገልጻሉ።

rights-detention-step-1 = ለመመለስ የሚፈሩ ከሆነ፣ ጥገኝነት መጠየቅ እንደሚፈልጉ በግልጽ ይናገሩ።
rights-detention-step-2 = አስተርጓሚ ይጠይቁ።
rights-detention-step-3 = ጠበቃ ወይም ነጻ የሕግ ምክር ይጠይቁ።
rights-detention-step-4 = ያልተረዱትን ወረቀት አይፈርሙ።
rights-detention-step-5 = ከUNHCR ወይም እምነት ከሚጣልበት ድርጅት ጋር ለመገናኘት ይጠይቁ።
rights-detention-step-6 = ከቆንስላዎ ጋር መገናኘት ይፈልጉ እንደሆነ ራስዎ ይወስኑ። ግዴታ አይደለም።
