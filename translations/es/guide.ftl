# Machine-assisted draft: not yet reviewed by a native speaker.

### Revisión de la situación: preguntas sobre lo que le ha pasado a la persona que lee, y sobre lo que
### puede aplicarse a su caso.
### Las preguntas describen situaciones de la vida diaria, nunca categorías jurídicas: mantenlas así.
### Los resultados son pistas, no decisiones. Nunca escribas que la persona «no es víctima»,
### «no es refugiada» o que algo «no se aplica» a su caso.

## Pantallas

guide-title = Revisa tu situación
guide-intro = Responde unas preguntas cortas sobre lo que te ha pasado. Después, Salama te muestra los derechos que pueden protegerte y los tipos de ayuda que puedes pedir. En cualquier pregunta puedes responder «No lo sé» o «Prefiero no responder».
guide-privacy = Tus respuestas no se guardan. Solo quedan en la memoria de esta aplicación mientras respondes, y se borran cuando cierras la revisión.
guide-result-title = Lo que puede aplicarse a tu caso
guide-result-articles = Tus derechos que pueden aplicarse, primero los más urgentes
guide-result-needs = Ayuda que puedes pedir
guide-result-notes = Importante
# $number cuenta las preguntas ya respondidas, más esta. $total es el número máximo de preguntas posible, que depende de las respuestas.
guide-progress = Pregunta { $number } de { $total } como máximo

## Respuestas

guide-answer-yes = Sí
guide-answer-no = No
guide-answer-not-sure = No lo sé
guide-answer-prefer-not-to-say = Prefiero no responder

## Preguntas
## Cada pregunta puede tener una ayuda: ejemplos o una explicación que se muestran debajo.

guide-question-danger = ¿Estás en peligro ahora mismo?
guide-question-danger-hint = Por ejemplo, alguien te está haciendo daño o amenaza con hacerte daño, te han encerrado, o te has perdido en el mar o en un lugar sin agua.
guide-question-fear-return = ¿Tendrías miedo de sufrir un daño grave si te enviaran de vuelta a tu país?
guide-question-fear-return-hint = Por ejemplo, por la guerra o la violencia, por quién eres o por lo que crees, o por personas que quieren hacerte daño.
guide-question-crossed-border = ¿Cruzaste una frontera sin visado, o sin pasar por un control en la frontera?
guide-question-crossed-border-hint = Por ejemplo, a pie por campos o montañas, escondiéndote en un vehículo, o en barco.
guide-question-paid-crossing = ¿Pagaste a alguien, o aceptaste pagarle más tarde, para que te ayudara a cruzar una frontera?
guide-question-owe-money = ¿Debes dinero a las personas que te trajeron aquí, o a las personas para las que trabajas?
guide-question-debt-control = ¿Esas personas deciden cómo les pagas lo que debes? Por ejemplo, se quedan con tu sueldo, te suman nuevos gastos, o lo que debes nunca baja.
guide-question-documents-taken = ¿Alguien te ha quitado el pasaporte o el documento de identidad, o lo tiene y no quiere devolvértelo?
guide-question-work = Desde que saliste de tu casa, ¿has trabajado para alguien, o te prometieron un trabajo?
guide-question-work-hint = Cuenta cualquier tipo de trabajo, pagado o no: por ejemplo, en una casa, en el campo, en una fábrica, en un restaurante, o en la prostitución.
guide-question-job-deception = ¿El trabajo, el sueldo o las condiciones eran muy distintos de lo que te prometieron?
guide-question-pay-withheld = ¿Alguien se queda con tu sueldo, o te paga mucho menos de lo que ganaste?
guide-question-conditions = ¿Tienes que trabajar muchísimas horas sin descanso, o vivir o trabajar en un lugar peligroso o humillante?
guide-question-movement = ¿Te impiden salir del lugar donde trabajas o donde te quedas, o hablar con tu familia o con otras personas?
guide-question-vulnerability = ¿Alguien se aprovecha de tu situación para controlarte?
guide-question-vulnerability-hint = Por ejemplo, porque no tienes papeles, no hablas el idioma, o dependes de esa persona para comer o para tener un lugar donde dormir.
guide-question-threats = ¿Las personas que te trajeron, o las personas para las que trabajas, te amenazan a ti o a tu familia?
guide-question-threats-hint = Por ejemplo, dicen que van a hacerte daño a ti o a tu familia, que van a denunciarte a la policía, o que van a hacer que te expulsen.
guide-question-violence = Desde que saliste de tu casa, ¿alguien te ha pegado, te ha hecho daño, o te ha obligado a tener relaciones sexuales o a hacer actos sexuales?
guide-question-forced-crime = ¿Te han obligado a hacer algo que va contra la ley?
guide-question-forced-crime-hint = Por ejemplo, a cultivar o llevar drogas, a robar, a pedir limosna, o a usar papeles falsos.
guide-question-under-18 = ¿Tienes menos de 18 años?
guide-question-under-18-hint = Si no sabes tu edad exacta, responde «No lo sé».
guide-question-alone = ¿Viajas o vives sin tus padres, y sin otra persona adulta de tu familia que te cuide?
guide-question-detained = ¿Ahora mismo te retiene la policía o estás en un lugar cerrado, o te han detenido?
guide-question-detained-hint = Por ejemplo, en una comisaría, en una cárcel o en un centro cerrado para migrantes.

