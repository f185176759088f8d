# Machine-assisted draft: not yet reviewed by a native speaker.

### Vérification de la situation : questions sur ce qui est arrivé à la personne, et sur ce qui
### peut s’appliquer à elle.
### Les questions décrivent des situations de la vie de tous les jours, jamais des catégories juridiques : gardez-les ainsi.
### Les résultats sont des indices, pas des décisions. N’écrivez jamais que la personne « n’est pas victime »,
### « n’est pas réfugiée » ou que quelque chose « ne s’applique pas » à elle.

## Écrans

guide-title = Vérifiez votre situation
guide-intro = Répondez à quelques questions courtes sur ce qui vous est arrivé. Ensuite, Salama vous montre les droits qui peuvent vous protéger, et les types d’aide que vous pouvez demander. À chaque question, vous pouvez répondre « Je ne sais pas » ou « Je préfère ne pas répondre ».
guide-privacy = Vos réponses ne sont pas enregistrées. Elles restent dans la mémoire de cette application seulement pendant que vous répondez, et elles sont effacées quand vous fermez la vérification.
guide-result-title = Ce qui peut s’appliquer à vous
guide-result-articles = Vos droits qui peuvent s’appliquer, les plus urgents d’abord
guide-result-needs = L’aide que vous pouvez demander
guide-result-notes = Important
# $number compte les questions déjà répondues, plus celle-ci. $total est le nombre maximum de questions possible, qui dépend des réponses.
guide-progress = Question { $number } sur { $total } au maximum

## Réponses

guide-answer-yes = Oui
guide-answer-no = Non
guide-answer-not-sure = Je ne sais pas
guide-answer-prefer-not-to-say = Je préfère ne pas répondre

## Questions
## Chaque question peut avoir une aide : des exemples ou une explication affichés en dessous.

guide-question-danger = Êtes-vous en danger en ce moment ?
guide-question-danger-hint = Par exemple, quelqu’un vous fait du mal ou menace de vous faire du mal, vous êtes enfermé, ou vous êtes perdu en mer ou dans un endroit sans eau.
guide-question-fear-return = Auriez-vous peur de subir un mal grave si on vous renvoyait dans votre pays ?
guide-question-fear-return-hint = Par exemple à cause de la guerre ou de la violence, à cause de qui vous êtes ou de ce que vous croyez, ou à cause de personnes qui veulent vous faire du mal.
guide-question-crossed-border = Avez-vous passé une frontière sans visa, ou sans passer par un contrôle à la frontière ?
guide-question-crossed-border-hint = Par exemple à pied à travers des champs ou des montagnes, caché dans un véhicule, ou en bateau.
guide-question-paid-crossing = Avez-vous payé quelqu’un, ou accepté de payer quelqu’un plus tard, pour vous aider à passer une frontière ?
guide-question-owe-money = Devez-vous de l’argent aux personnes qui vous ont amené ici, ou aux personnes pour qui vous travaillez ?
guide-question-debt-control = Est-ce que ces personnes décident comment vous les remboursez ? Par exemple, elles gardent l’argent que vous gagnez, elles ajoutent de nouveaux frais, ou la somme que vous devez ne diminue jamais.
guide-question-documents-taken = Est-ce que quelqu’un a pris votre passeport ou votre carte d’identité, ou le garde et refuse de vous le rendre ?
guide-question-work = Depuis votre départ de chez vous, avez-vous travaillé pour quelqu’un, ou vous a-t-on promis un travail ?
guide-question-work-hint = Tout type de travail compte, payé ou non : par exemple dans une maison, dans une ferme, dans une usine, dans un restaurant, ou dans la prostitution.
guide-question-job-deception = Le travail, le salaire ou les conditions étaient-ils très différents de ce qu’on vous avait promis ?
guide-question-pay-withheld = Est-ce que quelqu’un garde votre salaire, ou vous paie beaucoup moins que ce que vous avez gagné ?
guide-question-conditions = Devez-vous travailler pendant de très longues heures sans repos, ou vivre ou travailler dans un endroit dangereux ou humiliant ?
guide-question-movement = Est-ce qu’on vous empêche de quitter l’endroit où vous travaillez ou logez, ou de contacter votre famille ou d’autres personnes ?
guide-question-vulnerability = Est-ce que quelqu’un profite de votre situation pour vous contrôler ?
guide-question-vulnerability-hint = Par exemple parce que vous n’avez pas de papiers, que vous ne parlez pas la langue, ou que vous avez besoin de cette personne pour manger ou pour avoir un endroit où dormir.
guide-question-threats = Est-ce que les personnes qui vous ont amené ici, ou les personnes pour qui vous travaillez, vous menacent, vous ou votre famille ?
guide-question-threats-hint = Par exemple, elles disent qu’elles vont vous faire du mal, à vous ou à votre famille, qu’elles vont vous dénoncer à la police, ou qu’elles vont vous faire expulser.
guide-question-violence = Depuis votre départ de chez vous, est-ce que quelqu’un vous a frappé, vous a fait du mal, ou vous a forcé à avoir des rapports sexuels ou à faire des actes sexuels ?
guide-question-forced-crime = Est-ce qu’on vous a obligé à faire quelque chose d’interdit par la loi ?
guide-question-forced-crime-hint = Par exemple cultiver ou transporter de la drogue, voler, mendier, ou utiliser de faux papiers.
guide-question-under-18 = Avez-vous moins de 18 ans ?
guide-question-under-18-hint = Si vous ne connaissez pas votre âge exact, répondez « Je ne sais pas ».
guide-question-alone = Voyagez-vous ou vivez-vous sans vos parents, et sans un autre adulte de votre famille qui s’occupe de vous ?
guide-question-detained = En ce moment, êtes-vous retenu par la police ou gardé dans un lieu fermé, ou avez-vous été arrêté ?
guide-question-detained-hint = Par exemple dans un commissariat de police, une prison, ou un centre fermé pour migrants.

