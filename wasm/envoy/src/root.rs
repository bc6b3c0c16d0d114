//! The root context: one per plugin configuration. It parses the configuration once, compiles the
//! policy into a [`ward_core::redact::Redactor`], decodes the price table, and hands them, with the
//! stats, to every request's HTTP context.

use std::cell::RefCell;
use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{ContextType, LogLevel};

use crate::config::Settings;
use crate::filter::RedactBody;
use crate::host::{self, Counter};
use crate::meters::Meters;

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
    /// LLM responses that could not be parsed (malformed or truncated body, unknown API).
    pub llm_unparsed: Counter,
    /// LLM responses larger than `max_response_bytes`, not counted per model.
    pub llm_too_large: Counter,
    /// Responses whose placeholders went through the restorer (`restore: true`).
    pub responses_restored: Counter,
    /// Responses forwarded unrestored under `failure_mode: open`.
    pub responses_passed_unrestored: Counter,
    /// Responses reset because they could not be restored, under `failure_mode: closed`.
    pub responses_reset: Counter,
}

impl Counters {
    fn define() -> Counters {
        Counters {
            redacted: Counter::define("ward_envoy.requests_redacted"),
            findings: Counter::define("ward_envoy.findings"),
            passed_unredacted: Counter::define("ward_envoy.requests_passed_unredacted"),
            rejected: Counter::define("ward_envoy.requests_rejected"),
            llm_unparsed: Counter::define("ward_envoy.llm_responses_unparsed"),
            llm_too_large: Counter::define("ward_envoy.llm_responses_too_large"),
            responses_restored: Counter::define("ward_envoy.responses_restored"),
            responses_passed_unrestored: Counter::define("ward_envoy.responses_passed_unrestored"),
            responses_reset: Counter::define("ward_envoy.responses_reset"),
        }
    }
}

/// What every HTTP context of one accepted configuration shares.
pub struct Plugin {
    /// The configuration, with its compiled redactor and price table.
    pub settings: Settings,
    /// The filter-wide counters.
    pub counters: Counters,
    /// The per-model usage and cost stats (the VM is single-threaded; one callback runs at a time).
    pub meters: RefCell<Meters>,
}

/// The root context. `plugin` is `None` until a configuration has been accepted.
#[derive(Default)]
pub struct Root {
    plugin: Option<Rc<Plugin>>,
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
                let meters = RefCell::new(Meters::new(settings.max_models));
                self.plugin = Some(Rc::new(Plugin { settings, counters: Counters::define(), meters }));
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
        Some(Box::new(RedactBody::new(self.plugin.clone())))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}
