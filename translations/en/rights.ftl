# Rights articles: English source text.
# Plain language for readers who may know English only as a second language.
# Keep sentences short. Keep every explanation of a legal term.
# This is general information, not legal advice.

## Shared

# Shown at the top of every rights article.
rights-notice = This is general information, not legal advice. Laws and practice are different in each country, and not every country has joined every agreement. Ask a lawyer or a trusted organisation about your own case.
rights-steps-heading = What you can do
rights-sources-heading = Legal basis
# $date is the date a person last checked this article.
rights-reviewed = Last reviewed: { $date }
# $instrument is the name of a law or treaty (see the rights-instrument- messages below). $article is an article number such as 33(1).
rights-source-article = { $instrument }, Article { $article }
# A guidance document cited by one of its numbered paragraphs. $instrument is its name (see the rights-instrument- messages below). $paragraph is a paragraph number such as 31.
rights-source-paragraph = { $instrument }, paragraph { $paragraph }

## Names of laws and treaties
## Use the official name of each instrument in your language where one exists.

rights-instrument-refugee-convention = 1951 Refugee Convention
rights-instrument-cat = UN Convention against Torture
rights-instrument-echr = European Convention on Human Rights
rights-instrument-eu-charter = Charter of Fundamental Rights of the European Union
rights-instrument-udhr = Universal Declaration of Human Rights
rights-instrument-smuggling-protocol = UN Protocol against the Smuggling of Migrants
rights-instrument-trafficking-protocol = UN Protocol against Trafficking in Persons
rights-instrument-coe-trafficking-convention = Council of Europe Convention on Action against Trafficking in Human Beings
rights-instrument-eu-anti-trafficking-directive = EU Anti-Trafficking Directive (2011/36/EU)
rights-instrument-eu-procedures-regulation = EU Asylum Procedure Regulation (2024/1348)
rights-instrument-crc = UN Convention on the Rights of the Child
# The EU asylum procedure rules before the Regulation above. Keep the date: the reader must see that these rules no longer apply.
rights-instrument-eu-procedures-directive = EU Asylum Procedures Directive (2013/32/EU, replaced on 12 June 2026)

## Guidance, reports and court cases that explain or apply the laws and treaties above.
## They are not treaties. Use the official title in your language where one exists.

# UNHCR is the UN Refugee Agency. Keep the name UNHCR.
rights-instrument-unhcr-gip-7 = UNHCR Guidelines on International Protection No. 7 (2006)
rights-instrument-unhcr-gip-14 = UNHCR Guidelines on International Protection No. 14 (2024)
# A meeting of legal experts that UNHCR organised in 2001; its conclusions explain the ban on sending refugees back to danger.
rights-instrument-unhcr-roundtable-2001 = UNHCR expert roundtable on non-refoulement (2001): conclusions
rights-instrument-cat-gc-4 = UN Committee against Torture, General Comment No. 4 (2017)
rights-instrument-crc-gc-6 = UN Committee on the Rights of the Child, General Comment No. 6 (2005)
# One text written together by two UN committees: on migrant workers (its General Comment No. 4) and on the rights of the child (its General Comment No. 23).
rights-instrument-cmw-crc-joint-gc = UN Committees on Migrant Workers and on the Rights of the Child, Joint General Comment No. 4 and No. 23 (2017)
# A/79/213 is the UN document number. Keep it as it is.
rights-instrument-un-report-a-79-213 = UN report A/79/213 (2024)
# OSCE: Organization for Security and Co-operation in Europe. Keep the short name OSCE.
rights-instrument-osce-non-punishment = OSCE Special Representative on trafficking: recommendations on non-punishment (2013)
# ILO: International Labour Organization, a UN agency. Keep the short name ILO.
rights-instrument-ilo-forced-labour-indicators = ILO Indicators of Forced Labour (2012)
# UNODC: UN Office on Drugs and Crime. IOM: International Organization for Migration. Keep both short names.
rights-instrument-unodc-iom-smuggling-trafficking = UNODC and IOM: the differences between smuggling and trafficking
# Teaching material for universities that UNODC publishes.
rights-instrument-unodc-module-definitions = UNODC university module: legal definitions of trafficking and smuggling
rights-instrument-unodc-module-trafficking = UNODC university module: trafficking in persons
# The name of a court case. Keep "V.C.L. and A.N." in Latin letters; translate the rest.
rights-instrument-ecthr-vcl-an = European Court of Human Rights, V.C.L. and A.N. v. the United Kingdom

