//! The few Envoy host calls the filter makes, returning or logging failures instead of panicking.
//!
//! The SDK's `Context`/`HttpContext` helper methods `unwrap` the status of every host call; with
//! `panic = "abort"` an unexpected status (say, a header map that is no longer available) would abort the
//! VM. These wrappers call `proxy_wasm::hostcalls` directly and hand the status back.

use proxy_wasm::hostcalls;
use proxy_wasm::types::{BufferType, LogLevel, MapType, MetricType, Status};

/// Writes `message` to Envoy's log (the `wasm` logger). A failed log call has nowhere to be reported.
pub fn log(level: LogLevel, message: &str) {
    let _ = hostcalls::log(level, message);
}

/// The plugin configuration bytes (empty when Envoy passes none).
pub fn plugin_configuration() -> Result<Vec<u8>, Status> {
    Ok(hostcalls::get_buffer(BufferType::PluginConfiguration, 0, usize::MAX)?.unwrap_or_default())
}

/// A request header (or pseudo-header such as `:path`); `None` when absent or unreadable.
pub fn request_header(name: &str) -> Option<String> {
    hostcalls::get_map_value(MapType::HttpRequestHeaders, name).ok().flatten()
}

/// A response header (or `:status`); `None` when absent or unreadable.
pub fn response_header(name: &str) -> Option<String> {
    hostcalls::get_map_value(MapType::HttpResponseHeaders, name).ok().flatten()
}

/// The current time in Unix nanoseconds, as Envoy's clock says; `None` if the host refuses.
pub fn now_unix_nano() -> Option<i64> {
    let now = hostcalls::get_current_time().ok()?;
    let since = now.duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(since.as_nanos()).ok()
}

/// Removes a request header; a failure is logged (the header map is gone, so there is nothing to remove).
pub fn remove_request_header(name: &str) {
    if let Err(status) = hostcalls::remove_map_value(MapType::HttpRequestHeaders, name) {
        log(LogLevel::Warn, &format!("ward-envoy: cannot remove request header {name}: {status:?}"));
    }
}

/// Sets (replaces) a response header.
pub fn set_response_header(name: &str, value: &str) -> Result<(), Status> {
    hostcalls::set_map_value(MapType::HttpResponseHeaders, name, Some(value))
}

/// The first `len` bytes of the buffered request body.
pub fn request_body(len: usize) -> Result<Vec<u8>, Status> {
    Ok(hostcalls::get_buffer(BufferType::HttpRequestBody, 0, len)?.unwrap_or_default())
}

/// The response body bytes of the current callback (with `Continue`, only this chunk).
pub fn response_body(len: usize) -> Result<Vec<u8>, Status> {
    Ok(hostcalls::get_buffer(BufferType::HttpResponseBody, 0, len)?.unwrap_or_default())
}

/// Removes a response header; a failure is logged.
pub fn remove_response_header(name: &str) {
    if let Err(status) = hostcalls::remove_map_value(MapType::HttpResponseHeaders, name) {
        log(LogLevel::Warn, &format!("ward-envoy: cannot remove response header {name}: {status:?}"));
    }
}

/// Replaces the first `len` bytes of the response body (the buffered body, or the current chunk).
pub fn replace_response_body(len: usize, bytes: &[u8]) -> Result<(), Status> {
    hostcalls::set_buffer(BufferType::HttpResponseBody, 0, len, bytes)
}

/// Resets the response stream: the client sees the response cut off.
pub fn reset_response() {
    if let Err(status) = hostcalls::reset_http_response() {
        log(LogLevel::Error, &format!("ward-envoy: cannot reset the response: {status:?}"));
    }
}

/// Replaces the first `len` bytes of the buffered request body with `bytes`.
pub fn replace_request_body(len: usize, bytes: &[u8]) -> Result<(), Status> {
    hostcalls::set_buffer(BufferType::HttpRequestBody, 0, len, bytes)
}

/// Answers the client directly; the request is not forwarded.
pub fn send_local_reply(status: u32, headers: Vec<(&str, &str)>, body: &[u8]) -> Result<(), Status> {
    hostcalls::send_http_response(status, headers, Some(body))
}

/// Resets the request stream: the last resort when even a local reply cannot be sent.
pub fn reset_request() {
    if let Err(status) = hostcalls::reset_http_request() {
        log(LogLevel::Error, &format!("ward-envoy: cannot reset the request: {status:?}"));
    }
}

/// A counter in Envoy's stats (shown with Envoy's `wasmcustom.` prefix). A counter Envoy refused to
/// define is simply not counted.
#[derive(Clone, Copy, Debug)]
pub struct Counter(Option<u32>);

impl Counter {
    /// Defines (or finds) the counter `name`.
    pub fn define(name: &str) -> Counter {
        match hostcalls::define_metric(MetricType::Counter, name) {
            Ok(id) => Counter(Some(id)),
            Err(status) => {
                log(LogLevel::Warn, &format!("ward-envoy: cannot define counter {name}: {status:?}"));
                Counter(None)
            }
        }
    }

    /// Adds `by` to the counter.
    pub fn add(self, by: impl TryInto<i64>) {
        if let Some(id) = self.0 {
            let _ = hostcalls::increment_metric(id, by.try_into().unwrap_or(i64::MAX));
        }
    }
}

/// A histogram in Envoy's stats. Envoy merges histograms on its stats flush (`stats_flush_interval`,
/// default 5 s), so recorded values appear in `/stats/prometheus` after the next flush.
#[derive(Clone, Copy, Debug)]
pub struct Histogram(Option<u32>);

impl Histogram {
    /// Defines (or finds) the histogram `name`.
    pub fn define(name: &str) -> Histogram {
        match hostcalls::define_metric(MetricType::Histogram, name) {
            Ok(id) => Histogram(Some(id)),
            Err(status) => {
                log(LogLevel::Warn, &format!("ward-envoy: cannot define histogram {name}: {status:?}"));
                Histogram(None)
            }
        }
    }

    /// Records one value.
    pub fn record(self, value: u64) {
        if let Some(id) = self.0 {
            let _ = hostcalls::record_metric(id, value);
        }
    }
}
