//! Capture redaction: values split across SSE events, framing kept byte for byte, attributes, steps,
//! bad lines, and the property that the redacted capture parses into the same records.

use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use super::*;
use crate::record::{Record, parse_exchange_jsonl};
use crate::redact::{Policy, Redactor};

/// One streaming redactor for every test (compiling the cut automaton is the slow part).
fn streaming() -> &'static Streaming {
    static STREAMING: OnceLock<Streaming> = OnceLock::new();
    STREAMING.get_or_init(|| {
        let redactor = Redactor::new(Policy::default()).unwrap_or_else(|e| panic!("{e}"));
        Streaming::new(Arc::new(redactor)).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn redact(text: &str, bad: BadLine) -> (JsonlRedaction, Vault) {
    let mut vault = Vault::new();
    let out = redact_capture(streaming(), text, bad, &mut vault).unwrap_or_else(|e| panic!("{e}"));
    (out, vault)
}

/// An OpenAI Chat SSE text whose content arrives in `parts`, with a usage chunk at the end.
fn chat_sse(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        let chunk = json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": null}]});
        out.push_str(&format!("data: {chunk}\n\n"));
    }
    let stop = json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]});
    let usage = json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
        "choices": [], "usage": {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30}});
    out.push_str(&format!("data: {stop}\n\ndata: {usage}\n\ndata: [DONE]\n\n"));
    out
}

fn chat_line(parts: &[&str]) -> String {
    json!({"url": "https://api.openai.com/v1/chat/completions", "status": 200,
        "request": {"model": "gpt-4o-mini", "stream": true,
            "messages": [{"role": "user", "content": "write to jane.doe@example.org"}]},
        "response_sse": chat_sse(parts),
        "start": "2026-11-26T09:00:00.000Z", "first_token": "2026-11-26T09:00:00.300Z",
        "end": "2026-11-26T09:00:01.000Z",
        "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "span_id": "00f067aa0ba902b7",
        "attributes": {"user": "u-1042", "tenant": "acme", "feature": "support", "session": "s-1",
            "note": "call +44 20 7946 0958"}})
    .to_string()
}

fn records(text: &str) -> Vec<Record> {
    parse_exchange_jsonl(text).into_iter().filter_map(Result::ok).collect()
}

#[test]
fn a_value_split_across_delta_events_is_redacted() {
    let line = chat_line(&["Sure, I wrote to jane.doe@", "example.org just now."]);
    let (out, vault) = redact(&line, BadLine::Fail);
    assert!(!out.text.contains("jane.doe@"), "{}", out.text);
    assert!(!out.text.contains("example.org"), "{}", out.text);
    let v: Value = serde_json::from_str(&out.text).unwrap_or_default();
    assert_eq!(v["request"]["messages"][0]["content"], "write to [EMAIL_1]");
    let rec = records(&out.text);
    assert_eq!(rec.len(), 1);
    let answer = serde_json::to_string(&rec[0].output_messages).unwrap_or_default();
    assert!(answer.contains("Sure, I wrote to [EMAIL_1] just now."), "same placeholder: {answer}");
    assert_eq!(vault.entries().iter().filter(|e| e.entity == "EMAIL").count(), 1);
    let sse: Vec<_> = out.findings.iter().filter(|f| f.finding.path == "$.response_sse").collect();
    assert_eq!(sse.len(), 1, "{:?}", out.findings);
    assert_eq!(sse[0].line, 1);
    assert_eq!(sse[0].finding.inner_path.as_deref(), Some("$.choices[0].delta.content"));
    assert_eq!((sse[0].finding.finding.start, sse[0].finding.finding.end), (17, 37));
    assert!(out.findings.iter().any(|f| f.finding.path == "$.request.messages[0].content"));
    assert!(out.findings.iter().any(|f| f.finding.path == "$.attributes.note"));

    // The gap this closes: as generic JSONL the stream is one text whose halves sit in two events.
    let paths = JsonPaths::default();
    let jsonl =
        super::super::redact_jsonl(streaming().redactor(), &line, &paths, BadLine::Fail, &mut Vault::new());
    let jsonl = jsonl.unwrap_or_else(|e| panic!("{e}"));
    assert!(jsonl.text.contains("jane.doe@") && jsonl.text.contains("example.org just now"));
}

