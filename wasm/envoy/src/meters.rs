//! Per-model usage and cost stats in Envoy: which Envoy metrics one priced call increments.
//!
//! Envoy stats have names, not labels. Each per-model metric is named
//! `ward_envoy.llm.provider=.=<provider>;.;model=.=<model>;.;<metric>` (Envoy adds `wasmcustom.`), the
//! encoding Istio uses for its Wasm stats: two `stats_tags` regexes in the bootstrap (see `envoy.yaml`)
//! cut the `provider=.=…;.;` and `model=.=…;.;` parts out of the name and turn them into tags, so
//! `/stats/prometheus` shows `ward_envoy_llm_input_tokens{provider="openai",model="gpt-4o"}`. Label
//! values come from the wire, so they are reduced to a safe alphabet (no `;` or `=` can forge another
//! tag) and the number of label sets is capped per worker (`max_models`): later models are counted as
//! `model="other"`, so a client sending random model names cannot grow Envoy's stats without bound.
//!
//! Why this is not in `ward-core`: the name encoding is Envoy's stats model; the numbers themselves
//! (usage in OpenTelemetry meaning, cost from the price table) all come from `ward_core`.

use std::collections::HashMap;

use ward_core::record::exchange_bytes::PricedExchange;

use crate::host::{Counter, Histogram};

/// Longest label value kept (longer names are cut, which keeps stat names bounded too).
const MAX_LABEL: usize = 64;
/// The model label of calls beyond the `max_models` cap.
pub const OTHER: &str = "other";
/// The model label of calls whose record names no model.
pub const NONE: &str = "none";

/// A label value safe inside an Envoy stat name and its tag regexes: ASCII letters, digits and
/// `. _ - : / @ +`; every other character becomes `_`; empty becomes `none`.
pub fn label(raw: &str) -> String {
    let out: String = raw
        .chars()
        .take(MAX_LABEL)
        .map(|c| if c.is_ascii_alphanumeric() || "._-:/@+".contains(c) { c } else { '_' })
        .collect();
    if out.is_empty() { NONE.to_string() } else { out }
}

/// The metrics of one (provider, model) label set.
struct ModelMeters {
    requests: Counter,
    errors: Counter,
    unpriced: Counter,
    estimated: Counter,
    input: Counter,
    output: Counter,
    cache_read: Counter,
    cache_write: Counter,
    reasoning: Counter,
    cost_micro_usd: Counter,
    input_per_call: Histogram,
    output_per_call: Histogram,
    duration_ms: Histogram,
    ttft_ms: Histogram,
    /// Exact running cost in micro-USD, and how much of it the integer counter already shows: the
    /// counter is the exact sum rounded to the nearest micro-dollar (not each call rounded), so cheap calls
    /// are not lost to rounding.
    exact_micro_usd: f64,
    counted_micro_usd: u64,
}

impl ModelMeters {
    fn define(provider: &str, model: &str) -> ModelMeters {
        let name =
            |metric: &str| format!("ward_envoy.llm.provider=.={provider};.;model=.={model};.;{metric}");
        let counter = |metric: &str| Counter::define(&name(metric));
        let histogram = |metric: &str| Histogram::define(&name(metric));
        ModelMeters {
            requests: counter("requests"),
            errors: counter("errors"),
            unpriced: counter("unpriced_requests"),
            estimated: counter("estimated_usage_requests"),
            input: counter("input_tokens"),
            output: counter("output_tokens"),
            cache_read: counter("cache_read_input_tokens"),
            cache_write: counter("cache_creation_input_tokens"),
            reasoning: counter("reasoning_output_tokens"),
            cost_micro_usd: counter("cost_micro_usd"),
            input_per_call: histogram("input_tokens_per_call"),
            output_per_call: histogram("output_tokens_per_call"),
            duration_ms: histogram("duration_ms"),
            ttft_ms: histogram("time_to_first_token_ms"),
            exact_micro_usd: 0.0,
            counted_micro_usd: 0,
        }
    }

