# Machine-assisted draft: not yet reviewed by a native speaker.

### Directorio de líneas de ayuda: para qué sirve cada línea, cómo contactarla, cuándo está abierta,
### y cómo actualizar el directorio.
### Deja como están los números y los nombres de las organizaciones. Escribe para alguien que
### necesita ayuda ahora: frases cortas y sencillas.

## En qué ayuda una línea de ayuda

helplines-need-emergency = Emergencias (policía, ambulancia, bomberos)
helplines-need-trafficking = Trata de personas y explotación
helplines-need-asylum-legal-aid = Asilo y ayuda legal
helplines-need-child-protection = Niños y niñas
helplines-need-gender-based-violence = Violencia contra las mujeres y violencia sexual
helplines-need-medical = Ayuda médica
helplines-need-shelter = Un lugar seguro donde quedarte
helplines-need-labour-rights = Derechos en el trabajo
helplines-need-missing-persons = Personas desaparecidas

## Cómo contactar una línea de ayuda

helplines-channel-phone = Teléfono
helplines-channel-short-code = Teléfono (número corto, solo dentro del país)
helplines-channel-sms = Mensaje de texto (SMS)
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = Correo electrónico
helplines-channel-web = Sitio web

## Horario

helplines-open-always = Abierto día y noche
helplines-open-now = Abierto ahora
helplines-open-unknown = Horario desconocido
# $day es un día de la semana (ver los mensajes helplines-day-), $time una hora como 17:30, $zone una zona horaria como Europe/Rome.
helplines-open-closes = Abierto ahora. Cierra el { $day } a las { $time } ({ $zone }).
helplines-closed-opens = Cerrado ahora. Abre el { $day } a las { $time } ({ $zone }).
helplines-closed = Cerrado ahora
helplines-day-mon = lunes
helplines-day-tue = martes
helplines-day-wed = miércoles
helplines-day-thu = jueves
helplines-day-fri = viernes
helplines-day-sat = sábado
helplines-day-sun = domingo

## Datos que se muestran con cada línea de ayuda

helplines-emergency-label = EMERGENCIA
helplines-free = Gratis
helplines-not-free = Puede que tengas que pagar la llamada
helplines-free-unknown = Precio desconocido
helplines-languages = Idiomas
helplines-languages-more = y más idiomas
helplines-languages-unknown = Idiomas desconocidos
helplines-languages-unlisted = varios, sin especificar
helplines-operator = Gestionada por
helplines-sources = Fuente
helplines-source-dated = Fecha de la fuente: { $date }
helplines-source-undated = La fuente no tiene fecha
helplines-checked-by = Comprobado por { $by } ({ $date })
helplines-checked-by-undated = Comprobado por { $by }
helplines-status-partly-verified = No está confirmado del todo: comprueba que este número sigue funcionando.
helplines-none-found = No se encontró ninguna línea de ayuda para esta búsqueda. Si estás en peligro inmediato, llama al 112 (en Europa) o al número de emergencias del país.

## El directorio inicial: números de fuentes públicas, incluidos en la aplicación

helplines-eu-112-name = Número de emergencias 112
helplines-eu-112-description = Para peligro inmediato: policía, ambulancia, bomberos. Gratis desde teléfonos fijos y móviles.
helplines-eu-112-note = Funciona en todos los países de la UE.
helplines-ch-112-name = Número de emergencias 112
helplines-ch-112-description = Para peligro inmediato: policía, ambulancia, bomberos. Gratis desde teléfonos fijos y móviles.
helplines-rs-112-name = Número de emergencias 112
helplines-rs-112-description = Para peligro inmediato: policía, ambulancia, bomberos. Gratis desde teléfonos fijos y móviles.

helplines-eu-116000-name = Teléfono de niños desaparecidos 116 000
helplines-eu-116000-description = Si desaparece un niño o una niña: apoyo para el niño o la niña, para la familia y para las personas que vieron algo. Gratis, día y noche.
helplines-eu-116000-note = En cada país hay una organización distinta detrás de este número, por ejemplo The Smile of the Child en Grecia y Telefono Azzurro en Italia. La mayoría de los países también ofrecen un chat.
helplines-ch-116000-name = Teléfono de niños desaparecidos 116 000
helplines-ch-116000-description = Si desaparece un niño o una niña: apoyo para el niño o la niña, para la familia y para las personas que vieron algo. Gratis, día y noche.
helplines-ch-116000-note = Comprueba el número en el país: la organización que lo gestiona cambia según el país.
helplines-al-116000-name = Teléfono de niños desaparecidos 116 000
helplines-al-116000-description = Si desaparece un niño o una niña: apoyo para el niño o la niña, para la familia y para las personas que vieron algo. Gratis, día y noche.
helplines-al-116000-note = Comprueba el número en el país: la organización que lo gestiona cambia según el país.
helplines-rs-116000-name = Teléfono de niños desaparecidos 116 000
helplines-rs-116000-description = Si desaparece un niño o una niña: apoyo para el niño o la niña, para la familia y para las personas que vieron algo. Gratis, día y noche.

