# Machine-assisted draft: not yet reviewed by a native speaker.

# Gotarên mafan: wergera kurmancî.
# Zimanekî hêsan, ji bo xwendevanên ku dibe ku kêm xwendibin.
# Hevokan kurt bihêlin. Şiroveya her têgeheke hiqûqî bihêlin.
# Ev agahiyên giştî ne, ne şîreta hiqûqî ne.

## Hevpar

# Li serê her gotareke mafan tê nîşandan.
rights-notice = Ev agahiyên giştî ne, ne şîreta hiqûqî ne. Qanûn û pratîk li her welatî cuda ne, û her welat nebûye aliyê her peymanê. Li ser rewşa xwe ji parêzerekî an ji rêxistineke pêbawer bipirsin.
rights-steps-heading = Tiştên ku hûn dikarin bikin
rights-sources-heading = Bingeha hiqûqî
# $date dîroka ku kesekî cara dawî ev gotar kontrol kiriye.
rights-reviewed = Kontrola dawî: { $date }
# $instrument navê qanûnekê an peymanekê ye (li jêr li peyamên rights-instrument- binêrin). $article hejmara bendekê ye, wek 33(1).
rights-source-article = { $instrument }, Benda { $article }
# $instrument navê belgeyeke rêberiyê ye. $paragraph hejmara paragrafekê ye, wek 31.
rights-source-paragraph = { $instrument }, paragraf { $paragraph }

## Navên qanûn û peymanan
## Li cihê ku heye, navê fermî yê her belgeyê bi zimanê xwe bi kar bînin.

rights-instrument-refugee-convention = Peymana Penaberan a 1951ê
rights-instrument-cat = Peymana Neteweyên Yekbûyî ya li dijî Îşkenceyê
rights-instrument-echr = Peymana Ewropî ya Mafên Mirovan
rights-instrument-eu-charter = Belgenameya Mafên Bingehîn a Yekîtiya Ewropayê
rights-instrument-udhr = Danezana Gerdûnî ya Mafên Mirovan
rights-instrument-smuggling-protocol = Protokola Neteweyên Yekbûyî ya li dijî Qaçaxçîtiya Koçberan
rights-instrument-trafficking-protocol = Protokola Neteweyên Yekbûyî ya li dijî Bazirganiya Mirovan
rights-instrument-coe-trafficking-convention = Peymana Konseya Ewropayê ya li ser Têkoşîna li dijî Bazirganiya Mirovan
rights-instrument-eu-anti-trafficking-directive = Rênameya Yekîtiya Ewropayê ya li dijî Bazirganiya Mirovan (2011/36/EU)
rights-instrument-eu-procedures-regulation = Rêziknameya Yekîtiya Ewropayê ya Prosedûra Penaberiyê (2024/1348)
rights-instrument-crc = Peymana Neteweyên Yekbûyî ya li ser Mafên Zarokan
rights-instrument-eu-procedures-directive = Rênameya Yekîtiya Ewropayê ya Prosedûra Penaberiyê (2013/32/EU, di 12ê Hezîrana 2026an de bi qaîdeyên nû hate guhertin)
rights-instrument-unhcr-gip-7 = Rêbernameyên UNHCR yên li ser Parastina Navneteweyî, hejmar 7 (2006)
rights-instrument-unhcr-gip-14 = Rêbernameyên UNHCR yên li ser Parastina Navneteweyî, hejmar 14 (2024)
rights-instrument-unhcr-roundtable-2001 = Civîna pisporan a UNHCR li ser non-refoulement (nevegerandina ber bi xeterê ve) (2001): encam
rights-instrument-cat-gc-4 = Komîteya Neteweyên Yekbûyî ya li dijî Îşkenceyê, Şîroveya Giştî hejmar 4 (2017)
rights-instrument-crc-gc-6 = Komîteya Neteweyên Yekbûyî ya li ser Mafên Zarokan, Şîroveya Giştî hejmar 6 (2005)
rights-instrument-cmw-crc-joint-gc = Komîteyên Neteweyên Yekbûyî yên li ser Karkerên Koçber û Mafên Zarokan, Şîroveya Giştî ya Hevbeş hejmar 4 û hejmar 23 (2017)
rights-instrument-un-report-a-79-213 = Rapora Neteweyên Yekbûyî A/79/213 (2024)
rights-instrument-osce-non-punishment = Nûnerê Taybet ê OSCE yê li ser bazirganiya mirovan: pêşniyar li ser necezakirina qurbanan (2013)
rights-instrument-ilo-forced-labour-indicators = Nîşanên Karê bi Zorê yên Rêxistina Navneteweyî ya Kar (ILO) (2012)
rights-instrument-unodc-iom-smuggling-trafficking = UNODC û IOM: cudahiyên di navbera qaçaxçîtiya koçberan û bazirganiya mirovan de
rights-instrument-unodc-module-definitions = Modula zanîngehê ya UNODC: pênaseyên hiqûqî yên bazirganiya mirovan û qaçaxçîtiya koçberan
rights-instrument-unodc-module-trafficking = Modula zanîngehê ya UNODC: bazirganiya mirovan
rights-instrument-ecthr-vcl-an = Dadgeha Ewropî ya Mafên Mirovan, doza V.C.L. û A.N. li dijî Keyaniya Yekbûyî

