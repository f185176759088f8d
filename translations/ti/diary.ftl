# Machine-assisted draft: not yet reviewed by a native speaker.

### ዝተመስጠረ ማዕልታዊ መዝገብ፦ ሕቶታት፣ መጠንቀቕታታትን ዝወጽእ ጸብጻብን።

diary-title = ማዕልታዊ መዝገብ
diary-prompt-passphrase = መሕለፊ ቃል ማዕልታዊ መዝገብ፦
diary-prompt-new-passphrase = ሓድሽ መሕለፊ ቃል ማዕልታዊ መዝገብ፦
diary-prompt-repeat-passphrase = ነቲ ሓደ መሕለፊ ቃል እንደገና ጽሓፉ፦
diary-prompt-duress-passphrase = ናይ ግዲ መሕለፊ ቃል (ብእኡ እንተ ከፊትኩም፣ እቲ ማዕልታዊ መዝገብ ብምሉኡ ይድምሰስ፣ ባዶ ማዕልታዊ መዝገብ ድማ ይኽፈት)፦
diary-prompt-export-passphrase = መሕለፊ ቃል ናይቲ ዝወጽእ ፋይል (ነቲ ዘንብቦ ሰብ ብኻልእ መንገዲ ንገርዎ)፦
diary-passphrases-differ = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ዋላ ሓንቲ ኣይተቐየረን።
diary-warning-pin = ንተሌፎንኩም ዝቕድሕ ሰብ PIN ብቐሊሉ ክግምቶ ይኽእል። ካብ ብዙሓት ቃላት ዝቖመ ሓረግ ብዙሕ ዝያዳ ውሑስ እዩ።
diary-warning-short = እዚ መሕለፊ ቃል ሓጺር እዩ። ካብ ብዙሓት ቃላት ዝቖመ ሓረግ ብዙሕ ዝያዳ ውሑስ እዩ።
diary-created = ማዕልታዊ መዝገብኩም ድሉው እዩ። ብዘይ መሕለፊ ቃልኩም ዝኾነ ሰብ ከንብቦ ኣይክእልን። መሕለፊ ቃል እንተ ረሲዕኩም፣ እቲ ማዕልታዊ መዝገብ ፈጺሙ ክምለስ ኣይክእልን።
diary-passphrase-changed = መሕለፊ ቃል ተቐይሩ። እቲ ናይ ቀደም መሕለፊ ቃል ነቲ ማዕልታዊ መዝገብ ደጊሙ ኣይኸፍቶን።
diary-duress-set = ናይ ግዲ መሕለፊ ቃል ተዳልዩ። ብእኡ እንተ ከፊትኩም፣ ማዕልታዊ መዝገብኩም ብምሉኡ ይድምሰስ፣ ባዶ ማዕልታዊ መዝገብ ድማ ይኽፈት።
diary-wipe-after-set = ድሕሪ ክንድዚ ዝኣክል ብተኸታታሊ ዝኣተዉ ጌጋ መሕለፊ ቃላት፣ እቲ ማዕልታዊ መዝገብ ብምሉኡ ክድምሰስ እዩ።
diary-added = መዝገብ ተዓቂቡ።
diary-edited = መዝገብ ተቐይሩ። እቲ ናይ ቀደም ስሪት ተዓቂቡ ኣሎ።
diary-deleted = መዝገብ ተሰሪዙ።
diary-wiped = እቲ ማዕልታዊ መዝገብ ብምሉኡ ተደምሲሱ። ፈጺሙ ክምለስ ኣይክእልን።
diary-confirm-delete = እዚ መዝገብ ምስ ኩሎም ስሪታቱን ዝተተሓሓዙ ፋይላቱን ይሰረዝ ዶ? ንምርግጋጽ yes ጽሓፉ።
diary-confirm-wipe = ምሉእ ማዕልታዊ መዝገብ ሕጂ ይደምሰስ ዶ? ፈጺሙ ክምለስ ኣይክእልን። ንምርግጋጽ yes ጽሓፉ።
diary-confirm-needed = ዋላ ሓንቲ ኣይተገበረን። ብዘይ ሕቶ ክትገብሩዎ እንተ ደሊኹም፣ --yes ወስኹ።
diary-not-confirmed = ዋላ ሓንቲ ኣይተገበረን።
diary-exported = እቲ ዝወጸ ፋይል ተጻሒፉ። ክኸፍቶ ዝኽእል መፍትሕ ወይ መሕለፊ ቃል ዘለዎ ሰብ ጥራይ እዩ፣ ብመሳርሒ age።
diary-backed-up = ተጠባባቒ ቅዳሕ ተጻሒፉ። ኣብ ዝኾነ ተሌፎን ብመሕለፊ ቃል ይኽፈት።
# $added፣ $merged፣ $unchanged፣ $replaced ከምኡ ድማ $attachments ቁጽርታት እዮም።
diary-restored = ተመሊሱ፦ { $added } ሓደስቲ መዝገባት፣ { $merged } ተጸንቢሮም፣ { $unchanged } ድሮ ነይሮም፣ { $replaced } ተተኪኦም፣ { $attachments } ዝተተሓሓዙ ፋይላት።
diary-restore-choose = ማዕልታዊ መዝገብኩም ድሮ መዝገባት ኣለውዎ። ክትሕልዉዎም እሞ ናይቲ ተጠባባቒ ቅዳሕ መዝገባት ክትውስኹ --merge ወስኹ፣ ወይ መጀመርታ ክትሰርዙዎም --replace ወስኹ።
diary-restore-ask = ማዕልታዊ መዝገብኩም ድሮ መዝገባት ኣለውዎ። ክትሕልዉዎም እሞ ናይቲ ተጠባባቒ ቅዳሕ መዝገባት ክትውስኹ ሓውስ ጽሓፉ፣ ወይ መጀመርታ ክትሰርዙዎም ተክእ ጽሓፉ፦
diary-answer-merge = ሓውስ
diary-answer-replace = ተክእ
diary-prompt-backup-passphrase = መሕለፊ ቃል ተጠባባቒ ቅዳሕ፦
diary-prompt-backup-passphrase-or-same = መሕለፊ ቃል ተጠባባቒ ቅዳሕ (እቲ መሕለፊ ቃል ማዕልታዊ መዝገብ እንተኾይኑ Enter ጠውቑ)፦
diary-none-here = ኣብዚ ገና ማዕልታዊ መዝገብ የለን። በዚ ትእዛዝ ሓደ ፍጠሩ፦ salama diary init
diary-kdf-memory-range = ንምሕላው መሕለፊ ቃል ዝውዕል ሚሞሪ ካብ { $min } ክሳብ { $max } MiB ክኸውን ኣለዎ። ዋላ ሓንቲ ኣይተፈጠረን።
diary-kdf-passes-range = ቁጽሪ ዙርያታት ካብ { $min } ክሳብ { $max } ክኸውን ኣለዎ። ዋላ ሓንቲ ኣይተፈጠረን።
diary-wipe-after-range = ቅድሚ እቲ ማዕልታዊ መዝገብ ምድምሳሱ ዝፍቀድ ቁጽሪ ጌጋ መሕለፊ ቃላት ካብ 1 ክሳብ 100 ክኸውን ኣለዎ፣ ወይ ፈጺሙ ከይድምሰስ 0። ዋላ ሓንቲ ኣይተቐየረን።
diary-clear-and-set = ሓደ ቦታ ብሓደ ግዜ ክጸሪን ሓድሽ ትሕዝቶ ክወሃቦን ኣይክእልን። ዋላ ሓንቲ ኣይተቐየረን።
diary-no-entries = ዋላ ሓደ መዝገብ የለን።
diary-damaged-entries = ገለ መዝገባት ተበላሽዮም ክንበቡ ኣይክእሉን። ካልኦት መዝገባትኩም ውሑሳት እዮም።
diary-damaged-not-included = እዞም መዝገባት ተበላሽዮም ክንበቡ ኣይከኣሉን፣ ስለዚ ተገዲፎም (ካልኦት ኩሎም ኣለዉ)፦
diary-damaged-attachments-not-included = እዞም ዝተተሓሓዙ ፋይላት ተበላሽዮም ክንበቡ ኣይከኣሉን፣ ስለዚ ተገዲፎም፦
# $shown ከምኡ ድማ $total ቁጽርታት እዮም።
diary-list-count = { $shown } ካብ { $total } መዝገባት።
diary-ledger-empty = ዝተመዝገበ ዕዳ ወይ ክፍሊት የለን።
diary-history = ናይ ቀደም ስሪታት