    fn add_cost(&mut self, usd: f64) {
        if !usd.is_finite() || usd <= 0.0 {
            return;
        }
        self.exact_micro_usd += usd * 1e6;
        // `as` saturates; the running sum stays exact to 1 µUSD up to 2^53 µUSD (~9e9 USD).
        let target = self.exact_micro_usd.round() as u64;
        if target > self.counted_micro_usd {
            self.cost_micro_usd.add(target - self.counted_micro_usd);
            self.counted_micro_usd = target;
        }
    }
}

/// Every per-model metric set of one worker, created on first use.
pub struct Meters {
    by_label: HashMap<(String, String), ModelMeters>,
    max_models: usize,
}

impl Meters {
    /// An empty registry allowing `max_models` label sets besides the `other` ones.
    pub fn new(max_models: usize) -> Meters {
        Meters { by_label: HashMap::new(), max_models }
    }

    fn slot(&mut self, provider: &str, model: &str) -> &mut ModelMeters {
        let provider = label(provider);
        let mut model = label(model);
        let key_known = self.by_label.contains_key(&(provider.clone(), model.clone()));
        let named = self.by_label.keys().filter(|(_, m)| m != OTHER).count();
        if !key_known && model != OTHER && named >= self.max_models {
            model = OTHER.to_string();
        }
        self.by_label
            .entry((provider.clone(), model.clone()))
            .or_insert_with(|| ModelMeters::define(&provider, &model))
    }

    /// Counts one parsed call: request, error, tokens, cost (or `unpriced_requests` when the model is not
    /// in the price table: never a zero cost), and the per-call histograms.
    pub fn record(&mut self, call: &PricedExchange) {
        let record = &call.record;
        let m = self.slot(&record.provider, record.model().unwrap_or(NONE));
        m.requests.add(1);
        if record.error.is_some() {
            m.errors.add(1);
        }
        if let Some(usage) = &record.usage {
            m.input.add(usage.input_tokens);
            m.output.add(usage.output_tokens);
            m.cache_read.add(usage.cache_read_input_tokens);
            m.cache_write.add(usage.cache_creation_input_tokens);
            m.reasoning.add(usage.reasoning_output_tokens);
            m.input_per_call.record(usage.input_tokens);
            m.output_per_call.record(usage.output_tokens);
            if usage.estimated {
                m.estimated.add(1);
            }
        }
        match &call.priced {
            Ok(priced) => m.add_cost(priced.cost.total),
            Err(e) if e.code() == "unknown_model" => m.unpriced.add(1),
            Err(_) => {} // no usage to price (an error reply): nothing was billed
        }
        if let Some(latency) = record.timing.latency_s {
            m.duration_ms.record(millis(latency));
        }
        if record.stream
            && let Some(ttft) = record.timing.time_to_first_token_s
        {
            m.ttft_ms.record(millis(ttft));
        }
    }
}

/// Seconds to whole milliseconds (negative or non-finite durations count as 0).
fn millis(seconds: f64) -> u64 {
    if seconds.is_finite() && seconds > 0.0 { (seconds * 1000.0).round() as u64 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_forge_tags() {
        assert_eq!(label("gpt-4.1-mini"), "gpt-4.1-mini");
        assert_eq!(label("meta-llama/Llama-3:70b@v1+x"), "meta-llama/Llama-3:70b@v1+x");
        assert_eq!(label("x;.;model=.=y"), "x_._model_._y");
        assert_eq!(label("naïve model"), "na_ve_model");
        assert_eq!(label(""), NONE);
        assert_eq!(label(&"a".repeat(200)).len(), MAX_LABEL);
    }

    #[test]
    fn millis_rounds_and_clamps() {
        assert_eq!(millis(0.0125), 13);
        assert_eq!(millis(-1.0), 0);
        assert_eq!(millis(f64::NAN), 0);
    }
}
