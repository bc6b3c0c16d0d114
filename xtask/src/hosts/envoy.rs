//! Build and test steps of the Envoy host: the proxy-wasm filter `dist/ward-envoy.wasm`, the example
//! configuration `dist/envoy.yaml`, and the suite that runs both in a real Envoy (`tests/envoy/`).

use std::path::PathBuf;

use crate::run::{Result, cmd, root, status};

/// Lints that keep the filter free of panicking paths: it is built with `panic = "abort"`, so a panic
/// would abort the Wasm VM and every request on that worker. `--no-deps` limits them to the filter.
const NO_PANIC_LINTS: &[&str] = &[
    "-D",
    "warnings",
    "-D",
    "clippy::unwrap_used",
    "-D",
    "clippy::expect_used",
    "-D",
    "clippy::panic",
    "-D",
    "clippy::indexing_slicing",
];

/// `dist/ward-envoy.wasm` (profile `envoy`: release + `panic = "abort"`) and `dist/envoy.yaml`.
pub fn build() -> Result {
    status(&mut cmd(
        "cargo",
        &["build", "--package", "ward-envoy", "--target", "wasm32-wasip1", "--profile", "envoy"],
    ))?;
    let built = target_dir().join("wasm32-wasip1/envoy/ward_envoy.wasm");
    copy(&built, &root().join("dist/ward-envoy.wasm"))?;
    copy(&root().join("wasm/envoy/envoy.yaml"), &root().join("dist/envoy.yaml"))
}

/// The no-panic lint gate on the filter, then the real-Envoy suite (prints `envoy: N passed, …`).
pub fn test() -> Result {
    let mut args = vec!["clippy", "--package", "ward-envoy", "--target", "wasm32-wasip1", "--no-deps", "--"];
    args.extend_from_slice(NO_PANIC_LINTS);
    status(&mut cmd("cargo", &args))?;
    status(&mut cmd(".venv/bin/python", &["tests/envoy/run.py"]))
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative to the root, where cargo runs),
/// else `target/` in the workspace root.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), |dir| root().join(dir))
}

fn copy(from: &std::path::Path, to: &std::path::Path) -> Result {
    std::fs::copy(from, to).map_err(|e| format!("copying {} to {}: {e}", from.display(), to.display()))?;
    eprintln!("  wrote {}", to.display());
    Ok(())
}
