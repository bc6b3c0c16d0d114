//! Building the five artifacts into `dist/`: `ward.wasm`, `ward` (CLI), `npm/`, `ward-envoy.wasm`,
//! `envoy.yaml`.

use std::path::Path;

use crate::hosts;
use crate::run::{Result, cmd, root, status};

/// Builds every artifact, in dependency order (the CLI embeds the component).
pub fn all() -> Result {
    std::fs::create_dir_all(root().join("dist")).map_err(|e| format!("dist/: {e}"))?;
    component()?;
    hosts::cli::build()?;
    hosts::web::build()?;
    hosts::envoy::build()?;
    print_sizes();
    Ok(())
}

/// Prints the size of each WebAssembly artifact (the figures the README quotes).
fn print_sizes() {
    let artifacts = [
        ("component", "dist/ward.wasm"),
        ("npm module", "dist/npm/pkg/ward_web_bg.wasm"),
        ("envoy filter", "dist/ward-envoy.wasm"),
    ];
    for (name, path) in artifacts {
        if let Ok(meta) = std::fs::metadata(root().join(path)) {
            eprintln!("  {name:<13} {path:<32} {:>9} bytes", meta.len());
        }
    }
}

/// `dist/ward.wasm`: the guest built for wasm32-unknown-unknown (so it imports nothing), wrapped into a
/// component with wit-component.
pub fn component() -> Result {
    status(&mut cmd(
        "cargo",
        &["build", "--release", "--package", "ward-component", "--target", "wasm32-unknown-unknown"],
    ))?;
    let core_module = hosts::cli::target_dir().join("wasm32-unknown-unknown/release/ward_component.wasm");
    wrap_component(&core_module, &root().join("dist/ward.wasm"))
}

fn wrap_component(core_module: &Path, out: &Path) -> Result {
    let bytes = std::fs::read(core_module).map_err(|e| format!("{}: {e}", core_module.display()))?;
    let component = wit_component::ComponentEncoder::default()
        .module(&bytes)
        .and_then(|encoder| encoder.validate(true).encode())
        .map_err(|e| format!("wrapping {} as a component: {e:#}", core_module.display()))?;
    std::fs::write(out, component).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("  wrote {}", out.display());
    Ok(())
}
