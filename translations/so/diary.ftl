# Machine-assisted draft: not yet reviewed by a native speaker.

### Xusuus-qorka quful leh: tilmaamaha, digniinaha, iyo warbixinta la soo saaro.

diary-title = Xusuus-qor
diary-prompt-passphrase = Erayga sirta ah ee xusuus-qorka:
diary-prompt-new-passphrase = Erayga sirta ah ee cusub ee xusuus-qorka:
diary-prompt-repeat-passphrase = Mar kale qor isla erayga sirta ah:
diary-prompt-duress-passphrase = Erayga sirta ah ee qasabka (haddii lagu furo, xusuus-qorka waa la tirtirayaa, mid madhan ayaana furmaya):
diary-prompt-export-passphrase = Erayga sirta ah ee soo-saarka (qofka akhriyi doona si kale ugu sheeg):
diary-passphrases-differ = Labada eray ee sirta ah isku mid ma aha. Waxba lama beddelin.
diary-warning-pin = Qof nuqul ka sameeya taleefankaaga si fudud ayuu u qiyaasi karaa lambar sir ah (PIN). Jumlad ka kooban dhowr eray ayaa aad uga ammaan badan.
diary-warning-short = Erayga sirta ahi wuu gaaban yahay. Jumlad ka kooban dhowr eray ayaa aad uga ammaan badan.
diary-created = Xusuus-qorkaagu waa diyaar. Qofna ma akhrin karo erayga sirta ah la'aantiis. Haddii aad illowdo erayga sirta ah, xusuus-qorka dib looma soo celin karo.
diary-passphrase-changed = Erayga sirta ah waa la beddelay. Kii hore mar dambe ma furo xusuus-qorka.
diary-duress-set = Erayga sirta ah ee qasabka waa la dejiyay. Haddii lagu furo, xusuus-qorkaaga waa la tirtirayaa, mid madhan ayaana furmaya.
diary-wipe-after-set = Xusuus-qorka waa la tirtiri doonaa haddii erayga sirta ah si khaldan loo qoro inta jeer ee aad dooratay, iyadoo isku xigta.
diary-added = Qoraalka waa la kaydiyay.
diary-edited = Qoraalka waa la beddelay. Nuqulkii hore waa la hayaa.
diary-deleted = Qoraalka waa la tirtiray.
diary-wiped = Xusuus-qorka oo dhan waa la tirtiray. Dib looma soo celin karo.
diary-confirm-delete = Ma tirtiraysaa qoraalkan iyo dhammaan nuqulladiisa iyo lifaaqyadiisa? Si aad u xaqiijiso, qor erayga yes.
diary-confirm-wipe = Hadda ma tirtiraysaa xusuus-qorka oo dhan? Dib looma soo celin karo. Si aad u xaqiijiso, qor erayga yes.
diary-confirm-needed = Waxba lama samayn. Si tan loo sameeyo iyadoon su'aal la weydiin, ku dar --yes.
diary-not-confirmed = Waxba lama samayn.
diary-exported = Soo-saarka waa la qoray. Qofka haysta furaha ama erayga sirta ah oo keliya ayaa furi kara, isagoo isticmaalaya qalabka age.
diary-backed-up = Nuqul-kaydka waa la qoray. Wuxuu ku furmaa erayga sirta ah, taleefan kasta.
# $added, $merged, $unchanged, $replaced iyo $attachments waa tirooyin.
diary-restored = Dib waa loo soo celiyay: { $added } qoraal cusub, { $merged } la isku daray, { $unchanged } horay u jiray, { $replaced } lagu beddelay, { $attachments } lifaaq.
diary-restore-choose = Xusuus-qorkaagu horay ayuu qoraallo u lahaa. Ku dar --merge si aad u haysato oo aad ugu darto kuwa nuqul-kaydka, ama --replace si aad marka hore u tirtirto.
diary-restore-ask = Xusuus-qorkaagu horay ayuu qoraallo u lahaa. Qor isku-dar si aad u haysato oo aad ugu darto kuwa nuqul-kaydka, ama qor beddel si aad marka hore u tirtirto:
diary-answer-merge = isku-dar
diary-answer-replace = beddel
diary-prompt-backup-passphrase = Erayga sirta ah ee nuqul-kaydka:
diary-prompt-backup-passphrase-or-same = Erayga sirta ah ee nuqul-kaydka (riix Enter haddii uu yahay erayga sirta ah ee xusuus-qorka):
diary-none-here = Halkan weli xusuus-qor ma jiro. Mid ku samee amarkan: salama diary init
diary-kdf-memory-range = Xusuusta loo isticmaalo ilaalinta erayga sirta ah waa inay ahaataa { $min } ilaa { $max } MiB. Waxba lama samayn.
diary-kdf-passes-range = Tirada wareegyadu waa inay ahaataa { $min } ilaa { $max }. Waxba lama samayn.
diary-wipe-after-range = Tirada erayada sirta ah ee khaldan ka hor inta aan xusuus-qorka la tirtirin waa inay ahaataa 1 ilaa 100, ama 0 haddii aan weligiis la tirtirin. Waxba lama beddelin.
diary-clear-and-set = Meel isku mar lama madhin karo oo qiimo cusub lama siin karo. Waxba lama beddelin.
diary-no-entries = Qoraal ma jiro.
diary-damaged-entries = Qoraallo qaar ayaa xumaaday, lama akhrin karo. Qoraalladaada kale way nabad qabaan.
diary-damaged-not-included = Qoraalladan way xumaadeen lamana akhrin karin, sidaa darteed waa laga tagay (inta kale oo dhan way ku jiraan):
diary-damaged-attachments-not-included = Lifaaqyadan way xumaadeen lamana akhrin karin, sidaa darteed waa laga tagay:
# $shown iyo $total waa tirooyin.
diary-list-count = { $shown } qoraal oo ka mid ah { $total }.
diary-ledger-empty = Wax deyn ah ama lacag bixin ah lama diiwaangelin.
diary-history = Nuqulladii hore

