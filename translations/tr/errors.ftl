# Machine-assisted draft: not yet reviewed by a native speaker.

### Hata mesajları. Kullanıcının yazdıklarını asla göstermezler.

error-not-found = Bu bulunamadı.
error-invalid-input = Bu kullanılamıyor. Lütfen kontrol edip tekrar deneyin.
# $attempts, Salama sizi bekletmeden önce kalan deneme sayısıdır.
error-wrong-passphrase =
    { $attempts ->
        [0] Parola yanlış. Tekrar denemeden önce beklemeniz gerekiyor.
        [one] Parola yanlış. Beklemeniz gerekmeden önce bir deneme hakkınız kaldı.
       *[other] Parola yanlış. Beklemeniz gerekmeden önce { $attempts } deneme hakkınız kaldı.
    }
# $seconds, beklenecek süredir.
error-locked-out =
    { $seconds ->
        [one] Çok fazla yanlış deneme. Bir saniye sonra tekrar deneyin.
       *[other] Çok fazla yanlış deneme. { $seconds } saniye sonra tekrar deneyin.
    }
error-locked = Günlük kilitli. Önce kilidini açın.
error-corrupted = Bu kayıt bozuk ve okunamıyor. Diğer kayıtlarınız güvende.
error-bad-signature = Bu güncelleme güvenilir bir yayıncıdan gelmiyor ya da yolda değiştirildi. Yüklenmedi.
error-rollback = Bu güncelleme, sizde zaten olandan daha eski. Yüklenmedi.
error-expired = Bu bilgi uzun zamandır güncellenmedi. Güncel olmayabilir.
error-network = Bağlantı kurulamadı. Hiçbir şey değişmedi. Daha sonra tekrar deneyin.
error-storage = Salama dosyalarını okuyamadı veya yazamadı. Hiçbir şey kaybolmadı. Telefonunuzda boş yer olup olmadığını kontrol edin.
error-internal = Salama'nın içinde bir sorun oluştu. Hiçbir şey değişmedi.


# $entries, günlükte zaten kaç kayıt olduğudur.
error-diary-not-empty =
    { $entries ->
        [one] Günlüğünüzde zaten bir kayıt var. Yedeği bu kayıtla birleştirmeyi ya da bu kaydı yedekle değiştirmeyi seçin.
       *[other] Günlüğünüzde zaten { $entries } kayıt var. Yedeği bu kayıtlarla birleştirmeyi ya da bu kayıtları yedekle değiştirmeyi seçin.
    }
error-data-dir = Salama verilerini { $path } içinde tutamıyor. Bunun yazabildiğiniz bir klasör olduğunu kontrol edin ya da --data-dir ile başka bir klasör verin.
