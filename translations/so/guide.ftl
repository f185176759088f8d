# Machine-assisted draft: not yet reviewed by a native speaker.

### Hubinta xaaladda: su'aalo ku saabsan waxa ku dhacay akhristaha, iyo waxa laga yaabo inay u
### khuseeyaan.
### Su'aaluhu waxay sharxaan xaalado maalinle ah, marna ma aha qaybaha sharciga: sidaas u daa.
### Natiijooyinku waa tilmaamo, ma aha go'aanno. Marna ha qorin in akhristuhu "aanu ahayn dhibane",
### "aanu ahayn qaxooti", ama in wax "aanay u khusayn".

## Shaashadaha

guide-title = Hubi xaaladdaada
guide-intro = Ka jawaab su'aalo gaagaaban oo ku saabsan waxa kugu dhacay. Kadib Salama waxay ku tusi doontaa xuquuqda ku ilaalin karta, iyo noocyada caawimaadda aad codsan karto. Su'aal kasta waxaad uga jawaabi kartaa "Ma hubo" ama "Ma rabo inaan sheego".
guide-privacy = Jawaabahaaga lama kaydiyo. Waxay ku jiraan xusuusta barnaamijkan oo keliya inta aad jawaabayso, waana la tirtiraa marka aad xirto hubinta.
guide-result-title = Waxa laga yaabo inay kuu khuseeyaan
guide-result-articles = Xuquuqdaada laga yaabo inay kuu khuseeyaan, kuwa ugu degdegsan marka hore
guide-result-needs = Caawimaadda aad codsan karto
guide-result-notes = Muhiim
# $number waa tirada su'aalaha hadda laga jawaabay, oo ay ku jirto tan. $total waa tirada ugu badan ee su'aalaha ay noqon karaan, taas oo ku xiran jawaabaha.
guide-progress = Su'aal { $number } oo ka mid ah ugu badnaan { $total } su'aalood

## Jawaabaha

guide-answer-yes = Haa
guide-answer-no = Maya
guide-answer-not-sure = Ma hubo
guide-answer-prefer-not-to-say = Ma rabo inaan sheego

## Su'aalaha
## Su'aal kasta waxay yeelan kartaa tilmaan hoosteeda lagu muujiyo: tusaalooyin ama sharraxaad.