#[test]
fn every_split_offset_still_parses_to_the_same_record() {
    let text = "Reply sent to jane.doe@example.org, card 4111 1111 1111 1111 noted.";
    let original = records(&chat_line(&[text]));
    assert_eq!(original.len(), 1);
    for cut in (1..text.len()).filter(|c| text.is_char_boundary(*c)) {
        let (a, b) = text.split_at(cut);
        let line = chat_line(&[a, b]);
        let (out, _) = redact(&line, BadLine::Fail);
        for secret in ["jane.doe@example.org", "4111 1111 1111 1111", "7946 0958"] {
            assert!(!out.text.contains(secret), "cut {cut}: {secret} survived in {}", out.text);
        }
        let rec = records(&out.text);
        assert_eq!(rec.len(), 1, "cut {cut}");
        assert_eq!(rec[0].usage, original[0].usage, "cut {cut}");
        assert_eq!(rec[0].finish_reasons, original[0].finish_reasons, "cut {cut}");
        let answer = serde_json::to_string(&rec[0].output_messages).unwrap_or_default();
        assert!(
            answer.contains("Reply sent to [EMAIL_1], card [CREDIT_CARD_1] noted."),
            "cut {cut}: {answer}"
        );
    }
}

#[test]
fn framing_stays_byte_identical() {
    let line = r#"{"url":"https://api.openai.com/v1/chat/completions","status":200,"request":{"model":"gpt-4o","messages":[{"role":"user","content":"hi jane.doe@example.org"}],"user":"u-9"},"response":{"id":"chatcmpl-9","object":"chat.completion","model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"hello"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":1,"total_tokens":13}},"start":"2026-11-26T09:00:00.000Z","end":"2026-11-26T09:00:01.250Z","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","attributes":{"user":"jane.doe@example.org","feature":"chat"}}"#;
    let (out, _) = redact(line, BadLine::Fail);
    let expected = line.replacen("hi jane.doe@example.org", "hi [EMAIL_1]", 1);
    assert_eq!(out.text, expected, "only the message changes; `attributes.user` is a rollup key");
    let clean = r#"{"url":"https://api.anthropic.com/v1/messages","status":200,"request":{"model":"claude-x","messages":[{"role":"user","content":"hello"}]},"response":{"id":"msg_1","type":"message","model":"claude-x","content":[{"type":"text","text":"hi"}],"usage":{"input_tokens":3,"output_tokens":1}}}"#;
    let (out, _) = redact(clean, BadLine::Fail);
    assert_eq!(out.text, clean);
    assert!(out.findings.is_empty());
}

