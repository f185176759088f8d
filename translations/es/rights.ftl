# Machine-assisted draft: not yet reviewed by a native speaker.

# Artículos sobre derechos: traducción al español.
# Lenguaje sencillo, para personas que quizá leen el español como segunda lengua.
# Frases cortas. Mantén cada explicación de un término jurídico.
# Esto es información general, no asesoramiento jurídico.

## Común

# Se muestra al principio de cada artículo sobre derechos.
rights-notice = Esto es información general, no asesoramiento jurídico. Las leyes y la práctica son distintas en cada país, y no todos los países se han unido a todos los acuerdos. Pregunta a un abogado o a una organización de confianza sobre tu caso.
rights-steps-heading = Qué puedes hacer
rights-sources-heading = Base legal
# $date es la fecha en que una persona revisó este artículo por última vez.
rights-reviewed = Última revisión: { $date }
# $instrument es el nombre de una ley o un tratado (ver los mensajes rights-instrument- más abajo). $article es un número de artículo, por ejemplo 33(1).
rights-source-article = { $instrument }, artículo { $article }
# $instrument es el nombre de un documento de orientación. $paragraph es un número de párrafo, por ejemplo 31.
rights-source-paragraph = { $instrument }, párrafo { $paragraph }

## Nombres de leyes y tratados
## Usa el nombre oficial de cada texto en tu idioma, si existe.

rights-instrument-refugee-convention = Convención sobre el Estatuto de los Refugiados de 1951
rights-instrument-cat = Convención de las Naciones Unidas contra la Tortura
rights-instrument-echr = Convenio Europeo de Derechos Humanos
rights-instrument-eu-charter = Carta de los Derechos Fundamentales de la Unión Europea
rights-instrument-udhr = Declaración Universal de Derechos Humanos
rights-instrument-smuggling-protocol = Protocolo de las Naciones Unidas contra el Tráfico Ilícito de Migrantes
rights-instrument-trafficking-protocol = Protocolo de las Naciones Unidas para Prevenir, Reprimir y Sancionar la Trata de Personas
rights-instrument-coe-trafficking-convention = Convenio del Consejo de Europa sobre la lucha contra la trata de seres humanos
rights-instrument-eu-anti-trafficking-directive = Directiva de la UE relativa a la lucha contra la trata de seres humanos (2011/36/UE)
rights-instrument-eu-procedures-regulation = Reglamento de la UE sobre el procedimiento de asilo (2024/1348)
rights-instrument-crc = Convención de las Naciones Unidas sobre los Derechos del Niño
rights-instrument-eu-procedures-directive = Directiva de la UE sobre procedimientos de asilo (2013/32/UE, sustituida el 12 de junio de 2026)
rights-instrument-unhcr-gip-7 = Directrices del ACNUR (UNHCR) sobre protección internacional n.º 7 (2006)
rights-instrument-unhcr-gip-14 = Directrices del ACNUR (UNHCR) sobre protección internacional n.º 14 (2024)
rights-instrument-unhcr-roundtable-2001 = Mesa redonda de expertos del ACNUR (UNHCR) sobre la no devolución (2001): conclusiones
rights-instrument-cat-gc-4 = Comité de las Naciones Unidas contra la Tortura, observación general n.º 4 (2017)
rights-instrument-crc-gc-6 = Comité de los Derechos del Niño de las Naciones Unidas, observación general n.º 6 (2005)
rights-instrument-cmw-crc-joint-gc = Comités de las Naciones Unidas sobre los Trabajadores Migratorios y sobre los Derechos del Niño, observación general conjunta n.º 4 y n.º 23 (2017)
rights-instrument-un-report-a-79-213 = Informe de las Naciones Unidas A/79/213 (2024)
rights-instrument-osce-non-punishment = Representante Especial de la OSCE contra la trata de personas: recomendaciones sobre la no sanción de las víctimas (2013)
rights-instrument-ilo-forced-labour-indicators = Indicadores de trabajo forzoso de la Organización Internacional del Trabajo (OIT) (2012)
rights-instrument-unodc-iom-smuggling-trafficking = UNODC y OIM (IOM): las diferencias entre el tráfico de migrantes y la trata de personas
rights-instrument-unodc-module-definitions = Módulo universitario de la UNODC: definiciones jurídicas de la trata de personas y del tráfico de migrantes
rights-instrument-unodc-module-trafficking = Módulo universitario de la UNODC: la trata de personas
rights-instrument-ecthr-vcl-an = Tribunal Europeo de Derechos Humanos, V.C.L. y A.N. c. Reino Unido

