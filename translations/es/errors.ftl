# Machine-assisted draft: not yet reviewed by a native speaker.

### Mensajes de error. Nunca muestran lo que escribió la persona.

error-not-found = No se encontró.
error-invalid-input = Esto no se puede usar. Revísalo e inténtalo de nuevo.
# $attempts es el número de intentos que quedan antes de que Salama te haga esperar.
error-wrong-passphrase =
    { $attempts ->
        [0] Frase secreta incorrecta. Tienes que esperar antes de volver a intentarlo.
        [one] Frase secreta incorrecta. Te queda un intento antes de tener que esperar.
        [many] Frase secreta incorrecta. Te quedan { $attempts } intentos antes de tener que esperar.
       *[other] Frase secreta incorrecta. Te quedan { $attempts } intentos antes de tener que esperar.
    }
# $seconds es el tiempo que hay que esperar.
error-locked-out =
    { $seconds ->
        [one] Demasiados intentos incorrectos. Vuelve a intentarlo dentro de un segundo.
        [many] Demasiados intentos incorrectos. Vuelve a intentarlo dentro de { $seconds } segundos.
       *[other] Demasiados intentos incorrectos. Vuelve a intentarlo dentro de { $seconds } segundos.
    }
error-locked = El diario está bloqueado. Desbloquéalo primero.
error-corrupted = Este registro está dañado y no se puede leer. Tus otros registros están a salvo.
error-bad-signature = Esta actualización no viene de un editor de confianza, o alguien la cambió por el camino. No se instaló.
error-rollback = Esta actualización es más antigua que la que ya tienes. No se instaló.
error-expired = Esta información no se ha actualizado desde hace mucho tiempo. Puede que ya no esté al día.
error-network = La conexión falló. No se cambió nada. Inténtalo de nuevo más tarde.
error-storage = Salama no pudo leer ni escribir sus archivos. No se perdió nada. Comprueba que tu teléfono tiene espacio libre.
error-internal = Algo salió mal dentro de Salama. No se cambió nada.


# $entries es el número de entradas que ya tiene el diario.
error-diary-not-empty =
    { $entries ->
        [one] Tu diario ya tiene una entrada. Elige si quieres combinar la copia de seguridad con ella o reemplazarla.
        [many] Tu diario ya tiene { $entries } entradas. Elige si quieres combinar la copia de seguridad con ellas o reemplazarlas.
       *[other] Tu diario ya tiene { $entries } entradas. Elige si quieres combinar la copia de seguridad con ellas o reemplazarlas.
    }
error-data-dir = Salama no puede guardar sus datos en { $path }. Comprueba que es una carpeta en la que puedes escribir, o indica otra carpeta con --data-dir.
