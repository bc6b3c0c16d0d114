//! Test suites, each printing its runner's summary line: gates, core and host tests (cargo), the CLI and
//! component checks, Node, Chromium, Envoy, and the cross-checks against reference implementations.
//!
//! Every suite runs even when an earlier one failed, so one CI run reports every broken host at once; the
//! command fails at the end if any suite failed.

use crate::crosscheck;
use crate::gates;
use crate::hosts;
use crate::run::{Result, cmd, status};

/// A named suite.
type Suite = (&'static str, fn() -> Result);

/// Every gate and suite.
pub fn all() -> Result {
    let suites: [Suite; 6] = [
        ("gates (fmt, clippy per target)", gates::all),
        ("cargo tests", cargo_tests),
        ("cli + component", hosts::cli::test),
        ("npm (Node, Chromium)", hosts::web::test),
        ("envoy", hosts::envoy::test),
        ("cross-checks (LiteLLM, OTLP, Prometheus, replay)", crosscheck::all),
    ];
    disk_report("before");
    let mut failed = Vec::new();
    for (name, suite) in suites {
        eprintln!("\n=== {name} ===");
        if let Err(e) = suite() {
            eprintln!("xtask: suite `{name}` failed: {e}");
            failed.push(name);
        }
    }
    disk_report("after");
    let passed = suites.len() - failed.len();
    println!("\nsuites: {passed} passed, {} failed", failed.len());
    if failed.is_empty() { Ok(()) } else { Err(format!("failed suites: {}", failed.join("; "))) }
}

/// Prints the free disk and the size of target/ (a CI machine once ran out of disk mid-run; this makes the
/// cause visible). Informational: a missing `df` or `du` is not a failure.
fn disk_report(when: &str) {
    eprintln!("\n=== disk {when} the suites ===");
    let _ = cmd("df", &["-h", "."]).status();
    let _ = cmd("du", &["-sh", "target"]).status();
}

/// Every crate's tests in one cargo invocation (ward-host's need the component, built before the suites;
/// ward-component is a wasm guest with no native tests). One invocation, one feature resolution: testing
/// ward-host on its own resolved its dependencies' features differently and built wasmtime a second time
/// (minutes of CPU, about 1 GB of disk).
fn cargo_tests() -> Result {
    status(&mut cmd("cargo", &["test", "--workspace", "--exclude", "ward-component"]))?;
    // The optional exact tokenizer (feature `tiktoken`, off in every default and wasm build): its tests
    // against OpenAI tiktoken's counts, and the usage estimate that uses it.
    status(&mut cmd(
        "cargo",
        &["test", "--package", "ward-core", "--features", "tiktoken", "--lib", "--", "record::"],
    ))
}

/// Benchmarks: native vs wasmtime (criterion), then Node.
pub fn bench() -> Result {
    hosts::cli::bench()?;
    hosts::web::bench()
}