## Penaberî

rights-asylum-title = Mafê daxwaza penaberiyê
rights-asylum-summary = Hûn dikarin ji welatekî din parastinê bixwazin, heke hûn bê belge hatibin jî.

rights-asylum-right-heading = Mafê we yê xwestina parastinê
rights-asylum-right-1 = Penaberî ew parastin e ku welatek dide kesekî ku li welatê xwe ne ewle ye. Mafê her kesî heye ku ji ber çewsandinê daxwaza penaberiyê bike. Ev mafê xwestinê ye, ne soz e ku hûn ê penaberiyê bistînin.
rights-asylum-right-2 = Penaber ew kes e ku li derveyî welatê xwe ye û sedemeke wî ya rastîn heye ku li wir ji çewsandinê bitirse. Çewsandin yanî zirareke giran ji ber nijad, ol, netewe, ramana siyasî an koma civakî ya we.
rights-asylum-right-3 = Li Yekîtiya Ewropayê, Belgenameya Mafên Bingehîn a Yekîtiya Ewropayê jî mafê penaberiyê garantî dike.

rights-asylum-papers-heading = Heke hûn bê belge hatibin
rights-asylum-papers-1 = Divê penaber ji ber ku bê destûr ketine welatekî an li wir dimînin neyên cezakirin. Cezakirin yanî, bo nimûne, cezayê pereyan an zindan.
rights-asylum-papers-2 = Sê merc hene. Hûn rasterast ji cihê ku lê di xeterê de bûn hatine. Hûn bê derengmayîn diçin ba rayedaran. Hûn dikarin sedemeke baş nîşan bidin ku çima hûn bi vî awayî ketine welêt.
# UNHCR Ajansa Penaberan a Neteweyên Yekbûyî ye. Navê UNHCR wekî xwe bihêlin.
rights-asylum-papers-3 = UNHCR, Ajansa Penaberan a Neteweyên Yekbûyî, di sala 2024an de li ser vê yekê rêberî da. Heke ev sê merc li we tên, divê hûn tenê ji ber ku bê belge ketine welêt neyên binçavkirin. Binçavkirin yanî hûn li cihekî girtî bên hiştin. Herwiha divê hûn neyên cezakirin ji ber ku hûn bi alîkariya qaçaxçiyekî ketine welêt, an ji ber ku we alîkariya malbata xwe kiriye ku ew jî bi vî awayî bikevin welêt.

rights-asylum-waiting-heading = Dema ku hûn li benda biryarê ne
rights-asylum-waiting-1 = Dema ku hûn li benda biryarê ne, divê hûn ber bi xetereyê ve neyên vegerandin.
rights-asylum-waiting-2 = Li Yekîtiya Ewropayê, divê karmend li ser mafê we yê daxwaza penaberiyê agahiyê bidin we. Divê ew herwiha li ser sînorên demê, maf û erkên we, û ka hûn çawa dikarin şêwirdariya hiqûqî ya belaş bistînin, agahiyê bidin we.

# Hevoka di nav diranokan de ew e ku xwendevan ji karmendan re dibêje.
rights-asylum-step-1 = Ji polîsan an karmendên sînor re bi zelalî bêjin: "Ez dixwazim daxwaza penaberiyê bikim."
rights-asylum-step-2 = Bi qasî ku hûn dikarin zû, biçin ba rayedaran.
rights-asylum-step-3 = Heke hûn ziman baş fam nakin, wergêrekî bixwazin.
rights-asylum-step-4 = Şêwirdariya hiqûqî ya belaş bixwazin, an bi parêzerekî an rêxistineke pêbawer re têkilî daynin.
rights-asylum-step-5 = Tiştên ku hatine serê we, bi dîrokan binivîsin. Hûn dikarin rojnivîska kilîtkirî ya vê sepanê bi kar bînin.

## Vegerandina nav xetereyê qedexe ye (non-refoulement)

rights-non-refoulement-title = Vegerandina nav xetereyê qedexe ye
rights-non-refoulement-summary = Welatek nikare we bişîne cihekî ku hûn ê li wir rastî çewsandin, îşkence an zirareke din a giran bên.

rights-non-refoulement-what-heading = Non-refoulement tê çi wateyê
# "Non-refoulement" têgeheke hiqûqî ya fransî ye ku di gelek zimanan de tê bikaranîn. Wê û şiroveya piştî wê bihêlin.
rights-non-refoulement-what-1 = Non-refoulement peyveke hiqûqî ya fransî ye. Wateya wê ev e: nabe ku welatek we vegerîne cihekî ku hûn ê li wir di xetereyeke giran de bin.
rights-non-refoulement-what-2 = Li gorî Peymana Penaberan, tu penaber bi tu awayî nayê vegerandin cihekî ku jiyan an azadiya wî li wir di bin tehdîdê de be. Ev tehdîdên ji ber ku ew kî ne an bi çi bawer dikin jî digire nav xwe.
rights-non-refoulement-what-3 = Ev we berî ku hûn wekî penaber bên naskirin jî diparêze. Herwiha vegerandina li ser sînor, an şandina ber bi xetereyê ve bi rêya welatekî din jî digire nav xwe.

