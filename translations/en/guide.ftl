### Situation check: questions about what has happened to the reader, and what may
### apply to them.
### Questions describe everyday situations, never legal categories: keep them that way.
### Results are clues, not decisions. Never write that the reader is "not a victim",
### "not a refugee" or that something "does not apply" to them.

## Screens

guide-title = Check your situation
guide-intro = Answer some short questions about what has happened to you. Then Salama shows the rights that may protect you, and the kinds of help you can ask for. You can answer "Not sure" or "I prefer not to say" to any question.
guide-privacy = Your answers are not saved. They stay in this app's memory only while you answer, and they are forgotten when you close the check.
guide-result-title = What may apply to you
guide-result-articles = Your rights that may apply, most urgent first
guide-result-needs = Help you can ask for
guide-result-notes = Important
# $number counts the questions answered so far, plus this one. $total is the most questions there can be, which depends on the answers.
guide-progress = Question { $number } of at most { $total }

## Answers

guide-answer-yes = Yes
guide-answer-no = No
guide-answer-not-sure = Not sure
guide-answer-prefer-not-to-say = I prefer not to say

## Questions
## Each question can have a hint: examples or an explanation shown under it.

guide-question-danger = Are you in danger right now?
guide-question-danger-hint = For example, someone is hurting you or threatening to hurt you, you are locked in, or you are lost at sea or in a place without water.
guide-question-fear-return = Would you be afraid of serious harm if you were sent back to your country?
guide-question-fear-return-hint = For example because of war or violence, because of who you are or what you believe, or because of people who want to hurt you.
guide-question-crossed-border = Did you cross a border without a visa, or without going through a border check?
guide-question-crossed-border-hint = For example on foot through fields or mountains, hidden in a vehicle, or by boat.
guide-question-paid-crossing = Did you pay someone, or agree to pay someone later, to help you cross a border?
guide-question-owe-money = Do you owe money to the people who brought you here, or to the people you work for?
guide-question-debt-control = Do they decide how you pay it back? For example, they keep your pay, add new costs, or the amount you owe never gets smaller.
guide-question-documents-taken = Has someone taken your passport or ID card, or do they keep it and refuse to give it back to you?
guide-question-work = Since you left home, have you worked for someone, or were you promised a job?
guide-question-work-hint = Any kind of work counts, paid or unpaid: for example in a house, on a farm, in a factory, in a restaurant, or selling sex.
guide-question-job-deception = Was the work, the pay or the conditions very different from what you were promised?
guide-question-pay-withheld = Does someone keep your pay, or pay you much less than you earned?
guide-question-conditions = Do you have to work very long hours without rest, or live or work in a place that is unsafe or humiliating?
guide-question-movement = Are you stopped from leaving the place where you work or stay, or from contacting your family or other people?
guide-question-vulnerability = Does someone use your situation to control you?
guide-question-vulnerability-hint = For example because you have no papers, do not speak the language, or need them for food or a place to sleep.
guide-question-threats = Do the people who brought you, or the people you work for, threaten you or your family?
guide-question-threats-hint = For example, they say they will hurt you or your family, tell the police about you, or have you sent back.
guide-question-violence = Since you left home, has anyone hit you, hurt you, or forced you into sex or sexual acts?
guide-question-forced-crime = Have you been made to do something against the law?
guide-question-forced-crime-hint = For example, to grow or carry drugs, to steal, to beg, or to use false papers.
guide-question-under-18 = Are you under 18 years old?
guide-question-under-18-hint = If you do not know your exact age, answer "Not sure".
guide-question-alone = Are you travelling or living without your parents, and without another adult from your family who looks after you?
guide-question-detained = Are you held by the police or in a closed place now, or were you arrested?
guide-question-detained-hint = For example in a police station, a prison, or a closed centre for migrants.

## Why an article may apply
## One sentence or two for each article a rule shows. "May": these are clues, not decisions.

