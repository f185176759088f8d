# Machine-assisted draft: not yet reviewed by a native speaker.

### Hagaha khadadka caawimaadda: waxa khad kastaa u adeego, sida loo gaaro, goorta uu furan yahay,
### iyo cusboonaysiinta hagaha.
### Lambarada iyo magacyada hay'adaha sidooda u daa. U qor qof hadda caawimaad u baahan:
### jumlado gaagaaban oo fudud.

## Waxa khadka caawimaaddu ka caawiyo

helplines-need-emergency = Xaalad degdeg ah (boolis, ambalaas, dab-demis)
helplines-need-trafficking = Ka ganacsiga dadka iyo ka faa'iidaysiga
helplines-need-asylum-legal-aid = Magangalyo iyo caawimaad sharci
helplines-need-child-protection = Carruurta
helplines-need-gender-based-violence = Rabshadda ka dhanka ah haweenka iyo rabshadda galmada
helplines-need-medical = Caawimaad caafimaad
helplines-need-shelter = Meel ammaan ah oo aad joogto
helplines-need-labour-rights = Xuquuqda shaqada
helplines-need-missing-persons = Dadka la waayay

## Sida khadka caawimaadda loo gaaro

helplines-channel-phone = Taleefan
helplines-channel-short-code = Taleefan (lambar gaaban, gudaha dalka oo keliya)
helplines-channel-sms = Fariin qoraal ah (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = Iimayl
helplines-channel-web = Bog internet

## Saacadaha furitaanka

helplines-open-always = Furan habeen iyo maalin
helplines-open-now = Hadda waa furan yahay
helplines-open-unknown = Saacadaha furitaanka lama garanayo
# $day waa maalin toddobaadka ka mid ah (eeg fariimaha helplines-day-), $time waa saacad sida 17:30, $zone waa aagga waqtiga sida Europe/Rome.
helplines-open-closes = Hadda waa furan yahay. Wuxuu xirmayaa maalinta { $day }, saacadda { $time } ({ $zone }).
helplines-closed-opens = Hadda waa xiran yahay. Wuxuu furmayaa maalinta { $day }, saacadda { $time } ({ $zone }).
helplines-closed = Hadda waa xiran yahay
helplines-day-mon = Isniin
helplines-day-tue = Talaado
helplines-day-wed = Arbaco
helplines-day-thu = Khamiis
helplines-day-fri = Jimce
helplines-day-sat = Sabti
helplines-day-sun = Axad

## Faahfaahinta lala muujiyo khad kasta

helplines-emergency-label = DEGDEG
helplines-free = Bilaash
helplines-not-free = Waxaa laga yaabaa inaad wicitaanka lacag ku bixiso
helplines-free-unknown = Qiimaha lama garanayo
helplines-languages = Luqadaha
helplines-languages-more = iyo luqado kale
helplines-languages-unknown = Luqadaha lama garanayo
helplines-languages-unlisted = dhowr luqadood, aan la qorin
helplines-operator = Waxaa maamula
helplines-sources = Isha
helplines-source-dated = Taariikhda isha: { $date }
helplines-source-undated = Ishu taariikh ma leh
helplines-checked-by = Waxaa hubiyay { $by } ({ $date })
helplines-checked-by-undated = Waxaa hubiyay { $by }
helplines-status-partly-verified = Si buuxda looma xaqiijin: hubi in lambarkani weli shaqeeyo.
helplines-none-found = Raadintan khad caawimaad looma helin. Haddii aad hadda khatar ku jirto, wac 112 (Yurub gudaheeda) ama lambarka gurmadka degdegga ah ee meesha aad joogto.

## Hagaha aasaasiga ah: lambarro laga soo qaaday ilo dadweyne, oo ku dhex jira barnaamijka

helplines-eu-112-name = Lambarka gurmadka degdegga ah 112
helplines-eu-112-description = Marka aad hadda khatar ku jirto: boolis, ambalaas, dab-demis. Bilaash, taleefanka guriga iyo kan gacantaba.
helplines-eu-112-note = Wuxuu ka shaqeeyaa dal kasta oo ka tirsan Midowga Yurub.
helplines-ch-112-name = Lambarka gurmadka degdegga ah 112
helplines-ch-112-description = Marka aad hadda khatar ku jirto: boolis, ambalaas, dab-demis. Bilaash, taleefanka guriga iyo kan gacantaba.
helplines-rs-112-name = Lambarka gurmadka degdegga ah 112
helplines-rs-112-description = Marka aad hadda khatar ku jirto: boolis, ambalaas, dab-demis. Bilaash, taleefanka guriga iyo kan gacantaba.

helplines-eu-116000-name = Khadka carruurta la waayay 116 000
helplines-eu-116000-description = Marka ilmo la waayo: taageero ilmaha, qoyska iyo dadka wax arkay. Bilaash, habeen iyo maalin.
helplines-eu-116000-note = Dal kastaa wuxuu leeyahay hay'ad u gaar ah oo lambarkan ka dambeysa, tusaale ahaan The Smile of the Child ee Giriigga iyo Telefono Azzurro ee Talyaaniga. Dalalka badankoodu waxay sidoo kale leeyihiin wada-sheekeysi qoraal ah (chat).
helplines-ch-116000-name = Khadka carruurta la waayay 116 000
helplines-ch-116000-description = Marka ilmo la waayo: taageero ilmaha, qoyska iyo dadka wax arkay. Bilaash, habeen iyo maalin.
helplines-ch-116000-note = Lambarka ku hubi dalka gudihiisa: hay'adda ka dambeysa way ku kala duwan tahay dal kasta.
helplines-al-116000-name = Khadka carruurta la waayay 116 000
helplines-al-116000-description = Marka ilmo la waayo: taageero ilmaha, qoyska iyo dadka wax arkay. Bilaash, habeen iyo maalin.
helplines-al-116000-note = Lambarka ku hubi dalka gudihiisa: hay'adda ka dambeysa way ku kala duwan tahay dal kasta.
helplines-rs-116000-name = Khadka carruurta la waayay 116 000
helplines-rs-116000-description = Marka ilmo la waayo: taageero ilmaha, qoyska iyo dadka wax arkay. Bilaash, habeen iyo maalin.

helplines-eu-116111-name = Khadka caawimaadda carruurta 116 111
helplines-eu-116111-description = La-talin loogu talagalay carruurta u baahan qof ay la hadlaan. Bilaash.
helplines-eu-116111-note = Weli kuma jiro dal kasta oo Midowga Yurub ah. Khadadka qaar waa furan yihiin habeen iyo maalin, kuwa kalena saacado go'an.

helplines-de-hilfetelefon-116016-name = Khadka taageerada haweenka la kulma rabshad (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Haweenka la kulma rabshad, oo ay ku jiraan ka ganacsiga dadka, dhillaysi qasab ah iyo ka faa'iidaysi shaqo. Bilaash, magac la'aan, habeen iyo maalin, maalin kasta oo sannadka ah.
helplines-de-hilfetelefon-116016-note = Haweenka. Wuxuu ku jawaabaa Jarmal iyo 18 luqadood oo kale. Wada-sheekeysi qoraal ah iyo iimayl waxaa laga helaa bogga internetkiisa.

helplines-gb-modern-slavery-helpline-name = Khadka caawimaadda addoonsiga casriga ah iyo ka faa'iidaysiga (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Qof kasta oo laga faa'iidaysto ama lagu qasbo inuu shaqeeyo, ama qof yaqaan qof sidaas ah. Bilaash, qarsoodi, habeen iyo maalin.
helplines-gb-modern-slavery-helpline-note = Caawimaad ku baxda in ka badan 200 luqadood.

helplines-us-human-trafficking-hotline-name = Khadka qaranka ee ka ganacsiga dadka (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = Dhibbanayaasha ka ganacsiga dadka iyo dadka ka badbaaday, iyo dadka doonaya inay caawiyaan. Bilaash, habeen iyo maalin. Ma aha booliska, mana aha hay'adda socdaalka.
helplines-us-human-trafficking-hotline-note = Taleefanka: Ingiriisi iyo Isbaanish, iyo in ka badan 200 luqadood oo turjubaanno loo marayo. Fariimaha qoraalka ah iyo wada-sheekeysiga: Ingiriisi iyo Isbaanish oo keliya.

helplines-it-numero-verde-antitratta-name = Khadka bilaashka ah ee ka dhanka ah ka ganacsiga dadka (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = Dhibbanayaasha iyo markhaatiyaasha ka ganacsiga dadka. Bilaash, magac la'aan, habeen iyo maalin.
helplines-it-numero-verde-antitratta-note = Dhexdhexaadiyayaasha dhaqanka waxay sidoo kale ku hadlaan luqadaha Nayjeeriya iyo luqado kale.

helplines-it-arci-asylum-name = Khadka bilaashka ah ee ARCI ee dadka magangalyo codsada iyo qaxootiga
helplines-it-arci-asylum-description = Caawimaad sharci iyo turjubaanno loogu talagalay dadka codsada magangalyo ama haysta ilaalin caalami ah.
helplines-it-arci-asylum-note = Wuxuu ku caawiyaa 36 luqadood iyo lahjado. Saacadaha shaqada ka baxsan, fariin cod ah uga tag wakhti kasta. Macluumaadkan waa 2021: hubi in khadku weli shaqeeyo.

helplines-gr-a21-1109-name = Khadka caawimaadda iyo macluumaadka ka ganacsiga dadka 1109
helplines-gr-a21-1109-description = Dhibbanayaasha ka ganacsiga dadka iyo dadka doonaya inay soo sheegaan.
helplines-gr-a21-1109-note = Ilaha waxay ka yimaadeen qiyaastii 2012, saacadaha furitaankiisana lama xaqiijin karin.

helplines-rs-astra-sos-name = Khadka ASTRA SOS
helplines-rs-astra-sos-description = Taageero dadka ka badbaaday ka ganacsiga dadka. Sidoo kale waxaad ka ganacsiga dadka u soo sheegi kartaa adigoon magacaaga sheegin.
helplines-rs-astra-sos-note = ASTRA waxay sidoo kale maamushaa lambarka carruurta la waayay 116 000 ee Serbia.

helplines-tr-yimer-157-name = Xarunta Isgaarsiinta Ajaanibta (YİMER 157)
helplines-tr-yimer-157-description = Macluumaad ku saabsan fiisaha, degenaanshaha iyo ilaalinta caalamiga ah, iyo khad caawimaad oo loogu talagalay dhibbanayaasha ka ganacsiga dadka. Furan wakhti kasta.
helplines-tr-yimer-157-note = Khadkan waxaa maamula hay'adda socdaalka ee dowladda.

helplines-ly-unhcr-protection-name = Khadka ilaalinta ee UNHCR
helplines-ly-unhcr-protection-description = Qaxootiga iyo dadka magangalyo codsada ee Liibiya jooga oo u baahan ilaalin.
helplines-ly-unhcr-protection-note = Maarso 2020 wuxuu jawaabi jiray Axad ilaa Khamiis, 09:00 ilaa 17:00. Saacadihiisa hadda lama garanayo.

helplines-ly-cesvi-protection-name = Khadadka ilaalinta ee CESVI
helplines-ly-cesvi-protection-description = Caawimaad ilaalin oo loogu talagalay qaxootiga iyo dadka magangalyo codsada, oo ka timaada la-hawlgale UNHCR.

helplines-ly-sexual-violence-line-name = Khadka caawimaadda ee dadka ka badbaaday rabshadda galmada
helplines-ly-sexual-violence-line-description = Dadka ka badbaaday rabshad galmo. Habeen iyo maalin.
helplines-ly-sexual-violence-line-note = Wuxuu xiriir la leeyahay International Rescue Committee (IRC). Qoraalka isha waa la gooyay: hubi lambarkan ka hor intaadan ku tiirsanaan.

helplines-mx-linea-contra-la-trata-name = Khadka iyo wada-sheekeysiga qaranka ee ka dhanka ah ka ganacsiga dadka
helplines-mx-linea-contra-la-trata-description = Cilmi-nafsiyayaal iyo qareenno ayaa caawiya dhibbanayaasha ka ganacsiga dadka. Bilaash, magac la'aan, habeen iyo maalin, taleefan ama WhatsApp.
helplines-mx-linea-contra-la-trata-note = Sidoo kale wuxuu qaataa warbixinno ka yimaada meel ka baxsan Meksiko.

## Amarka helplines ee barnaamijka kombiyuutarka

# $list waa liiska erayada la oggol yahay, tusaale "emergency, trafficking, …".
helplines-cli-unknown-need = Baahi aan la aqoon. Isticmaal mid ka mid ah: { $list }
helplines-cli-unknown-channel = Hab aan la aqoon oo lagu gaaro khad caawimaad. Isticmaal mid ka mid ah: { $list }

## Cusboonaysiinta khadadka caawimaadda

helplines-sync-usage = Sheeg cinwaanka daabacaad (salama sync <URL>), ama isticmaal salama sync status.
helplines-sync-checking = Cusboonaysiin ayaa la raadinayaa…
# $collections waa inta fayl ee la soo dejin doono, $size waa inta xog ah, tusaale 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] Waxba lama soo dejinayo.
        [one] Hal fayl ayaa la soo dejinayaa ({ $size }).
       *[other] { $collections } fayl ayaa la soo dejinayaa ({ $size }).
    }
helplines-sync-applying = Waa la rakibayaa…
# $serial waa lambarka daabacaadda.
helplines-sync-updated = Waxaa loo cusboonaysiiyay daabacaadda { $serial }.
helplines-sync-up-to-date = Horay ayuu u cusbaa (daabacaadda { $serial }).
# $requests waa inta codsi ee la sameeyay, $size waa inta xog ah ee la soo dejiyay.
helplines-sync-cost =
    { $requests ->
        [one] Hal codsi, { $size } ayaa la soo dejiyay.
       *[other] { $requests } codsi, { $size } ayaa la soo dejiyay.
    }
helplines-sync-stale = Macluumaadkan wakhtigiisii wuu dhacay. Weli waa la muujinayaa, laakiin waxaa laga yaabaa inuu duugoobay.

## Xaaladda cusboonaysiinta

helplines-status-none = Weli cusboonaysiin lama rakibin: Salama waxay isticmaashaa khadadka caawimaadda ee ku dhex jira barnaamijka.
helplines-status-release = Daabacaadda la rakibay: { $serial }
helplines-status-publisher = Waxaa daabacay
helplines-status-key = Waxaa lagu saxiixay furaha
helplines-status-source = Laga keenay
helplines-status-issued = La soo saaray
# $days waa inta maalmood ee ka soo wareegtay markii daabacaadda la soo saaray.
helplines-status-age =
    { $days ->
        [0] Macluumaadku waa in ka yar hal maalin jir.
        [one] Macluumaadku waa hal maalin jir.
       *[other] Macluumaadku waa { $days } maalmood jir.
    }
helplines-status-expires = Wuxuu dhacayaa
helplines-status-expired = Wakhtigiisii wuu dhacay: waxaa laga yaabaa in macluumaadku duugoobay.
helplines-expires-in =
    { $days ->
        [0] in ka yar hal maalin ayaa haray
        [one] hal maalin ayaa haray
       *[other] { $days } maalmood ayaa haray
    }
helplines-expired-ago =
    { $days ->
        [0] wakhtigiisu wuxuu dhacay wax ka yar hal maalin ka hor
        [one] wakhtigiisu wuxuu dhacay hal maalin ka hor
       *[other] wakhtigiisu wuxuu dhacay { $days } maalmood ka hor
    }
helplines-status-outdated = (ka duugsan daabacaadda: cusboonaysii si aad u dhammaystirto)
helplines-status-last-success = Cusboonaysiintii ugu dambeysay ee guulaysatay
helplines-status-last-attempt = Isku daygii ugu dambeeyay
helplines-status-last-error = Khaladkii ugu dambeeyay
helplines-status-never = marna

## Xirmooyinka internet la'aanta

# $file waa magaca fayl, $serial waa lambarka daabacaadda, $collections waa liis sida helplines/GR, $size waa cabbirka faylka.
helplines-pack-exported = Waa la qoray { $file }: daabacaadda { $serial }, { $collections } ({ $size }).

## Qalabka daabacaha

# $file iyo $public waa magacyo fayl, $id waa aqoonsiga fure.
helplines-publish-key-written = Fure saxiix oo cusub ayaa lagu qoray { $file }. Sir ka dhig oo nuqul kayd ah ka samee: weligiis korkiisa laguma qoro. Furihiisa guud (id { $id }) wuxuu ku jiraa { $public }.
# $serial waa lambarka daabacaadda, $dir waa gal, $keys waa aqoonsiyada furayaasha.
helplines-publish-released = Daabacaadda { $serial } waxaa lagu qoray { $dir }, waxaana lagu saxiixay { $keys }.
# $name waa ururin sida helplines/GR, $version waa nuqulkeeda, $entries waa inta khad caawimaad ee ay haysato, $size waa cabbirkeeda.
helplines-publish-collection-changed = { $name }: nuqul { $version }, { $entries } khad caawimaad, { $size } (waa la beddelay)
helplines-publish-collection-same = { $name }: nuqul { $version }, { $entries } khad caawimaad, { $size } (lama beddelin)
helplines-publish-translations-changed =
    { $files ->
        [one] { $name }: nuqul { $version }, hal fayl oo tarjumaad ah, { $size } (waa la beddelay)
       *[other] { $name }: nuqul { $version }, { $files } fayl oo tarjumaad ah, { $size } (waa la beddelay)
    }
helplines-publish-translations-same =
    { $files ->
        [one] { $name }: nuqul { $version }, hal fayl oo tarjumaad ah, { $size } (lama beddelin)
       *[other] { $name }: nuqul { $version }, { $files } fayl oo tarjumaad ah, { $size } (lama beddelin)
    }
helplines-publish-empty = { $names } kuma jiro wax khad caawimaad ah. Markaas taleefannadu waxay qarin doonaan khadadka caawimaadda ee ku jira app-ka ee waddankaas. Ku dar khadadkiisa caawimaadda, ama haddii aad si ula kac ah u saarayso, mar kale ku daabac --allow-empty.
# $expires waa taariikh iyo saacad.
helplines-release-verified = Daabacaadda { $serial } waa sax: waxaa lagu saxiixay furaha la aamini karo { $key }, wakhtigeeduna wuxuu dhacayaa { $expires }.
helplines-release-collection = { $name }: nuqul { $version }, { $entries } khad caawimaad, { $size }, waa la hubiyay
helplines-release-translations =
    { $files ->
        [one] { $name }: nuqul { $version }, hal fayl oo tarjumaad ah, { $size }, waa la hubiyay
       *[other] { $name }: nuqul { $version }, { $files } fayl oo tarjumaad ah, { $size }, waa la hubiyay
    }
helplines-release-collection-absent = { $name }: nuqul { $version }, { $size }, kuma jiro xirmadan
helplines-release-no-such-path = { $path } ma jiro. Bixi galka daabacaad (kan uu ku jiro index.json) ama fayl xirmo oo internet la'aan ah.
helplines-release-not-a-release = { $path } ma aha daabacaad, mana aha xirmo internet la'aan ah. Daabacaaddu waa gal uu ku jiro index.json; xirmaduna waa fayl uu sameeyo salama pack export.