rights-non-refoulement-torture-heading = Tu caran ber bi îşkenceyê ve
rights-non-refoulement-torture-1 = Peymana Neteweyên Yekbûyî ya li dijî Îşkenceyê her kesî diparêze, ne tenê penaberan. Heke sedemên xurt hebin ku bawer bikin ku kesek li welatekî dê bê îşkencekirin, nabe ku ew kes bê şandin wî welatî.
rights-non-refoulement-torture-2 = Ji vê qaîdeyê re tu îstîsna tune, ji bo kesên ku sûc kirine an wekî xetere têne dîtin jî. Ev paşvedehfdanê jî digire nav xwe, yanî dema ku karmend mirovan li ser sînor an li deryayê bi zorê paşve dişînin.

rights-non-refoulement-europe-heading = Li Ewropayê
rights-non-refoulement-europe-1 = Li Ewropayê, Peymana Ewropî ya Mafên Mirovan jî her kesî diparêze. Tu kes nayê şandin cihekî ku lê xetereya rastîn a îşkenceyê an muameleya nemirovane an biçûkxistinê hebe. Ev yanî muameleyeke pir hovane an rezîlker. Tu îstîsna tune.
rights-non-refoulement-europe-2 = Li Yekîtiya Ewropayê, Belgenameya Yekîtiya Ewropayê derxistina bi komî qedexe dike. Ev yanî şandina komeke mirovan bêyî ku rewşa her kesî bi serê xwe bê nirxandin.

rights-non-refoulement-limits-heading = Sînorên ku divê hûn zanibin
rights-non-refoulement-limits-1 = Di Peymana Penaberan de îstîsnayeke teng heye. Ew ji bo kesên ku ji bo ewlehiya welêt xetere ne. Herwiha ji bo kesên ku ji ber sûcekî bi taybetî giran hatine mehkûmkirin û ji bo civakê xetere ne.
rights-non-refoulement-limits-2 = Wê demê jî, qedexeya şandina mirovan ber bi îşkenceyê ve hê jî derbasdar e. Her xetere yek bi yek tê kontrolkirin, ji ber vê yekê li ser xetereya ku hûn pê re rû bi rû ne, her tiştî ji karmendan re bêjin.

rights-non-refoulement-step-1 = Bi zelalî ji karmendan re bêjin ku hûn ji vegerê ditirsin, û çima. Bêjin ku hûn dixwazin daxwaza penaberiyê bikin.
rights-non-refoulement-step-2 = Wergêrek û parêzerek bixwazin.
rights-non-refoulement-step-3 = Belgeyên ku hûn fam nakin îmze nekin.
# 112 li Ewropayê hejmara telefonê ya awarte ye. Hejmarê wekî xwe bihêlin.
rights-non-refoulement-step-4 = Li Ewropayê, heke hûn niha di xeterê de ne, li 112 bigerin.

## Hatina bi qaçaxçiyan we nake sûcdar

rights-smuggled-not-criminal-title = Hatina bi qaçaxçiyan we nake sûcdar
rights-smuggled-not-criminal-summary = Li gorî Protokola Neteweyên Yekbûyî ya li dijî Qaçaxçîtiya Koçberan, tenê ji ber ku hûn bi qaçaxçiyan hatine, nabe ku doz li we bê vekirin.

rights-smuggled-not-criminal-what-heading = Qanûn çi dibêje
rights-smuggled-not-criminal-what-1 = Qaçaxçîtî yanî kesek ji bo pere an qezenceke din alîkariya we dike ku hûn bi awayekî neqanûnî sînor derbas bikin. Sûc ji aliyê qaçaxçî ve tê kirin.
rights-smuggled-not-criminal-what-2 = Protokola Neteweyên Yekbûyî ya li dijî Qaçaxçîtiya Koçberan dibêje ku tenê ji ber ku hûn bi qaçaxçiyan hatine, li gorî vê protokolê nabe ku doz li we bê vekirin. Doz vekirin yanî hûn li dadgehê bi sûcekî bên tawanbarkirin.
rights-smuggled-not-criminal-what-3 = Protokol tu mafekî we yê din ji we nastîne. Mafên we yên wekî penaber û parastina we ya li hember vegerandina nav xetereyê jî di nav de ne. Nabe ku ji ber ku hûn bi qaçaxçiyan hatine, muameleyeke xerabtir bi we re bê kirin.

rights-smuggled-not-criminal-safety-heading = Ewlehiya we
rights-smuggled-not-criminal-safety-1 = Divê welat gavan bavêjin da ku jiyana we biparêzin, û we ji îşkence, muameleya hovane û tundiyê biparêzin. Heke jiyan an ewlehiya we di xeterê de be, divê ew alîkariya we bikin.
rights-smuggled-not-criminal-safety-2 = Divê ew bala xwe bidin hewcedariyên taybet ên jin û zarokan. Heke hûn bên binçavkirin, divê zû li ser têkiliya bi konsolosxaneya we re agahî bidin we. Konsolosxane nivîsgeheke hikûmeta welatê we ye li derveyî welêt.

