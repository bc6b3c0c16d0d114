//! The `ward` binary end to end: stdin, file, `--json`, errors (invalid UTF-8, huge input, bad policy,
//! usage) and `--version` (`demo` is in `demo.rs`). Every run uses the test binary's warm cache through
//! `XDG_CACHE_HOME`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::support;

const SENTENCE: &str = "mail jane.doe@example.org, card 4111-1111-1111-1111\n";
const REDACTED: &str = "mail [EMAIL_1], card [CREDIT_CARD_1]\n";

/// Runs `ward args…` with `stdin` piped in.
pub(crate) fn ward(args: &[&str], stdin: &[u8]) -> Output {
    ward_env(args, stdin, &[])
}

/// Runs `ward args…` with `stdin` piped in and extra environment variables.
pub(crate) fn ward_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ward"))
        .args(args)
        .envs(env.iter().copied())
        .env("XDG_CACHE_HOME", support::xdg_cache_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ward");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // Write from a thread: ward may stop reading early (input too large) and the pipe must not block us.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for ward");
    let _ = writer.join();
    out
}

pub(crate) fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

pub(crate) fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

#[test]
fn stdin_keeps_every_other_byte() {
    let out = ward(&["redact"], SENTENCE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), REDACTED);
    // Unicode, CRLF and no trailing newline survive byte for byte.
    let out = ward(&["redact", "-"], "Zoë\r\n a@example.org\t€".as_bytes());
    assert_eq!(stdout(&out), "Zoë\r\n [EMAIL_1]\t€");
}

#[test]
fn file_argument() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("in.txt");
    std::fs::write(&path, SENTENCE).expect("write");
    let out = ward(&["redact", path.to_str().expect("utf-8 path")], b"ignored");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), REDACTED);
    let out = ward(&["redact", "/nonexistent/ward-input"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ward: io: /nonexistent/ward-input: "), "{}", stderr(&out));
}

#[test]
fn json_output() {
    let out = ward(&["redact", "--json"], SENTENCE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out)).expect("JSON");
    assert_eq!(v["text"], REDACTED);
    let findings = v["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 2);
    assert_eq!(findings[0]["entity"], "EMAIL");
    assert_eq!((findings[0]["start"].as_u64(), findings[0]["end"].as_u64()), (Some(5), Some(25)));
    assert_eq!(findings[1]["replacement"], "[CREDIT_CARD_1]");
    assert_eq!(findings[1]["start_utf16"], 32);
}

#[test]
fn policy_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.json");
    std::fs::write(&good, r#"{"entities": ["EMAIL"]}"#).expect("write");
    let out = ward(&["redact", "--policy", good.to_str().expect("path")], SENTENCE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "mail [EMAIL_1], card 4111-1111-1111-1111\n");

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"entities": ["NOPE"]}"#).expect("write");
    let out = ward(&["redact", "--policy", bad.to_str().expect("path")], SENTENCE.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ward: policy_invalid: "), "{}", stderr(&out));
    assert!(stderr(&out).contains("NOPE"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());

    std::fs::write(&bad, "not json").expect("write");
    let out = ward(&["redact", "--policy", bad.to_str().expect("path")], SENTENCE.as_bytes());
    assert!(stderr(&out).starts_with("ward: policy_invalid: "), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_names_the_offset() {
    let out = ward(&["redact"], b"caf\xc3\xa9 \xff\xfe mail a@example.org");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "ward: invalid_utf8: input is not valid UTF-8 at byte offset 6\n");
    assert!(out.stdout.is_empty());
}

#[test]
fn huge_input_is_refused() {
    let out = ward(&["redact", "--max-input-bytes", "1K"], &[b'x'; 1025]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "ward: input_too_large: <stdin>: input exceeds the limit of 1024 bytes (raise it with --max-input-bytes)\n"
    );
    // The default limit (16 MiB), with 17 MiB piped in.
    let out = ward(&["redact"], &vec![b'y'; 17 << 20]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ward: input_too_large: "), "{}", stderr(&out));
    // Within the input limit but not the memory limit: still a clear error from the host.
    let big = "a1@example.org 4111 1111 1111 1111\n".repeat(1 << 20); // 35 MiB
    let out = ward(&["redact", "--max-memory-bytes", "16M", "--max-input-bytes", "64M"], big.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ward: limit_exceeded: "), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_2() {
    let out = ward(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("ward: usage: unknown command `frobnicate`"), "{}", stderr(&out));
    let out = ward(&["redact", "--max-fuel", "1"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn version_and_help() {
    let out = ward(&["--version"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = format!("ward {v} (engine {v}, wasmtime 48.0.8)\n", v = env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout(&out), expected);
    let out = ward(&["help"], b"");
    assert!(out.status.success());
    assert!(stdout(&out).contains("ward redact [FILE]"));
}
