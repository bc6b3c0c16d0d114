//! The compiled-component cache.
//!
//! Compiling the component with Cranelift takes most of a second; loading our own serialized artifact takes
//! a few milliseconds. So the first run writes `Component::serialize` output to
//! `<cache dir>/ward-<key>.cwasm`, where the key is a SHA-256 of the component bytes, the wasmtime version
//! and the engine's compatibility hash (target, tunables, features): a new component or a new wasmtime
//! never reads a stale file. Each file carries a SHA-256 of its payload, checked before the payload reaches
//! `Component::deserialize`, so a truncated or altered file is recompiled instead of loaded. Any cache
//! failure (unwritable directory, bad file) falls back to compiling in memory: the cache only saves time.

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};
use wasmtime::component::Component;

use crate::HostError;

/// Where the compiled component came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Loaded from this cache file.
    Hit(PathBuf),
    /// Compiled, then written to this cache file.
    Stored(PathBuf),
    /// Compiled in memory; no cache was used (none requested, or the directory was unusable).
    Compiled,
}

const MAGIC: &[u8; 8] = b"WARDCW01";
const DIGEST_LEN: usize = 32;

/// The default cache directory: `$XDG_CACHE_HOME/ward`, else `$HOME/.cache/ward`.
pub(crate) fn default_dir() -> Option<PathBuf> {
    let absolute = |v: std::ffi::OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    if let Some(xdg) = std::env::var_os("XDG_CACHE_HOME").and_then(absolute) {
        return Some(xdg.join("ward"));
    }
    std::env::var_os("HOME").and_then(absolute).map(|home| home.join(".cache").join("ward"))
}

/// Loads `component` compiled for `engine`, through the cache in `dir` when given.
pub(crate) fn load(
    engine: &wasmtime::Engine,
    component: &[u8],
    dir: Option<&Path>,
) -> Result<(Component, CacheOutcome), HostError> {
    let Some(dir) = dir else {
        return Ok((compile(engine, component)?, CacheOutcome::Compiled));
    };
    let path = dir.join(format!("ward-{}.cwasm", key(engine, component)));
    if let Some(loaded) = read(engine, &path) {
        return Ok((loaded, CacheOutcome::Hit(path)));
    }
    let compiled = compile(engine, component)?;
    let outcome = match compiled.serialize().ok().and_then(|bytes| write(dir, &path, &bytes).ok()) {
        Some(()) => CacheOutcome::Stored(path),
        None => CacheOutcome::Compiled,
    };
    Ok((compiled, outcome))
}

fn compile(engine: &wasmtime::Engine, component: &[u8]) -> Result<Component, HostError> {
    Component::new(engine, component).map_err(|e| HostError::load("compiling the component", &e))
}

/// Hex SHA-256 (first 128 bits) of everything the compiled code depends on.
fn key(engine: &wasmtime::Engine, component: &[u8]) -> String {
    let mut hasher = ShaHasher(Sha256::new());
    hasher.0.update(b"ward-host cache v1\0");
    hasher.0.update(crate::WASMTIME_VERSION.as_bytes());
    engine.precompile_compatibility_hash().hash(&mut hasher);
    hasher.0.update(Sha256::digest(component));
    hasher.0.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Feeds `Hash` output into SHA-256 (wasmtime exposes its compatibility key only as `impl Hash`).
struct ShaHasher(Sha256);

impl Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(&self) -> u64 {
        0 // unused: the digest is read from the inner hasher
    }
}

/// The cached component at `path`, if present, intact and loadable by `engine`.
fn read(engine: &wasmtime::Engine, path: &Path) -> Option<Component> {
    let file = std::fs::read(path).ok()?;
    let payload = verified_payload(&file)?;
    // SAFETY: `Component::deserialize` trusts its input to be wasmtime's own compiled output; arbitrary bytes
    // could execute arbitrary machine code. These bytes are exactly what `write` stored: the file name is
    // keyed by the SHA-256 of the component, the wasmtime version and the engine configuration, and the
    // payload's own SHA-256 was just checked, so an incomplete, corrupted or foreign file is rejected above.
    // wasmtime additionally validates its header (version, target, flags) and returns an error on mismatch.
    #[allow(unsafe_code)]
    let component = unsafe { Component::deserialize(engine, payload) };
    component.ok()
}

/// The payload of a cache file whose magic and digest check out.
fn verified_payload(file: &[u8]) -> Option<&[u8]> {
    let rest = file.strip_prefix(MAGIC.as_slice())?;
    let (digest, payload) = rest.split_at_checked(DIGEST_LEN)?;
    (Sha256::digest(payload).as_slice() == digest).then_some(payload)
}

/// Writes the cache file atomically (temporary file + rename), so readers never see half a file.
fn write(dir: &Path, path: &Path, payload: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    // Unique per process and per call: two threads or processes may fill the cache at the same time.
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".ward-{}-{n}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(MAGIC)?;
        f.write_all(&Sha256::digest(payload))?;
        f.write_all(payload)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_digest_is_checked() {
        let payload = b"compiled code";
        let mut file = MAGIC.to_vec();
        file.extend_from_slice(&Sha256::digest(payload));
        file.extend_from_slice(payload);
        assert_eq!(verified_payload(&file), Some(payload.as_slice()));
        let last = file.len() - 1;
        file[last] ^= 1;
        assert_eq!(verified_payload(&file), None);
        assert_eq!(verified_payload(b"WARDCW01short"), None);
        assert_eq!(verified_payload(b"nope"), None);
    }
}
