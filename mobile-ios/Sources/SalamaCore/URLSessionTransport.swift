// The network transport the core's sync uses on iOS, on URLSession: no extra HTTP library.
// It only moves bytes; what to fetch, what to trust and what to keep is decided in Rust. It
// enforces the limits that protect a phone from a hostile or broken server before the bytes
// reach Rust: a size cap (Content-Length first, then while receiving, after gzip is undone),
// a timeout for silence, an overall deadline, and no redirect from https down to http.
// Mirrors UrlConnectionTransport on Android.
import Foundation

/// Why a fetch failed. None of these carries the URL or any response bytes.
public enum TransportFailure: Error, Equatable, Sendable {
    /// Not an http(s) URL.
    case unsupportedURL
    /// No connection: offline, no route, the name does not resolve, or refused.
    case unreachable
    /// A silence, or the whole fetch, took longer than allowed.
    case timeout
    /// The body is larger than the caller allowed.
    case tooLarge
    /// The server broke the protocol (bad gzip, connection cut mid-body, …).
    case badResponse
}

/// A response. `headers` have lower-case names; `body` is decoded (gzip undone); empty for
/// 304 Not Modified.
public struct TransportResponse: Sendable {
    public let status: Int
    public let headers: [String: String]
    public let body: Data

    /// The value of header `name` (any case), or nil.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Synchronous GET over URLSession, for the core's sync, which runs off the main thread.
/// Never call it on the main thread: it blocks until the response or a limit.
public final class URLSessionTransport: @unchecked Sendable {
    private let readTimeout: TimeInterval
    private let delegate = SessionDelegate()
    private let session: URLSession

    /// `readTimeout`: the longest silence allowed while waiting for bytes.
    public init(readTimeout: TimeInterval = 20, userAgent: String = "Salama") {
        self.readTimeout = readTimeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.waitsForConnectivity = false
        configuration.timeoutIntervalForRequest = readTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
        // The session keeps its delegate alive until invalidated; the delegate does not
        // point back here, so dropping the transport invalidates the session in deinit.
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Fetches `url` with the request `headers`, accepting at most `maxBytes` of decoded body
    /// and at most `deadline` seconds for the whole exchange. Any HTTP status is a response,
    /// not an error: 404 or 500 come back with their status.
    public func get(
        _ url: String,
        headers: [String: String] = [:],
        maxBytes: Int64,
        deadline: TimeInterval = 120
    ) throws -> TransportResponse {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
              scheme == "https" || scheme == "http", !(parsed.host ?? "").isEmpty
        else { throw TransportFailure.unsupportedURL }

        var request = URLRequest(url: parsed, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: readTimeout)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let fetch = Fetch(maxBytes: maxBytes, originalScheme: scheme)
        delegate.register(fetch, for: task)
        defer { delegate.unregister(task) }

        task.resume()
        if fetch.done.wait(timeout: .now() + deadline) == .timedOut {
            fetch.fail(.timeout)
            task.cancel()
            fetch.done.wait()
        }
        // `done` was signalled: the delegate no longer touches `fetch`.
        if let failure = fetch.failure { throw failure }
        guard let response = fetch.response else { throw TransportFailure.badResponse }
        var responseHeaders: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            guard let name = name as? String, let value = value as? String else { continue }
            let key = name.lowercased()
            responseHeaders[key] = responseHeaders[key].map { "\($0), \(value)" } ?? value
        }
        // The body is decoded: these describe the bytes on the wire, not `body`.
        responseHeaders["content-encoding"] = nil
        responseHeaders["content-length"] = nil
        return TransportResponse(status: response.statusCode, headers: responseHeaders, body: fetch.body)
    }
}

/// One fetch in flight; its fields are guarded by `lock` until `done` is signalled.
private final class Fetch: @unchecked Sendable {
    let maxBytes: Int64
    let originalScheme: String
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private(set) var response: HTTPURLResponse?
    private(set) var body = Data()
    private(set) var failure: TransportFailure?

    init(maxBytes: Int64, originalScheme: String) {
        self.maxBytes = maxBytes
        self.originalScheme = originalScheme
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Records the first failure only: later ones (the cancellation it causes) are echoes.
    func fail(_ failure: TransportFailure) { locked { if self.failure == nil { self.failure = failure } } }

    func accept(_ response: HTTPURLResponse) { locked { self.response = response } }

    /// Appends `data`, or returns false if that would pass the cap.
    func append(_ data: Data) -> Bool {
        locked {
            guard Int64(body.count) + Int64(data.count) <= maxBytes else { return false }
            body.append(data)
            return true
        }
    }
}

private final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var fetches: [Int: Fetch] = [:]

    func register(_ fetch: Fetch, for task: URLSessionTask) {
        lock.lock()
        fetches[task.taskIdentifier] = fetch
        lock.unlock()
    }

    func unregister(_ task: URLSessionTask) {
        lock.lock()
        fetches[task.taskIdentifier] = nil
        lock.unlock()
    }

    private func fetch(for task: URLSessionTask) -> Fetch? {
        lock.lock()
        defer { lock.unlock() }
        return fetches[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let fetch = fetch(for: dataTask), let http = response as? HTTPURLResponse else {
            completionHandler(.cancel)
            return
        }
        let encoded = !(http.value(forHTTPHeaderField: "Content-Encoding") ?? "").isEmpty
        if !encoded && http.expectedContentLength > fetch.maxBytes {
            fetch.fail(.tooLarge)
            completionHandler(.cancel)
            return
        }
        fetch.accept(http)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let fetch = fetch(for: dataTask) else { return }
        if !fetch.append(data) {
            fetch.fail(.tooLarge)
            dataTask.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let downgrade = fetch(for: task)?.originalScheme == "https" && request.url?.scheme?.lowercased() != "https"
        // A refused redirect comes back as the 3xx response itself.
        completionHandler(downgrade ? nil : request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let fetch = fetch(for: task) else { return }
        if let error { fetch.fail(Self.classify(error)) }
        fetch.done.signal()
    }

    private static func classify(_ error: Error) -> TransportFailure {
        guard let urlError = error as? URLError else { return .badResponse }
        switch urlError.code {
        case .timedOut:
            return .timeout
        case .cannotFindHost, .cannotConnectToHost, .notConnectedToInternet, .networkConnectionLost,
             .dnsLookupFailed, .internationalRoamingOff, .dataNotAllowed, .callIsActive:
            return .unreachable
        default:
            return .badResponse
        }
    }
}
