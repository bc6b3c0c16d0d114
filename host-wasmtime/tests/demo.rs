//! `ward demo` end to end on its bundled capture: nothing replaced survives outside the "before" excerpts
//! and the restored answer, the cost equals `ward cost` on the same file, the cut-off line is reported by
//! number, the agent trace and the OTLP files are what the capture holds, and two runs print the same.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli::{stderr, stdout, ward};

fn capture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/capture.jsonl")
}

/// Values of the capture that must never appear after redaction: e-mails, cards, IBANs, phones, keys, an
/// address, including the ones on the line that is not JSON.
const RAW: &[&str] = &[
    "jane.doe@example.org",
    "maria.garcia@example.com",
    "billing@acme-energy.example",
    "4111 1111 1111 1111",
    "5555 5555 5555 4444",
    "4012 8888 8888 1881",
    "GB82 WEST 1234 5698 7654 32",
    "DE89 3704 0044 0532 0130 00",
    "+44 20 7946 0958",
    "+1 217 555 0186",
    "AKIA2OGYBAH6QX5R7NVE",
    "9dR2vKq7Lm4Xz8Tb1Nw6Yc3Hs5Jf0Gp2Ua7Ve4Qi",
    "sk-proj-",
    "742 Evergreen Terrace",
    "221B Baker Street",
    "sam.lee@example.net",
    "3782 822463 10005",
];

fn run_demo(out_dir: &Path) -> String {
    let out = ward(&["demo", "--out", out_dir.to_str().expect("UTF-8 path")], b"");
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), stderr(&out));
    assert_eq!(stderr(&out), "", "the demo reports everything on stdout");
    stdout(&out).to_string()
}

/// The part of the output under `== title…`, up to the next heading.
fn section<'a>(text: &'a str, title: &str) -> &'a str {
    let start = text.find(&format!("\n== {title}")).unwrap_or_else(|| panic!("no section {title}:\n{text}"));
    let rest = &text[start + 4..];
    &rest[..rest.find("\n== ").unwrap_or(rest.len())]
}

#[test]
fn demo_redacts_everything_it_reports() {
    let dir = tempfile::tempdir().expect("tmp");
    let text = run_demo(dir.path());
    // Originals are shown only on purpose: "before" excerpts and the restored answer for the user.
    let shown_on_purpose = |l: &&str| l.starts_with("  before  ") || l.starts_with("  user    ");
    let before: Vec<&str> = text.lines().filter(shown_on_purpose).collect();
    assert_eq!(before.len(), 3, "two excerpts and one restored answer:\n{text}");
    assert!(before.iter().any(|l| l.contains("221B Baker Street")), "{text}");
    assert!(before.iter().any(|l| l.contains("AKIA2OGYBAH6QX5R7NVE")), "an excerpt shows a secret:\n{text}");
    for line in text.lines().filter(|l| !shown_on_purpose(l)) {
        for raw in RAW {
            assert!(!line.contains(raw), "`{raw}` leaks in: {line}\n{text}");
        }
    }
    let after: Vec<&str> = text.lines().filter(|l| l.starts_with("  after   ")).collect();
    assert!(after.iter().any(|l| l.contains("[ADDRESS_1]") && l.contains("[IBAN_1]")), "{text}");
    assert!(after.iter().any(|l| l.contains("[AWS_ACCESS_KEY_1]")), "{text}");
    // The restored answer: placeholders for the model, originals for the user.
    let model = text.lines().find(|l| l.starts_with("  model   ")).expect("a restore example");
    assert!(model.contains("[EMAIL_") && model.contains("[CREDIT_CARD_"), "{model}");
    let user = text.lines().find(|l| l.starts_with("  user    ")).expect("restored");
    assert!(user.contains("jane.doe@example.org") && !user.contains("[EMAIL_"), "{user}");
    assert!(text.contains("are kept in the vault only as a SHA-256 digest"), "{text}");
    assert!(text.contains("leak check: none of the "), "{text}");
    // Files written: the original capture as committed, the redacted one and the OTLP bodies, all clean.
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect(name);
    assert_eq!(read("capture.jsonl"), std::fs::read_to_string(capture()).expect("committed capture"));
    for name in ["capture.redacted.jsonl", "otlp-traces.json", "otlp-metrics.json"] {
        let written = read(name);
        for raw in RAW {
            assert!(!written.contains(raw), "`{raw}` leaks into {name}");
        }
    }
}

