// A real nginx on 127.0.0.1 serving a directory, started and stopped by a test: the kind
// of static web server (or CDN) that Salama's releases are published on.
package org.salama.core.net

import java.io.File
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.ServerSocket
import java.net.Socket
import java.nio.file.Files

/**
 * nginx serving [root] on a free port of 127.0.0.1, with ETags and gzip for JSON on, and
 * `/moved` redirecting to `/index.json`. The binary comes from `-Dsalama.nginx`. [close]
 * stops it and removes its working directory.
 */
class NginxServer(root: File) : AutoCloseable {
    private val prefix: File = Files.createTempDirectory("salama-nginx").toFile()
    val port: Int = ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { it.localPort }
    val baseUrl = "http://127.0.0.1:$port"
    private val process: Process

    init {
        val p = prefix.absolutePath
        val conf = File(prefix, "nginx.conf")
        conf.writeText(
            """
            daemon off;
            master_process off;
            worker_processes 1;
            pid $p/nginx.pid;
            error_log $p/error.log warn;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path $p/body;
                proxy_temp_path $p/proxy;
                fastcgi_temp_path $p/fastcgi;
                uwsgi_temp_path $p/uwsgi;
                scgi_temp_path $p/scgi;
                types { application/json json; application/octet-stream bin; }
                default_type application/octet-stream;
                etag on;
                gzip on;
                gzip_types application/json;
                gzip_min_length 1;
                server {
                    listen 127.0.0.1:$port;
                    root ${root.absolutePath};
                    location = /moved { return 301 /index.json; }
                }
            }
            """.trimIndent(),
        )
        val nginx = System.getProperty("salama.nginx") ?: "/usr/sbin/nginx"
        process = ProcessBuilder(nginx, "-p", p, "-e", "$p/error.log", "-c", conf.absolutePath)
            .redirectErrorStream(true)
            .redirectOutput(File(prefix, "stdout.log"))
            .start()
        waitUntilListening()
    }

    private fun waitUntilListening() {
        val deadline = System.nanoTime() + 10_000_000_000L
        while (System.nanoTime() < deadline) {
            if (!process.isAlive) {
                val log = File(prefix, "error.log").takeIf { it.exists() }?.readText().orEmpty()
                close()
                error("nginx exited at start:\n$log")
            }
            try {
                Socket().use { it.connect(InetSocketAddress("127.0.0.1", port), 200) }
                return
            } catch (_: java.io.IOException) {
                Thread.sleep(20)
            }
        }
        close()
        error("nginx did not listen on port $port within 10 s")
    }

    override fun close() {
        process.destroy()
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor()
        prefix.deleteRecursively()
    }
}
