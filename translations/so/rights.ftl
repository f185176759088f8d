# Machine-assisted draft: not yet reviewed by a native speaker.

# Qoraallada xuquuqda: turjumaadda Af-Soomaaliga.
# Luqad fudud, loogu talagalay akhristayaal laga yaabo inay wax yar baxeen.
# Jumladaha gaaban ka dhig. Sharaxaadda eray sharci kasta hay.
# Tani waa macluumaad guud, ma aha talo sharci.

## Guud

# Waxaa lagu muujiyaa qoraal xuquuq kasta dushiisa.
rights-notice = Tani waa macluumaad guud, ma aha talo sharci. Sharciyada iyo sida loogu dhaqmo way ku kala duwan yihiin dal kasta, dal kastana kuma biirin heshiis kasta. Xaaladdaada gaarka ah wax ka weydii qareen ama hay'ad aad ku kalsoon tahay.
rights-steps-heading = Waxa aad samayn karto
rights-sources-heading = Saldhigga sharciga
# $date waa taariikhda qof markii ugu dambeysay hubiyay qoraalkan.
rights-reviewed = Markii ugu dambeysay ee la hubiyay: { $date }
# $instrument waa magaca sharci ama heshiis (eeg fariimaha rights-instrument- ee hoose). $article waa lambarka qodobka, sida 33(1).
rights-source-article = { $instrument }, Qodobka { $article }
# $instrument waa magaca dukumenti hage ah. $paragraph waa lambarka faqradda, tusaale 31.
rights-source-paragraph = { $instrument }, faqradda { $paragraph }

## Magacyada sharciyada iyo heshiisyada
## Isticmaal magaca rasmiga ah ee qoraal kasta ee luqaddaada, haddii uu jiro.

