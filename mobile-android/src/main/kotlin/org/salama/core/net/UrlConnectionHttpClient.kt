// The core's HttpClient (the foreign trait sync calls) on UrlConnectionTransport: turns the
// core's request into a capped, deadline-bound GET and the transport's failures into the
// core's HttpException, so sync works on Android and any JVM with no extra HTTP library.
package org.salama.core.net

import org.salama.core.HttpClient
import org.salama.core.HttpException
import org.salama.core.HttpHeader
import org.salama.core.HttpRequest
import org.salama.core.HttpResponse
import java.util.Locale

/**
 * Pass it to `Salama.sync` and `Salama.checkForUpdate`:
 *
 * ```
 * salama.sync(url, UrlConnectionHttpClient(), SyncOptions(timeoutMs = 30_000uL), null)
 * ```
 *
 * Every request honours the core's `maxBytes` (never read past it) and `timeoutMs` (for
 * connecting, each silence and the whole exchange). Failures carry no URL and no bytes:
 * `Timeout`, `TooLarge`, or `Transport` with the kind of failure.
 */
class UrlConnectionHttpClient(
    private val transport: UrlConnectionTransport = UrlConnectionTransport(),
) : HttpClient {
    override fun `get`(request: HttpRequest): HttpResponse {
        val headers = request.headers.associate { it.name to it.value }
        val response = try {
            transport.get(
                request.url,
                headers,
                maxBytes = request.maxBytes.toLongCapped(),
                deadlineMillis = request.timeoutMs.toLongCapped().coerceAtLeast(1),
            )
        } catch (e: TransportException) {
            throw e.toHttpException()
        }
        // A status outside 0..65535 cannot come from HttpURLConnection; refuse rather than wrap.
        if (response.status !in 0..UShort.MAX_VALUE.toInt()) {
            throw HttpException.Transport("status ${response.status} out of range")
        }
        return HttpResponse(
            status = response.status.toUShort(),
            headers = response.headers.map { (name, value) -> HttpHeader(name, value) },
            body = response.body,
        )
    }
}

/** The core's view of a transport failure. */
internal fun TransportException.toHttpException(): HttpException = when (failure) {
    TransportFailure.TIMEOUT -> HttpException.Timeout()
    TransportFailure.TOO_LARGE -> HttpException.TooLarge()
    TransportFailure.UNSUPPORTED_URL, TransportFailure.UNREACHABLE, TransportFailure.BAD_RESPONSE ->
        HttpException.Transport(failure.name.lowercase(Locale.ROOT).replace('_', ' '))
}

private fun ULong.toLongCapped(): Long = if (this > Long.MAX_VALUE.toULong()) Long.MAX_VALUE else toLong()