rights-smuggled-not-criminal-limits-heading = Ev çi nagire nav xwe
rights-smuggled-not-criminal-limits-1 = Ji ber sûcên din dîsa jî doz dikare li we bê vekirin, bo nimûne ji ber alîkariya qaçaxkirina kesên din.
rights-smuggled-not-criminal-limits-2 = Welat dîsa jî dikare qaîdeyên xwe yên koçberiyê bi kar bîne, bo nimûne ji bo biryardanê ka hûn dikarin bimînin an na. Lê qaîdeyên li dijî şandina mirovan ber bi xetereyê ve hê jî derbasdar in.

rights-smuggled-not-criminal-step-1 = Li Ewropayê, heke hûn niha di xeterê de ne, bo nimûne li deryayê, li 112 bigerin.
rights-smuggled-not-criminal-step-2 = Heke hûn ji vegera welatê xwe ditirsin, bêjin ku hûn dixwazin daxwaza penaberiyê bikin.
rights-smuggled-not-criminal-step-3 = Wergêrek û parêzerek bixwazin.
rights-smuggled-not-criminal-step-4 = Heke hûn bên binçavkirin, divê li ser têkiliya bi konsolosxaneya we re agahî bidin we. Hûn ne mecbûr in ku têkilî daynin, bo nimûne heke hûn ji hikûmeta xwe ditirsin.
rights-smuggled-not-criminal-step-5 = Heke qaçaxçî belgeyên we bigire, bêje ku hûn hê bêtir pere deyndar in, an we bi zorê bide xebitandin, dibe ku ev bazirganiya mirovan be. Ji rêxistineke pêbawer alîkarî bixwazin.

## Ji bo tiştên ku bi zorê dane kirin, cezakirin nabe (necezakirin)

rights-non-punishment-title = Ji bo tiştên ku bi zorê dane kirin, cezakirin nabe
rights-non-punishment-summary = Heke hûn bûne qurbanê bazirganiya mirovan û bi zorê neçar mane ku qanûnê bişkînin, rayedar dikarin biryar bidin ku we ceza nekin.

rights-non-punishment-what-heading = Necezakirin tê çi wateyê
rights-non-punishment-what-1 = Bazirganiya mirovan ew e ku kes bi zor, tehdîd an derewan we kontrol dikin û we îstismar dikin. Îstismarkirin yanî bikaranîna we ji bo qezencê, bo nimûne bi karê bi zorê an bi seksê.
rights-non-punishment-what-2 = Bazirganên mirovan carinan qurbanan neçar dikin ku qanûnê bişkînin. Nimûne ev in: bikaranîna belgeyên sexte, çandina esrarê, an neçarkirina zarokan ji bo diziyê. Necezakirin yanî divê qurban ji bo sûcên ku bi zorê dane kirin neyên cezakirin.

rights-non-punishment-europe-heading = Li Ewropayê qanûn çi dibêje
rights-non-punishment-europe-1 = Li Ewropayê, welatên ku beşdarî Peymana Konseya Ewropayê ya li dijî bazirganiya mirovan bûne, divê îmkanê çêkin ku qurban ji bo kiryarên neqanûnî yên ku bi zorê dane kirin neyên cezakirin. Ev tenê îmkanek e. Ew qurbanan bixweber ji cezayê naparêze.
rights-non-punishment-europe-2 = Li Yekîtiya Ewropayê, divê rayedar bikaribin doz li qurbanan venekin an wan ceza nekin. Ev ji bo sûcên ku ew wekî encameke rasterast a bazirganiya mirovan neçar mane bikin. Ev li Danîmarkayê derbasdar nîne.
rights-non-punishment-europe-3 = Dadgeha Ewropî ya Mafên Mirovan biryar da ku Keyaniya Yekbûyî (Brîtanya) Peymana Ewropî ya Mafên Mirovan binpê kiriye. Keyaniya Yekbûyî ji ber sûcên madeyên hişbir doz li du zarokên ku bûbûn qurbanên bazirganiya mirovan vekiribû.

rights-non-punishment-limits-heading = Ev ne otomatîk e
rights-non-punishment-limits-1 = Ev parastin ne otomatîk e, û her sûcî nagire nav xwe. Rayedar li ser her dozê bi serê xwe biryar didin.
# OSCE: Rêxistina Ewlehî û Hevkariyê ya li Ewropayê. Navê kurt OSCE bihêlin.
rights-non-punishment-limits-2 = OSCE, rêxistineke navneteweyî, şîretan dide welatan. Heke nîşan hebin ku hûn bi zorê neçar hatine kirin, divê ji ber van kiryaran doz li we neyê vekirin û hûn neyên binçavkirin. Herwiha divê hûn ji ber wan mafê xwe yê mayînê winda nekin. Ev şîret ne qanûneke mecbûrî ye.

