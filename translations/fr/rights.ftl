# Machine-assisted draft: not yet reviewed by a native speaker.

# Articles sur les droits : traduction française.
# Langage simple, pour des personnes qui lisent peut-être le français comme deuxième langue.
# Phrases courtes. Gardez chaque explication d’un terme juridique.
# Ceci est une information générale, pas un conseil juridique.

## Commun

# Affiché en haut de chaque article sur les droits.
rights-notice = Ceci est une information générale, pas un conseil juridique. Les lois et les pratiques sont différentes dans chaque pays, et certains pays n’ont pas rejoint tous les accords. Demandez à un avocat ou à une organisation de confiance ce qui s’applique à votre cas.
rights-steps-heading = Ce que vous pouvez faire
rights-sources-heading = Base juridique
# $date est la date à laquelle une personne a vérifié cet article pour la dernière fois.
rights-reviewed = Dernière vérification : { $date }
# $instrument est le nom d’une loi ou d’un traité (voir les messages rights-instrument- plus bas). $article est un numéro d’article, par exemple 33(1).
rights-source-article = { $instrument }, article { $article }
# $instrument est le nom d’un document d’orientation. $paragraph est un numéro de paragraphe, par exemple 31.
rights-source-paragraph = { $instrument }, paragraphe { $paragraph }

## Noms des lois et des traités
## Utilisez le nom officiel de chaque texte dans votre langue, s’il existe.

rights-instrument-refugee-convention = Convention de 1951 relative au statut des réfugiés
rights-instrument-cat = Convention des Nations Unies contre la torture
rights-instrument-echr = Convention européenne des droits de l’homme
rights-instrument-eu-charter = Charte des droits fondamentaux de l’Union européenne
rights-instrument-udhr = Déclaration universelle des droits de l’homme
rights-instrument-smuggling-protocol = Protocole des Nations Unies contre le trafic illicite de migrants
rights-instrument-trafficking-protocol = Protocole des Nations Unies visant à prévenir, réprimer et punir la traite des personnes
rights-instrument-coe-trafficking-convention = Convention du Conseil de l’Europe sur la lutte contre la traite des êtres humains
rights-instrument-eu-anti-trafficking-directive = Directive de l’UE concernant la lutte contre la traite des êtres humains (2011/36/UE)
rights-instrument-eu-procedures-regulation = Règlement de l’UE sur la procédure d’asile (2024/1348)
rights-instrument-crc = Convention des Nations Unies relative aux droits de l’enfant
rights-instrument-eu-procedures-directive = Directive de l’UE relative aux procédures d’asile (2013/32/UE, remplacée le 12 juin 2026)
rights-instrument-unhcr-gip-7 = Principes directeurs du HCR (UNHCR) sur la protection internationale n° 7 (2006)
rights-instrument-unhcr-gip-14 = Principes directeurs du HCR (UNHCR) sur la protection internationale n° 14 (2024)
rights-instrument-unhcr-roundtable-2001 = Table ronde d’experts du HCR (UNHCR) sur le non-refoulement (2001) : conclusions
rights-instrument-cat-gc-4 = Comité des Nations Unies contre la torture, observation générale n° 4 (2017)
rights-instrument-crc-gc-6 = Comité des droits de l’enfant des Nations Unies, observation générale n° 6 (2005)
rights-instrument-cmw-crc-joint-gc = Comités des Nations Unies sur les travailleurs migrants et sur les droits de l’enfant, observation générale conjointe n° 4 et n° 23 (2017)
rights-instrument-un-report-a-79-213 = Rapport des Nations Unies A/79/213 (2024)
rights-instrument-osce-non-punishment = Représentant spécial de l’OSCE pour la lutte contre la traite : recommandations sur la non-sanction des victimes (2013)
rights-instrument-ilo-forced-labour-indicators = Indicateurs du travail forcé de l’Organisation internationale du travail (OIT) (2012)
rights-instrument-unodc-iom-smuggling-trafficking = ONUDC (UNODC) et OIM (IOM) : les différences entre le trafic de migrants et la traite des êtres humains
rights-instrument-unodc-module-definitions = Module universitaire de l’ONUDC (UNODC) : définitions juridiques de la traite et du trafic de migrants
rights-instrument-unodc-module-trafficking = Module universitaire de l’ONUDC (UNODC) : la traite des personnes
rights-instrument-ecthr-vcl-an = Cour européenne des droits de l’homme, V.C.L. et A.N. c. Royaume-Uni

