# Machine-assisted draft: not yet reviewed by a native speaker.

### Annuaire des lignes d’aide : à quoi sert chaque ligne, comment la joindre, quand elle est ouverte,
### et la mise à jour de l’annuaire.
### Gardez tels quels les numéros et les noms des organisations. Écrivez pour une personne qui
### a besoin d’aide maintenant : des phrases courtes et simples.

## Pour quoi une ligne d’aide peut aider

helplines-need-emergency = Urgence (police, ambulance, pompiers)
helplines-need-trafficking = Traite des êtres humains et exploitation
helplines-need-asylum-legal-aid = Asile et aide juridique
helplines-need-child-protection = Enfants
helplines-need-gender-based-violence = Violences faites aux femmes et violences sexuelles
helplines-need-medical = Aide médicale
helplines-need-shelter = Un endroit sûr où loger
helplines-need-labour-rights = Droits au travail
helplines-need-missing-persons = Personnes disparues

## Comment joindre une ligne d’aide

helplines-channel-phone = Téléphone
helplines-channel-short-code = Téléphone (numéro court, seulement depuis le pays)
helplines-channel-sms = SMS
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = E-mail
helplines-channel-web = Site web

## Horaires d’ouverture

helplines-open-always = Ouvert jour et nuit
helplines-open-now = Ouvert maintenant
helplines-open-unknown = Horaires d’ouverture inconnus
# $day est un jour de la semaine (voir les messages helplines-day-), $time une heure comme 17:30, $zone un fuseau horaire comme Europe/Rome.
helplines-open-closes = Ouvert maintenant. Ferme { $day } à { $time } ({ $zone }).
helplines-closed-opens = Fermé maintenant. Ouvre { $day } à { $time } ({ $zone }).
helplines-closed = Fermé maintenant
helplines-day-mon = lundi
helplines-day-tue = mardi
helplines-day-wed = mercredi
helplines-day-thu = jeudi
helplines-day-fri = vendredi
helplines-day-sat = samedi
helplines-day-sun = dimanche

## Détails affichés avec chaque ligne d’aide

helplines-emergency-label = URGENCE
helplines-free = Gratuit
helplines-not-free = L’appel peut être payant
helplines-free-unknown = Coût inconnu
helplines-languages = Langues
helplines-languages-more = et d’autres langues
helplines-languages-unknown = Langues inconnues
helplines-languages-unlisted = plusieurs, non précisées
helplines-operator = Géré par
helplines-sources = Source
helplines-source-dated = Date de la source : { $date }
helplines-source-undated = La source n’a pas de date
helplines-checked-by = Vérifié par { $by } ({ $date })
helplines-checked-by-undated = Vérifié par { $by }
helplines-status-partly-verified = Pas entièrement confirmé : vérifiez que ce numéro fonctionne toujours.
helplines-none-found = Aucune ligne d’aide trouvée pour cette recherche. En cas de danger immédiat, appelez le 112 (en Europe) ou le numéro d’urgence du pays.

## L’annuaire de base : des numéros de sources publiques, intégrés à l’application

helplines-eu-112-name = Numéro d’urgence 112
helplines-eu-112-description = En cas de danger immédiat : police, ambulance, pompiers. Gratuit depuis les téléphones fixes et portables.
helplines-eu-112-note = Fonctionne dans tous les pays de l’UE.
helplines-ch-112-name = Numéro d’urgence 112
helplines-ch-112-description = En cas de danger immédiat : police, ambulance, pompiers. Gratuit depuis les téléphones fixes et portables.
helplines-rs-112-name = Numéro d’urgence 112
helplines-rs-112-description = En cas de danger immédiat : police, ambulance, pompiers. Gratuit depuis les téléphones fixes et portables.