## Asylum

rights-asylum-title = The right to ask for asylum
rights-asylum-summary = You can ask another country for protection, even if you came without papers.

rights-asylum-right-heading = Your right to ask for protection
rights-asylum-right-1 = Asylum is protection a country gives to someone who is not safe in their own country. Everyone has the right to ask for asylum from persecution. It is a right to ask, not a promise that you will get it.
rights-asylum-right-2 = A refugee is a person outside their own country who has a real reason to fear persecution there. Persecution means serious harm because of your race, religion, nationality, political opinion or social group.
rights-asylum-right-3 = In the European Union, the EU Charter of Fundamental Rights also guarantees the right to asylum.

rights-asylum-papers-heading = If you came without papers
rights-asylum-papers-1 = Refugees must not be punished for entering or staying in a country without permission. Punishment means, for example, a fine or prison.
rights-asylum-papers-2 = There are three conditions. You came directly from the place where you were in danger. You go to the authorities without delay. You can give a good reason for entering this way.
# UNHCR is the UN Refugee Agency. Keep the name UNHCR. "These three conditions" are the ones in the paragraph before.
rights-asylum-papers-3 = UNHCR, the UN Refugee Agency, gave guidance on this in 2024. If you meet these three conditions, you should not be detained just for entering without papers. Detained means held in a closed place. You should also not be punished for using a smuggler to come in, or for helping your own family come in this way.

rights-asylum-waiting-heading = While you wait for a decision
rights-asylum-waiting-1 = While you wait for a decision, you must not be sent back to danger.
rights-asylum-waiting-2 = In the European Union, officials must tell you about your right to ask for asylum. They must also tell you about time limits, your rights and duties, and how to get free legal advice.

# The quoted sentence is what the reader says to officials.
rights-asylum-step-1 = Say clearly to the police or border officials: "I want to ask for asylum."
rights-asylum-step-2 = Go to the authorities as soon as you can.
rights-asylum-step-3 = Ask for an interpreter if you do not understand the language well.
rights-asylum-step-4 = Ask for free legal advice, or contact a lawyer or a trusted organisation.
rights-asylum-step-5 = Write down what happened to you, with dates. You can use the locked diary in this app.

## No return to danger (non-refoulement)

rights-non-refoulement-title = No return to danger
rights-non-refoulement-summary = A country must not send you to a place where you would face persecution, torture or other serious harm.

rights-non-refoulement-what-heading = What non-refoulement means
# "Non-refoulement" is a French legal term used in many languages. Keep it, and keep the explanation after it.
rights-non-refoulement-what-1 = Non-refoulement is a French legal word. It means a country must not send you back to a place where you would be in serious danger.
rights-non-refoulement-what-2 = Under the Refugee Convention, no refugee may be sent back in any way to where their life or freedom is threatened. This covers threats because of who they are or what they believe.
rights-non-refoulement-what-3 = This protects you even before you are recognised as a refugee. It also covers being turned away at the border, or being sent on to danger through another country.

rights-non-refoulement-torture-heading = Never to torture
rights-non-refoulement-torture-1 = The UN Convention against Torture protects everyone, not only refugees. No one may be sent to a country if there are strong reasons to believe they would be tortured there.
rights-non-refoulement-torture-2 = This rule has no exceptions, even for people who committed a crime or are seen as a danger. It also covers pushbacks, when officials force people back at the border or at sea.

rights-non-refoulement-europe-heading = In Europe
rights-non-refoulement-europe-1 = In Europe, the European Convention on Human Rights protects everyone too. No one may be sent to a real risk of torture or inhuman or degrading treatment. This means very cruel or humiliating treatment. There are no exceptions.
rights-non-refoulement-europe-2 = In the European Union, the EU Charter forbids collective expulsion. This means sending a group of people away without looking at each person's case.

