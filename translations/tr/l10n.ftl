# Machine-assisted draft: not yet reviewed by a native speaker.

### Çevirmenlerin çalışmalarını kontrol etmek için kullandığı `salama l10n` araçlarının mesajları.
### Mesaj kimliklerini, dosya adlarını, $değişkenleri ve U+200F gibi kodları olduğu gibi bırakın.

l10n-severity-error = hata
l10n-severity-warning = uyarı

## `salama l10n check` komutunun bulduğu sorunlar. Her satır dosya, satır ve sütunla başlar.

# $detail, ayrıştırıcının İngilizce açıklamasıdır.
l10n-problem-syntax-error = Bu, Fluent söz dizimine uymuyor; bu yüzden mesaj kayboldu: { $detail }
l10n-problem-duplicate-id = Bu kimlik ikinci kez tanımlanmış. Yalnızca birini bırakın.
# $attribute, "title" gibi bir öznitelik adıdır.
l10n-problem-duplicate-attribute = .{ $attribute } özniteliği iki kez tanımlanmış.
l10n-problem-missing-message = Henüz çevrilmedi. Okuyucular İngilizce metni görüyor.
l10n-problem-obsolete-message = İngilizcede artık bu mesaj yok. Silebilirsiniz.
l10n-problem-missing-value = İngilizcede burada bir değer var, çeviride ise yalnızca öznitelikler var.
l10n-problem-obsolete-value = İngilizcede burada değer yok, yalnızca öznitelikler var.
l10n-problem-missing-attribute = .{ $attribute } özniteliği henüz çevrilmedi.
l10n-problem-obsolete-attribute = İngilizcede .{ $attribute } özniteliği yok. Silebilirsiniz.
# $variable, "count" gibi bir değişken adıdır; $ işaretiyle birlikte gösterilir.
l10n-problem-missing-variable = İngilizce metin burada ${ $variable } kullanıyor; çeviri de bu değişkeni kullanmalı.
l10n-problem-unknown-variable = ${ $variable } bu mesaja verilmiyor. Yalnızca İngilizce metindeki değişkenleri kullanın.
# $categories, "zero, two, few" gibi CLDR çoğul kategorilerinin listesidir.
l10n-problem-missing-plural-categories = Bu çoğul ifade, şu kategorilerin her biri için ayrı bir biçim gerektiriyor: { $categories }.
# $reference bir mesaj kimliği ya da "-" ile başlayan bir terim kimliğidir.
l10n-problem-unknown-reference = { $reference } bu dilde yok.
# $function, DATETIME gibi bir fonksiyon adıdır.
l10n-problem-unknown-function = Salama'da { $function } diye bir fonksiyon yok. NUMBER veya PHONE kullanın.
l10n-problem-empty-value = Bu metin boş.
# $codepoint, U+202E gibi bir karakter kodudur.
l10n-problem-bidi-control = Görünmez bir yön denetim karakteri ({ $codepoint }) çevresindeki metni karıştırabilir. Onu silin: Salama adları ve sayıları kendiliğinden doğru sırada tutar.
l10n-problem-bidi-mark = Görünmez bir yön işareti ({ $codepoint }) bulundu. Bilerek eklemediyseniz silin.
l10n-problem-identical-to-source = Bu, İngilizce metinle aynı. Çevrildi mi?
l10n-problem-bare-phone-number = { $number } telefon numarası düz metin olarak yazılmış; bu yüzden sağdan sola yazılan metinde parçaları yanlış sırada görünür. Şöyle yazın: { "{" } PHONE("{ $number }") { "}" }.

# $locales kaç dilin kontrol edildiğidir.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] Bir dil kontrol edildi: hata yok
               *[other] { $locales } dil kontrol edildi: hata yok
            }
        [one] { $locales ->
                [one] Bir dil kontrol edildi: bir hata
               *[other] { $locales } dil kontrol edildi: bir hata
            }
       *[other] { $locales ->
                [one] Bir dil kontrol edildi: { $errors } hata
               *[other] { $locales } dil kontrol edildi: { $errors } hata
            }
    }, { $warnings ->
        [0] uyarı yok.
        [one] bir uyarı.
       *[other] { $warnings } uyarı.
    }

## `salama l10n status`: her satırda bir dil olan bir tablo ve bir grafik.

l10n-status-locale = Dil
l10n-status-messages = Mesajlar
l10n-status-translated = Çevrilen
l10n-status-words = Kelimeler
l10n-status-review = İnceleme
l10n-status-review-source = kaynak
l10n-status-review-machine-draft = makine taslağı
l10n-status-review-native-reviewed = ana dili bu dil olan biri kontrol etti
l10n-status-review-legally-reviewed = hukuki olarak kontrol edildi
l10n-status-review-unknown = locales.json içinde yok
l10n-status-chart-title = Salama: çeviri kapsamı
l10n-status-chart-note = Her çubuk, İngilizce mesajların ne kadarının çevrildiğini gösterir; rengi inceleme durumunu gösterir.
# $path, grafiğin yazıldığı dosyadır.
l10n-status-chart-written = Grafik { $path } dosyasına yazıldı.

## Klasörün kendisiyle ilgili sorunlar.

l10n-error-no-folder = Burada veya üst klasörlerde çeviri klasörü bulunamadı. Bir klasör belirtin: salama l10n check <FOLDER>.
# $path, verilen klasördür.
l10n-error-no-source = { $path } içinde en klasörü yok. Bu bir çeviri klasörü mü?
# $path bir dosya ya da klasördür.
l10n-error-unreadable = { $path } okunamıyor.
l10n-error-not-utf8 = Dosya UTF-8 metni değil.