## Asile

rights-asylum-title = Le droit de demander l’asile
rights-asylum-summary = Vous pouvez demander la protection d’un autre pays, même si vous n’aviez pas de papiers en arrivant.

rights-asylum-right-heading = Votre droit de demander une protection
rights-asylum-right-1 = L’asile est une protection qu’un pays donne à une personne qui n’est pas en sécurité dans son propre pays. Face à la persécution, toute personne a le droit de demander l’asile. C’est le droit de demander, pas la promesse de l’obtenir.
rights-asylum-right-2 = Un réfugié est une personne qui se trouve hors de son pays et qui a une vraie raison d’y craindre la persécution. La persécution, c’est subir un mal grave à cause de sa race, de sa religion, de sa nationalité, de ses opinions politiques ou de son groupe social.
rights-asylum-right-3 = Dans l’Union européenne, la Charte des droits fondamentaux de l’UE garantit aussi le droit d’asile.

rights-asylum-papers-heading = Arriver sans papiers
rights-asylum-papers-1 = Les réfugiés ne doivent pas être punis parce qu’ils sont entrés ou restés dans un pays sans autorisation. Une punition, c’est par exemple une amende ou la prison.
rights-asylum-papers-2 = Il y a trois conditions. Vous arrivez directement du lieu où vous étiez en danger. Vous allez voir les autorités sans attendre. Vous pouvez donner une bonne raison d’avoir passé la frontière de cette façon.
# UNHCR est l’Agence des Nations Unies pour les réfugiés (en français, on dit aussi HCR). Gardez le nom UNHCR.
rights-asylum-papers-3 = L’UNHCR (le HCR), l’Agence des Nations Unies pour les réfugiés, a donné des orientations sur ce point en 2024. Si vous remplissez ces trois conditions, on ne devrait pas vous placer en détention seulement parce que vous êtes arrivé sans papiers. Être en détention veut dire être gardé dans un lieu fermé. On ne devrait pas non plus vous punir parce que vous avez fait appel à un passeur pour entrer, ou parce que vous avez aidé votre propre famille à entrer de cette façon.

rights-asylum-waiting-heading = En attendant une décision
rights-asylum-waiting-1 = Pendant que vous attendez une décision, on ne doit pas vous renvoyer vers le danger.
rights-asylum-waiting-2 = Dans l’Union européenne, les agents doivent vous informer de votre droit de demander l’asile. Ils doivent aussi vous informer des délais, de vos droits et de vos obligations, et de la façon d’obtenir des conseils juridiques gratuits.

# La phrase entre guillemets est ce que la personne dit aux agents.
rights-asylum-step-1 = Dites clairement à la police ou aux agents de la frontière : « Je veux demander l’asile. »
rights-asylum-step-2 = Allez voir les autorités dès que vous le pouvez.
rights-asylum-step-3 = Demandez un interprète si vous ne comprenez pas bien la langue.
rights-asylum-step-4 = Demandez des conseils juridiques gratuits, ou contactez un avocat ou une organisation de confiance.
rights-asylum-step-5 = Notez ce qui vous est arrivé, avec les dates. Vous pouvez utiliser le journal verrouillé de cette application.

## Pas de renvoi vers le danger (non-refoulement)

rights-non-refoulement-title = Aucun renvoi vers le danger
rights-non-refoulement-summary = Un pays ne doit pas vous envoyer dans un lieu où vous risquez la persécution, la torture ou un autre mal grave.

rights-non-refoulement-what-heading = Ce que veut dire « non-refoulement »
# « Non-refoulement » est un terme juridique français utilisé dans beaucoup de langues. Gardez-le, ainsi que l’explication qui suit.
rights-non-refoulement-what-1 = Le « non-refoulement » est un terme juridique. Il veut dire qu’un pays ne doit pas vous renvoyer dans un lieu où vous seriez en grand danger.
rights-non-refoulement-what-2 = Selon la Convention relative au statut des réfugiés, aucun réfugié ne peut être renvoyé, de quelque manière que ce soit, là où sa vie ou sa liberté est menacée. Cela concerne les menaces liées à qui il est ou à ce qu’il croit.
rights-non-refoulement-what-3 = Cela vous protège même avant que votre statut de réfugié soit reconnu. Cela vous protège aussi si l’on vous repousse à la frontière, ou si l’on vous envoie vers le danger en passant par un autre pays.