## Asilo

rights-asylum-title = El derecho a pedir asilo
rights-asylum-summary = Puedes pedir protección a otro país, aunque hayas llegado sin papeles.

rights-asylum-right-heading = Tu derecho a pedir protección
rights-asylum-right-1 = El asilo es la protección que un país da a una persona que no está a salvo en su propio país. En caso de persecución, toda persona tiene derecho a pedir asilo. Es un derecho a pedirlo, no una promesa de que lo vas a recibir.
rights-asylum-right-2 = Un refugiado es una persona que está fuera de su país y que tiene una razón real para temer persecución allí. Persecución significa sufrir un daño grave por tu raza, religión, nacionalidad, opinión política o grupo social.
rights-asylum-right-3 = En la Unión Europea, la Carta de los Derechos Fundamentales de la UE también garantiza el derecho de asilo.

rights-asylum-papers-heading = Si llegaste sin papeles
rights-asylum-papers-1 = No se debe castigar a los refugiados por entrar o quedarse en un país sin permiso. Un castigo es, por ejemplo, una multa o la cárcel.
rights-asylum-papers-2 = Hay tres condiciones. Llegaste directamente desde el lugar donde estabas en peligro. Te presentas ante las autoridades sin demora. Puedes dar una buena razón para haber entrado de esta forma.
# UNHCR es la Agencia de la ONU para los Refugiados (en español, ACNUR). Mantén el nombre UNHCR.
rights-asylum-papers-3 = El ACNUR (UNHCR), la Agencia de la ONU para los Refugiados, dio orientaciones sobre esto en 2024. Si cumples estas tres condiciones, no deberían detenerte solo por entrar sin papeles. La detención significa que te retienen en un lugar cerrado. Tampoco deberían castigarte por usar a un traficante de migrantes para entrar, ni por ayudar a tu propia familia a entrar de esta forma.

rights-asylum-waiting-heading = Mientras esperas una decisión
rights-asylum-waiting-1 = Mientras esperas una decisión, no te pueden enviar de vuelta al peligro.
rights-asylum-waiting-2 = En la Unión Europea, los funcionarios deben informarte de tu derecho a pedir asilo. También deben informarte de los plazos, de tus derechos y obligaciones, y de cómo conseguir asesoramiento jurídico gratuito.

# La frase entre comillas es lo que la persona dice a los funcionarios.
rights-asylum-step-1 = Di claramente a la policía o a los agentes de frontera: «Quiero pedir asilo».
rights-asylum-step-2 = Preséntate ante las autoridades lo antes posible.
rights-asylum-step-3 = Pide un intérprete si no entiendes bien el idioma.
rights-asylum-step-4 = Pide asesoramiento jurídico gratuito, o contacta con un abogado o una organización de confianza.
rights-asylum-step-5 = Escribe lo que te pasó, con las fechas. Puedes usar el diario bloqueado de esta aplicación.

## Nadie puede devolverte al peligro (no devolución)

rights-non-refoulement-title = Nadie puede devolverte al peligro
rights-non-refoulement-summary = Un país no debe enviarte a un lugar donde sufrirías persecución, tortura u otro daño grave.

