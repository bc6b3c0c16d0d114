//! One exchange from the raw bytes a proxy sees: request body, response body, response content type,
//! HTTP status and the times it measured, into a [`Record`] and its cost.
//!
//! Why this exists beside [`super::exchange`]: a proxy (the Envoy filter) never holds a capture line. It
//! holds the bytes on the wire, and it must decide, from the content type or the first bytes, whether the
//! response is one JSON document or an SSE stream, and treat a non-JSON error page (a `502` from the proxy
//! itself) as an error of the call rather than as a parse failure. Those decisions are the same for every
//! proxy-like host, so they live here, and the host only passes bytes in and counts what comes out.

use serde_json::{Map, Value};

use super::exchange::{derive_timing, parse_exchange};
use super::model::{CallError, Record};
use crate::Error;
use crate::cost::{PriceTable, Priced, price};

/// A request body that looks like an LLM call (a JSON object naming a `model`), parsed once so that the
/// host can keep it until the response is complete. `None` for anything else (plain text, forms, JSON
/// without a string `model`), which a proxy should pass by without observing its response.
pub fn llm_request(body: &[u8]) -> Option<Value> {
    let value: Value = serde_json::from_slice(body).ok()?;
    value.get("model").and_then(Value::as_str)?;
    Some(value)
}

/// Whether a response body is an SSE stream: `text/event-stream` content type, or (when the type is
/// missing) a body that starts with an SSE field.
pub fn is_sse(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type {
        Some(t) => t.trim_start().to_ascii_lowercase().starts_with("text/event-stream"),
        None => {
            let start = body.trim_ascii_start();
            start.starts_with(b"data:") || start.starts_with(b"event:")
        }
    }
}

/// One call as a proxy saw it.
#[derive(Clone, Debug, Default)]
pub struct WireExchange<'a> {
    /// `scheme://authority/path` (or only the path); decides the API and, by host, the provider.
    pub url: &'a str,
    /// The request body as parsed by [`llm_request`].
    pub request: Value,
    /// The response body bytes, complete.
    pub response: &'a [u8],
    /// The response `content-type` header.
    pub content_type: Option<&'a str>,
    /// The HTTP status.
    pub status: Option<u16>,
    /// When the request started (Unix nanoseconds).
    pub start_unix_nano: Option<i64>,
    /// When the first response body byte arrived.
    pub first_token_unix_nano: Option<i64>,
    /// When the response ended.
    pub end_unix_nano: Option<i64>,
}

/// Parses a proxied exchange into a record (see the module docs for the decisions taken).
///
/// Errors: `invalid_utf8` for an SSE body that is not UTF-8; `parse_failed` for a malformed or truncated
/// body of a successful call; `unknown_provider` when neither the URL nor the bodies tell the API.
pub fn parse_wire_exchange(w: WireExchange<'_>) -> Result<Record, Error> {
    let mut line = Map::new();
    line.insert("url".into(), Value::String(w.url.to_string()));
    if let Some(status) = w.status {
        line.insert("status".into(), Value::from(status));
    }
    let failed = w.status.is_some_and(|s| s >= 400);
    let blank = w.response.iter().all(u8::is_ascii_whitespace);
    if !blank && is_sse(w.content_type, w.response) {
        let text = std::str::from_utf8(w.response).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        line.insert("response_sse".into(), Value::String(text.to_string()));
    } else if !blank {
        match serde_json::from_slice::<Value>(w.response) {
            Ok(body) => {
                line.insert("response".into(), body);
            }
            // An error page that is not JSON (from a proxy or load balancer): the status is the error.
            Err(_) if failed => {}
            Err(e) => return Err(Error::parse(format!("response body is not JSON: {e}"))),
        }
    }
    line.insert("request".into(), w.request);
    let mut record = parse_exchange(&Value::Object(line), 0)?;
    if failed && record.error.is_none() {
        let kind = w.status.map_or_else(String::new, |s| s.to_string());
        record.error = Some(CallError { kind, message: String::new() });
    }
    record.timing.start_unix_nano = w.start_unix_nano;
    record.timing.first_token_unix_nano = w.first_token_unix_nano;
    record.timing.end_unix_nano = w.end_unix_nano;
    derive_timing(&mut record);
    Ok(record)
}

/// A proxied call, parsed and priced.
#[derive(Clone, Debug)]
pub struct PricedExchange {
    /// The normalized record.
    pub record: Record,
    /// Its cost; `unknown_model` when the table has no such model (never a zero cost), `parse_failed`
    /// when the record has no model or no usage to price.
    pub priced: Result<Priced, Error>,
}

