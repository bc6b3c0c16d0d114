//! Incremental SSE framing: bytes in, complete events out, raw bytes kept so untouched events pass
//! through byte for byte.

use crate::Error;

/// One complete event as received.
#[derive(Debug)]
pub(crate) struct RawEvent {
    /// The event's text including its terminating blank line.
    pub raw: String,
    /// The `event:` field, if any.
    pub name: Option<String>,
    /// The `data:` lines joined by `\n` (`None` if the event has no data field).
    pub data: Option<String>,
    /// The line terminator the event uses (`\n`, `\r\n` or `\r`).
    pub eol: &'static str,
}

/// Splits a byte stream into events.
#[derive(Debug, Default)]
pub(crate) struct Framer {
    buf: Vec<u8>,
    /// Absolute offset of `buf[0]`.
    offset: usize,
}

/// Where the event starting at `buf[0]` ends (after its blank line), if it is complete.
fn event_end(buf: &[u8]) -> Option<usize> {
    let mut i = 0;
    let mut line_empty = true;
    while i < buf.len() {
        let eol = match buf.get(i) {
            Some(b'\n') => 1,
            Some(b'\r') => match buf.get(i + 1) {
                Some(b'\n') => 2,
                Some(_) => 1,
                None => return None, // `\r` at the end: maybe the start of `\r\n`
            },
            _ => {
                line_empty = false;
                i += 1;
                continue;
            }
        };
        i += eol;
        if line_empty {
            return Some(i);
        }
        line_empty = true;
    }
    None
}

fn parse(raw: String) -> RawEvent {
    let eol = if raw.contains("\r\n") {
        "\r\n"
    } else if raw.contains('\n') {
        "\n"
    } else {
        "\r"
    };
    let mut name = None;
    let mut data: Option<String> = None;
    for line in raw.split(['\n', '\r']) {
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => name = Some(value.to_string()),
            "data" => match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => data = Some(value.to_string()),
            },
            _ => {}
        }
    }
    RawEvent { raw, name, data, eol }
}

impl Framer {
    /// Adds bytes and returns the events completed by them.
    pub(crate) fn push(&mut self, bytes: &[u8]) -> Result<Vec<RawEvent>, Error> {
        self.buf.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(end) = event_end(&self.buf) {
            let chunk: Vec<u8> = self.buf.drain(..end).collect();
            let raw = String::from_utf8(chunk)
                .map_err(|e| Error::invalid_utf8(self.offset + e.utf8_error().valid_up_to()))?;
            self.offset += end;
            events.push(parse(raw));
        }
        Ok(events)
    }

    /// The stream ended: a last event without its blank line is still an event.
    pub(crate) fn finish(&mut self) -> Result<Option<RawEvent>, Error> {
        if self.buf.is_empty() {
            return Ok(None);
        }
        let chunk = std::mem::take(&mut self.buf);
        let raw = String::from_utf8(chunk)
            .map_err(|e| Error::invalid_utf8(self.offset + e.utf8_error().valid_up_to()))?;
        Ok(Some(parse(raw)))
    }
}

/// The event text with its data replaced by `data` (other lines kept in place).
pub(crate) fn with_data(ev: &RawEvent, data: &str) -> String {
    let mut out = String::with_capacity(ev.raw.len() + data.len());
    let mut wrote = false;
    let mut rest = ev.raw.as_str();
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let term_len = if rest[end..].starts_with("\r\n") { 2 } else { usize::from(end < rest.len()) };
        let term = &rest[end..end + term_len];
        rest = &rest[end + term_len..];
        if line.starts_with("data:") || line == "data" {
            if !wrote {
                for d in data.split('\n') {
                    out.push_str("data: ");
                    out.push_str(d);
                    out.push_str(ev.eol);
                }
                wrote = true;
            }
            continue;
        }
        out.push_str(line);
        out.push_str(term);
    }
    out
}

/// A new event with an optional name and the given data.
pub(crate) fn synthesize(name: Option<&str>, data: &str, eol: &str) -> String {
    let mut out = String::new();
    if let Some(n) = name {
        out.push_str("event: ");
        out.push_str(n);
        out.push_str(eol);
    }
    out.push_str("data: ");
    out.push_str(data);
    out.push_str(eol);
    out.push_str(eol);
    out
}