guide-why-child-alone-children = You may be under 18 and without an adult from your family. Children alone have a right to a guardian, to extra protection, and to help finding their family.
guide-why-child-children = You may be under 18. Children have extra protection whatever their papers, and their best interests must come first.
guide-why-detained-detention = You may be held or arrested. You still have rights: you can ask for asylum, for an interpreter and for a lawyer.
guide-why-child-trafficking-trafficking-protection = You may be under 18, and some of your answers are warning signs of exploitation. For children, this can be trafficking even without force or lies, and you can get protection as a possible victim.
guide-why-child-trafficking-smuggling-or-trafficking = Some of your answers are warning signs that your journey or your work has turned into exploitation. For children, it can be trafficking even without force, threats or lies.
guide-why-trafficking-trafficking-protection = Some of your answers are warning signs of trafficking or forced labour. You can ask to be checked as a possible victim and get help, even before anything is proven.
guide-why-trafficking-asylum-and-trafficking = Because there are signs of trafficking, you may have rights as a victim of trafficking and as a refugee at the same time. You do not have to choose.
guide-why-forced-crime-non-punishment = You may have been made to break the law. If someone forced you, the authorities can decide not to punish you for what you were forced to do.
guide-why-exploited-rules-broken-non-punishment = There are signs that someone exploited you. If you broke rules because of it, for example about borders, papers or work, the authorities can decide not to punish you.
guide-why-smuggled-exploited-smuggling-or-trafficking = You may have paid someone to cross a border, and some of your answers are warning signs that smuggling has turned into trafficking.
guide-why-fear-return-non-refoulement = You may face serious harm if you are sent back. A country must not send anyone to a place where they would face persecution, torture or other serious harm.
guide-why-fear-return-asylum = You may be afraid to go back. Asking for asylum is how a country checks if you need its protection, even if you came without papers.
guide-why-smuggled-smuggled-not-criminal = You may have used a smuggler. Under the UN Smuggling Protocol, you must not be prosecuted just for being smuggled: the smuggler commits the crime.

## Kinds of help

guide-need-emergency = Emergency help now: police, ambulance or fire
guide-need-child-protection = Protection and support for children
guide-need-trafficking = Help for people who are exploited or trafficked
guide-need-gender-based-violence = Help after sexual or gender-based violence
guide-need-medical = Medical care
guide-need-shelter = A safe place to stay
guide-need-asylum-legal-aid = Legal advice about asylum and your papers
guide-need-labour-rights = Help with work, pay and working conditions
guide-need-missing-persons = Help to find your family

## Notes shown with the result

# 112 is the emergency number in Europe. Keep the number as it is.
guide-note-emergency-now = Get help now. In Europe, call 112 for police, ambulance or fire. The call is free. On many mobile phones, 112 also works in other countries.
guide-note-when-safe = When you are safe, you can come back and answer the other questions, to see all the rights that may protect you.
# 112 is the emergency number in Europe. Keep the number as it is.
guide-note-emergency-if-needed = If you are in danger at any moment, call 112 in Europe. The call is free.
guide-note-both-together = Asylum and protection as a victim of trafficking can both apply to you at the same time. You can ask for both. Asking for one does not take away your right to the other.
guide-note-skipped = You chose not to answer some questions. That is fine. Rights linked to those questions may still protect you: you can read every article in the rights library.
guide-note-nothing-specific = Your answers do not point to one of the situations in this check. This is not a decision about you. Rights can still protect you: read the rights library, or talk to a trusted organisation.
guide-note-clues = These results are clues, not decisions. Only the authorities and the courts decide about a case, and other rights may protect you too. This is general information, not legal advice. A lawyer or a trusted organisation can look at your whole situation.

## Where the reader is, to show the helplines there

guide-country-question = Which country are you in now? Then Salama can show you helplines there.
guide-country-other = Another country, or skip this question
# $country is the name of a country, e.g. Serbia.
guide-result-helplines-in = Helplines in { $country }
# $country is the name of a country, or its two-letter code if Salama has no name for it.
guide-result-no-helplines = Salama does not have helplines for { $country } yet.

## Keeping the result in the encrypted diary

guide-save-offer = Do you want to keep this result in your encrypted diary? Only the result is kept, not your answers.
guide-save-yes = Yes, keep it in my diary
guide-save-no = No, do not keep it
guide-saved = The result is saved in your diary.
# "salama diary init" is a command of the desktop app: keep it as it is.
guide-save-no-diary = You do not have a diary yet. To make one, run: salama diary init
# $question is the id of a question, e.g. fear-return. "prefer-not-to-say" is a word of the answer file: keep it as it is.
guide-error-unfinished = The answers stop before the end of the check. Add an answer to the next question: { $question }. Any question can be answered with prefer-not-to-say.

## Names of the countries Salama has helplines for

guide-country-al = Albania
guide-country-ch = Switzerland
guide-country-de = Germany
guide-country-gb = United Kingdom
guide-country-gr = Greece
guide-country-it = Italy
guide-country-ly = Libya
guide-country-mx = Mexico
guide-country-rs = Serbia
guide-country-tr = Türkiye
guide-country-us = United States
