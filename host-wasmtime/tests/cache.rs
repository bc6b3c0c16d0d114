//! The compile cache: a second load hits, a damaged file is recompiled, an unusable directory falls back
//! to compiling in memory.

use ward_host::{COMPONENT, CacheOutcome, Engine, Limits};

use crate::support;

fn redacts(engine: &mut Engine) {
    let out = engine.redact("jane@example.org", None).expect("redact");
    assert_eq!(out.text, "[EMAIL_1]");
}

#[test]
fn second_load_is_a_cache_hit() {
    let mut engine = support::engine(Limits::default());
    assert!(matches!(engine.cache_outcome(), CacheOutcome::Hit(_)), "{:?}", engine.cache_outcome());
    redacts(&mut engine);
}

#[test]
fn damaged_cache_file_is_recompiled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = Engine::from_component(COMPONENT, Limits::default(), Some(dir.path())).expect("load");
    let CacheOutcome::Stored(path) = first.cache_outcome().clone() else {
        panic!("expected a stored file, got {:?}", first.cache_outcome());
    };
    // Flip one byte of the compiled code: the digest check must reject it.
    let mut bytes = std::fs::read(&path).expect("read cache file");
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(&path, &bytes).expect("write");
    let mut second = Engine::from_component(COMPONENT, Limits::default(), Some(dir.path())).expect("load");
    assert_eq!(second.cache_outcome(), &CacheOutcome::Stored(path.clone()));
    redacts(&mut second);
    // Truncated to nothing: same.
    std::fs::write(&path, b"").expect("write");
    let third = Engine::from_component(COMPONENT, Limits::default(), Some(dir.path())).expect("load");
    assert_eq!(third.cache_outcome(), &CacheOutcome::Stored(path));
}

#[test]
fn unusable_cache_dir_falls_back_to_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").expect("write");
    let mut engine =
        Engine::from_component(COMPONENT, Limits::default(), Some(&file.join("ward"))).expect("load");
    assert_eq!(engine.cache_outcome(), &CacheOutcome::Compiled);
    redacts(&mut engine);
}
