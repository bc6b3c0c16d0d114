//! Embeds the component: points `WARD_COMPONENT_WASM` at `dist/ward.wasm` (or at `$WARD_COMPONENT` when set)
//! so `include_bytes!` ships the exact bytes `cargo xtask build` produced, and fails the build with a clear
//! message when the component has not been built yet.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=WARD_COMPONENT");
    let path = match std::env::var_os("WARD_COMPONENT") {
        Some(p) => PathBuf::from(p),
        None => {
            let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
            manifest.join("..").join("dist").join("ward.wasm")
        }
    };
    println!("cargo:rerun-if-changed={}", path.display());
    if !path.is_file() {
        eprintln!(
            "error: the ward component is missing: {}\n\
             ward-host embeds it; build it first with `cargo xtask build` (which builds the component \
             before the CLI), or set WARD_COMPONENT to a built ward.wasm",
            path.display()
        );
        std::process::exit(1);
    }
    let path = path.canonicalize().unwrap_or(path);
    println!("cargo:rustc-env=WARD_COMPONENT_WASM={}", path.display());
}
