# Machine-assisted draft: not yet reviewed by a native speaker.

### El diario bloqueado (cifrado): preguntas, advertencias y el informe exportado.

diary-title = Diario
diary-prompt-passphrase = Frase secreta del diario:
diary-prompt-new-passphrase = Nueva frase secreta del diario:
diary-prompt-repeat-passphrase = Escribe otra vez la misma frase secreta:
diary-prompt-duress-passphrase = Frase secreta de coacción (si desbloqueas con ella, se borra el diario y se abre uno vacío):
diary-prompt-export-passphrase = Frase secreta de la exportación (dísela por otra vía a la persona que la va a leer):
diary-passphrases-differ = Las dos frases secretas no son iguales. No se cambió nada.
diary-warning-pin = Un PIN es fácil de adivinar para alguien que copie tu teléfono. Una frase de varias palabras es mucho más segura.
diary-warning-short = Esta frase secreta es corta. Una frase de varias palabras es mucho más segura.
diary-created = Tu diario está listo. Nadie puede leerlo sin tu frase secreta. Si olvidas la frase secreta, no se podrá recuperar el diario.
diary-passphrase-changed = La frase secreta se cambió. La anterior ya no abre el diario.
diary-duress-set = La frase secreta de coacción está configurada. Si desbloqueas con ella, se borra tu diario y se abre uno vacío.
diary-wipe-after-set = El diario se borrará después de este número de frases secretas incorrectas seguidas.
diary-added = Entrada guardada.
diary-edited = Entrada modificada. Se conserva la versión anterior.
diary-deleted = Entrada eliminada.
diary-wiped = El diario se borró por completo. No se puede recuperar.
diary-confirm-delete = ¿Eliminar esta entrada con todas sus versiones y archivos adjuntos? Para confirmar, escribe «yes».
diary-confirm-wipe = ¿Borrar todo el diario ahora? No se podrá recuperar. Para confirmar, escribe «yes».
diary-confirm-needed = No se hizo nada. Para hacerlo sin pregunta, añade --yes.
diary-not-confirmed = No se hizo nada.
diary-exported = La exportación se guardó. Solo la persona que tiene la clave o la frase secreta puede abrirla, con la herramienta age.
diary-backed-up = La copia de seguridad se guardó. Se abre con la frase secreta en cualquier teléfono.
# $added, $merged, $unchanged, $replaced y $attachments son números.
diary-restored = Restauración terminada. Entradas nuevas: { $added }. Combinadas: { $merged }. Ya estaban: { $unchanged }. Reemplazadas: { $replaced }. Archivos adjuntos: { $attachments }.
diary-restore-choose = Tu diario ya tiene entradas. Añade --merge para conservarlas y añadir las de la copia de seguridad, o --replace para eliminarlas primero.
diary-restore-ask = Tu diario ya tiene entradas. Escribe combinar para conservarlas y añadir las de la copia de seguridad, o reemplazar para eliminarlas primero:
diary-answer-merge = combinar
diary-answer-replace = reemplazar
diary-prompt-backup-passphrase = Frase secreta de la copia de seguridad:
diary-prompt-backup-passphrase-or-same = Frase secreta de la copia de seguridad (pulsa Intro si es la del diario):
diary-none-here = Todavía no hay ningún diario aquí. Crea uno con: salama diary init
diary-kdf-memory-range = La memoria para proteger la frase secreta debe estar entre { $min } y { $max } MiB. No se creó nada.
diary-kdf-passes-range = El número de pasadas debe estar entre { $min } y { $max }. No se creó nada.
diary-wipe-after-range = El número de frases secretas incorrectas antes de borrar el diario debe estar entre 1 y 100, o 0 para no borrarlo nunca. No se cambió nada.
diary-clear-and-set = Un campo no se puede vaciar y recibir un valor nuevo a la vez. No se cambió nada.
diary-no-entries = No hay entradas.
diary-damaged-entries = Algunas entradas están dañadas y no se pueden leer. Tus otras entradas están a salvo.
diary-damaged-not-included = Estas entradas están dañadas y no se pudieron leer, así que se dejaron fuera (todo lo demás está incluido):
diary-damaged-attachments-not-included = Estos archivos adjuntos están dañados y no se pudieron leer, así que se dejaron fuera:
# $shown y $total son números.
diary-list-count = Entradas: { $shown } de { $total }.
diary-ledger-empty = No hay deudas ni pagos registrados.
diary-history = Versiones anteriores

diary-kind-event = Suceso
diary-kind-payment = Pago
diary-kind-debt = Deuda
diary-kind-document-taken = Documento que te quitaron
diary-kind-person = Persona
diary-kind-place = Lugar
diary-kind-note = Nota

diary-field-date = Fecha
diary-field-text = Texto
diary-field-place = Lugar
diary-field-people = Personas
diary-field-amount = Cantidad
diary-field-creditor = A quién se debe
diary-field-tags = Etiquetas
diary-field-written = Escrito
diary-field-edited = Modificado
diary-field-attachment = Archivo adjunto
diary-field-version = Versión

diary-report-title = Registro del diario
# $date es la fecha de la exportación, $count el número de entradas.
diary-report-generated =
    { $count ->
        [one] Exportado el { $date }. Una entrada.
        [many] Exportado el { $date }. { $count } entradas.
       *[other] Exportado el { $date }. { $count } entradas.
    }
diary-report-notice = Este registro lo escribió la persona dueña del diario, en la aplicación Salama de su teléfono. Las fechas de los hechos son las que introdujo esa persona; las horas de «Escrito» vienen del reloj del teléfono. Las versiones anteriores de las entradas modificadas están en diary.json.
diary-report-ledger = Deudas y pagos
diary-report-ledger-empty = No hay deudas ni pagos registrados.
diary-report-creditor = A quién se debe
diary-report-currency = Moneda
diary-report-owed = Deuda
diary-report-paid = Pagado
diary-report-remaining = Falta pagar
diary-report-entries = Entradas por fecha
diary-report-damaged = Registros dañados
diary-report-damaged-notice = Estos registros no pasaron la comprobación de integridad: se dañaron, o los cambió alguien que tuvo el archivo. Lo que no se pudo comprobar se dejó fuera. Todo lo demás está en esta exportación.
diary-report-damaged-entry = Entrada { $id }
diary-report-damaged-attachment = Archivo adjunto { $id }
# $count es cuántas veces se modificó la entrada, $date cuándo se modificó por última vez.
diary-report-edited =
    { $count ->
        [one] una vez, la última el { $date }
        [many] { $count } veces, la última el { $date }
       *[other] { $count } veces, la última el { $date }
    }
