//! ward-host's one integration test binary: the shared vectors on the built component, limits, the compile
//! cache, and the `ward` CLI end to end.
//!
//! The component is compiled once per test binary: [`support::engine`] fills a temporary cache on first use
//! and every later engine (and every spawned `ward`, through `XDG_CACHE_HOME`) loads from it.

// Helpers outside `#[test]` functions panic on failure on purpose: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cache;
mod capture_vectors;
mod cli;
mod cli_api;
mod demo;
mod limits;
mod support;
mod vectors;