## Pourquoi un article peut s’appliquer
## Une ou deux phrases pour chaque article affiché par une règle. « Peut-être » : ce sont des indices, pas des décisions.

guide-why-child-alone-children = Vous avez peut-être moins de 18 ans et vous êtes sans adulte de votre famille. Les enfants seuls ont droit à un tuteur, à une protection en plus, et à de l’aide pour retrouver leur famille.
guide-why-child-children = Vous avez peut-être moins de 18 ans. Les enfants ont une protection en plus, quels que soient leurs papiers, et leur intérêt supérieur doit passer en premier.
guide-why-detained-detention = Vous êtes peut-être retenu ou arrêté. Vous avez quand même des droits : vous pouvez demander l’asile, un interprète et un avocat.
guide-why-child-trafficking-trafficking-protection = Vous avez peut-être moins de 18 ans, et certaines de vos réponses sont des signes d’alerte d’exploitation. Pour les enfants, cela peut être de la traite même sans force ni mensonges, et vous pouvez être protégé comme victime possible.
guide-why-child-trafficking-smuggling-or-trafficking = Certaines de vos réponses sont des signes d’alerte qui montrent que votre voyage ou votre travail est devenu de l’exploitation. Pour les enfants, cela peut être de la traite même sans force, sans menaces et sans mensonges.
guide-why-trafficking-trafficking-protection = Certaines de vos réponses sont des signes d’alerte de traite des êtres humains ou de travail forcé. Vous pouvez demander qu’on vérifie si vous êtes victime de la traite, et recevoir de l’aide, même avant que quelque chose soit prouvé.
guide-why-trafficking-asylum-and-trafficking = Comme il y a des signes de traite, vous avez peut-être des droits comme victime de la traite et comme réfugié en même temps. Vous n’avez pas à choisir.
guide-why-forced-crime-non-punishment = On vous a peut-être obligé à enfreindre la loi. Si quelqu’un vous a forcé, les autorités peuvent décider de ne pas vous punir pour ce qu’on vous a forcé à faire.
guide-why-exploited-rules-broken-non-punishment = Il y a des signes que quelqu’un vous a exploité. Si, à cause de cela, vous n’avez pas respecté certaines règles, par exemple sur les frontières, les papiers ou le travail, les autorités peuvent décider de ne pas vous punir.
guide-why-smuggled-exploited-smuggling-or-trafficking = Vous avez peut-être payé quelqu’un pour passer une frontière, et certaines de vos réponses sont des signes d’alerte qui montrent que le trafic de migrants est devenu de la traite.
guide-why-fear-return-non-refoulement = Vous risquez peut-être un mal grave si on vous renvoie. Un pays ne doit envoyer personne dans un lieu où cette personne risquerait la persécution, la torture ou un autre mal grave.
guide-why-fear-return-asylum = Vous avez peut-être peur de rentrer. Demander l’asile, c’est la façon dont un pays vérifie si vous avez besoin de sa protection, même si vous n’aviez pas de papiers en arrivant.
guide-why-smuggled-smuggled-not-criminal = Vous avez peut-être fait appel à un passeur. Selon le Protocole des Nations Unies contre le trafic illicite de migrants, on ne doit pas vous poursuivre en justice simplement parce qu’un passeur vous a fait passer la frontière : c’est le passeur qui commet le crime.

