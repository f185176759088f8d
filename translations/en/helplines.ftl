### Helpline directory: what each helpline is for, how to reach it, when it is open,
### and updating the directory.
### Keep the numbers and names of organisations as they are. Write for someone who
### needs help now: short, plain sentences.
### Right-to-left languages: write every phone number inside PHONE(), as in
### { PHONE("116 000") }. It keeps the number left to right, so the text around it cannot
### reorder it into 000 116 (salama l10n check reports a number written without it).

## What a helpline helps with

helplines-need-emergency = Emergency (police, ambulance, fire)
helplines-need-trafficking = Human trafficking and exploitation
helplines-need-asylum-legal-aid = Asylum and legal help
helplines-need-child-protection = Children
helplines-need-gender-based-violence = Violence against women and sexual violence
helplines-need-medical = Medical help
helplines-need-shelter = A safe place to stay
helplines-need-labour-rights = Rights at work
helplines-need-missing-persons = Missing people

## How to reach a helpline

helplines-channel-phone = Phone
helplines-channel-short-code = Phone (short number, only inside the country)
helplines-channel-sms = Text message
# Do not translate: the app's name. Add how your readers write it if that differs.
helplines-channel-whatsapp = WhatsApp
# Do not translate: the app's name. Add how your readers write it if that differs.
helplines-channel-signal = Signal
helplines-channel-email = E-mail
helplines-channel-web = Website

## Opening hours

helplines-open-always = Open day and night
helplines-open-now = Open now
helplines-open-unknown = Opening hours not known
# $day is a day of the week (see the helplines-day- messages), $time a time such as 17:30, $zone a time zone such as Europe/Rome.
helplines-open-closes = Open now. Closes { $day } at { $time } ({ $zone }).
helplines-closed-opens = Closed now. Opens { $day } at { $time } ({ $zone }).
helplines-closed = Closed now
helplines-day-mon = Monday
helplines-day-tue = Tuesday
helplines-day-wed = Wednesday
helplines-day-thu = Thursday
helplines-day-fri = Friday
helplines-day-sat = Saturday
helplines-day-sun = Sunday

## Details shown with each helpline

helplines-emergency-label = EMERGENCY
helplines-free = Free of charge
helplines-not-free = You may have to pay for the call
helplines-free-unknown = Cost not known
helplines-languages = Languages
helplines-languages-more = and more languages
helplines-languages-unknown = Languages not known
helplines-languages-unlisted = several, not listed
helplines-operator = Run by
helplines-sources = Source
# $date is the date the source itself gives, e.g. 2025-06-06 or 2021. It is not a date on
# which anyone checked the line: say only that the source is from then.
helplines-source-dated = Source dated { $date }
helplines-source-undated = The source has no date
# $by is the person or organisation who checked the entry against its sources, $date when.
helplines-checked-by = Checked by { $by } on { $date }
helplines-checked-by-undated = Checked by { $by }
helplines-status-partly-verified = Not fully confirmed: check that this number still works.
helplines-none-found = No helpline was found for this search. In immediate danger, call 112 (in Europe) or the local emergency number.

## The seed directory: numbers from public sources, compiled into the app

helplines-eu-112-name = Emergency number 112
helplines-eu-112-description = For immediate danger: police, ambulance, fire. Free from fixed and mobile phones.
helplines-eu-112-note = Works in every EU country.
helplines-ch-112-name = Emergency number 112
helplines-ch-112-description = For immediate danger: police, ambulance, fire. Free from fixed and mobile phones.
helplines-rs-112-name = Emergency number 112
helplines-rs-112-description = For immediate danger: police, ambulance, fire. Free from fixed and mobile phones.

helplines-eu-116000-name = Missing children hotline 116 000
helplines-eu-116000-description = For a missing child: support for the child, the family and people who saw something. Free, day and night.
helplines-eu-116000-note = Each country has its own organisation behind this number, for example The Smile of the Child in Greece and Telefono Azzurro in Italy. Most countries also offer a chat.
helplines-ch-116000-name = Missing children hotline 116 000
helplines-ch-116000-description = For a missing child: support for the child, the family and people who saw something. Free, day and night.
helplines-ch-116000-note = Check the number locally: the organisation behind it differs by country.
helplines-al-116000-name = Missing children hotline 116 000
helplines-al-116000-description = For a missing child: support for the child, the family and people who saw something. Free, day and night.
helplines-al-116000-note = Check the number locally: the organisation behind it differs by country.
helplines-rs-116000-name = Missing children hotline 116 000
helplines-rs-116000-description = For a missing child: support for the child, the family and people who saw something. Free, day and night.

