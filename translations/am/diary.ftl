# Machine-assisted draft: not yet reviewed by a native speaker.

### የተመሰጠረው ማስታወሻ ደብተር፦ ጥያቄዎች፣ ማስጠንቀቂያዎችና የሚወጣው ሪፖርት።

diary-title = ማስታወሻ ደብተር
diary-prompt-passphrase = የማስታወሻ ደብተሩ የይለፍ ቃል፦
diary-prompt-new-passphrase = አዲስ የማስታወሻ ደብተር የይለፍ ቃል፦
diary-prompt-repeat-passphrase = ያንኑ የይለፍ ቃል እንደገና ይጻፉ፦
diary-prompt-duress-passphrase = የአስገዳጅ ሁኔታ የይለፍ ቃል (በእሱ ከከፈቱ፣ ማስታወሻ ደብተሩ ሙሉ በሙሉ ይደመሰስና ባዶ ማስታወሻ ደብተር ይከፈታል)፦
diary-prompt-export-passphrase = የሚወጣው ፋይል የይለፍ ቃል (ፋይሉን ለሚያነበው ሰው በሌላ መንገድ ይንገሩት)፦
diary-passphrases-differ = ሁለቱ የይለፍ ቃሎች አንድ አይደሉም። ምንም ነገር አልተቀየረም።
diary-warning-pin = የስልክዎን ይዘት የሚገለብጥ ሰው PIN ቁጥርን በቀላሉ ሊገምተው ይችላል። ከብዙ ቃላት የተሠራ ዓረፍተ ነገር በጣም የበለጠ አስተማማኝ ነው።
diary-warning-short = ይህ የይለፍ ቃል አጭር ነው። ከብዙ ቃላት የተሠራ ዓረፍተ ነገር በጣም የበለጠ አስተማማኝ ነው።
diary-created = ማስታወሻ ደብተርዎ ዝግጁ ነው። ያለ እርስዎ የይለፍ ቃል ማንም ሊያነበው አይችልም። የይለፍ ቃሉን ከረሱ፣ ማስታወሻ ደብተሩን መልሶ ማግኘት ፈጽሞ አይቻልም።
diary-passphrase-changed = የይለፍ ቃሉ ተቀይሯል። የቀድሞው የይለፍ ቃል ከእንግዲህ ማስታወሻ ደብተሩን አይከፍትም።
diary-duress-set = የአስገዳጅ ሁኔታ የይለፍ ቃል ተዘጋጅቷል። በእሱ ከከፈቱ፣ ማስታወሻ ደብተርዎ ሙሉ በሙሉ ይደመሰስና ባዶ ማስታወሻ ደብተር ይከፈታል።
diary-wipe-after-set = ይህን ያህል የተሳሳቱ የይለፍ ቃሎች በተከታታይ ከገቡ በኋላ፣ ማስታወሻ ደብተሩ ሙሉ በሙሉ ይደመሰሳል።
diary-added = መዝገቡ ተቀምጧል።
diary-edited = መዝገቡ ተቀይሯል። የቀድሞው ስሪት ተጠብቆ ይቆያል።
diary-deleted = መዝገቡ ተሰርዟል።
diary-wiped = ማስታወሻ ደብተሩ ሙሉ በሙሉ ተደምስሷል። መልሶ ማግኘት ፈጽሞ አይቻልም።
diary-confirm-delete = ይህን መዝገብ ከሁሉም ስሪቶቹና ከተያያዙ ፋይሎቹ ጋር ይሰርዙት? ለማረጋገጥ yes ብለው ይጻፉ።
diary-confirm-wipe = ሙሉውን ማስታወሻ ደብተር አሁን ይደምስሱት? መልሶ ማግኘት ፈጽሞ አይቻልም። ለማረጋገጥ yes ብለው ይጻፉ።
diary-confirm-needed = ምንም ነገር አልተደረገም። ይህን ያለ ጥያቄ ለማድረግ --yes ይጨምሩ።
diary-not-confirmed = ምንም ነገር አልተደረገም።
diary-exported = የሚወጣው ፋይል ተጽፏል። ሊከፍተው የሚችለው ቁልፉ ወይም የይለፍ ቃሉ ያለው ሰው ብቻ ነው፤ age በተባለው መሣሪያ።
diary-backed-up = የመጠባበቂያ ቅጂው ተጽፏል። በማንኛውም ስልክ ላይ በይለፍ ቃሉ ይከፈታል።
# $added፣ $merged፣ $unchanged፣ $replaced እና $attachments ቁጥሮች ናቸው።
diary-restored = ተመልሷል፦ { $added } አዲስ መዝገቦች፣ { $merged } ተዋህደዋል፣ { $unchanged } ቀድሞውኑ ነበሩ፣ { $replaced } ተተክተዋል፣ { $attachments } የተያያዙ ፋይሎች።
diary-restore-choose = ማስታወሻ ደብተርዎ ቀድሞውኑ መዝገቦች አሉት። እነሱን አቆይተው የመጠባበቂያ ቅጂውን መዝገቦች ለመጨመር --merge ይጨምሩ፤ ወይም መጀመሪያ እነሱን ለመሰረዝ --replace ይጨምሩ።
diary-restore-ask = ማስታወሻ ደብተርዎ ቀድሞውኑ መዝገቦች አሉት። እነሱን አቆይተው የመጠባበቂያ ቅጂውን መዝገቦች ለመጨመር አዋህድ ብለው ይጻፉ፤ ወይም መጀመሪያ እነሱን ለመሰረዝ ተካ ብለው ይጻፉ፦
diary-answer-merge = አዋህድ
diary-answer-replace = ተካ
diary-prompt-backup-passphrase = የመጠባበቂያ ቅጂው የይለፍ ቃል፦
diary-prompt-backup-passphrase-or-same = የመጠባበቂያ ቅጂው የይለፍ ቃል (የማስታወሻ ደብተሩ የይለፍ ቃል ከሆነ Enter ይጫኑ)፦
diary-none-here = እዚህ ገና ማስታወሻ ደብተር የለም። በዚህ ትእዛዝ አንድ ይፍጠሩ፦ salama diary init
diary-kdf-memory-range = የይለፍ ቃሉን ለመጠበቅ የሚውለው ማህደረ ትውስታ ከ{ $min } እስከ { $max } MiB መሆን አለበት። ምንም ነገር አልተፈጠረም።
diary-kdf-passes-range = የዙሮች ብዛት ከ{ $min } እስከ { $max } መሆን አለበት። ምንም ነገር አልተፈጠረም።
diary-wipe-after-range = ማስታወሻ ደብተሩ ከመደምሰሱ በፊት የሚፈቀደው የተሳሳቱ የይለፍ ቃሎች ብዛት ከ1 እስከ 100 መሆን አለበት፤ ወይም በጭራሽ እንዳይደመሰስ 0። ምንም ነገር አልተቀየረም።
diary-clear-and-set = አንድን መስክ በአንድ ጊዜ ባዶ ማድረግና አዲስ ዋጋ መስጠት አይቻልም። ምንም ነገር አልተቀየረም።
diary-no-entries = ምንም መዝገብ የለም።
diary-damaged-entries = አንዳንድ መዝገቦች ተበላሽተዋል፤ ሊነበቡም አይችሉም። ሌሎች መዝገቦችዎ ደህና ናቸው።
diary-damaged-not-included = እነዚህ መዝገቦች ተበላሽተዋል፤ ሊነበቡም አልቻሉም፤ ስለዚህ ቀርተዋል (ሌሎቹ ሁሉ ተካትተዋል)፦
diary-damaged-attachments-not-included = እነዚህ የተያያዙ ፋይሎች ተበላሽተዋል፤ ሊነበቡም አልቻሉም፤ ስለዚህ ቀርተዋል፦
# $shown እና $total ቁጥሮች ናቸው።
diary-list-count = ከ{ $total } መዝገቦች ውስጥ { $shown }።
diary-ledger-empty = ምንም የተመዘገበ ዕዳ ወይም ክፍያ የለም።
diary-history = የቀድሞ ስሪቶች

