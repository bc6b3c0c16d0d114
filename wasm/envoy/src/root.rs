//! The root context: one per plugin configuration. It parses the configuration once, compiles the
//! policy into a [`ward_core::redact::Redactor`], and hands both to every request's HTTP context.

use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{ContextType, LogLevel};

use crate::config::Settings;
use crate::filter::RedactBody;
use crate::host::{self, Counter};

/// Envoy stats the filter keeps (Envoy shows them as `wasmcustom.ward_envoy.*`).
#[derive(Clone, Copy, Debug)]
pub struct Counters {
    /// Requests whose body went through the redactor (with or without findings).
    pub redacted: Counter,
    /// Values replaced, summed over all requests.
    pub findings: Counter,
    /// Bodies forwarded unredacted under `failure_mode: open`.
    pub passed_unredacted: Counter,
    /// Requests answered with a local error reply under `failure_mode: closed`.
    pub rejected: Counter,
}

impl Counters {
    fn define() -> Counters {
        Counters {
            redacted: Counter::define("ward_envoy.requests_redacted"),
            findings: Counter::define("ward_envoy.findings"),
            passed_unredacted: Counter::define("ward_envoy.requests_passed_unredacted"),
            rejected: Counter::define("ward_envoy.requests_rejected"),
        }
    }
}

/// The root context. `settings` is `None` until a configuration has been accepted.
#[derive(Default)]
pub struct Root {
    settings: Option<Rc<Settings>>,
    counters: Option<Counters>,
}

impl Context for Root {}

impl RootContext for Root {
    fn on_configure(&mut self, _plugin_configuration_size: usize) -> bool {
        let parsed = host::plugin_configuration()
            .map_err(|status| format!("cannot read the plugin configuration: {status:?}"))
            .and_then(|bytes| Settings::from_json(&bytes));
        match parsed {
            Ok(settings) => {
                host::log(LogLevel::Info, &format!("ward-envoy: configured: {}", settings.describe()));
                self.settings = Some(Rc::new(settings));
                self.counters = Some(Counters::define());
                true
            }
            Err(reason) => {
                host::log(LogLevel::Error, &format!("ward-envoy: invalid plugin configuration: {reason}"));
                false
            }
        }
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        // Returning `None` would make the SDK panic; an unconfigured filter answers every request itself.
        let configured = self.settings.clone().zip(self.counters);
        Some(Box::new(RedactBody::new(configured)))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}
