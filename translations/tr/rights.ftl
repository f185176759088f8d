# Machine-assisted draft: not yet reviewed by a native speaker.

# Haklar hakkındaki yazılar: Türkçe çeviri.
# Türkçeyi ikinci dil olarak okuyan kişiler için sade bir dil.
# Cümleleri kısa tutun. Hukuki terimlerin her açıklamasını koruyun.
# Bu, genel bir bilgidir; hukuki tavsiye değildir.

## Ortak

# Her hak yazısının en üstünde gösterilir.
rights-notice = Bu, genel bir bilgidir; hukuki tavsiye değildir. Yasalar ve uygulamalar her ülkede farklıdır ve her ülke her anlaşmaya katılmış değildir. Kendi durumunuzu bir avukata veya güvendiğiniz bir kuruluşa sorun.
rights-steps-heading = Neler yapabilirsiniz
rights-sources-heading = Hukuki dayanak
# $date, bir kişinin bu yazıyı en son kontrol ettiği tarihtir.
rights-reviewed = Son kontrol: { $date }
# $instrument bir yasanın veya antlaşmanın adıdır (aşağıdaki rights-instrument- mesajlarına bakın). $article, 33(1) gibi bir madde numarasıdır.
rights-source-article = { $instrument }, madde { $article }
# $instrument bir rehber belgenin adıdır. $paragraph bir paragraf numarasıdır, örneğin 31.
rights-source-paragraph = { $instrument }, paragraf { $paragraph }

## Yasaların ve antlaşmaların adları
## Her belgenin kendi dilinizdeki resmî adını kullanın (varsa).