rights-non-refoulement-what-heading = Qué significa «non-refoulement» (no devolución)
# «Non-refoulement» es un término jurídico francés que se usa en muchos idiomas. Mantenlo, y mantén la explicación que sigue.
rights-non-refoulement-what-1 = «Non-refoulement» es una palabra jurídica francesa. En español se dice «no devolución». Significa que un país no debe enviarte de vuelta a un lugar donde estarías en grave peligro.
rights-non-refoulement-what-2 = Según la Convención sobre el Estatuto de los Refugiados, ningún refugiado puede ser devuelto, de ninguna forma, a un lugar donde su vida o su libertad estén amenazadas. Esto cubre las amenazas por quién es o por lo que cree.
rights-non-refoulement-what-3 = Esto te protege incluso antes de que te reconozcan como refugiado. También te protege si te rechazan en la frontera, o si te envían al peligro pasando por otro país.

rights-non-refoulement-torture-heading = Nunca a la tortura
rights-non-refoulement-torture-1 = La Convención de las Naciones Unidas contra la Tortura protege a todas las personas, no solo a los refugiados. Nadie puede ser enviado a un país si hay razones fundadas para creer que allí sería torturado.
rights-non-refoulement-torture-2 = Esta regla no tiene excepciones, ni siquiera para las personas que cometieron un delito o que son vistas como un peligro. También cubre las devoluciones en caliente: cuando los agentes obligan a las personas a volver atrás en la frontera o en el mar.

rights-non-refoulement-europe-heading = En Europa
rights-non-refoulement-europe-1 = En Europa, el Convenio Europeo de Derechos Humanos también protege a todas las personas. Nadie puede ser enviado a un lugar donde corra un riesgo real de tortura o de tratos inhumanos o degradantes. Esto significa un trato muy cruel o humillante. No hay excepciones.
rights-non-refoulement-europe-2 = En la Unión Europea, la Carta de la UE prohíbe las expulsiones colectivas. Esto significa expulsar a un grupo de personas sin estudiar el caso de cada una.

rights-non-refoulement-limits-heading = Límites que debes conocer
rights-non-refoulement-limits-1 = La Convención sobre el Estatuto de los Refugiados tiene una excepción muy limitada. Es para las personas que son un peligro para la seguridad del país. También es para las personas condenadas por un delito especialmente grave que son un peligro para la comunidad.
rights-non-refoulement-limits-2 = Incluso en ese caso, sigue vigente la prohibición de enviar a personas a la tortura. Cada riesgo se estudia caso por caso, así que cuenta a los funcionarios todo sobre el peligro que corres.

rights-non-refoulement-step-1 = Di claramente a los funcionarios que tienes miedo de volver, y por qué. Di que quieres pedir asilo.
rights-non-refoulement-step-2 = Pide un intérprete y un abogado.
rights-non-refoulement-step-3 = No firmes papeles que no entiendas.
# El 112 es el número de emergencias en Europa. Deja el número como está.
rights-non-refoulement-step-4 = En Europa, llama al 112 si estás en peligro ahora.

## No eres delincuente por viajar con traficantes de migrantes

rights-smuggled-not-criminal-title = No eres delincuente por viajar con traficantes
rights-smuggled-not-criminal-summary = Según el Protocolo de la ONU contra el Tráfico Ilícito de Migrantes, no te pueden procesar solo porque unos traficantes te ayudaron a cruzar la frontera.

rights-smuggled-not-criminal-what-heading = Qué dice la ley
rights-smuggled-not-criminal-what-1 = El tráfico de migrantes es cuando alguien te ayuda a cruzar una frontera de forma ilegal, a cambio de dinero u otro beneficio. Quien comete el delito es el traficante.
rights-smuggled-not-criminal-what-2 = El Protocolo de la ONU contra el Tráfico Ilícito de Migrantes dice que no te pueden procesar, según ese Protocolo, solo por haber viajado con traficantes. Procesar significa acusarte de un delito ante un tribunal.
rights-smuggled-not-criminal-what-3 = El Protocolo no te quita ninguno de tus otros derechos. Esto incluye tus derechos como refugiado y tu protección contra la devolución al peligro. No te deben tratar peor por haber viajado con traficantes.

