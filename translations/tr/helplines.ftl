# Machine-assisted draft: not yet reviewed by a native speaker.

### Yardım hattı rehberi: her yardım hattının ne için olduğu, ona nasıl ulaşılacağı, ne zaman
### açık olduğu ve rehberin güncellenmesi.
### Numaraları ve kuruluşların adlarını olduğu gibi bırakın. Hemen yardıma ihtiyacı olan
### biri için yazın: kısa, sade cümleler.

## Bir yardım hattının yardım ettiği konular

helplines-need-emergency = Acil durum (polis, ambulans, itfaiye)
helplines-need-trafficking = İnsan ticareti ve sömürü
helplines-need-asylum-legal-aid = Sığınma ve hukuki yardım
helplines-need-child-protection = Çocuklar
helplines-need-gender-based-violence = Kadına yönelik şiddet ve cinsel şiddet
helplines-need-medical = Tıbbi yardım
helplines-need-shelter = Kalacak güvenli bir yer
helplines-need-labour-rights = İş yerindeki haklar
helplines-need-missing-persons = Kayıp kişiler

## Bir yardım hattına nasıl ulaşılır

helplines-channel-phone = Telefon
helplines-channel-short-code = Telefon (kısa numara, sadece ülke içinden)
helplines-channel-sms = Kısa mesaj (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = E-posta
helplines-channel-web = Web sitesi

## Çalışma saatleri

helplines-open-always = Gece gündüz açık
helplines-open-now = Şu anda açık
helplines-open-unknown = Çalışma saatleri bilinmiyor
# $day bir haftanın günüdür (helplines-day- mesajlarına bakın), $time 17:30 gibi bir saattir, $zone Europe/Rome gibi bir saat dilimidir.
helplines-open-closes = Şu anda açık. Kapanış: { $day }, saat { $time } ({ $zone }).
helplines-closed-opens = Şu anda kapalı. Açılış: { $day }, saat { $time } ({ $zone }).
helplines-closed = Şu anda kapalı
helplines-day-mon = Pazartesi
helplines-day-tue = Salı
helplines-day-wed = Çarşamba
helplines-day-thu = Perşembe
helplines-day-fri = Cuma
helplines-day-sat = Cumartesi
helplines-day-sun = Pazar

## Her yardım hattıyla birlikte gösterilen bilgiler

helplines-emergency-label = ACİL DURUM
helplines-free = Ücretsiz
helplines-not-free = Arama ücretli olabilir
helplines-free-unknown = Ücreti bilinmiyor
helplines-languages = Diller
helplines-languages-more = ve başka diller
helplines-languages-unknown = Diller bilinmiyor
helplines-languages-unlisted = birkaç dil, listelenmemiş
helplines-operator = Hattı yürüten
helplines-sources = Kaynak
helplines-source-dated = Kaynağın tarihi: { $date }
helplines-source-undated = Kaynakta tarih yok
helplines-checked-by = { $by } tarafından kontrol edildi ({ $date })
helplines-checked-by-undated = { $by } tarafından kontrol edildi
helplines-status-partly-verified = Tam olarak doğrulanmadı: bu numaranın hâlâ çalışıp çalışmadığını kontrol edin.
helplines-none-found = Bu arama için yardım hattı bulunamadı. Hemen tehlikedeyseniz 112'yi (Avrupa'da) ya da bulunduğunuz yerin acil durum numarasını arayın.

## Başlangıç rehberi: herkese açık kaynaklardan alınan, uygulamanın içinde gelen numaralar

helplines-eu-112-name = Acil çağrı numarası 112
helplines-eu-112-description = Hemen tehlikedeyseniz: polis, ambulans, itfaiye. Sabit telefonlardan ve cep telefonlarından ücretsiz.
helplines-eu-112-note = Her AB ülkesinde çalışır.
helplines-ch-112-name = Acil çağrı numarası 112
helplines-ch-112-description = Hemen tehlikedeyseniz: polis, ambulans, itfaiye. Sabit telefonlardan ve cep telefonlarından ücretsiz.
helplines-rs-112-name = Acil çağrı numarası 112
helplines-rs-112-description = Hemen tehlikedeyseniz: polis, ambulans, itfaiye. Sabit telefonlardan ve cep telefonlarından ücretsiz.

