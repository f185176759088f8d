# Machine-assisted draft: not yet reviewed by a native speaker.

### Şifreli günlük: sorular, uyarılar, dışa aktarılan döküm.

diary-title = Günlük
diary-prompt-passphrase = Günlük parolası:
diary-prompt-new-passphrase = Yeni günlük parolası:
diary-prompt-repeat-passphrase = Aynı parolayı tekrar yazın:
diary-prompt-duress-passphrase = Baskı altında kullanılacak parola (kilidi bununla açmak günlüğü siler ve boş bir günlük açar):
diary-prompt-export-passphrase = Dışa aktarılan dosyanın parolası (bunu, dosyayı okuyacak kişiye başka bir yoldan söyleyin):
diary-passphrases-differ = İki parola aynı değil. Hiçbir şey değişmedi.
diary-warning-pin = Telefonunuzu kopyalayan biri PIN kodunu kolayca tahmin edebilir. Birkaç kelimelik bir cümle çok daha güvenlidir.
diary-warning-short = Bu parola kısa. Birkaç kelimelik bir cümle çok daha güvenlidir.
diary-created = Günlüğünüz hazır. Parolanız olmadan kimse onu okuyamaz. Parolayı unutursanız günlük kurtarılamaz.
diary-passphrase-changed = Parola değiştirildi. Eski parola artık günlüğü açmıyor.
diary-duress-set = Baskı altında kullanılacak parola ayarlandı. Kilidi bu parolayla açmak günlüğünüzü siler ve boş bir günlük açar.
diary-wipe-after-set = Arka arkaya bu sayıda yanlış parola girilirse günlük tamamen silinecek.
diary-added = Kayıt saklandı.
diary-edited = Kayıt değiştirildi. Önceki sürümü saklanıyor.
diary-deleted = Kayıt silindi.
diary-wiped = Günlük tamamen silindi. Kurtarılamaz.
diary-confirm-delete = Bu kayıt, tüm sürümleri ve ekleriyle birlikte silinsin mi? Onaylamak için yes yazın.
diary-confirm-wipe = Günlüğün tamamı şimdi tamamen silinsin mi? Kurtarılamaz. Onaylamak için yes yazın.
diary-confirm-needed = Hiçbir şey yapılmadı. Bunu soru sorulmadan yapmak için --yes ekleyin.
diary-not-confirmed = Hiçbir şey yapılmadı.
diary-exported = Dışa aktarılan dosya yazıldı. Onu yalnızca anahtara veya parolaya sahip kişi, age aracıyla açabilir.
diary-backed-up = Yedek yazıldı. Herhangi bir telefonda parolayla açılır.
# $added, $merged, $unchanged, $replaced ve $attachments sayılardır.
diary-restored = Geri yüklendi. Yeni kayıt: { $added }, birleştirilen: { $merged }, zaten var olan: { $unchanged }, yenisiyle değiştirilen: { $replaced }, ek: { $attachments }.
diary-restore-choose = Günlüğünüzde zaten kayıtlar var. Onları saklayıp yedekteki kayıtları eklemek için --merge, önce onları silmek için --replace ekleyin.
diary-restore-ask = Günlüğünüzde zaten kayıtlar var. Onları saklayıp yedekteki kayıtları eklemek için birleştir, önce onları silmek için değiştir yazın:
diary-answer-merge = birleştir
diary-answer-replace = değiştir
diary-prompt-backup-passphrase = Yedeğin parolası:
diary-prompt-backup-passphrase-or-same = Yedeğin parolası (günlük parolasıyla aynıysa Enter’a basın):
diary-none-here = Burada henüz bir günlük yok. Şu komutla bir tane oluşturun: salama diary init
diary-kdf-memory-range = Parolayı korumak için kullanılan bellek { $min } ile { $max } MiB arasında olmalı. Hiçbir şey oluşturulmadı.
diary-kdf-passes-range = Tur sayısı { $min } ile { $max } arasında olmalı. Hiçbir şey oluşturulmadı.
diary-wipe-after-range = Günlük silinmeden önceki yanlış parola sayısı 1 ile 100 arasında olmalı; hiç silinmemesi için 0 yazın. Hiçbir şey değiştirilmedi.
diary-clear-and-set = Bir alan aynı anda hem boşaltılamaz hem de yeni bir değer alamaz. Hiçbir şey değiştirilmedi.
diary-no-entries = Kayıt yok.
diary-damaged-entries = Bazı kayıtlar bozuk ve okunamıyor. Diğer kayıtlarınız güvende.
diary-damaged-not-included = Bu kayıtlar bozuk ve okunamadı, bu yüzden dışarıda bırakıldı (geri kalan her şey dahil):
diary-damaged-attachments-not-included = Bu ekler bozuk ve okunamadı, bu yüzden dışarıda bırakıldı:
# $shown ve $total sayılardır.
diary-list-count = { $total } kayıttan { $shown } tanesi.
diary-ledger-empty = Kayıtlı borç veya ödeme yok.
diary-history = Önceki sürümler

diary-kind-event = Olay
diary-kind-payment = Ödeme
diary-kind-debt = Borç
diary-kind-document-taken = El konulan belge
diary-kind-person = Kişi
diary-kind-place = Yer
diary-kind-note = Not

diary-field-date = Tarih
diary-field-text = Metin
diary-field-place = Yer
diary-field-people = Kişiler
diary-field-amount = Tutar
diary-field-creditor = Kime borçlu
diary-field-tags = Etiketler
diary-field-written = Yazılma zamanı
diary-field-edited = Değiştirilme zamanı
diary-field-attachment = Ek
diary-field-version = Sürüm

diary-report-title = Günlük kayıtları
# $date dışa aktarma tarihidir, $count kayıtların sayısıdır.
diary-report-generated =
    { $count ->
        [one] Dışa aktarma tarihi: { $date }. Bir kayıt.
       *[other] Dışa aktarma tarihi: { $date }. { $count } kayıt.
    }
diary-report-notice = Bu kayıtları, sahibi kendi telefonunda, Salama uygulamasında yazdı. Olayların tarihleri, sahibinin girdiği gibidir; “Yazılma zamanı” saatleri telefonun saatinden gelir. Değiştirilmiş kayıtların önceki sürümleri diary.json dosyasındadır.
diary-report-ledger = Borçlar ve ödemeler
diary-report-ledger-empty = Kayıtlı borç veya ödeme yok.
diary-report-creditor = Kime borçlu
diary-report-currency = Para birimi
diary-report-owed = Borç
diary-report-paid = Ödenen
diary-report-remaining = Kalan
diary-report-entries = Tarihe göre kayıtlar
diary-report-damaged = Bozuk kayıtlar
diary-report-damaged-notice = Bu kayıtlar bütünlük denetiminden geçemedi: ya bozuldular ya da dosyaya erişen biri onları değiştirdi. Denetlenemeyenler dışarıda bırakıldı. Geri kalan her şey bu dışa aktarımda.
diary-report-damaged-entry = Kayıt { $id }
diary-report-damaged-attachment = Ek { $id }
# $count kaydın kaç kez değiştirildiğidir, $date en son ne zaman değiştirildiğidir.
diary-report-edited =
    { $count ->
        [one] bir kez, en son { $date } tarihinde
       *[other] { $count } kez, en son { $date } tarihinde
    }