rights-smuggled-not-criminal-safety-heading = Tu seguridad
rights-smuggled-not-criminal-safety-1 = Los países deben tomar medidas para proteger tu vida, y para protegerte de la tortura, los tratos crueles y la violencia. Deben ayudarte si tu vida o tu seguridad están en peligro.
rights-smuggled-not-criminal-safety-2 = Deben prestar atención a las necesidades especiales de las mujeres y de los niños y niñas. Si te detienen, deben informarte rápidamente de que puedes contactar con tu consulado. Un consulado es una oficina del gobierno de tu país en el extranjero.

rights-smuggled-not-criminal-limits-heading = Lo que esto no cubre
rights-smuggled-not-criminal-limits-1 = Sí te pueden procesar por otros delitos, por ejemplo por ayudar a pasar a otras personas de forma ilegal.
rights-smuggled-not-criminal-limits-2 = El país puede seguir aplicando sus normas de inmigración, por ejemplo para decidir si puedes quedarte. Pero las normas que prohíben devolver a las personas al peligro siguen vigentes.

rights-smuggled-not-criminal-step-1 = En Europa, llama al 112 si estás en peligro ahora, por ejemplo en el mar.
rights-smuggled-not-criminal-step-2 = Si tienes miedo de volver a tu país, di que quieres pedir asilo.
rights-smuggled-not-criminal-step-3 = Pide un intérprete y un abogado.
rights-smuggled-not-criminal-step-4 = Si te detienen, deben informarte de que puedes contactar con tu consulado. No tienes que contactarlo, por ejemplo si tienes miedo de tu gobierno.
rights-smuggled-not-criminal-step-5 = Si el traficante se queda con tus documentos, dice que le debes más dinero o te obliga a trabajar, puede ser trata de personas. Pide ayuda a una organización de confianza.

## Sin castigo por lo que te obligaron a hacer (no punición)

rights-non-punishment-title = Sin castigo por lo que te obligaron a hacer
rights-non-punishment-summary = Si fuiste víctima de trata y te obligaron a infringir la ley, las autoridades pueden decidir no castigarte.

rights-non-punishment-what-heading = Qué significa «no punición»
rights-non-punishment-what-1 = La trata de personas es cuando alguien usa la fuerza, amenazas o engaños para controlarte y explotarte. Explotar significa usarte para ganar dinero, por ejemplo con trabajo forzoso o explotación sexual.
rights-non-punishment-what-2 = A veces los tratantes obligan a las víctimas a infringir la ley. Por ejemplo, a usar documentos falsos, a cultivar cannabis o a hacer que niños roben. No punición significa que no se debería castigar a las víctimas por los delitos que las obligaron a cometer.

rights-non-punishment-europe-heading = Qué dice la ley en Europa
rights-non-punishment-europe-1 = En Europa, los países que se unieron al convenio del Consejo de Europa contra la trata deben hacer posible no castigar a las víctimas por los actos ilegales que las obligaron a cometer. Es solo una posibilidad. No protege a las víctimas del castigo de forma automática.
rights-non-punishment-europe-2 = En la Unión Europea, las autoridades deben tener la posibilidad de no procesar ni castigar a las víctimas. Esto vale para los delitos que las obligaron a cometer como consecuencia directa de la trata. No se aplica en Dinamarca.
rights-non-punishment-europe-3 = El Tribunal Europeo de Derechos Humanos decidió que el Reino Unido violó el Convenio Europeo de Derechos Humanos. El Reino Unido había procesado a dos niños víctimas de trata por delitos de drogas.