helplines-eu-116000-name = Kayıp çocuk yardım hattı 116 000
helplines-eu-116000-description = Kayıp bir çocuk için: çocuğa, aileye ve bir şey görmüş olan kişilere destek. Ücretsiz, gece gündüz.
helplines-eu-116000-note = Bu numaranın arkasında her ülkede ayrı bir kuruluş vardır; örneğin Yunanistan'da The Smile of the Child, İtalya'da Telefono Azzurro. Çoğu ülkede sohbet (chat) de vardır.
helplines-ch-116000-name = Kayıp çocuk yardım hattı 116 000
helplines-ch-116000-description = Kayıp bir çocuk için: çocuğa, aileye ve bir şey görmüş olan kişilere destek. Ücretsiz, gece gündüz.
helplines-ch-116000-note = Numarayı bulunduğunuz yerde kontrol edin: arkasındaki kuruluş ülkeden ülkeye değişir.
helplines-al-116000-name = Kayıp çocuk yardım hattı 116 000
helplines-al-116000-description = Kayıp bir çocuk için: çocuğa, aileye ve bir şey görmüş olan kişilere destek. Ücretsiz, gece gündüz.
helplines-al-116000-note = Numarayı bulunduğunuz yerde kontrol edin: arkasındaki kuruluş ülkeden ülkeye değişir.
helplines-rs-116000-name = Kayıp çocuk yardım hattı 116 000
helplines-rs-116000-description = Kayıp bir çocuk için: çocuğa, aileye ve bir şey görmüş olan kişilere destek. Ücretsiz, gece gündüz.

helplines-eu-116111-name = Çocuk yardım hattı 116 111
helplines-eu-116111-description = Konuşacak birine ihtiyacı olan çocuklar için danışmanlık. Ücretsiz.
helplines-eu-116111-note = Henüz her AB ülkesinde yok. Bazı hatlar gece gündüz açık, bazıları belirli saatlerde.

