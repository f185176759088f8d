# Machine-assisted draft: not yet reviewed by a native speaker.

### Mensajes de `salama l10n`, las herramientas que usan los traductores para revisar su trabajo.
### Mantén como están los identificadores de los mensajes, los nombres de archivo, las $variables y los códigos como U+200F.

l10n-severity-error = error
l10n-severity-warning = advertencia

## Lo que encuentra `salama l10n check`. Cada línea empieza con el archivo, la línea y la columna.

# $detail es la explicación del analizador (parser), en inglés.
l10n-problem-syntax-error = Esto no sigue la sintaxis de Fluent, así que el mensaje se pierde: { $detail }
l10n-problem-duplicate-id = Este identificador está definido por segunda vez. Deja solo uno.
# $attribute es un nombre de atributo, como «title».
l10n-problem-duplicate-attribute = El atributo .{ $attribute } está definido dos veces.
l10n-problem-missing-message = Todavía no está traducido. Quien lee ve el texto en inglés.
l10n-problem-obsolete-message = El inglés ya no tiene este mensaje. Puedes borrarlo.
l10n-problem-missing-value = El inglés tiene aquí un valor; la traducción solo tiene atributos.
l10n-problem-obsolete-value = El inglés no tiene aquí un valor, solo atributos.
l10n-problem-missing-attribute = El atributo .{ $attribute } todavía no está traducido.
l10n-problem-obsolete-attribute = El inglés no tiene el atributo .{ $attribute }. Puedes borrarlo.
# $variable es un nombre de variable, como «count»; se muestra con su signo $.
l10n-problem-missing-variable = El texto en inglés usa ${ $variable } aquí; la traducción también debe usarla.
l10n-problem-unknown-variable = Este mensaje no recibe la variable ${ $variable }. Usa solo las variables del texto en inglés.
# $categories es una lista de categorías de plural de CLDR, como «zero, two, few».
l10n-problem-missing-plural-categories = Este plural necesita una forma para cada una de estas categorías: { $categories }.
# $reference es el identificador de un mensaje, o de un término que empieza por «-».
l10n-problem-unknown-reference = { $reference } no existe en este idioma.
# $function es un nombre de función, como DATETIME.
l10n-problem-unknown-function = Salama no tiene la función { $function }. Usa NUMBER o PHONE.
l10n-problem-empty-value = Este texto está vacío.
# $codepoint es un código de carácter, como U+202E.
l10n-problem-bidi-control = Un control de dirección invisible ({ $codepoint }) puede desordenar el texto que lo rodea. Bórralo: Salama mantiene por sí misma los nombres y los números en el orden correcto.
l10n-problem-bidi-mark = Se encontró una marca de dirección invisible ({ $codepoint }). Bórrala, salvo que la hayas puesto a propósito.
l10n-problem-identical-to-source = Es igual que el texto en inglés. ¿Está traducido?
l10n-problem-bare-phone-number = El número de teléfono { $number } está escrito como texto simple, así que en un texto de derecha a izquierda sus partes salen en el orden equivocado. Escríbelo así: { "{" } PHONE("{ $number }") { "}" }.

# $locales es el número de idiomas revisados.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] Un idioma revisado: ningún error
                [many] { $locales } idiomas revisados: ningún error
               *[other] { $locales } idiomas revisados: ningún error
            }
        [one] { $locales ->
                [one] Un idioma revisado: un error
                [many] { $locales } idiomas revisados: un error
               *[other] { $locales } idiomas revisados: un error
            }
        [many] { $locales ->
                [one] Un idioma revisado: { $errors } errores
                [many] { $locales } idiomas revisados: { $errors } errores
               *[other] { $locales } idiomas revisados: { $errors } errores
            }
       *[other] { $locales ->
                [one] Un idioma revisado: { $errors } errores
                [many] { $locales } idiomas revisados: { $errors } errores
               *[other] { $locales } idiomas revisados: { $errors } errores
            }
    }, { $warnings ->
        [0] ninguna advertencia.
        [one] una advertencia.
        [many] { $warnings } advertencias.
       *[other] { $warnings } advertencias.
    }

## `salama l10n status`: una tabla, un idioma por fila, y un gráfico.

l10n-status-locale = Idioma
l10n-status-messages = Mensajes
l10n-status-translated = Traducidos
l10n-status-words = Palabras
l10n-status-review = Revisión
l10n-status-review-source = original
l10n-status-review-machine-draft = borrador hecho con ayuda de una máquina
l10n-status-review-native-reviewed = revisado por una persona de lengua materna
l10n-status-review-legally-reviewed = revisado jurídicamente
l10n-status-review-unknown = no está en locales.json
l10n-status-chart-title = Salama: parte traducida
l10n-status-chart-note = Cada barra es la parte de los mensajes en inglés que está traducida; su color indica el estado de la revisión.
# $path es el archivo donde se guardó el gráfico.
l10n-status-chart-written = Gráfico guardado en { $path }.

## Problemas con la propia carpeta.

l10n-error-no-folder = No se encontró ninguna carpeta de traducciones aquí ni en las carpetas superiores. Indica una: salama l10n check <FOLDER>.
# $path es la carpeta indicada.
l10n-error-no-source = { $path } no tiene carpeta en. ¿Es una carpeta de traducciones?
# $path es un archivo o una carpeta.
l10n-error-unreadable = No se puede leer { $path }.
l10n-error-not-utf8 = El archivo no es texto UTF-8.
