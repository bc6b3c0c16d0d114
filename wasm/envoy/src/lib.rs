//! # ward-envoy
//!
//! ward's redaction as a [proxy-wasm](https://github.com/proxy-wasm/spec) HTTP filter for Envoy (target
//! `wasm32-wasip1`, Envoy's `envoy.wasm.runtime.v8`). The filter buffers each request body to the end of the
//! stream, redacts it with `ward_core` (LLM API bodies structure-aware, other bodies as text) and forwards
//! the redacted body upstream.
//!
//! ## Shape
//! This crate is an adapter: it parses the plugin configuration once per root context ([`config`]), holds
//! the request while the body arrives ([`filter`]) and talks to Envoy through a few wrappers that log
//! instead of panicking ([`host`]). Which values are redacted, and how, is decided in `ward-core` only.
//!
//! ## Usage and cost stats
//! For requests whose body is an LLM call (JSON naming a `model`), the filter also copies the response as
//! it passes (never delaying it, so SSE keeps streaming; [`observe`]), and at its end parses and prices it
//! with `ward_core::record::exchange_bytes` and counts tokens, cost, errors and durations per provider and
//! model in Envoy stats ([`meters`]).
//!
//! ## Restore
//! With `"restore": true`, placeholders the upstream echoes back in JSON and SSE responses are replaced
//! by the request's original values from its per-request vault ([`restore`]); secrets never are.
//!
//! ## Untrusted input and panics
//! The filter is built with `panic = "abort"` (`cargo build --profile envoy`): a panic would abort the
//! whole VM and take every request of the worker down with it. So this crate has no `unwrap`, `expect`,
//! `panic!` or panicking index (enforced by the clippy gate in `xtask/src/hosts/envoy.rs`), and it calls
//! `proxy_wasm::hostcalls` directly: the SDK's trait helpers `unwrap` every host status, while the
//! hostcalls return it, so a refused host call becomes a logged warning or a fail-closed reply.
//!
//! ## Failure handling
//! A body that is not UTF-8 or larger than `max_body_bytes` cannot be redacted. With
//! `"failure_mode": "open"` it is forwarded unchanged, the response carries the header `x-ward-redaction`
//! and counted; with `"closed"` (the default) the client gets a local JSON reply carrying the stable error
//! code and nothing reaches the upstream. A response that cannot be restored follows the same setting:
//! forwarded unrestored (`open`) or reset (`closed`). A bad configuration makes `on_configure` return `false` with a
//! logged reason, and Envoy refuses the filter.

mod config;
mod filter;
mod host;
mod meters;
mod observe;
mod restore;
mod root;

/// The `_initialize` export Envoy calls once per VM: it registers the root context factory.
mod entry {
    proxy_wasm::main! {{
        // Installs the SDK's logger and its panic hook (which logs the panic message before the abort).
        proxy_wasm::set_log_level(proxy_wasm::types::LogLevel::Info);
        proxy_wasm::set_root_context(|_| Box::new(crate::root::Root::default()));
    }}
}