rights-non-punishment-step-1 = Bi qasî ku zû dibe, ji parêzerê xwe re bêjin ku hûn bi zorê neçar bûne van tiştan bikin.
rights-non-punishment-step-2 = Ji rayedaran bixwazin ku kontrol bikin ka hûn qurbanê bazirganiya mirovan in an na.
rights-non-punishment-step-3 = Wergêrekî bixwazin, da ku çîroka we rast bê fêmkirin.
rights-non-punishment-step-4 = Binivîsin ka çi qewimî, kê hûn neçar kirin, û kengî. Hûn dikarin rojnivîska kilîtkirî ya vê sepanê bi kar bînin.
rights-non-punishment-step-5 = Bi rêxistineke pêbawer re têkilî daynin ku alîkariya qurbanên bazirganiya mirovan dike.

## Qaçaxçîtî an bazirganiya mirovan?

rights-smuggling-or-trafficking-title = Qaçaxçîtî an bazirganiya mirovan?
rights-smuggling-or-trafficking-summary = Qaçaxçîtî û bazirganiya mirovan çawa ji hev cuda ne, û nîşanên hişyariyê yên ku qaçaxçîtî bûye bazirganiya mirovan.

rights-smuggling-or-trafficking-difference-heading = Ferq çi ye?
rights-smuggling-or-trafficking-difference-1 = Qaçaxçîtî: hûn bi rêwîtiyê razî dibin û pere didin kesekî da ku we ji sînor derbas bike. Bi gelemperî dema ku hûn digihîjin, diqede. Ew sûcek e li dijî qaîdeyên sînor ên welêt.
rights-smuggling-or-trafficking-difference-2 = Bazirganiya mirovan: kesek bi zor, tehdîd, derew an bi karanîna rewşa we ya dijwar we kontrol dike û îstismar dike. Îstismarkirin yanî bikaranîna we ji bo qezencê, bo nimûne bi karê bi zorê, bi seksê an bi derxistina organan. Ew dikare di hundirê welatekî de jî biqewime. Ew sûcek e li dijî we.
rights-smuggling-or-trafficking-difference-3 = Heke we di destpêkê de qebûl kiribe jî, dîsa dikare bazirganiya mirovan be. Heke zor, tehdîd, derew an îstismara rewşa we hatibe bikaranîn, razîbûna we nayê hesibandin.

rights-smuggling-or-trafficking-signs-heading = Dema ku qaçaxçîtî dibe bazirganiya mirovan
rights-smuggling-or-trafficking-signs-1 = Rêwîtiyeke qaçaxçîtiyê dikare bibe bazirganiya mirovan. Kesên ku bi qaçaxî têne derbaskirin di bin xetereyeke mezin de ne.
rights-smuggling-or-trafficking-signs-2 = Nîşanên hişyariyê: deynekî we heye ku her ku diçe mezin dibe, û divê hûn bixebitin da ku wî bidin. Kesek pasaport an nasnameya we li ba xwe digire. Hûn ne azad in ku biçin, an hûn li cihekî hatine girtin.
rights-smuggling-or-trafficking-signs-3 = Nîşanên din: hûn bi pereyekî pir kêm an bê pere dixebitin. Hûn an malbata we têne tehdîdkirin an êşandin. Revandin, an girtina we heta ku malbata we bêtir pere bide, jî nîşaneke hişyariyê ya giran e.
# Rêxistina Navneteweyî ya Kar (ILO) ajanseke Neteweyên Yekbûyî ye.
rights-smuggling-or-trafficking-signs-4 = Rêxistina Navneteweyî ya Kar piraniya van nîşanan bi kar tîne da ku karê bi zorê nas bike. Nîşanek tenê dikare bes be. Nîşan îşaret in, ne delîl in.

rights-smuggling-or-trafficking-why-heading = Çima ev girîng e
rights-smuggling-or-trafficking-why-1 = Ji bo zarokên binî 18 salî, bêyî zor, tehdîd an derewan jî dikare bazirganiya mirovan be.
rights-smuggling-or-trafficking-why-2 = Qurbanên bazirganiya mirovan xwedî mafên zêde yên parastin û alîkariyê ne. Kesên ku bi qaçaxî hatine derbaskirin jî xwedî maf in.

rights-smuggling-or-trafficking-step-1 = Li Ewropayê, heke hûn li cihekî hatine girtin an niha di xeterê de ne, li 112 bigerin.
rights-smuggling-or-trafficking-step-2 = Heke hûn dikarin, wêneyekî pasaport an nasnameya xwe di rojnivîska kilîtkirî ya vê sepanê de bihêlin.
rights-smuggling-or-trafficking-step-3 = Binivîsin ka we çiqas pere daye, ew dibêjin hûn çiqas deyndar in, û belgeyên we li ba kê ne.
rights-smuggling-or-trafficking-step-4 = Bi rêxistineke ku alîkariya qurbanên bazirganiya mirovan dike re biaxivin. Ew dikarin alîkariya we bikin ku hûn rewşa xwe fam bikin.

## Parastina qurbanên bazirganiya mirovan

