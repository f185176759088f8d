# Machine-assisted draft: not yet reviewed by a native speaker.

### Shaashadda barnaamijyada Salama: liisaska, tilmaamaha iyo ogeysiisyada.

app-name = Salama
app-tagline = Xuquuqdaada, internet la'aan, luqaddaada.
app-choose-language = Dooro luqaddaada
app-menu-rights = Akhri xuquuqdaada
app-menu-search = Raadi
app-menu-language = Beddel luqadda
app-menu-quit = Ka bax
app-prompt-choice = Qor lambar, kadibna riix badhanka Enter.
app-prompt-search = Qor erayada aad raadinayso, kadibna riix badhanka Enter.
app-prompt-continue = Riix badhanka Enter si aad dib ugu noqoto.
app-search-no-results = Waxba lama helin. Isku day eray kale.
# $count waa tirada qoraallada la helay.
app-search-results =
    { $count ->
        [one] Hal qoraal ayaa la helay.
       *[other] { $count } qoraal ayaa la helay.
    }
app-back = Dib u noqo
app-invalid-choice = Fadlan qor mid ka mid ah lambarada la muujiyay.
app-review-machine-draft = Turjumaaddan waxaa lagu sameeyay caawimaad mashiin, weli ma eegin qof Af-Soomaaligu afkiisa hooyo yahay.
app-review-native-reviewed = Turjumaaddan waxaa hubiyay qof Af-Soomaaligu afkiisa hooyo yahay.
app-review-legally-reviewed = Turjumaaddan waxaa hubiyay qof Af-Soomaaligu afkiisa hooyo yahay oo leh aqoon sharci.
notice-content-rebuilt = Xogta Salama ee kaydsan way xumaatay, waana dib loo dhisay. Xusuus-qorkaaga waxba lagama beddelin. Cusboonaysiinnada mar kale ayaa la soo dejin doonaa marka xigta ee la isku waafajiyo.