rights-non-refoulement-torture-heading = Jamais vers la torture
rights-non-refoulement-torture-1 = La Convention des Nations Unies contre la torture protège tout le monde, pas seulement les réfugiés. Personne ne peut être envoyé dans un pays s’il y a de sérieuses raisons de croire qu’il y serait torturé.
rights-non-refoulement-torture-2 = Cette règle n’a aucune exception, même pour les personnes qui ont commis un crime ou qui sont vues comme un danger. Elle concerne aussi les refoulements, quand des agents repoussent des personnes par la force à la frontière ou en mer.

rights-non-refoulement-europe-heading = En Europe
rights-non-refoulement-europe-1 = En Europe, la Convention européenne des droits de l’homme protège aussi tout le monde. Personne ne peut être envoyé là où il court un risque réel de torture ou de traitements inhumains ou dégradants. Cela veut dire des traitements très cruels ou humiliants. Il n’y a aucune exception.
rights-non-refoulement-europe-2 = Dans l’Union européenne, la Charte de l’UE interdit les expulsions collectives. Cela veut dire renvoyer un groupe de personnes sans examiner la situation de chaque personne.

rights-non-refoulement-limits-heading = Les limites à connaître
rights-non-refoulement-limits-1 = La Convention relative au statut des réfugiés prévoit une exception étroite. Elle vise les personnes qui sont un danger pour la sécurité du pays. Elle vise aussi les personnes condamnées pour un crime particulièrement grave qui sont un danger pour la communauté.
rights-non-refoulement-limits-2 = Même dans ce cas, l’interdiction d’envoyer des personnes vers la torture s’applique toujours. Chaque risque est examiné au cas par cas : dites donc aux agents tout sur le danger qui vous menace.

rights-non-refoulement-step-1 = Dites clairement aux agents que vous avez peur de rentrer, et pourquoi. Dites que vous voulez demander l’asile.
rights-non-refoulement-step-2 = Demandez un interprète et un avocat.
rights-non-refoulement-step-3 = Ne signez pas de papiers que vous ne comprenez pas.
# 112 est le numéro d’urgence en Europe. Gardez le numéro tel quel.
rights-non-refoulement-step-4 = En Europe, appelez le 112 si vous êtes en danger maintenant.

## Pas un criminel parce qu’un passeur vous a fait passer la frontière

rights-smuggled-not-criminal-title = Passer la frontière avec un passeur ne fait pas de vous un criminel
rights-smuggled-not-criminal-summary = Selon le Protocole des Nations Unies contre le trafic illicite de migrants, on ne doit pas vous poursuivre en justice simplement parce qu’un passeur vous a fait passer la frontière.

rights-smuggled-not-criminal-what-heading = Ce que dit la loi
rights-smuggled-not-criminal-what-1 = Le trafic de migrants, c’est quand quelqu’un vous aide à passer une frontière illégalement, pour de l’argent ou un autre avantage. C’est le passeur qui commet le crime.
rights-smuggled-not-criminal-what-2 = Le Protocole des Nations Unies contre le trafic illicite de migrants dit qu’on ne doit pas vous poursuivre, sur la base de ce Protocole, simplement parce qu’un passeur vous a fait passer. Être poursuivi veut dire être accusé d’un crime devant un tribunal.
rights-smuggled-not-criminal-what-3 = Le Protocole ne vous enlève aucun de vos autres droits. Cela comprend vos droits de réfugié et votre protection contre le renvoi vers le danger. On ne doit pas vous traiter plus mal parce qu’un passeur vous a fait passer.