rights-non-refoulement-limits-heading = Limits you should know
rights-non-refoulement-limits-1 = The Refugee Convention has a narrow exception. It is for people who are a danger to the country's security. It is also for people convicted of a particularly serious crime who are a danger to the community.
rights-non-refoulement-limits-2 = Even then, the ban on sending people to torture still applies. Each risk is checked case by case, so tell the officials everything about the danger you face.

rights-non-refoulement-step-1 = Tell the officials clearly that you are afraid to go back, and why. Say that you want to ask for asylum.
rights-non-refoulement-step-2 = Ask for an interpreter and a lawyer.
rights-non-refoulement-step-3 = Do not sign papers you do not understand.
# 112 is the emergency number in Europe. Keep the number as it is.
rights-non-refoulement-step-4 = In Europe, call 112 if you are in danger now.

## Not a criminal for being smuggled

rights-smuggled-not-criminal-title = Not a criminal for being smuggled
rights-smuggled-not-criminal-summary = Under the UN Smuggling Protocol, you must not be prosecuted just because you were smuggled.

rights-smuggled-not-criminal-what-heading = What the law says
rights-smuggled-not-criminal-what-1 = Smuggling means that someone helps you cross a border illegally for money or another gain. The smuggler commits the crime.
rights-smuggled-not-criminal-what-2 = The UN Smuggling Protocol says you must not be prosecuted under it just for being smuggled. Prosecuted means charged with a crime in court.
rights-smuggled-not-criminal-what-3 = The Protocol takes away none of your other rights. This includes your rights as a refugee and your protection from return to danger. You must not be treated worse because you were smuggled.

rights-smuggled-not-criminal-safety-heading = Your safety
rights-smuggled-not-criminal-safety-1 = Countries must take steps to protect your life, and to protect you from torture, cruel treatment and violence. They must help you if your life or safety is in danger.
rights-smuggled-not-criminal-safety-2 = They must pay attention to the special needs of women and children. If you are detained, you must be told quickly about contact with your consulate. A consulate is an office of your own country's government abroad.

rights-smuggled-not-criminal-limits-heading = What this does not cover
rights-smuggled-not-criminal-limits-1 = You can still be prosecuted for other crimes, for example for helping to smuggle other people.
rights-smuggled-not-criminal-limits-2 = The country can still use its immigration rules, for example to decide if you can stay. But the rules against sending people back to danger still apply.

rights-smuggled-not-criminal-step-1 = In Europe, call 112 if you are in danger now, for example at sea.
rights-smuggled-not-criminal-step-2 = If you are afraid to go back to your country, say that you want to ask for asylum.
rights-smuggled-not-criminal-step-3 = Ask for an interpreter and for a lawyer.
rights-smuggled-not-criminal-step-4 = If you are detained, you must be told about contact with your consulate. You do not have to contact it, for example if you fear your government.
rights-smuggled-not-criminal-step-5 = If the smuggler takes your documents, says you owe more money, or forces you to work, this may be trafficking. Ask a trusted organisation for help.

## Not punished for what you were forced to do (non-punishment)

rights-non-punishment-title = Not punished for what you were forced to do
rights-non-punishment-summary = If you were trafficked and forced to break the law, the authorities can decide not to punish you.

rights-non-punishment-what-heading = What non-punishment means
rights-non-punishment-what-1 = Trafficking is when people use force, threats or lies to control you and exploit you. Exploit means using you for profit, for example through forced work or sex.
rights-non-punishment-what-2 = Traffickers sometimes force victims to break the law. Examples are using false documents, growing cannabis, or making children steal. Non-punishment means victims should not be punished for crimes they were forced to commit.

rights-non-punishment-europe-heading = What the law says in Europe
# "Only a possibility": the treaty does not protect victims from punishment by itself. Keep this limit clear.
rights-non-punishment-europe-1 = In Europe, countries that joined the Council of Europe convention against trafficking must make it possible not to punish victims for unlawful acts they were forced to commit. This is only a possibility. It does not protect victims from punishment automatically.
rights-non-punishment-europe-2 = In the European Union, the authorities must be able not to prosecute or punish victims. This is for crimes they were forced to commit as a direct result of trafficking. It does not apply in Denmark.
rights-non-punishment-europe-3 = The European Court of Human Rights found that the United Kingdom broke the European Convention on Human Rights. The UK had prosecuted two trafficked children for drug crimes.

