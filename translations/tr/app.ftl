# Machine-assisted draft: not yet reviewed by a native speaker.

### Salama uygulamalarının arayüzü: menüler, sorular ve bildirimler.

app-name = Salama
app-tagline = Haklarınız, internet olmadan, kendi dilinizde.
app-choose-language = Dilinizi seçin
app-menu-rights = Haklarınızı okuyun
app-menu-search = Ara
app-menu-language = Dili değiştir
app-menu-quit = Çıkış
app-prompt-choice = Bir sayı yazın ve Enter tuşuna basın.
app-prompt-search = Aramak istediğiniz kelimeleri yazın, sonra Enter tuşuna basın.
app-prompt-continue = Geri dönmek için Enter tuşuna basın.
app-search-no-results = Hiçbir şey bulunamadı. Başka bir kelime deneyin.
# $count, bulunan yazıların sayısıdır.
app-search-results =
    { $count ->
        [one] Bir yazı bulundu.
       *[other] { $count } yazı bulundu.
    }
app-back = Geri
app-invalid-choice = Lütfen gösterilen sayılardan birini yazın.
app-review-machine-draft = Bu çeviri makine yardımıyla yapıldı. Ana dili Türkçe olan biri henüz kontrol etmedi.
app-review-native-reviewed = Bu çeviriyi ana dili Türkçe olan biri kontrol etti.
app-review-legally-reviewed = Bu çeviriyi ana dili Türkçe olan ve hukuk bilgisi olan biri kontrol etti.
notice-content-rebuilt = Salama'nın kayıtlı içeriği bozulmuştu ve yeniden oluşturuldu. Günlüğünüze dokunulmadı. Güncellemeler bir sonraki eşitlemede yeniden indirilecek.
