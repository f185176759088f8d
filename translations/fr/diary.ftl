# Machine-assisted draft: not yet reviewed by a native speaker.

### Le journal verrouillé (chiffré) : questions, avertissements, rapport exporté.

diary-title = Journal
diary-prompt-passphrase = Phrase secrète du journal :
diary-prompt-new-passphrase = Nouvelle phrase secrète du journal :
diary-prompt-repeat-passphrase = Tapez encore une fois la même phrase secrète :
diary-prompt-duress-passphrase = Phrase secrète de contrainte (déverrouiller avec elle efface le journal et ouvre un journal vide) :
diary-prompt-export-passphrase = Phrase secrète de l’export (donnez-la par un autre moyen à la personne qui le lira) :
diary-passphrases-differ = Les deux phrases secrètes ne sont pas identiques. Rien n’a été modifié.
diary-warning-pin = Un code PIN est facile à deviner pour quelqu’un qui copie votre téléphone. Une phrase de plusieurs mots est beaucoup plus sûre.
diary-warning-short = Cette phrase secrète est courte. Une phrase de plusieurs mots est beaucoup plus sûre.
diary-created = Votre journal est prêt. Personne ne peut le lire sans votre phrase secrète. Si vous oubliez la phrase secrète, le journal ne pourra pas être récupéré.
diary-passphrase-changed = La phrase secrète a été changée. L’ancienne n’ouvre plus le journal.
diary-duress-set = La phrase secrète de contrainte est enregistrée. Déverrouiller avec elle efface votre journal et ouvre un journal vide.
diary-wipe-after-set = Le journal sera effacé après ce nombre de phrases secrètes incorrectes à la suite.
diary-added = Entrée enregistrée.
diary-edited = Entrée modifiée. La version précédente est conservée.
diary-deleted = Entrée supprimée.
diary-wiped = Le journal a été effacé. Il ne peut pas être récupéré.
diary-confirm-delete = Supprimer cette entrée avec toutes ses versions et ses pièces jointes ? Pour confirmer, tapez « yes ».
diary-confirm-wipe = Effacer tout le journal maintenant ? Il ne pourra pas être récupéré. Pour confirmer, tapez « yes ».
diary-confirm-needed = Rien n’a été fait. Pour le faire sans question, ajoutez --yes.
diary-not-confirmed = Rien n’a été fait.
diary-exported = L’export a été écrit. Seule la personne qui a la clé ou la phrase secrète peut l’ouvrir, avec l’outil age.
diary-backed-up = La sauvegarde a été écrite. Elle s’ouvre avec la phrase secrète, sur n’importe quel téléphone.
# $added, $merged, $unchanged, $replaced et $attachments sont des nombres.
diary-restored = Restauration terminée. Nouvelles entrées : { $added }. Fusionnées : { $merged }. Déjà présentes : { $unchanged }. Remplacées : { $replaced }. Pièces jointes : { $attachments }.
diary-restore-choose = Votre journal contient déjà des entrées. Ajoutez --merge pour les garder et ajouter celles de la sauvegarde, ou --replace pour les supprimer d’abord.
diary-restore-ask = Votre journal contient déjà des entrées. Tapez fusionner pour les garder et ajouter celles de la sauvegarde, ou remplacer pour les supprimer d’abord :
diary-answer-merge = fusionner
diary-answer-replace = remplacer
diary-prompt-backup-passphrase = Phrase secrète de la sauvegarde :
diary-prompt-backup-passphrase-or-same = Phrase secrète de la sauvegarde (appuyez sur Entrée si c’est celle du journal) :
diary-none-here = Il n’y a pas encore de journal ici. Créez-en un avec : salama diary init
diary-kdf-memory-range = La mémoire utilisée pour protéger la phrase secrète doit être comprise entre { $min } et { $max } Mio. Rien n’a été créé.
diary-kdf-passes-range = Le nombre de passes doit être compris entre { $min } et { $max }. Rien n’a été créé.
diary-wipe-after-range = Le nombre de phrases secrètes incorrectes avant l’effacement du journal doit être compris entre 1 et 100, ou 0 pour ne jamais l’effacer. Rien n’a été modifié.
diary-clear-and-set = Un champ ne peut pas être vidé et recevoir une nouvelle valeur en même temps. Rien n’a été modifié.
diary-no-entries = Aucune entrée.
diary-damaged-entries = Certaines entrées sont endommagées et ne peuvent pas être lues. Vos autres entrées sont en sécurité.
diary-damaged-not-included = Ces entrées sont endommagées et n’ont pas pu être lues : elles sont laissées de côté (tout le reste est inclus) :
diary-damaged-attachments-not-included = Ces pièces jointes sont endommagées et n’ont pas pu être lues : elles sont laissées de côté :
# $shown et $total sont des nombres.
diary-list-count = Entrées : { $shown } sur { $total }.
diary-ledger-empty = Aucune dette ni aucun paiement enregistré.
diary-history = Versions précédentes

diary-kind-event = Événement
diary-kind-payment = Paiement
diary-kind-debt = Dette
diary-kind-document-taken = Document pris
diary-kind-person = Personne
diary-kind-place = Lieu
diary-kind-note = Note

diary-field-date = Date
diary-field-text = Texte
diary-field-place = Lieu
diary-field-people = Personnes
diary-field-amount = Montant
diary-field-creditor = Dû à
diary-field-tags = Mots-clés
diary-field-written = Écrit
diary-field-edited = Modifié
diary-field-attachment = Pièce jointe
diary-field-version = Version

diary-report-title = Rapport du journal
# $date est la date de l’export, $count le nombre d’entrées.
diary-report-generated =
    { $count ->
        [one] Exporté le { $date }. { $count } entrée.
        [many] Exporté le { $date }. { $count } entrées.
       *[other] Exporté le { $date }. { $count } entrées.
    }
diary-report-notice = Ce rapport a été écrit par la personne à qui appartient le journal, dans l’application Salama, sur son téléphone. Les dates des événements sont celles que cette personne a saisies ; les heures « Écrit » viennent de l’horloge du téléphone. Les versions précédentes des entrées modifiées sont dans diary.json.
diary-report-ledger = Dettes et paiements
diary-report-ledger-empty = Aucune dette ni aucun paiement enregistré.
diary-report-creditor = Dû à
diary-report-currency = Devise
diary-report-owed = Dû
diary-report-paid = Payé
diary-report-remaining = Reste à payer
diary-report-entries = Entrées par date
diary-report-damaged = Éléments endommagés
diary-report-damaged-notice = Ces éléments n’ont pas passé le contrôle d’intégrité : ils ont été endommagés, ou modifiés par quelqu’un qui avait le fichier. Ce qui n’a pas pu être vérifié est laissé de côté. Tout le reste figure dans cet export.
diary-report-damaged-entry = Entrée { $id }
diary-report-damaged-attachment = Pièce jointe { $id }
# $count est le nombre de fois où l’entrée a été modifiée, $date la date de la dernière modification.
diary-report-edited =
    { $count ->
        [one] une fois, la dernière le { $date }
        [many] { $count } fois, la dernière le { $date }
       *[other] { $count } fois, la dernière le { $date }
    }
