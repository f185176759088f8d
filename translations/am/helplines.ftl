# Machine-assisted draft: not yet reviewed by a native speaker.

### የእርዳታ መስመሮች ማውጫ፦ እያንዳንዱ የእርዳታ መስመር ለምን እንደሆነ፣ እንዴት እንደሚገኝ፣ መቼ ክፍት እንደሆነ፣
### እና ማውጫውን ማዘመን።
### ቁጥሮቹንና የድርጅቶቹን ስሞች እንዳሉ ያስቀምጡ። አሁን እርዳታ ለሚያስፈልገው ሰው
### ይጻፉ፦ አጭርና ቀላል ዓረፍተ ነገሮች።

## የእርዳታ መስመሩ በምን ይረዳል

helplines-need-emergency = የአደጋ ጊዜ (ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ)
helplines-need-trafficking = የሰዎች ንግድና ብዝበዛ
helplines-need-asylum-legal-aid = ጥገኝነትና የሕግ እርዳታ
helplines-need-child-protection = ሕፃናት
helplines-need-gender-based-violence = በሴቶች ላይ የሚደርስ ጥቃትና ወሲባዊ ጥቃት
helplines-need-medical = የሕክምና እርዳታ
helplines-need-shelter = ደህንነቱ የተጠበቀ መቆያ ቦታ
helplines-need-labour-rights = በሥራ ላይ ያሉ መብቶች
helplines-need-missing-persons = የጠፉ ሰዎች

## የእርዳታ መስመሩን እንዴት ማግኘት እንደሚቻል