rights-instrument-refugee-convention = Mültecilerin Hukuki Durumuna İlişkin 1951 Sözleşmesi
rights-instrument-cat = Birleşmiş Milletler İşkenceye Karşı Sözleşme
rights-instrument-echr = Avrupa İnsan Hakları Sözleşmesi
rights-instrument-eu-charter = Avrupa Birliği Temel Haklar Şartı
rights-instrument-udhr = İnsan Hakları Evrensel Beyannamesi
rights-instrument-smuggling-protocol = Birleşmiş Milletler Göçmen Kaçakçılığına Karşı Protokol
rights-instrument-trafficking-protocol = Birleşmiş Milletler İnsan Ticaretine Karşı Protokol
rights-instrument-coe-trafficking-convention = İnsan Ticaretine Karşı Eyleme İlişkin Avrupa Konseyi Sözleşmesi
rights-instrument-eu-anti-trafficking-directive = AB İnsan Ticaretiyle Mücadele Direktifi (2011/36/AB)
rights-instrument-eu-procedures-regulation = AB Sığınma Prosedürü Tüzüğü (2024/1348)
rights-instrument-crc = Birleşmiş Milletler Çocuk Haklarına Dair Sözleşme
rights-instrument-eu-procedures-directive = AB Sığınma Prosedürleri Direktifi (2013/32/AB, 12 Haziran 2026'da yeni kurallarla değiştirildi)
rights-instrument-unhcr-gip-7 = UNHCR Uluslararası Korumaya İlişkin Kılavuz İlkeler No. 7 (2006)
rights-instrument-unhcr-gip-14 = UNHCR Uluslararası Korumaya İlişkin Kılavuz İlkeler No. 14 (2024)
rights-instrument-unhcr-roundtable-2001 = Geri göndermeme ilkesi üzerine UNHCR uzmanlar yuvarlak masa toplantısı (2001): sonuçlar
rights-instrument-cat-gc-4 = BM İşkenceye Karşı Komite, Genel Yorum No. 4 (2017)
rights-instrument-crc-gc-6 = BM Çocuk Hakları Komitesi, Genel Yorum No. 6 (2005)
rights-instrument-cmw-crc-joint-gc = BM Göçmen İşçiler Komitesi ve Çocuk Hakları Komitesi, Ortak Genel Yorum No. 4 ve No. 23 (2017)
rights-instrument-un-report-a-79-213 = BM raporu A/79/213 (2024)
rights-instrument-osce-non-punishment = OSCE (AGİT) İnsan Ticaretiyle Mücadele Özel Temsilcisi: mağdurların cezalandırılmamasına ilişkin tavsiyeler (2013)
rights-instrument-ilo-forced-labour-indicators = Uluslararası Çalışma Örgütü (ILO) Zorla Çalıştırma Göstergeleri (2012)
rights-instrument-unodc-iom-smuggling-trafficking = UNODC ve IOM: göçmen kaçakçılığı ile insan ticareti arasındaki farklar
rights-instrument-unodc-module-definitions = UNODC üniversite ders modülü: insan ticareti ve göçmen kaçakçılığının hukuki tanımları
rights-instrument-unodc-module-trafficking = UNODC üniversite ders modülü: insan ticareti
rights-instrument-ecthr-vcl-an = Avrupa İnsan Hakları Mahkemesi, V.C.L. ve A.N. - Birleşik Krallık davası

## Sığınma

rights-asylum-title = Sığınma talep etme hakkı
rights-asylum-summary = Belgesiz gelmiş olsanız bile başka bir ülkeden koruma isteyebilirsiniz.

rights-asylum-right-heading = Koruma isteme hakkınız
rights-asylum-right-1 = Sığınma (iltica), bir ülkenin, kendi ülkesinde güvende olmayan birine verdiği korumadır. Zulüm karşısında herkesin sığınma talep etme hakkı vardır. Bu, istemek için bir haktır; sığınma alacağınıza dair bir söz değildir.
rights-asylum-right-2 = Mülteci, kendi ülkesinin dışında olan ve orada zulme uğramaktan korkmak için gerçek bir nedeni olan kişidir. Zulüm; ırkınız, dininiz, milliyetiniz, siyasi görüşünüz veya sosyal grubunuz nedeniyle ciddi zarar görmek demektir.
rights-asylum-right-3 = Avrupa Birliği'nde, AB Temel Haklar Şartı da sığınma hakkını güvence altına alır.

rights-asylum-papers-heading = Belgesiz geldiyseniz
rights-asylum-papers-1 = Mülteciler, bir ülkeye izinsiz girdikleri veya orada izinsiz kaldıkları için cezalandırılmamalıdır. Ceza, örneğin para cezası veya hapis demektir.
rights-asylum-papers-2 = Üç koşul vardır. Tehlikede olduğunuz yerden doğrudan geldiniz. Vakit kaybetmeden yetkililere başvuruyorsunuz. Bu şekilde girmeniz için geçerli bir neden gösterebiliyorsunuz.
# UNHCR, BM Mülteci Ajansı'dır. UNHCR adını koruyun.
rights-asylum-papers-3 = BM Mülteci Ajansı UNHCR, 2024'te bu konuda yol gösteren bir belge yayımladı. Bu üç koşulu karşılıyorsanız, sadece belgesiz girdiğiniz için gözaltına alınmamalısınız. Gözaltı, kapalı bir yerde tutulmak demektir. Bir kaçakçının yardımıyla girdiğiniz ya da kendi ailenizin bu şekilde girmesine yardım ettiğiniz için de cezalandırılmamalısınız.

rights-asylum-waiting-heading = Karar beklerken
rights-asylum-waiting-1 = Karar beklerken tehlikeye geri gönderilemezsiniz.
rights-asylum-waiting-2 = Avrupa Birliği'nde yetkililer size sığınma talep etme hakkınızı anlatmak zorundadır. Ayrıca süreleri, haklarınızı ve yükümlülüklerinizi, ücretsiz hukuki danışmanlığı nasıl alacağınızı da anlatmalıdırlar.

# Tırnak içindeki cümle, okuyucunun yetkililere söyleyeceği sözdür.
rights-asylum-step-1 = Polise veya sınır görevlilerine açıkça şunu söyleyin: “Sığınma talep etmek istiyorum.”
rights-asylum-step-2 = Yetkililere olabildiğince çabuk başvurun.
rights-asylum-step-3 = Dili iyi anlamıyorsanız tercüman isteyin.
rights-asylum-step-4 = Ücretsiz hukuki danışmanlık isteyin ya da bir avukata veya güvendiğiniz bir kuruluşa başvurun.
rights-asylum-step-5 = Başınıza gelenleri tarihleriyle birlikte yazın. Bu uygulamadaki kilitli günlüğü kullanabilirsiniz.

## Tehlikeye geri gönderme yasağı (non-refoulement)

rights-non-refoulement-title = Tehlikeye geri gönderilmeme
rights-non-refoulement-summary = Bir ülke sizi zulüm, işkence veya başka ciddi bir zarar göreceğiniz bir yere gönderemez.

rights-non-refoulement-what-heading = Non-refoulement (geri göndermeme) ne demek
# “Non-refoulement” birçok dilde kullanılan Fransızca bir hukuk terimidir. Terimi ve ardından gelen açıklamayı koruyun.
rights-non-refoulement-what-1 = “Non-refoulement” Fransızca bir hukuk terimidir. Türkçede “geri göndermeme ilkesi” denir. Bir ülkenin sizi ciddi tehlikede olacağınız bir yere geri göndermemesi gerektiği anlamına gelir.
rights-non-refoulement-what-2 = Mülteci Sözleşmesi'ne göre hiçbir mülteci, hayatının veya özgürlüğünün tehdit altında olduğu bir yere hiçbir şekilde geri gönderilemez. Bu, kişinin kim olduğu veya neye inandığı nedeniyle gelen tehditleri kapsar.
rights-non-refoulement-what-3 = Bu kural sizi mülteci olarak tanınmadan önce bile korur. Sınırda geri çevrilmeyi veya başka bir ülke üzerinden tehlikeye gönderilmeyi de kapsar.

rights-non-refoulement-torture-heading = İşkenceye asla
rights-non-refoulement-torture-1 = Birleşmiş Milletler İşkenceye Karşı Sözleşme, sadece mültecileri değil, herkesi korur. Bir kişinin bir ülkede işkence göreceğine inanmak için güçlü nedenler varsa, o kişi o ülkeye gönderilemez.
rights-non-refoulement-torture-2 = Bu kuralın hiçbir istisnası yoktur; suç işlemiş veya tehlikeli görülen kişiler için bile. Geri itmeler de bu kurala dahildir: görevlilerin insanları sınırda veya denizde zorla geri itmesi.

rights-non-refoulement-europe-heading = Avrupa'da
rights-non-refoulement-europe-1 = Avrupa'da Avrupa İnsan Hakları Sözleşmesi de herkesi korur. Hiç kimse, gerçek bir işkence veya insanlık dışı ya da onur kırıcı muamele riski olan bir yere gönderilemez. Bu, çok zalimce veya aşağılayıcı muamele demektir. Hiçbir istisnası yoktur.
rights-non-refoulement-europe-2 = Avrupa Birliği'nde AB Temel Haklar Şartı toplu sınır dışı etmeyi yasaklar. Bu, her kişinin durumuna ayrı ayrı bakmadan bir grup insanı göndermek demektir.

rights-non-refoulement-limits-heading = Bilmeniz gereken sınırlar
rights-non-refoulement-limits-1 = Mülteci Sözleşmesi'nde dar bir istisna vardır. Bu istisna, ülkenin güvenliği için tehlike oluşturan kişiler içindir. Ayrıca özellikle ağır bir suçtan mahkûm olmuş ve topluma tehlike oluşturan kişiler içindir.
rights-non-refoulement-limits-2 = Bu durumda bile insanları işkenceye gönderme yasağı geçerlidir. Her risk tek tek incelenir; bu yüzden karşılaştığınız tehlike hakkında yetkililere her şeyi anlatın.

rights-non-refoulement-step-1 = Yetkililere geri dönmekten korktuğunuzu ve nedenini açıkça söyleyin. Sığınma talep etmek istediğinizi söyleyin.
rights-non-refoulement-step-2 = Tercüman ve avukat isteyin.
rights-non-refoulement-step-3 = Anlamadığınız kâğıtları imzalamayın.
# 112, Avrupa'daki acil durum numarasıdır. Numarayı olduğu gibi bırakın.
rights-non-refoulement-step-4 = Avrupa'da şu anda tehlikedeyseniz 112'yi arayın.

## Kaçakçılarla geldiğiniz için suçlu değilsiniz

rights-smuggled-not-criminal-title = Kaçakçılarla geldiğiniz için suçlu değilsiniz
rights-smuggled-not-criminal-summary = BM Göçmen Kaçakçılığına Karşı Protokol'e göre, sadece kaçakçılarla geldiğiniz için yargılanmamalısınız.

rights-smuggled-not-criminal-what-heading = Yasa ne diyor
rights-smuggled-not-criminal-what-1 = Göçmen kaçakçılığı, birinin para veya başka bir çıkar karşılığında sınırı yasa dışı yoldan geçmenize yardım etmesidir. Suçu işleyen kaçakçıdır.
rights-smuggled-not-criminal-what-2 = BM Göçmen Kaçakçılığına Karşı Protokol, sadece kaçakçılarla geldiğiniz için bu Protokol'e göre yargılanamayacağınızı söyler. Yargılanmak, mahkemede bir suçla suçlanmak demektir.
rights-smuggled-not-criminal-what-3 = Protokol, diğer haklarınızın hiçbirini elinizden almaz. Buna mülteci olarak haklarınız ve tehlikeye geri gönderilmeye karşı korumanız da dahildir. Kaçakçılarla geldiğiniz için size daha kötü davranılmamalıdır.

rights-smuggled-not-criminal-safety-heading = Güvenliğiniz
rights-smuggled-not-criminal-safety-1 = Ülkeler hayatınızı korumak ve sizi işkenceden, zalimce muameleden ve şiddetten korumak için önlem almalıdır. Hayatınız veya güvenliğiniz tehlikedeyse size yardım etmelidirler.
rights-smuggled-not-criminal-safety-2 = Kadınların ve çocukların özel ihtiyaçlarına dikkat etmelidirler. Gözaltına alınırsanız, konsolosluğunuzla iletişim kurabileceğiniz size hemen bildirilmelidir. Konsolosluk, kendi ülkenizin hükümetinin yurt dışındaki bir bürosudur.

rights-smuggled-not-criminal-limits-heading = Bunun kapsamadığı durumlar
rights-smuggled-not-criminal-limits-1 = Başka suçlar için yine de yargılanabilirsiniz; örneğin başka insanların kaçakçılığına yardım ettiyseniz.
rights-smuggled-not-criminal-limits-2 = Ülke, göç kurallarını yine de uygulayabilir; örneğin kalıp kalamayacağınıza karar vermek için. Ama insanları tehlikeye geri göndermeyi yasaklayan kurallar yine de geçerlidir.

rights-smuggled-not-criminal-step-1 = Avrupa'da şu anda tehlikedeyseniz, örneğin denizdeyseniz, 112'yi arayın.
rights-smuggled-not-criminal-step-2 = Ülkenize geri dönmekten korkuyorsanız, sığınma talep etmek istediğinizi söyleyin.
rights-smuggled-not-criminal-step-3 = Tercüman ve avukat isteyin.
rights-smuggled-not-criminal-step-4 = Gözaltına alınırsanız, konsolosluğunuzla iletişim imkânı size bildirilmelidir. Konsoloslukla iletişim kurmak zorunda değilsiniz; örneğin hükümetinizden korkuyorsanız.
rights-smuggled-not-criminal-step-5 = Kaçakçı belgelerinizi alırsa, ona daha fazla borcunuz olduğunu söylerse veya sizi çalışmaya zorlarsa, bu insan ticareti olabilir. Güvendiğiniz bir kuruluştan yardım isteyin.

## Size zorla yaptırılanlar için cezalandırılmamak (cezalandırılmama ilkesi)

rights-non-punishment-title = Size zorla yaptırılanlar için cezalandırılmamak
rights-non-punishment-summary = İnsan ticareti mağduruysanız ve yasaları çiğnemeye zorlandıysanız, yetkililer sizi cezalandırmamaya karar verebilir.

rights-non-punishment-what-heading = Cezalandırılmama ilkesi ne demek
rights-non-punishment-what-1 = İnsan ticareti, birilerinin sizi kontrol etmek ve sömürmek için güç, tehdit veya yalan kullanmasıdır. Sömürmek, sizi kâr için kullanmak demektir; örneğin zorla çalıştırma veya cinsel sömürü yoluyla.
rights-non-punishment-what-2 = İnsan tacirleri bazen mağdurları yasaları çiğnemeye zorlar. Örneğin sahte belge kullandırırlar, kenevir yetiştirtirler veya çocuklara hırsızlık yaptırırlar. Cezalandırılmama, mağdurların işlemeye zorlandıkları suçlar için cezalandırılmaması gerektiği anlamına gelir.

rights-non-punishment-europe-heading = Avrupa'da yasa ne diyor
rights-non-punishment-europe-1 = Avrupa'da, Avrupa Konseyi'nin insan ticaretine karşı sözleşmesine katılan ülkeler, mağdurları yapmaya zorlandıkları yasa dışı eylemler için cezalandırmama imkânı sağlamak zorundadır. Bu yalnızca bir imkândır. Mağdurları cezadan kendiliğinden korumaz.
rights-non-punishment-europe-2 = Avrupa Birliği'nde yetkililer, mağdurları yargılamamaya veya cezalandırmamaya karar verebilmelidir. Bu, insan ticaretinin doğrudan sonucu olarak işlemeye zorlandıkları suçlar için geçerlidir. Danimarka'da uygulanmaz.
rights-non-punishment-europe-3 = Avrupa İnsan Hakları Mahkemesi, Birleşik Krallık'ın Avrupa İnsan Hakları Sözleşmesi'ni ihlal ettiğine karar verdi. Birleşik Krallık, insan ticareti mağduru iki çocuğu uyuşturucu suçlarından yargılamıştı.

rights-non-punishment-limits-heading = Otomatik değildir
rights-non-punishment-limits-1 = Bu koruma otomatik değildir ve her suçu kapsamaz. Yetkililer her durumu ayrı ayrı değerlendirir.
# OSCE: Avrupa Güvenlik ve İşbirliği Teşkilatı (Türkçe kısaltması AGİT). OSCE kısaltmasını koruyun.
rights-non-punishment-limits-2 = Uluslararası bir kuruluş olan OSCE (AGİT), ülkelere tavsiyelerde bulunur. Zorlandığınıza dair işaretler varsa, bu eylemler için yargılanmamalı veya gözaltına alınmamalısınız. Bu eylemler yüzünden kalma hakkınızı da kaybetmemelisiniz. Bu tavsiye bağlayıcı bir yasa değildir.

rights-non-punishment-step-1 = Bunları yapmaya zorlandığınızı avukatınıza olabildiğince erken söyleyin.
rights-non-punishment-step-2 = Yetkililerden, insan ticareti mağduru olup olmadığınızı incelemelerini isteyin.
rights-non-punishment-step-3 = Hikâyenizin doğru anlaşılması için tercüman isteyin.
rights-non-punishment-step-4 = Ne olduğunu, sizi kimin zorladığını ve ne zaman olduğunu yazın. Bu uygulamadaki kilitli günlüğü kullanabilirsiniz.
rights-non-punishment-step-5 = İnsan ticareti mağdurlarına yardım eden, güvendiğiniz bir kuruluşa başvurun.

## Göçmen kaçakçılığı mı, insan ticareti mi?

rights-smuggling-or-trafficking-title = Göçmen kaçakçılığı mı, insan ticareti mi?
rights-smuggling-or-trafficking-summary = Göçmen kaçakçılığı ile insan ticareti arasındaki fark ve kaçakçılığın insan ticaretine dönüştüğünü gösteren uyarı işaretleri.

rights-smuggling-or-trafficking-difference-heading = Fark nedir?
rights-smuggling-or-trafficking-difference-1 = Göçmen kaçakçılığı: Yolculuğu kabul edersiniz ve sizi sınırdan geçirmesi için birine para ödersiniz. Genellikle vardığınızda biter. Ülkenin sınır kurallarına karşı işlenen bir suçtur.
rights-smuggling-or-trafficking-difference-2 = İnsan ticareti: Biri sizi kontrol etmek ve sömürmek için güç, tehdit, yalan veya zor durumunuzu kullanır. Sömürmek, sizi kâr için kullanmak demektir; örneğin zorla çalıştırma, cinsel sömürü veya organ alma yoluyla. Tek bir ülkenin içinde de olabilir. Size karşı işlenen bir suçtur.
rights-smuggling-or-trafficking-difference-3 = Başta kabul etmiş olsanız bile yine de insan ticareti olabilir. Güç, tehdit veya yalan kullanıldıysa ya da durumunuz istismar edildiyse, kabul etmiş olmanız geçersizdir.

rights-smuggling-or-trafficking-signs-heading = Kaçakçılık insan ticaretine dönüştüğünde
rights-smuggling-or-trafficking-signs-1 = Kaçakçılarla yapılan bir yolculuk insan ticaretine dönüşebilir. Kaçakçılarla yolculuk eden insanlar büyük risk altındadır.
rights-smuggling-or-trafficking-signs-2 = Uyarı işaretleri: Sürekli büyüyen bir borcunuz var ve onu ödemek için çalışmak zorundasınız. Biri pasaportunuzu veya kimliğinizi elinde tutuyor. Gitmekte özgür değilsiniz ya da kilit altında tutuluyorsunuz.
rights-smuggling-or-trafficking-signs-3 = Diğer işaretler: Çok az ücretle veya hiç ücret almadan çalışıyorsunuz. Siz veya aileniz tehdit ediliyor ya da zarar görüyor. Kaçırılmak ya da aileniz daha fazla para ödeyene kadar alıkonulmak da ciddi bir uyarı işaretidir.
# Uluslararası Çalışma Örgütü (ILO), bir BM kuruluşudur.
rights-smuggling-or-trafficking-signs-4 = Uluslararası Çalışma Örgütü, zorla çalıştırmayı fark etmek için bu işaretlerin çoğunu kullanır. Tek bir işaret yeterli olabilir. İşaretler kanıt değil, ipucudur.

rights-smuggling-or-trafficking-why-heading = Neden önemli
rights-smuggling-or-trafficking-why-1 = 18 yaşından küçük çocuklar için güç, tehdit veya yalan olmasa bile insan ticareti söz konusu olabilir.
rights-smuggling-or-trafficking-why-2 = İnsan ticareti mağdurlarının korunma ve yardım için ek hakları vardır. Kaçakçılarla gelen insanların da hakları vardır.

rights-smuggling-or-trafficking-step-1 = Avrupa'da kilit altındaysanız veya şu anda tehlikedeyseniz 112'yi arayın.
rights-smuggling-or-trafficking-step-2 = Yapabiliyorsanız pasaportunuzun veya kimliğinizin bir fotoğrafını bu uygulamadaki kilitli günlükte saklayın.
rights-smuggling-or-trafficking-step-3 = Ne kadar ödediğinizi, ne kadar borcunuz olduğunu söylediklerini ve belgelerinizin kimde olduğunu yazın.
rights-smuggling-or-trafficking-step-4 = İnsan ticareti mağdurlarına yardım eden bir kuruluşla konuşun. Durumunuzu anlamanıza yardım edebilirler.

## İnsan ticareti mağdurlarının korunması

rights-trafficking-protection-title = İnsan ticareti mağdurlarının korunması
rights-trafficking-protection-summary = İnsan ticareti mağdurlarının nasıl tespit edildiği, alabilecekleri yardım ve hakları.

rights-trafficking-protection-identification-heading = Mağdur olarak tespit edilmek
rights-trafficking-protection-identification-1 = Tespit, eğitimli personelin insan ticareti mağduru olup olmadığınızı incelemesi demektir. Avrupa'da makul gerekçeler varsa, inceleme bitene kadar gönderilemezsiniz. Makul gerekçeler, henüz hiçbir şey kanıtlanmamış olsa bile gerçek işaretler demektir. Bu sırada yardım almalısınız.
rights-trafficking-protection-identification-2 = Avrupa'da bundan sonra iyileşmek ve düşünmek için en az 30 gün süreniz olur. Ülkede kalabilirsiniz, sınır dışı edilemezsiniz ve yardım alırsınız. Polisle iş birliği yapıp yapmamaya özgürce karar verebilirsiniz.
rights-trafficking-protection-identification-3 = Bir ülke bu süreyi kamu düzeni gerekçesiyle vermeyebilir. Bir kişi haksız yere mağdur olduğunu iddia ederse de vermeyebilir.

rights-trafficking-protection-help-heading = Koşulsuz yardım
rights-trafficking-protection-help-1 = Avrupa'da en azından güvenli bir barınak, geçiminiz için destek ve acil sağlık bakımı almalısınız. Ayrıca psikolojik destek, tercüman ve haklarınız hakkında bilgi almalısınız. Çocuklar okula gidebilmelidir.
rights-trafficking-protection-help-2 = Avrupa'da bu yardım, polisle iş birliği yapmanıza veya tanık olmanıza bağlı değildir. Yardımı kabul etmeniz ve yardımın ne olduğunun size anlatılması gerekir.
rights-trafficking-protection-help-3 = Dünya genelinde BM İnsan Ticaretine Karşı Protokol, ülkelerden benzer bir yardımı değerlendirmelerini ister.

rights-trafficking-protection-stay-heading = Ülkede kalmak
rights-trafficking-protection-stay-1 = Avrupa'da yenilenebilen bir oturma izni alabilirsiniz. Bu, ülkede yaşamanıza izin veren bir belgedir. Her ülke bu izni kişisel durumunuz, polise yardımınız veya her ikisi nedeniyle verir.
rights-trafficking-protection-stay-2 = Bu izin, sığınma talep etmenize engel değildir. Dünya genelinde BM Protokolü, ülkelerden mağdurların kalmasına izin vermeyi değerlendirmelerini ister.

rights-trafficking-protection-justice-heading = Tazminat ve eve dönüş
rights-trafficking-protection-justice-1 = Tazminat, size verilen zarar için ödenen paradır. BM Protokolü, mağdurların tazminat alabilmesi için bir yol olması gerektiğini söyler. Avrupa'da insan tacirlerinden tazminat alma hakkınız vardır ve ülkeler bu hakkı güvence altına almaya yardım etmelidir.
rights-trafficking-protection-justice-2 = Avrupa'da ayrıca hukuki yardım ve ücretsiz adli yardım hakkınız vardır. Koşulları her ülkenin kendi kuralları belirler.
rights-trafficking-protection-justice-3 = Eve dönerseniz, dönüşünüz güvenli olmalı ve onurunuza saygı göstermelidir. Mümkün olduğunda bu sizin kendi seçiminiz olmalıdır. Avrupa'da size, orada yardım edebilecek kuruluşların iletişim bilgileri verilmelidir.

rights-trafficking-protection-step-1 = Polise, bir sosyal hizmet görevlisine veya insan ticaretiyle mücadele eden bir kuruluşa mağdur olabileceğinizi söyleyin.
rights-trafficking-protection-step-2 = İyileşmek ve düşünmek için süre ve kalacak güvenli bir yer isteyin.
rights-trafficking-protection-step-3 = Tercüman ve ücretsiz adli yardım isteyin.
rights-trafficking-protection-step-4 = Polisle iş birliği yapıp yapmayacağınıza karar vermek için zaman ayırabilirsiniz.
rights-trafficking-protection-step-5 = Avrupa'da şu anda tehlikedeyseniz 112'yi arayın.

## Sığınma ve insan ticareti: iki hak grubu birden

rights-asylum-and-trafficking-title = Sığınma ve insan ticaretine karşı koruma: ikisi birden mümkün
rights-asylum-and-trafficking-summary = Aynı anda hem sığınma talep edebilir hem de insan ticareti mağduru olarak koruma alabilirsiniz.

rights-asylum-and-trafficking-both-heading = Seçmek zorunda değilsiniz
rights-asylum-and-trafficking-both-1 = Aynı anda hem insan ticareti mağduru hem de mülteci olabilirsiniz. İki hak grubu da sizin için geçerlidir. Birini seçmek zorunda değilsiniz.
rights-asylum-and-trafficking-both-2 = BM İnsan Ticaretine Karşı Protokol, mülteci olarak haklarınızı azaltmaz. Buna tehlikeye geri gönderilmeye karşı korumanız da dahildir.
rights-asylum-and-trafficking-both-3 = Avrupa'da insan ticareti mağdurlarına verilen oturma izni, sığınma talep etme hakkınızı etkilemez.

rights-asylum-and-trafficking-refugee-heading = İnsan ticareti mağduru mülteci olduğunda
rights-asylum-and-trafficking-refugee-1 = BM Mülteci Ajansı UNHCR, insan ticaretine maruz kalmış kişilerin mülteci olabileceğini söyler. Geri döndüklerinde zulümden korkuyorlarsa durum böyledir. Örneğin yeniden insan ticaretine maruz kalmaktan veya insan tacirlerinin intikamından korkabilirler.
rights-asylum-and-trafficking-refugee-2 = Her insan ticareti mağduru mülteci değildir. Her durum ayrı olarak değerlendirilir.

rights-asylum-and-trafficking-step-1 = Sığınma yetkililerine insan ticaretine maruz kaldığınızı ve geri dönerseniz neyden korktuğunuzu söyleyin.
rights-asylum-and-trafficking-step-2 = İnsan ticareti mağduru olarak da tespit edilmeyi isteyin.
rights-asylum-and-trafficking-step-3 = İkisi için de bir avukattan veya güvendiğiniz bir kuruluştan yardım isteyin.
rights-asylum-and-trafficking-step-4 = Hikâyenizin tamamının anlaşılması için tercüman isteyin.

## Çocuklar

rights-children-title = Çocukların hakları
rights-children-summary = 18 yaşından küçükseniz, nereden gelirseniz gelin ve belgeleriniz ne olursa olsun ek korumanız vardır.

rights-children-interests-heading = Önce sizin üstün yararınız gelir
rights-children-interests-1 = 18 yaşından küçükseniz çocuksunuz. BM uzmanları, belgeleriniz ne olursa olsun çocuk olarak korunmanız gerektiğini söyler.
rights-children-interests-2 = Sizinle ilgili her kararda, üstün yararınız en önemli şeylerden biri olmalıdır. Bu, güvenliğiniz, sağlığınız ve geleceğiniz için en iyi olan şey demektir. Bir BM raporu, göç kurallarının bunun önüne geçemeyeceğini söyler.
rights-children-interests-3 = Mülteciyseniz veya sığınma talep ediyorsanız, korunma ve yardım hakkınız vardır. Ailenizi bulmak için de yardım alabilirsiniz.

rights-children-guardian-heading = Vasi
rights-children-guardian-1 = Yalnızsanız, yanınızda anne babanız veya size bakan başka bir yetişkin yoksa, bir vasiniz olmalıdır. Vasi, çıkarlarınızı koruyan ve karar vermenize yardım eden bir yetişkindir.
rights-children-guardian-2 = Avrupa Birliği'nde yalnız olan, insan ticareti mağduru çocuklara bir vasi verilmelidir.

rights-children-age-heading = Yaşınızdan şüphe edilirse
rights-children-age-1 = Yetkililer yaşınızdan şüphe ederse, BM'nin çocuk hakları uzmanları incelemenin nasıl yapılması gerektiğini söyler. İnceleme sadece görünüşünüze değil, ne kadar olgun olduğunuza da bakmalıdır. Güvenli, adil ve çocuklara uygun olmalıdır.
# “Şüpheden yararlanma”: durum belirsizse karar çocuğun lehine verilir.
rights-children-age-2 = Şüphe hâlâ sürüyorsa, şüpheden yararlanmalısınız. Bu, çocuk olma ihtimaliniz varsa size çocuk gibi davranılması demektir.
rights-children-age-3 = Avrupa'da aynı kural, insan ticareti mağduru olabilecek kişiler için de geçerlidir. Çocuk olma ihtimaliniz varsa, yaşınız incelenene kadar size çocuk gibi davranılır.

rights-children-trafficking-heading = Çocuk ticareti
rights-children-trafficking-1 = Çocuklar için yasa daha katıdır. Biri bir çocuğu sömürmek amacıyla bulup ayarlar, bir yerden bir yere taşır, saklar veya teslim alırsa, bu insan ticaretidir. Güç, tehdit veya yalan gerekmez. Bir çocuk, sömürülmeyi kabul edemez.

rights-children-step-1 = 18 yaşından küçükseniz bunu açıkça söyleyin.
rights-children-step-2 = Yalnızsanız bir vasi isteyin.
rights-children-step-3 = İsterseniz ailenizi bulmak için yardım isteyin.
rights-children-step-4 = Avrupa'da şu anda tehlikedeyseniz 112'yi arayın.

## Gözaltındaysanız

rights-detention-title = Gözaltındaysanız
rights-detention-summary = Polis sizi tutuyorsa veya kapalı bir merkezde tutuluyorsanız haklarınız.

rights-detention-asylum-heading = Yine de sığınma talep edebilirsiniz
rights-detention-asylum-1 = Gözaltı, kapalı bir yerde, ayrılma özgürlüğü olmadan tutulmak demektir. Gözaltında olsanız bile sığınma talep edebilirsiniz.
rights-detention-asylum-2 = Mülteciler belgesiz girdikleri için cezalandırılmamalıdır. Bunun için doğrudan tehlikeden gelmiş olmaları, yetkililere hızla başvurmaları ve geçerli bir nedenlerinin olması gerekir. Dolaşım özgürlükleri ancak gerekliyse kısıtlanabilir. UNHCR, bu koşulları karşılayan kişilerin sadece belgesiz girdikleri için gözaltına alınmaması gerektiğini söyler.
rights-detention-asylum-3 = Sığınma başvurunuz hakkında karar verilirken tehlikeye geri gönderilemezsiniz. Avrupa'da insan ticareti mağduru olabilirseniz, bu incelenene kadar gönderilemezsiniz.

rights-detention-help-heading = Tercüman ve avukat
rights-detention-help-1 = Avrupa Birliği'nde yetkililer size sığınma talep etme hakkınızı anlatmak zorundadır. Ayrıca süreleri, haklarınızı ve yükümlülüklerinizi, ücretsiz hukuki danışmanlığı nasıl alacağınızı da anlatmalıdırlar.
rights-detention-help-2 = Avrupa'da insan ticareti mağdurlarının tercüman ve hukuki yardım hakkı vardır. Diğer herkes için tercümanla ilgili kurallar her ülkede farklıdır. Anlamıyorsanız tercüman isteyin.

rights-detention-contact-heading = Konsolosluğunuz ve UNHCR
rights-detention-contact-1 = Konsolosluk, kendi ülkenizin hükümetinin yurt dışındaki bir bürosudur. Kaçakçılarla geldiyseniz ve gözaltındaysanız, konsolosluğunuzla iletişim kurabileceğiniz size hemen bildirilmelidir.
rights-detention-contact-2 = Bu kural BM Göçmen Kaçakçılığına Karşı Protokol'den gelir. Protokol, konsolosluğunuzla iletişim kurmak zorunda olduğunuzu söylemez. Kendi hükümetinizden korkuyorsanız bu iletişimi istemeyebilirsiniz. Önce bir avukata danışın.
rights-detention-contact-3 = UNHCR, BM Mülteci Ajansı'dır. Avrupa Birliği'nde eski sığınma kuralları, sığınma talep eden kişilerin UNHCR ile ve hukuki yardım veren kuruluşlarla iletişim kurmasına izin veriyordu. 12 Haziran 2026'dan beri yeni kurallar uygulanıyor. Bu kurallara göre, ücretsiz hukuki danışmanlığı nasıl alacağınız size anlatılmalıdır.

rights-detention-step-1 = Geri dönmekten korkuyorsanız, sığınma talep etmek istediğinizi açıkça söyleyin.
rights-detention-step-2 = Tercüman isteyin.
rights-detention-step-3 = Avukat veya ücretsiz hukuki danışmanlık isteyin.
rights-detention-step-4 = Anlamadığınız kâğıtları imzalamayın.
rights-detention-step-5 = UNHCR ile veya güvendiğiniz bir kuruluşla iletişim kurmak istediğinizi söyleyin.
rights-detention-step-6 = Konsolosluğunuzla iletişim kurmak isteyip istemediğinize kendiniz karar verin. Bunu yapmak zorunda değilsiniz.
