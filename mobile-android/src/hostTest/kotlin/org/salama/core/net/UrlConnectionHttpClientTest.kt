// The HttpClient adapter alone: the core's request fields reach the wire and the
// transport's failures become the core's HttpException variants.
package org.salama.core.net

import com.sun.net.httpserver.HttpServer
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import org.salama.core.HttpException
import org.salama.core.HttpHeader
import org.salama.core.HttpRequest
import java.net.InetAddress
import java.net.InetSocketAddress

class UrlConnectionHttpClientTest {
    private val client = UrlConnectionHttpClient(UrlConnectionTransport(connectTimeoutMillis = 5_000, readTimeoutMillis = 5_000))

    private fun <T> serving(block: (String, MutableList<String?>) -> T): T {
        val seen = mutableListOf<String?>()
        val server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        server.createContext("/hello") { exchange ->
            seen += exchange.requestHeaders.getFirst("If-None-Match")
            val body = "hello".toByteArray()
            exchange.responseHeaders.add("ETag", "\"v1\"")
            exchange.sendResponseHeaders(200, body.size.toLong())
            exchange.responseBody.use { it.write(body) }
        }
        server.createContext("/missing") { exchange ->
            exchange.sendResponseHeaders(404, -1)
            exchange.close()
        }
        server.createContext("/silent") { exchange ->
            Thread.sleep(3_000)
            exchange.close()
        }
        server.executor = java.util.concurrent.Executors.newCachedThreadPool()
        server.start()
        try {
            return block("http://127.0.0.1:${server.address.port}", seen)
        } finally {
            server.stop(0)
            (server.executor as java.util.concurrent.ExecutorService).shutdownNow()
        }
    }

    private fun request(url: String, maxBytes: ULong = 1_000uL, timeoutMs: ULong = 5_000uL) =
        HttpRequest(url, listOf(HttpHeader("If-None-Match", "\"abc\"")), maxBytes, timeoutMs)

    @Test
    fun aResponseComesBackWithStatusHeadersAndBodyAndTheRequestHeadersAreSent() {
        serving { base, seen ->
            val response = client.get(request("$base/hello"))
            assertEquals(200.toUShort(), response.status)
            assertArrayEquals("hello".toByteArray(), response.body)
            assertEquals("\"v1\"", response.headers.first { it.name.equals("etag", true) }.value)
            assertEquals(listOf<String?>("\"abc\""), seen)
            assertEquals(404.toUShort(), client.get(request("$base/missing")).status)
        }
    }

    @Test
    fun failuresBecomeTheCoresHttpErrors() {
        serving { base, _ ->
            // Exactly the cap is fine; one byte less and the body is refused.
            assertEquals(5, client.get(request("$base/hello", maxBytes = 5uL)).body.size)
            assertThrows(HttpException.TooLarge::class.java) { client.get(request("$base/hello", maxBytes = 4uL)) }
            // The request's timeout bounds a silent server even though the transport allows 5 s.
            val started = System.nanoTime()
            assertThrows(HttpException.Timeout::class.java) { client.get(request("$base/silent", timeoutMs = 500uL)) }
            assertTrue((System.nanoTime() - started) / 1_000_000 < 2_500)
        }
        val unsupported = assertThrows(HttpException.Transport::class.java) { client.get(request("ftp://127.0.0.1/x")) }
        assertEquals("unsupported url", unsupported.reason)
        val unreachable = assertThrows(HttpException.Transport::class.java) { client.get(request("http://127.0.0.1:9/x")) }
        assertEquals("unreachable", unreachable.reason)
    }
}