guide-question-danger = Hadda khatar ma ku jirtaa?
guide-question-danger-hint = Tusaale ahaan, qof ayaa wax ku yeelaya ama kugu hanjabaya inuu wax ku yeelo, meel ayaa lagugu xiray, ama waxaad ku lumtay badda ama meel aan biyo lahayn.
guide-question-fear-return = Haddii dalkaaga dib laguugu celiyo, ma ka baqi lahayd in dhibaato culus lagu gaarsiiyo?
guide-question-fear-return-hint = Tusaale ahaan dagaal ama rabshad dartood, cidda aad tahay ama waxa aad aaminsan tahay dartood, ama dad doonaya inay wax ku yeelaan dartood.
guide-question-crossed-border = Ma ka gudubtay xuduud adigoon haysan fiiso, ama adigoon marin baaritaanka xuduudka?
guide-question-crossed-border-hint = Tusaale ahaan adigoo lugeynaya oo maraya beero ama buuro, adigoo ku dhuumanaya gaari dhexdiis, ama adigoo doon raacay.
guide-question-paid-crossing = Ma lacag siisay qof, ama ma u oggolaatay inaad mar dambe lacag siiso qof, si uu kaaga caawiyo inaad xuduud ka gudubto?
guide-question-owe-money = Dadkii halkan ku keenay, ama dadka aad u shaqayso, lacag ma kugu leeyihiin?
guide-question-debt-control = Iyagu ma go'aamiyaan sida aad u bixinayso? Tusaale ahaan, waxay haystaan mushaharkaaga, waxay ku daraan kharashyo cusub, ama lacagta lagugu leeyahay weligeed ma yaraato.
guide-question-documents-taken = Qof ma kaa qaatay baasaboorkaaga ama kaarkaaga aqoonsiga, mise wuu haystaa oo wuu diidayaa inuu kuu celiyo?
guide-question-work = Tan iyo markaad gurigaaga ka tagtay, ma u shaqaysay qof, mise shaqo ayaa laguu ballanqaaday?
guide-question-work-hint = Shaqo kasta waa la tiriyaa, lacag leh ama lacag la'aan: tusaale ahaan guri, beer, warshad, maqaayad, ama iibinta galmada.
guide-question-job-deception = Shaqada, mushaharka ama xaaladaha shaqada ma aad bay uga duwanaayeen wixii laguu ballanqaaday?
guide-question-pay-withheld = Qof ma haystaa mushaharkaaga, mise wuxuu ku siiyaa lacag aad uga yar inta aad kasbatay?
guide-question-conditions = Ma lagugu qasbaa inaad shaqayso saacado aad u dheer adigoon nasan, ama inaad ku noolaato ama ka shaqayso meel aan ammaan ahayn ama ku bahdilaysa?
guide-question-movement = Ma lagaa diidaa inaad ka baxdo meesha aad ka shaqayso ama aad joogto, ama inaad la xiriirto qoyskaaga ama dad kale?
guide-question-vulnerability = Qof ma isticmaalaa xaaladdaada si uu kuu maamulo?
guide-question-vulnerability-hint = Tusaale ahaan sababtoo ah waraaqo ma haysatid, luqadda ma taqaanid, ama iyaga ayaad ku tiirsan tahay cunto ama meel aad seexato.
guide-question-threats = Dadkii halkan ku keenay, ama dadka aad u shaqayso, ma kugu hanjabaan adiga ama qoyskaaga?
guide-question-threats-hint = Tusaale ahaan, waxay yiraahdaan wax bay ku yeeli doonaan adiga ama qoyskaaga, booliska ayay kaa sheegi doonaan, ama waxay sababi doonaan in dib laguu celiyo.
guide-question-violence = Tan iyo markaad gurigaaga ka tagtay, qof ma ku garaacay, ma ku dhaawacay, mise ma kugu qasbay galmo ama falal galmo?
guide-question-forced-crime = Ma lagugu qasbay inaad samayso wax sharci darro ah?
guide-question-forced-crime-hint = Tusaale ahaan, inaad beerto ama qaado daroogo, inaad xado, inaad dawarsato, ama inaad isticmaasho waraaqo been abuur ah.
guide-question-under-18 = Ma ka yar tahay 18 sano?
guide-question-under-18-hint = Haddii aadan garanayn da'daada saxda ah, ku jawaab "Ma hubo".
guide-question-alone = Ma socdaalaysaa ama ma ku nooshahay adigoon la joogin waalidkaa, oo aan la joogin qof kale oo weyn oo qoyskaaga ka mid ah oo ku daryeela?
guide-question-detained = Hadda booliisku ma ku hayaa, ama meel xiran ma lagugu hayaa, mise waa lagu qabtay?
guide-question-detained-hint = Tusaale ahaan saldhig booliis, xabsi, ama xarun xiran oo loogu talagalay muhaajiriinta.

## Sababta qoraal u khusayn karo
## Hal jumlad ama laba qoraal kasta oo xeer muujiyo. "Laga yaabo": kuwani waa tilmaamo, ma aha go'aanno.

