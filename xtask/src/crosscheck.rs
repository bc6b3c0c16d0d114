//! Cross-checks against reference implementations, run from the repo's `.venv` (built by `setup` from
//! `tests/requirements.txt`):
//! - LiteLLM: `tests/litellm/gen_cases.py` prices fresh random usages with the pinned `litellm` wheel
//!   (offline cost map), then `core/tests/cost_litellm.rs` prices the same cases with ward and prints
//!   `litellm: N passed, M failed`; any difference above 1e-9 USD fails.
//! - OTLP: `tests/otlp/check.py` decodes ward's OTLP/JSON traces and metrics with the official protobuf
//!   definitions (`opentelemetry-proto`), checks the GenAI attributes and POSTs them to an OTLP/HTTP
//!   receiver on loopback (the metrics' only receiver: Phoenix takes no metrics).
//! - Real receiver: `tests/otlp/phoenix.py` starts Arize Phoenix (`.venv-phoenix`) on loopback, sends it
//!   `dist/ward otel --endpoint` as OTLP/HTTP protobuf, and reads the spans back through its REST API.
//! - Replay: `tests/replay/run.py` replays every model call of the agent traces in
//!   `tests/replay/agent.jsonl` (OpenAI Chat, Anthropic) and `tests/replay/reasoning.jsonl` (OpenAI
//!   Responses items, Anthropic thinking blocks) against a loopback server that checks JSON equality
//!   with the capture.
//! - Prometheus: `tests/otlp/prometheus.py` parses `ward cost --prometheus` output with the reference
//!   parser (`prometheus-client`) and checks names, types, escaping and values.

use crate::run::{Result, cmd, root, status};

/// Every cross-check.
pub fn all() -> Result {
    litellm()?;
    observability()
}

/// The `ward_io` example binary of ward-core, built in the target directory in use.
fn ward_io() -> Result<String> {
    status(&mut cmd("cargo", &["build", "-p", "ward-core", "--example", "ward_io"]))?;
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| root().join("target"));
    let bin = target.join("debug/examples/ward_io");
    bin.to_str().map(str::to_string).ok_or_else(|| "non-UTF-8 target path".to_string())
}

/// OTLP decode + receiver, replay against a loopback provider, Prometheus exposition parse.
pub fn observability() -> Result {
    let python = root().join(".venv/bin/python");
    let python = python.to_str().ok_or("non-UTF-8 repository path")?.to_string();
    let bin = ward_io()?;
    status(&mut cmd(&python, &["tests/otlp/check.py", &bin]))?;
    phoenix()?;
    status(&mut cmd(&python, &["tests/otlp/prometheus.py", &bin]))?;
    status(&mut cmd(&python, &["tests/replay/run.py", &bin]))?;
    // OpenAI Responses items and Anthropic thinking blocks (tests/replay/fixture_reasoning.py).
    status(&mut cmd(&python, &["tests/replay/run.py", &bin, "tests/replay/reasoning.jsonl"]))
}

/// `dist/ward otel --endpoint` into a real OTLP/HTTP receiver (Arize Phoenix), spans read back.
pub fn phoenix() -> Result {
    let python = root().join(".venv-phoenix/bin/python");
    let python = python.to_str().ok_or("non-UTF-8 repository path")?.to_string();
    let ward = root().join("dist/ward");
    let ward = ward.to_str().ok_or("non-UTF-8 repository path")?.to_string();
    status(&mut cmd(&python, &["tests/otlp/phoenix.py", &ward]))
}

/// Per-call cost equals LiteLLM's own cost functions.
pub fn litellm() -> Result {
    let python = root().join(".venv/bin/python");
    let python = python.to_str().ok_or("non-UTF-8 repository path")?.to_string();
    let out = root().join("target/litellm-cases.json");
    let out = out.to_str().ok_or("non-UTF-8 repository path")?.to_string();
    status(&mut cmd(
        &python,
        &["tests/litellm/gen_cases.py", &out, "--cases", "3000", "--models", "500", "--seed", "1"],
    ))?;
    let mut test = cmd("cargo", &["test", "-p", "ward-core", "--test", "cost_litellm", "--", "--nocapture"]);
    test.env("WARD_LITELLM_CASES", &out);
    status(&mut test)
}