helplines-channel-phone = ስልክ
helplines-channel-short-code = ስልክ (አጭር ቁጥር፣ በአገር ውስጥ ብቻ)
helplines-channel-sms = የጽሑፍ መልእክት (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = ኢሜይል
helplines-channel-web = ድረ ገጽ

## የሥራ ሰዓት

helplines-open-always = ቀንና ሌሊት ክፍት ነው
helplines-open-now = አሁን ክፍት ነው
helplines-open-unknown = የሥራ ሰዓቱ አይታወቅም
# $day የሳምንቱ ቀን ነው (helplines-day- የሚጀምሩትን መልእክቶች ይመልከቱ)፤ $time እንደ 17:30 ያለ ሰዓት ነው፤ $zone እንደ Europe/Rome ያለ የሰዓት ክልል ነው።
helplines-open-closes = አሁን ክፍት ነው። የሚዘጋው፦ { $day }፣ ሰዓት { $time } ({ $zone })።
helplines-closed-opens = አሁን ዝግ ነው። የሚከፈተው፦ { $day }፣ ሰዓት { $time } ({ $zone })።
helplines-closed = አሁን ዝግ ነው
helplines-day-mon = ሰኞ
helplines-day-tue = ማክሰኞ
helplines-day-wed = ረቡዕ
helplines-day-thu = ሐሙስ
helplines-day-fri = ዓርብ
helplines-day-sat = ቅዳሜ
helplines-day-sun = እሑድ

## ከእያንዳንዱ የእርዳታ መስመር ጋር የሚታዩ ዝርዝሮች

helplines-emergency-label = የአደጋ ጊዜ
helplines-free = ነጻ ነው
helplines-not-free = ለጥሪው መክፈል ሊኖርብዎ ይችላል
helplines-free-unknown = ዋጋው አይታወቅም
helplines-languages = ቋንቋዎች
helplines-languages-more = እና ሌሎች ቋንቋዎች
helplines-languages-unknown = ቋንቋዎቹ አይታወቁም
helplines-languages-unlisted = በርካታ፣ አልተዘረዘሩም
helplines-operator = የሚያስተዳድረው
helplines-sources = ምንጭ
helplines-source-dated = የምንጩ ቀን፦ { $date }
helplines-source-undated = ምንጩ ቀን የለውም
helplines-checked-by = { $by } { $date } ላይ አረጋግጦታል
helplines-checked-by-undated = { $by } አረጋግጦታል
helplines-status-partly-verified = ሙሉ በሙሉ አልተረጋገጠም፦ ይህ ቁጥር አሁንም እንደሚሠራ ያረጋግጡ።
helplines-none-found = ለዚህ ፍለጋ ምንም የእርዳታ መስመር አልተገኘም። አሁን አደጋ ላይ ከሆኑ፣ ወደ 112 (በአውሮፓ) ወይም ወደ አካባቢው የአደጋ ጊዜ ቁጥር ይደውሉ።

## የመነሻ ማውጫ፦ ከሕዝብ ምንጮች የተሰበሰቡ፣ በመተግበሪያው ውስጥ የተካተቱ ቁጥሮች

helplines-eu-112-name = የአደጋ ጊዜ ቁጥር 112
helplines-eu-112-description = አሁን ላለ አደጋ፦ ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ። ከመደበኛ ስልክም ሆነ ከሞባይል ነጻ ነው።
helplines-eu-112-note = በሁሉም የአውሮፓ ኅብረት አገሮች ይሠራል።
helplines-ch-112-name = የአደጋ ጊዜ ቁጥር 112
helplines-ch-112-description = አሁን ላለ አደጋ፦ ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ። ከመደበኛ ስልክም ሆነ ከሞባይል ነጻ ነው።
helplines-rs-112-name = የአደጋ ጊዜ ቁጥር 112
helplines-rs-112-description = አሁን ላለ አደጋ፦ ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ። ከመደበኛ ስልክም ሆነ ከሞባይል ነጻ ነው።

helplines-eu-116000-name = የጠፉ ሕፃናት የእርዳታ መስመር 116 000
helplines-eu-116000-description = ለጠፋ ልጅ፦ ለልጁ፣ ለቤተሰቡና አንድ ነገር ላዩ ሰዎች ድጋፍ። ነጻ፣ ቀንና ሌሊት።
helplines-eu-116000-note = በእያንዳንዱ አገር ከዚህ ቁጥር ጀርባ የራሱ ድርጅት አለ፤ ለምሳሌ በግሪክ The Smile of the Child፣ በጣሊያን ደግሞ Telefono Azzurro። አብዛኞቹ አገሮች የጽሑፍ ውይይት (chat) አገልግሎትም ይሰጣሉ።
helplines-ch-116000-name = የጠፉ ሕፃናት የእርዳታ መስመር 116 000
helplines-ch-116000-description = ለጠፋ ልጅ፦ ለልጁ፣ ለቤተሰቡና አንድ ነገር ላዩ ሰዎች ድጋፍ። ነጻ፣ ቀንና ሌሊት።
helplines-ch-116000-note = ቁጥሩን ባሉበት አገር ያረጋግጡ፦ ከጀርባው ያለው ድርጅት ከአገር አገር ይለያያል።
helplines-al-116000-name = የጠፉ ሕፃናት የእርዳታ መስመር 116 000
helplines-al-116000-description = ለጠፋ ልጅ፦ ለልጁ፣ ለቤተሰቡና አንድ ነገር ላዩ ሰዎች ድጋፍ። ነጻ፣ ቀንና ሌሊት።
helplines-al-116000-note = ቁጥሩን ባሉበት አገር ያረጋግጡ፦ ከጀርባው ያለው ድርጅት ከአገር አገር ይለያያል።
helplines-rs-116000-name = የጠፉ ሕፃናት የእርዳታ መስመር 116 000
helplines-rs-116000-description = ለጠፋ ልጅ፦ ለልጁ፣ ለቤተሰቡና አንድ ነገር ላዩ ሰዎች ድጋፍ። ነጻ፣ ቀንና ሌሊት።

helplines-eu-116111-name = የሕፃናት የእርዳታ መስመር 116 111
helplines-eu-116111-description = የሚያናግሩት ሰው ለሚፈልጉ ሕፃናት የምክር አገልግሎት። ነጻ።
helplines-eu-116111-note = ገና በሁሉም የአውሮፓ ኅብረት አገሮች የለም። አንዳንድ መስመሮች ቀንና ሌሊት ክፍት ናቸው፤ ሌሎቹ ደግሞ በተወሰኑ ሰዓታት።

helplines-de-hilfetelefon-116016-name = ጥቃት ለሚደርስባቸው ሴቶች የድጋፍ መስመር (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = ጥቃት ለሚደርስባቸው ሴቶች፣ የሰዎች ንግድን፣ የግዳጅ ሴተኛ አዳሪነትንና በሥራ ላይ ብዝበዛን ጨምሮ። ነጻ፣ ስምዎን መናገር ሳያስፈልግ፣ ቀንና ሌሊት፣ በዓመቱ በሁሉም ቀናት።
helplines-de-hilfetelefon-116016-note = ለሴቶች። በጀርመንኛና በሌሎች 18 ቋንቋዎች ይመልሳል። በድረ ገጹ ላይ የጽሑፍ ውይይት (chat) እና ኢሜይል አለ።

helplines-gb-modern-slavery-helpline-name = የዘመናዊ ባርነትና ብዝበዛ የእርዳታ መስመር (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = ለሚበዘበዝ ወይም በግዳጅ ለሚሠራ ማንኛውም ሰው፣ ወይም እንደዚህ ያለ ሰው ለሚያውቅ። ነጻ፣ ሚስጥራዊ፣ ቀንና ሌሊት።
helplines-gb-modern-slavery-helpline-note = ከ200 በላይ በሆኑ ቋንቋዎች እርዳታ ይሰጣል።

helplines-us-human-trafficking-hotline-name = ብሔራዊ የሰዎች ንግድ የእርዳታ መስመር (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = ለሰዎች ንግድ ተጠቂዎችና ከሰዎች ንግድ ለተረፉ፣ እንዲሁም እነሱን መርዳት ለሚፈልጉ ሰዎች። ነጻ፣ ቀንና ሌሊት። ፖሊስ አይደለም፤ የኢሚግሬሽን መሥሪያ ቤትም አይደለም።
helplines-us-human-trafficking-hotline-note = በስልክ በእንግሊዝኛና በስፓኒሽ፣ በአስተርጓሚዎች አማካይነት ደግሞ ከ200 በላይ በሆኑ ቋንቋዎች። የጽሑፍ መልእክትና የጽሑፍ ውይይት (chat) በእንግሊዝኛና በስፓኒሽ ብቻ።

helplines-it-numero-verde-antitratta-name = የሰዎች ንግድን የሚከላከል ነጻ የስልክ መስመር (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = ለሰዎች ንግድ ተጠቂዎችና ምስክሮች። ነጻ፣ ስምዎን መናገር ሳያስፈልግ፣ ቀንና ሌሊት።
helplines-it-numero-verde-antitratta-note = የባህል አስታራቂዎች የናይጄሪያ ቋንቋዎችንና ሌሎች ቋንቋዎችንም ይናገራሉ።

helplines-it-arci-asylum-name = ARCI ለጥገኝነት ጠያቂዎችና ለስደተኞች ያዘጋጀው ነጻ የስልክ መስመር
helplines-it-arci-asylum-description = ጥገኝነት ለሚጠይቁ ወይም ዓለም አቀፍ ጥበቃ ላላቸው ሰዎች የሕግ እርዳታና አስተርጓሚዎች።
helplines-it-arci-asylum-note = በ36 ቋንቋዎችና ቀበሌኛዎች ይረዳል። ከሥራ ሰዓት ውጭ በማንኛውም ጊዜ የድምፅ መልእክት መተው ይችላሉ። ይህ መረጃ የ2021 (እ.ኤ.አ.) ነው፦ መስመሩ አሁንም እንደሚሠራ ያረጋግጡ።

helplines-gr-a21-1109-name = የሰዎች ንግድ የመረጃና የእርዳታ መስመር 1109
helplines-gr-a21-1109-description = ለሰዎች ንግድ ተጠቂዎችና የሰዎች ንግድን መጠቆም ለሚፈልጉ ሰዎች።
helplines-gr-a21-1109-note = ምንጮቹ በ2012 (እ.ኤ.አ.) ገደማ የተገኙ ናቸው፤ የሥራ ሰዓቱም ሊረጋገጥ አልቻለም።

helplines-rs-astra-sos-name = ASTRA SOS የእርዳታ መስመር
helplines-rs-astra-sos-description = ከሰዎች ንግድ ለተረፉ ሰዎች ድጋፍ። የሰዎች ንግድን ስምዎን ሳይገልጹ መጠቆምም ይችላሉ።
helplines-rs-astra-sos-note = በሰርቢያ ለጠፉ ሕፃናት የሆነውን 116 000 ቁጥርም የሚያስተዳድረው ASTRA ነው።

helplines-tr-yimer-157-name = የውጭ ዜጎች የግንኙነት ማዕከል (YİMER 157)
helplines-tr-yimer-157-description = ስለ ቪዛ፣ ስለ መኖሪያ ፈቃድና ስለ ዓለም አቀፍ ጥበቃ መረጃ፣ እንዲሁም ለሰዎች ንግድ ተጠቂዎች የእርዳታ መስመር። በማንኛውም ጊዜ ክፍት ነው።
helplines-tr-yimer-157-note = ይህ መስመር የሚተዳደረው በመንግሥት የፍልሰት (ኢሚግሬሽን) ባለሥልጣን ነው።

helplines-ly-unhcr-protection-name = UNHCR የጥበቃ የስልክ መስመር
helplines-ly-unhcr-protection-description = በሊቢያ ውስጥ ጥበቃ ለሚያስፈልጋቸው ስደተኞችና ጥገኝነት ጠያቂዎች።
helplines-ly-unhcr-protection-note = በማርች 2020 (እ.ኤ.አ.) ከእሑድ እስከ ሐሙስ፣ ከ09:00 እስከ 17:00 ይመልስ ነበር። አሁን ያለው የሥራ ሰዓቱ አይታወቅም።

helplines-ly-cesvi-protection-name = CESVI የጥበቃ የስልክ መስመሮች
helplines-ly-cesvi-protection-description = ለስደተኞችና ለጥገኝነት ጠያቂዎች የጥበቃ እርዳታ፣ የUNHCR አጋር ከሆነ ድርጅት።

helplines-ly-sexual-violence-line-name = ከወሲባዊ ጥቃት ለተረፉ ሰዎች የእርዳታ መስመር
helplines-ly-sexual-violence-line-description = ከወሲባዊ ጥቃት ለተረፉ ሰዎች። ቀንና ሌሊት።
helplines-ly-sexual-violence-line-note = ከInternational Rescue Committee (IRC) ጋር የተያያዘ ነው። የምንጩ ጽሑፍ ተቆርጦ ነበር፦ በዚህ ቁጥር ከመተማመንዎ በፊት ያረጋግጡት።

helplines-mx-linea-contra-la-trata-name = የሰዎች ንግድን የሚከላከል ብሔራዊ የስልክ መስመርና የጽሑፍ ውይይት (chat)
helplines-mx-linea-contra-la-trata-description = የሥነ ልቦና ባለሙያዎችና ጠበቆች የሰዎች ንግድ ተጠቂዎችን ይረዳሉ። ነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት፣ በስልክ ወይም በWhatsApp።
helplines-mx-linea-contra-la-trata-note = ከሜክሲኮ ውጭ የሚመጡ ጥቆማዎችንም ይቀበላል።

## የኮምፒውተር መተግበሪያው helplines ትእዛዝ

# $list ትክክለኛ የሆኑ ቃላት ዝርዝር ነው፤ ለምሳሌ "emergency, trafficking, …"።
helplines-cli-unknown-need = ያልታወቀ የእርዳታ ዓይነት። ከእነዚህ አንዱን ይጠቀሙ፦ { $list }
helplines-cli-unknown-channel = የእርዳታ መስመሩን የማግኛ ያልታወቀ መንገድ። ከእነዚህ አንዱን ይጠቀሙ፦ { $list }

## የእርዳታ መስመሮችን ማዘመን

helplines-sync-usage = የአንድ ልቀት አድራሻ ይስጡ (salama sync <URL>)፣ ወይም salama sync status ይጠቀሙ።
helplines-sync-checking = ዝማኔዎች እየተፈለጉ ነው…
# $collections ስንት ፋይሎች እንደሚወርዱ ነው፤ $size የመረጃው መጠን ነው፤ ለምሳሌ 12.3 KiB።
helplines-sync-download =
    { $collections ->
        [0] የሚወርድ ነገር የለም።
        [one] { $collections } ፋይል ይወርዳል ({ $size })።
       *[other] { $collections } ፋይሎች ይወርዳሉ ({ $size })።
    }
helplines-sync-applying = እየተጫነ ነው…
# $serial የልቀቱ ቁጥር ነው።
helplines-sync-updated = ወደ ልቀት { $serial } ተዘምኗል።
helplines-sync-up-to-date = አስቀድሞ የቅርብ ጊዜው ነው (ልቀት { $serial })።
# $requests ስንት ጥያቄዎች እንደተደረጉ ነው፤ $size ምን ያህል መረጃ እንደወረደ ነው።
helplines-sync-cost =
    { $requests ->
        [one] { $requests } ጥያቄ፣ { $size } ወርዷል።
       *[other] { $requests } ጥያቄዎች፣ { $size } ወርዷል።
    }
helplines-sync-stale = የዚህ መረጃ ጊዜ አልፏል። አሁንም ይታያል፣ ግን ያረጀ ሊሆን ይችላል።

## የዝማኔ ሁኔታ

helplines-status-none = እስካሁን ምንም ዝማኔ አልተጫነም፦ ሰላማ በመተግበሪያው ውስጥ ያሉትን የእርዳታ መስመሮች ይጠቀማል።
helplines-status-release = የተጫነው ልቀት { $serial }
helplines-status-publisher = አሳታሚ
helplines-status-key = የተፈረመበት ቁልፍ
helplines-status-source = የመጣው ከ
helplines-status-issued = የወጣበት ቀን
# $days ልቀቱ ከወጣ ስንት ቀን እንደሆነው ነው።
helplines-status-age =
    { $days ->
        [0] ይህ መረጃ አንድ ቀን እንኳ አልሞላውም።
        [one] ይህ መረጃ { $days } ቀን ሆኖታል።
       *[other] ይህ መረጃ { $days } ቀናት ሆኖታል።
    }
helplines-status-expires = የሚያበቃበት
helplines-status-expired = ጊዜው አልፏል፦ መረጃው ያረጀ ሊሆን ይችላል።
helplines-expires-in =
    { $days ->
        [0] ከአንድ ቀን ያነሰ ቀርቷል
        [one] { $days } ቀን ቀርቷል
       *[other] { $days } ቀናት ቀርተዋል
    }
helplines-expired-ago =
    { $days ->
        [0] ጊዜው ካለፈ ገና አንድ ቀን አልሞላውም
        [one] ጊዜው ካለፈ { $days } ቀን ሆኖታል
       *[other] ጊዜው ካለፈ { $days } ቀናት ሆኖታል
    }
helplines-status-outdated = (ከልቀቱ የቆየ ነው፦ ለማሟላት ያዘምኑ)
helplines-status-last-success = የመጨረሻው የተሳካ ዝማኔ
helplines-status-last-attempt = የመጨረሻው ሙከራ
helplines-status-last-error = የመጨረሻው ስህተት
helplines-status-never = በጭራሽ

## ያለ ኢንተርኔት የሚሠሩ ጥቅሎች

# $file የፋይል ስም ነው፤ $serial የልቀቱ ቁጥር፣ $collections እንደ helplines/GR ያለ ዝርዝር፣ $size የፋይሉ መጠን ነው።
helplines-pack-exported = { $file } ተጽፏል፦ ልቀት { $serial }፣ { $collections } ({ $size })።

## የአሳታሚ መሣሪያዎች

# $file እና $public የፋይል ስሞች ናቸው፤ $id የቁልፍ መለያ ነው።
helplines-publish-key-written = አዲስ የመፈረሚያ ቁልፍ በ{ $file } ተጽፏል። በሚስጥር ይያዙት፤ የመጠባበቂያ ቅጂም ያስቀምጡ፦ በላዩ ላይ ፈጽሞ ሌላ አይጻፍም። የሕዝብ ቁልፉ (id { $id }) በ{ $public } ውስጥ ነው።
# $serial የልቀቱ ቁጥር ነው፤ $dir አቃፊ ነው፤ $keys የቁልፍ መለያዎች ናቸው።
helplines-publish-released = ልቀት { $serial } በ{ $dir } ተጽፏል፣ በ{ $keys } ተፈርሟል።
# $name እንደ helplines/GR ያለ ስብስብ ነው፤ $version ስሪቱ፣ $entries በውስጡ ያሉት የእርዳታ መስመሮች ብዛት፣ $size መጠኑ ነው።
helplines-publish-collection-changed = { $name }፦ ስሪት { $version }፣ { $entries } የእርዳታ መስመሮች፣ { $size } (ተቀይሯል)
helplines-publish-collection-same = { $name }፦ ስሪት { $version }፣ { $entries } የእርዳታ መስመሮች፣ { $size } (አልተቀየረም)
helplines-publish-translations-changed = { $name }፦ ስሪት { $version }፣ { $files } የትርጉም ፋይሎች፣ { $size } (ተቀይሯል)
helplines-publish-translations-same = { $name }፦ ስሪት { $version }፣ { $files } የትርጉም ፋይሎች፣ { $size } (አልተቀየረም)
helplines-publish-empty = { $names } ምንም የእርዳታ መስመር የለውም። ያኔ ስልኮች ለዚያ አገር በመተግበሪያው ውስጥ ያሉትን የእርዳታ መስመሮች ይደብቃሉ። የአገሩን የእርዳታ መስመሮች ያክሉ፣ ወይም ሆን ብለው ማስወገድ ከፈለጉ በ--allow-empty እንደገና ያትሙ።
# $expires ቀንና ሰዓት ነው።
helplines-release-verified = ልቀት { $serial } ትክክለኛ ነው፦ በታመነ ቁልፍ { $key } ተፈርሟል፣ ጊዜው { $expires } ያበቃል።
helplines-release-collection = { $name }፦ ስሪት { $version }፣ { $entries } የእርዳታ መስመሮች፣ { $size }፣ ተረጋግጧል
helplines-release-translations = { $name }፦ ስሪት { $version }፣ { $files } የትርጉም ፋይሎች፣ { $size }፣ ተረጋግጧል
helplines-release-collection-absent = { $name }፦ ስሪት { $version }፣ { $size }፣ በዚህ ጥቅል ውስጥ የለም
helplines-release-no-such-path = { $path } የለም። የአንድ ልቀት አቃፊ (index.json ያለበትን) ወይም ያለ ኢንተርኔት የሚሠራ ጥቅል ፋይል ይስጡ።
helplines-release-not-a-release = { $path } ልቀትም ያለ ኢንተርኔት የሚሠራ ጥቅልም አይደለም። ልቀት index.json ያለበት አቃፊ ነው፤ ጥቅል ደግሞ salama pack export የሚሠራው ፋይል ነው።
