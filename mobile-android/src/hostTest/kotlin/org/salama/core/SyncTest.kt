// A full sync through the Kotlin HttpClient: a publisher signs a release with the desktop
// CLI (`salama publish`), nginx on 127.0.0.1 serves it, and the core fetches every byte
// through UrlConnectionHttpClient, verifies it against the key trusted in SalamaConfig and
// installs it. The protocol itself is tested in Rust; this proves the foreign trait works
// end to end: requests, conditional 304s, gzip, headers, progress callbacks, errors.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import org.salama.core.net.NginxServer
import org.salama.core.net.UrlConnectionHttpClient
import org.salama.core.net.UrlConnectionTransport
import java.io.File
import java.util.concurrent.TimeUnit

class SyncTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private val cli = File(checkNotNull(System.getProperty("salama.cli")) { "run through mobile-android/host-test.sh" })

    /** Runs the desktop CLI with its data in [dataDir]; returns stdout, fails on a non-zero exit. */
    private fun salamaCli(dataDir: File, vararg args: String): String {
        val process = ProcessBuilder(cli.path, *args)
            .apply {
                environment()["SALAMA_DATA_DIR"] = dataDir.path
                environment()["LANG"] = "C"
                environment().remove("LANGUAGE")
            }
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start()
        val out = process.inputStream.bufferedReader().readText()
        val err = process.errorStream.bufferedReader().readText()
        check(process.waitFor(60, TimeUnit.SECONDS)) { "salama ${args.first()} did not finish" }
        check(process.exitValue() == 0) { "salama ${args.joinToString(" ")} failed: $err" }
        return out
    }

    /** A helplines source for Greece with [n] lines named "[tag] line i". */
    private fun writeSource(dir: File, tag: String, n: Int) {
        val lines = (1..n).joinToString(",\n") { i ->
            """
            {"id": "gr-test-line-$i", "country": "GR",
             "name": {"en": "$tag line $i"},
             "description": {"en": "Help for people who were trafficked or exploited."},
             "needs": ["trafficking"],
             "channels": [{"type": "phone", "address": "+302100000$i"}],
             "languages": ["en", "ar"], "free": true,
             "hours": {"type": "unknown"},
             "operator": "Example NGO", "status": "verified",
             "sources": [{"url": "https://example.org/helplines", "date": "2026-01-16"}],
             "verified": "2026-01-16"}
            """.trimIndent()
        }
        File(dir, "helplines").mkdirs()
        File(dir, "helplines/GR.json").writeText("""{"format": 1, "country": "GR", "helplines": [$lines]}""")
    }

    private class Recorder : SyncListener {
        val events = mutableListOf<SyncProgress>()
        override fun onProgress(progress: SyncProgress) {
            events += progress
        }
    }

    @Test
    fun aFullSyncThroughTheKotlinHttpClient() {
        val publisher = tmp.newFolder("publisher")
        val key = File(publisher, "publisher.key")
        val keygen = salamaCli(publisher, "publish", "keygen", "--out", key.path, "--json")
        val publicKey = Regex("\"public_key\"\\s*:\\s*\"([^\"]+)\"").find(keygen)?.groupValues?.get(1)
            ?: error("no public_key in: $keygen")
        val source = tmp.newFolder("source")
        writeSource(source, "Kotlin test", 12)
        val www = tmp.newFolder("www")
        val release = File(www, "release")
        salamaCli(publisher, "publish", "release", source.path, "--key", key.path, "--out", release.path, "--json")
        assertTrue(File(release, "index.json").isFile)

        val http = UrlConnectionHttpClient(UrlConnectionTransport(connectTimeoutMillis = 2_000, readTimeoutMillis = 2_000))
        val config = SalamaConfig(dataDir = tmp.newFolder("phone").path, locales = listOf("en"), trustedKeys = listOf(publicKey))
        NginxServer(www).use { nginx ->
            Salama.open(config).use { salama ->
                val url = "${nginx.baseUrl}/release"
                val options = SyncOptions(timeoutMs = 5_000uL)
                assertFalse(salama.helplines(HelplineQuery(country = "GR")).any { it.id.startsWith("gr-test-") })

                val plan = salama.checkForUpdate(url, http, options)
                assertFalse(plan.upToDate)
                assertTrue(plan.downloadBytes > 0uL)

                val recorder = Recorder()
                val report = salama.sync(url, http, options, recorder)
                assertTrue(report.updated)
                assertEquals(plan.serial, report.serial)
                assertTrue(report.collectionsUpdated.toString(), report.collectionsUpdated.any { "GR" in it })
                assertTrue(report.bytesDownloaded > 0uL)
                assertFalse(report.stale)
                // Progress arrived in Kotlin, starting with the total before any download.
                val first = recorder.events.first()
                assertEquals(SyncPhase.DOWNLOADING, first.phase)
                assertEquals(0uL, first.bytesDone)
                assertTrue(first.bytesTotal > 0uL)
                assertTrue(recorder.events.any { it.phase == SyncPhase.APPLYING })

                val lines = salama.helplines(HelplineQuery(country = "GR")).filter { it.id.startsWith("gr-test-") }
                assertEquals(12, lines.size)
                assertTrue(lines.all { it.origin == HelplineOrigin.UPDATE })
                assertEquals("Kotlin test line 3", salama.helpline("gr-test-line-3").name.text)

                // Nothing changed on the server: one conditional request, nothing installed.
                val again = salama.sync(url, http, options, null)
                assertFalse(again.updated)
                assertEquals(report.serial, again.serial)
                assertEquals(1u, again.requests)
                assertTrue(again.collectionsUpdated.isEmpty())
                assertEquals(12, salama.helplines(HelplineQuery(country = "GR")).count { it.id.startsWith("gr-test-") })
                assertEquals(report.serial, salama.syncStatus().serial)
            }
        }
    }

    @Test
    fun anUntrustedReleaseAndAnUnreachableServerAreRefusedAndChangeNothing() {
        val publisher = tmp.newFolder("publisher")
        val key = File(publisher, "publisher.key")
        salamaCli(publisher, "publish", "keygen", "--out", key.path, "--json")
        val source = tmp.newFolder("source")
        writeSource(source, "Untrusted", 2)
        val www = tmp.newFolder("www")
        salamaCli(publisher, "publish", "release", source.path, "--key", key.path, "--out", File(www, "release").path, "--json")

        val http = UrlConnectionHttpClient(UrlConnectionTransport(connectTimeoutMillis = 2_000, readTimeoutMillis = 2_000))
        Salama.open(tmp.newFolder("phone"), listOf("en")).use { salama ->
            val options = SyncOptions(timeoutMs = 5_000uL)
            NginxServer(www).use { nginx ->
                // The publisher's key is not trusted by this phone.
                assertThrows(SalamaException.BadSignature::class.java) {
                    salama.sync("${nginx.baseUrl}/release", http, options, null)
                }
                // A 404 is a Network error from the core, not a crash in the adapter.
                assertThrows(SalamaException.Network::class.java) {
                    salama.sync("${nginx.baseUrl}/nothing-here", http, options, null)
                }
            }
            // nginx is gone: the Kotlin client's "unreachable" arrives as a Network error.
            assertThrows(SalamaException.Network::class.java) {
                salama.sync("http://127.0.0.1:9/release", http, options, null)
            }
            assertTrue(salama.helplines(HelplineQuery(country = "GR")).none { it.id.startsWith("gr-test-") })
        }
    }
}
