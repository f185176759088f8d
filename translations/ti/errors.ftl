# Machine-assisted draft: not yet reviewed by a native speaker.

### መልእኽትታት ጌጋ። ተጠቃሚ ዝጸሓፎ ፈጺሞም ኣየርእዩን።

error-not-found = እዚ ክርከብ ኣይከኣለን።
error-invalid-input = እዚ ክጥቀመሉ ኣይከኣልን። በጃኹም ኣረጋግጹ እሞ እንደገና ፈትኑ።
# $attempts ሰላማ ክትጽበዩ ከየገደደኩም ከሎ ዝተረፉ ፈተነታት ቁጽሪ እዩ።
error-wrong-passphrase =
    { $attempts ->
        [0] ጌጋ መሕለፊ ቃል። ድሕሪ ዝቕጽል ጌጋ ፈተነ ክትጽበዩ ክግደዱ ኢኹም።
        [one] ጌጋ መሕለፊ ቃል። ቅድሚ ምጽባይኩም ሓደ ፈተነ ጥራይ ተሪፉ።
       *[other] ጌጋ መሕለፊ ቃል። ቅድሚ ምጽባይኩም { $attempts } ፈተነታት ተሪፎም።
    }
# $seconds ክንደይ ክትጽበዩ ከም ዘለኩም እዩ።
error-locked-out =
    { $seconds ->
        [one] ብዙሕ ጌጋ ፈተነ ተገይሩ። ድሕሪ { $seconds } ካልኢት እንደገና ፈትኑ።
       *[other] ብዙሕ ጌጋ ፈተነ ተገይሩ። ድሕሪ { $seconds } ካልኢት እንደገና ፈትኑ።
    }
error-locked = ማዕልታዊ መዝገብ ተሸጒሩ ኣሎ። መጀመርታ ክፈትዎ።
error-corrupted = እዚ መዝገብ ተበላሽዩ ስለ ዘሎ ክንበብ ኣይክእልን። ካልኦት መዝገባትኩም ውሑሳት እዮም።
error-bad-signature = እዚ ምምሕያሽ ካብ እሙን ኣሕታሚ ኣይመጽአን፣ ወይ ድማ ኣብ መንገዲ ተቐይሩ እዩ። ኣይተተኽለን።
error-rollback = እዚ ምምሕያሽ ካብቲ ዘለኩም ዝኣረገ እዩ። ኣይተተኽለን።
error-expired = እዚ ሓበሬታ ንነዊሕ ግዜ ኣይተሓደሰን። ግዜኡ ዝሓለፎ ክኸውን ይኽእል እዩ።
error-network = ምትእስሳር ኣይሰለጠን። ዋላ ሓንቲ ኣይተቐየረን። ጸኒሕኩም እንደገና ፈትኑ።
error-storage = ሰላማ ፋይላቱ ከንብብ ወይ ክጽሕፍ ኣይከኣለን። ዋላ ሓንቲ ኣይጠፍአን። ኣብ ተሌፎንኩም ነጻ ቦታ ከም ዘሎ ኣረጋግጹ።
error-internal = ኣብ ውሽጢ ሰላማ ገለ ጌጋ ኣጋጢሙ። ዋላ ሓንቲ ኣይተቐየረን።
