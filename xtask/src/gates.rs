//! Static gates: formatting and clippy with `-D warnings` on native and on each wasm target.

use crate::run::{Result, cmd, status};

/// `cargo fmt --check` and clippy per target. The Envoy filter's stricter no-panic gate on wasm32-wasip1
/// runs in `hosts::envoy::test`.
pub fn all() -> Result {
    status(&mut cmd("cargo", &["fmt", "--all", "--check"]))?;
    status(&mut cmd("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    status(&mut cmd(
        "cargo",
        &[
            "clippy",
            "--package",
            "ward-core",
            "--features",
            "tiktoken",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    let wasm_targets = [
        ("ward-core", "wasm32-unknown-unknown"),
        ("ward-component", "wasm32-unknown-unknown"),
        ("ward-web", "wasm32-unknown-unknown"),
        ("ward-core", "wasm32-wasip1"),
    ];
    for (package, target) in wasm_targets {
        status(&mut cmd(
            "cargo",
            &["clippy", "--package", package, "--target", target, "--", "-D", "warnings"],
        ))?;
    }
    Ok(())
}
