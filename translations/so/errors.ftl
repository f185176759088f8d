# Machine-assisted draft: not yet reviewed by a native speaker.

### Fariimaha khaladka. Marna ma muujiyaan waxa isticmaaluhu qoray.

error-not-found = Tan lama helin.
error-invalid-input = Tan lama isticmaali karo. Fadlan hubi oo mar kale isku day.
# $attempts waa inta isku day ee kuu hadhay ka hor inta aanay Salama ku sugsiin.
error-wrong-passphrase =
    { $attempts ->
        [0] Erayga sirta ah waa khalad. Waa inaad sugtaa ka hor intaadan mar kale isku dayin.
        [one] Erayga sirta ah waa khalad. Hal isku day ayaa kuu hadhay ka hor intaadan sugin.
       *[other] Erayga sirta ah waa khalad. { $attempts } isku day ayaa kuu hadhay ka hor intaadan sugin.
    }
# $seconds waa inta aad sugayso.
error-locked-out =
    { $seconds ->
        [one] Isku dayo khaldan oo aad u badan. Mar kale isku day hal ilbiriqsi kadib.
       *[other] Isku dayo khaldan oo aad u badan. Mar kale isku day { $seconds } ilbiriqsi kadib.
    }
error-locked = Xusuus-qorku waa xiran yahay. Marka hore fur.
error-corrupted = Diiwaankan wuu xumaaday, lama akhrin karo. Diiwaannadaada kale way nabad qabaan.
error-bad-signature = Cusboonaysiintan kama iman daabace la aamini karo, ama waa la beddelay intii ay soo socotay. Lama rakibin.
error-rollback = Cusboonaysiintan way ka duqsan tahay tan aad hore u haysatay. Lama rakibin.
error-expired = Macluumaadkan muddo dheer lama cusboonaysiin. Waxaa laga yaabaa inuu duugoobay.
error-network = Xiriirku wuu fashilmay. Waxba lama beddelin. Mar dambe isku day.
error-storage = Salama ma akhrin karin ama ma qori karin faylashadeeda. Waxba ma lumin. Hubi in taleefankaagu leeyahay meel bannaan.
error-internal = Wax ayaa ku khaldamay gudaha Salama. Waxba lama beddelin.


# $entries waa tirada qoraallada xusuus-qorku hore u leeyahay.
error-diary-not-empty =
    { $entries ->
        [one] Xusuus-qorkaagu wuxuu hore u leeyahay hal qoraal. Dooro inaad nuqul-kaydka la isku darto, ama aad ku beddesho.
       *[other] Xusuus-qorkaagu wuxuu hore u leeyahay { $entries } qoraal. Dooro inaad nuqul-kaydka la isku darto, ama aad ku beddesho.
    }
error-data-dir = Salama kuma kaydin karto xogteeda { $path }. Hubi inay tahay gal aad wax ku qori karto, ama --data-dir ku bixi gal kale.
