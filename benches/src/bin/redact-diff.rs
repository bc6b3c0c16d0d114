//! Differential check of the redaction scanner: the same ~6,600 texts through three policies, written
//! as one line per text, so a scanner change can be compared byte for byte against the scanner before it.
//!
//! The scanner is rewritten for speed; its output must not move. The corpus: every rule's true- and
//! false-positive strings, every `tests/vectors` input text, the bench lines, and 6,000 random splices
//! of those (fixed seed, cut at character boundaries, joined with spaces, newlines or nothing, so values
//! meet at odd places). Policies: the default, `min_score: 0` (weak findings surface too), and one with a
//! deny list and custom rules of every gate kind (keyword prefix, shape, residual).
//!
//! Run on the old tree: `cargo run --release -p ward-benches --bin redact-diff -- write /tmp/ref.txt`;
//! on the new: `… -- check /tmp/ref.txt` (exit status 1 and the first differences when any text differs).

use std::process::ExitCode;

use ward_core::redact::{Policy, Redactor};

/// Chat lines of the core bench (`core/benches/redact.rs`) plus structured and multilingual ones.
const LINES: &[&str] = &[
    "Can you summarize the meeting notes from Tuesday? We agreed to ship version 2.4.1 on 2025-03-14.\n",
    "The build failed at step 7 of 12; see logs at /var/log/build/2025-03-14.log and retry with --verbose.\n",
    "Order #48213 for 3 items totalling $129.99 ships from warehouse 4 on Friday at 10:30.\n",
    "Please email jane.doe@example.org and cc the team when the invoice INV-2025-0042 is paid.\n",
    "fn main() { let x = vec![1, 2, 3]; println!(\"{:?}\", x.iter().sum::<i32>()); }\n",
    "My card 4111 1111 1111 1111 was charged twice, can you check transaction 99812345?\n",
    "The model gpt-4o-mini returned 512 tokens in 1.8 seconds with temperature 0.2 and top_p 0.9.\n",
    "Call me on +44 20 7946 0958 tomorrow, or reach the office at extension 4411.\n",
    "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE before running the deploy script in us-east-1.\n",
    "The UUID 123e4567-e89b-12d3-a456-426614174000 and commit 9fceb02d0ae598e95dc970b74767f19372d61af8 match.\n",
    "Traffic from 203.0.113.42 spiked at 14:05 UTC; the load balancer on port 8443 stayed healthy.\n",
    "Ich wohne in der Hauptstraße 5, 10115 Berlin, und meine IBAN ist DE89 3704 0044 0532 0130 00.\n",
    "你好，请帮我总结一下这份文件的主要内容，谢谢。 Ελληνικά κείμενα και emoji 🎉 stay intact.\n",
    "We measured p99 latency of 43 ms over 10,000 requests; the SLO is 50 ms at 99.9% availability.\n",
    "Refer to https://docs.example.com/guide/install?lang=en#step-3 for the installation steps.\n",
    "Thanks for the quick reply! I'll update the README and open a pull request later today.\n",
    "Dear Mr. John Smith, my name is Maria Garcia and I was born on 12/03/1985 in Madrid.\n",
    "{\"password\": \"hunter2-Secret!\", \"api_key\": \"a8f5f167f44f4964e6c998dee827110c\"}\n",
    "SSN 123-45-6789 or 078-05-1120, NINO AB123456C, passport number X1234567, SIN 046 454 286.\n",
    "postgres://admin:s3cr3tP4ss@db.internal:5432/app and mac 00:1A:2B:3C:4D:5E, ip fe80::1ff:fe23:4567:890a\n",
];

/// Policies every text goes through.
const POLICIES: &[&str] = &[
    "{}",
    r#"{"min_score": 0.0}"#,
    r#"{"deny": ["project falcon", "acme"], "custom": [
        {"entity": "EMPLOYEE_ID", "pattern": "EMP-(?P<v>[0-9]{6})", "context": ["employee"]},
        {"entity": "TICKET", "pattern": "\\b[0-9]{5}\\b", "context": ["ticket"], "context_required": true},
        {"entity": "LOWER_CODE", "pattern": "[a-z]*zq[0-9]{3}"}
    ]}"#,
];