## Types d’aide

guide-need-emergency = Aide d’urgence tout de suite : police, ambulance ou pompiers
guide-need-child-protection = Protection et soutien pour les enfants
guide-need-trafficking = Aide pour les personnes exploitées ou victimes de la traite
guide-need-gender-based-violence = Aide après des violences sexuelles ou sexistes
guide-need-medical = Soins médicaux
guide-need-shelter = Un endroit sûr où loger
guide-need-asylum-legal-aid = Conseils juridiques sur l’asile et sur vos papiers
guide-need-labour-rights = Aide pour le travail, le salaire et les conditions de travail
guide-need-missing-persons = Aide pour retrouver votre famille

## Remarques affichées avec le résultat

# 112 est le numéro d’urgence en Europe. Gardez le numéro tel quel.
guide-note-emergency-now = Demandez de l’aide maintenant. En Europe, appelez le 112 pour la police, une ambulance ou les pompiers. L’appel est gratuit. Sur beaucoup de téléphones portables, le 112 fonctionne aussi dans d’autres pays.
guide-note-when-safe = Quand vous serez en sécurité, vous pourrez revenir et répondre aux autres questions, pour voir tous les droits qui peuvent vous protéger.
# 112 est le numéro d’urgence en Europe. Gardez le numéro tel quel.
guide-note-emergency-if-needed = Si vous êtes en danger, à n’importe quel moment, appelez le 112 en Europe. L’appel est gratuit.
guide-note-both-together = L’asile et la protection comme victime de la traite peuvent tous les deux s’appliquer à vous en même temps. Vous pouvez demander les deux. Demander l’un ne vous enlève pas votre droit à l’autre.
guide-note-skipped = Vous avez choisi de ne pas répondre à certaines questions. Ce n’est pas un problème. Des droits liés à ces questions peuvent quand même vous protéger : vous pouvez lire tous les articles de la bibliothèque des droits.
guide-note-nothing-specific = Vos réponses ne correspondent à aucune des situations de cette vérification. Ce n’est pas une décision sur vous. Des droits peuvent quand même vous protéger : lisez la bibliothèque des droits, ou parlez à une organisation de confiance.
guide-note-clues = Ces résultats sont des indices, pas des décisions. Seuls les autorités et les tribunaux prennent les décisions sur un cas, et d’autres droits peuvent aussi vous protéger. Ceci est une information générale, pas un conseil juridique. Un avocat ou une organisation de confiance peut examiner toute votre situation.

## Where the reader is
guide-country-question = Dans quel pays êtes-vous maintenant ? Salama pourra alors vous montrer les lignes d’aide de ce pays.
guide-country-other = Un autre pays, ou passer cette question
guide-result-helplines-in = Lignes d’aide : { $country }
guide-result-no-helplines = Salama n’a pas encore de lignes d’aide pour ce pays : { $country }.

## Keeping the result
guide-save-offer = Voulez-vous garder ce résultat dans votre journal chiffré ? Seul le résultat est gardé, pas vos réponses.
guide-save-yes = Oui, le garder dans mon journal
guide-save-no = Non, ne pas le garder
guide-saved = Le résultat est enregistré dans votre journal.
guide-save-no-diary = Vous n’avez pas encore de journal. Pour en créer un, lancez : salama diary init
guide-error-unfinished = Les réponses s’arrêtent avant la fin de la vérification. Ajoutez une réponse à la question suivante : { $question }. On peut répondre prefer-not-to-say à toutes les questions.

## Countries
guide-country-al = Albanie
guide-country-ch = Suisse
guide-country-de = Allemagne
guide-country-gb = Royaume-Uni
guide-country-gr = Grèce
guide-country-it = Italie
guide-country-ly = Libye
guide-country-mx = Mexique
guide-country-rs = Serbie
guide-country-tr = Turquie
guide-country-us = États-Unis
