# Machine-assisted draft: not yet reviewed by a native speaker.

### Rojnivîska şîfrekirî: pirs, hişyarî û rapora ku tê derxistin.

diary-title = Rojnivîsk
diary-prompt-passphrase = Şîfreya rojnivîskê:
diary-prompt-new-passphrase = Şîfreya nû ya rojnivîskê:
diary-prompt-repeat-passphrase = Heman şîfreyê dîsa binivîsin:
diary-prompt-duress-passphrase = Şîfreya zorê (heke hûn rojnivîskê bi vê şîfreyê vekin, rojnivîsk bi tevahî tê jêbirin û rojnivîskeke vala vedibe):
diary-prompt-export-passphrase = Şîfreya pela derxistî (bi rêyeke din vê şîfreyê ji kesê ku dê wê bixwîne re bêjin):
diary-passphrases-differ = Herdu şîfre ne wek hev in. Tu tişt nehat guhertin.
diary-warning-pin = Kesê ku telefona we kopî dike dikare PIN-ê bi hêsanî texmîn bike. Hevokeke ji çend peyvan gelekî ewletir e.
diary-warning-short = Ev şîfre kurt e. Hevokeke ji çend peyvan gelekî ewletir e.
diary-created = Rojnivîska we amade ye. Bêyî şîfreya we tu kes nikare wê bixwîne. Heke hûn şîfreyê ji bîr bikin, rojnivîsk êdî nayê vegerandin.
diary-passphrase-changed = Şîfre hat guhertin. Şîfreya kevn êdî rojnivîskê venake.
diary-duress-set = Şîfreya zorê hat danîn. Heke hûn rojnivîskê bi wê vekin, rojnivîska we bi tevahî tê jêbirin û rojnivîskeke vala vedibe.
diary-wipe-after-set = Piştî ev qas şîfreyên şaş li pey hev, rojnivîsk dê bi tevahî bê jêbirin.
diary-added = Tomar hat hilanîn.
diary-edited = Tomar hat guhertin. Guhertoya berê tê parastin.
diary-deleted = Tomar hat jêbirin.
diary-wiped = Rojnivîsk bi tevahî hat jêbirin. Ew êdî nayê vegerandin.
diary-confirm-delete = Vê tomarê bi hemû guhertoyên wê û pelên pê ve girêdayî re jê bibin? Ji bo piştrastkirinê yes binivîsin.
diary-confirm-wipe = Niha tevahiya rojnivîskê jê bibin? Ew êdî nayê vegerandin. Ji bo piştrastkirinê yes binivîsin.
diary-confirm-needed = Tu tişt nehat kirin. Ji bo ku hûn vê bêyî pirsê bikin, --yes lê zêde bikin.
diary-not-confirmed = Tu tişt nehat kirin.
diary-exported = Pela derxistî hat nivîsîn. Tenê kesê ku mifte an şîfre li ba wî ye dikare wê veke, bi amûra age.
diary-backed-up = Kopiya yedek hat nivîsîn. Ew li ser her telefonê bi şîfreyê vedibe.
# $added, $merged, $unchanged, $replaced û $attachments hejmar in.
diary-restored = Hat vegerandin: { $added } tomarên nû, { $merged } hatin yekkirin, { $unchanged } jixwe hebûn, { $replaced } li şûna yên berê hatin danîn, { $attachments } pelên pê ve girêdayî.
diary-restore-choose = Di rojnivîska we de jixwe tomar hene. --merge lê zêde bikin da ku hûn wan bihêlin û tomarên kopiya yedek jî lê zêde bikin, an --replace da ku hûn pêşî wan jê bibin.
diary-restore-ask = Di rojnivîska we de jixwe tomar hene. Ji bo ku hûn wan bihêlin û tomarên kopiya yedek jî lê zêde bikin yekkirin binivîsin, an ji bo ku hûn pêşî wan jê bibin guhertin binivîsin:
diary-answer-merge = yekkirin
diary-answer-replace = guhertin
diary-prompt-backup-passphrase = Şîfreya kopiya yedek:
diary-prompt-backup-passphrase-or-same = Şîfreya kopiya yedek (heke ew şîfreya rojnivîskê bixwe be, Enter bitikînin):
diary-none-here = Li vir hîn rojnivîsk tune. Bi vê fermanê yekê çêbikin: salama diary init
diary-kdf-memory-range = Bîra ku ji bo parastina şîfreyê tê bikaranîn divê ji { $min } heta { $max } MiB be. Tu tişt nehat çêkirin.
diary-kdf-passes-range = Hejmara dewran divê ji { $min } heta { $max } be. Tu tişt nehat çêkirin.
diary-wipe-after-range = Hejmara şîfreyên şaş berî ku rojnivîsk bê jêbirin divê ji 1 heta 100 be, an jî 0 da ku qet neyê jêbirin. Tu tişt nehat guhertin.
diary-clear-and-set = Qadek nikare di heman demê de hem bê valakirin hem jî nirxekî nû bistîne. Tu tişt nehat guhertin.
diary-no-entries = Tu tomar tune.
diary-damaged-entries = Hin tomar xera bûne û nayên xwendin. Tomarên we yên din ewle ne.
diary-damaged-not-included = Ev tomar xera bûne û nehatin xwendin, loma li derve hatin hiştin (yên din hemû tê de ne):
diary-damaged-attachments-not-included = Ev pelên pê ve girêdayî xera bûne û nehatin xwendin, loma li derve hatin hiştin:
# $shown û $total hejmar in.
diary-list-count = { $shown } ji { $total } tomaran.
diary-ledger-empty = Tu deyn an dayîn nehatine tomarkirin.
diary-history = Guhertoyên berê

