#![no_main]
//! Fuzz target `policy`: see `fuzz/src/checks.rs` for the properties checked.

libfuzzer_sys::fuzz_target!(|data: &[u8]| ward_fuzz::checks::policy(data));
