//! Restoring the request's original values in the response (`"restore": true`).
//!
//! The request was redacted into a per-request vault; placeholders the model echoes back (`[EMAIL_1]`)
//! are replaced here by the original values, so the client sees its own data while the upstream never
//! did. Secrets are never restored: the vault holds only their digest (`ward_core::redact::Vault`).
//!
//! - **JSON** (`application/json`, `…+json`): the body is buffered in Envoy (`Action::Pause` until the
//!   end of the stream, like the request body), bounded by `max_response_bytes`, and restored in one
//!   piece with `ward_core::redact::structured::restore_proxied_json` (every string, including tool-call
//!   arguments that are JSON inside a string; the JSON stays valid).
//! - **SSE** (`text/event-stream`): every chunk is passed through `SseRestorer` and replaced by what it
//!   emits, then forwarded at once (`Continue`). The restorer holds back only an unfinished event and,
//!   inside text deltas, a suffix that could still become a placeholder, so a placeholder split across
//!   chunks or events is restored and nothing else is delayed. What it still holds at the end of the
//!   stream (`finish()`) is appended to the last chunk.
//!
//! `content-length` is removed from the response headers (the restored body has another length).
//! Response headers are forwarded when they arrive (a paused headers callback would stop the body
//! callbacks, as on the request side), so a failure found in the body cannot change them: a response
//! that cannot be restored (over `max_response_bytes`, not UTF-8, not JSON, compressed) follows
//! `failure_mode`: `open` forwards it unrestored (log line and `responses_passed_unrestored`), `closed`
//! resets the response stream (log line and `responses_reset`), so the client sees an error instead of a
//! reply missing its values. Usage stats are fed the upstream's bytes (before restore): the token counts
//! are the same, and the stats copy never holds the restored values.

use proxy_wasm::types::{Action, LogLevel};
use ward_core::redact::Vault;
use ward_core::redact::structured::{SseRestorer, restore_proxied_json};

use crate::config::FailureMode;
use crate::host;
use crate::observe::Observation;
use crate::root::Plugin;

const TOO_LARGE: &str = "input_too_large";
const INTERNAL: &str = "internal";

/// One response being restored.
pub struct Restoring {
    vault: Vault,
    mode: Mode,
}

enum Mode {
    /// Envoy buffers the body until the end of the stream; `buffered` is its size so far.
    Json { buffered: usize },
    /// Each chunk is replaced by the restorer's output. `unemitted` counts the bytes received since the
    /// restorer last emitted any (an upper bound of what it holds), checked against `max_response_bytes`.
    Sse { restorer: Box<SseRestorer>, unemitted: usize },
    /// Restored, or failed open: the rest passes unchanged.
    Passthrough,
    /// Failed closed: the response stream was reset.
    Reset,
}

/// Which responses are restored, by content type.
fn mode_for(content_type: &str) -> Option<bool> {
    let t = content_type.trim().to_ascii_lowercase();
    let essence = t.split(';').next().unwrap_or_default().trim();
    if essence == "text/event-stream" {
        Some(true)
    } else if essence == "application/json" || essence.ends_with("+json") {
        Some(false)
    } else {
        None
    }
}

impl Restoring {
    /// Called with the response headers (the response has a body). `None` when the response is not
    /// JSON or SSE (it passes unchanged); otherwise `content-length` is removed and restoring starts,
    /// or, for a compressed body, the failure mode is applied at once.
    pub fn start(vault: Vault, plugin: &Plugin) -> Option<Restoring> {
        let sse = mode_for(&host::response_header("content-type")?)?;
        let mut restoring = Restoring { vault, mode: Mode::Passthrough };
        if let Some(encoding) = host::response_header("content-encoding")
            && !encoding.trim().eq_ignore_ascii_case("identity")
        {
            let message = format!("the response body is encoded ({encoding}); restore needs it unencoded");
            restoring.fail(plugin, "unsupported_encoding", &message);
            return Some(restoring);
        }
        host::remove_response_header("content-length");
        restoring.mode = if sse {
            match SseRestorer::new(&restoring.vault) {
                Ok(restorer) => Mode::Sse { restorer: Box::new(restorer), unemitted: 0 },
                Err(e) => {
                    restoring.fail(plugin, e.code(), e.message());
                    return Some(restoring);
                }
            }
        } else {
            Mode::Json { buffered: 0 }
        };
        Some(restoring)
    }