diary-kind-event = Bûyer
diary-kind-payment = Dayîn
diary-kind-debt = Deyn
diary-kind-document-taken = Belgeya ku hatiye standin
diary-kind-person = Kes
diary-kind-place = Cih
diary-kind-note = Nîşe

diary-field-date = Dîrok
diary-field-text = Nivîs
diary-field-place = Cih
diary-field-people = Kes
diary-field-amount = Mîqdar
diary-field-creditor = Deyn ji kê re ye
diary-field-tags = Etîket
diary-field-written = Hat nivîsîn
diary-field-edited = Hat guhertin
diary-field-attachment = Pela pê ve girêdayî
diary-field-version = Guherto

diary-report-title = Rapora rojnivîskê
# $date dîroka derxistinê ye, $count hejmara tomaran e.
diary-report-generated =
    { $count ->
        [one] Roja derxistinê: { $date }. Tomarek.
       *[other] Roja derxistinê: { $date }. { $count } tomar.
    }
diary-report-notice = Xwediyê vê raporê ew bi xwe di sepana Salama de, li ser telefona xwe nivîsiye. Dîrokên bûyeran wekî ku xwedî nivîsîne ne; demên "Hat nivîsîn" ji saeta telefonê tên. Guhertoyên berê yên tomarên guhertî di diary.json de ne.
diary-report-ledger = Deyn û dayîn
diary-report-ledger-empty = Tu deyn an dayîn nehatine tomarkirin.
diary-report-creditor = Deyn ji kê re ye
diary-report-currency = Dirav
diary-report-owed = Deyn
diary-report-paid = Hat dayîn
diary-report-remaining = Maye
diary-report-entries = Tomar li gorî dîrokê
diary-report-damaged = Tomarên xerabûyî
diary-report-damaged-notice = Ev tomar di kontrola durustiyê de derbas nebûn: an xera bûne, an jî kesekî ku dest gihîştiye pelê ew guhertine. Tiştê ku nehat kontrolkirin li derve hatiye hiştin. Yên din hemû di vê pela derxistî de ne.
diary-report-damaged-entry = Tomar { $id }
diary-report-damaged-attachment = Pela pê ve girêdayî { $id }
# $count hejmara caran e ku tomar hatiye guhertin, $date dema guhertina dawî ye.
diary-report-edited =
    { $count ->
        [one] carekê, cara dawî { $date }
       *[other] { $count } caran, cara dawî { $date }
    }