## Por qué puede aplicarse un artículo
## Una o dos frases para cada artículo que muestra una regla. «Puede que»: son pistas, no decisiones.

guide-why-child-alone-children = Puede que tengas menos de 18 años y que no estés con ninguna persona adulta de tu familia. Los niños y niñas solos tienen derecho a un tutor, a protección adicional y a ayuda para encontrar a su familia.
guide-why-child-children = Puede que tengas menos de 18 años. Los niños y niñas tienen protección adicional, tengan los papeles que tengan, y su interés superior debe ser lo primero.
guide-why-detained-detention = Puede que te hayan retenido o detenido. Aun así tienes derechos: puedes pedir asilo, un intérprete y un abogado.
guide-why-child-trafficking-trafficking-protection = Puede que tengas menos de 18 años, y algunas de tus respuestas son señales de alerta de explotación. Con niños y niñas, esto puede ser trata incluso sin fuerza ni engaños, y puedes recibir protección como posible víctima.
guide-why-child-trafficking-smuggling-or-trafficking = Algunas de tus respuestas son señales de alerta de que tu viaje o tu trabajo se ha convertido en explotación. Con niños y niñas, puede ser trata incluso sin fuerza, amenazas ni engaños.
guide-why-trafficking-trafficking-protection = Algunas de tus respuestas son señales de alerta de trata de personas o de trabajo forzoso. Puedes pedir que comprueben si eres víctima de trata, y recibir ayuda, incluso antes de que se pruebe nada.
guide-why-trafficking-asylum-and-trafficking = Como hay señales de trata, puede que tengas derechos como víctima de trata y como refugiado al mismo tiempo. No tienes que elegir.
guide-why-forced-crime-non-punishment = Puede que te hayan obligado a infringir la ley. Si alguien te obligó, las autoridades pueden decidir no castigarte por lo que te obligaron a hacer.
guide-why-exploited-rules-broken-non-punishment = Hay señales de que alguien te explotó. Si por eso incumpliste normas, por ejemplo sobre fronteras, papeles o trabajo, las autoridades pueden decidir no castigarte.
guide-why-smuggled-exploited-smuggling-or-trafficking = Puede que hayas pagado a alguien para cruzar una frontera, y algunas de tus respuestas son señales de alerta de que el tráfico de migrantes se ha convertido en trata de personas.
guide-why-fear-return-non-refoulement = Puede que sufras un daño grave si te envían de vuelta. Un país no debe enviar a nadie a un lugar donde sufriría persecución, tortura u otro daño grave.
guide-why-fear-return-asylum = Puede que tengas miedo de volver. Pedir asilo es la forma en que un país comprueba si necesitas su protección, aunque hayas llegado sin papeles.
guide-why-smuggled-smuggled-not-criminal = Puede que hayas usado a un traficante de migrantes. Según el Protocolo de la ONU contra el Tráfico Ilícito de Migrantes, no te pueden procesar solo por haber viajado con traficantes de migrantes: quien comete el delito es el traficante.