helplines-eu-116111-name = Línea de ayuda a la infancia 116 111
helplines-eu-116111-description = Orientación para niños y niñas que necesitan hablar con alguien. Gratis.
helplines-eu-116111-note = Todavía no existe en todos los países de la UE. Algunas líneas abren día y noche, otras en un horario fijo.

helplines-de-hilfetelefon-116016-name = Línea de apoyo para mujeres que sufren violencia (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Para mujeres que sufren violencia, también trata de personas, prostitución forzada y explotación en el trabajo. Gratis, anónima, día y noche, todos los días del año.
helplines-de-hilfetelefon-116016-note = Para mujeres. Responde en alemán y en otros 18 idiomas. Chat y correo electrónico en su sitio web.

helplines-gb-modern-slavery-helpline-name = Línea de ayuda contra la esclavitud moderna y la explotación (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Para cualquier persona explotada u obligada a trabajar, o que conoce a alguien en esa situación. Gratis, confidencial, día y noche.
helplines-gb-modern-slavery-helpline-note = Ayuda en más de 200 idiomas.

helplines-us-human-trafficking-hotline-name = Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = Para víctimas y sobrevivientes de trata de personas, y para quienes quieren ayudarles. Gratis, día y noche. No es la policía ni inmigración.
helplines-us-human-trafficking-hotline-note = Por teléfono en inglés y en español, y en más de 200 idiomas con intérpretes. Mensajes de texto y chat solo en inglés y en español.

helplines-it-numero-verde-antitratta-name = Número gratuito contra la trata (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = Para víctimas y testigos de trata de personas. Gratis, anónimo, día y noche.
helplines-it-numero-verde-antitratta-note = Hay mediadores culturales que también hablan idiomas de Nigeria, y otros idiomas.

helplines-it-arci-asylum-name = Número gratuito de ARCI para solicitantes de asilo y refugiados
helplines-it-arci-asylum-description = Ayuda legal e intérpretes para personas que piden asilo o que tienen protección internacional.
helplines-it-arci-asylum-note = Ayuda en 36 idiomas y dialectos. Fuera del horario, deja un mensaje de voz en cualquier momento. Esta información es de 2021: comprueba que la línea sigue funcionando.

helplines-gr-a21-1109-name = Línea de ayuda e información sobre trata de personas 1109
helplines-gr-a21-1109-description = Para víctimas de trata de personas y para quienes quieren denunciarla.
helplines-gr-a21-1109-note = Las fuentes son de alrededor de 2012, y no se pudo confirmar su horario.

helplines-rs-astra-sos-name = Línea de ayuda ASTRA SOS
helplines-rs-astra-sos-description = Apoyo para personas que sobrevivieron a la trata de personas. También puedes denunciar la trata de forma anónima.
helplines-rs-astra-sos-note = ASTRA también gestiona el número de niños desaparecidos 116 000 en Serbia.

helplines-tr-yimer-157-name = Centro de Comunicación para Extranjeros (YİMER 157)
helplines-tr-yimer-157-description = Información sobre visados, residencia y protección internacional, y línea de ayuda para víctimas de trata de personas. Abierto a cualquier hora.
helplines-tr-yimer-157-note = Esta línea la gestiona la autoridad de migración del Estado.

helplines-ly-unhcr-protection-name = Línea de protección del ACNUR (UNHCR)
helplines-ly-unhcr-protection-description = Para personas refugiadas y solicitantes de asilo en Libia que necesitan protección.
helplines-ly-unhcr-protection-note = En marzo de 2020 atendía de domingo a jueves, de 09:00 a 17:00. No se sabe su horario actual.

helplines-ly-cesvi-protection-name = Líneas de protección de CESVI
helplines-ly-cesvi-protection-description = Ayuda de protección para personas refugiadas y solicitantes de asilo, de una organización socia del ACNUR (UNHCR).

helplines-ly-sexual-violence-line-name = Línea de ayuda para sobrevivientes de violencia sexual
helplines-ly-sexual-violence-line-description = Para personas que sobrevivieron a violencia sexual. Día y noche.
helplines-ly-sexual-violence-line-note = Vinculada al International Rescue Committee (IRC). El texto de la fuente estaba cortado: comprueba este número antes de confiar en él.

helplines-mx-linea-contra-la-trata-name = Línea y Chat Nacional contra la Trata de Personas
helplines-mx-linea-contra-la-trata-description = Psicólogos y abogados ayudan a víctimas de trata de personas. Gratis, anónimo, día y noche, por teléfono o por WhatsApp.
helplines-mx-linea-contra-la-trata-note = También recibe denuncias desde fuera de México.

## El comando helplines de la aplicación de escritorio

# $list es la lista de palabras válidas, por ejemplo «emergency, trafficking, …».
helplines-cli-unknown-need = Necesidad desconocida. Usa una de estas: { $list }
helplines-cli-unknown-channel = Forma de contacto desconocida. Usa una de estas: { $list }

## Actualizar las líneas de ayuda

helplines-sync-usage = Indica la dirección de una publicación (salama sync <URL>), o usa salama sync status.
helplines-sync-checking = Buscando actualizaciones…
# $collections es cuántos archivos se van a descargar, $size cuántos datos, por ejemplo 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] No hay nada que descargar.
        [one] Un archivo para descargar ({ $size }).
        [many] { $collections } archivos para descargar ({ $size }).
       *[other] { $collections } archivos para descargar ({ $size }).
    }
helplines-sync-applying = Instalando…
# $serial es el número de la publicación.
helplines-sync-updated = Actualizado a la publicación { $serial }.
helplines-sync-up-to-date = Ya está al día (publicación { $serial }).
# $requests es cuántas solicitudes se hicieron, $size cuántos datos se descargaron.
helplines-sync-cost =
    { $requests ->
        [one] Una solicitud, { $size } descargados.
        [many] { $requests } solicitudes, { $size } descargados.
       *[other] { $requests } solicitudes, { $size } descargados.
    }
helplines-sync-stale = Esta información ha caducado. Se sigue mostrando, pero puede que ya no esté al día.

## Estado de las actualizaciones

helplines-status-none = Todavía no hay ninguna actualización instalada: Salama usa las líneas de ayuda incluidas en la aplicación.
helplines-status-release = Publicación instalada: { $serial }
helplines-status-publisher = Publicado por
helplines-status-key = Firmado con la clave
helplines-status-source = Origen
helplines-status-issued = Fecha de publicación
# $days es cuántos días hace que se emitió la publicación.
helplines-status-age =
    { $days ->
        [0] La información tiene menos de un día.
        [one] La información tiene un día.
        [many] La información tiene { $days } días.
       *[other] La información tiene { $days } días.
    }
helplines-status-expires = Caduca
helplines-status-expired = Caducada: puede que la información ya no esté al día.
helplines-expires-in =
    { $days ->
        [0] queda menos de un día
        [one] queda un día
        [many] quedan { $days } días
       *[other] quedan { $days } días
    }
helplines-expired-ago =
    { $days ->
        [0] caducó hace menos de un día
        [one] caducó hace un día
        [many] caducó hace { $days } días
       *[other] caducó hace { $days } días
    }
helplines-status-outdated = (más antigua que la publicación: actualiza para completarla)
helplines-status-last-success = Última actualización correcta
helplines-status-last-attempt = Último intento
helplines-status-last-error = Último error
helplines-status-never = nunca

## Paquetes sin conexión

# $file es un nombre de archivo, $serial el número de la publicación, $collections una lista como helplines/GR, $size el tamaño del archivo.
helplines-pack-exported = Se guardó { $file }: publicación { $serial }, { $collections } ({ $size }).

## Herramientas del editor

# $file y $public son nombres de archivo, $id el identificador de una clave.
helplines-publish-key-written = Nueva clave de firma guardada en { $file }. Mantenla en secreto y haz una copia de seguridad: nunca se sobrescribe. Su clave pública (id { $id }) está en { $public }.
# $serial es el número de la publicación, $dir una carpeta, $keys identificadores de claves.
helplines-publish-released = Publicación { $serial } guardada en { $dir }, firmada con { $keys }.
# $name es una colección como helplines/GR, $version su versión, $entries cuántas líneas de ayuda contiene, $size su tamaño.
helplines-publish-collection-changed = { $name }: versión { $version }, líneas de ayuda: { $entries }, { $size } (cambiada)
helplines-publish-collection-same = { $name }: versión { $version }, líneas de ayuda: { $entries }, { $size } (sin cambios)
helplines-publish-translations-changed = { $name }: versión { $version }, archivos de traducción: { $files }, { $size } (cambiada)
helplines-publish-translations-same = { $name }: versión { $version }, archivos de traducción: { $files }, { $size } (sin cambios)
helplines-publish-empty = { $names } no tiene ninguna línea de ayuda. Los teléfonos ocultarían entonces las líneas de ayuda incluidas en la aplicación para ese país. Añade sus líneas de ayuda o, si quieres retirarlas a propósito, vuelve a publicar con --allow-empty.
# $expires es una fecha y hora.
helplines-release-verified = La publicación { $serial } es válida: firmada con la clave de confianza { $key }, caduca el { $expires }.
helplines-release-collection = { $name }: versión { $version }, líneas de ayuda: { $entries }, { $size }, comprobada
helplines-release-translations = { $name }: versión { $version }, archivos de traducción: { $files }, { $size }, comprobada
helplines-release-collection-absent = { $name }: versión { $version }, { $size }, no está en este paquete
helplines-release-no-such-path = { $path } no existe. Indica la carpeta de una publicación (la que contiene index.json) o un archivo de paquete sin conexión.
helplines-release-not-a-release = { $path } no es una publicación ni un paquete sin conexión. Una publicación es una carpeta que contiene index.json; un paquete es un archivo creado con salama pack export.
