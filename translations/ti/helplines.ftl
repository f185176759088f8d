# Machine-assisted draft: not yet reviewed by a native speaker.

### ዝርዝር መስመራት ሓገዝ፦ ነፍሲ ወከፍ መስመር ሓገዝ ንምንታይ ከም ዝኾነ፣ ብኸመይ ከም ዝርከብ፣ መዓስ ክፉት ከም ዝኾነ፣
### ከምኡ ድማ ምምሕያሽ ናይቲ ዝርዝር።
### ቁጽርታትን ኣስማት ትካላትን ከም ዘለዉ ሓልዉዎም። ሕጂ ሓገዝ ንዘድልዮ ሰብ
### ጽሓፉ፦ ሓጸርቲ፣ ቀለልቲ ሓረጋት።

## መስመር ሓገዝ ኣብ እንታይ ይሕግዝ

helplines-need-emergency = ህጹጽ ረድኤት (ፖሊስ፣ ኣምቡላንስ፣ መጥፋእቲ ሓዊ)
helplines-need-trafficking = ንግዲ ደቂ ሰባትን ምምዝማዝን
helplines-need-asylum-legal-aid = ዑቕባን ሕጋዊ ሓገዝን
helplines-need-child-protection = ቆልዑ
helplines-need-gender-based-violence = ኣብ ልዕሊ ደቂ ኣንስትዮ ዝወርድ ዓመጽን ጾታዊ ዓመጽን
helplines-need-medical = ሕክምናዊ ሓገዝ
helplines-need-shelter = ውሑስ መጽንሒ ቦታ
helplines-need-labour-rights = መሰላት ኣብ ስራሕ
helplines-need-missing-persons = ዝጠፍኡ ሰባት

## ብኸመይ ምስ መስመር ሓገዝ ትራኸቡ