rights-instrument-refugee-convention = Heshiiska Qaxootiga ee 1951
rights-instrument-cat = Heshiiska Qaramada Midoobay ee ka dhanka ah Jirdilka
rights-instrument-echr = Heshiiska Yurub ee Xuquuqda Aadanaha
rights-instrument-eu-charter = Axdiga Xuquuqda Aasaasiga ah ee Midowga Yurub
rights-instrument-udhr = Baaqa Caalamiga ah ee Xuquuqda Aadanaha
rights-instrument-smuggling-protocol = Borotokoolka Qaramada Midoobay ee ka dhanka ah Tahriibinta Muhaajiriinta
rights-instrument-trafficking-protocol = Borotokoolka Qaramada Midoobay ee ka dhanka ah Ka Ganacsiga Dadka
rights-instrument-coe-trafficking-convention = Heshiiska Golaha Yurub ee Tallaabooyinka ka dhanka ah Ka Ganacsiga Dadka
rights-instrument-eu-anti-trafficking-directive = Tilmaanta Midowga Yurub ee la Dagaallanka Ka Ganacsiga Dadka (2011/36/EU)
rights-instrument-eu-procedures-regulation = Xeerka Midowga Yurub ee Habraaca Magangalyada (2024/1348)
rights-instrument-crc = Heshiiska Qaramada Midoobay ee Xuquuqda Ilmaha
rights-instrument-eu-procedures-directive = Tilmaanta Midowga Yurub ee Habraaca Magangalyada (2013/32/EU, xeerar cusub ayaa beddelay 12 Juun 2026)
rights-instrument-unhcr-gip-7 = Tilmaamaha UNHCR ee Ilaalinta Caalamiga ah, lambar 7 (2006)
rights-instrument-unhcr-gip-14 = Tilmaamaha UNHCR ee Ilaalinta Caalamiga ah, lambar 14 (2024)
rights-instrument-unhcr-roundtable-2001 = Shirka khubarada UNHCR ee ku saabsan non-refoulement (dib-u-celin la'aanta) (2001): gabagabada
rights-instrument-cat-gc-4 = Guddiga Qaramada Midoobay ee ka dhanka ah Jirdilka, Faallada Guud lambar 4 (2017)
rights-instrument-crc-gc-6 = Guddiga Qaramada Midoobay ee Xuquuqda Ilmaha, Faallada Guud lambar 6 (2005)
rights-instrument-cmw-crc-joint-gc = Guddiyada Qaramada Midoobay ee Shaqaalaha Muhaajiriinta ah iyo Xuquuqda Ilmaha, Faallada Guud ee Wadajirka ah lambar 4 iyo lambar 23 (2017)
rights-instrument-un-report-a-79-213 = Warbixinta Qaramada Midoobay A/79/213 (2024)
rights-instrument-osce-non-punishment = Wakiilka Gaarka ah ee OSCE ee ka ganacsiga dadka: talooyin ku saabsan in aan dhibbanayaasha la ciqaabin (2013)
rights-instrument-ilo-forced-labour-indicators = Calaamadaha Shaqada Qasabka ah ee Ururka Shaqada Caalamiga ah (ILO) (2012)
rights-instrument-unodc-iom-smuggling-trafficking = UNODC iyo IOM: farqiga u dhexeeya tahriibinta muhaajiriinta iyo ka ganacsiga dadka
rights-instrument-unodc-module-definitions = Cutub waxbarasho jaamacadeed oo UNODC ah: qeexitaannada sharci ee ka ganacsiga dadka iyo tahriibinta muhaajiriinta
rights-instrument-unodc-module-trafficking = Cutub waxbarasho jaamacadeed oo UNODC ah: ka ganacsiga dadka
rights-instrument-ecthr-vcl-an = Maxkamadda Yurub ee Xuquuqda Aadanaha, kiiska V.C.L. iyo A.N. ka dhanka ah Boqortooyada Ingiriiska

## Magangalyo

rights-asylum-title = Xaqa codsashada magangalyada
rights-asylum-summary = Waxaad dal kale ka codsan kartaa ilaalin, xitaa haddii aad timid adigoon waraaqo haysan.

rights-asylum-right-heading = Xaqaaga codsashada ilaalinta
rights-asylum-right-1 = Magangalyo waa ilaalin uu dal siiyo qof aan ku nabad ahayn dalkiisa. Qof kastaa wuxuu xaq u leeyahay inuu magangalyo codsado si uu uga baxsado cadaadis. Waa xaq aad wax ku codsan karto, ma aha ballan ah inaad heli doonto.
rights-asylum-right-2 = Qaxooti waa qof ka baxsan dalkiisa oo leh sabab dhab ah oo uu halkaas uga baqo cadaadis. Cadaadis waxaa loola jeedaa dhibaato culus oo lagu gaarsiiyo isirkaaga, diintaada, jinsiyaddaada, fikirkaaga siyaasadeed ama kooxda bulsho ee aad ka tirsan tahay dartood.
rights-asylum-right-3 = Midowga Yurub gudihiisa, Axdiga Xuquuqda Aasaasiga ah ee Midowga Yurub ayaa sidoo kale dammaanad qaada xaqa magangalyada.

rights-asylum-papers-heading = Haddii aad timid adigoon waraaqo haysan
rights-asylum-papers-1 = Qaxootiga waa inaan lagu ciqaabin inay dal galeen ama ku sugan yihiin ogolaansho la'aan. Ciqaab waxaa loola jeedaa, tusaale ahaan, ganaax ama xabsi.
rights-asylum-papers-2 = Waxaa jira saddex shuruudood. Waxaad si toos ah uga timid meeshii aad khatarta ku jirtay. Waxaad u tagtaa mas'uuliyiinta adigoon dib u dhigin. Waxaad sheegi kartaa sabab wanaagsan oo aad sidan ugu soo gashay.
# UNHCR waa Hay'adda Qaxootiga ee Qaramada Midoobay. Magaca UNHCR sidiisa u daa.
rights-asylum-papers-3 = UNHCR, oo ah Hay'adda Qaxootiga ee Qaramada Midoobay, waxay arrintan hage ka bixisay 2024. Haddii aad buuxiso saddexdan shuruudood, ma habboona in lagu xiro oo keliya sababtoo ah waxaad soo gashay adigoon waraaqo haysan. Xarig waxaa loola jeedaa in lagu hayo meel xiran. Sidoo kale ma habboona in laguu ciqaabo inaad mukhalis ku soo gashay, ama inaad qoyskaaga ka caawisay inay sidan oo kale u soo galaan.

rights-asylum-waiting-heading = Inta aad sugayso go'aanka
rights-asylum-waiting-1 = Inta aad sugayso go'aanka, waa inaan dib laguugu celin khatar.
rights-asylum-waiting-2 = Midowga Yurub gudihiisa, saraakiishu waa inay kuu sheegaan xaqaaga aad ku codsan karto magangalyo. Waa inay sidoo kale kuu sheegaan waqtiyada xaddidan, xuquuqdaada iyo waajibaadkaaga, iyo sida aad ku heli karto talo sharci oo bilaash ah.

# Jumladda u dhexeysa calaamadaha xigashada waa waxa akhristuhu u sheegayo saraakiisha.
rights-asylum-step-1 = Si cad ugu sheeg booliska ama saraakiisha xuduudka: "Waxaan rabaa inaan codsado magangalyo."
rights-asylum-step-2 = U tag mas'uuliyiinta sida ugu dhakhsaha badan.
rights-asylum-step-3 = Codso turjubaan haddii aadan si fiican u fahmin luqadda.
rights-asylum-step-4 = Codso talo sharci oo bilaash ah, ama la xiriir qareen ama hay'ad aad ku kalsoon tahay.
rights-asylum-step-5 = Qor wixii kugu dhacay, iyo taariikhahooda. Waxaad isticmaali kartaa xusuus-qorka quful leh ee barnaamijkan.

## Dib-u-celinta khatarta waa mamnuuc (non-refoulement)

rights-non-refoulement-title = Dib-u-celinta khatarta waa mamnuuc
rights-non-refoulement-summary = Dal kuma diri karo meel aad ku wajihi lahayd cadaadis, jirdil ama dhibaato kale oo culus.

rights-non-refoulement-what-heading = Waa maxay non-refoulement
# "Non-refoulement" waa eray sharci oo Faransiis ah oo luqado badan lagu isticmaalo. Hay, oo hay sharaxaadda ka dambeysa.
rights-non-refoulement-what-1 = Non-refoulement waa eray sharci oo Faransiis ah. Waxay la macno tahay in dal uusan kugu celin karin meel aad khatar weyn ku geli lahayd.
rights-non-refoulement-what-2 = Sida uu qabo Heshiiska Qaxootiga, qaxooti lama celin karo si kasta ha ahaatee meel noloshiisa ama xorriyaddiisu khatar ku jirto. Tan waxaa ku jira hanjabaadaha ka imanaya cidda uu yahay ama waxa uu aaminsan yahay.
rights-non-refoulement-what-3 = Tani way ku ilaalinaysaa xitaa ka hor inta aan laguu aqoonsan qaxooti. Waxaa sidoo kale ku jira in xuduudka lagaa celiyo, ama in khatar laguugu diro adigoo dal kale lagu sii marinayo.

rights-non-refoulement-torture-heading = Marnaba jirdil looma diri karo
rights-non-refoulement-torture-1 = Heshiiska Qaramada Midoobay ee ka dhanka ah Jirdilka wuxuu ilaaliyaa qof kasta, ma aha oo keliya qaxootiga. Qofna looma diri karo dal haddii ay jiraan sababo xooggan oo lagu rumaysan karo in halkaas lagu jirdili doono.
rights-non-refoulement-torture-2 = Xeerkan wax ka reeban ma laha, xitaa dadka dembi galay ama loo arko khatar. Waxaa sidoo kale ku jira dib-u-riixidda, taas oo ah marka saraakiishu dadka si xoog ah dib ugu celiyaan xuduudka ama badda.

rights-non-refoulement-europe-heading = Yurub gudaheeda
rights-non-refoulement-europe-1 = Yurub gudaheeda, Heshiiska Yurub ee Xuquuqda Aadanaha ayaa sidoo kale ilaaliya qof kasta. Qofna looma diri karo meel uu khatar dhab ah ugu jiro jirdil ama dhaqan aan bini'aadannimo ahayn ama sharaf dhac ah. Tani waxay la macno tahay dhaqan aad u naxariis daran ama bahdil ah. Wax ka reeban ma jiraan.
rights-non-refoulement-europe-2 = Midowga Yurub gudihiisa, Axdiga Midowga Yurub wuxuu mamnuucayaa musaafurinta wadareed. Tani waxay la macno tahay in koox dad ah la wada saaro iyadoon la eegin kiiska qof kasta.

rights-non-refoulement-limits-heading = Xadadka ay tahay inaad ogaato
rights-non-refoulement-limits-1 = Heshiiska Qaxootiga wuxuu leeyahay wax ka reeban oo cidhiidhi ah. Waa dadka khatar ku ah amniga dalka. Sidoo kale waa dadka lagu xukumay dembi si gaar ah u culus oo khatar ku ah bulshada.
rights-non-refoulement-limits-2 = Xitaa markaas, mamnuucidda in dadka loo diro jirdil weli way jirtaa. Khatar kasta si gaar ah ayaa loo hubiyaa, sidaas darteed saraakiisha u sheeg wax kasta oo ku saabsan khatarta kuu taagan.

rights-non-refoulement-step-1 = Si cad ugu sheeg saraakiisha inaad ka baqayso inaad dib u noqoto, iyo sababta. Sheeg inaad rabto inaad codsato magangalyo.
rights-non-refoulement-step-2 = Codso turjubaan iyo qareen.
rights-non-refoulement-step-3 = Ha saxiixin waraaqo aadan fahmin.
# 112 waa lambarka gurmadka degdegga ah ee Yurub. Lambarka sidiisa u daa.
rights-non-refoulement-step-4 = Yurub gudaheeda, wac 112 haddii aad hadda khatar ku jirto.

## Dembiile ma tihid haddii lagu tahriibiyay

rights-smuggled-not-criminal-title = Dembiile ma tihid haddii lagu tahriibiyay
rights-smuggled-not-criminal-summary = Sida uu qabo Borotokoolka Tahriibinta ee Qaramada Midoobay, dacwad laguguma soo oogi karo oo keliya sababtoo ah waa lagu tahriibiyay.

rights-smuggled-not-criminal-what-heading = Waxa sharcigu leeyahay
rights-smuggled-not-criminal-what-1 = Tahriibin waxay la macno tahay in qof kaa caawiyo inaad xuduud si sharci darro ah uga gudubto, lacag ama faa'iido kale dartood. Qofkaas waxaa la yiraahdaa mukhalis. Mukhaliska ayaa dembiga gala.
rights-smuggled-not-criminal-what-2 = Borotokoolka Tahriibinta ee Qaramada Midoobay wuxuu leeyahay in borotokoolkan hoostiisa dacwad laguguma soo oogi karo oo keliya sababtoo ah waa lagu tahriibiyay. Dacwad soo oogid waxay la macno tahay in maxkamad lagugu eedeeyo dembi.
rights-smuggled-not-criminal-what-3 = Borotokoolku kaama qaado mid ka mid ah xuquuqdaada kale. Tan waxaa ka mid ah xuquuqdaada qaxootinimo iyo ilaalinta kaa difaacaysa in dib laguugu celiyo khatar. Waa inaan si ka xun laguula dhaqmin sababtoo ah waa lagu tahriibiyay.

rights-smuggled-not-criminal-safety-heading = Badbaadadaada
rights-smuggled-not-criminal-safety-1 = Dalalku waa inay qaadaan tallaabooyin ay ku ilaaliyaan noloshaada, oo ay kaaga ilaaliyaan jirdil, dhaqan naxariis daran iyo rabshad. Waa inay ku caawiyaan haddii noloshaada ama badbaadadaadu khatar ku jirto.
rights-smuggled-not-criminal-safety-2 = Waa inay fiiro gaar ah u yeeshaan baahiyaha gaarka ah ee haweenka iyo carruurta. Haddii lagu xiro, waa in si degdeg ah laguugu sheegaa inaad la xiriiri karto qunsuliyaddaada. Qunsuliyad waa xafiis ay dowladda dalkaagu ku leedahay dibadda.

rights-smuggled-not-criminal-limits-heading = Waxa aysan tani daboolin
rights-smuggled-not-criminal-limits-1 = Weli dacwad ayaa lagugu soo oogi karaa dembiyo kale, tusaale ahaan inaad ka caawisay tahriibinta dad kale.
rights-smuggled-not-criminal-limits-2 = Dalku weli wuu isticmaali karaa xeerarkiisa socdaalka, tusaale ahaan si uu u go'aamiyo inaad joogi karto iyo in kale. Laakiin xeerarka ka dhanka ah in dadka dib loogu celiyo khatar weli way shaqaynayaan.

rights-smuggled-not-criminal-step-1 = Yurub gudaheeda, wac 112 haddii aad hadda khatar ku jirto, tusaale ahaan badda.
rights-smuggled-not-criminal-step-2 = Haddii aad ka baqayso inaad dalkaaga ku noqoto, sheeg inaad rabto inaad codsato magangalyo.
rights-smuggled-not-criminal-step-3 = Codso turjubaan iyo qareen.
rights-smuggled-not-criminal-step-4 = Haddii lagu xiro, waa in laguu sheegaa inaad la xiriiri karto qunsuliyaddaada. Waajib kuguma aha inaad la xiriirto, tusaale ahaan haddii aad ka baqayso dowladdaada.
rights-smuggled-not-criminal-step-5 = Haddii mukhalisku qaato dukumentiyadaada, uu sheego in lacag kale lagugu leeyahay, ama uu kugu qasbo shaqo, tani waxay noqon kartaa ka ganacsiga dadka. Caawimaad ka codso hay'ad aad ku kalsoon tahay.

## Laguma ciqaabi karo waxa lagugu qasbay (ciqaab la'aan)

rights-non-punishment-title = Laguma ciqaabi karo waxa lagugu qasbay
rights-non-punishment-summary = Haddii aad dhibane u tahay ka ganacsiga dadka oo lagugu qasbay inaad sharciga jebiso, mas'uuliyiintu waxay go'aansan karaan inaysan ku ciqaabin.

rights-non-punishment-what-heading = Maxay ka dhigan tahay ciqaab la'aantu
rights-non-punishment-what-1 = Ka ganacsiga dadka waa marka dad ay isticmaalaan xoog, hanjabaad ama been si ay kuu maamulaan oo ay kaaga faa'iidaystaan. Ka faa'iidaysi waxay la macno tahay in laguu isticmaalo faa'iido dartood, tusaale ahaan shaqo qasab ah ama galmo.
rights-non-punishment-what-2 = Ka ganacsatada dadka mararka qaarkood waxay dhibbanayaasha ku qasbaan inay sharciga jebiyaan. Tusaalooyin: isticmaalka dukumentiyo been abuur ah, beerista xashiishadda, ama carruurta oo lagu qasbo inay xadaan. Ciqaab la'aan waxay la macno tahay: dhibbanayaasha ma habboona in lagu ciqaabo dembiyada lagu qasbay inay galaan.

rights-non-punishment-europe-heading = Waxa sharcigu ka leeyahay Yurub
rights-non-punishment-europe-1 = Yurub gudaheeda, dalalka ku biiray heshiiska Golaha Yurub ee ka dhanka ah ka ganacsiga dadka waa inay suurtagal ka dhigaan in aan dhibbanayaasha lagu ciqaabin falal sharci darro ah oo lagu qasbay inay sameeyaan. Tani waa suurtagal oo keliya. Si toos ah dhibbanayaasha ugama ilaaliso ciqaabta.
rights-non-punishment-europe-2 = Midowga Yurub gudihiisa, mas'uuliyiintu waa inay awood u yeeshaan inaysan dacwad ku soo oogin ama aysan ciqaabin dhibbanayaasha. Tani waxay khusaysaa dembiyada lagu qasbay inay galaan iyagoo ah natiijo toos ah oo ka timid ka ganacsiga dadka. Tani kuma dhaqanto Denmark.
rights-non-punishment-europe-3 = Maxkamadda Yurub ee Xuquuqda Aadanaha waxay go'aamisay in Boqortooyada Ingiriiska ay jebisay Heshiiska Yurub ee Xuquuqda Aadanaha. Boqortooyada Ingiriisku waxay dacwad ku soo oogtay laba ilmood oo laga ganacsaday, dembiyo daroogo dartood.

rights-non-punishment-limits-heading = Si toos ah uma dhacdo
rights-non-punishment-limits-1 = Ilaalintani si toos ah uma dhacdo, mana daboosho dembi kasta. Mas'uuliyiintu kiis kasta si gaar ah ayay u go'aamiyaan.
# OSCE: Ururka Amniga iyo Iskaashiga ee Yurub. Magaca gaaban OSCE hay.
rights-non-punishment-limits-2 = OSCE, oo ah urur caalami ah, waxay talo siisaa dalalka. Haddii ay jiraan calaamado muujinaya in lagugu qasbay, ma habboona in falalkaas dartood dacwad lagugu soo oogo ama lagu xiro. Sidoo kale ma habboona inaad iyaga dartood u lunto xaqaaga joogitaanka. Taladani ma aha sharci waajib ah.

rights-non-punishment-step-1 = Sida ugu dhakhsaha badan ugu sheeg qareenkaaga in lagugu qasbay inaad waxyaabahan samayso.
rights-non-punishment-step-2 = Ka codso mas'uuliyiinta inay hubiyaan inaad tahay dhibane ka ganacsiga dadka.
rights-non-punishment-step-3 = Codso turjubaan, si sheekadaada si sax ah loo fahmo.
rights-non-punishment-step-4 = Qor wixii dhacay, cidda kugu qasbtay, iyo goorta. Waxaad isticmaali kartaa xusuus-qorka quful leh ee barnaamijkan.
rights-non-punishment-step-5 = La xiriir hay'ad aad ku kalsoon tahay oo caawisa dhibbanayaasha ka ganacsiga dadka.

## Tahriibin mise ka ganacsiga dadka?

rights-smuggling-or-trafficking-title = Tahriibin mise ka ganacsiga dadka?
rights-smuggling-or-trafficking-summary = Sida ay tahriibinta iyo ka ganacsiga dadka u kala duwan yihiin, iyo calaamadaha digniinta ee muujinaya in tahriibintu isu beddeshay ka ganacsi dad.

rights-smuggling-or-trafficking-difference-heading = Waa maxay farqigu?
rights-smuggling-or-trafficking-difference-1 = Tahriibin: waad oggolaatay safarka oo lacag ayaad siisaa qof si uu kuu gudbiyo xuduud. Badanaa way dhammaataa marka aad gaarto. Waa dembi ka dhan ah xeerarka xuduudka ee dalka.
rights-smuggling-or-trafficking-difference-2 = Ka ganacsiga dadka: qof ayaa isticmaala xoog, hanjabaad, been ama xaaladdaada adag si uu kuu maamulo oo uu kaaga faa'iidaysto. Ka faa'iidaysi waxay la macno tahay in laguu isticmaalo faa'iido dartood, tusaale ahaan shaqo qasab ah, galmo ama in xubnaha jirkaaga lagaa saaro. Waxay ka dhici kartaa gudaha hal dal. Waa dembi adiga lagaa galay.
rights-smuggling-or-trafficking-difference-3 = Xitaa haddii aad markii hore oggolaatay, weli waxay noqon kartaa ka ganacsi dad. Oggolaanshahaagu ma tirsana haddii la isticmaalay xoog, hanjabaad, been ama ku xadgudub xaaladdaada.

rights-smuggling-or-trafficking-signs-heading = Marka tahriibintu isu beddesho ka ganacsi dad
rights-smuggling-or-trafficking-signs-1 = Safar tahriib ah wuxuu isu beddeli karaa ka ganacsi dad. Dadka la tahriibiyo khatar weyn ayay ku jiraan.
rights-smuggling-or-trafficking-signs-2 = Calaamadaha digniinta: waxaa kugu yaal deyn sii kordhaysa, waana inaad u shaqayso si aad u bixiso. Qof ayaa haysta baasaboorkaaga ama kaarkaaga aqoonsiga. Xor uma tihid inaad tagto, ama meel ayaa lagugu xiray.
rights-smuggling-or-trafficking-signs-3 = Calaamado kale: waxaad u shaqaysaa mushahar aad u yar ama lacag la'aan. Adiga ama qoyskaaga waa la idin hanjabaa ama waa la idin dhaawacaa. In lagu afduubo, ama lagu haysto ilaa qoyskaagu bixiyo lacag dheeraad ah, sidoo kale waa calaamad digniin oo culus.
# Ururka Shaqada Caalamiga ah (ILO) waa hay'ad ka tirsan Qaramada Midoobay.
rights-smuggling-or-trafficking-signs-4 = Ururka Shaqada Caalamiga ah wuxuu isticmaalaa inta badan calaamadahan si uu u garto shaqada qasabka ah. Hal calaamad ayaa ku filnaan karta. Calaamaduhu waa tilmaamo, ma aha caddayn.

rights-smuggling-or-trafficking-why-heading = Sababta ay muhiim u tahay
rights-smuggling-or-trafficking-why-1 = Carruurta ka yar 18 sano, waxay noqon kartaa ka ganacsi dad xitaa iyadoon la isticmaalin xoog, hanjabaad ama been.
rights-smuggling-or-trafficking-why-2 = Dhibbanayaasha ka ganacsiga dadka waxay leeyihiin xuquuq dheeraad ah oo ilaalin iyo caawimaad ah. Dadka la tahriibiyay sidoo kale xuquuq ayay leeyihiin.

rights-smuggling-or-trafficking-step-1 = Yurub gudaheeda, wac 112 haddii meel lagugu xiray ama aad hadda khatar ku jirto.
rights-smuggling-or-trafficking-step-2 = Haddii aad awoodid, sawir baasaboorkaaga ama kaarkaaga aqoonsiga ku kaydi xusuus-qorka quful leh ee barnaamijkan.
rights-smuggling-or-trafficking-step-3 = Qor inta aad bixisay, inta ay sheegayaan in lagugu leeyahay, iyo cidda haysata dukumentiyadaada.
rights-smuggling-or-trafficking-step-4 = La hadal hay'ad caawisa dhibbanayaasha ka ganacsiga dadka. Waxay kaa caawin karaan inaad fahanto xaaladdaada.

## Ilaalinta dhibbanayaasha ka ganacsiga dadka

rights-trafficking-protection-title = Ilaalinta dhibbanayaasha ka ganacsiga dadka
rights-trafficking-protection-summary = Sida loo aqoonsado dhibbanayaasha ka ganacsiga dadka, iyo caawimaadda iyo xuquuqda ay heli karaan.

rights-trafficking-protection-identification-heading = In laguu aqoonsado dhibane
rights-trafficking-protection-identification-1 = Aqoonsi waxay la macno tahay in shaqaale tababaran ay hubiyaan inaad tahay dhibane ka ganacsiga dadka. Yurub gudaheeda, haddii ay jiraan sababo macquul ah, lagaama saari karo ilaa hubintu dhammaato. Sababo macquul ah waxaa loola jeedaa calaamado dhab ah, xitaa ka hor inta aan wax la caddayn. Inta lagu jiro, waa inaad heshaa caawimaad.
rights-trafficking-protection-identification-2 = Yurub gudaheeda, kadib waxaad heshaa ugu yaraan 30 maalmood si aad u bogsato oo aad uga fikirto. Waad joogi kartaa, lagaama musaafurin karo, waxaadna heshaa caawimaad. Si xor ah ayaad u go'aansan kartaa inaad la shaqayso booliska iyo in kale.
rights-trafficking-protection-identification-3 = Dal wuxuu diidi karaa muddadan sababo la xiriira nidaamka guud dartood. Sidoo kale wuu diidi karaa haddii qof si aan xaq ahayn u sheegto inuu dhibane yahay.

rights-trafficking-protection-help-heading = Caawimaad aan shuruud lahayn
rights-trafficking-protection-help-1 = Yurub gudaheeda, waa inaad heshaa ugu yaraan hoy ammaan ah, taageero aad ku noolaato, iyo daryeel caafimaad oo degdeg ah. Waa inaad sidoo kale heshaa caawimaad nafsi ah, turjubaan, iyo macluumaad ku saabsan xuquuqdaada. Carruurtu waa inay awoodaan inay dugsi aadaan.
rights-trafficking-protection-help-2 = Yurub gudaheeda, caawimaaddani kuma xirna inaad la shaqayso booliska ama aad markhaati noqoto. Waa inaad oggolaato, waana in laguu sheegaa waxay tahay.
rights-trafficking-protection-help-3 = Adduunka oo dhan, Borotokoolka Qaramada Midoobay ee ka dhanka ah Ka Ganacsiga Dadka wuxuu dalalka ka codsadaa inay tixgeliyaan caawimaad la mid ah.

rights-trafficking-protection-stay-heading = Joogitaanka dalka
rights-trafficking-protection-stay-1 = Yurub gudaheeda, waxaad heli kartaa ruqsad degenaansho oo la cusboonaysiin karo. Tani waa waraaq kuu oggolaanaysa inaad ku noolaato dalka. Dal kastaa wuxuu go'aamiyaa sababta uu u bixinayo: xaaladdaada shakhsiyeed, caawimaadda aad siisay booliska, ama labadaba.
rights-trafficking-protection-stay-2 = Ruqsaddani kaama hor istaagto inaad codsato magangalyo. Adduunka oo dhan, Borotokoolka Qaramada Midoobay wuxuu dalalka ka codsadaa inay tixgeliyaan in dhibbanayaasha loo oggolaado inay joogaan.

rights-trafficking-protection-justice-heading = Magdhow iyo ku noqoshada dalkaaga
rights-trafficking-protection-justice-1 = Magdhow waa lacag laguu siiyo dhibaatada lagu gaarsiiyay. Borotokoolka Qaramada Midoobay wuxuu leeyahay dhibbanayaashu waa inay haystaan hab ay ku helaan. Yurub gudaheeda, waxaad xaq u leedahay magdhow ka yimaada ka ganacsatada dadka, dalalkuna waa inay ka caawiyaan in la dammaanad qaado.
rights-trafficking-protection-justice-2 = Yurub gudaheeda, sidoo kale waxaad xaq u leedahay caawimaad sharci iyo gargaar sharci oo bilaash ah. Xeerarka dalka ayaa dejiya shuruudaha.
rights-trafficking-protection-justice-3 = Haddii aad dalkaaga ku noqoto, noqoshadaadu waa inay ahaataa mid ammaan ah oo ixtiraamaysa sharaftaada. Meesha ay suurtagal tahay, waxaa habboon inay noqoto doorashadaada. Yurub gudaheeda, waa in lagu siiyaa xiriirka hay'adaha halkaas kaa caawin kara.

rights-trafficking-protection-step-1 = U sheeg booliska, shaqaale bulsho, ama hay'ad la dagaallanta ka ganacsiga dadka inaad noqon karto dhibane.
rights-trafficking-protection-step-2 = Codso waqti aad ku bogsato oo aad ku fikirto, iyo meel ammaan ah oo aad joogto.
rights-trafficking-protection-step-3 = Codso turjubaan iyo gargaar sharci oo bilaash ah.
rights-trafficking-protection-step-4 = Waxaad qaadan kartaa waqti aad ku go'aansato inaad la shaqayso booliska iyo in kale.
rights-trafficking-protection-step-5 = Yurub gudaheeda, wac 112 haddii aad hadda khatar ku jirto.

## Magangalyo iyo ka ganacsiga dadka: labada nooc ee xuquuqda

rights-asylum-and-trafficking-title = Magangalyo iyo ilaalinta ka ganacsiga dadka: labadaba waad heli kartaa
rights-asylum-and-trafficking-summary = Waxaad isku mar codsan kartaa magangalyo oo aad heli kartaa ilaalin ahaan dhibane ka ganacsiga dadka.

rights-asylum-and-trafficking-both-heading = Uma baahnid inaad mid doorato
rights-asylum-and-trafficking-both-1 = Waxaad isku mar noqon kartaa dhibane ka ganacsiga dadka iyo qaxooti. Labada nooc ee xuquuqdu way kuu khuseeyaan. Uma baahnid inaad mid doorato.
rights-asylum-and-trafficking-both-2 = Borotokoolka Qaramada Midoobay ee ka dhanka ah Ka Ganacsiga Dadka ma yareeyo xuquuqdaada qaxootinimo. Tan waxaa ka mid ah ilaalinta kaa difaacaysa in dib laguugu celiyo khatar.
rights-asylum-and-trafficking-both-3 = Yurub gudaheeda, ruqsadda degenaanshaha ee dhibbanayaasha ka ganacsiga dadka saameyn kuma yeelato xaqaaga aad ku codsan karto magangalyo.

rights-asylum-and-trafficking-refugee-heading = Marka dhibane ka ganacsiga dadka uu yahay qaxooti
rights-asylum-and-trafficking-refugee-1 = UNHCR, oo ah Hay'adda Qaxootiga ee Qaramada Midoobay, waxay leedahay dadka laga ganacsaday waxay noqon karaan qaxooti. Tani waa marka ay ka baqayaan cadaadis haddii ay dib u noqdaan. Tusaale ahaan, waxaa laga yaabaa inay ka baqaan in mar kale laga ganacsado, ama aargoosi ka yimaada ka ganacsatada.
rights-asylum-and-trafficking-refugee-2 = Dhibane kasta oo ka ganacsiga dadka ma aha qaxooti. Kiis kasta si gaar ah ayaa loo eegaa.

rights-asylum-and-trafficking-step-1 = U sheeg saraakiisha magangalyada in lagaa ganacsaday, iyo waxa aad ka baqayso haddii aad dib u noqoto.
rights-asylum-and-trafficking-step-2 = Codso in sidoo kale laguu aqoonsado dhibane ka ganacsiga dadka.
rights-asylum-and-trafficking-step-3 = Ka codso qareen ama hay'ad aad ku kalsoon tahay inay kaa caawiyaan labadaba.
rights-asylum-and-trafficking-step-4 = Codso turjubaan, si sheekadaada oo dhan loo fahmo.

## Carruurta

rights-children-title = Xuquuqda carruurta
rights-children-summary = Haddii aad ka yar tahay 18 sano, waxaad leedahay ilaalin dheeraad ah, meel kasta oo aad ka timid, waraaqahaagu wax kasta ha ahaadeen.

rights-children-interests-heading = Danahaaga ugu wanaagsan ayaa ka horreeya
rights-children-interests-1 = Haddii aad ka yar tahay 18 sano, waxaad tahay ilmo. Khubarada Qaramada Midoobay waxay leeyihiin waa in laguu ilaaliyaa sidii ilmo, waraaqahaagu wax kasta ha ahaadeen.
rights-children-interests-2 = Go'aan kasta oo adiga kugu saabsan, danahaaga ugu wanaagsan waa inay ahaadaan mid ka mid ah waxyaabaha ugu muhiimsan. Tani waxay la macno tahay waxa ugu fiican badbaadadaada, caafimaadkaaga iyo mustaqbalkaaga. Warbixin Qaramada Midoobay ayaa sheegaysa in xeerarka socdaalku aysan ka sarrayn karin tan.
rights-children-interests-3 = Haddii aad tahay qaxooti ama aad codsanayso magangalyo, waxaad xaq u leedahay ilaalin iyo caawimaad. Sidoo kale waxaad heli kartaa caawimaad aad ku hesho qoyskaaga.

rights-children-guardian-heading = Ilaaliye
rights-children-guardian-1 = Haddii aad kaligaa tahay, adigoon lahayn waalid ama qof kale oo weyn oo ku daryeela, waxaa habboon inaad hesho ilaaliye. Ilaaliye waa qof weyn oo ilaaliya danahaaga oo kaa caawiya inaad go'aan gaarto.
rights-children-guardian-2 = Midowga Yurub gudihiisa, carruurta kaligood ah ee laga ganacsaday waa inay helaan ilaaliye.

rights-children-age-heading = Haddii dadku ka shakiyaan da'daada
rights-children-age-1 = Haddii saraakiishu ka shakiyaan da'daada, khubarada Qaramada Midoobay ee xuquuqda ilmaha waxay sheegaan sida ay habboon tahay in hubinta loo sameeyo. Waxaa habboon in hubintu eegto heerka aad u bislaatay, ma aha oo keliya sida aad u egtahay. Waxaa habboon inay noqoto mid ammaan ah, cadaalad ah oo ku habboon carruurta.
# "Faa'iidada shakiga": haddii aysan cadayn, go'aanku wuxuu u dhacaa dhinaca ilmaha.
rights-children-age-2 = Haddii weli shaki jiro, waxaa habboon in shakiga loo fasiro dhinacaaga (faa'iidada shakiga). Tani waxay la macno tahay in haddii ay suurtagal tahay inaad ilmo tahay, laguula dhaqmo sidii ilmo.
rights-children-age-3 = Yurub gudaheeda, isla sidaas ayaa khuseysa dadka laga yaabo inay yihiin dhibbanayaasha ka ganacsiga dadka. Haddii ay suurtagal tahay inaad ilmo tahay, waxaa laguula dhaqmaa sidii ilmo ilaa da'daada la hubiyo.

rights-children-trafficking-heading = Ka ganacsiga carruurta
rights-children-trafficking-1 = Carruurta, sharcigu wuu ka adag yahay. Haddii qof uu ilmo u soo qoro, u guuriyo, qariyo ama qaabilo si uu uga faa'iidaysto, waa ka ganacsi dad. Looma baahna xoog, hanjabaad ama been. Ilmo ma oggolaan karo in laga faa'iidaysto.

rights-children-step-1 = Haddii aad ka yar tahay 18 sano, si cad u sheeg.
rights-children-step-2 = Haddii aad kaligaa tahay, codso ilaaliye.
rights-children-step-3 = Haddii aad rabto, codso caawimaad aad ku hesho qoyskaaga.
rights-children-step-4 = Yurub gudaheeda, wac 112 haddii aad hadda khatar ku jirto.

## Haddii lagu xareeyo

rights-detention-title = Haddii lagu xareeyo
rights-detention-summary = Xuquuqdaada haddii booliisku ku hayo ama lagu hayo xarun xiran.

rights-detention-asylum-heading = Weli waad codsan kartaa magangalyo
rights-detention-asylum-1 = Xareyn (xarig) waxay la macno tahay in lagu hayo meel xiran, adigoon xor u ahayn inaad ka baxdo. Xitaa haddii lagu xareeyo, waad codsan kartaa magangalyo.
rights-detention-asylum-2 = Qaxootiga waa inaan lagu ciqaabin inay soo galeen waraaq la'aan. Waa inay si toos ah uga yimaadeen khatarta, si dhakhso ah ugu tageen mas'uuliyiinta, oo ay haystaan sabab wanaagsan. Xorriyaddooda dhaqdhaqaaqa waxaa la xaddidi karaa oo keliya haddii ay lagama maarmaan tahay. UNHCR waxay leedahay ma habboona in dadka buuxiya shuruudahan lagu xareeyo oo keliya sababtoo ah waxay soo galeen waraaq la'aan.
rights-detention-asylum-3 = Inta laga go'aaminayo codsigaaga magangalyada, dib laguuguma celin karo khatar. Yurub gudaheeda, haddii ay suurtagal tahay inaad tahay dhibane ka ganacsiga dadka, lagaama saari karo ilaa tan la hubiyo.

rights-detention-help-heading = Turjubaan iyo qareen
rights-detention-help-1 = Midowga Yurub gudihiisa, saraakiishu waa inay kuu sheegaan xaqaaga aad ku codsan karto magangalyo. Waa inay sidoo kale kuu sheegaan waqtiyada xaddidan, xuquuqdaada iyo waajibaadkaaga, iyo sida aad ku heli karto talo sharci oo bilaash ah.
rights-detention-help-2 = Yurub gudaheeda, dhibbanayaasha ka ganacsiga dadka waxay xaq u leeyihiin turjubaan iyo caawimaad sharci. Dadka kale oo dhan, xeerarka turjubaanku way ku kala duwan yihiin dal kasta. Haddii aadan fahmin, codso turjubaan.

rights-detention-contact-heading = Qunsuliyaddaada iyo UNHCR
rights-detention-contact-1 = Qunsuliyad waa xafiis ay dowladda dalkaagu ku leedahay dibadda. Haddii lagu tahriibiyay oo lagu xareeyay, waa in si degdeg ah laguugu sheegaa inaad la xiriiri karto qunsuliyaddaada.
rights-detention-contact-2 = Xeerkan wuxuu ka yimid Borotokoolka Qaramada Midoobay ee ka dhanka ah Tahriibinta Muhaajiriinta. Borotokoolku ma sheegayo inay waajib kugu tahay inaad la xiriirto qunsuliyaddaada. Haddii aad ka baqayso dowladdaada, waxaa laga yaabaa inaadan rabin xiriirkan. Marka hore weydii qareen.
rights-detention-contact-3 = UNHCR waa Hay'adda Qaxootiga ee Qaramada Midoobay. Midowga Yurub gudihiisa, xeerarkii hore ee magangalyada waxay u oggolaayeen dadka codsaday magangalyo inay la xiriiraan UNHCR iyo hay'adaha bixiya caawimaad sharci. Laga bilaabo 12 Juun 2026, xeerar cusub ayaa dhaqan galay. Xeerarkan waxay leeyihiin waa in laguu sheegaa sida aad ku heli karto talo sharci oo bilaash ah.

rights-detention-step-1 = Haddii aad ka baqayso inaad dib u noqoto, si cad u sheeg inaad rabto inaad codsato magangalyo.
rights-detention-step-2 = Codso turjubaan.
rights-detention-step-3 = Codso qareen ama talo sharci oo bilaash ah.
rights-detention-step-4 = Ha saxiixin waraaqo aadan fahmin.
rights-detention-step-5 = Codso inaad la xiriirto UNHCR ama hay'ad aad ku kalsoon tahay.
rights-detention-step-6 = Adigu go'aanso inaad la xiriirto qunsuliyaddaada iyo in kale. Waajib kuguma aha.