rights-smuggled-not-criminal-safety-heading = Votre sécurité
rights-smuggled-not-criminal-safety-1 = Les pays doivent prendre des mesures pour protéger votre vie, et pour vous protéger de la torture, des traitements cruels et de la violence. Ils doivent vous aider si votre vie ou votre sécurité est en danger.
rights-smuggled-not-criminal-safety-2 = Ils doivent tenir compte des besoins particuliers des femmes et des enfants. Si vous êtes en détention, on doit vous informer rapidement de la possibilité de contacter votre consulat. Un consulat est un bureau du gouvernement de votre pays, à l’étranger.

rights-smuggled-not-criminal-limits-heading = Ce que cela ne couvre pas
rights-smuggled-not-criminal-limits-1 = On peut quand même vous poursuivre pour d’autres crimes, par exemple si vous avez aidé à faire passer d’autres personnes.
rights-smuggled-not-criminal-limits-2 = Le pays peut quand même appliquer ses règles sur l’immigration, par exemple pour décider si vous pouvez rester. Mais les règles qui interdisent de renvoyer des personnes vers le danger s’appliquent toujours.

rights-smuggled-not-criminal-step-1 = En Europe, appelez le 112 si vous êtes en danger maintenant, par exemple en mer.
rights-smuggled-not-criminal-step-2 = Si vous avez peur de retourner dans votre pays, dites que vous voulez demander l’asile.
rights-smuggled-not-criminal-step-3 = Demandez un interprète et un avocat.
rights-smuggled-not-criminal-step-4 = Si vous êtes en détention, on doit vous informer de la possibilité de contacter votre consulat. Vous n’êtes pas obligé de le contacter, par exemple si vous avez peur de votre gouvernement.
rights-smuggled-not-criminal-step-5 = Si le passeur prend vos papiers, dit que vous lui devez encore de l’argent, ou vous force à travailler, c’est peut-être de la traite des êtres humains. Demandez de l’aide à une organisation de confiance.

## Pas puni pour ce qu’on vous a forcé à faire (non-sanction)

rights-non-punishment-title = Pas de punition pour ce qu’on vous a forcé à faire
rights-non-punishment-summary = Si vous êtes victime de la traite et qu’on vous a forcé à enfreindre la loi, les autorités peuvent décider de ne pas vous punir.

rights-non-punishment-what-heading = Ce que veut dire « non-sanction »
rights-non-punishment-what-1 = La traite des êtres humains, c’est quand des personnes utilisent la force, les menaces ou les mensonges pour vous contrôler et vous exploiter. Exploiter veut dire se servir de vous pour gagner de l’argent, par exemple par le travail forcé ou l’exploitation sexuelle.
rights-non-punishment-what-2 = Les trafiquants forcent parfois leurs victimes à enfreindre la loi. Par exemple : utiliser de faux papiers, cultiver du cannabis, ou obliger des enfants à voler. La non-sanction veut dire que les victimes ne devraient pas être punies pour des infractions qu’on les a forcées à commettre.

rights-non-punishment-europe-heading = Ce que dit la loi en Europe
rights-non-punishment-europe-1 = En Europe, les pays qui ont rejoint la convention du Conseil de l’Europe contre la traite doivent prévoir la possibilité de ne pas punir les victimes pour les actes illégaux qu’elles ont été forcées de commettre. Ce n’est qu’une possibilité. Cela ne protège pas automatiquement les victimes contre une punition.
rights-non-punishment-europe-2 = Dans l’Union européenne, les autorités doivent avoir le pouvoir de ne pas poursuivre et de ne pas punir les victimes. Cela concerne les infractions qu’elles ont été forcées de commettre, comme conséquence directe de la traite. Cela ne s’applique pas au Danemark.
rights-non-punishment-europe-3 = La Cour européenne des droits de l’homme a jugé que le Royaume-Uni avait violé la Convention européenne des droits de l’homme. Le Royaume-Uni avait poursuivi deux enfants victimes de la traite pour des infractions liées à la drogue.

rights-non-punishment-limits-heading = Ce n’est pas automatique
rights-non-punishment-limits-1 = Cette protection n’est pas automatique, et elle ne couvre pas toutes les infractions. Les autorités décident au cas par cas.
# OSCE : Organisation pour la sécurité et la coopération en Europe. Gardez le sigle OSCE.
rights-non-punishment-limits-2 = L’OSCE, une organisation internationale, donne des conseils aux pays. S’il y a des signes qu’on vous a forcé, on ne devrait pas vous poursuivre ni vous placer en détention pour ces actes. Vous ne devriez pas non plus perdre votre droit de rester à cause de ces actes. Ces conseils ne sont pas une loi obligatoire.

