// A tiny HTTP server on 127.0.0.1 for the transport tests (the Simulator shares the Mac's
// loopback): for every connection it reads the request head and hands the connection to
// `respond`. Network.framework, so no dependency.
import Foundation
import Network

final class TestHTTPServer: @unchecked Sendable {
    private let listener: NWListener
    let port: UInt16

    init(respond: @escaping @Sendable (NWConnection) -> Void) throws {
        let parameters = NWParameters.tcp
        parameters.requiredLocalEndpoint = .hostPort(host: "127.0.0.1", port: .any)
        listener = try NWListener(using: parameters)
        listener.newConnectionHandler = { connection in
            connection.start(queue: .global())
            connection.receive(minimumIncompleteLength: 1, maximumLength: 64 * 1024) { _, _, _, _ in
                respond(connection)
            }
        }
        let ready = DispatchSemaphore(value: 0)
        listener.stateUpdateHandler = { state in
            if case .ready = state { ready.signal() }
        }
        listener.start(queue: .global())
        _ = ready.wait(timeout: .now() + 5)
        guard let port = listener.port?.rawValue else { throw URLError(.cannotConnectToHost) }
        self.port = port
    }

    var url: String { "http://127.0.0.1:\(port)/data" }

    func stop() { listener.cancel() }

    /// Sends a whole response and closes.
    static func send(_ connection: NWConnection, head: String, body: Data = Data()) {
        connection.send(content: Data(head.utf8) + body, completion: .contentProcessed { _ in connection.cancel() })
    }
}
