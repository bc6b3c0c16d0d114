//! Static gates: formatting and clippy with `-D warnings` on native and on each wasm target.

use crate::run::{Result, cmd, status};

/// `cargo fmt --check` and clippy per target.
pub fn all() -> Result {
    status(&mut cmd("cargo", &["fmt", "--all", "--check"]))?;
    status(&mut cmd("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    for (package, target) in
        [("ward-component", "wasm32-unknown-unknown"), ("ward-core", "wasm32-unknown-unknown")]
    {
        status(&mut cmd(
            "cargo",
            &["clippy", "--package", package, "--target", target, "--", "-D", "warnings"],
        ))?;
    }
    Ok(())
}