diary-kind-event = ፍጻመ
diary-kind-payment = ክፍሊት
diary-kind-debt = ዕዳ
diary-kind-document-taken = ዝተወስደ ሰነድ
diary-kind-person = ሰብ
diary-kind-place = ቦታ
diary-kind-note = መዘኻኸሪ

diary-field-date = ዕለት
diary-field-text = ጽሑፍ
diary-field-place = ቦታ
diary-field-people = ሰባት
diary-field-amount = መጠን
diary-field-creditor = ዕዳ ዝኽፈሎ
diary-field-tags = መለለዪታት
diary-field-written = ዝተጻሕፈሉ
diary-field-edited = ዝተቐየረሉ
diary-field-attachment = ዝተተሓሓዘ ፋይል
diary-field-version = ስሪት

diary-report-title = ጸብጻብ ማዕልታዊ መዝገብ
# $date ዝወጸሉ ዕለት እዩ፣ $count ቁጽሪ መዝገባት።
diary-report-generated =
    { $count ->
        [one] ዝወጸሉ ዕለት፦ { $date }። { $count } መዝገብ።
       *[other] ዝወጸሉ ዕለት፦ { $date }። { $count } መዝገባት።
    }
diary-report-notice = እዚ ጸብጻብ ብወናኡ ኣብ ኣፕሊኬሽን ሰላማ፣ ኣብ ተሌፎኑ ተጻሒፉ። ዕለታት ፍጻመታት ከምቲ ወናኡ ዘእተዎ እዮም፤ ግዜታት «ዝተጻሕፈሉ» ካብ ሰዓት ናይቲ ተሌፎን እዮም ዝመጹ። ናይ ቀደም ስሪታት ናይ ዝተቐየሩ መዝገባት ኣብ diary.json ይርከቡ።
diary-report-ledger = ዕዳታትን ክፍሊታትን
diary-report-ledger-empty = ዝተመዝገበ ዕዳ ወይ ክፍሊት የለን።
diary-report-creditor = ዕዳ ዝኽፈሎ
diary-report-currency = ዓይነት ገንዘብ
diary-report-owed = ዕዳ
diary-report-paid = ዝተኸፍለ
diary-report-remaining = ዝተረፈ
diary-report-entries = መዝገባት ብዕለት
diary-report-damaged = ዝተበላሸዉ መዝገባት
diary-report-damaged-notice = እዞም መዝገባት ምርመራ ቅንዕና ኣይሓለፉን፦ ወይ ተበላሽዮም፣ ወይ ድማ ነቲ ፋይል ዝረኸበ ሰብ ቀይሩዎም። ክምርመር ዘይከኣለ ተገዲፉ ኣሎ። ካልእ ኩሉ ኣብዚ ዝወጸ ፋይል ኣሎ።
diary-report-damaged-entry = መዝገብ { $id }
diary-report-damaged-attachment = ዝተተሓሓዘ ፋይል { $id }
# $count እቲ መዝገብ ክንደይ ግዜ ከም ዝተቐየረ እዩ፣ $date ናይ መወዳእታ ዝተቐየረሉ ዕለት።
diary-report-edited =
    { $count ->
        [one] { $count } ግዜ፣ ናይ መወዳእታ ኣብ { $date }
       *[other] { $count } ግዜ፣ ናይ መወዳእታ ኣብ { $date }
    }