helplines-eu-116000-name = Numéro pour les enfants disparus 116 000
helplines-eu-116000-description = Pour un enfant disparu : soutien pour l’enfant, sa famille et les personnes qui ont vu quelque chose. Gratuit, jour et nuit.
helplines-eu-116000-note = Dans chaque pays, une organisation différente gère ce numéro, par exemple The Smile of the Child en Grèce et Telefono Azzurro en Italie. La plupart des pays proposent aussi un chat.
helplines-ch-116000-name = Numéro pour les enfants disparus 116 000
helplines-ch-116000-description = Pour un enfant disparu : soutien pour l’enfant, sa famille et les personnes qui ont vu quelque chose. Gratuit, jour et nuit.
helplines-ch-116000-note = Vérifiez le numéro sur place : l’organisation qui le gère change selon le pays.
helplines-al-116000-name = Numéro pour les enfants disparus 116 000
helplines-al-116000-description = Pour un enfant disparu : soutien pour l’enfant, sa famille et les personnes qui ont vu quelque chose. Gratuit, jour et nuit.
helplines-al-116000-note = Vérifiez le numéro sur place : l’organisation qui le gère change selon le pays.
helplines-rs-116000-name = Numéro pour les enfants disparus 116 000
helplines-rs-116000-description = Pour un enfant disparu : soutien pour l’enfant, sa famille et les personnes qui ont vu quelque chose. Gratuit, jour et nuit.

helplines-eu-116111-name = Ligne d’écoute pour les enfants 116 111
helplines-eu-116111-description = Écoute et conseils pour les enfants qui ont besoin de parler à quelqu’un. Gratuit.
helplines-eu-116111-note = Pas encore dans tous les pays de l’UE. Certaines lignes sont ouvertes jour et nuit, d’autres à des heures fixes.

