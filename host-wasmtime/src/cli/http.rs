//! A minimal blocking HTTP/1.1 client for `ward otel --endpoint` and `ward replay --send`: one POST per
//! connection over `std::net::TcpStream`, `http://` only.
//!
//! Why not a crate: the targets are loopback collectors and test servers; TLS would add more to the build
//! than the rest of the CLI. An `https://` URL is refused with a clear error instead of being sent in clear.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::CliError;

/// A response: status code and body bytes (a chunked body is decoded).
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

fn err(message: String) -> CliError {
    CliError { code: "http".into(), message, exit: 1 }
}

/// Splits `http://host[:port][/base]` into (`host:port`, host, base path without trailing `/`).
fn split(url: &str) -> Result<(String, String, String), CliError> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        if url.starts_with("https://") {
            err(format!("{url}: https is not supported (use a local collector on http://)"))
        } else {
            err(format!("{url}: expected an http:// URL"))
        }
    })?;
    let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    if authority.is_empty() {
        return Err(err(format!("{url}: no host")));
    }
    let addr = if authority.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    Ok((addr, authority.to_string(), path.trim_end_matches('/').to_string()))
}

/// POSTs `body` as JSON to `base` + `path`.
pub fn post_json(base: &str, path: &str, body: &[u8]) -> Result<Response, CliError> {
    post(base, path, "application/json", body)
}

/// POSTs `body` with `content_type` to `base` + `path`.
pub fn post(base: &str, path: &str, content_type: &str, body: &[u8]) -> Result<Response, CliError> {
    let (addr, host, base_path) = split(base)?;
    let target = format!("{base_path}{path}");
    let url = format!("http://{host}{target}");
    let mut stream = TcpStream::connect(&addr).map_err(|e| err(format!("{url}: {e}")))?;
    let timeout = Some(Duration::from_secs(30));
    stream
        .set_read_timeout(timeout)
        .and_then(|()| stream.set_write_timeout(timeout))
        .map_err(|e| err(format!("{url}: {e}")))?;
    let head = format!(
        "POST {target} HTTP/1.1\r\nhost: {host}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
         connection: close\r\nuser-agent: ward/{}\r\n\r\n",
        body.len(),
        env!("CARGO_PKG_VERSION")
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .and_then(|()| stream.flush())
        .map_err(|e| err(format!("{url}: sending: {e}")))?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| err(format!("{url}: reading the response: {e}")))?;
    parse(&raw).ok_or_else(|| err(format!("{url}: malformed HTTP response")))
}

fn parse(raw: &[u8]) -> Option<Response> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(raw.get(..end)?).ok()?;
    let body = raw.get(end + 4..)?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let chunked = lines.any(|l| {
        l.split_once(':').is_some_and(|(k, v)| {
            k.trim().eq_ignore_ascii_case("transfer-encoding") && v.trim().eq_ignore_ascii_case("chunked")
        })
    });
    let body = if chunked { dechunk(body)? } else { body.to_vec() };
    Some(Response { status, body })
}

fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(rest.get(..eol)?).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        rest = rest.get(eol + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size + 2..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let (addr, host, base) = split("http://127.0.0.1:4318/").expect("valid URL");
        assert_eq!((addr.as_str(), host.as_str(), base.as_str()), ("127.0.0.1:4318", "127.0.0.1:4318", ""));
        let (addr, _, base) = split("http://collector/otlp").expect("valid URL");
        assert_eq!((addr.as_str(), base.as_str()), ("collector:80", "/otlp"));
        assert!(split("https://x").is_err_and(|e| e.message.contains("https is not supported")));
        assert!(split("ftp://x").is_err());
    }

    #[test]
    fn responses() {
        let r = parse(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}").map(|r| (r.status, r.body));
        assert_eq!(r, Some((200, b"{}".to_vec())));
        let r = parse(
            b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
        );
        assert_eq!(r.map(|r| r.body), Some(b"abcde".to_vec()));
        assert!(parse(b"garbage").is_none());
        assert!(parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").is_none());
    }
}