diary-kind-event = Dhacdo
diary-kind-payment = Lacag bixin
diary-kind-debt = Deyn
diary-kind-document-taken = Dukumenti la qaatay
diary-kind-person = Qof
diary-kind-place = Meel
diary-kind-note = Xusuusin

diary-field-date = Taariikh
diary-field-text = Qoraal
diary-field-place = Meel
diary-field-people = Dad
diary-field-amount = Qaddarka
diary-field-creditor = Cidda deynta leh
diary-field-tags = Calaamado
diary-field-written = La qoray
diary-field-edited = La beddelay
diary-field-attachment = Lifaaq
diary-field-version = Nuqul

diary-report-title = Diiwaanka xusuus-qorka
# $date waa taariikhda la soo saaray, $count waa tirada qoraallada.
diary-report-generated =
    { $count ->
        [one] La soo saaray { $date }. Hal qoraal.
       *[other] La soo saaray { $date }. { $count } qoraal.
    }
diary-report-notice = Diiwaankan waxaa qoray qofka iska leh, isagoo isticmaalaya barnaamijka Salama ee taleefankiisa. Taariikhaha dhacdooyinka waa sidii uu u qoray; waqtiyada "La qoray" waxay ka yimaadeen saacadda taleefanka. Nuqulladii hore ee qoraallada la beddelay waxay ku jiraan diary.json.
diary-report-ledger = Deymaha iyo lacag bixinnada
diary-report-ledger-empty = Wax deyn ah ama lacag bixin ah lama diiwaangelin.
diary-report-creditor = Cidda deynta leh
diary-report-currency = Nooca lacagta
diary-report-owed = Lagu leeyahay
diary-report-paid = La bixiyay
diary-report-remaining = Inta hadhay
diary-report-entries = Qoraallada, taariikh ahaan
diary-report-damaged = Qoraallo xumaaday
diary-report-damaged-notice = Qoraalladan kuma guulaysan hubinta saxnaanta: ama way xumaadeen, ama qof faylka helay ayaa beddelay. Wixii aan la hubin karin waa laga tagay. Inta kale oo dhan waxay ku jirtaa soo-saarkan.
diary-report-damaged-entry = Qoraal { $id }
diary-report-damaged-attachment = Lifaaq { $id }
# $count waa inta jeer ee qoraalka la beddelay, $date waa markii ugu dambeysay ee la beddelay.
diary-report-edited =
    { $count ->
        [one] hal mar, markii ugu dambeysay { $date }
       *[other] { $count } jeer, markii ugu dambeysay { $date }
    }
