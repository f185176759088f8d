// The HttpClient adapter: the core's request reaches the wire, transport failures become the
// core's HttpError, and a sync through it reaches the core's verification. Mirrors
// UrlConnectionHttpClientTest.kt (the full signed sync runs in the Kotlin host tests, which
// can publish a release with the desktop CLI).
import Network
import XCTest
@testable import SalamaCore

final class URLSessionHttpClientTests: XCTestCase {
    private let client = URLSessionHttpClient(transport: URLSessionTransport(readTimeout: 5))

    private func request(_ url: String, maxBytes: UInt64 = 1000, timeoutMs: UInt64 = 5000) -> HttpRequest {
        HttpRequest(url: url, headers: [HttpHeader(name: "If-None-Match", value: "\"abc\"")], maxBytes: maxBytes, timeoutMs: timeoutMs)
    }

    func testAResponseComesBackAndFailuresBecomeHttpErrors() throws {
        let server = try TestHTTPServer { connection in
            TestHTTPServer.send(connection, head: "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n", body: Data("hello".utf8))
        }
        defer { server.stop() }
        let response = try client.get(request: request(server.url))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body, Data("hello".utf8))
        XCTAssertEqual(response.headers.first { $0.name.lowercased() == "etag" }?.value, "\"v1\"")
        XCTAssertThrowsError(try client.get(request: request(server.url, maxBytes: 4))) {
            XCTAssertEqual($0 as? HttpError, .TooLarge)
        }
        XCTAssertThrowsError(try client.get(request: request("ftp://127.0.0.1/x"))) {
            XCTAssertEqual($0 as? HttpError, .Transport(reason: "unsupported url"))
        }
    }

    func testASilentServerTimesOutWithinTheRequestsTimeout() throws {
        let server = try TestHTTPServer { _ in }
        defer { server.stop() }
        XCTAssertThrowsError(try client.get(request: request(server.url, timeoutMs: 500))) {
            XCTAssertEqual($0 as? HttpError, .Timeout)
        }
    }

    func testASyncFromANonReleaseIsANetworkErrorAndChangesNothing() throws {
        let server = try TestHTTPServer { connection in
            TestHTTPServer.send(connection, head: "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        }
        defer { server.stop() }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(config: SalamaConfig(dataDir: dir.path, locales: ["en"], trustedKeys: []))
        XCTAssertThrowsError(try salama.sync(url: "http://127.0.0.1:\(server.port)/release", http: client, options: SyncOptions(timeoutMs: 5000), listener: nil)) {
            guard case .Network = $0 as? SalamaError else { return XCTFail("\($0)") }
        }
    }
}