#[test]
fn steps_string_bodies_errors_and_unknown_fields() {
    let text = [
        json!({"operation": "execute_tool", "tool": {"name": "lookup", "call_id": "call_1",
            "arguments": "{\"email\":\"jane.doe@example.org\"}", "result": {"phone": "+44 20 7946 0958"}},
            "error": {"type": "timeout", "message": "lookup of jane.doe@example.org timed out"},
            "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "span_id": "00f067aa0ba902b8"})
        .to_string(),
        json!({"operation": "retrieval", "retrieval": {"data_source": "kb", "query": "refund for IBAN GB82 WEST 1234 5698 7654 32",
            "documents": [{"id": "doc-1", "score": 0.9, "text": "mail jane.doe@example.org"}]}})
        .to_string(),
        json!({"url": "https://api.openai.com/v1/responses", "status": 200,
            "request": "{\"model\":\"gpt-4.1\",\"input\":\"mail jane.doe@example.org\"}",
            "response": {"error": {"message": "bad input: jane.doe@example.org", "type": "invalid_request"}},
            "debug": "jane.doe@example.org"})
        .to_string(),
    ]
    .join("\n");
    let (out, _) = redact(&text, BadLine::Fail);
    for v in ["jane.doe@example.org", "7946 0958", "GB82 WEST"] {
        assert!(!out.text.contains(v), "{v} survived: {}", out.text);
    }
    let lines: Vec<Value> = out.text.lines().map(|l| serde_json::from_str(l).unwrap_or_default()).collect();
    assert_eq!(lines[0]["tool"]["arguments"], "{\"email\":\"[EMAIL_1]\"}", "still JSON for the tool");
    assert_eq!(lines[0]["tool"]["name"], "lookup");
    assert_eq!(lines[0]["error"]["type"], "timeout");
    assert_eq!(lines[1]["retrieval"]["documents"][0]["id"], "doc-1");
    assert_eq!(lines[1]["retrieval"]["data_source"], "kb");
    assert_eq!(lines[2]["request"], "{\"model\":\"gpt-4.1\",\"input\":\"mail [EMAIL_1]\"}");
    assert_eq!(lines[2]["response"]["error"]["type"], "invalid_request");
    let inner: Vec<_> =
        out.findings.iter().filter(|f| f.line == 3 && f.finding.path == "$.request").collect();
    assert_eq!(inner.len(), 1);
    assert_eq!(inner[0].finding.inner_path.as_deref(), Some("$.input"));
    assert!(out.findings.iter().any(|f| f.line == 1 && f.finding.inner_path.as_deref() == Some("$.email")));
    assert_eq!(parse_exchange_jsonl(&out.text).len(), 3);
}

#[test]
fn bad_lines_follow_the_jsonl_policy() {
    let good = chat_line(&["ok"]);
    let text =
        format!("{good}\n{{\"url\": \"cut off jane.doe@example.org\n[1, \"jane.doe@example.org\"]\n\n");
    let err = redact_capture(streaming(), &text, BadLine::Fail, &mut Vault::new()).err();
    let err = err.unwrap_or_else(|| panic!("fail closed"));
    assert_eq!(err.code(), "parse_failed");
    assert!(err.message().starts_with("line 2: "), "{}", err.message());
    let (out, _) = redact(&text, BadLine::Text);
    assert_eq!(out.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3]);
    assert!(out.errors[1].message.contains("not a JSON object"), "{:?}", out.errors);
    assert!(!out.text.contains("jane.doe@example.org"), "{}", out.text);
    assert!(out.text.ends_with("\n\n"), "line endings and blank lines kept");
    let (out, _) = redact(&text, BadLine::Pass);
    assert_eq!(out.errors.len(), 2);
    assert!(out.text.contains("cut off jane.doe@example.org"), "pass copies bad lines");
}

/// The bundled demo capture: every kind of line ward writes (Chat, Responses, Anthropic; JSON and SSE;
/// a 429; agent, tool and retrieval steps; a line cut off mid-write).
const DEMO: &str = include_str!("../../../../../host-wasmtime/demo/capture.jsonl");

#[test]
fn the_redacted_capture_parses_into_the_same_records() {
    let (out, vault) = redact(DEMO, BadLine::Text);
    let before = parse_exchange_jsonl(DEMO);
    let after = parse_exchange_jsonl(&out.text);
    assert_eq!(before.len(), after.len());
    assert!(vault.entries().len() > 10, "the demo is full of values");
    for (b, a) in before.iter().zip(&after) {
        match (b, a) {
            (Ok(b), Ok(a)) => {
                let what = format!("line {}", b.line);
                assert_eq!(a.line, b.line, "{what}");
                match (&b.usage, &a.usage) {
                    // Estimated counts come from the text, which redaction changes.
                    (Some(bu), Some(au)) if bu.estimated => assert!(au.estimated, "{what}"),
                    (bu, au) => assert_eq!(au, bu, "{what}"),
                }
                assert_eq!(
                    (&a.request_model, &a.response_model, &a.response_id),
                    (&b.request_model, &b.response_model, &b.response_id),
                    "{what}"
                );
                assert_eq!(
                    (&a.trace_id, &a.span_id, &a.parent_span_id),
                    (&b.trace_id, &b.span_id, &b.parent_span_id)
                );
                assert_eq!((&a.timing, &a.status, &a.error), (&b.timing, &b.status, &b.error), "{what}");
                assert_eq!(
                    (&a.finish_reasons, &a.provider, &a.operation),
                    (&b.finish_reasons, &b.provider, &b.operation)
                );
                for k in KEPT_ATTRIBUTES {
                    assert_eq!(a.attributes.get(k), b.attributes.get(k), "{what}: {k}");
                }
                assert_eq!(a.output_messages.len(), b.output_messages.len(), "{what}");
            }
            (Err(b), Err(a)) => assert_eq!((a.line, &a.code), (b.line, &b.code)),
            _ => panic!("line {}: parse result changed", b.as_ref().map_or(0, |r| r.line)),
        }
    }
    // No replaced value survives anywhere in the redacted file.
    for e in vault.entries() {
        if let Some(value) = &e.value {
            assert!(!out.text.contains(value.as_str()), "{} survived", e.placeholder);
        }
    }
}

#[test]
fn bodies_of_an_unknown_api_are_redacted_in_full() {
    let text = [
        json!({"url": "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent",
            "request": {"contents": [{"role": "user", "parts": [{"text": "mail jane.doe@example.org"}]}]},
            "response": {"candidates": [{"content": {"parts": [{"text": "sent to jane.doe@example.org"}]}}],
                "modelVersion": "gemini-2.0-flash"}})
        .to_string(),
        json!({"url": "https://llm.internal/v1/complete", "request": "\"call +44 20 7946 0958\""}).to_string(),
    ]
    .join("\n");
    let (out, _) = redact(&text, BadLine::Fail);
    assert!(!out.text.contains("jane.doe@example.org") && !out.text.contains("7946 0958"), "{}", out.text);
    let lines: Vec<Value> = out.text.lines().map(|l| serde_json::from_str(l).unwrap_or_default()).collect();
    assert_eq!(lines[0]["response"]["candidates"][0]["content"]["parts"][0]["text"], "sent to [EMAIL_1]");
    assert_eq!(lines[0]["response"]["modelVersion"], "gemini-2.0-flash", "only values with findings change");
    assert_eq!(lines[1]["request"], "\"call [PHONE_1]\"");
    let paths: Vec<&str> = out.findings.iter().map(|f| f.finding.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.request.contents[0].parts[0].text",
            "$.response.candidates[0].content.parts[0].text",
            "$.request"
        ]
    );
}
