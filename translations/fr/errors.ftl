# Machine-assisted draft: not yet reviewed by a native speaker.

### Messages d’erreur. Ils ne montrent jamais ce que la personne a écrit.

error-not-found = Impossible de trouver ceci.
error-invalid-input = Ceci ne peut pas être utilisé. Vérifiez et réessayez.
# $attempts est le nombre d’essais qui restent avant que Salama vous fasse attendre.
error-wrong-passphrase =
    { $attempts ->
        [0] Phrase secrète incorrecte. Vous devez attendre avant de réessayer.
        [one] Phrase secrète incorrecte. Il vous reste un essai avant de devoir attendre.
        [many] Phrase secrète incorrecte. Il vous reste { $attempts } essais avant de devoir attendre.
       *[other] Phrase secrète incorrecte. Il vous reste { $attempts } essais avant de devoir attendre.
    }
# $seconds est le temps d’attente.
error-locked-out =
    { $seconds ->
        [one] Trop d’essais incorrects. Réessayez dans { $seconds } seconde.
        [many] Trop d’essais incorrects. Réessayez dans { $seconds } secondes.
       *[other] Trop d’essais incorrects. Réessayez dans { $seconds } secondes.
    }
error-locked = Le journal est verrouillé. Déverrouillez-le d’abord.
error-corrupted = Cet enregistrement est endommagé et ne peut pas être lu. Vos autres enregistrements sont en sécurité.
error-bad-signature = Cette mise à jour ne vient pas d’un éditeur de confiance, ou elle a été modifiée en chemin. Elle n’a pas été installée.
error-rollback = Cette mise à jour est plus ancienne que celle que vous avez déjà. Elle n’a pas été installée.
error-expired = Ces informations n’ont pas été mises à jour depuis longtemps. Elles ne sont peut-être plus exactes.
error-network = La connexion a échoué. Rien n’a été modifié. Réessayez plus tard.
error-storage = Salama n’a pas pu lire ou écrire ses fichiers. Rien n’a été perdu. Vérifiez qu’il reste de la place sur votre téléphone.
error-internal = Un problème est survenu dans Salama. Rien n’a été modifié.


# $entries est le nombre d’entrées que le journal contient déjà.
error-diary-not-empty =
    { $entries ->
        [one] Votre journal contient déjà une entrée. Choisissez si vous voulez fusionner la sauvegarde avec elle, ou la remplacer.
        [many] Votre journal contient déjà { $entries } entrées. Choisissez si vous voulez fusionner la sauvegarde avec elles, ou les remplacer.
       *[other] Votre journal contient déjà { $entries } entrées. Choisissez si vous voulez fusionner la sauvegarde avec elles, ou les remplacer.
    }
error-data-dir = Salama ne peut pas garder ses données dans { $path }. Vérifiez que c’est un dossier où vous pouvez écrire, ou indiquez un autre dossier avec --data-dir.
