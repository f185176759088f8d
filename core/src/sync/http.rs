//! The platform services sync needs: an HTTP transport and a progress listener, both
//! implemented by the app (OkHttp, URLSession, ureq on the desktop). The protocol —
//! what to fetch, conditional requests, caps, verification — stays in Rust.

use crate::error::{Error, Result, SalamaError};

/// One HTTP header.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpHeader {
    pub name: String,
    pub value: String,
}

/// A GET request for the app's HTTP stack to perform.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpRequest {
    pub url: String,
    /// Extra request headers (e.g. `If-None-Match`).
    pub headers: Vec<HttpHeader>,
    /// Stop reading the body after this many bytes and fail with `TooLarge`: the body
    /// must never be read past it.
    pub max_bytes: u64,
    /// Give up after this long in total (connect, headers and body), with `Timeout`.
    pub timeout_ms: u64,
}

/// What the server answered. Redirects may be followed by the app's stack (at most a
/// few); any status is returned as it is, not as an error.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<HttpHeader>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// The first header called `name`, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str())
    }
}

/// How an HTTP request failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum HttpError {
    /// The request took longer than its `timeout_ms`.
    #[error("timed out")]
    Timeout,
    /// The body was longer than `max_bytes`; reading stopped there.
    #[error("the response is larger than allowed")]
    TooLarge,
    /// Anything else: no connection, TLS failure, too many redirects, a broken body.
    #[error("transport failed: {reason}")]
    Transport { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for HttpError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        HttpError::Transport {
            reason: format!("the app's HTTP client failed: {}", error.reason),
        }
    }
}

/// The app's HTTP stack. Called off the main thread, one request at a time.
#[uniffi::export(with_foreign)]
pub trait HttpClient: Send + Sync {
    /// Performs a GET. Must honour `max_bytes` and `timeout_ms`.
    fn get(&self, request: HttpRequest) -> Result<HttpResponse, HttpError>;
}

/// Which step an update is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SyncPhase {
    /// Downloading collections.
    Downloading,
    /// Writing verified collections into the database (one transaction).
    Applying,
}

/// How far an update has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    /// Bytes of collections downloaded (or, while applying, applied) so far.
    pub bytes_done: u64,
    /// Bytes of collections this update needs in total, known before any is fetched.
    pub bytes_total: u64,
    pub collections_done: u32,
    pub collections_total: u32,
}

/// Receives progress during an update, on the thread that runs it; return quickly. The
/// first `Downloading` event comes before any collection is fetched and gives the total.
/// `Downloading` events are sent with no lock held; `Applying` events are sent while the
/// update holds the database, so during those do not call back into `Salama`.
#[uniffi::export(with_foreign)]
pub trait SyncListener: Send + Sync {
    fn on_progress(&self, progress: SyncProgress);
}

/// Fetches `path` under `base` with a cap and a timeout, as the protocol needs it: a
/// body past the cap, a timeout, any status but 200 (and 304 when `conditional`) is a
/// `Network` error that says what happened.
pub(crate) fn fetch(
    http: &dyn HttpClient,
    base: &str,
    path: &str,
    headers: Vec<HttpHeader>,
    max_bytes: u64,
    timeout_ms: u64,
    conditional: bool,
) -> Result<HttpResponse> {
    let network = |reason: String| Error::Public(SalamaError::Network { reason });
    let response = http
        .get(HttpRequest {
            url: format!("{base}{path}"),
            headers,
            max_bytes,
            timeout_ms,
        })
        .map_err(|e| match e {
            HttpError::Timeout => network(format!("{path}: the server did not answer in time")),
            HttpError::TooLarge => {
                network(format!("{path}: larger than its cap of {max_bytes} bytes"))
            }
            HttpError::Transport { reason } => network(format!("{path}: {reason}")),
        })?;
    // An app's stack that ignored the cap must not get us to use a body past it.
    if response.body.len() as u64 > max_bytes {
        return Err(network(format!(
            "{path}: larger than its cap of {max_bytes} bytes"
        )));
    }
    match response.status {
        200 => Ok(response),
        304 if conditional => Ok(response),
        status @ 300..=399 => Err(network(format!(
            "{path}: HTTP {status}: a redirect that was not followed (or too many)"
        ))),
        status => Err(network(format!("{path}: HTTP {status}"))),
    }
}

/// Makes a release URL into a base that paths are appended to.
pub(crate) fn base_url(url: &str) -> Result<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            Error::InvalidInput("the release URL must start with https:// or http://".into())
        })?;
    if rest.is_empty()
        || rest.starts_with('/')
        || url.len() > 2000
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '?' || c == '#')
    {
        return Err(Error::InvalidInput("not a valid release URL".into()));
    }
    let base = url.strip_suffix("index.json").unwrap_or(url);
    Ok(if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_urls_become_bases() {
        assert_eq!(
            base_url("https://cdn.example.org/r").unwrap(),
            "https://cdn.example.org/r/"
        );
        assert_eq!(
            base_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(
            base_url("https://cdn.example.org/r/index.json").unwrap(),
            "https://cdn.example.org/r/"
        );
        for bad in [
            "ftp://x",
            "file:///etc",
            "https://",
            "https:///x",
            "https://a b",
            "https://x/?q=1",
            "x",
        ] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
    }
}
