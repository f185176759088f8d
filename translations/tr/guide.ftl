# Machine-assisted draft: not yet reviewed by a native speaker.

### Durum kontrolü: okuyucunun başına gelenlerle ilgili sorular ve onun için
### geçerli olabilecekler.
### Sorular hukuki kategorileri değil, günlük hayattaki durumları anlatır: öyle kalsınlar.
### Sonuçlar karar değil, ipucudur. Okuyucunun “mağdur olmadığını”, “mülteci olmadığını”
### ya da bir şeyin onun için “geçerli olmadığını” asla yazmayın.

## Ekranlar

guide-title = Durumunuzu kontrol edin
guide-intro = Başınıza gelenlerle ilgili birkaç kısa soruyu cevaplayın. Sonra Salama, sizi koruyabilecek hakları ve isteyebileceğiniz yardım türlerini gösterir. Her soruya “Emin değilim” veya “Söylemek istemiyorum” diye cevap verebilirsiniz.
guide-privacy = Cevaplarınız kaydedilmez. Sadece siz cevap verirken bu uygulamanın belleğinde kalır ve kontrolü kapattığınızda silinir.
guide-result-title = Sizin için geçerli olabilecekler
guide-result-articles = Sizin için geçerli olabilecek haklarınız, en acil olanlar başta
guide-result-needs = İsteyebileceğiniz yardımlar
guide-result-notes = Önemli
# $number, şimdiye kadar cevaplanan soruların sayısı artı bu sorudur. $total, cevaplara bağlı olarak en fazla kaç soru olabileceğidir.
guide-progress = Soru { $number } (en fazla { $total } soru)

## Cevaplar

guide-answer-yes = Evet
guide-answer-no = Hayır
guide-answer-not-sure = Emin değilim
guide-answer-prefer-not-to-say = Söylemek istemiyorum

## Sorular
## Her sorunun bir ipucu olabilir: sorunun altında gösterilen örnekler veya bir açıklama.

guide-question-danger = Şu anda tehlikede misiniz?
guide-question-danger-hint = Örneğin biri size zarar veriyor veya zarar vermekle tehdit ediyor, bir yere kilitlendiniz ya da denizde veya susuz bir yerde kayboldunuz.
guide-question-fear-return = Ülkenize geri gönderilirseniz ciddi bir zarar görmekten korkar mısınız?
guide-question-fear-return-hint = Örneğin savaş veya şiddet yüzünden, kim olduğunuz veya neye inandığınız yüzünden ya da size zarar vermek isteyen insanlar yüzünden.
guide-question-crossed-border = Bir sınırı vize olmadan ya da sınır kontrolünden geçmeden geçtiniz mi?
guide-question-crossed-border-hint = Örneğin tarlalardan veya dağlardan yürüyerek, bir aracın içinde saklanarak ya da tekneyle.
guide-question-paid-crossing = Bir sınırı geçmenize yardım etmesi için birine para ödediniz mi, ya da sonra ödemeyi kabul ettiniz mi?
guide-question-owe-money = Sizi buraya getiren kişilere veya yanında çalıştığınız kişilere borcunuz var mı?
guide-question-debt-control = Bu borcu nasıl ödeyeceğinize onlar mı karar veriyor? Örneğin kazandığınız parayı alıyorlar, yeni masraflar ekliyorlar ya da borcunuz hiç azalmıyor.
guide-question-documents-taken = Biri pasaportunuzu veya kimlik kartınızı aldı mı, ya da onu elinde tutup size geri vermiyor mu?
guide-question-work = Evinizden ayrıldığınızdan beri biri için çalıştınız mı, ya da size bir iş sözü verildi mi?
guide-question-work-hint = Ücretli ya da ücretsiz, her türlü iş sayılır: örneğin bir evde, bir çiftlikte, bir fabrikada, bir restoranda ya da para karşılığı seks yaparak.
guide-question-job-deception = İş, ücret veya çalışma koşulları size söz verilenden çok farklı mıydı?
guide-question-pay-withheld = Biri ücretinizi elinde tutuyor mu, ya da size hak ettiğinizden çok daha az mı ödüyor?
guide-question-conditions = Dinlenmeden çok uzun saatler çalışmak, ya da güvenli olmayan veya aşağılayıcı bir yerde yaşamak veya çalışmak zorunda mısınız?
guide-question-movement = Çalıştığınız veya kaldığınız yerden ayrılmanız, ya da ailenizle veya başka insanlarla iletişim kurmanız engelleniyor mu?
guide-question-vulnerability = Biri sizi kontrol etmek için durumunuzu kullanıyor mu?
guide-question-vulnerability-hint = Örneğin belgeniz olmadığı, dili bilmediğiniz ya da yemek veya yatacak bir yer için o kişiye muhtaç olduğunuz için.
guide-question-threats = Sizi buraya getiren kişiler veya yanında çalıştığınız kişiler sizi ya da ailenizi tehdit ediyor mu?
guide-question-threats-hint = Örneğin size veya ailenize zarar vereceklerini, sizi polise şikâyet edeceklerini ya da sizi sınır dışı ettireceklerini söylüyorlar.
guide-question-violence = Evinizden ayrıldığınızdan beri biri size vurdu mu, size zarar verdi mi, ya da sizi cinsel ilişkiye veya cinsel davranışlara zorladı mı?
guide-question-forced-crime = Yasalara aykırı bir şey yapmaya zorlandınız mı?
guide-question-forced-crime-hint = Örneğin uyuşturucu yetiştirmeye veya taşımaya, hırsızlık yapmaya, dilenmeye ya da sahte belge kullanmaya.
guide-question-under-18 = 18 yaşından küçük müsünüz?
guide-question-under-18-hint = Tam yaşınızı bilmiyorsanız “Emin değilim” cevabını verin.
guide-question-alone = Anne babanız olmadan, ve size bakan ailenizden başka bir yetişkin de olmadan mı yolculuk ediyorsunuz veya yaşıyorsunuz?
guide-question-detained = Şu anda polis tarafından veya kapalı bir yerde tutuluyor musunuz, ya da gözaltına alındınız mı?
guide-question-detained-hint = Örneğin bir karakolda, bir cezaevinde ya da göçmenler için kapalı bir merkezde.

