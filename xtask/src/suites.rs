//! Test suites, each printing its runner's summary line: core and host tests (cargo), Node, Chromium,
//! Envoy and CLI end-to-end checks.

use crate::crosscheck;
use crate::gates;
use crate::hosts;
use crate::run::{Result, cmd, status};

/// Every gate and suite; stops at the first failure.
pub fn all() -> Result {
    gates::all()?;
    status(&mut cmd("cargo", &["test", "--workspace", "--exclude", "ward-component"]))?;
    hosts::cli::test()?;
    hosts::web::test()?;
    hosts::envoy::test()?;
    crosscheck::all()
}

/// Benchmarks.
pub fn bench() -> Result {
    hosts::cli::bench()?;
    status(&mut cmd("cargo", &["bench", "--package", "ward-core"]))
}
