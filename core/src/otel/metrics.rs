//! Records → OTLP/JSON `ExportMetricsServiceRequest` with the GenAI client metrics.
//!
//! v1.41: histograms `gen_ai.client.token.usage` (`{token}`, one point set per `gen_ai.token.type`
//! `input`/`output`), `gen_ai.client.operation.duration` (s) and, for streamed calls,
//! `gen_ai.client.operation.time_to_first_chunk` (s), with the advised explicit bucket boundaries.
//! Latest: token counters `gen_ai.client.inference.usage.{input_tokens,output_tokens,
//! cache_read.input_tokens,cache_write.input_tokens,reasoning.output_tokens}` (monotonic sums with
//! `gen_ai.token.modality`; failed calls add 0 with modality `unknown`), histograms
//! `gen_ai.client.inference.operation.{input,output}_tokens`, `gen_ai.client.inference.duration` and
//! `.time_to_first_chunk`; embeddings use `gen_ai.client.embeddings.*`.
//!
//! A batch is exported as **cumulative** points (temporality 2) whose start is the earliest call start and
//! whose time is the latest call end: the totals of the capture, valid for any backend (a Prometheus
//! exporter needs cumulative data). Points are aggregated per attribute set: operation, provider, request
//! and response model, server address and port, and `error.type` on durations of failed calls.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::anyvalue::{Attrs, obj};
use super::traces::{resource, scope};
use super::{OtelOptions, Semconv};
use crate::cost::Priced;
use crate::record::Record;