## Bir yazı neden geçerli olabilir
## Bir kuralın gösterdiği her yazı için bir veya iki cümle. “Olabilir”: bunlar karar değil, ipucudur.

guide-why-child-alone-children = 18 yaşından küçük olabilirsiniz ve yanınızda ailenizden bir yetişkin olmayabilir. Yalnız olan çocukların bir vasi, ek koruma ve ailelerini bulmak için yardım alma hakkı vardır.
guide-why-child-children = 18 yaşından küçük olabilirsiniz. Çocukların, belgeleri ne olursa olsun ek koruması vardır ve önce onların üstün yararı gelmelidir.
guide-why-detained-detention = Tutuluyor veya gözaltına alınmış olabilirsiniz. Yine de haklarınız var: sığınma talep edebilir, tercüman ve avukat isteyebilirsiniz.
guide-why-child-trafficking-trafficking-protection = 18 yaşından küçük olabilirsiniz ve bazı cevaplarınız sömürünün uyarı işaretleridir. Çocuklar için güç veya yalan olmasa bile bu insan ticareti olabilir ve olası bir mağdur olarak koruma alabilirsiniz.
guide-why-child-trafficking-smuggling-or-trafficking = Bazı cevaplarınız, yolculuğunuzun veya işinizin sömürüye dönüştüğünü gösteren uyarı işaretleridir. Çocuklar için güç, tehdit veya yalan olmasa bile bu insan ticareti olabilir.
guide-why-trafficking-trafficking-protection = Bazı cevaplarınız insan ticaretinin veya zorla çalıştırmanın uyarı işaretleridir. İnsan ticareti mağduru olup olmadığınızın incelenmesini isteyebilir ve yardım alabilirsiniz, hem de henüz hiçbir şey kanıtlanmadan önce.
guide-why-trafficking-asylum-and-trafficking = İnsan ticareti işaretleri olduğu için, aynı anda hem insan ticareti mağduru hem de mülteci olarak haklarınız olabilir. Seçmek zorunda değilsiniz.
guide-why-forced-crime-non-punishment = Yasaları çiğnemeye zorlanmış olabilirsiniz. Biri sizi zorladıysa, yetkililer size zorla yaptırılanlar için sizi cezalandırmamaya karar verebilir.
guide-why-exploited-rules-broken-non-punishment = Birinin sizi sömürdüğüne dair işaretler var. Bu yüzden bazı kuralları çiğnediyseniz, örneğin sınırlar, belgeler veya çalışma ile ilgili kuralları, yetkililer sizi cezalandırmamaya karar verebilir.
guide-why-smuggled-exploited-smuggling-or-trafficking = Bir sınırı geçmek için birine para ödemiş olabilirsiniz ve bazı cevaplarınız, göçmen kaçakçılığının insan ticaretine dönüştüğünü gösteren uyarı işaretleridir.
guide-why-fear-return-non-refoulement = Geri gönderilirseniz ciddi bir zarar görebilirsiniz. Bir ülke hiç kimseyi zulüm, işkence veya başka ciddi bir zarar göreceği bir yere gönderemez.
guide-why-fear-return-asylum = Geri dönmekten korkuyor olabilirsiniz. Sığınma talep etmek, bir ülkenin korumasına ihtiyacınız olup olmadığını incelemesinin yoludur; belgesiz gelmiş olsanız bile.
guide-why-smuggled-smuggled-not-criminal = Bir kaçakçının yardımıyla gelmiş olabilirsiniz. BM Göçmen Kaçakçılığına Karşı Protokol'e göre, sadece kaçakçılarla geldiğiniz için yargılanmamalısınız: suçu işleyen kaçakçıdır.

