//! The HTTP context: hold the request body until it is complete, redact it once, forward it.
//!
//! Redacting chunk by chunk would leak values split across chunks, so the body is buffered in Envoy
//! (`Action::Pause` on every body callback until the end of the stream) and replaced in one piece.
//! `content-length` is removed in the headers callback because the redacted body has another length
//! (Envoy then forwards it chunked); otherwise the upstream would wait for bytes that never come.
//!
//! The headers callback returns `Continue`: Envoy (proxy-wasm-cpp-host) turns a paused headers callback
//! into "stop all iteration", after which no body callback ever arrives, unless the listener sets
//! `allow_on_headers_stop_iteration` (Envoy ≥ 1.35, not exposed by Istio). So the upstream request
//! starts with the headers, and the body follows only once redacted; a fail-closed reply resets that
//! upstream request before any body byte was sent. For the same reason the request headers cannot be
//! changed from the body callback, and a body forwarded unredacted under `failure_mode: open` is marked
//! on the *response* to the client (header `x-ward-redaction`).
//!
//! LLM API bodies (OpenAI Chat / Responses, Anthropic Messages) are redacted structure-aware and every
//! other body as text (`ward_core::redact::structured::redact_proxied`), into a vault of this request.
//! With `restore` on, that vault restores the response ([`Restoring`]). When the (redacted) body is an
//! LLM call, an [`Observation`] follows the response for usage and cost stats.

use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, LogLevel, Status};
use ward_core::record::exchange_bytes::llm_request;
use ward_core::redact::Vault;
use ward_core::redact::structured::{has_restorable, redact_proxied};

use crate::config::FailureMode;
use crate::host;
use crate::observe::Observation;
use crate::restore::Restoring;
use crate::root::Plugin;

/// Response header telling the client its request body was forwarded unredacted under
/// `failure_mode: open`, e.g. `skipped; code=invalid_utf8`.
pub const MARK_HEADER: &str = "x-ward-redaction";

/// Stable codes of the failures this filter reports (all but the last are `ward_core::Error` codes).
const INVALID_UTF8: &str = "invalid_utf8";
const TOO_LARGE: &str = "input_too_large";
const INTERNAL: &str = "internal";
const NOT_CONFIGURED: &str = "not_configured";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Collecting the body.
    Buffering,
    /// Nothing left to do: no body, redacted, forwarded unredacted, or rejected.
    Done,
}

/// Why a body was not redacted.
struct Unredactable {
    code: &'static str,
    message: String,
}

impl Unredactable {
    fn internal(what: &str, status: Status) -> Unredactable {
        Unredactable { code: INTERNAL, message: format!("{what}: host call failed with {status:?}") }
    }

    /// The local reply's HTTP status under `failure_mode: closed`.
    fn http_status(&self) -> u32 {
        match self.code {
            TOO_LARGE => 413,
            INVALID_UTF8 => 422,
            _ => 500,
        }
    }
}

/// One request's filter state.
pub struct RedactBody {
    configured: Option<Rc<Plugin>>,
    state: State,
    /// `http://authority/path` and start time of the request, kept for usage stats.
    url: String,
    start: Option<i64>,
    /// The LLM call being observed for usage stats, once its request body was redacted.
    observation: Option<Observation>,
    /// Body bytes buffered so far (the size Envoy reported in the last body callback).
    buffered: usize,
    /// Set when the body was forwarded unredacted: the code to report on the response.
    skipped: Option<&'static str>,
    /// The request's vault, kept for the response when `restore` is on and it holds restorable values.
    vault: Option<Vault>,
    /// The response being restored.
    restoring: Option<Restoring>,
}

impl RedactBody {
    /// A filter for one request; `None` when the plugin has no accepted configuration.
    pub fn new(configured: Option<Rc<Plugin>>) -> RedactBody {
        RedactBody {
            configured,
            state: State::Buffering,
            url: String::new(),
            start: None,
            observation: None,
            buffered: 0,
            skipped: None,
            vault: None,
            restoring: None,
        }
    }