## Tipos de ayuda

guide-need-emergency = Ayuda urgente ahora: policía, ambulancia o bomberos
guide-need-child-protection = Protección y apoyo para niños y niñas
guide-need-trafficking = Ayuda para personas explotadas o víctimas de trata
guide-need-gender-based-violence = Ayuda después de violencia sexual o violencia de género
guide-need-medical = Atención médica
guide-need-shelter = Un lugar seguro donde quedarte
guide-need-asylum-legal-aid = Asesoramiento jurídico sobre el asilo y tus papeles
guide-need-labour-rights = Ayuda con el trabajo, el sueldo y las condiciones de trabajo
guide-need-missing-persons = Ayuda para encontrar a tu familia

## Avisos que se muestran con el resultado

# El 112 es el número de emergencias en Europa. Deja el número como está.
guide-note-emergency-now = Pide ayuda ahora. En Europa, llama al 112 para la policía, una ambulancia o los bomberos. La llamada es gratis. En muchos teléfonos móviles, el 112 también funciona en otros países.
guide-note-when-safe = Cuando estés a salvo, puedes volver y responder las demás preguntas, para ver todos los derechos que pueden protegerte.
# El 112 es el número de emergencias en Europa. Deja el número como está.
guide-note-emergency-if-needed = Si en cualquier momento estás en peligro, llama al 112 en Europa. La llamada es gratis.
guide-note-both-together = El asilo y la protección como víctima de trata pueden aplicarse a ti al mismo tiempo. Puedes pedir las dos cosas. Pedir una no te quita el derecho a la otra.
guide-note-skipped = Elegiste no responder algunas preguntas. No pasa nada. Los derechos relacionados con esas preguntas pueden protegerte igualmente: puedes leer todos los artículos de la biblioteca de derechos.
guide-note-nothing-specific = Tus respuestas no señalan ninguna de las situaciones de esta revisión. Esto no es una decisión sobre ti. Aun así, hay derechos que pueden protegerte: lee la biblioteca de derechos o habla con una organización de confianza.
guide-note-clues = Estos resultados son pistas, no decisiones. Solo las autoridades y los tribunales deciden sobre un caso, y otros derechos también pueden protegerte. Esto es información general, no asesoramiento jurídico. Un abogado o una organización de confianza puede estudiar toda tu situación.

## Where the reader is
guide-country-question = ¿En qué país estás ahora? Así Salama puede mostrarte las líneas de ayuda de allí.
guide-country-other = Otro país, o saltar esta pregunta
guide-result-helplines-in = Líneas de ayuda en { $country }
guide-result-no-helplines = Salama todavía no tiene líneas de ayuda para { $country }.

## Keeping the result
guide-save-offer = ¿Quieres guardar este resultado en tu diario cifrado? Solo se guarda el resultado, no tus respuestas.
guide-save-yes = Sí, guardarlo en mi diario
guide-save-no = No, no guardarlo
guide-saved = El resultado se ha guardado en tu diario.
guide-save-no-diary = Todavía no tienes un diario. Para crear uno, ejecuta: salama diary init
guide-error-unfinished = Las respuestas terminan antes del final de la revisión. Añade una respuesta a la siguiente pregunta: { $question }. Cualquier pregunta se puede responder con prefer-not-to-say.

## Countries
guide-country-al = Albania
guide-country-ch = Suiza
guide-country-de = Alemania
guide-country-gb = Reino Unido
guide-country-gr = Grecia
guide-country-it = Italia
guide-country-ly = Libia
guide-country-mx = México
guide-country-rs = Serbia
guide-country-tr = Turquía
guide-country-us = Estados Unidos