## Yardım türleri

guide-need-emergency = Hemen acil yardım: polis, ambulans veya itfaiye
guide-need-child-protection = Çocuklar için koruma ve destek
guide-need-trafficking = Sömürülen veya insan ticaretine maruz kalan kişiler için yardım
guide-need-gender-based-violence = Cinsel şiddet veya toplumsal cinsiyete dayalı şiddetten sonra yardım
guide-need-medical = Tıbbi bakım
guide-need-shelter = Kalacak güvenli bir yer
guide-need-asylum-legal-aid = Sığınma ve belgeleriniz hakkında hukuki danışmanlık
guide-need-labour-rights = İş, ücret ve çalışma koşullarıyla ilgili yardım
guide-need-missing-persons = Ailenizi bulmak için yardım

## Sonuçla birlikte gösterilen notlar

# 112, Avrupa'daki acil durum numarasıdır. Numarayı olduğu gibi bırakın.
guide-note-emergency-now = Hemen yardım isteyin. Avrupa'da polis, ambulans veya itfaiye için 112'yi arayın. Arama ücretsizdir. Birçok cep telefonunda 112 başka ülkelerde de çalışır.
guide-note-when-safe = Güvende olduğunuzda geri gelip diğer soruları cevaplayabilir ve sizi koruyabilecek tüm hakları görebilirsiniz.
# 112, Avrupa'daki acil durum numarasıdır. Numarayı olduğu gibi bırakın.
guide-note-emergency-if-needed = Herhangi bir anda tehlikede olursanız, Avrupa'da 112'yi arayın. Arama ücretsizdir.
guide-note-both-together = Sığınma ve insan ticareti mağduru olarak koruma, aynı anda sizin için geçerli olabilir. İkisini de isteyebilirsiniz. Birini istemek, diğerine olan hakkınızı elinizden almaz.
guide-note-skipped = Bazı soruları cevaplamamayı seçtiniz. Bunda bir sorun yok. Bu sorularla ilgili haklar sizi yine de koruyabilir: haklar kütüphanesindeki tüm yazıları okuyabilirsiniz.
guide-note-nothing-specific = Cevaplarınız bu kontroldeki durumlardan birine işaret etmiyor. Bu, sizinle ilgili bir karar değildir. Haklar sizi yine de koruyabilir: haklar kütüphanesini okuyun ya da güvendiğiniz bir kuruluşla konuşun.
guide-note-clues = Bu sonuçlar karar değil, ipucudur. Bir durum hakkında sadece yetkililer ve mahkemeler karar verir; başka haklar da sizi koruyabilir. Bu, genel bir bilgidir; hukuki tavsiye değildir. Bir avukat veya güvendiğiniz bir kuruluş durumunuzun tamamına bakabilir.

## Where the reader is
guide-country-question = Şu anda hangi ülkedesiniz? O zaman Salama size oradaki yardım hatlarını gösterebilir.
guide-country-other = Başka bir ülke ya da bu soruyu geç
guide-result-helplines-in = Yardım hatları: { $country }
guide-result-no-helplines = Salama'da henüz bu ülke için yardım hattı yok: { $country }.

## Keeping the result
guide-save-offer = Bu sonucu şifreli günlüğünüzde saklamak ister misiniz? Cevaplarınız değil, yalnızca sonuç saklanır.
guide-save-yes = Evet, günlüğümde sakla
guide-save-no = Hayır, saklama
guide-saved = Sonuç günlüğünüze kaydedildi.
guide-save-no-diary = Henüz bir günlüğünüz yok. Bir günlük oluşturmak için şunu çalıştırın: salama diary init
guide-error-unfinished = Cevaplar kontrolün sonundan önce bitiyor. Sıradaki soruya da bir cevap ekleyin: { $question }. Her soru prefer-not-to-say ile cevaplanabilir.

## Countries
guide-country-al = Arnavutluk
guide-country-ch = İsviçre
guide-country-de = Almanya
guide-country-gb = Birleşik Krallık
guide-country-gr = Yunanistan
guide-country-it = İtalya
guide-country-ly = Libya
guide-country-mx = Meksika
guide-country-rs = Sırbistan
guide-country-tr = Türkiye
guide-country-us = Amerika Birleşik Devletleri