rights-non-punishment-limits-heading = It is not automatic
rights-non-punishment-limits-1 = This protection is not automatic, and it does not cover every crime. The authorities decide case by case.
# OSCE: Organization for Security and Co-operation in Europe. Keep the short name OSCE.
rights-non-punishment-limits-2 = The OSCE, an international organisation, gives advice to countries. If there are signs you were forced, you should not be prosecuted or detained for these acts. You should not lose your right to stay because of them either. This advice is not binding law.

rights-non-punishment-step-1 = Tell your lawyer as early as possible that you were forced to do these things.
rights-non-punishment-step-2 = Ask the authorities to check if you are a victim of trafficking.
rights-non-punishment-step-3 = Ask for an interpreter, so that your story is understood correctly.
rights-non-punishment-step-4 = Write down what happened, who forced you, and when. You can use the locked diary in this app.
rights-non-punishment-step-5 = Contact a trusted organisation that helps victims of trafficking.

## Smuggling or trafficking?

rights-smuggling-or-trafficking-title = Smuggling or trafficking?
rights-smuggling-or-trafficking-summary = How smuggling and trafficking are different, and the warning signs that smuggling has turned into trafficking.

rights-smuggling-or-trafficking-difference-heading = What is the difference?
rights-smuggling-or-trafficking-difference-1 = Smuggling: you agree to the journey and pay someone to take you across a border. It usually ends when you arrive. It is a crime against the country's border rules.
rights-smuggling-or-trafficking-difference-2 = Trafficking: someone uses force, threats, lies or your difficult situation to control and exploit you. Exploit means using you for profit, for example through forced work, sex or removing organs. It can happen inside one country. It is a crime against you.
rights-smuggling-or-trafficking-difference-3 = Even if you agreed at first, it can still be trafficking. Your agreement does not count if force, threats, lies or abuse of your situation were used.

rights-smuggling-or-trafficking-signs-heading = When smuggling turns into trafficking
rights-smuggling-or-trafficking-signs-1 = A smuggling journey can turn into trafficking. People who are smuggled are at high risk.
rights-smuggling-or-trafficking-signs-2 = Warning signs: you have a debt that keeps growing, and you must work to pay it. Someone keeps your passport or ID. You are not free to leave, or you are locked up.
rights-smuggling-or-trafficking-signs-3 = Other signs: you work with little or no pay. You or your family are threatened or hurt. Being kidnapped, or held until your family pays more money, is a serious warning sign too.
# The International Labour Organization (ILO) is a UN agency.
rights-smuggling-or-trafficking-signs-4 = The International Labour Organization uses most of these signs to spot forced labour. One sign can be enough. Signs are clues, not proof.

rights-smuggling-or-trafficking-why-heading = Why it matters
rights-smuggling-or-trafficking-why-1 = For children under 18, it can be trafficking even without force, threats or lies.
rights-smuggling-or-trafficking-why-2 = Victims of trafficking have extra rights to protection and help. Smuggled people have rights too.

rights-smuggling-or-trafficking-step-1 = In Europe, call 112 if you are locked up or in danger now.
rights-smuggling-or-trafficking-step-2 = If you can, keep a photo of your passport or ID in the locked diary in this app.
rights-smuggling-or-trafficking-step-3 = Write down what you paid, what they say you owe, and who has your documents.
rights-smuggling-or-trafficking-step-4 = Talk to an organisation that helps victims of trafficking. They can help you understand your situation.

## Protection for victims of trafficking

rights-trafficking-protection-title = Protection for victims of trafficking
rights-trafficking-protection-summary = How victims of trafficking are identified, and the help and rights they can get.