/// Advised boundaries of token histograms.
pub const TOKEN_BUCKETS: [f64; 14] = [
    1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0, 4194304.0,
    16777216.0, 67108864.0,
];
/// Advised boundaries of duration histograms (seconds).
pub const DURATION_BUCKETS: [f64; 14] =
    [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

#[derive(Default)]
struct Hist {
    count: u64,
    sum: f64,
    min: f64,
    max: f64,
    buckets: Vec<u64>,
}

impl Hist {
    fn record(&mut self, v: f64, bounds: &[f64]) {
        if self.buckets.is_empty() {
            self.buckets = vec![0; bounds.len() + 1];
            self.min = v;
            self.max = v;
        }
        // Bucket i holds bounds[i-1] < v <= bounds[i]; the last one everything above.
        let i = bounds.iter().position(|b| v <= *b).unwrap_or(bounds.len());
        if let Some(slot) = self.buckets.get_mut(i) {
            *slot += 1;
        }
        self.count += 1;
        self.sum += v;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }
}

/// Attribute sets are keyed by their sorted (key, value) pairs.
type Key = Vec<(String, Value)>;

struct Family {
    name: &'static str,
    unit: &'static str,
    description: &'static str,
    bounds: &'static [f64],
    hist: BTreeMap<String, (Key, Hist)>,
    sums: BTreeMap<String, (Key, u64)>,
}

impl Family {
    fn new(
        name: &'static str,
        unit: &'static str,
        description: &'static str,
        bounds: &'static [f64],
    ) -> Self {
        Family { name, unit, description, bounds, hist: BTreeMap::new(), sums: BTreeMap::new() }
    }

    fn observe(&mut self, key: &Key, v: f64) {
        let bounds = self.bounds;
        let id = serde_json::to_string(key).unwrap_or_default();
        self.hist.entry(id).or_insert_with(|| (key.clone(), Hist::default())).1.record(v, bounds);
    }

    fn add(&mut self, key: &Key, v: u64) {
        let id = serde_json::to_string(key).unwrap_or_default();
        self.sums.entry(id).or_insert_with(|| (key.clone(), 0)).1 += v;
    }
}

fn attrs(key: &Key) -> Value {
    let mut a = Attrs::default();
    for (k, v) in key {
        match v {
            Value::Number(n) => a.int(k, n.as_i64().unwrap_or(0)),
            Value::String(s) => a.str(k, s),
            _ => {}
        }
    }
    a.into_value()
}

fn base_key(r: &Record) -> Key {
    let mut k: Key = vec![("gen_ai.operation.name".into(), json!(r.operation))];
    if !r.provider.is_empty() {
        k.push(("gen_ai.provider.name".into(), json!(r.provider)));
    }
    if let Some(m) = &r.request_model {
        k.push(("gen_ai.request.model".into(), json!(m)));
    }
    if let Some(m) = &r.response_model {
        k.push(("gen_ai.response.model".into(), json!(m)));
    }
    if let Some(h) = &r.server_address {
        k.push(("server.address".into(), json!(h)));
        if let Some(p) = r.server_port {
            k.push(("server.port".into(), json!(p)));
        }
    }
    k
}

fn with(mut k: Key, key: &str, v: &str) -> Key {
    k.push((key.into(), json!(v)));
    k
}

/// Encodes the GenAI client metrics of the model calls among `items`.
pub fn encode_otlp_metrics(items: &[(Record, Option<Priced>)], opts: &OtelOptions) -> Value {
    let latest = opts.semconv == Semconv::Latest;
    let tok = |n| Family::new(n, "{token}", "Number of input and output tokens used.", &TOKEN_BUCKETS);
    let dur = |n| Family::new(n, "s", "GenAI operation duration.", &DURATION_BUCKETS);
    let mut fams: BTreeMap<&'static str, Family> = BTreeMap::new();
    let mut fam = |f: Family| -> &'static str {
        let n = f.name;
        fams.entry(n).or_insert(f);
        n
    };
    let mut obs: Vec<(&'static str, Key, f64)> = Vec::new();
    let mut adds: Vec<(&'static str, Key, u64)> = Vec::new();
    let (mut start, mut end) = (i64::MAX, 0i64);
    for (r, _) in items {
        if !crate::rollup::is_model_call(r) {
            continue;
        }
        let emb = r.operation == "embeddings";
        if let Some(t) = r.timing.start_unix_nano {
            start = start.min(t);
        }
        if let Some(t) = r.timing.end_unix_nano.or(r.timing.start_unix_nano) {
            end = end.max(t);
        }
        let key = base_key(r);
        let mut dkey = key.clone();
        if let Some(e) = &r.error {
            dkey.push(("error.type".into(), json!(if e.kind.is_empty() { "_OTHER" } else { &e.kind })));
        }
        if let Some(l) = r.timing.latency_s.filter(|l| *l >= 0.0) {
            let n = match (latest, emb) {
                (false, _) => "gen_ai.client.operation.duration",
                (true, false) => "gen_ai.client.inference.duration",
                (true, true) => "gen_ai.client.embeddings.duration",
            };
            obs.push((fam(dur(n)), dkey.clone(), l));
        }
        if r.stream
            && let Some(t) = r.timing.time_to_first_token_s.filter(|t| *t >= 0.0)
        {
            let n = if latest {
                "gen_ai.client.inference.time_to_first_chunk"
            } else {
                "gen_ai.client.operation.time_to_first_chunk"
            };
            obs.push((fam(dur(n)), dkey.clone(), t));
        }
        if !latest {
            if let Some(u) = &r.usage {
                let n = fam(tok("gen_ai.client.token.usage"));
                obs.push((n, with(key.clone(), "gen_ai.token.type", "input"), u.input_tokens as f64));
                if !emb {
                    obs.push((n, with(key.clone(), "gen_ai.token.type", "output"), u.output_tokens as f64));
                }
            }
            continue;
        }
        let modality = if r.usage.is_some() { "text" } else { "unknown" };
        let u = r.usage.clone().unwrap_or_default();
        let ckey = with(key.clone(), "gen_ai.token.modality", modality);
        let counters: [(&'static str, u64); 5] = [
            ("gen_ai.client.inference.usage.input_tokens", u.input_tokens),
            ("gen_ai.client.inference.usage.output_tokens", u.output_tokens),
            ("gen_ai.client.inference.usage.cache_read.input_tokens", u.cache_read_input_tokens),
            ("gen_ai.client.inference.usage.cache_write.input_tokens", u.cache_creation_input_tokens),
            ("gen_ai.client.inference.usage.reasoning.output_tokens", u.reasoning_output_tokens),
        ];
        for (n, v) in counters.into_iter().take(if emb { 1 } else { 5 }) {
            adds.push((fam(Family::new(n, "{token}", "Tokens used.", &[])), ckey.clone(), v));
        }
        if r.usage.is_some() {
            let (i, o) = if emb {
                ("gen_ai.client.embeddings.operation.input_tokens", None)
            } else {
                (
                    "gen_ai.client.inference.operation.input_tokens",
                    Some("gen_ai.client.inference.operation.output_tokens"),
                )
            };
            obs.push((fam(tok(i)), key.clone(), u.input_tokens as f64));
            if let Some(o) = o {
                obs.push((fam(tok(o)), key.clone(), u.output_tokens as f64));
            }
        }
    }
    for (n, k, v) in obs {
        if let Some(f) = fams.get_mut(n) {
            f.observe(&k, v);
        }
    }
    for (n, k, v) in adds {
        if let Some(f) = fams.get_mut(n) {
            f.add(&k, v);
        }
    }
    let start = if start == i64::MAX { end } else { start };
    let (st, t) = (start.max(0).to_string(), end.max(0).to_string());
    let metrics: Vec<Value> = fams.into_values().map(|f| family_json(f, &st, &t)).collect();
    let scope_metrics = obj([
        ("scope", scope()),
        ("metrics", Value::Array(metrics)),
        ("schemaUrl", Value::String(opts.semconv.schema_url().to_string())),
    ]);
    let rm = obj([("resource", resource(opts)), ("scopeMetrics", Value::Array(vec![scope_metrics]))]);
    obj([("resourceMetrics", Value::Array(vec![rm]))])
}

fn family_json(f: Family, start: &str, time: &str) -> Value {
    let mut m = json!({ "name": f.name, "unit": f.unit, "description": f.description });
    if f.sums.is_empty() {
        let points: Vec<Value> = f
            .hist
            .into_values()
            .map(|(k, h)| {
                json!({
                    "attributes": attrs(&k),
                    "startTimeUnixNano": start,
                    "timeUnixNano": time,
                    "count": h.count.to_string(),
                    "sum": h.sum,
                    "bucketCounts": h.buckets.iter().map(u64::to_string).collect::<Vec<_>>(),
                    "explicitBounds": f.bounds,
                    "min": h.min,
                    "max": h.max,
                })
            })
            .collect();
        m["histogram"] = json!({ "dataPoints": points, "aggregationTemporality": 2 });
    } else {
        let points: Vec<Value> = f
            .sums
            .into_values()
            .map(|(k, v)| {
                json!({
                    "attributes": attrs(&k),
                    "startTimeUnixNano": start,
                    "timeUnixNano": time,
                    "asInt": i64::try_from(v).unwrap_or(i64::MAX).to_string(),
                })
            })
            .collect();
        m["sum"] = json!({ "dataPoints": points, "aggregationTemporality": 2, "isMonotonic": true });
    }
    m
}
