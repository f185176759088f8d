//! The desktop app's `HttpClient`: blocking GETs with `ureq` over rustls, a total timeout
//! per request and a body that is never read past its cap. The sync protocol itself lives
//! in the core; this is transport only.

use std::time::Duration;

use salama_core::{HttpClient, HttpError, HttpHeader, HttpRequest, HttpResponse};

/// How many redirects to follow before giving up (a loop ends here).
const MAX_REDIRECTS: u32 = 5;

pub struct UreqClient {
    agent: ureq::Agent,
}

impl UreqClient {
    pub fn new() -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(MAX_REDIRECTS)
            .user_agent(concat!("salama/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        UreqClient { agent }
    }
}

impl HttpClient for UreqClient {
    fn get(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let mut builder = self.agent.get(&request.url);
        for header in &request.headers {
            builder = builder.header(&header.name, &header.value);
        }
        let response = builder
            .config()
            .timeout_global(Some(Duration::from_millis(request.timeout_ms)))
            .build()
            .call()
            .map_err(http_error)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                Some(HttpHeader {
                    name: name.as_str().to_owned(),
                    value: value.to_str().ok()?.to_owned(),
                })
            })
            .collect();
        // ureq fails on any read after the limit, even at the end of a body of exactly
        // that size: allow one byte more, so a body one byte over is what fails.
        let body = response
            .into_body()
            .into_with_config()
            .limit(request.max_bytes.saturating_add(1))
            .read_to_vec()
            .map_err(http_error)?;
        if body.len() as u64 > request.max_bytes {
            return Err(HttpError::TooLarge);
        }
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }
}

fn http_error(error: ureq::Error) -> HttpError {
    match error {
        ureq::Error::Timeout(_) => HttpError::Timeout,
        ureq::Error::BodyExceedsLimit(_) => HttpError::TooLarge,
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => HttpError::Timeout,
        other => HttpError::Transport {
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Arc, mpsc};
    use std::thread;
    use std::time::Instant;

    use super::*;

    /// A one-off server on 127.0.0.1 that handles `connections` connections with
    /// `handle`, then stops.
    fn serve(
        connections: usize,
        handle: impl Fn(TcpStream, u16) + Send + 'static,
    ) -> (String, thread::JoinHandle<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let thread = thread::spawn(move || {
            for stream in listener.incoming().take(connections) {
                handle(stream.unwrap(), port);
            }
        });
        (format!("http://127.0.0.1:{port}/index.json"), thread)
    }

    fn read_request(stream: &mut TcpStream) -> String {
        let mut buf = [0u8; 4096];
        let mut request = Vec::new();
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).unwrap_or(0);
            if n == 0 {
                break;
            }
            request.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&request).into_owned()
    }

    fn get(url: &str, max_bytes: u64, timeout_ms: u64) -> Result<HttpResponse, HttpError> {
        UreqClient::new().get(HttpRequest {
            url: url.to_owned(),
            headers: vec![HttpHeader {
                name: "If-None-Match".into(),
                value: "\"abc\"".into(),
            }],
            max_bytes,
            timeout_ms,
        })
    }

    #[test]
    fn a_get_returns_status_headers_body_and_sends_headers() {
        let (tx, rx) = mpsc::channel();
        let (url, server) = serve(1, move |mut stream, _| {
            tx.send(read_request(&mut stream)).unwrap();
            stream
                .write_all(b"HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nContent-Length: 5\r\n\r\nhello")
                .unwrap();
        });
        let response = get(&url, 100, 5_000).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(response.body, b"hello");
        assert_eq!(response.header("etag"), Some("\"v1\""));
        assert!(
            rx.recv()
                .unwrap()
                .to_ascii_lowercase()
                .contains("if-none-match: \"abc\"")
        );
        server.join().unwrap();
    }

    #[test]
    fn a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused() {
        for (cap, ok) in [(5, true), (4, false)] {
            let (url, server) = serve(1, |mut stream, _| {
                read_request(&mut stream);
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
            });
            let result = get(&url, cap, 5_000);
            assert_eq!(result.is_ok(), ok, "cap {cap}: {result:?}");
            if !ok {
                assert_eq!(result.unwrap_err(), HttpError::TooLarge);
            }
            server.join().unwrap();
        }
    }

    #[test]
    fn a_server_that_accepts_and_never_answers_times_out() {
        let (url, server) = serve(1, |stream, _| {
            // Hold the connection open, say nothing.
            thread::sleep(Duration::from_secs(3));
            drop(stream);
        });
        let started = Instant::now();
        let err = get(&url, 100, 500).unwrap_err();
        assert_eq!(err, HttpError::Timeout);
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
        server.join().unwrap();
    }

    #[test]
    fn a_body_trickling_forever_times_out() {
        let (url, server) = serve(1, |mut stream, _| {
            read_request(&mut stream);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n");
            for _ in 0..30 {
                if stream.write_all(b"x").is_err() {
                    break;
                }
                thread::sleep(Duration::from_millis(100));
            }
        });
        assert_eq!(get(&url, 2_000_000, 700).unwrap_err(), HttpError::Timeout);
        server.join().unwrap();
    }

    #[test]
    fn reading_stops_at_the_cap_of_an_endless_body() {
        let written = Arc::new(AtomicU64::new(0));
        let counter = written.clone();
        let (url, server) = serve(1, move |mut stream, _| {
            read_request(&mut stream);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            let chunk = format!("{:x}\r\n{}\r\n", 4096, "x".repeat(4096));
            // Endless data: stops only when the client hangs up (or after 64 MiB).
            for _ in 0..16_384 {
                if stream.write_all(chunk.as_bytes()).is_err() {
                    break;
                }
                counter.fetch_add(4096, Ordering::Relaxed);
            }
        });
        let cap = 256 * 1024;
        assert_eq!(get(&url, cap, 10_000).unwrap_err(), HttpError::TooLarge);
        server.join().unwrap();
        // The client hung up soon after the cap; kernel buffers account for the rest.
        let sent = written.load(Ordering::Relaxed);
        assert!(sent < 16 * 1024 * 1024, "the server wrote {sent} bytes");
    }

    #[test]
    fn a_redirect_loop_is_an_error_not_a_hang() {
        let (url, server) = serve(MAX_REDIRECTS as usize + 1, |mut stream, port| {
            read_request(&mut stream);
            let reply = format!(
                "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/index.json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(reply.as_bytes());
        });
        let err = get(&url, 100, 5_000).unwrap_err();
        assert!(
            matches!(err, HttpError::Transport { ref reason } if reason.contains("redirect")),
            "{err:?}"
        );
        server.join().unwrap();
    }

    #[test]
    fn statuses_are_returned_not_turned_into_errors() {
        let (url, server) = serve(1, |mut stream, _| {
            read_request(&mut stream);
            let _ = stream.write_all(b"HTTP/1.1 304 Not Modified\r\nETag: \"abc\"\r\n\r\n");
        });
        let response = get(&url, 100, 5_000).unwrap();
        assert_eq!((response.status, response.body.len()), (304, 0));
        server.join().unwrap();
        let (url, server) = serve(1, |mut stream, _| {
            read_request(&mut stream);
            let _ =
                stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found");
        });
        assert_eq!(get(&url, 100, 5_000).unwrap().status, 404);
        server.join().unwrap();
    }
}