    /// Redacts the complete buffered body of `len` bytes and lets the request go.
    fn finish(&mut self, plugin: &Plugin, len: usize) -> Action {
        let (settings, counters) = (&plugin.settings, plugin.counters);
        let body = match host::request_body(len) {
            Ok(body) => body,
            Err(status) => return self.unredactable(Unredactable::internal("reading the body", status)),
        };
        let mut vault = Vault::new();
        let redaction = match redact_proxied(&settings.redactor, &body, &mut vault) {
            Ok(redaction) => redaction,
            Err(e) => {
                let failure = Unredactable { code: e.code(), message: e.message().to_string() };
                return self.unredactable(failure);
            }
        };
        if redaction.findings > 0
            && let Err(status) = host::replace_request_body(len, redaction.body.as_bytes())
        {
            return self.unredactable(Unredactable::internal("replacing the body", status));
        }
        counters.redacted.add(1);
        counters.findings.add(redaction.findings);
        if settings.stats
            && let Some(request) = llm_request(redaction.body.as_bytes())
        {
            self.observation = Some(Observation::new(std::mem::take(&mut self.url), request, self.start));
        }
        if settings.restore && has_restorable(&vault) {
            self.vault = Some(vault);
        }
        host::log(
            LogLevel::Debug,
            &format!(
                "ward-envoy: redacted a body of {len} bytes ({:?}): {} findings",
                redaction.format, redaction.findings
            ),
        );
        self.state = State::Done;
        Action::Continue
    }

    /// Applies the failure mode to a body that cannot be redacted.
    fn unredactable(&mut self, failure: Unredactable) -> Action {
        self.state = State::Done;
        let Some(plugin) = &self.configured else {
            return reject(&failure);
        };
        let counters = plugin.counters;
        match plugin.settings.failure_mode {
            FailureMode::Open => {
                counters.passed_unredacted.add(1);
                host::log(
                    LogLevel::Warn,
                    &format!(
                        "ward-envoy: forwarding the request body unredacted (failure_mode=open): {}: {}",
                        failure.code, failure.message
                    ),
                );
                self.skipped = Some(failure.code);
                Action::Continue
            }
            FailureMode::Closed => {
                counters.rejected.add(1);
                reject(&failure)
            }
        }
    }
}

/// Answers the client with `{"error":{"code":…,"message":…}}`; nothing is forwarded.
fn reject(failure: &Unredactable) -> Action {
    host::log(
        LogLevel::Warn,
        &format!(
            "ward-envoy: rejecting the request (failure_mode=closed): {}: {}",
            failure.code, failure.message
        ),
    );
    let body =
        serde_json::json!({ "error": { "code": failure.code, "message": failure.message } }).to_string();
    let headers = vec![("content-type", "application/json"), ("x-ward-error", failure.code)];
    if let Err(status) = host::send_local_reply(failure.http_status(), headers, body.as_bytes()) {
        host::log(LogLevel::Error, &format!("ward-envoy: cannot send the local reply: {status:?}"));
        host::reset_request();
    }
    Action::Pause
}

impl Context for RedactBody {}

