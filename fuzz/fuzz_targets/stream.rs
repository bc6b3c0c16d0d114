#![no_main]
//! Fuzz target `stream`: see `fuzz/src/checks.rs` for the properties checked.

libfuzzer_sys::fuzz_target!(|data: &[u8]| ward_fuzz::checks::stream(data));
