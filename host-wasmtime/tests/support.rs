//! Shared helpers: one temporary cache directory, filled once, behind every engine and CLI run.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ward_host::{COMPONENT, Engine, Limits};

struct Shared {
    /// Held so the directory lives as long as the test binary.
    _tmp: tempfile::TempDir,
    xdg: PathBuf,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("temporary directory");
        let xdg = tmp.path().to_path_buf();
        // Compile once, store in the cache; every later load is a cache hit.
        let engine = Engine::from_component(COMPONENT, Limits::default(), Some(&xdg.join("ward")))
            .expect("the embedded component loads");
        assert!(
            matches!(engine.cache_outcome(), ward_host::CacheOutcome::Stored(_)),
            "first load should compile and store: {:?}",
            engine.cache_outcome()
        );
        Shared { _tmp: tmp, xdg }
    })
}

/// `XDG_CACHE_HOME` for spawned `ward` processes: the warm cache is in `<it>/ward`.
pub fn xdg_cache_home() -> &'static Path {
    &shared().xdg
}

/// The warm cache directory.
pub fn cache_dir() -> PathBuf {
    shared().xdg.join("ward")
}

/// A fresh engine with `limits`, loaded from the warm cache.
pub fn engine(limits: Limits) -> Engine {
    Engine::from_component(COMPONENT, limits, Some(&cache_dir())).expect("engine loads from the cache")
}

/// One engine with default limits shared by tests that do not care about limits.
pub fn default_engine() -> &'static Mutex<Engine> {
    static ENGINE: OnceLock<Mutex<Engine>> = OnceLock::new();
    ENGINE.get_or_init(|| Mutex::new(engine(Limits::default())))
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
