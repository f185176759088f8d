// The core's HttpClient (the foreign trait sync calls) on URLSessionTransport: turns the
// core's request into a capped, deadline-bound GET and the transport's failures into the
// core's HttpError. Mirrors UrlConnectionHttpClient on Android.
import Foundation

/// Pass it to `Salama.sync` and `Salama.checkForUpdate`, off the main thread:
///
/// ```swift
/// try salama.sync(url: url, http: URLSessionHttpClient(), options: SyncOptions(timeoutMs: 30_000), listener: nil)
/// ```
///
/// Every request honours the core's `maxBytes` (never read past it) and `timeoutMs` (for
/// each silence and the whole exchange). Failures carry no URL and no bytes.
public final class URLSessionHttpClient: HttpClient, @unchecked Sendable {
    private let transport: URLSessionTransport

    public init(transport: URLSessionTransport = URLSessionTransport()) {
        self.transport = transport
    }

    public func get(request: HttpRequest) throws -> HttpResponse {
        var headers: [String: String] = [:]
        for header in request.headers { headers[header.name] = header.value }
        let response: TransportResponse
        do {
            response = try transport.get(
                request.url,
                headers: headers,
                maxBytes: Int64(clamping: request.maxBytes),
                deadline: max(TimeInterval(request.timeoutMs) / 1000, 0.001)
            )
        } catch let failure as TransportFailure {
            throw Self.httpError(failure)
        }
        guard let status = UInt16(exactly: response.status) else {
            throw HttpError.Transport(reason: "status \(response.status) out of range")
        }
        return HttpResponse(
            status: status,
            headers: response.headers.map { HttpHeader(name: $0.key, value: $0.value) },
            body: response.body
        )
    }

    /// The core's view of a transport failure.
    static func httpError(_ failure: TransportFailure) -> HttpError {
        switch failure {
        case .timeout: return .Timeout
        case .tooLarge: return .TooLarge
        case .unsupportedURL: return .Transport(reason: "unsupported url")
        case .unreachable: return .Transport(reason: "unreachable")
        case .badResponse: return .Transport(reason: "bad response")
        }
    }
}
