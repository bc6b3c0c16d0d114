//! The `ward` commands built on the component's `api` interface, end to end: streamed and structured
//! redaction with findings and vaults, restore, `cost`, `otel` (stdout and a loopback OTLP/HTTP receiver),
//! `traces` and `replay` (printed and re-sent to a loopback provider).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use serde_json::Value;

use crate::cli::{stderr, stdout, ward, ward_env};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The agent capture of the replay test: 7 calls, an unknown model on line 13 and a non-JSON line 15.
fn capture() -> String {
    repo().join("tests/replay/agent.jsonl").to_string_lossy().into_owned()
}

fn lines(text: &str) -> Vec<Value> {
    text.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

#[test]
fn streamed_text_equals_one_shot_and_lists_findings() {
    // Over four 64 KiB chunks, with values straddling chunk boundaries wherever they fall.
    let mut input = String::new();
    let mut i = 0;
    while input.len() < 260_000 {
        input.push_str(&format!("user{i} wrote to person{i}@example.org about ünïcödé 日本 café. "));
        i += 1;
    }
    let one_shot = ward(&["redact"], input.as_bytes());
    assert!(one_shot.status.success(), "{}", stderr(&one_shot));
    let dir = tempfile::tempdir().expect("tmp");
    let findings = dir.path().join("f.jsonl");
    let f = findings.to_string_lossy();
    let streamed = ward(&["redact", "--format", "text", "--findings", &f], input.as_bytes());
    assert!(streamed.status.success(), "{}", stderr(&streamed));
    assert_eq!(stdout(&streamed), stdout(&one_shot));
    let found = lines(&std::fs::read_to_string(&findings).expect("findings"));
    assert_eq!(found.len(), i, "one EMAIL per sentence");
    for f in &found {
        let (s, e) = (f["start"].as_u64().expect("start") as usize, f["end"].as_u64().expect("end") as usize);
        assert!(input[s..e].ends_with("@example.org"), "{f}");
        assert_eq!(f["entity"], "EMAIL");
    }
}

#[test]
fn vault_round_trip_text_and_bodies() {
    let dir = tempfile::tempdir().expect("tmp");
    let vault = dir.path().join("vault.json");
    let v = vault.to_string_lossy();
    let text = "write to jane.doe@example.org\n";
    let out = ward(&["redact", "--vault", &v], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "write to [EMAIL_1]\n");
    // The same value keeps its placeholder in a later run; a new one gets the next number.
    let body = r#"{"model":"gpt-4o","messages":[{"role":"user","content":"jane.doe@example.org and bob@example.com"}]}"#;
    let out = ward(&["redact", "--format", "openai", "--vault", &v], body.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let redacted: Value = serde_json::from_str(stdout(&out)).expect("JSON body");
    assert_eq!(redacted["messages"][0]["content"], "[EMAIL_1] and [EMAIL_2]");
    assert_eq!(redacted["model"], "gpt-4o");
    // Restore: streamed text, and a response body.
    let back = ward(&["restore", "--vault", &v], b"hi [EMAIL_2], cc [EMAIL_1]");
    assert_eq!(stdout(&back), "hi bob@example.com, cc jane.doe@example.org", "{}", stderr(&back));
    let response = r#"{"choices":[{"message":{"role":"assistant","content":"mail [EMAIL_2]"}}]}"#;
    let back = ward(&["restore", "--vault", &v, "--format", "openai"], response.as_bytes());
    let back: Value = serde_json::from_str(stdout(&back)).expect("JSON");
    assert_eq!(back["choices"][0]["message"]["content"], "mail bob@example.com");
    // No vault: usage error; a vault that is not one: the component's code.
    assert_eq!(ward(&["restore"], b"").status.code(), Some(2));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "[1]").expect("write");
    let out = ward(&["restore", "--vault", &bad.to_string_lossy()], b"x");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ward: vault_invalid: "), "{}", stderr(&out));
}

#[test]
fn structured_formats() {
    let out = ward(&["redact", "--format", "json"], br#"{"to": "jane.doe@example.org", "n": 4}"#);
    assert_eq!(stdout(&out), r#"{"to": "[EMAIL_1]", "n": 4}"#, "{}", stderr(&out));
    let jsonl =
        "{\"a\":\"jane.doe@example.org\"}\nnot json bob@example.com\n{\"b\":\"jane.doe@example.org\"}\n";
    let out = ward(&["redact", "--format", "jsonl"], jsonl.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "{\"a\":\"[EMAIL_1]\"}\nnot json [EMAIL_2]\n{\"b\":\"[EMAIL_1]\"}\n");
    assert!(stderr(&out).contains("line 2: parse_failed"), "{}", stderr(&out));
    let anthropic = r#"{"model":"claude","system":"I am jane.doe@example.org","messages":[]}"#;
    let out = ward(&["redact", "--format", "anthropic"], anthropic.as_bytes());
    let v: Value = serde_json::from_str(stdout(&out)).expect("JSON");
    assert_eq!(v["system"], "I am [EMAIL_1]");
    let out = ward(&["redact", "--format", "json"], b"{oops");
    assert!(stderr(&out).starts_with("ward: parse_failed: "), "{}", stderr(&out));
    assert_eq!(ward(&["redact", "--format", "yaml"], b"").status.code(), Some(2));
}

/// The first line of the `redact_capture` vector whose answer streams `jane.doe@` and `example.org` in
/// two SSE events.
fn split_capture_line() -> String {
    let path = repo().join("tests/vectors/redact_capture/capture.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("vector")).expect("JSON");
    let case = doc["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["name"] == "openai-chat-sse-email-split-across-events");
    case.and_then(|c| c["input"]["capture"][0].as_str()).expect("the split case").to_string()
}

#[test]
fn capture_format_redacts_streams_and_reports_lines() {
    let dir = tempfile::tempdir().expect("tmp");
    let findings = dir.path().join("f.jsonl");
    let f = findings.to_string_lossy();
    let input = format!(
        "{}
{{\"request\": \"cut off jane.doe@example.org\n",
        split_capture_line()
    );
    let out = ward(&["redact", "--format", "capture", "--findings", &f], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("jane.doe@") && !stdout(&out).contains("example.org"), "{}", stdout(&out));
    assert!(stderr(&out).contains("line 2: parse_failed"), "{}", stderr(&out));
    let first: Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap_or_default()).expect("JSON line");
    assert_eq!(first["request"]["messages"][0]["content"], "Email [EMAIL_1] about it");
    assert!(first["response_sse"].as_str().is_some_and(|s| s.contains("I wrote to [EMAIL_1] ")), "{first}");
    assert_eq!(first["span_id"], "00f067aa0ba902b7");
    let found = lines(&std::fs::read_to_string(&findings).expect("findings"));
    fn at(f: &Value) -> (Option<u64>, Option<&str>, Option<&str>) {
        (f["line"].as_u64(), f["path"].as_str(), f["inner_path"].as_str())
    }
    assert_eq!(
        found.iter().map(at).collect::<Vec<_>>(),
        vec![
            (Some(1), Some("$.request.messages[0].content"), None),
            (Some(1), Some("$.response_sse"), Some("$.choices[0].delta.content")),
            (Some(2), Some("$"), None),
        ]
    );
    // The same file as generic JSONL leaves the split address in the stream.
    let jsonl = ward(&["redact", "--format", "jsonl"], input.as_bytes());
    assert!(stdout(&jsonl).contains("jane.doe@"), "{}", stdout(&jsonl));
    // A capture is stored, never sent back: restore does not take it.
    let vault = dir.path().join("v.json");
    std::fs::write(&vault, r#"{"counters":{},"entries":[]}"#).expect("write");
    let out = ward(&["restore", "--format", "capture", "--vault", &vault.to_string_lossy()], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn cost_formats_and_line_errors() {
    let c = capture();
    let json = ward(&["cost", &c, "--json"], b"");
    assert!(json.status.success(), "{}", stderr(&json));
    let report: Value = serde_json::from_str(stdout(&json)).expect("JSON report");
    assert_eq!(report["total"]["calls"], 7, "{report}");
    // The bad line is reported on stderr with its number; the batch still succeeds.
    assert!(stderr(&json).contains("ward: line 15: parse_failed"), "{}", stderr(&json));
    let csv = ward(&["cost", &c, "--csv"], b"");
    assert!(stdout(&csv).starts_with("dimension,"), "{}", stdout(&csv));
    let prom = ward(&["cost", &c, "--prometheus"], b"");
    assert!(stdout(&prom).contains("# TYPE ward_llm_calls_total counter"));
    let text = ward(&["cost", &c], b"");
    assert!(stdout(&text).starts_with("ward cost report"));
    assert_eq!(ward(&["cost", &c, "--json", "--csv"], b"").status.code(), Some(2));
    assert_eq!(ward(&["cost"], b"").status.code(), Some(2));
}

#[test]
fn otel_stdout_and_semconv_opt_in() {
    let c = capture();
    let out = ward(&["otel", &c], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let parts = lines(stdout(&out));
    assert_eq!(parts.len(), 2);
    let spans = &parts[0]["resourceSpans"][0]["scopeSpans"][0]["spans"];
    assert!(spans.as_array().is_some_and(|s| !s.is_empty()), "{}", parts[0]);
    assert!(parts[1]["resourceMetrics"].is_array());
    assert!(stderr(&out).contains("line 13: unknown_model"), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 15: parse_failed"), "{}", stderr(&out));
    assert!(!stdout(&out).contains("cache_write"));
    let latest =
        ward_env(&["otel", &c], b"", &[("OTEL_SEMCONV_STABILITY_OPT_IN", "gen_ai_latest_experimental")]);
    assert!(stdout(&latest).contains("cache_write"), "latest names after opting in");
    assert_ne!(stdout(&latest), stdout(&out));
}

/// One received request: method, path, content-type, body.
type Received = (String, String, String, Vec<u8>);

/// A loopback HTTP server answering `n` requests with `respond(path, body)`; returns its base URL.
fn receiver(
    n: usize,
    respond: impl Fn(&str, &[u8]) -> (u16, String) + Send + 'static,
) -> (String, mpsc::Receiver<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let mut stream = stream.expect("accept");
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            reader.read_line(&mut line).expect("request line");
            let mut parts = line.split_whitespace();
            let (method, path) =
                (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
            let (mut len, mut ctype) = (0, String::new());
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).expect("header");
                if h.trim().is_empty() {
                    break;
                }
                let (k, v) = h.split_once(':').expect("header colon");
                match k.trim().to_ascii_lowercase().as_str() {
                    "content-length" => len = v.trim().parse().expect("length"),
                    "content-type" => ctype = v.trim().to_string(),
                    _ => {}
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).expect("body");
            let (status, reply) = respond(&path, &body);
            let _ = write!(stream, "HTTP/1.1 {status} X\r\ncontent-length: {}\r\n\r\n{reply}", reply.len());
            let _ = tx.send((method, path, ctype, body));
        }
    });
    (url, rx)
}

#[test]
fn otel_endpoint_posts_traces_and_metrics() {
    let c = capture();
    let printed = lines(stdout(&ward(&["otel", &c], b"")));
    // http/json chosen by the environment variable every OTel SDK reads.
    let (url, rx) = receiver(2, |_, _| (200, "{}".into()));
    let out =
        ward_env(&["otel", &c, "--endpoint", &url], b"", &[("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let got: Vec<Received> = rx.iter().take(2).collect();
    for ((method, path, ctype, body), (want_path, want)) in
        got.iter().zip([("/v1/traces", &printed[0]), ("/v1/metrics", &printed[1])])
    {
        assert_eq!((method.as_str(), path.as_str(), ctype.as_str()), ("POST", want_path, "application/json"));
        assert_eq!(&serde_json::from_slice::<Value>(body).expect("JSON body"), want);
    }
    // The default is http/protobuf: the official messages, equal to the printed OTLP/JSON.
    let (url, rx) = receiver(2, |_, _| (200, "".into()));
    let out = ward(&["otel", &c, "--endpoint", &url], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Vec<Received> = rx.iter().take(2).collect();
    let [(_, traces_path, traces_type, traces), (_, metrics_path, metrics_type, metrics)] = got.as_slice()
    else {
        panic!("two requests expected, got {}", got.len())
    };
    assert_eq!((traces_path.as_str(), traces_type.as_str()), ("/v1/traces", "application/x-protobuf"));
    assert_eq!((metrics_path.as_str(), metrics_type.as_str()), ("/v1/metrics", "application/x-protobuf"));
    let want: ExportTraceServiceRequest =
        serde_json::from_value(printed[0].clone()).expect("OTLP/JSON traces");
    assert_eq!(ExportTraceServiceRequest::decode(traces.as_slice()).expect("protobuf traces"), want);
    assert!(!want.resource_spans.is_empty());
    let want: ExportMetricsServiceRequest =
        serde_json::from_value(printed[1].clone()).expect("OTLP/JSON metrics");
    assert_eq!(ExportMetricsServiceRequest::decode(metrics.as_slice()).expect("protobuf metrics"), want);
    // --signals and --protocol: only the traces, as JSON (the flag wins over the environment).
    let (url, rx) = receiver(1, |_, _| (200, "{}".into()));
    let out = ward_env(
        &["otel", &c, "--endpoint", &url, "--signals", "traces", "--protocol", "http/json"],
        b"",
        &[("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Vec<Received> = rx.iter().collect();
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].1.as_str(), got[0].2.as_str()), ("/v1/traces", "application/json"));
    let out = ward_env(&["otel", &c, "--endpoint", &url], b"", &[("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")]);
    assert!(stderr(&out).contains("grpc is not supported"), "{}", stderr(&out));
    // A collector that refuses is an error; https is refused before connecting.
    let (url, _rx) = receiver(1, |_, _| (400, "bad".into()));
    let out = ward(&["otel", &c, "--endpoint", &url], b"");
    assert!(stderr(&out).contains("ward: http: ") && stderr(&out).contains("status 400"), "{}", stderr(&out));
    let out = ward(&["otel", &c, "--endpoint", "https://collector.example"], b"");
    assert!(stderr(&out).contains("https is not supported"), "{}", stderr(&out));
}

#[test]
fn replay_prints_and_resends_each_step() {
    let c = capture();
    let first: Value =
        serde_json::from_str(std::fs::read_to_string(&c).expect("capture").lines().next().expect("line"))
            .expect("JSON");
    let trace = first["trace_id"].as_str().expect("trace id").to_string();
    let out = ward(&["replay", &trace, &c], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let steps = lines(stdout(&out));
    assert!(!steps.is_empty());
    // The loopback provider answers 200 only to the exact rebuilt request at the exact path.
    let expected: Vec<(String, Value)> =
        steps.iter().map(|s| (s["path"].as_str().expect("path").to_string(), s["request"].clone())).collect();
    let table = expected.clone();
    let (url, rx) = receiver(steps.len(), move |path, body| {
        let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let ok = table.iter().any(|(p, r)| p == path && *r == body);
        (if ok { 200 } else { 409 }, r#"{"ok":true}"#.into())
    });
    let sent = ward(&["replay", &trace, &c, "--send", &url], b"");
    assert!(sent.status.success(), "{}", stderr(&sent));
    let answers = lines(stdout(&sent));
    assert_eq!(answers.len(), steps.len());
    assert!(answers.iter().all(|a| a["status"] == 200 && a["body"]["ok"] == true), "{answers:?}");
    let got: Vec<Received> = rx.iter().take(steps.len()).collect();
    for ((_, path, _, body), (want_path, want)) in got.iter().zip(&expected) {
        assert_eq!(path, want_path);
        assert_eq!(&serde_json::from_slice::<Value>(body).expect("JSON"), want);
    }
    let missing = ward(&["replay", "ffffffffffffffffffffffffffffffff", &c], b"");
    assert!(stderr(&missing).starts_with("ward: not_found: "), "{}", stderr(&missing));
}

#[test]
fn traces_summarizes() {
    let out = ward(&["traces", &capture()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(stdout(&out)).expect("JSON");
    assert!(v.as_array().is_some_and(|t| !t.is_empty()), "{v}");
}