rights-non-punishment-step-1 = Dites le plus tôt possible à votre avocat qu’on vous a forcé à faire ces choses.
rights-non-punishment-step-2 = Demandez aux autorités de vérifier si vous êtes victime de la traite.
rights-non-punishment-step-3 = Demandez un interprète, pour que votre histoire soit bien comprise.
rights-non-punishment-step-4 = Notez ce qui s’est passé, qui vous a forcé, et quand. Vous pouvez utiliser le journal verrouillé de cette application.
rights-non-punishment-step-5 = Contactez une organisation de confiance qui aide les victimes de la traite.

## Trafic de migrants ou traite des êtres humains ?

rights-smuggling-or-trafficking-title = Trafic de migrants ou traite des êtres humains ?
rights-smuggling-or-trafficking-summary = En quoi le trafic de migrants et la traite sont différents, et les signes qui montrent qu’un trafic de migrants est devenu de la traite.

rights-smuggling-or-trafficking-difference-heading = Quelle est la différence ?
rights-smuggling-or-trafficking-difference-1 = Le trafic de migrants : vous êtes d’accord pour faire le voyage, et vous payez quelqu’un pour vous faire passer une frontière. En général, cela s’arrête quand vous arrivez. C’est un crime contre les règles du pays sur ses frontières.
rights-smuggling-or-trafficking-difference-2 = La traite : quelqu’un utilise la force, les menaces, les mensonges ou votre situation difficile pour vous contrôler et vous exploiter. Exploiter veut dire se servir de vous pour gagner de l’argent, par exemple par le travail forcé, l’exploitation sexuelle ou le prélèvement d’organes. Cela peut se passer à l’intérieur d’un seul pays. C’est un crime contre vous.
rights-smuggling-or-trafficking-difference-3 = Même si vous étiez d’accord au début, cela peut quand même être de la traite. Votre accord ne compte pas si quelqu’un a utilisé la force, les menaces, les mensonges ou a profité de votre situation.

rights-smuggling-or-trafficking-signs-heading = Quand le trafic de migrants devient de la traite
rights-smuggling-or-trafficking-signs-1 = Un voyage avec des passeurs peut devenir de la traite. Les personnes qui voyagent avec des passeurs courent un grand risque.
rights-smuggling-or-trafficking-signs-2 = Signes d’alerte : vous avez une dette qui augmente sans cesse, et vous devez travailler pour la payer. Quelqu’un garde votre passeport ou votre pièce d’identité. Vous n’êtes pas libre de partir, ou on vous enferme.
rights-smuggling-or-trafficking-signs-3 = Autres signes : vous travaillez pour très peu d’argent ou sans être payé. On vous menace ou on vous fait du mal, à vous ou à votre famille. Être enlevé, ou retenu jusqu’à ce que votre famille paie plus d’argent, est aussi un signe d’alerte grave.
# L’Organisation internationale du travail (OIT) est une agence des Nations Unies.
rights-smuggling-or-trafficking-signs-4 = L’Organisation internationale du travail utilise la plupart de ces signes pour repérer le travail forcé. Un seul signe peut suffire. Les signes sont des indices, pas des preuves.

rights-smuggling-or-trafficking-why-heading = Pourquoi c’est important
rights-smuggling-or-trafficking-why-1 = Pour les enfants de moins de 18 ans, cela peut être de la traite même sans force, sans menaces et sans mensonges.
rights-smuggling-or-trafficking-why-2 = Les victimes de la traite ont des droits en plus, à une protection et à une aide. Les personnes qui ont voyagé avec des passeurs ont aussi des droits.

rights-smuggling-or-trafficking-step-1 = En Europe, appelez le 112 si vous êtes enfermé ou en danger maintenant.
rights-smuggling-or-trafficking-step-2 = Si vous le pouvez, gardez une photo de votre passeport ou de votre pièce d’identité dans le journal verrouillé de cette application.
rights-smuggling-or-trafficking-step-3 = Notez ce que vous avez payé, ce qu’ils disent que vous leur devez, et qui a vos papiers.
rights-smuggling-or-trafficking-step-4 = Parlez à une organisation qui aide les victimes de la traite. Elle peut vous aider à comprendre votre situation.