/// splitmix64: a fixed-seed generator, so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

/// Every string value under an `"input"` key of a vector file.
fn vector_texts(value: &serde_json::Value, under_input: bool, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if under_input => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| vector_texts(v, under_input, out)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                vector_texts(v, under_input || k == "input", out);
            }
        }
        _ => {}
    }
}

fn corpus() -> Result<Vec<String>, String> {
    let mut base: Vec<String> = Vec::new();
    for rule in ward_core::redact::rule_examples() {
        base.extend(rule.true_positives.iter().chain(rule.false_positives).map(|s| s.to_string()));
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for dir in ["tests/vectors/redact", "tests/vectors/redact_json"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .map_err(|e| format!("{dir}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let json: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            vector_texts(&json, false, &mut base);
        }
    }
    base.extend(LINES.iter().map(|s| s.to_string()));
    base.push(ward_benches::chat_text(4096));
    let mut rng = Rng(0x005E_ED0F_3A7D);
    let mut all = base.clone();
    for _ in 0..6000 {
        let mut text = String::new();
        for _ in 0..2 + rng.below(3) {
            let piece = &base[rng.below(base.len())];
            let (mut a, mut b) = (rng.below(piece.len() + 1), rng.below(piece.len() + 1));
            if rng.below(3) == 0 {
                (a, b) = (0, piece.len());
            }
            let (mut a, mut b) = (a.min(b), a.max(b));
            while !piece.is_char_boundary(a) {
                a -= 1;
            }
            while !piece.is_char_boundary(b) {
                b += 1;
            }
            text.push_str(&piece[a..b]);
            text.push_str(["", " ", "\n", ", ", ": "][rng.below(5)]);
        }
        all.push(text);
    }
    Ok(all)
}

fn lines() -> Result<Vec<String>, String> {
    let texts = corpus()?;
    let mut out = Vec::with_capacity(texts.len() * POLICIES.len());
    for (p, json) in POLICIES.iter().enumerate() {
        let policy = Policy::from_json(json).map_err(|e| format!("policy {p}: {e}"))?;
        let redactor = Redactor::new(policy).map_err(|e| format!("policy {p}: {e}"))?;
        for (i, text) in texts.iter().enumerate() {
            let r = redactor.redact(text);
            let findings: Vec<String> = r
                .findings
                .iter()
                .map(|f| format!("{} {}..{} {} {:?}", f.entity, f.start, f.end, f.score, f.replacement))
                .collect();
            out.push(format!("p{p} t{i} {:?} -> {:?} [{}]", text, r.text, findings.join("; ")));
        }
    }
    Ok(out)
}

fn run() -> Result<bool, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, path) = match args.as_slice() {
        [m, p] if m == "write" || m == "check" => (m.as_str(), p.as_str()),
        _ => return Err("usage: redact-diff write|check FILE".into()),
    };
    let now = lines()?;
    if mode == "write" {
        std::fs::write(path, now.join("\n")).map_err(|e| format!("{path}: {e}"))?;
        println!("wrote {} results to {path}", now.len());
        return Ok(true);
    }
    let before = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let before: Vec<&str> = before.split('\n').collect();
    if before.len() != now.len() {
        return Err(format!("{path} has {} results, this build {}", before.len(), now.len()));
    }
    let diffs: Vec<(&str, &String)> =
        before.iter().zip(&now).filter(|(a, b)| **a != b.as_str()).map(|(a, b)| (*a, b)).collect();
    for (a, b) in diffs.iter().take(10) {
        println!("before: {a}\nnow:    {b}\n");
    }
    println!(
        "{} texts x {} policies: {} differences",
        now.len() / POLICIES.len(),
        POLICIES.len(),
        diffs.len()
    );
    Ok(diffs.is_empty())
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("redact-diff: {e}");
            ExitCode::from(2)
        }
    }
}