rights-trafficking-protection-identification-heading = Being identified as a victim
rights-trafficking-protection-identification-1 = Identification means that trained staff check if you are a victim of trafficking. In Europe, if there are reasonable grounds, you must not be sent away until the check is done. Reasonable grounds means real signs, even before anything is proven. Meanwhile, you must get help.
rights-trafficking-protection-identification-2 = In Europe, you then get at least 30 days to recover and reflect. You can stay, you must not be expelled, and you get help. You can decide freely if you want to work with the police.
rights-trafficking-protection-identification-3 = A country can refuse this period for reasons of public order. It can also refuse if a person wrongly claims to be a victim.

rights-trafficking-protection-help-heading = Help without conditions
rights-trafficking-protection-help-1 = In Europe, you must get at least a safe home, support to live on, and emergency medical care. You must also get psychological help, an interpreter, and information about your rights. Children must be able to go to school.
rights-trafficking-protection-help-2 = In Europe, this help does not depend on working with the police or being a witness. You must agree to it, and be told what it is.
rights-trafficking-protection-help-3 = Worldwide, the UN Trafficking Protocol asks countries to consider similar help.

rights-trafficking-protection-stay-heading = Staying in the country
rights-trafficking-protection-stay-1 = In Europe, you can get a residence permit that can be renewed. This is a paper that lets you live in the country. Each country gives it because of your personal situation, your help to the police, or both.
rights-trafficking-protection-stay-2 = This permit does not stop you from asking for asylum. Worldwide, the UN Protocol asks countries to consider letting victims stay.

rights-trafficking-protection-justice-heading = Compensation and going home
rights-trafficking-protection-justice-1 = Compensation is money for the harm done to you. The UN Protocol says victims must have a way to get it. In Europe, you have a right to compensation from the traffickers, and countries must help guarantee it.
rights-trafficking-protection-justice-2 = In Europe, you also have a right to legal help and to free legal aid. National rules set the conditions.
rights-trafficking-protection-justice-3 = If you go home, your return must be safe and respect your dignity. It should be your own choice where possible. In Europe, you must get contacts of organisations that can help you there.

rights-trafficking-protection-step-1 = Tell the police, a social worker or an anti-trafficking organisation that you may be a victim.
rights-trafficking-protection-step-2 = Ask for time to recover and reflect, and for a safe place to stay.
rights-trafficking-protection-step-3 = Ask for an interpreter and for free legal aid.
rights-trafficking-protection-step-4 = You can take time to decide if you want to work with the police.
rights-trafficking-protection-step-5 = In Europe, call 112 if you are in danger now.

## Asylum and trafficking: both sets of rights

rights-asylum-and-trafficking-title = Asylum and trafficking protection: you can have both
rights-asylum-and-trafficking-summary = You can ask for asylum and get protection as a victim of trafficking at the same time.

rights-asylum-and-trafficking-both-heading = You do not have to choose
rights-asylum-and-trafficking-both-1 = You can be a victim of trafficking and a refugee at the same time. Both sets of rights apply to you. You do not have to choose one.
rights-asylum-and-trafficking-both-2 = The UN Protocol against Trafficking in Persons does not reduce your rights as a refugee. This includes your protection from being sent back to danger.
rights-asylum-and-trafficking-both-3 = In Europe, a residence permit for victims of trafficking does not affect your right to ask for asylum.

rights-asylum-and-trafficking-refugee-heading = When a victim of trafficking is a refugee
rights-asylum-and-trafficking-refugee-1 = UNHCR, the UN Refugee Agency, says that people who were trafficked can be refugees. This is the case if they fear persecution when they go back. For example, they may fear being trafficked again, or revenge from the traffickers.
rights-asylum-and-trafficking-refugee-2 = Not every victim of trafficking is a refugee. Each case is looked at on its own.

rights-asylum-and-trafficking-step-1 = Tell the asylum officials that you were trafficked, and what you fear if you go back.
rights-asylum-and-trafficking-step-2 = Ask to be identified as a victim of trafficking too.
rights-asylum-and-trafficking-step-3 = Ask a lawyer or a trusted organisation to help you with both.
rights-asylum-and-trafficking-step-4 = Ask for an interpreter, so that your whole story is understood.

## Children

rights-children-title = Rights of children
rights-children-summary = If you are under 18, you have extra protection, wherever you come from and whatever your papers.