## Protection des victimes de la traite

rights-trafficking-protection-title = Protection des victimes de la traite
rights-trafficking-protection-summary = Comment les victimes de la traite sont identifiées, et l’aide et les droits qu’elles peuvent obtenir.

rights-trafficking-protection-identification-heading = Être reconnu comme victime
rights-trafficking-protection-identification-1 = L’identification, c’est quand du personnel formé vérifie si vous êtes victime de la traite. En Europe, s’il y a des motifs raisonnables, on ne doit pas vous renvoyer avant la fin de cette vérification. Des motifs raisonnables, ce sont de vrais signes, même avant que quelque chose soit prouvé. Pendant ce temps, vous devez recevoir de l’aide.
rights-trafficking-protection-identification-2 = En Europe, vous avez ensuite au moins 30 jours pour vous rétablir et réfléchir. Vous pouvez rester, on ne doit pas vous expulser, et vous recevez de l’aide. Vous décidez librement si vous voulez coopérer avec la police.
rights-trafficking-protection-identification-3 = Un pays peut refuser ce délai pour des raisons d’ordre public. Il peut aussi le refuser si une personne prétend à tort être une victime.

rights-trafficking-protection-help-heading = Une aide sans conditions
rights-trafficking-protection-help-1 = En Europe, vous devez recevoir au minimum un logement sûr, de quoi vivre, et des soins médicaux d’urgence. Vous devez aussi recevoir une aide psychologique, un interprète, et des informations sur vos droits. Les enfants doivent pouvoir aller à l’école.
rights-trafficking-protection-help-2 = En Europe, cette aide ne dépend pas de votre coopération avec la police, ni du fait d’être témoin. Vous devez être d’accord pour la recevoir, et on doit vous expliquer en quoi elle consiste.
rights-trafficking-protection-help-3 = Dans le reste du monde, le Protocole des Nations Unies contre la traite des personnes demande aux pays d’envisager une aide semblable.

rights-trafficking-protection-stay-heading = Rester dans le pays
rights-trafficking-protection-stay-1 = En Europe, vous pouvez obtenir un titre de séjour renouvelable. C’est un papier qui vous permet de vivre dans le pays. Chaque pays le donne en raison de votre situation personnelle, de votre aide à la police, ou des deux.
rights-trafficking-protection-stay-2 = Ce titre de séjour ne vous empêche pas de demander l’asile. Dans le reste du monde, le Protocole des Nations Unies demande aux pays d’envisager de laisser les victimes rester.

rights-trafficking-protection-justice-heading = Indemnisation et retour au pays
rights-trafficking-protection-justice-1 = L’indemnisation, c’est de l’argent pour le mal qu’on vous a fait. Le Protocole des Nations Unies dit que les victimes doivent avoir un moyen de l’obtenir. En Europe, vous avez droit à une indemnisation de la part des trafiquants, et les pays doivent aider à la garantir.
rights-trafficking-protection-justice-2 = En Europe, vous avez aussi droit à l’aide d’un avocat et à une aide juridique gratuite. Les règles de chaque pays fixent les conditions.
rights-trafficking-protection-justice-3 = Si vous rentrez dans votre pays, votre retour doit être sûr et respecter votre dignité. Il devrait être votre propre choix quand c’est possible. En Europe, on doit vous donner les contacts d’organisations qui peuvent vous aider là-bas.

rights-trafficking-protection-step-1 = Dites à la police, à un travailleur social ou à une organisation contre la traite que vous êtes peut-être victime.
rights-trafficking-protection-step-2 = Demandez du temps pour vous rétablir et réfléchir, et un endroit sûr où loger.
rights-trafficking-protection-step-3 = Demandez un interprète et une aide juridique gratuite.
rights-trafficking-protection-step-4 = Vous pouvez prendre le temps de décider si vous voulez coopérer avec la police.
rights-trafficking-protection-step-5 = En Europe, appelez le 112 si vous êtes en danger maintenant.

