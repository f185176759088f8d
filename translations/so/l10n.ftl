# Machine-assisted draft: not yet reviewed by a native speaker.

### Fariimaha `salama l10n`, qalabka turjumaannadu ku hubiyaan shaqadooda.
### Aqoonsiyada fariimaha (id), magacyada faylasha, $variables iyo koodhadhka sida U+200F sidooda u daa.

l10n-severity-error = khalad
l10n-severity-warning = digniin

## Waxa `salama l10n check` helo. Sadar kasta wuxuu ku bilaabmaa faylka, sadarka iyo tiirka.

# $detail waa sharaxaadda falanqeeyaha (parser), oo Ingiriisi ah.
l10n-problem-syntax-error = Tani ma raacayso qaabka qoraalka Fluent, sidaas darteed fariintu way lumaysaa: { $detail }
l10n-problem-duplicate-id = Aqoonsigan (id) mar labaad ayaa la qeexay. Mid keliya hay.
# $attribute waa magaca sifo (attribute), sida "title".
l10n-problem-duplicate-attribute = Sifada .{ $attribute } laba jeer ayaa la qeexay.
l10n-problem-missing-message = Weli lama turjumin. Akhristayaashu waxay arkaan qoraalka Ingiriisiga.
l10n-problem-obsolete-message = Ingiriisigu mar dambe ma laha fariintan. Waad tirtiri kartaa.
l10n-problem-missing-value = Ingiriisigu halkan wuxuu ku leeyahay qiime (value), turjumaaddu se waxay leedahay sifooyin oo keliya.
l10n-problem-obsolete-value = Ingiriisigu halkan qiime kuma laha, sifooyin oo keliya ayuu leeyahay.
l10n-problem-missing-attribute = Sifada .{ $attribute } weli lama turjumin.
l10n-problem-obsolete-attribute = Ingiriisigu ma laha sifada .{ $attribute }. Waad tirtiri kartaa.
# $variable waa magaca doorsoome (variable), sida "count"; waxaa lagu muujiyaa calaamaddiisa $.
l10n-problem-missing-variable = Qoraalka Ingiriisigu halkan wuxuu isticmaalaa ${ $variable }; turjumaadduna waa inay isticmaashaa.
l10n-problem-unknown-variable = ${ $variable } lama siiyo fariintan. Isticmaal oo keliya doorsoomayaasha qoraalka Ingiriisiga.
# $categories waa liis qaybaha wadarta (plural) ee CLDR, sida "zero, two, few".
l10n-problem-missing-plural-categories = Wadartan (plural) waxay u baahan tahay qaab u gaar ah mid kasta oo ka mid ah: { $categories }.
# $reference waa aqoonsiga fariin, ama aqoonsiga eray (term) oo ku bilaabma "-".
l10n-problem-unknown-reference = { $reference } kuma jiro luqaddan.
# $function waa magaca hawl (function), sida DATETIME.
l10n-problem-unknown-function = Salama ma laha hawsha { $function }. Isticmaal NUMBER ama PHONE.
l10n-problem-empty-value = Qoraalkani wuu madhan yahay.
# $codepoint waa koodhka xaraf, sida U+202E.
l10n-problem-bidi-control = Calaamad jihada xukunta oo aan muuqan ({ $codepoint }) ayaa qasi karta qoraalka ku xeeran. Tirtir: Salama iskeed ayay magacyada iyo lambarada u haysaa sida ay isugu xigaan.
l10n-problem-bidi-mark = Calaamad jiheed oo aan muuqan ({ $codepoint }) ayaa la helay. Tirtir, haddii aadan si ula kac ah ugu darin.
l10n-problem-identical-to-source = Tani waa la mid qoraalka Ingiriisiga. Ma la turjumay?
l10n-problem-bare-phone-number = Lambarka taleefanka { $number } waxaa loo qoray qoraal caadi ah, sidaas darteed qoraalka midig ilaa bidix wuxuu qaybihiisa u muujinayaa si khaldan. U qor sidan: { "{" } PHONE("{ $number }") { "}" }.

# $locales waa inta luqadood ee la hubiyay.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] Hal luqad ayaa la hubiyay: khalad ma jiro
               *[other] { $locales } luqadood ayaa la hubiyay: khalad ma jiro
            }
        [one] { $locales ->
                [one] Hal luqad ayaa la hubiyay: hal khalad
               *[other] { $locales } luqadood ayaa la hubiyay: hal khalad
            }
       *[other] { $locales ->
                [one] Hal luqad ayaa la hubiyay: { $errors } khalad
               *[other] { $locales } luqadood ayaa la hubiyay: { $errors } khalad
            }
    }, { $warnings ->
        [0] digniin ma jirto.
        [one] hal digniin.
       *[other] { $warnings } digniin.
    }

## `salama l10n status`: shax, luqad kasta saf, iyo jaantus.

l10n-status-locale = Luqad
l10n-status-messages = Fariimo
l10n-status-translated = La turjumay
l10n-status-words = Erayo
l10n-status-review = Dib-u-eegis
l10n-status-review-source = isha
l10n-status-review-machine-draft = qabyo mashiin
l10n-status-review-native-reviewed = waxaa hubiyay qof luqaddu afkiisa hooyo tahay
l10n-status-review-legally-reviewed = sharci ahaan waa la hubiyay
l10n-status-review-unknown = kuma jiro locales.json
l10n-status-chart-title = Salama: inta turjumaadda la dhammeeyay
l10n-status-chart-note = Tiir kastaa wuxuu muujinayaa qaybta fariimaha Ingiriisiga ee la turjumay; midabkiisu waa heerka dib-u-eegista.
# $path waa faylka jaantuska lagu qoray.
l10n-status-chart-written = Jaantuska waxaa lagu qoray { $path }.

## Dhibaatooyinka galka laftiisa.

l10n-error-no-folder = Gal turjumaado ah lagama helin halkan ama galalka ka sarreeya. Mid sheeg: salama l10n check <FOLDER>.
# $path waa galka la bixiyay.
l10n-error-no-source = { $path } ma laha gal en ah. Ma gal turjumaado ah baa?
# $path waa fayl ama gal.
l10n-error-unreadable = { $path } lama akhrin karo.
l10n-error-not-utf8 = Faylku ma aha qoraal UTF-8 ah.
