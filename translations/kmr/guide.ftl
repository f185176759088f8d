# Machine-assisted draft: not yet reviewed by a native speaker.

### Kontrola rewşê: pirsên li ser tiştên ku hatine serê xwendevan, û tiştên ku dibe li ser wî
### derbasdar bin.
### Pirs rewşên rojane vedibêjin, tu caran kategoriyên hiqûqî na: wan wisa bihêlin.
### Encam îşaret in, ne biryar in. Tu caran nenivîsin ku xwendevan "ne qurban e", "ne penaber e",
### an ku tiştek li ser wî "ne derbasdar e".

## Ekran

guide-title = Rewşa xwe kontrol bikin
guide-intro = Bersiva çend pirsên kurt bidin, li ser tiştên ku hatine serê we. Paşê Salama nîşanî we dide ka kîjan maf dikarin we biparêzin, û hûn dikarin çi cure alîkariyê bixwazin. Hûn dikarin bersiva her pirsê bi "Ne bawer im" an "Naxwazim bêjim" bidin.
guide-privacy = Bersivên we nayên tomarkirin. Ew tenê dema ku hûn bersiv didin di bîra vê sepanê de dimînin, û dema ku hûn ji kontrolê derdikevin, têne jêbirin.
guide-result-title = Tiştên ku dibe li ser we derbasdar bin
guide-result-articles = Mafên we yên ku dibe derbasdar bin, yên herî lezgîn pêşî
guide-result-needs = Alîkariya ku hûn dikarin bixwazin
guide-result-notes = Girîng
# $number hejmara pirsên ku heta niha hatine bersivandin e, bi vê pirsê re. $total hejmara herî zêde ya pirsan e, ku li gorî bersivan diguhere.
guide-progress = Pirs { $number } ji herî zêde { $total } pirsan

## Bersiv

guide-answer-yes = Erê
guide-answer-no = Na
guide-answer-not-sure = Ne bawer im
guide-answer-prefer-not-to-say = Naxwazim bêjim

## Pirs
## Dibe ku di binê her pirsê de nîşeyeke alîkar hebe: nimûne an şiroveyek.

guide-question-danger = Hûn niha di xeterê de ne?
guide-question-danger-hint = Bo nimûne, kesek we diêşîne an tehdîd dike ku we biêşîne, hûn li cihekî kilîtkirî hatine girtin, an hûn li deryayê an li cihekî bê av winda bûne.
guide-question-fear-return = Heke we vegerînin welatê we, hûn ê ji zirareke giran bitirsin?
guide-question-fear-return-hint = Bo nimûne ji ber şer an tundiyê, ji ber ku hûn kî ne an bi çi bawer dikin, an ji ber kesên ku dixwazin zirarê bidin we.
guide-question-crossed-border = We bêyî vîze, an bêyî ku hûn di kontrola sînor re derbas bibin, sînorek derbas kiriye?
guide-question-crossed-border-hint = Bo nimûne bi peyatî di nav zevî an çiyayan re, di nav erebeyekê de veşartî, an bi qeyikê.
guide-question-paid-crossing = We pere daye kesekî, an we qebûl kiriye ku paşê pere bidin wî, da ku ew alîkariya we bike ku hûn sînor derbas bikin?
guide-question-owe-money = Deynekî we heye ku divê hûn bidin kesên ku hûn anîne vir, an kesên ku hûn ji wan re dixebitin?
guide-question-debt-control = Ew biryar didin ka hûn ê deynê xwe çawa bidin? Bo nimûne, ew heqdestê we li ba xwe digirin, lêçûnên nû lê zêde dikin, an deynê we tu caran kêm nabe.
guide-question-documents-taken = Kesekî pasaport an nasnameya we ji we standiye, an ew li ba xwe digire û naxwaze wê li we vegerîne?
guide-question-work = Ji dema ku we mal terk kiriye, hûn ji bo kesekî xebitîne, an soza karekî dane we?
guide-question-work-hint = Her cure kar tê hesibandin, bi pere an bê pere: bo nimûne di malekê de, li zeviyan, di fabrîqeyekê de, di restoranekê de, an seks ji bo pere.
guide-question-job-deception = Kar, heqdest an şert û mercên kar gelekî ji yên ku soz dabûn we cuda bûn?
guide-question-pay-withheld = Kesek heqdestê we li ba xwe digire, an ji ya ku we qezenc kiriye gelekî kêmtir dide we?
guide-question-conditions = Divê hûn gelek saetan bê bêhnvedan bixebitin, an li cihekî ne ewle an rezîlker bijîn an bixebitin?
guide-question-movement = Nahêlin hûn ji cihê ku lê dixebitin an lê dimînin derkevin, an bi malbata xwe an kesên din re têkilî daynin?
guide-question-vulnerability = Kesek rewşa we bi kar tîne da ku we kontrol bike?
guide-question-vulnerability-hint = Bo nimûne ji ber ku belgeyên we tune ne, hûn zimên nizanin, an ji bo xwarin an cihê razanê hûn hewceyî wan in.
guide-question-threats = Kesên ku hûn anîne vir, an kesên ku hûn ji wan re dixebitin, we an malbata we tehdîd dikin?
guide-question-threats-hint = Bo nimûne, ew dibêjin ku ew ê zirarê bidin we an malbata we, we ji polîsan re bêjin, an we bidin vegerandin.
guide-question-violence = Ji dema ku we mal terk kiriye, kesekî li we xistiye, hûn êşandine, an bi zorê hûn neçarî seks an kiryarên seksî kirine?
guide-question-forced-crime = Hûn hatine neçarkirin ku tiştekî li dijî qanûnê bikin?
guide-question-forced-crime-hint = Bo nimûne, çandin an hilgirtina madeyên hişbir, dizî, parsekî, an bikaranîna belgeyên sexte.
guide-question-under-18 = Hûn binî 18 salî ne?
guide-question-under-18-hint = Heke hûn temenê xwe yê rast nizanin, bersiva "Ne bawer im" bidin.
guide-question-alone = Hûn bêyî dê û bavê xwe, û bêyî mezinekî din ê malbata xwe ku li we dinêre, rêwîtiyê dikin an dijîn?
guide-question-detained = Hûn niha ji aliyê polîsan ve an li cihekî girtî têne ragirtin, an hûn hatine girtin?
guide-question-detained-hint = Bo nimûne li qereqolê, li zindanê, an li navendeke girtî ya ji bo koçberan.

