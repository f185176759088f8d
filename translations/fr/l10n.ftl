# Machine-assisted draft: not yet reviewed by a native speaker.

### Messages de `salama l10n`, les outils que les traducteurs utilisent pour vérifier leur travail.
### Gardez tels quels les identifiants des messages, les noms de fichiers, les $variables et les codes comme U+200F.

l10n-severity-error = erreur
l10n-severity-warning = avertissement

## Ce que trouve `salama l10n check`. Chaque ligne commence par le fichier, la ligne et la colonne.

# $detail est l’explication de l’analyseur (parser), en anglais.
l10n-problem-syntax-error = Ceci ne respecte pas la syntaxe Fluent, donc le message est perdu : { $detail }
l10n-problem-duplicate-id = Cet identifiant est défini une deuxième fois. Gardez-en un seul.
# $attribute est un nom d’attribut, par exemple « title ».
l10n-problem-duplicate-attribute = L’attribut .{ $attribute } est défini deux fois.
l10n-problem-missing-message = Pas encore traduit. Les lecteurs voient le texte anglais.
l10n-problem-obsolete-message = L’anglais n’a plus ce message. Vous pouvez le supprimer.
l10n-problem-missing-value = L’anglais a une valeur ici, mais la traduction n’a que des attributs.
l10n-problem-obsolete-value = L’anglais n’a pas de valeur ici, seulement des attributs.
l10n-problem-missing-attribute = L’attribut .{ $attribute } n’est pas encore traduit.
l10n-problem-obsolete-attribute = L’anglais n’a pas d’attribut .{ $attribute }. Vous pouvez le supprimer.
# $variable est un nom de variable, par exemple « count » ; il est affiché avec son signe $.
l10n-problem-missing-variable = Le texte anglais utilise ${ $variable } ici ; la traduction doit l’utiliser aussi.
l10n-problem-unknown-variable = La variable ${ $variable } n’est pas fournie à ce message. Utilisez seulement les variables du texte anglais.
# $categories est une liste de catégories de pluriel CLDR, par exemple « zero, two, few ».
l10n-problem-missing-plural-categories = Ce pluriel a besoin d’une forme pour chacune de ces catégories : { $categories }.
# $reference est l’identifiant d’un message, ou l’identifiant d’un terme qui commence par « - ».
l10n-problem-unknown-reference = { $reference } n’existe pas dans cette langue.
# $function est un nom de fonction, par exemple DATETIME.
l10n-problem-unknown-function = Salama n’a pas de fonction { $function }. Utilisez NUMBER ou PHONE.
l10n-problem-empty-value = Ce texte est vide.
# $codepoint est un code de caractère, par exemple U+202E.
l10n-problem-bidi-control = Un caractère invisible de contrôle de direction ({ $codepoint }) peut mélanger le texte autour de lui. Supprimez-le : Salama garde lui-même les noms et les nombres dans le bon ordre.
l10n-problem-bidi-mark = Une marque de direction invisible ({ $codepoint }) a été trouvée. Supprimez-la, sauf si vous l’avez ajoutée exprès.
l10n-problem-identical-to-source = C’est identique au texte anglais. Est-ce bien traduit ?
l10n-problem-bare-phone-number = Le numéro de téléphone { $number } est écrit en texte simple : dans un texte de droite à gauche, ses parties s’affichent dans le mauvais ordre. Écrivez-le ainsi : { "{" } PHONE("{ $number }") { "}" }.

# $locales est le nombre de langues vérifiées.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] { $locales } langue vérifiée : aucune erreur
                [many] { $locales } langues vérifiées : aucune erreur
               *[other] { $locales } langues vérifiées : aucune erreur
            }
        [one] { $locales ->
                [one] { $locales } langue vérifiée : une erreur
                [many] { $locales } langues vérifiées : une erreur
               *[other] { $locales } langues vérifiées : une erreur
            }
        [many] { $locales ->
                [one] { $locales } langue vérifiée : { $errors } erreurs
                [many] { $locales } langues vérifiées : { $errors } erreurs
               *[other] { $locales } langues vérifiées : { $errors } erreurs
            }
       *[other] { $locales ->
                [one] { $locales } langue vérifiée : { $errors } erreurs
                [many] { $locales } langues vérifiées : { $errors } erreurs
               *[other] { $locales } langues vérifiées : { $errors } erreurs
            }
    }, { $warnings ->
        [0] aucun avertissement.
        [one] un avertissement.
        [many] { $warnings } avertissements.
       *[other] { $warnings } avertissements.
    }

## `salama l10n status` : un tableau, une langue par ligne, et un graphique.

l10n-status-locale = Langue
l10n-status-messages = Messages
l10n-status-translated = Traduits
l10n-status-words = Mots
l10n-status-review = Vérification
l10n-status-review-source = source
l10n-status-review-machine-draft = brouillon fait avec l’aide d’une machine
l10n-status-review-native-reviewed = vérifié par une personne de langue maternelle
l10n-status-review-legally-reviewed = vérifié sur le plan juridique
l10n-status-review-unknown = absent de locales.json
l10n-status-chart-title = Salama : part traduite
l10n-status-chart-note = Chaque barre montre la part des messages anglais qui sont traduits ; sa couleur indique l’état de la vérification.
# $path est le fichier dans lequel le graphique a été écrit.
l10n-status-chart-written = Graphique écrit dans { $path }.

## Problèmes avec le dossier lui-même.

l10n-error-no-folder = Aucun dossier de traductions trouvé ici ni dans les dossiers au-dessus. Indiquez-en un : salama l10n check <FOLDER>.
# $path est le dossier indiqué.
l10n-error-no-source = { $path } n’a pas de dossier en. Est-ce bien un dossier de traductions ?
# $path est un fichier ou un dossier.
l10n-error-unreadable = Impossible de lire { $path }.
l10n-error-not-utf8 = Ce fichier n’est pas du texte UTF-8.