    /// One response body callback: `body_size` is the buffered body (JSON) or this chunk (otherwise).
    pub fn on_body(
        &mut self,
        plugin: &Plugin,
        observation: Option<&mut Observation>,
        body_size: usize,
        end_of_stream: bool,
    ) -> Action {
        let max = plugin.settings.max_response_bytes;
        match &mut self.mode {
            Mode::Reset => Action::Pause,
            Mode::Passthrough => {
                if let Some(observation) = observation {
                    observation.on_response_chunk(plugin, body_size);
                }
                Action::Continue
            }
            Mode::Json { buffered } => {
                *buffered = body_size;
                if body_size > max {
                    if let Some(observation) = observation {
                        observation.too_large();
                    }
                    let message =
                        format!("response body of {body_size} bytes exceeds max_response_bytes ({max})");
                    return self.fail(plugin, TOO_LARGE, &message);
                }
                if !end_of_stream {
                    return Action::Pause;
                }
                self.finish_json(plugin, observation, body_size)
            }
            Mode::Sse { restorer, unemitted } => {
                let chunk = match host::response_body(body_size) {
                    Ok(chunk) => chunk,
                    Err(status) => {
                        let message = format!("reading a response chunk: host call failed with {status:?}");
                        return self.fail(plugin, INTERNAL, &message);
                    }
                };
                if let Some(observation) = observation {
                    observation.on_response_bytes(plugin, &chunk);
                }
                let mut out = match restorer.push(&chunk) {
                    Ok(out) => out,
                    Err(e) => return self.fail(plugin, e.code(), e.message()),
                };
                if end_of_stream {
                    match restorer.finish() {
                        Ok(rest) => out.extend_from_slice(&rest),
                        Err(e) => return self.fail(plugin, e.code(), e.message()),
                    }
                }
                *unemitted = if out.is_empty() { unemitted.saturating_add(chunk.len()) } else { 0 };
                if *unemitted > max {
                    let message =
                        format!("an SSE event of over max_response_bytes ({max}) bytes never ended");
                    return self.fail(plugin, TOO_LARGE, &message);
                }
                if out != chunk
                    && let Err(status) = host::replace_response_body(body_size, &out)
                {
                    let message = format!("replacing a response chunk: host call failed with {status:?}");
                    return self.fail(plugin, INTERNAL, &message);
                }
                if end_of_stream {
                    plugin.counters.responses_restored.add(1);
                    self.mode = Mode::Passthrough;
                }
                Action::Continue
            }
        }
    }

    /// The response ended with trailers (the body callbacks never saw `end_of_stream`).
    pub fn on_trailers(&mut self, plugin: &Plugin, observation: Option<&mut Observation>) -> Action {
        match &mut self.mode {
            Mode::Json { buffered } => {
                let len = *buffered;
                self.finish_json(plugin, observation, len)
            }
            Mode::Sse { restorer, .. } => match restorer.finish() {
                Ok(rest) if rest.is_empty() => {
                    plugin.counters.responses_restored.add(1);
                    self.mode = Mode::Passthrough;
                    Action::Continue
                }
                Ok(rest) => {
                    let message = format!(
                        "the stream ended with trailers while {} restored bytes were held",
                        rest.len()
                    );
                    self.fail(plugin, INTERNAL, &message)
                }
                Err(e) => self.fail(plugin, e.code(), e.message()),
            },
            Mode::Passthrough => Action::Continue,
            Mode::Reset => Action::Pause,
        }
    }

    /// Restores the complete buffered JSON body of `len` bytes and lets it go.
    fn finish_json(&mut self, plugin: &Plugin, observation: Option<&mut Observation>, len: usize) -> Action {
        let body = match host::response_body(len) {
            Ok(body) => body,
            Err(status) => {
                let message = format!("reading the response body: host call failed with {status:?}");
                return self.fail(plugin, INTERNAL, &message);
            }
        };
        if let Some(observation) = observation {
            observation.on_response_bytes(plugin, &body);
        }
        let restored = match restore_proxied_json(&self.vault, &body) {
            Ok(restored) => restored,
            Err(e) => return self.fail(plugin, e.code(), e.message()),
        };
        if restored.as_bytes() != body.as_slice()
            && let Err(status) = host::replace_response_body(len, restored.as_bytes())
        {
            let message = format!("replacing the response body: host call failed with {status:?}");
            return self.fail(plugin, INTERNAL, &message);
        }
        plugin.counters.responses_restored.add(1);
        self.mode = Mode::Passthrough;
        Action::Continue
    }

    /// Applies the failure mode to a response that cannot be restored.
    fn fail(&mut self, plugin: &Plugin, code: &str, message: &str) -> Action {
        match plugin.settings.failure_mode {
            FailureMode::Open => {
                plugin.counters.responses_passed_unrestored.add(1);
                host::log(
                    LogLevel::Warn,
                    &format!(
                        "ward-envoy: forwarding the response unrestored (failure_mode=open): {code}: {message}"
                    ),
                );
                self.mode = Mode::Passthrough;
                Action::Continue
            }
            FailureMode::Closed => {
                plugin.counters.responses_reset.add(1);
                host::log(
                    LogLevel::Warn,
                    &format!("ward-envoy: resetting the response (failure_mode=closed): {code}: {message}"),
                );
                host::reset_response();
                self.mode = Mode::Reset;
                Action::Pause
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert_eq!(mode_for("text/event-stream; charset=utf-8"), Some(true));
        assert_eq!(mode_for("application/json"), Some(false));
        assert_eq!(mode_for("Application/JSON; charset=UTF-8"), Some(false));
        assert_eq!(mode_for("application/problem+json"), Some(false));
        assert_eq!(mode_for("text/plain"), None);
        assert_eq!(mode_for("application/jsonl"), None);
        assert_eq!(mode_for(""), None);
    }
}
