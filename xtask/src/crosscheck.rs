//! Cross-checks against reference implementations, run from the repo's `.venv` (built by `setup` from
//! `tests/requirements.txt`):
//! - LiteLLM: `tests/litellm/gen_cases.py` prices fresh random usages with the pinned `litellm` wheel
//!   (offline cost map), then `core/tests/cost_litellm.rs` prices the same cases with ward and prints
//!   `litellm: N passed, M failed`; any difference above 1e-9 USD fails.

use crate::run::{Result, cmd, root, status};

/// Every cross-check.
pub fn all() -> Result {
    litellm()
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
