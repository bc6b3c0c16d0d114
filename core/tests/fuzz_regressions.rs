//! Replays the fuzz targets' properties (`fuzz/src/checks.rs`) on every committed crash input under
//! `tests/fuzz/testdata/<target>/`, and on the rule examples, so a crash once found stays fixed. See
//! `fuzz/README.md` for running the fuzzers themselves.

#[path = "../../fuzz/src/checks.rs"]
mod checks;

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("redact", checks::redact),
    ("restore", checks::restore),
    ("policy", checks::policy),
    ("stream", checks::stream),
];

#[test]
fn committed_fuzz_inputs_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz/testdata");
    let mut replayed = 0;
    for (name, check) in TARGETS {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> =
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect();
        files.sort();
        for file in files {
            if file.extension().is_some_and(|e| e == "md") {
                continue;
            }
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{name}: {} fails again", file.display());
            replayed += 1;
        }
    }
    eprintln!("replayed {replayed} fuzz inputs");
}

#[test]
fn properties_hold_on_rule_examples() {
    let examples = ward_core::redact::rule_examples();
    let texts: Vec<&str> =
        examples.iter().flat_map(|r| r.true_positives.iter().chain(r.false_positives)).copied().collect();
    for (i, text) in texts.iter().enumerate() {
        let mut seeded = vec![i as u8];
        seeded.extend_from_slice(text.as_bytes());
        checks::redact(text.as_bytes());
        checks::restore(text.as_bytes());
        checks::stream(&seeded);
    }
    checks::policy(
        br#"{"entities":["EMAIL"],"deny":["falcon"],"custom":[{"entity":"EMP","pattern":"EMP-[0-9]{6}"}]}"#,
    );
}