rights-non-punishment-limits-heading = No es automático
rights-non-punishment-limits-1 = Esta protección no es automática, y no cubre todos los delitos. Las autoridades deciden caso por caso.
# OSCE: Organización para la Seguridad y la Cooperación en Europa. Mantén la sigla OSCE.
rights-non-punishment-limits-2 = La OSCE, una organización internacional, da consejos a los países. Si hay señales de que te obligaron, no deberían procesarte ni detenerte por esos actos. Tampoco deberías perder tu derecho a quedarte por ellos. Estos consejos no son una ley obligatoria.

rights-non-punishment-step-1 = Dile a tu abogado lo antes posible que te obligaron a hacer esas cosas.
rights-non-punishment-step-2 = Pide a las autoridades que comprueben si eres víctima de trata.
rights-non-punishment-step-3 = Pide un intérprete, para que se entienda bien tu historia.
rights-non-punishment-step-4 = Escribe qué pasó, quién te obligó y cuándo. Puedes usar el diario bloqueado de esta aplicación.
rights-non-punishment-step-5 = Contacta con una organización de confianza que ayude a las víctimas de trata.

## ¿Tráfico de migrantes o trata de personas?

rights-smuggling-or-trafficking-title = ¿Tráfico de migrantes o trata de personas?
rights-smuggling-or-trafficking-summary = En qué se diferencian el tráfico de migrantes y la trata de personas, y las señales de alerta de que el tráfico se ha convertido en trata.

rights-smuggling-or-trafficking-difference-heading = ¿Cuál es la diferencia?
rights-smuggling-or-trafficking-difference-1 = Tráfico de migrantes: aceptas el viaje y pagas a alguien para que te haga cruzar una frontera. Normalmente termina cuando llegas. Es un delito contra las normas de fronteras del país.
rights-smuggling-or-trafficking-difference-2 = Trata de personas: alguien usa la fuerza, amenazas, engaños o tu situación difícil para controlarte y explotarte. Explotar significa usarte para ganar dinero, por ejemplo con trabajo forzoso, explotación sexual o extracción de órganos. Puede ocurrir dentro de un solo país. Es un delito contra ti.
rights-smuggling-or-trafficking-difference-3 = Aunque al principio hayas aceptado, puede seguir siendo trata. Tu aceptación no cuenta si se usó la fuerza, amenazas, engaños o abuso de tu situación.

rights-smuggling-or-trafficking-signs-heading = Cuando el tráfico se convierte en trata
rights-smuggling-or-trafficking-signs-1 = Un viaje con traficantes puede convertirse en trata. Las personas que viajan con traficantes corren un alto riesgo.
rights-smuggling-or-trafficking-signs-2 = Señales de alerta: tienes una deuda que no para de crecer, y debes trabajar para pagarla. Alguien se queda con tu pasaporte o tu documento de identidad. No eres libre de irte, o te tienen encerrado.
rights-smuggling-or-trafficking-signs-3 = Otras señales: trabajas por muy poco dinero o sin cobrar. Te amenazan o te hacen daño a ti o a tu familia. Que te secuestren, o que te retengan hasta que tu familia pague más dinero, también es una señal de alerta grave.
# La Organización Internacional del Trabajo (OIT) es una agencia de la ONU.
rights-smuggling-or-trafficking-signs-4 = La Organización Internacional del Trabajo usa la mayoría de estas señales para detectar el trabajo forzoso. Una sola señal puede bastar. Las señales son pistas, no pruebas.

rights-smuggling-or-trafficking-why-heading = Por qué es importante
rights-smuggling-or-trafficking-why-1 = Con niños y niñas menores de 18 años, puede ser trata incluso sin fuerza, amenazas ni engaños.
rights-smuggling-or-trafficking-why-2 = Las víctimas de trata tienen derechos adicionales a protección y ayuda. Las personas que viajaron con traficantes también tienen derechos.