## Asile et traite : les deux ensembles de droits

rights-asylum-and-trafficking-title = Asile et protection contre la traite : vous pouvez avoir les deux
rights-asylum-and-trafficking-summary = Vous pouvez demander l’asile et, en même temps, être protégé comme victime de la traite.

rights-asylum-and-trafficking-both-heading = Vous n’avez pas à choisir
rights-asylum-and-trafficking-both-1 = Vous pouvez être à la fois victime de la traite et réfugié. Les deux ensembles de droits s’appliquent à vous. Vous n’avez pas à en choisir un seul.
rights-asylum-and-trafficking-both-2 = Le Protocole des Nations Unies contre la traite des personnes ne réduit pas vos droits de réfugié. Cela comprend votre protection contre le renvoi vers le danger.
rights-asylum-and-trafficking-both-3 = En Europe, un titre de séjour pour les victimes de la traite ne change rien à votre droit de demander l’asile.

rights-asylum-and-trafficking-refugee-heading = Quand une victime de la traite est réfugiée
rights-asylum-and-trafficking-refugee-1 = L’UNHCR (le HCR), l’Agence des Nations Unies pour les réfugiés, dit que les victimes de la traite peuvent être des réfugiés. C’est le cas si elles craignent d’être persécutées en rentrant. Par exemple, elles peuvent craindre d’être de nouveau victimes de la traite, ou la vengeance des trafiquants.
rights-asylum-and-trafficking-refugee-2 = Toutes les victimes de la traite ne sont pas des réfugiés. Chaque cas est examiné séparément.

rights-asylum-and-trafficking-step-1 = Dites aux agents chargés de l’asile que vous avez été victime de la traite, et ce que vous craignez si vous rentrez.
rights-asylum-and-trafficking-step-2 = Demandez aussi à être reconnu comme victime de la traite.
rights-asylum-and-trafficking-step-3 = Demandez à un avocat ou à une organisation de confiance de vous aider pour les deux.
rights-asylum-and-trafficking-step-4 = Demandez un interprète, pour que toute votre histoire soit comprise.

## Enfants

rights-children-title = Droits des enfants
rights-children-summary = Si vous avez moins de 18 ans, vous avez une protection en plus, d’où que vous veniez et quels que soient vos papiers.

rights-children-interests-heading = Votre intérêt supérieur passe en premier
rights-children-interests-1 = Si vous avez moins de 18 ans, vous êtes un enfant. Des experts des Nations Unies disent que vous devez être protégé comme un enfant, quels que soient vos papiers.
rights-children-interests-2 = Dans chaque décision qui vous concerne, votre intérêt supérieur doit être l’une des choses les plus importantes. Cela veut dire ce qui est le mieux pour votre sécurité, votre santé et votre avenir. Un rapport des Nations Unies dit que les règles sur la migration ne peuvent pas passer avant cela.
rights-children-interests-3 = Si vous êtes réfugié ou si vous demandez l’asile, vous avez droit à une protection et à une aide. Vous pouvez aussi recevoir de l’aide pour retrouver votre famille.

rights-children-guardian-heading = Un tuteur
rights-children-guardian-1 = Si vous êtes seul, sans parent ni autre adulte qui s’occupe de vous, vous devriez avoir un tuteur. Un tuteur est un adulte qui défend vos intérêts et vous aide à prendre des décisions.
rights-children-guardian-2 = Dans l’Union européenne, les enfants victimes de la traite qui sont seuls doivent avoir un tuteur.

rights-children-age-heading = Si on doute de votre âge
rights-children-age-1 = Si les agents doutent de votre âge, des experts des Nations Unies sur les droits de l’enfant disent comment la vérification devrait se faire. Elle devrait tenir compte de votre maturité, pas seulement de votre apparence. Elle devrait être sûre, juste et adaptée aux enfants.
# « Bénéfice du doute » : si ce n’est pas clair, la décision est prise en faveur de l’enfant.
rights-children-age-2 = S’il reste un doute, vous devriez avoir le bénéfice du doute. Cela veut dire que si vous êtes peut-être un enfant, on vous traite comme un enfant.
rights-children-age-3 = En Europe, c’est la même chose pour les personnes qui sont peut-être victimes de la traite. Si vous êtes peut-être un enfant, on vous traite comme un enfant jusqu’à ce que votre âge soit vérifié.

