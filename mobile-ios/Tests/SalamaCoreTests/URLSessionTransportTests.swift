// The URLSession transport against servers written here (exact, oversized, endless,
// trickling) and against nothing. Mirrors UrlConnectionTransportTest.kt, without nginx
// (not on a phone) and without gzip (URLSession decodes it before this code sees it).
import Network
import XCTest
@testable import SalamaCore

final class URLSessionTransportTests: XCTestCase {
    private let transport = URLSessionTransport(readTimeout: 2)

    private func failure(_ block: () throws -> Void) -> TransportFailure? {
        do {
            try block()
            return nil
        } catch {
            return error as? TransportFailure
        }
    }

    func testTheSizeCapIsExact() throws {
        let body = Data((0..<5000).map { UInt8($0 % 251) })
        let server = try TestHTTPServer { connection in
            TestHTTPServer.send(connection, head: "HTTP/1.1 200 OK\r\nContent-Length: \(body.count)\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n", body: body)
        }
        defer { server.stop() }
        let response = try transport.get(server.url, maxBytes: Int64(body.count))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body, body)
        XCTAssertEqual(response.header("ETag"), "\"v1\"")
        XCTAssertEqual(failure { _ = try transport.get(server.url, maxBytes: Int64(body.count - 1)) }, .tooLarge)
    }

    func testAnAnnouncedOversizedBodyIsRefusedWithoutReadingIt() throws {
        let server = try TestHTTPServer { connection in
            // Announces 50 MB and sends none of it: reading would time out instead.
            connection.send(content: Data("HTTP/1.1 200 OK\r\nContent-Length: 50000000\r\n\r\n".utf8), completion: .idempotent)
        }
        defer { server.stop() }
        XCTAssertEqual(failure { _ = try transport.get(server.url, maxBytes: 1_000_000) }, .tooLarge)
    }

    func testAnEndlessChunkedBodyIsCutAtTheCap() throws {
        let chunk = Data(String(64 * 1024, radix: 16).utf8) + Data("\r\n".utf8) + Data(count: 64 * 1024) + Data("\r\n".utf8)
        let server = try TestHTTPServer { connection in
            var response = Data("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            for _ in 0..<64 { response += chunk } // 4 MiB, never terminated
            connection.send(content: response, completion: .idempotent)
        }
        defer { server.stop() }
        XCTAssertEqual(failure { _ = try transport.get(server.url, maxBytes: 100_000) }, .tooLarge)
    }

    func testATricklingServerRunsIntoTheDeadline() throws {
        let server = try TestHTTPServer { connection in
            connection.send(content: Data("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".utf8), completion: .idempotent)
            DispatchQueue.global().async {
                for _ in 0..<50 { // at most 5 s; the client gives up long before
                    connection.send(content: Data("x".utf8), completion: .idempotent)
                    Thread.sleep(forTimeInterval: 0.1)
                }
                connection.cancel()
            }
        }
        defer { server.stop() }
        let started = Date()
        XCTAssertEqual(failure { _ = try transport.get(server.url, maxBytes: 1_000, deadline: 0.5) }, .timeout)
        XCTAssertLessThan(Date().timeIntervalSince(started), 4)
    }

    func testAClosedPortIsUnreachable() throws {
        let server = try TestHTTPServer { $0.cancel() }
        let url = server.url
        server.stop()
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertEqual(failure { _ = try transport.get(url, maxBytes: 1_000) }, .unreachable)
    }

    func testOnlyHttpUrlsAreFetched() {
        for url in ["file:///etc/passwd", "ftp://127.0.0.1/x", "no url at all", "http:///x"] {
            XCTAssertEqual(failure { _ = try transport.get(url, maxBytes: 1_000) }, .unsupportedURL, url)
        }
    }
}
