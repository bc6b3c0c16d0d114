//! Native driver for the quality and speed comparison in `benches/quality/` (ward vs Presidio).
//!
//! ```text
//! cargo run --release -p ward-core --example redact_eval -- findings CORPUS.jsonl OUT.jsonl [POLICY.json]
//! cargo run --release -p ward-core --example redact_eval -- speed CORPUS.jsonl [SECONDS]
//! ```
//!
//! `findings` reads one JSON object per line (`{"id": …, "text": …}`, other fields ignored), analyzes each
//! text with the default policy (or POLICY.json) and writes `{"id", "findings": [{entity, start, end,
//! score, secret}]}` per line, offsets in UTF-8 bytes of `text` (the scorer converts them to characters);
//! `secret` says whether the entity's rule detects a secret.
//!
//! `speed` measures, in one process: whole-corpus throughput of `Redactor::redact` (all texts joined by
//! blank lines, repeated for at least SECONDS, default 3) and the latency of one ~4 KB prompt built from
//! corpus texts (p50/p99 over 2,000 calls after warm-up). Every timed call's output is checked against a
//! reference run, so a benchmark of a broken engine fails instead of reporting a number. Prints JSON.
//!
//! It lives beside the engine as an example (not in `benches/`) so the scorer exercises exactly the
//! public API every host calls: `Policy::from_json`-compatible JSON, `Redactor::new`, `analyze`, `redact`.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use ward_core::redact::{Policy, Redactor};

/// One corpus line: its id and text.
fn read_corpus(path: &str) -> Result<Vec<(Value, String)>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in raw.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v.get("text").and_then(Value::as_str).ok_or(format!("{path}:{}: no text", n + 1))?;
        out.push((v.get("id").cloned().unwrap_or(Value::Null), text.to_string()));
    }
    Ok(out)
}

fn redactor(policy: Option<&String>) -> Result<Redactor, String> {
    let policy = match policy {
        Some(p) => {
            let raw = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
            Policy::from_json(&raw).map_err(|e| format!("{p}: {e}"))?
        }
        None => Policy::default(),
    };
    Redactor::new(policy).map_err(|e| e.to_string())
}

fn findings(corpus: &str, out: &str, policy: Option<&String>) -> Result<String, String> {
    let r = redactor(policy)?;
    // Entities whose rules detect secrets (the scorer groups them as one family).
    let secret: std::collections::BTreeSet<&str> =
        ward_core::redact::rule_examples().into_iter().filter(|e| e.secret).map(|e| e.entity).collect();
    let mut lines = String::new();
    let mut total = 0usize;
    let samples = read_corpus(corpus)?;
    for (id, text) in &samples {
        let found: Vec<Value> = r
            .analyze(text)
            .into_iter()
            .map(|f| {
                let is_secret = secret.contains(f.entity.as_ref());
                json!({"entity": f.entity, "start": f.start, "end": f.end, "score": f.score, "secret": is_secret})
            })
            .collect();
        total += found.len();
        lines.push_str(&json!({"id": id, "findings": found}).to_string());
        lines.push('\n');
    }
    std::fs::write(out, lines).map_err(|e| format!("{out}: {e}"))?;
    Ok(format!("{} samples, {total} findings -> {out}", samples.len()))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).map_or(0.0, |d| d.as_secs_f64() * 1e6)
}

fn speed(corpus: &str, seconds: f64) -> Result<String, String> {
    let samples = read_corpus(corpus)?;
    let r = redactor(None)?;
    let whole: String = samples.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    let expected = r.redact(&whole);

    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed().as_secs_f64() < seconds || runs < 3 {
        let got = r.redact(&whole);
        if got != expected {
            return Err("whole-corpus redaction changed between runs".into());
        }
        runs += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let corpus_mb_s = whole.len() as f64 * f64::from(runs) / elapsed / 1e6;

    // A ~4 KB prompt: consecutive corpus texts until 4,096 bytes, cut at a char boundary.
    let mut prompt = String::new();
    for (_, t) in &samples {
        if prompt.len() >= 4096 {
            break;
        }
        prompt.push_str(t);
        prompt.push('\n');
    }
    let mut cut = prompt.len().min(4096);
    while !prompt.is_char_boundary(cut) {
        cut -= 1;
    }
    prompt.truncate(cut);
    let want = r.redact(&prompt);
    for _ in 0..200 {
        let _ = r.redact(&prompt);
    }
    let mut times = Vec::with_capacity(2000);
    for _ in 0..2000 {
        let t = Instant::now();
        let got = r.redact(&prompt);
        times.push(t.elapsed());
        if got != want {
            return Err("4 KB prompt redaction changed between runs".into());
        }
    }
    times.sort();
    let out = json!({
        "corpus_bytes": whole.len(),
        "corpus_runs": runs,
        "corpus_seconds": elapsed,
        "corpus_mb_per_s": corpus_mb_s,
        "corpus_findings": expected.findings.len(),
        "prompt_bytes": prompt.len(),
        "prompt_findings": want.findings.len(),
        "prompt_p50_us": percentile(&times, 0.50),
        "prompt_p99_us": percentile(&times, 0.99),
        "prompt_max_us": percentile(&times, 1.0),
    });
    Ok(out.to_string())
}

fn run(args: &[String]) -> Result<String, String> {
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("findings"), Some(corpus)) => {
            let out = args.get(2).ok_or("usage: findings CORPUS OUT [POLICY]")?;
            findings(corpus, out, args.get(3))
        }
        (Some("speed"), Some(corpus)) => {
            let secs = match args.get(2) {
                Some(s) => s.parse::<f64>().map_err(|e| format!("SECONDS: {e}"))?,
                None => 3.0,
            };
            speed(corpus, secs)
        }
        _ => Err("usage: redact_eval findings CORPUS OUT [POLICY] | speed CORPUS [SECONDS]".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("redact_eval: {e}");
            ExitCode::from(2)
        }
    }
}