rights-children-trafficking-heading = La traite des enfants
rights-children-trafficking-1 = Pour les enfants, la loi est plus stricte. Si quelqu’un recrute, transporte, cache ou reçoit un enfant pour l’exploiter, c’est de la traite. Il n’y a pas besoin de force, de menaces ou de mensonges. Un enfant ne peut pas accepter d’être exploité.

rights-children-step-1 = Si vous avez moins de 18 ans, dites-le clairement.
rights-children-step-2 = Si vous êtes seul, demandez un tuteur.
rights-children-step-3 = Si vous le voulez, demandez de l’aide pour retrouver votre famille.
rights-children-step-4 = En Europe, appelez le 112 si vous êtes en danger maintenant.

## Si vous êtes en détention

rights-detention-title = Si vous êtes en détention
rights-detention-summary = Vos droits si la police vous retient ou si vous êtes gardé dans un centre fermé.

rights-detention-asylum-heading = Vous pouvez quand même demander l’asile
rights-detention-asylum-1 = La détention (on dit aussi « rétention »), c’est être gardé dans un lieu fermé, sans être libre d’en sortir. Même en détention, vous pouvez demander l’asile.
rights-detention-asylum-2 = Les réfugiés ne doivent pas être punis parce qu’ils sont entrés sans papiers. Ils doivent être venus directement du danger, s’être présentés vite aux autorités, et avoir une bonne raison. Leur liberté de circuler ne peut être limitée que si c’est nécessaire. L’UNHCR dit qu’on ne devrait pas placer en détention les personnes qui remplissent ces conditions seulement parce qu’elles sont entrées sans papiers.
rights-detention-asylum-3 = Pendant qu’on examine votre demande d’asile, on ne doit pas vous renvoyer vers le danger. En Europe, si vous êtes peut-être victime de la traite, on ne doit pas vous renvoyer avant que cela soit vérifié.

rights-detention-help-heading = Un interprète et un avocat
rights-detention-help-1 = Dans l’Union européenne, les agents doivent vous informer de votre droit de demander l’asile. Ils doivent aussi vous informer des délais, de vos droits et de vos obligations, et de la façon d’obtenir des conseils juridiques gratuits.
rights-detention-help-2 = En Europe, les victimes de la traite ont droit à un interprète et à l’aide d’un avocat. Pour toutes les autres personnes, les règles sur les interprètes sont différentes dans chaque pays. Demandez un interprète si vous ne comprenez pas.

rights-detention-contact-heading = Votre consulat et l’UNHCR
rights-detention-contact-1 = Un consulat est un bureau du gouvernement de votre pays, à l’étranger. Si un passeur vous a fait passer la frontière et que vous êtes en détention, on doit vous informer rapidement de la possibilité de contacter votre consulat.
rights-detention-contact-2 = Cette règle vient du Protocole des Nations Unies contre le trafic illicite de migrants. Il ne dit pas que vous devez contacter votre consulat. Si vous avez peur de votre propre gouvernement, vous ne voudrez peut-être pas ce contact. Demandez d’abord conseil à un avocat.
rights-detention-contact-3 = L’UNHCR (le HCR) est l’Agence des Nations Unies pour les réfugiés. Dans l’Union européenne, les anciennes règles sur l’asile permettaient aux demandeurs d’asile de contacter l’UNHCR et des organisations qui donnent une aide juridique. Depuis le 12 juin 2026, de nouvelles règles s’appliquent. Elles disent qu’on doit vous expliquer comment obtenir des conseils juridiques gratuits.

rights-detention-step-1 = Si vous avez peur de rentrer, dites clairement que vous voulez demander l’asile.
rights-detention-step-2 = Demandez un interprète.
rights-detention-step-3 = Demandez un avocat ou des conseils juridiques gratuits.
rights-detention-step-4 = Ne signez pas de papiers que vous ne comprenez pas.
rights-detention-step-5 = Demandez à contacter l’UNHCR ou une organisation de confiance.
rights-detention-step-6 = Décidez vous-même si vous voulez contacter votre consulat. Ce n’est pas obligatoire.