rights-smuggling-or-trafficking-step-1 = En Europa, llama al 112 si te tienen encerrado o si estás en peligro ahora.
rights-smuggling-or-trafficking-step-2 = Si puedes, guarda una foto de tu pasaporte o de tu documento de identidad en el diario bloqueado de esta aplicación.
rights-smuggling-or-trafficking-step-3 = Escribe cuánto pagaste, cuánto dicen que debes y quién tiene tus documentos.
rights-smuggling-or-trafficking-step-4 = Habla con una organización que ayude a las víctimas de trata. Pueden ayudarte a entender tu situación.

## Protección para las víctimas de trata

rights-trafficking-protection-title = Protección para las víctimas de trata
rights-trafficking-protection-summary = Cómo se identifica a las víctimas de trata, y qué ayuda y derechos pueden recibir.

rights-trafficking-protection-identification-heading = La identificación como víctima
rights-trafficking-protection-identification-1 = La identificación significa que personal formado comprueba si eres víctima de trata. En Europa, si hay motivos razonables, no te pueden expulsar hasta que termine la comprobación. Motivos razonables significa señales reales, incluso antes de que se pruebe nada. Mientras tanto, debes recibir ayuda.
rights-trafficking-protection-identification-2 = En Europa, después tienes al menos 30 días para recuperarte y pensar. Puedes quedarte, no te pueden expulsar y recibes ayuda. Puedes decidir libremente si quieres colaborar con la policía.
rights-trafficking-protection-identification-3 = Un país puede negar este periodo por razones de orden público. También puede negarlo si una persona dice falsamente que es víctima.

rights-trafficking-protection-help-heading = Ayuda sin condiciones
rights-trafficking-protection-help-1 = En Europa, debes recibir como mínimo un alojamiento seguro, apoyo para vivir y atención médica de urgencia. También debes recibir ayuda psicológica, un intérprete e información sobre tus derechos. Los niños y niñas deben poder ir a la escuela.
rights-trafficking-protection-help-2 = En Europa, esta ayuda no depende de que colabores con la policía ni de que seas testigo. Tienes que estar de acuerdo con ella, y deben explicarte en qué consiste.
rights-trafficking-protection-help-3 = En todo el mundo, el Protocolo de la ONU contra la Trata de Personas pide a los países que consideren dar una ayuda parecida.

rights-trafficking-protection-stay-heading = Quedarte en el país
rights-trafficking-protection-stay-1 = En Europa, puedes obtener un permiso de residencia que se puede renovar. Es un documento que te permite vivir en el país. Cada país lo da por tu situación personal, por tu ayuda a la policía, o por las dos cosas.
rights-trafficking-protection-stay-2 = Este permiso no te impide pedir asilo. En todo el mundo, el Protocolo de la ONU pide a los países que consideren dejar que las víctimas se queden.

rights-trafficking-protection-justice-heading = Indemnización y regreso a casa
rights-trafficking-protection-justice-1 = La indemnización es dinero por el daño que te hicieron. El Protocolo de la ONU dice que las víctimas deben tener una forma de conseguirla. En Europa, tienes derecho a una indemnización de los tratantes, y los países deben ayudar a garantizarla.
rights-trafficking-protection-justice-2 = En Europa, también tienes derecho a la ayuda de un abogado y a asistencia jurídica gratuita. Las normas de cada país fijan las condiciones.
rights-trafficking-protection-justice-3 = Si vuelves a casa, tu regreso debe ser seguro y respetar tu dignidad. Siempre que sea posible, debería ser tu propia decisión. En Europa, deben darte contactos de organizaciones que pueden ayudarte allí.

rights-trafficking-protection-step-1 = Di a la policía, a un trabajador social o a una organización contra la trata que puedes ser víctima.
rights-trafficking-protection-step-2 = Pide tiempo para recuperarte y pensar, y un lugar seguro donde quedarte.
rights-trafficking-protection-step-3 = Pide un intérprete y asistencia jurídica gratuita.
rights-trafficking-protection-step-4 = Puedes tomarte tu tiempo para decidir si quieres colaborar con la policía.
rights-trafficking-protection-step-5 = En Europa, llama al 112 si estás en peligro ahora.

