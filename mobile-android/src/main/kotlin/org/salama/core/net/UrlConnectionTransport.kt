// The network transport the core's sync uses on Android and the JVM, on the platform's own
// HttpURLConnection: no extra HTTP library in the app. It only moves bytes: what to fetch,
// what to trust and what to keep is decided in Rust. It enforces the limits that protect a
// phone from a hostile or broken server before the bytes ever reach Rust: a size cap
// (checked against Content-Length before reading, and again while reading, after gzip is
// undone), timeouts for connecting and for silence, and an overall deadline against a
// server that trickles bytes forever.
package org.salama.core.net

import java.io.IOException
import java.io.InputStream
import java.net.ConnectException
import java.net.HttpURLConnection
import java.net.NoRouteToHostException
import java.net.SocketTimeoutException
import java.net.URI
import java.net.URISyntaxException
import java.net.UnknownHostException
import java.util.Locale
import java.util.zip.GZIPInputStream

/** Why a fetch failed. None of these carries the URL or any response bytes. */
enum class TransportFailure {
    /** Not an http(s) URL. */
    UNSUPPORTED_URL,

    /** No connection: offline, no route, the name does not resolve, or refused. */
    UNREACHABLE,

    /** Connecting, a silence, or the whole fetch took longer than allowed. */
    TIMEOUT,

    /** The body is larger than the caller allowed. */
    TOO_LARGE,

    /** The server broke the protocol (bad gzip, connection cut mid-body, …). */
    BAD_RESPONSE,
}

/** A fetch that failed for [failure]; nothing partial is returned. */
class TransportException(val failure: TransportFailure, cause: Throwable? = null) :
    IOException("transport failed: ${failure.name.lowercase(Locale.ROOT)}", cause)

/**
 * A response. [headers] have lower-case names; a header sent several times is joined with
 * ", ". [body] is the decoded body (gzip undone); empty for 304 Not Modified.
 */
class TransportResponse(val status: Int, val headers: Map<String, String>, val body: ByteArray) {
    /** The value of header [name] (any case), or null. */
    fun header(name: String): String? = headers[name.lowercase(Locale.ROOT)]
}

/**
 * GET over [HttpURLConnection].
 *
 * Call it off the main thread. Redirects are followed within the same scheme only (the
 * platform never follows https to http). Responses are not cached by the platform: the core
 * makes its own conditional requests (`If-None-Match`) and checks every byte it keeps.
 */
class UrlConnectionTransport(
    private val connectTimeoutMillis: Int = 15_000,
    /** The longest silence allowed while waiting for bytes. */
    private val readTimeoutMillis: Int = 20_000,
    private val userAgent: String = "Salama",
) {
    /**
     * Fetches [url] with the request [headers], accepting at most [maxBytes] of decoded
     * body and at most [deadlineMillis] for the whole exchange (checked between reads, so
     * it can be overshot by up to one read timeout, itself at most [deadlineMillis]).
     *
     * Any HTTP status is a response, not an error: 404 or 500 come back with their status.
     *
     * @throws TransportException for everything that is not an HTTP response within limits.
     */
    fun get(
        url: String,
        headers: Map<String, String> = emptyMap(),
        maxBytes: Long,
        deadlineMillis: Long = 120_000,
    ): TransportResponse {
        require(maxBytes >= 0) { "maxBytes must not be negative" }
        val deadline = System.nanoTime() + deadlineMillis * 1_000_000
        val connection = open(url)
        try {
            // A deadline shorter than the timeouts bounds them too, so a silent server cannot
            // hold a fetch past it.
            val deadlineCap = deadlineMillis.coerceIn(1, Int.MAX_VALUE.toLong()).toInt()
            connection.connectTimeout = minOf(connectTimeoutMillis, deadlineCap)
            connection.readTimeout = minOf(readTimeoutMillis, deadlineCap)
            connection.instanceFollowRedirects = true
            connection.useCaches = false
            connection.setRequestProperty("User-Agent", userAgent)
            // Asked for explicitly, so it is decoded (and capped) here the same way on every
            // platform; Android would otherwise decode it silently and hide the real length.
            connection.setRequestProperty("Accept-Encoding", "gzip")
            for ((name, value) in headers) connection.setRequestProperty(name, value)

            val status = connection.responseCode
            if (status < 0) throw TransportException(TransportFailure.BAD_RESPONSE)
            val responseHeaders = connection.headerFields
                .filterKeys { it != null }
                .map { (name, values) -> name.lowercase(Locale.ROOT) to values.joinToString(", ") }
                .toMap()
            val gzip = responseHeaders["content-encoding"]?.trim()?.equals("gzip", true) == true
            if (!gzip && connection.contentLengthLong > maxBytes) {
                throw TransportException(TransportFailure.TOO_LARGE)
            }
            val raw: InputStream? = if (status >= 400) connection.errorStream else connection.inputStream
            val body = raw?.use { stream ->
                val decoded = if (gzip && status != HttpURLConnection.HTTP_NOT_MODIFIED) {
                    GZIPInputStream(stream)
                } else {
                    stream
                }
                readCapped(decoded, maxBytes, deadline)
            } ?: ByteArray(0)
            return TransportResponse(status, responseHeaders - "content-encoding" - "content-length", body)
        } catch (e: TransportException) {
            connection.disconnect()
            throw e
        } catch (e: IOException) {
            connection.disconnect()
            throw TransportException(classify(e), e)
        }
    }

    private fun open(url: String): HttpURLConnection {
        val uri = try {
            URI(url)
        } catch (e: URISyntaxException) {
            throw TransportException(TransportFailure.UNSUPPORTED_URL, e)
        }
        val scheme = uri.scheme?.lowercase(Locale.ROOT)
        if ((scheme != "https" && scheme != "http") || uri.host.isNullOrEmpty()) {
            throw TransportException(TransportFailure.UNSUPPORTED_URL)
        }
        return uri.toURL().openConnection() as HttpURLConnection
    }

    private fun readCapped(stream: InputStream, maxBytes: Long, deadline: Long): ByteArray {
        val out = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(16 * 1024)
        var total = 0L
        while (true) {
            if (System.nanoTime() - deadline > 0) throw TransportException(TransportFailure.TIMEOUT)
            val n = stream.read(buffer)
            if (n < 0) break
            total += n
            if (total > maxBytes) throw TransportException(TransportFailure.TOO_LARGE)
            out.write(buffer, 0, n)
        }
        return out.toByteArray()
    }

    private fun classify(e: IOException): TransportFailure = when (e) {
        is SocketTimeoutException -> TransportFailure.TIMEOUT
        is UnknownHostException, is ConnectException, is NoRouteToHostException ->
            TransportFailure.UNREACHABLE
        // A cut connection, bad gzip (ZipException), a failed TLS handshake, …
        else -> TransportFailure.BAD_RESPONSE
    }
}