diary-kind-event = ክስተት
diary-kind-payment = ክፍያ
diary-kind-debt = ዕዳ
diary-kind-document-taken = የተወሰደ ሰነድ
diary-kind-person = ሰው
diary-kind-place = ቦታ
diary-kind-note = ማስታወሻ

diary-field-date = ቀን
diary-field-text = ጽሑፍ
diary-field-place = ቦታ
diary-field-people = ሰዎች
diary-field-amount = መጠን
diary-field-creditor = ዕዳ ያለብዎት ለማን
diary-field-tags = መለያዎች
diary-field-written = የተጻፈበት
diary-field-edited = የተቀየረበት
diary-field-attachment = የተያያዘ ፋይል
diary-field-version = ስሪት

diary-report-title = የማስታወሻ ደብተሩ ሪፖርት
# $date ሪፖርቱ የወጣበት ቀን ነው፤ $count የመዝገቦቹ ብዛት ነው።
diary-report-generated =
    { $count ->
        [one] የወጣበት ቀን፦ { $date }። { $count } መዝገብ።
       *[other] የወጣበት ቀን፦ { $date }። { $count } መዝገቦች።
    }
diary-report-notice = ይህን ሪፖርት ባለቤቱ በሰላማ መተግበሪያ፣ በራሱ ስልክ ላይ ጽፎታል። የክስተቶቹ ቀኖች ባለቤቱ እንዳስገባቸው ናቸው፤ «የተጻፈበት» ሰዓቶች የመጡት ከስልኩ ሰዓት ነው። የተቀየሩ መዝገቦች የቀድሞ ስሪቶች diary.json በተባለው ፋይል ውስጥ ይገኛሉ።
diary-report-ledger = ዕዳዎችና ክፍያዎች
diary-report-ledger-empty = ምንም የተመዘገበ ዕዳ ወይም ክፍያ የለም።
diary-report-creditor = ዕዳ ያለብዎት ለማን
diary-report-currency = የገንዘብ ዓይነት
diary-report-owed = ዕዳ
diary-report-paid = የተከፈለ
diary-report-remaining = ቀሪ
diary-report-entries = መዝገቦች በቀን ቅደም ተከተል
diary-report-damaged = የተበላሹ መዝገቦች
diary-report-damaged-notice = እነዚህ መዝገቦች የትክክለኛነት ፍተሻውን አላለፉም፦ ወይ ተበላሽተዋል፤ ወይም ፋይሉን ያገኘ ሰው ቀይሯቸዋል። ሊፈተሽ ያልቻለው ቀርቷል። ሌላው ሁሉ በዚህ የሚወጣ ፋይል ውስጥ አለ።
diary-report-damaged-entry = መዝገብ { $id }
diary-report-damaged-attachment = የተያያዘ ፋይል { $id }
# $count መዝገቡ ስንት ጊዜ እንደተቀየረ ነው፤ $date ለመጨረሻ ጊዜ የተቀየረበት ቀን ነው።
diary-report-edited =
    { $count ->
        [one] { $count } ጊዜ፣ ለመጨረሻ ጊዜ { $date }
       *[other] { $count } ጊዜ፣ ለመጨረሻ ጊዜ { $date }
    }
