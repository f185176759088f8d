# Machine-assisted draft: not yet reviewed by a native speaker.

### Interfaz de las aplicaciones de Salama: menús, preguntas y avisos.

app-name = Salama
app-tagline = Tus derechos, sin conexión, en tu idioma.
app-choose-language = Elige tu idioma
app-menu-rights = Leer tus derechos
app-menu-search = Buscar
app-menu-language = Cambiar de idioma
app-menu-quit = Salir
app-prompt-choice = Escribe un número y pulsa la tecla Intro.
app-prompt-search = Escribe las palabras que quieres buscar y pulsa la tecla Intro.
app-prompt-continue = Pulsa la tecla Intro para volver.
app-search-no-results = No se encontró nada. Prueba con otra palabra.
# $count es el número de artículos encontrados.
app-search-results =
    { $count ->
        [one] Se encontró un artículo.
        [many] Se encontraron { $count } artículos.
       *[other] Se encontraron { $count } artículos.
    }
app-back = Volver
app-invalid-choice = Escribe uno de los números que aparecen.
app-review-machine-draft = Esta traducción se hizo con ayuda de una máquina. Todavía no la ha revisado una persona cuya lengua materna sea el español.
app-review-native-reviewed = Esta traducción la revisó una persona cuya lengua materna es el español.
app-review-legally-reviewed = Esta traducción la revisó una persona cuya lengua materna es el español y que tiene conocimientos jurídicos.
notice-content-rebuilt = El contenido guardado de Salama estaba dañado y se ha reconstruido. Nadie ha tocado tu diario. Las actualizaciones se volverán a descargar en la próxima sincronización.
