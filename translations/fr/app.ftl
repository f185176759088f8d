# Machine-assisted draft: not yet reviewed by a native speaker.

### Interface des applications Salama : menus, questions et messages.

app-name = Salama
app-tagline = Vos droits, hors ligne, dans votre langue.
app-choose-language = Choisissez votre langue
app-menu-rights = Lire vos droits
app-menu-search = Rechercher
app-menu-language = Changer de langue
app-menu-quit = Quitter
app-prompt-choice = Tapez un numéro, puis appuyez sur Entrée.
app-prompt-search = Tapez les mots à chercher, puis appuyez sur Entrée.
app-prompt-continue = Appuyez sur Entrée pour revenir.
app-search-no-results = Rien n’a été trouvé. Essayez un autre mot.
# $count est le nombre d’articles trouvés.
app-search-results =
    { $count ->
        [one] { $count } article trouvé.
        [many] { $count } articles trouvés.
       *[other] { $count } articles trouvés.
    }
app-back = Retour
app-invalid-choice = Veuillez taper l’un des numéros affichés.
app-review-machine-draft = Cette traduction a été faite avec l’aide d’une machine. Une personne de langue maternelle française ne l’a pas encore vérifiée.
app-review-native-reviewed = Cette traduction a été vérifiée par une personne de langue maternelle française.
app-review-legally-reviewed = Cette traduction a été vérifiée par une personne de langue maternelle française qui a des connaissances juridiques.
notice-content-rebuilt = Le contenu enregistré de Salama était endommagé. Il a été reconstruit. Votre journal n’a pas été touché. Les mises à jour seront de nouveau téléchargées à la prochaine synchronisation.