rights-trafficking-protection-title = Parastina qurbanên bazirganiya mirovan
rights-trafficking-protection-summary = Qurbanên bazirganiya mirovan çawa têne naskirin, û ew dikarin çi alîkarî û mafan bistînin.

rights-trafficking-protection-identification-heading = Wekî qurban hatin naskirin
rights-trafficking-protection-identification-1 = Naskirin yanî karmendên perwerdekirî kontrol dikin ka hûn qurbanê bazirganiya mirovan in an na. Li Ewropayê, heke sedemên maqûl hebin, heta ku kontrol neqede nabe ku hûn bên şandin. Sedemên maqûl yanî nîşanên rastîn, berî ku tiştek bê îsbatkirin jî. Di vê navberê de divê hûn alîkarî bistînin.
rights-trafficking-protection-identification-2 = Li Ewropayê, paşê herî kêm 30 roj ji bo başbûn û fikirînê didin we. Hûn dikarin bimînin, nabe ku hûn bên derxistin, û hûn alîkarî distînin. Hûn bi azadî dikarin biryar bidin ka hûn dixwazin bi polîsan re bixebitin an na.
rights-trafficking-protection-identification-3 = Welatek dikare ji ber sedemên nîzama giştî vê demê red bike. Herwiha dikare red bike heke kesek bi neheqî îdia bike ku qurban e.

rights-trafficking-protection-help-heading = Alîkariya bê merc
rights-trafficking-protection-help-1 = Li Ewropayê, divê herî kêm cihekî ewle yê mayînê, piştgiriya ji bo debarê û lênêrîna bijîşkî ya awarte bidin we. Herwiha divê alîkariya psîkolojîk, wergêr û agahiyên li ser mafên we bidin we. Divê zarok bikaribin biçin dibistanê.
rights-trafficking-protection-help-2 = Li Ewropayê, ev alîkarî ne girêdayî xebata bi polîsan re an şahidbûnê ye. Divê hûn bi wê razî bin, û divê ji we re bê gotin ka ew çi ye.
rights-trafficking-protection-help-3 = Li seranserê cîhanê, Protokola Neteweyên Yekbûyî ya li dijî Bazirganiya Mirovan ji welatan dixwaze ku alîkariyeke wisa bidin ber çavan.

rights-trafficking-protection-stay-heading = Mayîna li welêt
rights-trafficking-protection-stay-1 = Li Ewropayê, hûn dikarin destûreke rûniştinê ya ku dikare bê nûkirin bistînin. Ev belgeyek e ku destûrê dide we ku hûn li welêt bijîn. Her welat bi xwe biryar dide ka wê ji ber çi bide: rewşa we ya kesane, alîkariya we ya ji polîsan re, an herduyan.
rights-trafficking-protection-stay-2 = Ev destûr asteng nake ku hûn daxwaza penaberiyê bikin. Li seranserê cîhanê, Protokola Neteweyên Yekbûyî ji welatan dixwaze ku hiştina qurbanan li welêt bidin ber çavan.

rights-trafficking-protection-justice-heading = Tazmînat û vegera malê
rights-trafficking-protection-justice-1 = Tazmînat pereyê ji bo zirara ku li we hatiye kirin e. Protokola Neteweyên Yekbûyî dibêje divê ji bo qurbanan rêyek hebe ku wê bistînin. Li Ewropayê, mafê we heye ku ji bazirganên mirovan tazmînat bistînin, û divê welat alîkariyê bikin da ku ev bê garantîkirin.
rights-trafficking-protection-justice-2 = Li Ewropayê, herwiha mafê we yê piştgiriya hiqûqî û alîkariya hiqûqî ya belaş heye. Qaîdeyên neteweyî şert û mercan diyar dikin.
rights-trafficking-protection-justice-3 = Heke hûn vegerin malê, divê vegera we ewle be û rûmeta we biparêze. Li cihê ku mimkun be, divê ew bijartina we bi xwe be. Li Ewropayê, divê agahiyên têkiliyê yên rêxistinên ku li wir dikarin alîkariya we bikin bidin we.

rights-trafficking-protection-step-1 = Ji polîsan, ji xebatkarekî civakî an ji rêxistineke li dijî bazirganiya mirovan re bêjin ku dibe ku hûn qurban bin.
rights-trafficking-protection-step-2 = Demek ji bo başbûn û fikirînê, û cihekî ewle yê mayînê bixwazin.
rights-trafficking-protection-step-3 = Wergêrekî û alîkariya hiqûqî ya belaş bixwazin.
rights-trafficking-protection-step-4 = Hûn dikarin wext bidin xwe da ku biryar bidin ka hûn dixwazin bi polîsan re bixebitin an na.
rights-trafficking-protection-step-5 = Li Ewropayê, heke hûn niha di xeterê de ne, li 112 bigerin.

## Penaberî û bazirganiya mirovan: herdu komên mafan

rights-asylum-and-trafficking-title = Penaberî û parastina li dijî bazirganiya mirovan: hûn dikarin herduyan bistînin
rights-asylum-and-trafficking-summary = Hûn dikarin di heman demê de daxwaza penaberiyê bikin û wekî qurbanê bazirganiya mirovan parastinê bistînin.