helplines-eu-116111-name = Child helpline 116 111
helplines-eu-116111-description = Counselling for children who need someone to talk to. Free.
helplines-eu-116111-note = Not in every EU country yet. Some lines are open day and night, others at set hours.

helplines-de-hilfetelefon-116016-name = Violence Against Women Support Hotline (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = For women who face violence, including human trafficking, forced prostitution and exploitation at work. Free, anonymous, day and night, every day of the year.
helplines-de-hilfetelefon-116016-note = For women. Answers in German and 18 other languages. Chat and e-mail on its website.

helplines-gb-modern-slavery-helpline-name = Modern Slavery and Exploitation Helpline
helplines-gb-modern-slavery-helpline-description = For anyone who is exploited or forced to work, or who knows someone who is. Free, confidential, day and night.
helplines-gb-modern-slavery-helpline-note = Help in more than 200 languages.

helplines-us-human-trafficking-hotline-name = National Human Trafficking Hotline
helplines-us-human-trafficking-hotline-description = For victims and survivors of human trafficking and people who want to help them. Free, day and night. It is not the police and not immigration.
helplines-us-human-trafficking-hotline-note = Phone in English and Spanish, and more than 200 languages through interpreters. Text and chat only in English and Spanish.

helplines-it-numero-verde-antitratta-name = Anti-trafficking freephone (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = For victims and witnesses of human trafficking. Free, anonymous, day and night.
helplines-it-numero-verde-antitratta-note = Cultural mediators also speak Nigerian languages and others.

helplines-it-arci-asylum-name = ARCI freephone for asylum seekers and refugees
helplines-it-arci-asylum-description = Legal help and interpreters for people who ask for asylum or have international protection.
helplines-it-arci-asylum-note = Helps in 36 languages and dialects. Outside opening hours, leave a voice message at any time. This information is from 2021: check that the line still works.

helplines-gr-a21-1109-name = Human Trafficking Resource Line 1109
helplines-gr-a21-1109-description = For victims of human trafficking and people who want to report it.
helplines-gr-a21-1109-note = The sources are from about 2012 and its opening hours could not be confirmed.

helplines-rs-astra-sos-name = ASTRA SOS hotline
helplines-rs-astra-sos-description = Support for people who survived human trafficking. You can also report trafficking anonymously.
helplines-rs-astra-sos-note = ASTRA also runs the missing children number 116 000 in Serbia.

helplines-tr-yimer-157-name = Foreigners Communication Centre (YİMER 157)
helplines-tr-yimer-157-description = Information on visas, residence and international protection, and a helpline for victims of human trafficking. Open at any time.
helplines-tr-yimer-157-note = This line is run by the state migration authority.

helplines-ly-unhcr-protection-name = UNHCR protection hotline
helplines-ly-unhcr-protection-description = For refugees and asylum seekers in Libya who need protection.
helplines-ly-unhcr-protection-note = In March 2020 it answered Sunday to Thursday, 09:00 to 17:00. Its current hours are not known.

helplines-ly-cesvi-protection-name = CESVI protection hotlines
helplines-ly-cesvi-protection-description = Protection help for refugees and asylum seekers, from a partner of UNHCR.

helplines-ly-sexual-violence-line-name = Helpline for survivors of sexual violence
helplines-ly-sexual-violence-line-description = For people who survived sexual violence. Day and night.
helplines-ly-sexual-violence-line-note = Linked to the International Rescue Committee (IRC). The source text was cut off: check this number before you rely on it.

helplines-mx-linea-contra-la-trata-name = National Line and Chat against Human Trafficking
helplines-mx-linea-contra-la-trata-description = Psychologists and lawyers help victims of human trafficking. Free, anonymous, day and night, by phone or WhatsApp.
helplines-mx-linea-contra-la-trata-note = Also takes reports from outside Mexico.

## The desktop app's helplines command

# $list is the list of valid words, e.g. "emergency, trafficking, …".
helplines-cli-unknown-need = Unknown need. Use one of: { $list }
helplines-cli-unknown-channel = Unknown way to reach a helpline. Use one of: { $list }

## Updating the helplines

helplines-sync-usage = Give the address of a release (salama sync <URL>), or use salama sync status.
helplines-sync-checking = Checking for updates…
# $collections is how many files will be downloaded, $size how much data, e.g. 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] Nothing to download.
        [one] One file to download ({ $size }).
       *[other] { $collections } files to download ({ $size }).
    }
helplines-sync-applying = Installing…
# $serial is the number of the release.
helplines-sync-updated = Updated to release { $serial }.
helplines-sync-up-to-date = Already up to date (release { $serial }).
# $requests is how many requests were made, $size how much data was downloaded.
helplines-sync-cost =
    { $requests ->
        [one] One request, { $size } downloaded.
       *[other] { $requests } requests, { $size } downloaded.
    }
helplines-sync-stale = This information has expired. It is still shown, but it may be out of date.

## Update status

helplines-status-none = No update installed yet: Salama uses the helplines built into the app.
helplines-status-release = Installed release { $serial }
helplines-status-publisher = Published by
helplines-status-key = Signed with key
helplines-status-source = From
helplines-status-issued = Issued
# $days is how many days ago the release was issued.
helplines-status-age =
    { $days ->
        [0] The information is less than a day old.
        [one] The information is one day old.
       *[other] The information is { $days } days old.
    }
helplines-status-expires = Expires
helplines-status-expired = Expired: the information may be out of date.
# Shown after an expiry date. $days is how many whole days are left before the release expires.
helplines-expires-in =
    { $days ->
        [0] less than a day left
        [one] one day left
       *[other] { $days } days left
    }
# Shown after an expiry date. $days is how many whole days ago the release expired.
helplines-expired-ago =
    { $days ->
        [0] expired less than a day ago
        [one] expired one day ago
       *[other] expired { $days } days ago
    }
helplines-status-outdated = (older than the release: update to complete it)
helplines-status-last-success = Last successful update
helplines-status-last-attempt = Last attempt
helplines-status-last-error = Last error
helplines-status-never = never

## Offline packs

# $file is a file name, $serial the release number, $collections a list such as helplines/GR, $size the file size.
helplines-pack-exported = Wrote { $file }: release { $serial }, { $collections } ({ $size }).

## Publisher tools

# $file and $public are file names, $id a key id.
helplines-publish-key-written = New signing key written to { $file }. Keep it secret and keep a backup: it is never overwritten. Its public key (id { $id }) is in { $public }.
# $serial is the release number, $dir a directory, $keys key ids.
helplines-publish-released = Release { $serial } written to { $dir }, signed with { $keys }.
# $name is a collection such as helplines/GR, $version its version, $entries how many helplines it holds, $size its size.
helplines-publish-collection-changed =
    { $entries ->
        [one] { $name }: version { $version }, one helpline, { $size } (changed)
       *[other] { $name }: version { $version }, { $entries } helplines, { $size } (changed)
    }
helplines-publish-collection-same =
    { $entries ->
        [one] { $name }: version { $version }, one helpline, { $size } (unchanged)
       *[other] { $name }: version { $version }, { $entries } helplines, { $size } (unchanged)
    }
# $name is a translation collection such as translations/ar, $version its version, $files how many translation (.ftl) files it holds, $size its size.
helplines-publish-translations-changed =
    { $files ->
        [one] { $name }: version { $version }, one translation file, { $size } (changed)
       *[other] { $name }: version { $version }, { $files } translation files, { $size } (changed)
    }
helplines-publish-translations-same =
    { $files ->
        [one] { $name }: version { $version }, one translation file, { $size } (unchanged)
       *[other] { $name }: version { $version }, { $files } translation files, { $size } (unchanged)
    }
# $names is a list of collections such as helplines/GR.
helplines-publish-empty = { $names } has no helplines. Phones would then hide the helplines built into the app for that country. Add its helplines, or, to withdraw them on purpose, publish again with --allow-empty.
# $expires is a date and time, e.g. 2026-08-01 10:00 UTC, followed by how long is left.
helplines-release-verified = Release { $serial } is valid: signed with trusted key { $key }, expires { $expires }.
helplines-release-collection =
    { $entries ->
        [one] { $name }: version { $version }, one helpline, { $size }, checked
       *[other] { $name }: version { $version }, { $entries } helplines, { $size }, checked
    }
helplines-release-translations =
    { $files ->
        [one] { $name }: version { $version }, one translation file, { $size }, checked
       *[other] { $name }: version { $version }, { $files } translation files, { $size }, checked
    }
helplines-release-collection-absent = { $name }: version { $version }, { $size }, not in this pack
# $path is the file or folder the user gave.
helplines-release-no-such-path = { $path } does not exist. Give the folder of a release (the one that holds index.json) or an offline pack file.
helplines-release-not-a-release = { $path } is neither a release nor an offline pack. A release is a folder that holds index.json; a pack is a file made by salama pack export.