helplines-de-hilfetelefon-116016-name = Kadına Yönelik Şiddet Destek Hattı (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Şiddetle karşılaşan kadınlar için; buna insan ticareti, zorla fuhuş ve iş yerinde sömürü de dahildir. Ücretsiz, isminizi vermeden (anonim), gece gündüz, yılın her günü.
helplines-de-hilfetelefon-116016-note = Kadınlar için. Almanca ve 18 başka dilde cevap verir. Web sitesinde sohbet ve e-posta da var.

helplines-gb-modern-slavery-helpline-name = Modern Kölelik ve Sömürü Yardım Hattı (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Sömürülen veya çalışmaya zorlanan ya da böyle birini tanıyan herkes için. Ücretsiz, gizli, gece gündüz.
helplines-gb-modern-slavery-helpline-note = 200'den fazla dilde yardım.

helplines-us-human-trafficking-hotline-name = Ulusal İnsan Ticareti Yardım Hattı (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = İnsan ticareti mağdurları, insan ticaretinden kurtulanlar ve onlara yardım etmek isteyenler için. Ücretsiz, gece gündüz. Polis değildir, göç idaresi de değildir.
helplines-us-human-trafficking-hotline-note = Telefonda İngilizce ve İspanyolca, tercümanlar aracılığıyla da 200'den fazla dilde. Kısa mesaj ve sohbet sadece İngilizce ve İspanyolca.

helplines-it-numero-verde-antitratta-name = İnsan ticaretine karşı ücretsiz hat (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = İnsan ticareti mağdurları ve tanıkları için. Ücretsiz, isminizi vermeden (anonim), gece gündüz.
helplines-it-numero-verde-antitratta-note = Kültürel arabulucular Nijerya dillerini ve başka dilleri de konuşur.

helplines-it-arci-asylum-name = Sığınmacılar ve mülteciler için ARCI ücretsiz hattı
helplines-it-arci-asylum-description = Sığınma talep eden veya uluslararası koruma alan kişiler için hukuki yardım ve tercümanlar.
helplines-it-arci-asylum-note = 36 dil ve lehçede yardım eder. Çalışma saatleri dışında istediğiniz zaman sesli mesaj bırakabilirsiniz. Bu bilgi 2021 yılına ait: hattın hâlâ çalışıp çalışmadığını kontrol edin.

helplines-gr-a21-1109-name = İnsan Ticareti Bilgi ve Yardım Hattı 1109
helplines-gr-a21-1109-description = İnsan ticareti mağdurları ve insan ticaretini bildirmek isteyenler için.
helplines-gr-a21-1109-note = Kaynaklar yaklaşık 2012 yılına ait ve çalışma saatleri doğrulanamadı.

helplines-rs-astra-sos-name = ASTRA SOS yardım hattı
helplines-rs-astra-sos-description = İnsan ticaretinden kurtulan kişilere destek. İnsan ticaretini isminizi vermeden de bildirebilirsiniz.
helplines-rs-astra-sos-note = ASTRA, Sırbistan'daki 116 000 kayıp çocuk hattını da yürütür.

helplines-tr-yimer-157-name = Yabancılar İletişim Merkezi (YİMER 157)
helplines-tr-yimer-157-description = Vize, ikamet ve uluslararası koruma hakkında bilgi; ayrıca insan ticareti mağdurları için bir yardım hattı. Her zaman açık.
helplines-tr-yimer-157-note = Bu hattı devletin göç idaresi yürütür.

helplines-ly-unhcr-protection-name = UNHCR koruma yardım hattı
helplines-ly-unhcr-protection-description = Libya'da korumaya ihtiyacı olan mülteciler ve sığınmacılar için.
helplines-ly-unhcr-protection-note = Mart 2020'de pazardan perşembeye, 09:00 ile 17:00 arasında cevap veriyordu. Şimdiki çalışma saatleri bilinmiyor.

helplines-ly-cesvi-protection-name = CESVI koruma yardım hatları
helplines-ly-cesvi-protection-description = Mülteciler ve sığınmacılar için koruma yardımı; UNHCR ile birlikte çalışan bir kuruluştan.

helplines-ly-sexual-violence-line-name = Cinsel şiddete maruz kalmış kişiler için yardım hattı
helplines-ly-sexual-violence-line-description = Cinsel şiddete maruz kalmış kişiler için. Gece gündüz.
helplines-ly-sexual-violence-line-note = International Rescue Committee (IRC) ile bağlantılı. Kaynaktaki metin yarıda kesilmiş: bu numaraya güvenmeden önce kontrol edin.

helplines-mx-linea-contra-la-trata-name = İnsan Ticaretine Karşı Ulusal Hat ve Sohbet
helplines-mx-linea-contra-la-trata-description = Psikologlar ve avukatlar insan ticareti mağdurlarına yardım eder. Ücretsiz, isminizi vermeden (anonim), gece gündüz; telefonla veya WhatsApp ile.
helplines-mx-linea-contra-la-trata-note = Meksika dışından gelen ihbarları da alır.

## Masaüstü uygulamasının helplines komutu

# $list geçerli kelimelerin listesidir, örneğin "emergency, trafficking, …".
helplines-cli-unknown-need = Bilinmeyen yardım türü. Şunlardan birini kullanın: { $list }
helplines-cli-unknown-channel = Bilinmeyen iletişim yolu. Şunlardan birini kullanın: { $list }

## Yardım hatlarını güncelleme

helplines-sync-usage = Bir yayının adresini verin (salama sync <URL>) ya da salama sync status komutunu kullanın.
helplines-sync-checking = Güncellemeler kontrol ediliyor…
# $collections indirilecek dosya sayısıdır, $size ne kadar veri olduğudur, örneğin 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] İndirilecek bir şey yok.
        [one] İndirilecek bir dosya var ({ $size }).
       *[other] İndirilecek { $collections } dosya var ({ $size }).
    }
helplines-sync-applying = Yükleniyor…
# $serial yayının numarasıdır.
helplines-sync-updated = { $serial } numaralı yayına güncellendi.
helplines-sync-up-to-date = Zaten güncel ({ $serial } numaralı yayın).
# $requests kaç istek yapıldığıdır, $size ne kadar veri indirildiğidir.
helplines-sync-cost =
    { $requests ->
        [one] Bir istek, { $size } indirildi.
       *[other] { $requests } istek, { $size } indirildi.
    }
helplines-sync-stale = Bu bilginin süresi doldu. Hâlâ gösteriliyor ama güncel olmayabilir.

## Güncelleme durumu

helplines-status-none = Henüz güncelleme yüklenmedi: Salama, uygulamanın içinde gelen yardım hatlarını kullanıyor.
helplines-status-release = Yüklü yayın: { $serial }
helplines-status-publisher = Yayıncı
helplines-status-key = İmzalayan anahtar
helplines-status-source = Nereden
helplines-status-issued = Yayımlanma tarihi
# $days, yayının kaç gün önce yayımlandığıdır.
helplines-status-age =
    { $days ->
        [0] Bu bilgi bir günden kısa süre önce yayımlandı.
        [one] Bu bilgi bir gün önce yayımlandı.
       *[other] Bu bilgi { $days } gün önce yayımlandı.
    }
helplines-status-expires = Geçerlilik sonu
helplines-status-expired = Süresi doldu: bilgi güncel olmayabilir.
helplines-expires-in =
    { $days ->
        [0] bir günden az kaldı
        [one] bir gün kaldı
       *[other] { $days } gün kaldı
    }
helplines-expired-ago =
    { $days ->
        [0] süresi bir günden kısa süre önce doldu
        [one] süresi bir gün önce doldu
       *[other] süresi { $days } gün önce doldu
    }
helplines-status-outdated = (yayından daha eski: tamamlamak için güncelleyin)
helplines-status-last-success = Son başarılı güncelleme
helplines-status-last-attempt = Son deneme
helplines-status-last-error = Son hata
helplines-status-never = hiç

## Çevrimdışı paketler

# $file bir dosya adıdır, $serial yayın numarasıdır, $collections helplines/GR gibi bir listedir, $size dosyanın boyutudur.
helplines-pack-exported = { $file } yazıldı: yayın { $serial }, { $collections } ({ $size }).

## Yayıncı araçları

# $file ve $public dosya adlarıdır, $id bir anahtar kimliğidir.
helplines-publish-key-written = Yeni imza anahtarı { $file } dosyasına yazıldı. Onu gizli tutun ve yedeğini alın: üzerine asla yazılmaz. Açık anahtarı (kimlik { $id }) { $public } dosyasında.
# $serial yayın numarasıdır, $dir bir klasördür, $keys anahtar kimlikleridir.
helplines-publish-released = { $serial } numaralı yayın { $dir } klasörüne yazıldı; imzalayan anahtarlar: { $keys }.
# $name helplines/GR gibi bir koleksiyondur, $version sürümüdür, $entries içindeki yardım hattı sayısıdır, $size boyutudur.
helplines-publish-collection-changed = { $name }: sürüm { $version }, { $entries } yardım hattı, { $size } (değişti)
helplines-publish-collection-same = { $name }: sürüm { $version }, { $entries } yardım hattı, { $size } (değişmedi)
helplines-publish-translations-changed = { $name }: sürüm { $version }, { $files } çeviri dosyası, { $size } (değişti)
helplines-publish-translations-same = { $name }: sürüm { $version }, { $files } çeviri dosyası, { $size } (değişmedi)
helplines-publish-empty = { $names } içinde hiç yardım hattı yok. Bu durumda telefonlar o ülke için uygulamada yerleşik yardım hatlarını gizler. Yardım hatlarını ekleyin ya da bilerek kaldırıyorsanız --allow-empty ile yeniden yayımlayın.
# $expires bir tarih ve saattir.
helplines-release-verified = { $serial } numaralı yayın geçerli: güvenilir anahtarla ({ $key }) imzalanmış, { $expires } tarihine kadar geçerli.
helplines-release-collection = { $name }: sürüm { $version }, { $entries } yardım hattı, { $size }, kontrol edildi
helplines-release-translations = { $name }: sürüm { $version }, { $files } çeviri dosyası, { $size }, kontrol edildi
helplines-release-collection-absent = { $name }: sürüm { $version }, { $size }, bu pakette yok
helplines-release-no-such-path = { $path } bulunamadı. Bir yayının klasörünü (index.json dosyasını içeren klasör) ya da çevrim dışı bir paket dosyasını verin.
helplines-release-not-a-release = { $path } ne bir yayın ne de çevrim dışı bir paket. Yayın, index.json içeren bir klasördür; paket ise salama pack export ile oluşturulan bir dosyadır.
