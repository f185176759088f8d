# Machine-assisted draft: not yet reviewed by a native speaker.

### Peyamên salama l10n, amûrên ku wergêr pê karê xwe kontrol dikin.
### Nasnameyên peyaman, navên pelan, $guherbar û kodên wek U+200F wekî xwe bihêlin.

l10n-severity-error = çewtî
l10n-severity-warning = hişyarî

## Tiştên ku salama l10n check dibîne. Her rêz bi pel, rêz û stûnê dest pê dike.

# $detail şiroveya parserê ye, bi îngilîzî.
l10n-problem-syntax-error = Ev li gorî rêzimana Fluent nîne, ji ber vê yekê peyam winda dibe: { $detail }
l10n-problem-duplicate-id = Ev id cara duyemîn hatiye danîn. Tenê yekê bihêlin.
# $attribute navê taybetmendiyekê ye, wek "title".
l10n-problem-duplicate-attribute = Taybetmendiya .{ $attribute } du caran hatiye danîn.
l10n-problem-missing-message = Hê nehatiye wergerandin. Xwendevan nivîsa îngilîzî dibînin.
l10n-problem-obsolete-message = Di îngilîzî de êdî ev peyam tune. Hûn dikarin wê jê bibin.
l10n-problem-missing-value = Li vir di îngilîzî de nirxek heye, lê di wergerê de tenê taybetmendî hene.
l10n-problem-obsolete-value = Li vir di îngilîzî de nirx tune, tenê taybetmendî hene.
l10n-problem-missing-attribute = Taybetmendiya .{ $attribute } hê nehatiye wergerandin.
l10n-problem-obsolete-attribute = Di îngilîzî de taybetmendiya .{ $attribute } tune. Hûn dikarin wê jê bibin.
# $variable navê guherbarekê ye, wek "count"; ew bi nîşana xwe ya $ tê nîşandan.
l10n-problem-missing-variable = Nivîsa îngilîzî li vir ${ $variable } bi kar tîne; divê werger jî wê bi kar bîne.
l10n-problem-unknown-variable = ${ $variable } ji vê peyamê re nayê dayîn. Tenê guherbarên nivîsa îngilîzî bi kar bînin.
# $categories lîsteyeke kategoriyên pirjimariyê yên CLDR e, wek "zero, two, few".
l10n-problem-missing-plural-categories = Ev pirjimarî ji bo her yekê ji van formekê dixwaze: { $categories }.
# $reference nasnameya peyamekê ye, an nasnameya termekê ku bi "-" dest pê dike.
l10n-problem-unknown-reference = { $reference } di vî zimanî de tune.
# $function navê fonksiyonekê ye, wek DATETIME.
l10n-problem-unknown-function = Di Salamayê de fonksiyona { $function } tune. NUMBER an PHONE bi kar bînin.
l10n-problem-empty-value = Ev nivîs vala ye.
# $codepoint koda tîpekê ye, wek U+202E.
l10n-problem-bidi-control = Kontrolkereke nexuyayî ya alîkê ({ $codepoint }) dikare nivîsa li dora xwe tevlihev bike. Wê jê bibin: Salama bi xwe nav û hejmaran di rêza rast de dihêle.
l10n-problem-bidi-mark = Nîşaneke nexuyayî ya alîkê ({ $codepoint }) hat dîtin. Heke we ew bi qestî lê zêde nekiribe, wê jê bibin.
l10n-problem-identical-to-source = Ev heman nivîsa îngilîzî ye. Ma ew hatiye wergerandin?
l10n-problem-bare-phone-number = Hejmara telefonê { $number } wek nivîsa sade hatiye nivîsîn, ji ber vê yekê nivîsa ji rastê ber bi çepê beşên wê bi rêzeke çewt nîşan dide. Wê wiha binivîsin: { "{" } PHONE("{ $number }") { "}" }.

# $locales hejmara zimanên ku hatin kontrolkirin e.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] Zimanek hat kontrolkirin: bê çewtî
               *[other] { $locales } ziman hatin kontrolkirin: bê çewtî
            }
        [one] { $locales ->
                [one] Zimanek hat kontrolkirin: çewtiyek
               *[other] { $locales } ziman hatin kontrolkirin: çewtiyek
            }
       *[other] { $locales ->
                [one] Zimanek hat kontrolkirin: { $errors } çewtî
               *[other] { $locales } ziman hatin kontrolkirin: { $errors } çewtî
            }
    }, { $warnings ->
        [0] bê hişyarî.
        [one] hişyariyek.
       *[other] { $warnings } hişyarî.
    }

## salama l10n status: tabloyek, her ziman di rêzekê de, û grafîkek.

l10n-status-locale = Ziman
l10n-status-messages = Peyam
l10n-status-translated = Wergerandî
l10n-status-words = Peyv
l10n-status-review = Kontrol
l10n-status-review-source = çavkanî
l10n-status-review-machine-draft = reşnivîsa makîneyê
l10n-status-review-native-reviewed = ji aliyê kesekî ku ev ziman zimanê wî yê dayikê ye ve hatiye kontrolkirin
l10n-status-review-legally-reviewed = ji aliyê hiqûqî ve hatiye kontrolkirin
l10n-status-review-unknown = di locales.json de tune
l10n-status-chart-title = Salama: rêjeya wergerê
l10n-status-chart-note = Her stûn para peyamên îngilîzî yên wergerandî nîşan dide; rengê wê rewşa kontrolê ye.
# $path ew pel e ku grafîk tê de hat nivîsîn.
l10n-status-chart-written = Grafîk di { $path } de hat nivîsîn.

## Pirsgirêkên bi peldankê bi xwe re.

l10n-error-no-folder = Li vir û li jortir tu peldanka wergeran nehat dîtin. Yekê bidin: salama l10n check <FOLDER>.
# $path ew peldank e ku hatiye dayîn.
l10n-error-no-source = Di { $path } de peldanka en tune. Ma ew peldanka wergeran e?
# $path pelek an peldankek e.
l10n-error-unreadable = { $path } nayê xwendin.
l10n-error-not-utf8 = Ev pel ne nivîsa UTF-8 ye.
