# Machine-assisted draft: not yet reviewed by a native speaker.

### Rêbera xetên alîkariyê: her xeta alîkariyê ji bo çi ye, meriv çawa xwe digihîne wê, kengî vekirî ye,
### û nûkirina rêberê.
### Hejmar û navên rêxistinan wekî xwe bihêlin. Ji bo kesekî ku niha hewceyî alîkariyê ye
### binivîsin: hevokên kurt û sade.

## Xeta alîkariyê di çi de alîkariyê dike

helplines-need-emergency = Rewşa awarte (polîs, ambulans, agirkuj)
helplines-need-trafficking = Bazirganiya mirovan û îstismar
helplines-need-asylum-legal-aid = Penaberî û alîkariya hiqûqî
helplines-need-child-protection = Zarok
helplines-need-gender-based-violence = Tundiya li dijî jinan û tundiya seksî
helplines-need-medical = Alîkariya bijîşkî
helplines-need-shelter = Cihekî ewle yê mayînê
helplines-need-labour-rights = Mafên li ser kar
helplines-need-missing-persons = Kesên winda

## Meriv çawa xwe digihîne xeta alîkariyê

helplines-channel-phone = Telefon
helplines-channel-short-code = Telefon (hejmara kurt, tenê li hundirê welêt)
helplines-channel-sms = Peyama nivîskî (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = E-name
helplines-channel-web = Malper

## Demên vekirinê

helplines-open-always = Şev û roj vekirî ye
helplines-open-now = Niha vekirî ye
helplines-open-unknown = Demên vekirinê nayên zanîn
# $day rojeke hefteyê ye (li peyamên helplines-day- binêrin), $time demek e wek 17:30, $zone herêmeke demê ye wek Europe/Rome.
helplines-open-closes = Niha vekirî ye. Tê girtin: { $day }, saet { $time } ({ $zone }).
helplines-closed-opens = Niha girtî ye. Vedibe: { $day }, saet { $time } ({ $zone }).
helplines-closed = Niha girtî ye
helplines-day-mon = Duşem
helplines-day-tue = Sêşem
helplines-day-wed = Çarşem
helplines-day-thu = Pêncşem
helplines-day-fri = În
helplines-day-sat = Şemî
helplines-day-sun = Yekşem

## Agahiyên ku bi her xeta alîkariyê re têne nîşandan

helplines-emergency-label = AWARTE
helplines-free = Belaş e
helplines-not-free = Dibe ku hûn ji bo telefonkirinê pere bidin
helplines-free-unknown = Lêçûn nayê zanîn
helplines-languages = Ziman
helplines-languages-more = û zimanên din jî
helplines-languages-unknown = Ziman nayên zanîn
helplines-languages-unlisted = çend ziman, navên wan nehatine nivîsîn
helplines-operator = Birêvebir
helplines-sources = Çavkanî
helplines-source-dated = Dîroka çavkaniyê: { $date }
helplines-source-undated = Di çavkaniyê de dîrok tune
helplines-checked-by = { $by } di { $date } de kontrol kir
helplines-checked-by-undated = { $by } kontrol kir
helplines-status-partly-verified = Bi tevahî nehatiye piştrastkirin: kontrol bikin ka ev hejmar hê jî dixebite.
helplines-none-found = Ji bo vê lêgerînê tu xeta alîkariyê nehat dîtin. Heke hûn niha di xeterê de ne, li 112 (li Ewropayê) an li hejmara awarte ya herêmî bigerin.

## Rêbera destpêkê: hejmarên ji çavkaniyên giştî, ku di sepanê de hene

helplines-eu-112-name = Hejmara awarte 112
helplines-eu-112-description = Ji bo xetereya niha: polîs, ambulans, agirkuj. Ji telefonên sabît û mobîl belaş e.
helplines-eu-112-note = Li her welatekî Yekîtiya Ewropayê dixebite.
helplines-ch-112-name = Hejmara awarte 112
helplines-ch-112-description = Ji bo xetereya niha: polîs, ambulans, agirkuj. Ji telefonên sabît û mobîl belaş e.
helplines-rs-112-name = Hejmara awarte 112
helplines-rs-112-description = Ji bo xetereya niha: polîs, ambulans, agirkuj. Ji telefonên sabît û mobîl belaş e.

helplines-eu-116000-name = Xeta alîkariyê ya zarokên winda 116 000
helplines-eu-116000-description = Ji bo zarokekî winda: piştgirî ji bo zarok, malbat û kesên ku tiştek dîtine. Belaş e, şev û roj.
helplines-eu-116000-note = Li her welatî rêxistineke wî welatî li pişt vê hejmarê heye, bo nimûne The Smile of the Child li Yewnanîstanê û Telefono Azzurro li Îtalyayê. Piraniya welatan axaftina nivîskî (chat) jî pêşkêş dikin.
helplines-ch-116000-name = Xeta alîkariyê ya zarokên winda 116 000
helplines-ch-116000-description = Ji bo zarokekî winda: piştgirî ji bo zarok, malbat û kesên ku tiştek dîtine. Belaş e, şev û roj.
helplines-ch-116000-note = Hejmarê li welatê ku hûn lê ne kontrol bikin: rêxistina li pişt wê li gorî welêt diguhere.
helplines-al-116000-name = Xeta alîkariyê ya zarokên winda 116 000
helplines-al-116000-description = Ji bo zarokekî winda: piştgirî ji bo zarok, malbat û kesên ku tiştek dîtine. Belaş e, şev û roj.
helplines-al-116000-note = Hejmarê li welatê ku hûn lê ne kontrol bikin: rêxistina li pişt wê li gorî welêt diguhere.
helplines-rs-116000-name = Xeta alîkariyê ya zarokên winda 116 000
helplines-rs-116000-description = Ji bo zarokekî winda: piştgirî ji bo zarok, malbat û kesên ku tiştek dîtine. Belaş e, şev û roj.

helplines-eu-116111-name = Xeta alîkariyê ya zarokan 116 111
helplines-eu-116111-description = Şêwirdarî ji bo zarokên ku hewceyî kesekî ne ku pê re biaxivin. Belaş e.
helplines-eu-116111-note = Hê li her welatekî Yekîtiya Ewropayê tune. Hin xet şev û roj vekirî ne, hinên din di saetên diyarkirî de.

helplines-de-hilfetelefon-116016-name = Xeta alîkariyê ya ji bo jinên ku rastî tundiyê tên (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Ji bo jinên ku rastî tundiyê tên, herwiha bazirganiya mirovan, fahîşetiya bi zorê û îstismara li ser kar. Belaş e, hûn ne mecbûr in navê xwe bêjin, şev û roj, her roja salê.
helplines-de-hilfetelefon-116016-note = Ji bo jinan. Bi almanî û 18 zimanên din bersiv dide. Li ser malpera wê axaftina nivîskî (chat) û e-name jî hene.

helplines-gb-modern-slavery-helpline-name = Xeta alîkariyê ya li dijî koletiya nûjen û îstismarê (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Ji bo her kesê ku tê îstismarkirin an bi zorê tê xebitandin, an kesekî wisa nas dike. Belaş e, nepenî ye, şev û roj.
helplines-gb-modern-slavery-helpline-note = Alîkarî bi zêdetirî 200 zimanan.

helplines-us-human-trafficking-hotline-name = Xeta neteweyî ya alîkariyê li dijî bazirganiya mirovan (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = Ji bo qurbanên bazirganiya mirovan, kesên ku ji wê rizgar bûne, û kesên ku dixwazin alîkariya wan bikin. Belaş e, şev û roj. Ew ne polîs e û ne jî dezgeha koçberiyê ye.
helplines-us-human-trafficking-hotline-note = Bi telefonê bi îngilîzî û spanî, û bi rêya wergêran bi zêdetirî 200 zimanan. Peyamên nivîskî û axaftina nivîskî (chat) tenê bi îngilîzî û spanî ne.

helplines-it-numero-verde-antitratta-name = Xeta belaş a li dijî bazirganiya mirovan (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = Ji bo qurban û şahidên bazirganiya mirovan. Belaş e, hûn ne mecbûr in navê xwe bêjin, şev û roj.
helplines-it-numero-verde-antitratta-note = Navbeynkarên çandî bi zimanên Nîjeryayê û bi zimanên din jî diaxivin.

helplines-it-arci-asylum-name = Xeta belaş a ARCI ji bo daxwazkarên penaberiyê û penaberan
helplines-it-arci-asylum-description = Alîkariya hiqûqî û wergêr ji bo kesên ku daxwaza penaberiyê dikin an parastina navneteweyî wan heye.
helplines-it-arci-asylum-note = Bi 36 ziman û zaravayan alîkariyê dike. Li derveyî demên vekirinê, hûn dikarin her dem peyameke dengî bihêlin. Ev agahî ji sala 2021ê ne: kontrol bikin ka xet hê jî dixebite.

helplines-gr-a21-1109-name = Xeta agahî û alîkariyê ya li ser bazirganiya mirovan 1109
helplines-gr-a21-1109-description = Ji bo qurbanên bazirganiya mirovan û kesên ku dixwazin wê ragihînin.
helplines-gr-a21-1109-note = Çavkanî ji dora sala 2012an in, û demên vekirinê yên vê xetê nehatin piştrastkirin.

helplines-rs-astra-sos-name = Xeta alîkariyê ya ASTRA SOS
helplines-rs-astra-sos-description = Piştgirî ji bo kesên ku ji bazirganiya mirovan rizgar bûne. Hûn dikarin bazirganiya mirovan bêyî gotina navê xwe jî ragihînin.
helplines-rs-astra-sos-note = ASTRA li Sirbistanê hejmara zarokên winda 116 000 jî bi rê ve dibe.

helplines-tr-yimer-157-name = Navenda Têkiliyê ya Biyaniyan (YİMER 157)
helplines-tr-yimer-157-description = Agahî li ser vîze, destûra rûniştinê û parastina navneteweyî, û xeta alîkariyê ji bo qurbanên bazirganiya mirovan. Her dem vekirî ye.
helplines-tr-yimer-157-note = Ev xet ji aliyê dezgeha koçberiyê ya dewletê ve tê birêvebirin.

helplines-ly-unhcr-protection-name = Xeta parastinê ya UNHCR
helplines-ly-unhcr-protection-description = Ji bo penaber û daxwazkarên penaberiyê yên li Lîbyayê ku hewceyî parastinê ne.
helplines-ly-unhcr-protection-note = Di Adara 2020an de, ji Yekşemê heta Pêncşemê, ji saet 09:00 heta 17:00 bersiv dida. Demên wê yên niha nayên zanîn.

helplines-ly-cesvi-protection-name = Xetên parastinê yên CESVI
helplines-ly-cesvi-protection-description = Alîkariya parastinê ji bo penaber û daxwazkarên penaberiyê, ji hevkarekî UNHCR.

helplines-ly-sexual-violence-line-name = Xeta alîkariyê ji bo kesên ku ji tundiya seksî rizgar bûne
helplines-ly-sexual-violence-line-description = Ji bo kesên ku ji tundiya seksî rizgar bûne. Şev û roj.
helplines-ly-sexual-violence-line-note = Bi International Rescue Committee (IRC) ve girêdayî ye. Nivîsa çavkaniyê nîvco mabû: berî ku hûn xwe bispêrin vê hejmarê, wê kontrol bikin.

helplines-mx-linea-contra-la-trata-name = Xeta neteweyî û axaftina nivîskî (chat) li dijî bazirganiya mirovan
helplines-mx-linea-contra-la-trata-description = Psîkolog û parêzer alîkariya qurbanên bazirganiya mirovan dikin. Belaş e, hûn ne mecbûr in navê xwe bêjin, şev û roj, bi telefonê an bi WhatsAppê.
helplines-mx-linea-contra-la-trata-note = Ragihandinên ji derveyî Meksîkayê jî werdigire.

## Fermana helplines a sepana sermaseyê

# $list lîsteya peyvên derbasdar e, bo nimûne "emergency, trafficking, …".
helplines-cli-unknown-need = Ev hewcedarî nayê naskirin. Yek ji van bi kar bînin: { $list }
helplines-cli-unknown-channel = Ev rêya gihîştina xeta alîkariyê nayê naskirin. Yek ji van bi kar bînin: { $list }

## Nûkirina xetên alîkariyê

helplines-sync-usage = Navnîşana weşanekê bidin (salama sync <URL>), an salama sync status bi kar bînin.
helplines-sync-checking = Li nûkirinan tê gerîn…
# $collections hejmara pelên ku dê bên daxistin e, $size mezinahiya daneyan e, bo nimûne 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] Tiştek ji bo daxistinê tune.
        [one] Pelek ji bo daxistinê ({ $size }).
       *[other] { $collections } pel ji bo daxistinê ({ $size }).
    }
helplines-sync-applying = Tê sazkirin…
# $serial hejmara weşanê ye.
helplines-sync-updated = Hat nûkirin: weşana { $serial }.
helplines-sync-up-to-date = Jixwe nû ye (weşana { $serial }).
# $requests hejmara daxwazên ku hatin kirin e, $size mezinahiya daneyên ku hatin daxistin e.
helplines-sync-cost =
    { $requests ->
        [one] Daxwazek, { $size } hat daxistin.
       *[other] { $requests } daxwaz, { $size } hat daxistin.
    }
helplines-sync-stale = Dema vê agahiyê derbas bûye. Ew hê jî tê nîşandan, lê dibe ku kevn bûbe.

## Rewşa nûkirinê

helplines-status-none = Hê tu nûkirin nehatiye sazkirin: Salama xetên alîkariyê yên ku di sepanê de hene bi kar tîne.
helplines-status-release = Weşana sazkirî { $serial }
helplines-status-publisher = Weşaner
helplines-status-key = Mifteya îmzeyê
helplines-status-source = Hat standin ji
helplines-status-issued = Dîroka derxistinê
# $days hejmara rojan e ji dema ku weşan derketiye.
helplines-status-age =
    { $days ->
        [0] Ev agahî ji rojekê kêmtir kevn e.
        [one] Ev agahî rojek kevn e.
       *[other] Ev agahî { $days } roj kevn e.
    }
helplines-status-expires = Dema wê diqede
helplines-status-expired = Dema wê derbas bûye: dibe ku agahî kevn bin.
helplines-expires-in =
    { $days ->
        [0] ji rojekê kêmtir ma
        [one] rojek ma
       *[other] { $days } roj man
    }
helplines-expired-ago =
    { $days ->
        [0] ji rojekê kêmtir berê dema wê derbas bû
        [one] rojek berê dema wê derbas bû
       *[other] { $days } roj berê dema wê derbas bû
    }
helplines-status-outdated = (ji weşanê kevintir e: ji bo temamkirinê nû bikin)
helplines-status-last-success = Nûkirina serkeftî ya dawî
helplines-status-last-attempt = Ceribandina dawî
helplines-status-last-error = Çewtiya dawî
helplines-status-never = tu car

## Pakêtên bê înternet

# $file navê pelekê ye, $serial hejmara weşanê, $collections lîsteyek wek helplines/GR, $size mezinahiya pelê.
helplines-pack-exported = { $file } hat nivîsîn: weşana { $serial }, { $collections } ({ $size }).

## Amûrên weşaneran

# $file û $public navên pelan in, $id nasnameya mifteyekê ye.
helplines-publish-key-written = Mifteya îmzeyê ya nû di { $file } de hat nivîsîn. Wê veşartî bihêlin û kopiyeke yedek jê çêkin: tu caran li ser wê nayê nivîsîn. Mifteya wê ya giştî (id { $id }) di { $public } de ye.
# $serial hejmara weşanê ye, $dir peldankek e, $keys nasnameyên mifteyan in.
helplines-publish-released = Weşana { $serial } di { $dir } de hat nivîsîn, bi { $keys } hat îmzekirin.
# $name komeleyek e wek helplines/GR, $version guhertoya wê, $entries hejmara xetên alîkariyê yên tê de, $size mezinahiya wê.
helplines-publish-collection-changed = { $name }: guhertoya { $version }, { $entries } xetên alîkariyê, { $size } (hat guhertin)
helplines-publish-collection-same = { $name }: guhertoya { $version }, { $entries } xetên alîkariyê, { $size } (nehat guhertin)
helplines-publish-translations-changed =
    { $files ->
        [one] { $name }: guhertoya { $version }, pelek wergerê, { $size } (hat guhertin)
       *[other] { $name }: guhertoya { $version }, { $files } pelên wergerê, { $size } (hat guhertin)
    }
helplines-publish-translations-same =
    { $files ->
        [one] { $name }: guhertoya { $version }, pelek wergerê, { $size } (nehat guhertin)
       *[other] { $name }: guhertoya { $version }, { $files } pelên wergerê, { $size } (nehat guhertin)
    }
helplines-publish-empty = Di { $names } de tu xeta alîkariyê tune. Wê demê telefon dê xetên alîkariyê yên di sepanê de ji bo wî welatî veşêrin. Xetên wî yên alîkariyê lê zêde bikin, an jî heke hûn bi zanebûn wan radikin, dîsa bi --allow-empty biweşînin.
# $expires dîrok û demek e.
helplines-release-verified = Weşana { $serial } derbasdar e: bi mifteya pêbawer { $key } hatiye îmzekirin, dema wê { $expires } diqede.
helplines-release-collection = { $name }: guhertoya { $version }, { $entries } xetên alîkariyê, { $size }, hat kontrolkirin
helplines-release-translations =
    { $files ->
        [one] { $name }: guhertoya { $version }, pelek wergerê, { $size }, hat kontrolkirin
       *[other] { $name }: guhertoya { $version }, { $files } pelên wergerê, { $size }, hat kontrolkirin
    }
helplines-release-collection-absent = { $name }: guhertoya { $version }, { $size }, di vê pakêtê de tune
helplines-release-no-such-path = { $path } tune ye. Peldanka weşanekê (ya ku index.json tê de ye) an pelê pakêteke bê înternetê bidin.
helplines-release-not-a-release = { $path } ne weşan e, ne jî pakêteke bê înternetê ye. Weşan peldankek e ku index.json tê de ye; pakêt pelek e ku salama pack export çêdike.
