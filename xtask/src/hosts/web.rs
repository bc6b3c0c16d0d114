//! Build and test steps of the web host: `wasm/web` (crate `ward-web`) through wasm-bindgen into the npm
//! package in `js/`, shipped as `dist/npm/` (the package, ready to publish) and the `npm pack` tarball in
//! `dist/`; its tests run the shared vectors (every group a JS host can run) and the streaming split
//! checks in Node and in a real headless Chromium; `bench()` runs the Node benchmark.
//!
//! One `--target web` build of the module serves every JavaScript host: Node loads it synchronously with
//! `initSync` (see `js/src/node.ts`), browsers and workers with `await init()`. A second wasm-bindgen run
//! for the bundler target contributes only its declarations (`pkg/types.d.ts`): the web target's `.d.ts`
//! mentions DOM types (`RequestInfo`, `WebAssembly`), which a Node-only TypeScript project does not have.

use std::path::{Path, PathBuf};

use crate::run::{Result, cmd, output, root, status};

/// Cargo profile of the web module (root `Cargo.toml`, `[profile.web]`): release with the opt-level
/// chosen by `benches/node/opt-levels.mjs` (figures in `benches/RESULTS-node.md`).
pub const PROFILE: &str = "web";

/// `dist/npm/` and `dist/ward-engine-<version>.tgz`, rebuilt from scratch each time (idempotent).
pub fn build() -> Result {
    let wasm = build_module()?;
    let pkg = root().join("js/pkg");
    bindgen(&wasm, &pkg)?;
    // tsc never deletes outputs: clear lib/ so a removed source cannot linger in the package.
    let _ = std::fs::remove_dir_all(root().join("js/lib"));
    npm(&["run", "--silent", "build"])?;
    let tarball = pack()?;
    unpack(&tarball, &root().join("dist/npm"))
}

/// Clippy on the module's real target and the TypeScript type check, then the Node suite (vectors, API
/// contract, the packed tarball installed and imported) and the Chromium suite (vectors in a page), each
/// printing its runner's summary.
pub fn test() -> Result {
    status(&mut cmd(
        "cargo",
        &["clippy", "--package", "ward-web", "--target", "wasm32-unknown-unknown", "--", "-D", "warnings"],
    ))?;
    npm(&["run", "--silent", "typecheck"])?;
    let tarball = tarball_path()?;
    let tarball = tarball.to_string_lossy();
    status(
        cmd("node", &["--test", "--test-reporter=spec", "test/node.test.mjs", "test/pack.test.mjs"])
            .current_dir(root().join("js"))
            .env("WARD_NPM_TARBALL", tarball.as_ref()),
    )?;
    status(
        cmd("node", &["test/chromium.mjs"])
            .current_dir(root().join("js"))
            .env("WARD_PKG_DIR", root().join("dist/npm")),
    )
}

/// The Node benchmark of the package in `dist/npm/` (`benches/node/redact.mjs`: call overhead, 1 KB and
/// 4 KB redaction, the 4 KB input streamed through `Redactor.stream()` and redacted into a vault; every
/// timed output checked). Needs `build()` first.
pub fn bench() -> Result {
    let pkg = root().join("dist/npm/lib/node.js");
    if !pkg.exists() {
        return Err(format!("{} is missing: run `cargo xtask build`", pkg.display()));
    }
    status(cmd("node", &["benches/node/redact.mjs"]).current_dir(root()))
}

/// Builds `ward-web` for wasm32-unknown-unknown with [`PROFILE`] and returns the module's path.
fn build_module() -> Result<PathBuf> {
    status(&mut cmd(
        "cargo",
        &["build", "--package", "ward-web", "--target", "wasm32-unknown-unknown", "--profile", PROFILE],
    ))?;
    Ok(target_dir().join("wasm32-unknown-unknown").join(PROFILE).join("ward_web.wasm"))
}

/// wasm-bindgen: the web target into `pkg/`, plus the bundler target's declarations as `pkg/types.d.ts`.
fn bindgen(wasm: &Path, pkg: &Path) -> Result {
    let _ = std::fs::remove_dir_all(pkg);
    let wasm = wasm.to_string_lossy();
    let out = pkg.to_string_lossy();
    status(&mut cmd(
        "wasm-bindgen",
        &["--target", "web", "--out-dir", &out, "--out-name", "ward_web", &wasm],
    ))?;
    let types_dir = target_dir().join("ward-web-types");
    let _ = std::fs::remove_dir_all(&types_dir);
    let types_out = types_dir.to_string_lossy();
    status(&mut cmd(
        "wasm-bindgen",
        &["--target", "bundler", "--out-dir", &types_out, "--out-name", "ward_web", &wasm],
    ))?;
    copy(&types_dir.join("ward_web.d.ts"), &pkg.join("types.d.ts"))
}

/// `npm pack` of `js/` into `dist/`; returns the tarball's path.
fn pack() -> Result<PathBuf> {
    let dist = root().join("dist");
    let listed = output(
        cmd("npm", &["pack", "--silent", "--pack-destination", &dist.to_string_lossy()])
            .current_dir(root().join("js")),
    )?;
    let name = listed.lines().map(str::trim).rfind(|l| l.ends_with(".tgz"));
    let tarball = dist.join(name.ok_or_else(|| format!("npm pack printed no tarball name: {listed}"))?);
    eprintln!("  wrote {}", tarball.display());
    Ok(tarball)
}

/// The tarball `build` made: `dist/<scope>-<name>-<version>.tgz` from `js/package.json`.
fn tarball_path() -> Result<PathBuf> {
    let manifest = root().join("js/package.json");
    let text = std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(&format!("\"{key}\": \"")))
            .and_then(|rest| rest.split('"').next())
            .map(str::to_string)
            .ok_or_else(|| format!("{}: no top-level \"{key}\"", manifest.display()))
    };
    let (name, version) = (field("name")?, field("version")?);
    let file = format!("{}-{version}.tgz", name.trim_start_matches('@').replace('/', "-"));
    let path = root().join("dist").join(file);
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("{} is missing: run `cargo xtask build`", path.display()))
    }
}

/// Replaces `dir` with the tarball's contents, so `dist/npm/` is exactly what `npm publish` would ship.
fn unpack(tarball: &Path, dir: &Path) -> Result {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    status(&mut cmd(
        "tar",
        &[
            "-xzf",
            &tarball.to_string_lossy(),
            "-C",
            &dir.to_string_lossy(),
            "--strip-components=1",
            "--no-same-owner",
        ],
    ))?;
    eprintln!("  wrote {}", dir.display());
    Ok(())
}

fn npm(args: &[&str]) -> Result {
    status(cmd("npm", args).current_dir(root().join("js")))
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative to the root, where cargo runs),
/// else `target/` in the workspace root.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), |dir| root().join(dir))
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to).map_err(|e| format!("copying {} to {}: {e}", from.display(), to.display()))?;
    Ok(())
}