guide-why-child-alone-children = Waxaa laga yaabaa inaad ka yar tahay 18 sano oo aadan la joogin qof weyn oo qoyskaaga ka mid ah. Carruurta kaligood ah waxay xaq u leeyihiin ilaaliye, ilaalin dheeraad ah, iyo caawimaad ay ku helaan qoyskooda.
guide-why-child-children = Waxaa laga yaabaa inaad ka yar tahay 18 sano. Carruurtu waxay leeyihiin ilaalin dheeraad ah, waraaqahoodu wax kasta ha ahaadeen, danahooda ugu wanaagsanna waa inay ka horreeyaan.
guide-why-detained-detention = Waxaa laga yaabaa in lagu xareeyay ama lagu qabtay. Weli xuquuq ayaad leedahay: waxaad codsan kartaa magangalyo, turjubaan iyo qareen.
guide-why-child-trafficking-trafficking-protection = Waxaa laga yaabaa inaad ka yar tahay 18 sano, qaar ka mid ah jawaabahaaguna waa calaamado digniin oo muujinaya ka faa'iidaysi. Carruurta, tani waxay noqon kartaa ka ganacsi dad xitaa iyadoon la isticmaalin xoog ama been, waxaadna heli kartaa ilaalin adigoo ah qof laga yaabo inuu dhibane u yahay ka ganacsiga dadka.
guide-why-child-trafficking-smuggling-or-trafficking = Qaar ka mid ah jawaabahaagu waa calaamado digniin oo muujinaya in safarkaaga ama shaqadaadu isu beddeshay ka faa'iidaysi. Carruurta, waxay noqon kartaa ka ganacsi dad xitaa iyadoon la isticmaalin xoog, hanjabaad ama been.
guide-why-trafficking-trafficking-protection = Qaar ka mid ah jawaabahaagu waa calaamado digniin oo muujinaya ka ganacsi dad ama shaqo qasab ah. Waxaad codsan kartaa in la hubiyo inaad tahay dhibane ka ganacsiga dadka, oo aad hesho caawimaad, xitaa ka hor inta aan wax la caddayn.
guide-why-trafficking-asylum-and-trafficking = Maadaama ay jiraan calaamado ka ganacsi dad, waxaa laga yaabaa inaad isku mar leedahay xuquuqda dhibane ka ganacsiga dadka iyo xuquuqda qaxooti. Uma baahnid inaad mid doorato.
guide-why-forced-crime-non-punishment = Waxaa laga yaabaa in lagugu qasbay inaad sharciga jebiso. Haddii qof kugu qasbay, mas'uuliyiintu waxay go'aansan karaan inaysan kugu ciqaabin waxa lagugu qasbay inaad samayso.
guide-why-exploited-rules-broken-non-punishment = Waxaa jira calaamado muujinaya in qof kaa faa'iidaystay. Haddii taas dartood aad u jebisay xeerar, tusaale ahaan kuwa ku saabsan xuduudaha, waraaqaha ama shaqada, mas'uuliyiintu waxay go'aansan karaan inaysan ku ciqaabin.
guide-why-smuggled-exploited-smuggling-or-trafficking = Waxaa laga yaabaa inaad lacag siisay qof si aad xuduud uga gudubto, qaar ka mid ah jawaabahaaguna waa calaamado digniin oo muujinaya in tahriibintu isu beddeshay ka ganacsi dad.
guide-why-fear-return-non-refoulement = Waxaa laga yaabaa in dhibaato culus ay kaa soo gaarto haddii dib laguu celiyo. Dal qofna uma diri karo meel uu ku wajihi lahaa cadaadis, jirdil ama dhibaato kale oo culus.
guide-why-fear-return-asylum = Waxaa laga yaabaa inaad ka baqayso inaad dib u noqoto. Codsashada magangalyada waa habka uu dal ku hubiyo inaad u baahan tahay ilaalintiisa. Xitaa haddii aad timid adigoon waraaqo haysan, waad codsan kartaa magangalyo.
guide-why-smuggled-smuggled-not-criminal = Waxaa laga yaabaa inaad isticmaashay mukhalis. Sida uu qabo Borotokoolka Tahriibinta ee Qaramada Midoobay, dacwad laguguma soo oogi karo oo keliya sababtoo ah waa lagu tahriibiyay: mukhaliska ayaa dembiga gala.

## Noocyada caawimaadda

guide-need-emergency = Caawimaad degdeg ah hadda: boolis, ambalaas ama dab-demis
guide-need-child-protection = Ilaalin iyo taageero carruurta
guide-need-trafficking = Caawimaad loogu talagalay dadka laga faa'iidaysto ama laga ganacsado
guide-need-gender-based-violence = Caawimaad kadib rabshad galmo ama rabshad ku saleysan jinsiga
guide-need-medical = Daryeel caafimaad
guide-need-shelter = Meel ammaan ah oo aad joogto
guide-need-asylum-legal-aid = Talo sharci oo ku saabsan magangalyada iyo waraaqahaaga
guide-need-labour-rights = Caawimaad ku saabsan shaqada, mushaharka iyo xaaladaha shaqada
guide-need-missing-persons = Caawimaad aad ku hesho qoyskaaga

