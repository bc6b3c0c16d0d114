//! A format-preserving JSON rewriter: every byte of the input is copied unchanged except the string
//! values a callback chooses to replace.
//!
//! Going through `serde_json::Value` would reorder object keys (this crate builds serde_json without
//! `preserve_order`), reformat the document and round numbers through `f64`; a proxy that redacts a
//! request body should change nothing but the values it redacts. Keys are never passed to the callback
//! (they stay as they are); numbers, literals and whitespace are copied verbatim. The parser is strict
//! (RFC 8259, no trailing commas, no lone surrogates) and limits nesting to [`MAX_DEPTH`].

use crate::Error;

/// Deepest nesting accepted (deeper documents fail with `parse_failed` instead of exhausting the stack).
pub const MAX_DEPTH: usize = 128;

/// One step of a path: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A member of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// `$.a[0].b` notation for a path (keys that are not plain identifiers use `['…']`).
pub fn path_string(path: &[Seg]) -> String {
    let mut out = String::from("$");
    for seg in path {
        match seg {
            Seg::Key(k) if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Key(k) => {
                out.push_str("['");
                out.push_str(&k.replace('\\', "\\\\").replace('\'', "\\'"));
                out.push_str("']");
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Decides the new value of one string: `Ok(None)` keeps the original bytes.
pub type Callback<'a> = dyn FnMut(&[Seg], &str) -> Result<Option<String>, Error> + 'a;

/// Rewrites the string values of `json` through `f`; the rest is copied byte for byte.
pub fn rewrite(json: &str, f: &mut Callback<'_>) -> Result<String, Error> {
    let mut p = Parser { src: json.as_bytes(), text: json, at: 0, out: String::with_capacity(json.len()) };
    let mut path = Vec::new();
    p.ws();
    p.value(&mut path, f, 0)?;
    p.ws();
    if p.at != p.src.len() {
        return Err(p.error("trailing characters after the JSON value"));
    }
    Ok(p.out)
}

/// Whether `text` is a JSON object or array (e.g. tool-call arguments inside a string).
pub fn is_json_container(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('{') || t.starts_with('[')) && rewrite(text, &mut |_, _| Ok(None)).is_ok()
}

/// Encodes `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""))
}

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    at: usize,
    out: String,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> Error {
        Error::parse(format!("json: {what} at byte {}", self.at))
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.at).copied()
    }

    /// Copies `self.text[from..self.at]` to the output.
    fn copy_from(&mut self, from: usize) {
        self.out.push_str(self.text.get(from..self.at).unwrap_or_default());
    }

    fn ws(&mut self) {
        let from = self.at;
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
        self.copy_from(from);
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.at += 1;
            self.out.push(char::from(byte));
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", char::from(byte))))
        }
    }

    fn value(&mut self, path: &mut Vec<Seg>, f: &mut Callback<'_>, depth: usize) -> Result<(), Error> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting deeper than 128"));
        }
        match self.peek() {
            Some(b'{') => self.object(path, f, depth),
            Some(b'[') => self.array(path, f, depth),
            Some(b'"') => {
                let start = self.at;
                let decoded = self.string()?;
                match f(path, &decoded)? {
                    Some(new) => self.out.push_str(&quote(&new)),
                    None => self.copy_from(start),
                }
                Ok(())
            }
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, path: &mut Vec<Seg>, f: &mut Callback<'_>, depth: usize) -> Result<(), Error> {
        self.expect(b'{')?;
        self.ws();
        if self.peek() == Some(b'}') {
            return self.expect(b'}');
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key"));
            }
            let start = self.at;
            let key = self.string()?;
            self.copy_from(start);
            self.ws();
            self.expect(b':')?;
            self.ws();
            path.push(Seg::Key(key));
            let r = self.value(path, f, depth + 1);
            path.pop();
            r?;
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.expect(b',')?;
                    self.ws();
                }
                Some(b'}') => return self.expect(b'}'),
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self, path: &mut Vec<Seg>, f: &mut Callback<'_>, depth: usize) -> Result<(), Error> {
        self.expect(b'[')?;
        self.ws();
        if self.peek() == Some(b']') {
            return self.expect(b']');
        }
        let mut i = 0;
        loop {
            path.push(Seg::Index(i));
            let r = self.value(path, f, depth + 1);
            path.pop();
            r?;
            i += 1;
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.expect(b',')?;
                    self.ws();
                }
                Some(b']') => return self.expect(b']'),
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.src.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            self.out.push_str(word);
            Ok(())
        } else {
            Err(self.error("invalid literal"))
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - from
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        self.copy_from(start);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.at..self.at + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let v = u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))?;
        self.at += 4;
        Ok(v)
    }

    /// Parses a string literal at `self.at` (not copied to the output) and returns its decoded text.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut s = String::new();
        loop {
            let from = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            s.push_str(self.text.get(from..self.at).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let esc = self.peek().ok_or_else(|| self.error("unterminated escape"))?;
                    self.at += 1;
                    match esc {
                        b'"' => s.push('"'),
                        b'\\' => s.push('\\'),
                        b'/' => s.push('/'),
                        b'b' => s.push('\u{8}'),
                        b'f' => s.push('\u{c}'),
                        b'n' => s.push('\n'),
                        b'r' => s.push('\r'),
                        b't' => s.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.src.get(self.at..self.at + 2) != Some(b"\\u") {
                                    return Err(self.error("lone surrogate"));
                                }
                                self.at += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("lone surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            s.push(char::from_u32(code).ok_or_else(|| self.error("lone surrogate"))?);
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }
}