rights-asylum-and-trafficking-both-heading = Ne mecbûr in ku hûn yekê hilbijêrin
rights-asylum-and-trafficking-both-1 = Hûn dikarin di heman demê de hem qurbanê bazirganiya mirovan hem jî penaber bin. Herdu komên mafan li ser we derbasdar in. Hûn ne mecbûr in ku yekê hilbijêrin.
rights-asylum-and-trafficking-both-2 = Protokola Neteweyên Yekbûyî ya li dijî Bazirganiya Mirovan mafên we yên wekî penaber kêm nake. Parastina we ya li hember vegerandina nav xetereyê jî di nav de ye.
rights-asylum-and-trafficking-both-3 = Li Ewropayê, destûra rûniştinê ya ji bo qurbanên bazirganiya mirovan bandorê li mafê we yê daxwaza penaberiyê nake.

rights-asylum-and-trafficking-refugee-heading = Dema ku qurbanê bazirganiya mirovan penaber e
rights-asylum-and-trafficking-refugee-1 = UNHCR, Ajansa Penaberan a Neteweyên Yekbûyî, dibêje ku kesên ku bûne qurbanên bazirganiya mirovan dikarin penaber bin. Ev wisa ye heke ew ji çewsandinê bitirsin dema ku vegerin. Bo nimûne, dibe ku ew ji dîsa bûna qurbanê bazirganiyê, an ji tolhildana bazirganên mirovan bitirsin.
rights-asylum-and-trafficking-refugee-2 = Ne her qurbanekî bazirganiya mirovan penaber e. Her doz bi serê xwe tê nirxandin.

rights-asylum-and-trafficking-step-1 = Ji karmendên penaberiyê re bêjin ku hûn bûne qurbanê bazirganiya mirovan, û heke hûn vegerin, hûn ji çi ditirsin.
rights-asylum-and-trafficking-step-2 = Bixwazin ku hûn wekî qurbanê bazirganiya mirovan jî bên naskirin.
rights-asylum-and-trafficking-step-3 = Ji parêzerekî an rêxistineke pêbawer bixwazin ku di herduyan de alîkariya we bike.
rights-asylum-and-trafficking-step-4 = Wergêrekî bixwazin, da ku hemû çîroka we bê fêmkirin.

## Zarok

rights-children-title = Mafên zarokan
rights-children-summary = Heke hûn binî 18 salî ne, hûn xwedî parastineke zêde ne, hûn ji ku derê hatibin û belgeyên we çi bin jî.

rights-children-interests-heading = Berjewendiya we ya herî baş pêşî tê
rights-children-interests-1 = Heke hûn binî 18 salî ne, hûn zarok in. Pisporên Neteweyên Yekbûyî dibêjin divê hûn wekî zarok bên parastin, belgeyên we çi bin jî.
rights-children-interests-2 = Di her biryarekê de ku li ser we ye, divê berjewendiya we ya herî baş yek ji tiştên herî girîng be. Ev yanî tiştê ku ji bo ewlehî, tenduristî û pêşeroja we herî baş e. Raporeke Neteweyên Yekbûyî dibêje ku qaîdeyên koçberiyê nikarin ji vê yekê girîngtir bên hesibandin.
rights-children-interests-3 = Heke hûn penaber in an daxwaza penaberiyê dikin, mafê we yê parastin û alîkariyê heye. Herwiha hûn dikarin alîkarî bistînin da ku malbata xwe bibînin.

rights-children-guardian-heading = Wesî
rights-children-guardian-1 = Heke hûn bi tenê ne, bêyî dê û bav an mezinekî din ku li we binêre, divê wesiyek ji bo we bê tayînkirin. Wesî mezinek e ku berjewendiyên we diparêze û di biryaran de alîkariya we dike.
rights-children-guardian-2 = Li Yekîtiya Ewropayê, divê ji bo zarokên bi tenê yên ku bûne qurbanên bazirganiya mirovan wesiyek bê tayînkirin.

rights-children-age-heading = Heke mirov ji temenê we bi guman bin
rights-children-age-1 = Heke karmend ji temenê we bi guman bin, pisporên Neteweyên Yekbûyî yên mafên zarokan dibêjin divê kontrol çawa bê kirin. Divê kontrol li gihîştina we jî binêre, ne tenê li xuyabûna we. Divê ew ewle, adil û ji bo zarokan guncav be.
# "Feyda gumanê": heke tişt ne zelal be, biryar di berjewendiya zarok de tê dayîn.
rights-children-age-2 = Heke guman hê jî hebe, divê feyda gumanê bidin we. Ev yanî heke dibe ku hûn zarok bin, wekî zarok muamele bi we re tê kirin.
rights-children-age-3 = Li Ewropayê, heman tişt ji bo kesên ku dibe qurbanên bazirganiya mirovan bin jî derbasdar e. Heke dibe ku hûn zarok bin, heta ku temenê we bê kontrolkirin, wekî zarok muamele bi we re tê kirin.