helplines-de-hilfetelefon-116016-name = Ligne d’aide pour les femmes victimes de violences (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Pour les femmes qui subissent des violences, y compris la traite des êtres humains, la prostitution forcée et l’exploitation au travail. Gratuit, anonyme, jour et nuit, tous les jours de l’année.
helplines-de-hilfetelefon-116016-note = Pour les femmes. Répond en allemand et dans 18 autres langues. Chat et e-mail sur son site web.

helplines-gb-modern-slavery-helpline-name = Ligne d’aide contre l’esclavage moderne et l’exploitation (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Pour toute personne exploitée ou forcée à travailler, ou qui connaît quelqu’un dans ce cas. Gratuit, confidentiel, jour et nuit.
helplines-gb-modern-slavery-helpline-note = Aide dans plus de 200 langues.

helplines-us-human-trafficking-hotline-name = Ligne nationale contre la traite des êtres humains (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = Pour les victimes et les survivants de la traite des êtres humains, et pour les personnes qui veulent les aider. Gratuit, jour et nuit. Ce n’est ni la police ni le service de l’immigration.
helplines-us-human-trafficking-hotline-note = Au téléphone en anglais et en espagnol, et dans plus de 200 langues avec des interprètes. SMS et chat seulement en anglais et en espagnol.

helplines-it-numero-verde-antitratta-name = Numéro vert contre la traite (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = Pour les victimes et les témoins de la traite des êtres humains. Gratuit, anonyme, jour et nuit.
helplines-it-numero-verde-antitratta-note = Des médiateurs culturels parlent aussi des langues du Nigeria, et d’autres langues.

helplines-it-arci-asylum-name = Numéro vert de l’ARCI pour les demandeurs d’asile et les réfugiés
helplines-it-arci-asylum-description = Aide juridique et interprètes pour les personnes qui demandent l’asile ou qui ont une protection internationale.
helplines-it-arci-asylum-note = Aide en 36 langues et dialectes. En dehors des heures d’ouverture, laissez un message vocal à tout moment. Ces informations datent de 2021 : vérifiez que la ligne fonctionne toujours.

helplines-gr-a21-1109-name = Ligne d’aide et d’information sur la traite des êtres humains 1109
helplines-gr-a21-1109-description = Pour les victimes de la traite des êtres humains et les personnes qui veulent la signaler.
helplines-gr-a21-1109-note = Les sources datent d’environ 2012, et ses horaires d’ouverture n’ont pas pu être confirmés.

helplines-rs-astra-sos-name = Ligne d’urgence ASTRA SOS
helplines-rs-astra-sos-description = Soutien aux personnes qui ont survécu à la traite des êtres humains. Vous pouvez aussi signaler la traite de façon anonyme.
helplines-rs-astra-sos-note = ASTRA gère aussi le numéro pour les enfants disparus 116 000 en Serbie.

helplines-tr-yimer-157-name = Centre de communication pour les étrangers (YİMER 157)
helplines-tr-yimer-157-description = Informations sur les visas, le séjour et la protection internationale, et ligne d’aide pour les victimes de la traite des êtres humains. Ouvert à toute heure.
helplines-tr-yimer-157-note = Cette ligne est gérée par l’administration de l’État chargée des migrations.

helplines-ly-unhcr-protection-name = Ligne de protection de l’UNHCR
helplines-ly-unhcr-protection-description = Pour les réfugiés et les demandeurs d’asile en Libye qui ont besoin de protection.
helplines-ly-unhcr-protection-note = En mars 2020, elle répondait du dimanche au jeudi, de 09:00 à 17:00. Ses horaires actuels ne sont pas connus.

helplines-ly-cesvi-protection-name = Lignes de protection de CESVI
helplines-ly-cesvi-protection-description = Aide à la protection des réfugiés et des demandeurs d’asile, par un partenaire de l’UNHCR.

helplines-ly-sexual-violence-line-name = Ligne d’aide pour les personnes qui ont survécu à des violences sexuelles
helplines-ly-sexual-violence-line-description = Pour les personnes qui ont survécu à des violences sexuelles. Jour et nuit.
helplines-ly-sexual-violence-line-note = Liée à l’International Rescue Committee (IRC). Le texte de la source était coupé : vérifiez ce numéro avant de compter sur lui.

helplines-mx-linea-contra-la-trata-name = Ligne et chat nationaux contre la traite des êtres humains
helplines-mx-linea-contra-la-trata-description = Des psychologues et des avocats aident les victimes de la traite des êtres humains. Gratuit, anonyme, jour et nuit, par téléphone ou par WhatsApp.
helplines-mx-linea-contra-la-trata-note = Reçoit aussi des signalements venant de l’extérieur du Mexique.

## La commande helplines de l’application pour ordinateur

# $list est la liste des mots valides, par exemple « emergency, trafficking, … ».
helplines-cli-unknown-need = Besoin inconnu. Utilisez l’un de ces mots : { $list }
helplines-cli-unknown-channel = Moyen de joindre une ligne d’aide inconnu. Utilisez l’un de ces mots : { $list }

## Mettre à jour les lignes d’aide

helplines-sync-usage = Donnez l’adresse d’une publication (salama sync <URL>), ou utilisez salama sync status.
helplines-sync-checking = Recherche de mises à jour…
# $collections est le nombre de fichiers à télécharger, $size la quantité de données, par exemple 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] Rien à télécharger.
        [one] Un fichier à télécharger ({ $size }).
        [many] { $collections } fichiers à télécharger ({ $size }).
       *[other] { $collections } fichiers à télécharger ({ $size }).
    }
helplines-sync-applying = Installation…
# $serial est le numéro de la publication.
helplines-sync-updated = Mis à jour vers la publication { $serial }.
helplines-sync-up-to-date = Déjà à jour (publication { $serial }).
# $requests est le nombre de requêtes faites, $size la quantité de données téléchargées.
helplines-sync-cost =
    { $requests ->
        [one] { $requests } requête, données téléchargées : { $size }.
        [many] { $requests } requêtes, données téléchargées : { $size }.
       *[other] { $requests } requêtes, données téléchargées : { $size }.
    }
helplines-sync-stale = Ces informations ont expiré. Elles sont toujours affichées, mais elles ne sont peut-être plus à jour.

## État des mises à jour

helplines-status-none = Aucune mise à jour installée pour l’instant : Salama utilise les lignes d’aide intégrées à l’application.
helplines-status-release = Publication installée : { $serial }
helplines-status-publisher = Publié par
helplines-status-key = Signé avec la clé
helplines-status-source = Provenance
helplines-status-issued = Date de publication
# $days est le nombre de jours depuis la publication.
helplines-status-age =
    { $days ->
        [0] Les informations datent de moins d’un jour.
        [one] Les informations datent d’un jour.
        [many] Les informations datent de { $days } jours.
       *[other] Les informations datent de { $days } jours.
    }
helplines-status-expires = Expiration
helplines-status-expired = Expiré : les informations ne sont peut-être plus à jour.
helplines-expires-in =
    { $days ->
        [0] il reste moins d’un jour
        [one] il reste un jour
        [many] il reste { $days } jours
       *[other] il reste { $days } jours
    }
helplines-expired-ago =
    { $days ->
        [0] expiré il y a moins d’un jour
        [one] expiré il y a un jour
        [many] expiré il y a { $days } jours
       *[other] expiré il y a { $days } jours
    }
helplines-status-outdated = (plus ancienne que la publication : mettez à jour pour la compléter)
helplines-status-last-success = Dernière mise à jour réussie
helplines-status-last-attempt = Dernière tentative
helplines-status-last-error = Dernière erreur
helplines-status-never = jamais

## Paquets hors ligne

# $file est un nom de fichier, $serial le numéro de la publication, $collections une liste comme helplines/GR, $size la taille du fichier.
helplines-pack-exported = { $file } écrit : publication { $serial }, { $collections } ({ $size }).

## Outils de l’éditeur

# $file et $public sont des noms de fichiers, $id l’identifiant d’une clé.
helplines-publish-key-written = Nouvelle clé de signature écrite dans { $file }. Gardez-la secrète et faites-en une copie de sauvegarde : elle n’est jamais écrasée. Sa clé publique (identifiant { $id }) est dans { $public }.
# $serial est le numéro de la publication, $dir un dossier, $keys des identifiants de clés.
helplines-publish-released = Publication { $serial } écrite dans { $dir }, signée avec { $keys }.
# $name est une collection comme helplines/GR, $version sa version, $entries le nombre de lignes d’aide qu’elle contient, $size sa taille.
helplines-publish-collection-changed = { $name } : version { $version }, lignes d’aide : { $entries }, { $size } (modifiée)
helplines-publish-collection-same = { $name } : version { $version }, lignes d’aide : { $entries }, { $size } (inchangée)
helplines-publish-translations-changed = { $name } : version { $version }, fichiers de traduction : { $files }, { $size } (modifiée)
helplines-publish-translations-same = { $name } : version { $version }, fichiers de traduction : { $files }, { $size } (inchangée)
helplines-publish-empty = { $names } n’a aucune ligne d’aide. Les téléphones cacheraient alors les lignes d’aide intégrées à l’application pour ce pays. Ajoutez ses lignes d’aide ou, pour les retirer volontairement, publiez de nouveau avec --allow-empty.
# $expires est une date et une heure.
helplines-release-verified = La publication { $serial } est valide : signée avec la clé de confiance { $key }, expire le { $expires }.
helplines-release-collection = { $name } : version { $version }, lignes d’aide : { $entries }, { $size }, vérifiée
helplines-release-translations = { $name } : version { $version }, fichiers de traduction : { $files }, { $size }, vérifiée
helplines-release-collection-absent = { $name } : version { $version }, { $size }, absente de ce paquet
helplines-release-no-such-path = { $path } n’existe pas. Indiquez le dossier d’une publication (celui qui contient index.json) ou un fichier de paquet hors ligne.
helplines-release-not-a-release = { $path } n’est ni une publication ni un paquet hors ligne. Une publication est un dossier qui contient index.json ; un paquet est un fichier créé par salama pack export.