/// [`parse_wire_exchange`], then [`crate::cost::price`] with `table`.
pub fn price_wire_exchange(w: WireExchange<'_>, table: &PriceTable) -> Result<PricedExchange, Error> {
    let record = parse_wire_exchange(w)?;
    let priced = price(&record, table);
    Ok(PricedExchange { record, priced })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chat_request() -> Value {
        llm_request(br#"{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}"#).unwrap()
    }

    #[test]
    fn recognizes_llm_requests_only() {
        assert!(llm_request(br#"{"model":"gpt-4o","messages":[]}"#).is_some());
        assert!(llm_request(b"mail jane.doe@example.org").is_none());
        assert!(llm_request(br#"{"model":7}"#).is_none());
        assert!(llm_request(br#"["model"]"#).is_none());
        assert!(llm_request(b"\xff").is_none());
    }

    #[test]
    fn sse_by_type_or_first_bytes() {
        assert!(is_sse(Some("text/event-stream; charset=utf-8"), b"{}"));
        assert!(!is_sse(Some("application/json"), b"data: x"));
        assert!(is_sse(None, b"\n\ndata: {}"));
        assert!(is_sse(None, b"event: message_start\n"));
        assert!(!is_sse(None, b"{\"data\":1}"));
        assert!(!is_sse(None, b""));
    }

    #[test]
    fn json_response_is_parsed_and_priced() {
        let body = br#"{"object":"chat.completion","model":"gpt-4o-2024-08-06","choices":[{"index":0,
            "message":{"role":"assistant","content":"hello"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":1000,"completion_tokens":200,"prompt_tokens_details":{"cached_tokens":400}}}"#;
        let w = WireExchange {
            url: "http://127.0.0.1:8080/v1/chat/completions",
            request: chat_request(),
            response: body,
            content_type: Some("application/json"),
            status: Some(200),
            start_unix_nano: Some(1_000_000_000),
            first_token_unix_nano: Some(1_200_000_000),
            end_unix_nano: Some(1_500_000_000),
        };
        let out = price_wire_exchange(w, PriceTable::builtin().unwrap()).unwrap();
        let usage = out.record.usage.clone().unwrap();
        assert_eq!(
            (usage.input_tokens, usage.output_tokens, usage.cache_read_input_tokens),
            (1000, 200, 400)
        );
        assert_eq!(out.record.provider, "openai");
        assert_eq!(out.record.timing.latency_s, Some(0.5));
        let priced = out.priced.unwrap();
        assert!(priced.cost.total > 0.0);
    }

    #[test]
    fn sse_response_and_truncation() {
        let sse = "data: {\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\
                   \"delta\":{\"content\":\"hi\"}}]}\n\ndata: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\
                   \"completion_tokens\":1}}\n\ndata: [DONE]\n\n";
        let w = |body: &'static str| WireExchange {
            url: "/v1/chat/completions",
            request: chat_request(),
            response: body.as_bytes(),
            content_type: Some("text/event-stream"),
            status: Some(200),
            ..WireExchange::default()
        };
        let rec = parse_wire_exchange(w(sse)).unwrap();
        assert!(rec.stream);
        assert_eq!(rec.usage.map(|u| (u.input_tokens, u.output_tokens)), Some((5, 1)));
        let cut = &sse[..sse.len() - 16];
        assert_eq!(parse_wire_exchange(w(cut)).unwrap_err().code(), "parse_failed");
    }

    #[test]
    fn error_pages_and_unknown_models() {
        let w = WireExchange {
            url: "/v1/chat/completions",
            request: chat_request(),
            response: b"<html>upstream connect error</html>",
            content_type: Some("text/html"),
            status: Some(503),
            ..WireExchange::default()
        };
        let rec = parse_wire_exchange(w).unwrap();
        assert_eq!(rec.error.map(|e| e.kind), Some("503".to_string()));
        let ok_not_json = WireExchange {
            url: "/v1/chat/completions",
            request: chat_request(),
            response: b"<html>",
            status: Some(200),
            ..WireExchange::default()
        };
        assert_eq!(parse_wire_exchange(ok_not_json).unwrap_err().code(), "parse_failed");
        let unknown = WireExchange {
            url: "/v1/chat/completions",
            request: llm_request(br#"{"model":"no-such-model-xyz","messages":[]}"#).unwrap(),
            response: br#"{"object":"chat.completion","model":"no-such-model-xyz","choices":[],
                "usage":{"prompt_tokens":3,"completion_tokens":4}}"#,
            status: Some(200),
            ..WireExchange::default()
        };
        let out = price_wire_exchange(unknown, PriceTable::builtin().unwrap()).unwrap();
        assert_eq!(out.priced.unwrap_err().code(), "unknown_model");
        let sse_not_utf8 = WireExchange {
            url: "/v1/chat/completions",
            request: chat_request(),
            response: b"data: \xff\n\n",
            content_type: Some("text/event-stream"),
            status: Some(200),
            ..WireExchange::default()
        };
        assert_eq!(parse_wire_exchange(sse_not_utf8).unwrap_err().code(), "invalid_utf8");
    }
}