## Asilo y trata: los dos conjuntos de derechos

rights-asylum-and-trafficking-title = Asilo y protección contra la trata: puedes tener las dos
rights-asylum-and-trafficking-summary = Puedes pedir asilo y, al mismo tiempo, recibir protección como víctima de trata.

rights-asylum-and-trafficking-both-heading = No tienes que elegir
rights-asylum-and-trafficking-both-1 = Puedes ser víctima de trata y refugiado al mismo tiempo. Los dos conjuntos de derechos se aplican a ti. No tienes que elegir uno.
rights-asylum-and-trafficking-both-2 = El Protocolo de la ONU contra la Trata de Personas no reduce tus derechos como refugiado. Esto incluye tu protección contra la devolución al peligro.
rights-asylum-and-trafficking-both-3 = En Europa, un permiso de residencia para víctimas de trata no afecta a tu derecho a pedir asilo.

rights-asylum-and-trafficking-refugee-heading = Cuando una víctima de trata es refugiada
rights-asylum-and-trafficking-refugee-1 = El ACNUR (UNHCR), la Agencia de la ONU para los Refugiados, dice que las personas que sufrieron trata pueden ser refugiadas. Es así si temen persecución al volver. Por ejemplo, pueden temer volver a ser víctimas de trata, o la venganza de los tratantes.
rights-asylum-and-trafficking-refugee-2 = No toda víctima de trata es refugiada. Cada caso se estudia por separado.

rights-asylum-and-trafficking-step-1 = Di a los funcionarios de asilo que fuiste víctima de trata, y qué temes si vuelves.
rights-asylum-and-trafficking-step-2 = Pide que también te identifiquen como víctima de trata.
rights-asylum-and-trafficking-step-3 = Pide a un abogado o a una organización de confianza que te ayude con las dos cosas.
rights-asylum-and-trafficking-step-4 = Pide un intérprete, para que se entienda toda tu historia.

## Niños y niñas

rights-children-title = Derechos de los niños y niñas
rights-children-summary = Si tienes menos de 18 años, tienes protección adicional, vengas de donde vengas y tengas los papeles que tengas.

rights-children-interests-heading = Tu interés superior es lo primero
rights-children-interests-1 = Si tienes menos de 18 años, eres un niño o una niña. Expertos de la ONU dicen que te deben proteger como a un niño o una niña, tengas los papeles que tengas.
rights-children-interests-2 = En cada decisión sobre ti, tu interés superior debe ser una de las cosas más importantes. Esto significa lo mejor para tu seguridad, tu salud y tu futuro. Un informe de la ONU dice que las normas de migración no pueden pasar por encima de esto.
rights-children-interests-3 = Si eres refugiado o pides asilo, tienes derecho a protección y ayuda. También puedes recibir ayuda para encontrar a tu familia.

rights-children-guardian-heading = Un tutor
rights-children-guardian-1 = Si estás solo o sola, sin tu padre o tu madre ni otra persona adulta que te cuide, deberías tener un tutor. Un tutor es una persona adulta que defiende tus intereses y te ayuda a decidir.
rights-children-guardian-2 = En la Unión Europea, los niños y niñas víctimas de trata que están solos deben tener un tutor.

rights-children-age-heading = Si dudan de tu edad
rights-children-age-1 = Si los funcionarios dudan de tu edad, expertos de la ONU en derechos del niño dicen cómo debería hacerse la evaluación. Debería tener en cuenta tu madurez, no solo tu aspecto. Debería ser segura, justa y adecuada para niños y niñas.
# «Beneficio de la duda»: si no está claro, la decisión es a favor del niño o la niña.
rights-children-age-2 = Si sigue habiendo dudas, deberías tener el beneficio de la duda. Esto significa que, si es posible que seas un niño o una niña, te tratan como tal.
rights-children-age-3 = En Europa, lo mismo vale para las posibles víctimas de trata. Si es posible que seas un niño o una niña, te tratan como tal hasta que se compruebe tu edad.