## Qoraallada lala muujiyo natiijada

# 112 waa lambarka gurmadka degdegga ah ee Yurub. Lambarka sidiisa u daa.
guide-note-emergency-now = Hadda caawimaad raadso. Yurub gudaheeda, wac 112 si aad u hesho boolis, ambalaas ama dab-demis. Wicitaanku waa bilaash. Taleefanno badan oo gacanta ah, 112 waxay ka shaqeysaa dalal kale sidoo kale.
guide-note-when-safe = Marka aad meel ammaan ah joogto, waad soo noqon kartaa oo aad ka jawaabi kartaa su'aalaha kale, si aad u aragto dhammaan xuquuqda ku ilaalin karta.
# 112 waa lambarka gurmadka degdegga ah ee Yurub. Lambarka sidiisa u daa.
guide-note-emergency-if-needed = Haddii aad khatar ku jirto wakhti kasta, wac 112 Yurub gudaheeda. Wicitaanku waa bilaash.
guide-note-both-together = Magangalyada iyo ilaalinta dhibane ka ganacsiga dadka labadaba waxay kuu khuseyn karaan isku mar. Labadaba waad codsan kartaa. Codsashada mid kaama qaado xaqaaga kan kale.
guide-note-skipped = Waxaad dooratay inaadan ka jawaabin su'aalo qaar. Dhib ma leh. Xuquuqda la xiriirta su'aalahaas weli way ku ilaalin karaan: waxaad barnaamijkan ka akhrisan kartaa qoraal kasta oo xuquuqda ah.
guide-note-nothing-specific = Jawaabahaagu ma tilmaamayaan mid ka mid ah xaaladaha hubintan. Tani ma aha go'aan adiga kugu saabsan. Xuquuqdu weli way ku ilaalin karaan: akhri qoraallada xuquuqda, ama la hadal hay'ad aad ku kalsoon tahay.
guide-note-clues = Natiijooyinkani waa tilmaamo, ma aha go'aanno. Mas'uuliyiinta iyo maxkamadaha oo keliya ayaa go'aan ka gaara kiis, xuquuq kalena way ku ilaalin karaan. Tani waa macluumaad guud, ma aha talo sharci. Qareen ama hay'ad aad ku kalsoon tahay ayaa eegi kara xaaladdaada oo dhan.

## Where the reader is
guide-country-question = Hadda waddankee ayaad joogtaa? Markaas Salama waxay ku tusi kartaa khadadka caawimaadda ee halkaas.
guide-country-other = Waddan kale, ama ka gudub su'aashan
guide-result-helplines-in = Khadadka caawimaadda ee { $country }
guide-result-no-helplines = Salama weli ma hayso khadad caawimaad oo { $country } ah.

## Keeping the result
guide-save-offer = Ma rabtaa inaad natiijadan ku hayso xusuus-qorkaaga qarsoon? Natiijada oo keliya ayaa la hayaa, ma aha jawaabahaaga.
guide-save-yes = Haa, ku hay xusuus-qorkayga
guide-save-no = Maya, ha hayn
guide-saved = Natiijada waxaa lagu kaydiyay xusuus-qorkaaga.
guide-save-no-diary = Weli xusuus-qor ma lihid. Si aad mid u samayso, orod amarkan: salama diary init
guide-error-unfinished = Jawaabuhu way istaagaan ka hor dhammaadka hubinta. Ka jawaab su'aasha xigta sidoo kale: { $question }. Su'aal kasta waxaa looga jawaabi karaa prefer-not-to-say.

## Countries
guide-country-al = Albaaniya
guide-country-ch = Swiiserlaand
guide-country-de = Jarmalka
guide-country-gb = Boqortooyada Midowday
guide-country-gr = Giriigga
guide-country-it = Talyaaniga
guide-country-ly = Liibiya
guide-country-mx = Meksiko
guide-country-rs = Seerbiya
guide-country-tr = Turkiga
guide-country-us = Maraykanka
