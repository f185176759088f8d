// The HttpURLConnection transport against a real nginx (files, ETags, gzip, redirects) and
// against hostile servers written here (endless, bombing, trickling, silent).
package org.salama.core.net

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.ByteArrayOutputStream
import java.io.File
import java.net.HttpURLConnection
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.ServerSocket
import java.net.URI
import java.util.zip.GZIPOutputStream
import kotlin.random.Random

class UrlConnectionTransportTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private val transport = UrlConnectionTransport(connectTimeoutMillis = 2_000, readTimeoutMillis = 2_000)

    private fun servedFiles(): File {
        val root = tmp.newFolder("www")
        val entries = (1..200).joinToString(",") { """{"id":$it,"name":"helpline $it","phone":"+000 $it"}""" }
        File(root, "index.json").writeText("""{"serial":7,"items":[$entries]}""")
        File(root, "blob.bin").writeBytes(Random(7).nextBytes(256 * 1024))
        return root
    }

    private fun failureOf(block: () -> Unit): TransportFailure =
        assertThrows(TransportException::class.java) { block() }.failure

    @Test
    fun fetchesFromNginxWithGzipUndoneAndHeadersKept() {
        val root = servedFiles()
        NginxServer(root).use { nginx ->
            val url = "${nginx.baseUrl}/index.json"
            // nginx really compresses this file when asked, so the gzip path is exercised.
            val raw = URI(url).toURL().openConnection() as HttpURLConnection
            raw.setRequestProperty("Accept-Encoding", "gzip")
            assertEquals("gzip", raw.getHeaderField("Content-Encoding"))
            raw.inputStream.close()

            val response = transport.get(url, maxBytes = 1_000_000)
            assertEquals(200, response.status)
            assertArrayEquals(File(root, "index.json").readBytes(), response.body)
            assertTrue(response.header("ETag")!!.isNotEmpty())
            assertEquals("application/json", response.header("content-type"))
            assertEquals(null, response.header("content-encoding"))
        }
    }

    @Test
    fun aConditionalRequestForAnUnchangedFileIsNotModified() {
        NginxServer(servedFiles()).use { nginx ->
            val url = "${nginx.baseUrl}/blob.bin"
            val etag = transport.get(url, maxBytes = 1_000_000).header("etag")!!
            val again = transport.get(url, mapOf("If-None-Match" to etag), maxBytes = 1_000_000)
            assertEquals(304, again.status)
            assertEquals(0, again.body.size)
        }
    }

    @Test
    fun missingFilesAreAStatusAndRedirectsAreFollowed() {
        val root = servedFiles()
        NginxServer(root).use { nginx ->
            assertEquals(404, transport.get("${nginx.baseUrl}/nothing-here.json", maxBytes = 100_000).status)
            val moved = transport.get("${nginx.baseUrl}/moved", maxBytes = 1_000_000)
            assertEquals(200, moved.status)
            assertArrayEquals(File(root, "index.json").readBytes(), moved.body)
        }
    }

    @Test
    fun theSizeCapIsExact() {
        val root = servedFiles()
        NginxServer(root).use { nginx ->
            val url = "${nginx.baseUrl}/blob.bin"
            val size = File(root, "blob.bin").length()
            assertEquals(size.toInt(), transport.get(url, maxBytes = size).body.size)
            assertEquals(TransportFailure.TOO_LARGE, failureOf { transport.get(url, maxBytes = size - 1) })
        }
    }

    @Test
    fun anAnnouncedOversizedBodyIsRefusedWithoutReadingIt() {
        withServer({ exchange ->
            exchange.sendResponseHeaders(200, 50_000_000)
            Thread.sleep(1_500) // sends no byte of the body: reading it would time out
        }) { url ->
            val patient = UrlConnectionTransport(connectTimeoutMillis = 1_000, readTimeoutMillis = 500)
            assertEquals(TransportFailure.TOO_LARGE, failureOf { patient.get(url, maxBytes = 1_000_000) })
        }
    }

    @Test
    fun anEndlessChunkedBodyIsCutAtTheCap() {
        withServer({ exchange ->
            exchange.sendResponseHeaders(200, 0) // chunked: no length announced
            exchange.responseBody.use { out -> repeat(64) { out.write(ByteArray(64 * 1024)) } }
        }) { url ->
            assertEquals(TransportFailure.TOO_LARGE, failureOf { transport.get(url, maxBytes = 100_000) })
        }
    }

    @Test
    fun aGzipBombIsCutAtTheCapAfterDecoding() {
        val bomb = ByteArrayOutputStream().also { buffer ->
            GZIPOutputStream(buffer).use { gzip -> repeat(64) { gzip.write(ByteArray(128 * 1024)) } }
        }.toByteArray()
        assertTrue(bomb.size < 20_000) // 8 MiB of zeros in a few KiB
        withServer({ exchange ->
            exchange.responseHeaders.add("Content-Encoding", "gzip")
            exchange.sendResponseHeaders(200, bomb.size.toLong())
            exchange.responseBody.use { it.write(bomb) }
        }) { url ->
            assertEquals(TransportFailure.TOO_LARGE, failureOf { transport.get(url, maxBytes = 1_000_000) })
        }
    }

    @Test
    fun brokenGzipIsABadResponse() {
        val garbage = "this is not gzip at all".toByteArray()
        withServer({ exchange ->
            exchange.responseHeaders.add("Content-Encoding", "gzip")
            exchange.sendResponseHeaders(200, garbage.size.toLong())
            exchange.responseBody.use { it.write(garbage) }
        }) { url ->
            assertEquals(TransportFailure.BAD_RESPONSE, failureOf { transport.get(url, maxBytes = 1_000_000) })
        }
    }

    @Test
    fun aTricklingServerRunsIntoTheDeadline() {
        withServer({ exchange ->
            exchange.sendResponseHeaders(200, 0)
            exchange.responseBody.use { out ->
                repeat(100) { // at most 10 s; the client gives up long before
                    out.write('x'.code)
                    out.flush()
                    Thread.sleep(100)
                }
            }
        }) { url ->
            val started = System.nanoTime()
            assertEquals(
                TransportFailure.TIMEOUT,
                failureOf { transport.get(url, maxBytes = 1_000_000, deadlineMillis = 500) },
            )
            assertTrue((System.nanoTime() - started) / 1_000_000 < 5_000)
        }
    }

    @Test
    fun aSilentServerTimesOut() {
        ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { server ->
            val quick = UrlConnectionTransport(connectTimeoutMillis = 1_000, readTimeoutMillis = 300)
            val failure = failureOf { quick.get("http://127.0.0.1:${server.localPort}/", maxBytes = 1_000) }
            assertEquals(TransportFailure.TIMEOUT, failure)
        }
    }

    @Test
    fun aClosedPortIsUnreachable() {
        val port = ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { it.localPort }
        assertEquals(
            TransportFailure.UNREACHABLE,
            failureOf { transport.get("http://127.0.0.1:$port/index.json", maxBytes = 1_000) },
        )
    }

    @Test
    fun onlyHttpUrlsAreFetched() {
        for (url in listOf("file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/x.jar!/y", "no url at all", "http:///x")) {
            assertEquals(url, TransportFailure.UNSUPPORTED_URL, failureOf { transport.get(url, maxBytes = 1_000) })
        }
    }

    /** Runs [test] against a JDK HTTP server on 127.0.0.1 that answers every request with [handler]. */
    private fun withServer(handler: (HttpExchange) -> Unit, test: (url: String) -> Unit) {
        val server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        server.createContext("/") { exchange ->
            try {
                handler(exchange)
            } catch (_: java.io.IOException) {
                // The client hung up, as it should when it refuses a response.
            } finally {
                exchange.close()
            }
        }
        server.start()
        try {
            test("http://127.0.0.1:${server.address.port}/data")
        } finally {
            server.stop(0)
        }
    }
}