## Çima dibe ku gotarek derbasdar be
## Ji bo her gotareke ku qaîdeyek nîşan dide, hevokek an du. "Dibe": ev îşaret in, ne biryar in.

guide-why-child-alone-children = Dibe ku hûn binî 18 salî bin û mezinekî ji malbata we bi we re tune be. Mafê zarokên bi tenê heye ku wesiyek (mezinekî ku berjewendiyên wan diparêze) ji wan re bê tayînkirin, parastineke zêde bistînin, û alîkarî bistînin da ku malbata xwe bibînin.
guide-why-child-children = Dibe ku hûn binî 18 salî bin. Zarok xwedî parastineke zêde ne, belgeyên wan çi bin jî, û divê berjewendiya wan a herî baş pêşî bê.
guide-why-detained-detention = Dibe ku hûn hatibin binçavkirin an girtin. Dîsa jî mafên we hene: hûn dikarin daxwaza penaberiyê bikin, û wergêrekî û parêzerekî bixwazin.
guide-why-child-trafficking-trafficking-protection = Dibe ku hûn binî 18 salî bin, û hinek ji bersivên we nîşanên hişyariyê yên îstismarê ne. Ji bo zarokan, ev dikare bazirganiya mirovan be bêyî zor an derewan jî, û hûn dikarin wekî kesekî ku dibe qurbanê bazirganiya mirovan be parastinê bistînin.
guide-why-child-trafficking-smuggling-or-trafficking = Hinek ji bersivên we nîşanên hişyariyê ne ku rêwîtî an karê we bûye îstismar. Ji bo zarokan, ev dikare bazirganiya mirovan be, bêyî zor, tehdîd an derewan jî.
guide-why-trafficking-trafficking-protection = Hinek ji bersivên we nîşanên hişyariyê yên bazirganiya mirovan an karê bi zorê ne. Hûn dikarin bixwazin ku bê kontrolkirin ka hûn qurbanê bazirganiya mirovan in an na, û alîkarî bistînin, berî ku tiştek bê îsbatkirin jî.
guide-why-trafficking-asylum-and-trafficking = Ji ber ku nîşanên bazirganiya mirovan hene, dibe ku di heman demê de mafên we hem wekî qurbanê bazirganiya mirovan hem jî wekî penaber hebin. Hûn ne mecbûr in ku yekê hilbijêrin.
guide-why-forced-crime-non-punishment = Dibe ku hûn neçar hatibin kirin ku qanûnê bişkînin. Heke kesekî hûn neçar kiribin, rayedar dikarin biryar bidin ku we ji bo tiştên ku bi zorê dane kirin ceza nekin.
guide-why-exploited-rules-broken-non-punishment = Nîşan hene ku kesekî hûn îstismar kirine. Heke ji ber vê yekê we qaîdeyek şikandibe, bo nimûne li ser sînor, belge an kar, rayedar dikarin biryar bidin ku we ceza nekin.
guide-why-smuggled-exploited-smuggling-or-trafficking = Dibe ku we pere dabe kesekî da ku sînor derbas bikin, û hinek ji bersivên we nîşanên hişyariyê ne ku qaçaxçîtî bûye bazirganiya mirovan.
guide-why-fear-return-non-refoulement = Dibe ku hûn rastî zirareke giran bên heke we vegerînin. Nabe ku welatek kesekî bişîne cihekî ku ew ê li wir rastî çewsandin, îşkence an zirareke din a giran bê.
guide-why-fear-return-asylum = Dibe ku hûn ji vegerê bitirsin. Daxwaza penaberiyê ew rê ye ku welatek pê kontrol dike ka hûn hewceyî parastina wî ne an na. Heke hûn bê belge hatibin jî, hûn dikarin daxwaza penaberiyê bikin.
guide-why-smuggled-smuggled-not-criminal = Dibe ku we qaçaxçiyek bi kar anîbe. Li gorî Protokola Neteweyên Yekbûyî ya li dijî Qaçaxçîtiya Koçberan, tenê ji ber ku hûn bi qaçaxçiyan hatine, nabe ku doz li we bê vekirin: sûc ji aliyê qaçaxçî ve tê kirin.

