# Machine-assisted draft: not yet reviewed by a native speaker.

### Peyamên çewtiyê. Ew tu caran tiştê ku bikarhêner nivîsiye nîşan nadin.

error-not-found = Ev nehat dîtin.
error-invalid-input = Ev nayê bikaranîn. Ji kerema xwe wê kontrol bikin û dîsa biceribînin.
# $attempts hejmara ceribandinên mayî ye, berî ku Salama we li bendê bihêle.
error-wrong-passphrase =
    { $attempts ->
        [0] Şîfre şaş e. Berî ku hûn dîsa biceribînin, divê hûn li bendê bimînin.
        [one] Şîfre şaş e. Hûn dikarin carek din biceribînin, paşê divê hûn li bendê bimînin.
       *[other] Şîfre şaş e. Hûn dikarin { $attempts } caran din biceribînin, paşê divê hûn li bendê bimînin.
    }
# $seconds dema li bendêmayînê ye.
error-locked-out =
    { $seconds ->
        [one] Gelek ceribandinên şaş hatin kirin. Piştî çirkeyekê dîsa biceribînin.
       *[other] Gelek ceribandinên şaş hatin kirin. Piştî { $seconds } çirkeyan dîsa biceribînin.
    }
error-locked = Rojnivîsk kilîtkirî ye. Pêşî wê vekin.
error-corrupted = Ev tomar xera bûye û nayê xwendin. Tomarên we yên din ewle ne.
error-bad-signature = Ev nûkirin ne ji weşanerekî pêbawer e, an jî di rê de hatiye guhertin. Nehat sazkirin.
error-rollback = Ev nûkirin ji ya ku niha li ba we heye kevintir e. Nehat sazkirin.
error-expired = Ev agahî demeke dirêj e nehatine nûkirin. Dibe ku kevn bûbin.
error-network = Girêdan pêk nehat. Tu tişt nehat guhertin. Paşê dîsa biceribînin.
error-storage = Salama nikarîbû pelên xwe bixwîne an binivîse. Tu tişt winda nebû. Kontrol bikin ka di telefona we de cihê vala heye an na.
error-internal = Di hundirê Salamayê de tiştek xelet çû. Tu tişt nehat guhertin.


# $entries hejmara tomarên ku jixwe di rojnivîskê de hene ye.
error-diary-not-empty =
    { $entries ->
        [one] Di rojnivîska we de jixwe tomarek heye. Hilbijêrin: kopiya yedek bi wê re bikin yek, an wê bi kopiya yedek biguherînin.
       *[other] Di rojnivîska we de jixwe { $entries } tomar hene. Hilbijêrin: kopiya yedek bi wan re bikin yek, an wan bi kopiya yedek biguherînin.
    }
error-data-dir = Salama nikare daneyên xwe li { $path } bihêle. Kontrol bikin ku ev peldankek e ku hûn dikarin tê de binivîsin, an bi --data-dir peldankeke din bidin.