impl HttpContext for RedactBody {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        if self.configured.is_none() {
            let message = "the plugin configuration was not accepted".to_string();
            return self.unredactable(Unredactable { code: NOT_CONFIGURED, message });
        }
        if end_of_stream {
            self.state = State::Done;
            return Action::Continue;
        }
        host::remove_request_header("content-length");
        if self.configured.as_ref().is_some_and(|p| p.settings.restore) {
            // A compressed response could not be restored: ask the upstream for an unencoded one.
            host::remove_request_header("accept-encoding");
        }
        if self.configured.as_ref().is_some_and(|p| p.settings.stats) {
            let authority = host::request_header(":authority").unwrap_or_default();
            let path = host::request_header(":path").unwrap_or_default();
            let scheme = host::request_header(":scheme").unwrap_or_else(|| "http".to_string());
            self.url = format!("{scheme}://{authority}{path}");
            self.start = host::now_unix_nano();
        }
        Action::Continue
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        let Some(plugin) = self.configured.clone() else { return Action::Pause };
        if self.state == State::Done {
            return Action::Continue;
        }
        self.buffered = body_size;
        let settings = &plugin.settings;
        if body_size > settings.max_body_bytes {
            let message = format!(
                "request body of {body_size} bytes exceeds max_body_bytes ({})",
                settings.max_body_bytes
            );
            return self.unredactable(Unredactable { code: TOO_LARGE, message });
        }
        if !end_of_stream {
            return Action::Pause;
        }
        self.finish(&plugin, body_size)
    }

    fn on_http_request_trailers(&mut self, _num_trailers: usize) -> Action {
        // Trailers end the stream: the body callback never saw `end_of_stream`, so redact here.
        let Some(plugin) = self.configured.clone() else { return Action::Pause };
        if self.state == State::Done {
            return Action::Continue;
        }
        self.finish(&plugin, self.buffered)
    }

    fn on_http_response_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        if !end_of_stream && let (Some(plugin), Some(vault)) = (&self.configured, self.vault.take()) {
            self.restoring = Restoring::start(vault, plugin);
        }
        if let Some(observation) = &mut self.observation {
            observation.on_response_headers();
            if end_of_stream {
                self.count_call();
            }
        }
        if let Some(code) = self.skipped {
            let mark = format!("skipped; code={code}");
            if let Err(status) = host::set_response_header(MARK_HEADER, &mark) {
                host::log(LogLevel::Warn, &format!("ward-envoy: cannot set {MARK_HEADER}: {status:?}"));
            }
        }
        Action::Continue
    }

    fn on_http_response_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if let (Some(plugin), Some(restoring)) = (&self.configured, &mut self.restoring) {
            let action = restoring.on_body(plugin, self.observation.as_mut(), body_size, end_of_stream);
            if end_of_stream && action == Action::Continue {
                self.count_call();
            }
            return action;
        }
        if let (Some(plugin), Some(observation)) = (&self.configured, &mut self.observation) {
            observation.on_response_chunk(plugin, body_size);
            if end_of_stream {
                self.count_call();
            }
        }
        Action::Continue
    }

    fn on_http_response_trailers(&mut self, _num_trailers: usize) -> Action {
        let action = match (&self.configured, &mut self.restoring) {
            (Some(plugin), Some(restoring)) => restoring.on_trailers(plugin, self.observation.as_mut()),
            _ => Action::Continue,
        };
        self.count_call();
        action
    }

    fn on_log(&mut self) {
        // The stream is over (also when it was reset): a response cut short is counted now, and its
        // truncated body shows up as unparsed.
        if self.observation.as_ref().is_some_and(Observation::has_response) {
            self.count_call();
        }
    }
}

impl RedactBody {
    /// Counts the observed call, once.
    fn count_call(&mut self) {
        if let (Some(plugin), Some(observation)) = (&self.configured, &mut self.observation)
            && !observation.is_done()
        {
            observation.finish(plugin);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_codes_match_core_codes() -> Result<(), ward_core::Error> {
        // The codes the filter writes itself must be the core's stable codes where the meaning is the same.
        for code in [INVALID_UTF8, TOO_LARGE, INTERNAL] {
            assert!(ward_core::Error::all_codes().contains(&code), "{code}");
        }
        let utf8 = ward_core::redact::Redactor::new(Default::default())?.redact_bytes(b"\xff");
        let code = utf8.err().map(|e| e.code());
        assert_eq!(code, Some(INVALID_UTF8));
        assert_eq!(Unredactable { code: INVALID_UTF8, message: String::new() }.http_status(), 422);
        assert_eq!(Unredactable { code: TOO_LARGE, message: String::new() }.http_status(), 413);
        Ok(())
    }
}