## Cureyên alîkariyê

guide-need-emergency = Alîkariya awarte ya niha: polîs, ambulans an agirkuj
guide-need-child-protection = Parastin û piştgirî ji bo zarokan
guide-need-trafficking = Alîkarî ji bo kesên ku têne îstismarkirin an bûne qurbanê bazirganiya mirovan
guide-need-gender-based-violence = Alîkarî piştî tundiya seksî an tundiya li ser bingeha zayendê
guide-need-medical = Lênêrîna bijîşkî
guide-need-shelter = Cihekî ewle yê mayînê
guide-need-asylum-legal-aid = Şêwirdariya hiqûqî li ser penaberiyê û belgeyên we
guide-need-labour-rights = Alîkarî li ser kar, heqdest û şert û mercên kar
guide-need-missing-persons = Alîkarî ji bo dîtina malbata we

## Nîşeyên ku bi encamê re têne nîşandan

# 112 li Ewropayê hejmara telefonê ya awarte ye. Hejmarê wekî xwe bihêlin.
guide-note-emergency-now = Niha alîkarî bixwazin. Li Ewropayê, ji bo polîs, ambulans an agirkujan li 112 bigerin. Telefonkirin belaş e. Di gelek telefonên mobîl de, 112 li welatên din jî dixebite.
guide-note-when-safe = Dema ku hûn ewle bin, hûn dikarin vegerin û bersiva pirsên din bidin, da ku hûn hemû mafên ku dibe we biparêzin bibînin.
# 112 li Ewropayê hejmara telefonê ya awarte ye. Hejmarê wekî xwe bihêlin.
guide-note-emergency-if-needed = Heke hûn di her demekê de di xeterê de bin, li Ewropayê li 112 bigerin. Telefonkirin belaş e.
guide-note-both-together = Penaberî û parastina wekî qurbanê bazirganiya mirovan dikarin herdu di heman demê de li ser we derbasdar bin. Hûn dikarin herduyan bixwazin. Xwestina yekê mafê we yê ya din ji we nastîne.
guide-note-skipped = We hilbijart ku bersiva hin pirsan nedin. Ev ne pirsgirêk e. Dibe ku mafên girêdayî wan pirsan dîsa jî we biparêzin: hûn dikarin hemû gotarên mafan di vê sepanê de bixwînin.
guide-note-nothing-specific = Bersivên we nîşanî yek ji rewşên vê kontrolê nadin. Ev ne biryarek li ser we ye. Maf dîsa jî dikarin we biparêzin: gotarên mafan bixwînin, an bi rêxistineke pêbawer re biaxivin.
guide-note-clues = Ev encam îşaret in, ne biryar in. Tenê rayedar û dadgeh li ser dozekê biryar didin, û dibe ku mafên din jî we biparêzin. Ev agahiyên giştî ne, ne şîreta hiqûqî ne. Parêzerek an rêxistineke pêbawer dikare li hemû rewşa we binêre.

## Where the reader is
guide-country-question = Hûn niha li kîjan welatî ne? Wê demê Salama dikare xetên alîkariyê yên li wir nîşanî we bide.
guide-country-other = Welatekî din, an vê pirsê derbas bikin
guide-result-helplines-in = Xetên alîkariyê li { $country }
guide-result-no-helplines = Salama hê ji bo { $country } xetên alîkariyê tune ne.

## Keeping the result
guide-save-offer = Hûn dixwazin vê encamê di rojnivîska xwe ya şîfrekirî de bihêlin? Tenê encam tê hilanîn, ne bersivên we.
guide-save-yes = Erê, di rojnivîska min de bihêle
guide-save-no = Na, nehêle
guide-saved = Encam di rojnivîska we de hat hilanîn.
guide-save-no-diary = Hê rojnivîskeke we tune. Ji bo çêkirina wê, vê fermanê bixebitînin: salama diary init
guide-error-unfinished = Bersiv berî dawiya kontrolê disekinin. Bersiva pirsa din jî bidin: { $question }. Her pirs dikare bi prefer-not-to-say were bersivandin.

## Countries
guide-country-al = Albanya
guide-country-ch = Swîsre
guide-country-de = Almanya
guide-country-gb = Keyaniya Yekbûyî
guide-country-gr = Yewnanistan
guide-country-it = Îtalya
guide-country-ly = Lîbya
guide-country-mx = Meksîka
guide-country-rs = Sirbistan
guide-country-tr = Tirkiye
guide-country-us = Dewletên Yekbûyî yên Amerîkayê