helplines-channel-phone = ተሌፎን
helplines-channel-short-code = ተሌፎን (ሓጺር ቁጽሪ፣ ኣብ ውሽጢ ሃገር ጥራይ)
helplines-channel-sms = ናይ ጽሑፍ መልእኽቲ (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = ኢመይል
helplines-channel-web = መርበብ ሓበሬታ

## ሰዓታት ስራሕ

helplines-open-always = ለይትን መዓልትን ክፉት እዩ
helplines-open-now = ሕጂ ክፉት እዩ
helplines-open-unknown = ሰዓታት ስራሕ ኣይፍለጥን
# $day መዓልቲ ሰሙን እዩ (helplines-day- ዝጅምሩ መልእኽትታት ርኣዩ)፣ $time ሰዓት እዩ ከም 17:30፣ $zone ናይ ሰዓት ዞባ እዩ ከም Europe/Rome።
helplines-open-closes = ሕጂ ክፉት እዩ። ዝዕጸወሉ፦ { $day }፣ ሰዓት { $time } ({ $zone })።
helplines-closed-opens = ሕጂ ዕጹው እዩ። ዝኽፈተሉ፦ { $day }፣ ሰዓት { $time } ({ $zone })።
helplines-closed = ሕጂ ዕጹው እዩ
helplines-day-mon = ሰኑይ
helplines-day-tue = ሰሉስ
helplines-day-wed = ረቡዕ
helplines-day-thu = ሓሙስ
helplines-day-fri = ዓርቢ
helplines-day-sat = ቀዳም
helplines-day-sun = ሰንበት

## ምስ ነፍሲ ወከፍ መስመር ሓገዝ ዝርኣዩ ዝርዝራት

helplines-emergency-label = ህጹጽ
helplines-free = ብነጻ
helplines-not-free = ንደወል ክትከፍሉ ክኸውን ይኽእል
helplines-free-unknown = ዋጋ ኣይፍለጥን
helplines-languages = ቋንቋታት
helplines-languages-more = ከምኡ ድማ ካልኦት ቋንቋታት
helplines-languages-unknown = ቋንቋታት ኣይፍለጡን
helplines-languages-unlisted = ብዙሓት፣ ኣይተዘርዘሩን
helplines-operator = ኣካያዲ
helplines-sources = ምንጪ
helplines-source-dated = ዕለት ናይቲ ምንጪ፦ { $date }
helplines-source-undated = እቲ ምንጪ ዕለት የብሉን
helplines-checked-by = { $by } ኣብ { $date } መርሚሩዎ
helplines-checked-by-undated = { $by } መርሚሩዎ
helplines-status-partly-verified = ምሉእ ብምሉእ ኣይተረጋገጸን፦ እዚ ቁጽሪ ሕጂ እውን ይሰርሕ እንተሎ ኣረጋግጹ።
helplines-none-found = ነዚ ምድላይ ዝሰማማዕ መስመር ሓገዝ ኣይተረኽበን። ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 112 (ኣብ ኤውሮጳ) ወይ ናብ ቁጽሪ ህጹጽ ረድኤት ናይቲ ዘለኹምዎ ቦታ ደውሉ።

## መበገሲ ዝርዝር፦ ካብ ህዝባዊ ምንጭታት ዝተኣከቡ ቁጽርታት፣ ኣብቲ ኣፕሊኬሽን ዝኣተዉ

helplines-eu-112-name = ቁጽሪ ህጹጽ ረድኤት 112
helplines-eu-112-description = ንሕጂ ዘሎ ሓደጋ፦ ፖሊስ፣ ኣምቡላንስ፣ መጥፋእቲ ሓዊ። ካብ ቀዋሚ ተሌፎንን ሞባይልን ብነጻ እዩ።
helplines-eu-112-note = ኣብ ኩለን ሃገራት ሕብረት ኤውሮጳ ይሰርሕ።
helplines-ch-112-name = ቁጽሪ ህጹጽ ረድኤት 112
helplines-ch-112-description = ንሕጂ ዘሎ ሓደጋ፦ ፖሊስ፣ ኣምቡላንስ፣ መጥፋእቲ ሓዊ። ካብ ቀዋሚ ተሌፎንን ሞባይልን ብነጻ እዩ።
helplines-rs-112-name = ቁጽሪ ህጹጽ ረድኤት 112
helplines-rs-112-description = ንሕጂ ዘሎ ሓደጋ፦ ፖሊስ፣ ኣምቡላንስ፣ መጥፋእቲ ሓዊ። ካብ ቀዋሚ ተሌፎንን ሞባይልን ብነጻ እዩ።

helplines-eu-116000-name = መስመር ሓገዝ ንዝጠፍኡ ቆልዑ 116 000
helplines-eu-116000-description = ንዝጠፍአ ቆልዓ፦ ደገፍ ነቲ ቆልዓ፣ ንስድራኡን ገለ ነገር ንዝረኣዩ ሰባትን። ብነጻ፣ ለይትን መዓልትን።
helplines-eu-116000-note = ነፍሲ ወከፍ ሃገር ኣብ ድሕሪ እዚ ቁጽሪ ናይ ባዕላ ትካል ኣለዋ፣ ንኣብነት The Smile of the Child ኣብ ግሪኽ፣ Telefono Azzurro ድማ ኣብ ኢጣልያ። መብዛሕትአን ሃገራት ናይ ጽሑፍ ዕላል (chat) እውን የቕርባ።
helplines-ch-116000-name = መስመር ሓገዝ ንዝጠፍኡ ቆልዑ 116 000
helplines-ch-116000-description = ንዝጠፍአ ቆልዓ፦ ደገፍ ነቲ ቆልዓ፣ ንስድራኡን ገለ ነገር ንዝረኣዩ ሰባትን። ብነጻ፣ ለይትን መዓልትን።
helplines-ch-116000-note = ነቲ ቁጽሪ ኣብታ ዘለኹምዋ ሃገር ኣረጋግጹ፦ ኣብ ድሕሪኡ ዘሎ ትካል ካብ ሃገር ናብ ሃገር ይፈላለ።
helplines-al-116000-name = መስመር ሓገዝ ንዝጠፍኡ ቆልዑ 116 000
helplines-al-116000-description = ንዝጠፍአ ቆልዓ፦ ደገፍ ነቲ ቆልዓ፣ ንስድራኡን ገለ ነገር ንዝረኣዩ ሰባትን። ብነጻ፣ ለይትን መዓልትን።
helplines-al-116000-note = ነቲ ቁጽሪ ኣብታ ዘለኹምዋ ሃገር ኣረጋግጹ፦ ኣብ ድሕሪኡ ዘሎ ትካል ካብ ሃገር ናብ ሃገር ይፈላለ።
helplines-rs-116000-name = መስመር ሓገዝ ንዝጠፍኡ ቆልዑ 116 000
helplines-rs-116000-description = ንዝጠፍአ ቆልዓ፦ ደገፍ ነቲ ቆልዓ፣ ንስድራኡን ገለ ነገር ንዝረኣዩ ሰባትን። ብነጻ፣ ለይትን መዓልትን።

helplines-eu-116111-name = መስመር ሓገዝ ቆልዑ 116 111
helplines-eu-116111-description = ምስ ሰብ ክዛረቡ ንዘድልዮም ቆልዑ ምኽሪ። ብነጻ።
helplines-eu-116111-note = ገና ኣብ ኩለን ሃገራት ሕብረት ኤውሮጳ የለን። ገለ መስመራት ለይትን መዓልትን ክፉታት እዮም፣ ገለ ድማ ኣብ ዝተወሰነ ሰዓታት።

helplines-de-hilfetelefon-116016-name = መስመር ሓገዝ ንደቂ ኣንስትዮ ግዳያት ዓመጽ (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = ዓመጽ ንዘጋጥመን ደቂ ኣንስትዮ፣ ንግዲ ደቂ ሰባት፣ ብግዲ ዝግበር ጾታዊ ንግድን ኣብ ስራሕ ምምዝማዝን ሓዊሱ። ብነጻ፣ ስምኩም ከይገለጽኩም፣ ለይትን መዓልትን፣ ኩሉ መዓልቲ ናይ ዓመት።
helplines-de-hilfetelefon-116016-note = ንደቂ ኣንስትዮ። ብጀርመንኛን ብ18 ካልኦት ቋንቋታትን ይምልስ። ኣብ መርበብ ሓበሬታኡ ናይ ጽሑፍ ዕላል (chat) ከምኡ ድማ ኢመይል ኣሎ።

helplines-gb-modern-slavery-helpline-name = መስመር ሓገዝ ኣንጻር ዘመናዊ ባርነትን ምምዝማዝን (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = ንዝምዝመዝ ወይ ብግዲ ዝሰርሕ ዝኾነ ሰብ፣ ወይ ከምዚ ዝበለ ሰብ ንዝፈልጥ። ብነጻ፣ ብምስጢር፣ ለይትን መዓልትን።
helplines-gb-modern-slavery-helpline-note = ብልዕሊ 200 ቋንቋታት ሓገዝ ይህብ።

helplines-us-human-trafficking-hotline-name = ሃገራዊ መስመር ሓገዝ ኣንጻር ንግዲ ደቂ ሰባት (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = ንግዳያት ንግዲ ደቂ ሰባትን ካብኡ ንዝደሓኑን፣ ከምኡ ድማ ክሕግዝዎም ንዝደልዩ ሰባት። ብነጻ፣ ለይትን መዓልትን። ፖሊስ ኣይኮነን፣ ቤት ጽሕፈት ኢሚግሬሽን እውን ኣይኮነን።
helplines-us-human-trafficking-hotline-note = ብተሌፎን ብእንግሊዝኛን ብስጳንኛን፣ ብተርጎምቲ ድማ ብልዕሊ 200 ቋንቋታት። ናይ ጽሑፍ መልእኽትን ናይ ጽሑፍ ዕላልን (chat) ብእንግሊዝኛን ብስጳንኛን ጥራይ።

helplines-it-numero-verde-antitratta-name = ነጻ መስመር ተሌፎን ኣንጻር ንግዲ ደቂ ሰባት (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = ንግዳያትን ምስክራትን ንግዲ ደቂ ሰባት። ብነጻ፣ ስምኩም ከይገለጽኩም፣ ለይትን መዓልትን።
helplines-it-numero-verde-antitratta-note = ባህላዊ ኣሸማገልቲ ቋንቋታት ናይጀርያን ካልኦት ቋንቋታትን እውን ይዛረቡ።

helplines-it-arci-asylum-name = ነጻ መስመር ARCI ንሓተትቲ ዑቕባን ስደተኛታትን
helplines-it-arci-asylum-description = ንዑቕባ ዝሓቱ ወይ ኣህጉራዊ ሓለዋ ዘለዎም ሰባት ሕጋዊ ሓገዝን ተርጎምትን።
helplines-it-arci-asylum-note = ብ36 ቋንቋታትን ላህጃታትን ይሕግዝ። ካብ ሰዓታት ስራሕ ወጻኢ፣ ኣብ ዝኾነ ግዜ ናይ ድምጺ መልእኽቲ ክትገድፉ ትኽእሉ ኢኹም። እዚ ሓበሬታ ካብ 2021 እዩ፦ እቲ መስመር ሕጂ እውን ይሰርሕ እንተሎ ኣረጋግጹ።

helplines-gr-a21-1109-name = መስመር ሓበሬታን ሓገዝን ብዛዕባ ንግዲ ደቂ ሰባት 1109
helplines-gr-a21-1109-description = ንግዳያት ንግዲ ደቂ ሰባትን ንግዲ ደቂ ሰባት ክሕብሩ ንዝደልዩ ሰባትን።
helplines-gr-a21-1109-note = እቶም ምንጭታት ካብ ኣስታት 2012 እዮም፣ ሰዓታት ስራሕ ናይዚ መስመር ድማ ክረጋገጽ ኣይከኣለን።

helplines-rs-astra-sos-name = መስመር ሓገዝ ASTRA SOS
helplines-rs-astra-sos-description = ካብ ንግዲ ደቂ ሰባት ንዝደሓኑ ሰባት ደገፍ። ንግዲ ደቂ ሰባት ስምኩም ከይገለጽኩም ክትሕብሩ እውን ትኽእሉ ኢኹም።
helplines-rs-astra-sos-note = ASTRA ኣብ ሰርብያ ነቲ ናይ ዝጠፍኡ ቆልዑ ቁጽሪ 116 000 እውን የካይዶ።

helplines-tr-yimer-157-name = ማእከል ርክብ ወጻእተኛታት (YİMER 157)
helplines-tr-yimer-157-description = ሓበሬታ ብዛዕባ ቪዛ፣ ፍቓድ መንበሪን ኣህጉራዊ ሓለዋን፣ ከምኡ ድማ ንግዳያት ንግዲ ደቂ ሰባት መስመር ሓገዝ። ኣብ ዝኾነ ግዜ ክፉት እዩ።
helplines-tr-yimer-157-note = እዚ መስመር ብመንግስታዊ ትካል ስደትን ኢሚግሬሽንን እዩ ዝካየድ።

helplines-ly-unhcr-protection-name = መስመር ሓለዋ UNHCR
helplines-ly-unhcr-protection-description = ኣብ ሊብያ ንዘለዉ ሓለዋ ዘድልዮም ስደተኛታትን ሓተትቲ ዑቕባን።
helplines-ly-unhcr-protection-note = ኣብ መጋቢት 2020 ካብ ሰንበት ክሳብ ሓሙስ፣ ካብ 09:00 ክሳብ 17:00 ይምልስ ነይሩ። ናይ ሕጂ ሰዓታት ስራሑ ኣይፍለጡን።

helplines-ly-cesvi-protection-name = መስመራት ሓለዋ CESVI
helplines-ly-cesvi-protection-description = ንስደተኛታትን ሓተትቲ ዑቕባን ሓገዝ ሓለዋ፣ ካብ ሓደ መሻርኽቲ UNHCR።

helplines-ly-sexual-violence-line-name = መስመር ሓገዝ ካብ ጾታዊ ዓመጽ ንዝደሓኑ
helplines-ly-sexual-violence-line-description = ካብ ጾታዊ ዓመጽ ንዝደሓኑ ሰባት። ለይትን መዓልትን።
helplines-ly-sexual-violence-line-note = ምስ International Rescue Committee (IRC) ዝተኣሳሰረ እዩ። ጽሑፍ ናይቲ ምንጪ ተቖሪጹ ነይሩ፦ ኣብዚ ቁጽሪ ቅድሚ ምውካልኩም ኣረጋግጹዎ።

helplines-mx-linea-contra-la-trata-name = ሃገራዊ መስመርን ናይ ጽሑፍ ዕላልን (chat) ኣንጻር ንግዲ ደቂ ሰባት
helplines-mx-linea-contra-la-trata-description = ሰብ ሞያ ስነ-ኣእምሮን ጠበቓታትን ንግዳያት ንግዲ ደቂ ሰባት ይሕግዙ። ብነጻ፣ ስምኩም ከይገለጽኩም፣ ለይትን መዓልትን፣ ብተሌፎን ወይ ብWhatsApp።
helplines-mx-linea-contra-la-trata-note = ካብ ወጻኢ ሜክሲኮ ዝመጽእ ሓበሬታ እውን ይቕበል።

## ትእዛዝ helplines ናይቲ ናይ ኮምፒተር ኣፕሊኬሽን

# $list ዝርዝር ቅቡላት ቃላት እዩ፣ ንኣብነት "emergency, trafficking, …"።
helplines-cli-unknown-need = ዘይፍለጥ ዓይነት ሓገዝ። ሓደ ካብዞም ተጠቐሙ፦ { $list }
helplines-cli-unknown-channel = ዘይፍለጥ መንገዲ ምርኻብ መስመር ሓገዝ። ሓደ ካብዞም ተጠቐሙ፦ { $list }

## ምምሕያሽ መስመራት ሓገዝ

helplines-sync-usage = ኣድራሻ ናይ ሓደ ሕታም ሃቡ (salama sync <URL>)፣ ወይ salama sync status ተጠቐሙ።
helplines-sync-checking = ሓደስቲ ምምሕያሻት ይድለዩ ኣለዉ…
# $collections ክንደይ ፋይላት ከም ዝወርዱ እዩ፣ $size መጠን ሓበሬታ፣ ንኣብነት 12.3 KiB።
helplines-sync-download =
    { $collections ->
        [0] ዝወርድ ነገር የለን።
        [one] { $collections } ፋይል ክወርድ እዩ ({ $size })።
       *[other] { $collections } ፋይላት ክወርዱ እዮም ({ $size })።
    }
helplines-sync-applying = ይትከል ኣሎ…
# $serial ቁጽሪ ናይቲ ሕታም እዩ።
helplines-sync-updated = ናብ ሕታም { $serial } ተመሓይሹ።
helplines-sync-up-to-date = ድሮ ሓድሽ እዩ (ሕታም { $serial })።
# $requests ክንደይ ሕቶታት ከም ዝተገብሩ እዩ፣ $size ክንደይ ሓበሬታ ከም ዝወረደ።
helplines-sync-cost =
    { $requests ->
        [one] { $requests } ሕቶ፣ { $size } ወሪዱ።
       *[other] { $requests } ሕቶታት፣ { $size } ወሪዱ።
    }
helplines-sync-stale = ግዜ ናይዚ ሓበሬታ ሓሊፉ እዩ። ገና ይርአ ኣሎ፣ ግን ዝኣረገ ክኸውን ይኽእል።

## ኩነታት ምምሕያሽ

helplines-status-none = ገና ዝተተኽለ ምምሕያሽ የለን፦ ሰላማ ነቶም ኣብቲ ኣፕሊኬሽን ዘለዉ መስመራት ሓገዝ ይጥቀም ኣሎ።
helplines-status-release = ዝተተኽለ ሕታም { $serial }
helplines-status-publisher = ኣሕታሚ
helplines-status-key = ዝተፈረመሉ መፍትሕ
helplines-status-source = ዝመጸሉ
helplines-status-issued = ዝወጸሉ ዕለት
# $days እቲ ሕታም ቅድሚ ክንደይ መዓልታት ከም ዝወጸ እዩ።
helplines-status-age =
    { $days ->
        [0] እዚ ሓበሬታ ገና ሓደ መዓልቲ ኣይገበረን።
        [one] እዚ ሓበሬታ { $days } መዓልቲ ገይሩ።
       *[other] እዚ ሓበሬታ { $days } መዓልታት ገይሩ።
    }
helplines-status-expires = ግዜኡ ዝውድኣሉ
helplines-status-expired = ግዜኡ ሓሊፉ፦ እቲ ሓበሬታ ዝኣረገ ክኸውን ይኽእል።
helplines-expires-in =
    { $days ->
        [0] ካብ ሓደ መዓልቲ ዝውሕድ ተሪፉ
        [one] { $days } መዓልቲ ተሪፉ
       *[other] { $days } መዓልታት ተሪፉ
    }
helplines-expired-ago =
    { $days ->
        [0] ግዜኡ ካብ ዝሓልፍ ሓደ መዓልቲ ኣይመልአን
        [one] ግዜኡ ቅድሚ { $days } መዓልቲ ሓሊፉ
       *[other] ግዜኡ ቅድሚ { $days } መዓልታት ሓሊፉ
    }
helplines-status-outdated = (ካብቲ ሕታም ዝኣረገ እዩ፦ ንምምላኡ ኣመሓይሹ)
helplines-status-last-success = ናይ መወዳእታ ዝሰለጠ ምምሕያሽ
helplines-status-last-attempt = ናይ መወዳእታ ፈተነ
helplines-status-last-error = ናይ መወዳእታ ጌጋ
helplines-status-never = ፈጺሙ

## ብዘይ ኢንተርነት ዝሰርሑ ጥቕላላት

# $file ስም ፋይል እዩ፣ $serial ቁጽሪ ሕታም፣ $collections ዝርዝር ከም helplines/GR፣ $size መጠን ፋይል።
helplines-pack-exported = { $file } ተጻሒፉ፦ ሕታም { $serial }፣ { $collections } ({ $size })።

## መሳርሒታት ኣሕተምቲ

# $file ከምኡ ድማ $public ኣስማት ፋይላት እዮም፣ $id መለለዪ መፍትሕ።
helplines-publish-key-written = ሓድሽ መፈረሚ መፍትሕ ኣብ { $file } ተጻሒፉ። ብምስጢር ሓዝዎ፣ ተጠባባቒ ቅዳሕ እውን ግበሩሉ፦ ፈጺሙ ብኻልእ ኣይትካእን እዩ። ህዝባዊ መፍትሑ (id { $id }) ኣብ { $public } ኣሎ።
# $serial ቁጽሪ ሕታም እዩ፣ $dir ማህደር፣ $keys መለለዪታት መፍትሕ።
helplines-publish-released = ሕታም { $serial } ኣብ { $dir } ተጻሒፉ፣ ብ{ $keys } ተፈሪሙ።
# $name ስብስብ እዩ ከም helplines/GR፣ $version ስሪቱ፣ $entries ክንደይ መስመራት ሓገዝ ከም ዘለውዎ፣ $size መጠኑ።
helplines-publish-collection-changed = { $name }፦ ስሪት { $version }፣ { $entries } መስመራት ሓገዝ፣ { $size } (ተቐይሩ)
helplines-publish-collection-same = { $name }፦ ስሪት { $version }፣ { $entries } መስመራት ሓገዝ፣ { $size } (ኣይተቐየረን)
helplines-publish-translations-changed = { $name }፦ ስሪት { $version }፣ { $files } ፋይላት ትርጉም፣ { $size } (ተቐይሩ)
helplines-publish-translations-same = { $name }፦ ስሪት { $version }፣ { $files } ፋይላት ትርጉም፣ { $size } (ኣይተቐየረን)
helplines-publish-empty = ኣብ { $names } ዝኾነ መስመር ሓገዝ የለን። ሽዑ ተሌፎናት ነቶም ኣብቲ ኣፕ ዘለዉ መስመራት ሓገዝ ናይታ ሃገር ክሓብእዎም እዮም። መስመራት ሓገዝ ናይታ ሃገር ወስኹ፣ ወይ ብፍላጥ ከተውጽእዎም እንተደሊኹም፣ ምስ --allow-empty እንደገና ሕተምዎ።
# $expires ዕለትን ሰዓትን እዩ።
helplines-release-verified = ሕታም { $serial } ቅቡል እዩ፦ ብእሙን መፍትሕ { $key } ተፈሪሙ፣ ግዜኡ ኣብ { $expires } ይውዳእ።
helplines-release-collection = { $name }፦ ስሪት { $version }፣ { $entries } መስመራት ሓገዝ፣ { $size }፣ ተመርሚሩ
helplines-release-translations = { $name }፦ ስሪት { $version }፣ { $files } ፋይላት ትርጉም፣ { $size }፣ ተመርሚሩ
helplines-release-collection-absent = { $name }፦ ስሪት { $version }፣ { $size }፣ ኣብዚ ጥቕላል የለን
helplines-release-no-such-path = { $path } የለን። ማህደር ናይ ሓደ ሕታም (እቲ index.json ዘለዎ ማህደር) ወይ ፋይል ናይ ብዘይ ኢንተርነት ዝሰርሕ ጥቕላል ሃቡ።
helplines-release-not-a-release = { $path } ሕታም ኮነ ብዘይ ኢንተርነት ዝሰርሕ ጥቕላል ኣይኮነን። ሕታም index.json ዘለዎ ማህደር እዩ፤ ጥቕላል ድማ salama pack export ዝሰርሖ ፋይል እዩ።