rights-children-interests-heading = Your best interests come first
rights-children-interests-1 = If you are under 18, you are a child. UN experts say you must be protected as a child, whatever your papers.
rights-children-interests-2 = In every decision about you, your best interests must be one of the most important things. This means what is best for your safety, health and future. A UN report says migration rules cannot override this.
rights-children-interests-3 = If you are a refugee or asking for asylum, you have a right to protection and help. You can also get help to find your family.

rights-children-guardian-heading = A guardian
rights-children-guardian-1 = If you are alone, without a parent or another adult who cares for you, you should get a guardian. A guardian is an adult who protects your interests and helps you decide.
rights-children-guardian-2 = In the European Union, child victims of trafficking who are alone must get a guardian.

rights-children-age-heading = If people doubt your age
# "UN experts on children's rights": the UN Committee on the Rights of the Child. Their advice says "should", not "must".
rights-children-age-1 = If officials doubt your age, UN experts on children's rights say how the check should be done. It should look at how mature you are, not only at how you look. It should be safe, fair and suitable for children.
# "Benefit of the doubt": if it is unclear, the decision goes in the child's favour.
rights-children-age-2 = If there is still doubt, you should get the benefit of the doubt. This means that if you may be a child, you are treated as a child.
rights-children-age-3 = In Europe, the same applies to possible victims of trafficking. If you may be a child, you are treated as a child until your age is checked.

rights-children-trafficking-heading = Child trafficking
rights-children-trafficking-1 = For children, the law is stricter. If someone recruits, moves, hides or receives a child to exploit them, it is trafficking. No force, threats or lies are needed. A child cannot agree to being exploited.

rights-children-step-1 = If you are under 18, say so clearly.
rights-children-step-2 = If you are alone, ask for a guardian.
rights-children-step-3 = If you want, ask for help to find your family.
rights-children-step-4 = In Europe, call 112 if you are in danger now.

## If you are detained

rights-detention-title = If you are detained
rights-detention-summary = Your rights if you are held by the police or in a closed centre.

rights-detention-asylum-heading = You can still ask for asylum
rights-detention-asylum-1 = Detention means being held in a closed place, without being free to leave. Even if you are detained, you can ask for asylum.
rights-detention-asylum-2 = Refugees must not be punished for entering without papers. They must have come directly from danger, gone to the authorities quickly, and have a good reason. Their freedom to move may be limited only if necessary. UNHCR says that people who meet these conditions should not be detained just for entering without papers.
rights-detention-asylum-3 = While your request for asylum is decided, you must not be sent back to danger. In Europe, if you may be a victim of trafficking, you must not be removed until this is checked.

rights-detention-help-heading = An interpreter and a lawyer
rights-detention-help-1 = In the European Union, officials must tell you about your right to ask for asylum. They must also tell you about time limits, your rights and duties, and how to get free legal advice.
rights-detention-help-2 = In Europe, victims of trafficking have a right to an interpreter and to legal help. For everyone else, the rules on interpreters are different in each country. Ask for an interpreter if you do not understand.

rights-detention-contact-heading = Your consulate and UNHCR
rights-detention-contact-1 = A consulate is an office of your own country's government abroad. If you were smuggled and are detained, you must be told quickly about contact with your consulate.
rights-detention-contact-2 = This rule comes from the UN Smuggling Protocol. It does not say that you must contact your consulate. If you fear your own government, you may not want this contact. Ask a lawyer first.
# 12 June 2026 is the day the new EU asylum rules began to apply. Write the date the usual way in your language.
rights-detention-contact-3 = UNHCR is the UN Refugee Agency. In the European Union, the old asylum rules let people who asked for asylum contact UNHCR and organisations that give legal help. Since 12 June 2026, new rules apply. They say you must be told how to get free legal advice.

rights-detention-step-1 = If you are afraid to go back, say clearly that you want to ask for asylum.
rights-detention-step-2 = Ask for an interpreter.
rights-detention-step-3 = Ask for a lawyer or for free legal advice.
rights-detention-step-4 = Do not sign papers you do not understand.
rights-detention-step-5 = Ask to contact UNHCR or a trusted organisation.
rights-detention-step-6 = Decide yourself if you want contact with your consulate. You do not have to.