rights-children-trafficking-heading = Trata de niños y niñas
rights-children-trafficking-1 = Con los niños y niñas, la ley es más estricta. Si alguien capta, traslada, esconde o recibe a un niño o una niña para explotarlo, es trata. No hace falta fuerza, amenazas ni engaños. Un niño o una niña no puede aceptar que lo exploten.

rights-children-step-1 = Si tienes menos de 18 años, dilo claramente.
rights-children-step-2 = Si estás solo o sola, pide un tutor.
rights-children-step-3 = Si quieres, pide ayuda para encontrar a tu familia.
rights-children-step-4 = En Europa, llama al 112 si estás en peligro ahora.

## Si te detienen

rights-detention-title = Si te detienen
rights-detention-summary = Tus derechos si la policía te retiene o si estás en un centro cerrado.

rights-detention-asylum-heading = Aun así puedes pedir asilo
rights-detention-asylum-1 = La detención significa que te retienen en un lugar cerrado y no eres libre de irte. Aunque te detengan, puedes pedir asilo.
rights-detention-asylum-2 = No se debe castigar a los refugiados por entrar sin papeles. Tienen que haber llegado directamente desde el peligro, haberse presentado rápido ante las autoridades y tener una buena razón. Su libertad de movimiento solo se puede limitar si es necesario. El ACNUR (UNHCR) dice que no se debería detener a las personas que cumplen estas condiciones solo por entrar sin papeles.
rights-detention-asylum-3 = Mientras se decide tu solicitud de asilo, no te pueden devolver al peligro. En Europa, si puedes ser víctima de trata, no te pueden expulsar hasta que se compruebe.

rights-detention-help-heading = Un intérprete y un abogado
rights-detention-help-1 = En la Unión Europea, los funcionarios deben informarte de tu derecho a pedir asilo. También deben informarte de los plazos, de tus derechos y obligaciones, y de cómo conseguir asesoramiento jurídico gratuito.
rights-detention-help-2 = En Europa, las víctimas de trata tienen derecho a un intérprete y a la ayuda de un abogado. Para todas las demás personas, las normas sobre intérpretes son diferentes en cada país. Pide un intérprete si no entiendes.

rights-detention-contact-heading = Tu consulado y el ACNUR (UNHCR)
rights-detention-contact-1 = Un consulado es una oficina del gobierno de tu país en el extranjero. Si viajaste con traficantes y te detienen, deben informarte rápidamente de que puedes contactar con tu consulado.
rights-detention-contact-2 = Esta norma viene del Protocolo de las Naciones Unidas contra el Tráfico Ilícito de Migrantes. No dice que tengas que contactar con tu consulado. Si tienes miedo de tu propio gobierno, quizá no quieras ese contacto. Pregunta antes a un abogado.
rights-detention-contact-3 = El ACNUR (UNHCR) es la Agencia de la ONU para los Refugiados. En la Unión Europea, las normas de asilo anteriores permitían a quienes pedían asilo contactar con el ACNUR y con organizaciones que dan ayuda legal. Desde el 12 de junio de 2026 se aplican normas nuevas. Estas dicen que deben explicarte cómo conseguir asesoramiento jurídico gratuito.

rights-detention-step-1 = Si tienes miedo de volver, di claramente que quieres pedir asilo.
rights-detention-step-2 = Pide un intérprete.
rights-detention-step-3 = Pide un abogado o asesoramiento jurídico gratuito.
rights-detention-step-4 = No firmes papeles que no entiendas.
rights-detention-step-5 = Pide contactar con el ACNUR o con una organización de confianza.
rights-detention-step-6 = Decide tú si quieres contactar con tu consulado. No es obligatorio.