rights-children-trafficking-heading = Bazirganiya zarokan
rights-children-trafficking-1 = Ji bo zarokan qanûn hişktir e. Heke kesek zarokekî ji bo îstismarkirinê bikişîne nav xwe, biguhezîne, veşêre an wergire, ev bazirganiya mirovan e. Ne hewce ye ku zor, tehdîd an derew hebin. Zarok nikare razî be ku bê îstismarkirin.

rights-children-step-1 = Heke hûn binî 18 salî ne, vê bi zelalî bêjin.
rights-children-step-2 = Heke hûn bi tenê ne, wesiyekî bixwazin.
rights-children-step-3 = Heke hûn bixwazin, ji bo dîtina malbata xwe alîkarî bixwazin.
rights-children-step-4 = Li Ewropayê, heke hûn niha di xeterê de ne, li 112 bigerin.

## Heke hûn hatibin binçavkirin

rights-detention-title = Heke hûn hatibin binçavkirin
rights-detention-summary = Mafên we heke hûn ji aliyê polîsan ve an li navendeke girtî bên girtin.

rights-detention-asylum-heading = Hûn dîsa jî dikarin daxwaza penaberiyê bikin
rights-detention-asylum-1 = Binçavkirin yanî hûn li cihekî girtî bên hiştin, bêyî ku hûn azad bin ku derkevin. Heke hûn hatibin binçavkirin jî, hûn dikarin daxwaza penaberiyê bikin.
rights-detention-asylum-2 = Divê penaber ji ber ku bê belge ketine welêt neyên cezakirin. Divê ew rasterast ji xetereyê hatibin, zû çûbin ba rayedaran, û sedemeke wan a baş hebe. Azadiya wan a tevgerê tenê heke hewce be dikare bê sînordarkirin. UNHCR dibêje divê kesên ku ev merc li wan tên, tenê ji ber ku bê belge ketine welêt neyên binçavkirin.
rights-detention-asylum-3 = Heta ku li ser daxwaza we ya penaberiyê biryar bê dayîn, divê hûn ber bi xetereyê ve neyên vegerandin. Li Ewropayê, heke dibe ku hûn qurbanê bazirganiya mirovan bin, heta ku ev bê kontrolkirin nabe ku hûn bên derxistin.

rights-detention-help-heading = Wergêr û parêzer
rights-detention-help-1 = Li Yekîtiya Ewropayê, divê karmend li ser mafê we yê daxwaza penaberiyê agahiyê bidin we. Divê ew herwiha li ser sînorên demê, maf û erkên we, û ka hûn çawa dikarin şêwirdariya hiqûqî ya belaş bistînin, agahiyê bidin we.
rights-detention-help-2 = Li Ewropayê, mafê qurbanên bazirganiya mirovan heye ku wergêr û piştgiriya hiqûqî bistînin. Ji bo her kesê din, qaîdeyên li ser wergêran li her welatî cuda ne. Heke hûn fam nakin, wergêrekî bixwazin.

rights-detention-contact-heading = Konsolosxaneya we û UNHCR
rights-detention-contact-1 = Konsolosxane nivîsgeheke hikûmeta welatê we ye li derveyî welêt. Heke hûn bi qaçaxçiyan hatibin û hatibin binçavkirin, divê zû li ser têkiliya bi konsolosxaneya we re agahî bidin we.
rights-detention-contact-2 = Ev qaîde ji Protokola Neteweyên Yekbûyî ya li dijî Qaçaxçîtiya Koçberan tê. Ew nabêje ku divê hûn bi konsolosxaneya xwe re têkilî daynin. Heke hûn ji hikûmeta xwe ditirsin, dibe ku hûn vê têkiliyê nexwazin. Pêşî ji parêzerekî bipirsin.
rights-detention-contact-3 = UNHCR Ajansa Penaberan a Neteweyên Yekbûyî ye. Li Yekîtiya Ewropayê, qaîdeyên kevn ên penaberiyê destûr didan kesên ku daxwaza penaberiyê kiribûn ku bi UNHCR û bi rêxistinên ku alîkariya hiqûqî didin re têkilî daynin. Ji 12ê Hezîrana 2026an vir ve qaîdeyên nû derbasdar in. Ew dibêjin divê ji we re bê gotin ka hûn çawa dikarin şêwirdariya hiqûqî ya belaş bistînin.

rights-detention-step-1 = Heke hûn ji vegerê ditirsin, bi zelalî bêjin ku hûn dixwazin daxwaza penaberiyê bikin.
rights-detention-step-2 = Wergêrekî bixwazin.
rights-detention-step-3 = Parêzerekî an şêwirdariya hiqûqî ya belaş bixwazin.
rights-detention-step-4 = Belgeyên ku hûn fam nakin îmze nekin.
rights-detention-step-5 = Bixwazin ku bi UNHCR an bi rêxistineke pêbawer re têkilî daynin.
rights-detention-step-6 = Bi xwe biryar bidin ka hûn dixwazin bi konsolosxaneya xwe re têkilî daynin an na. Hûn ne mecbûr in.