#[test]
fn demo_cost_equals_ward_cost_and_reports_the_bad_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let text = run_demo(dir.path());
    let cost = section(&text, "2. Cost");
    // `ward cost` on the committed (unredacted) capture: the same total, to the printed micro-dollar.
    let file = capture();
    let out = ward(&["cost", file.to_str().expect("UTF-8 path"), "--json"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(stdout(&out)).expect("JSON");
    let total = report["total"]["cost_usd"].as_f64().expect("total cost");
    assert!(total > 0.0);
    assert!(cost.contains(&format!("cost ${total:.6}, cache hit")), "total {total:.6} not in:\n{cost}");
    let calls = report["total"]["calls"].as_u64().expect("calls");
    assert!(cost.contains(&format!("total: {calls} calls (1 failed)")), "{cost}");
    let hit = report["total"]["cache_hit_rate"].as_f64().expect("cache hit rate");
    assert!(cost.contains(&format!("cache hit {:.1}%", hit * 100.0)), "{cost}");
    for model in report["by_model"].as_array().expect("by_model") {
        let row = format!("{} ", model["key"].as_str().expect("key"));
        assert!(cost.lines().any(|l| l.starts_with(&row)), "no row for {row}:\n{cost}");
    }
    // The text report of `ward cost` prints the same total; the cut-off line is line 16 in both.
    let text_report = ward(&["cost", file.to_str().expect("UTF-8 path")], b"");
    assert!(
        stdout(&text_report).contains(&format!("cost ${total:.6}  cache hit")),
        "{}",
        stdout(&text_report)
    );
    assert!(stderr(&text_report).contains("ward: line 16: parse_failed: "), "{}", stderr(&text_report));
    assert!(cost.contains("\nline 16: parse_failed: line is not JSON"), "{cost}");
    assert!(section(&text, "1. Redaction").contains("\nline 16: parse_failed: "), "{text}");
}

#[test]
fn demo_traces_and_otel() {
    let dir = tempfile::tempdir().expect("tmp");
    let text = run_demo(dir.path());
    let traces = section(&text, "3. Agent traces");
    for want in [
        "trace 7c8f2d6b4e5a4cad1b3e5f7a8cae0c26: 9 steps (4 model calls)",
        "invoke_agent refund-agent",
        "    execute_tool issue_refund",
        "error: timeout",
        "tool calls: 2 of 3 succeeded (66.7%)",
        "failed: issue_refund call_rf1 (timeout)",
        "loop: issue_refund {\"amount\":49.9,\"order\":\"A-10293\"} requested 2 times",
        "retrieval: \"duplicate card charge refund policy\" in kb-policies -> policy-refunds-v3#2 (0.91)",
        "6 other traces with a single call each",
    ] {
        assert!(traces.contains(want), "missing `{want}` in:\n{traces}");
    }
    let otel = section(&text, "4. OpenTelemetry");
    let spans: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("otlp-traces.json")).expect("traces file"),
    )
    .expect("OTLP JSON");
    let n: usize = spans["resourceSpans"]
        .as_array()
        .expect("resourceSpans")
        .iter()
        .flat_map(|r| r["scopeSpans"].as_array().into_iter().flatten())
        .map(|s| s["spans"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(n, 15, "one span per capture line that parses");
    assert!(otel.contains("15 spans (") && otel.contains(" in 7 traces"), "{otel}");
    assert!(otel.contains("gen_ai.client.token.usage"), "{otel}");
    let metrics: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("otlp-metrics.json")).expect("metrics file"),
    )
    .expect("OTLP JSON");
    assert!(metrics["resourceMetrics"].is_array());
    assert!(otel.contains(&format!("{}/otlp-traces.json", dir.path().display())), "{otel}");
    // Message content is exported (from the redacted capture): placeholders, no originals.
    let spans = spans.to_string();
    assert!(spans.contains("[EMAIL_") && spans.contains("gen_ai.input.messages"), "content is exported");
}

#[test]
fn demo_is_deterministic() {
    let dir = tempfile::tempdir().expect("tmp");
    assert_eq!(run_demo(dir.path()), run_demo(dir.path()));
    let help = ward(&["demo", "--out"], b"");
    assert_eq!(help.status.code(), Some(2), "--out needs a value");
}
