//! Bindings generated from `wit/` (the single source of truth shared with the guest). Private: only the
//! hand-written types in `redaction.rs` and `error.rs` are public, so a WIT change cannot silently change
//! this crate's API.

#![allow(missing_docs)] // generated code

wasmtime::component::bindgen!({ path: "../wit", world: "engine" });
