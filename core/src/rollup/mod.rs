//! Rollups: tokens, cost and cache-hit rate per day, model, feature, user and tenant; top spenders; a
//! month-end projection; and the models nobody could price.
//!
//! Why in core: the CLI (`ward cost FILE`), the npm package and the Envoy filter all need the same sums,
//! and the same rendering (text table, JSON, CSV, Prometheus exposition), so they forward one call:
//! [`cost_report`] (capture JSONL + options JSON → rendered text).
//!
//! ## What is counted
//! Model calls only (steps such as `execute_tool` or `retrieval` carry no tokens). A call's cost is, in
//! order: the cost the record already carries (`reported_cost_usd`, e.g. `gen_ai.usage.cost` on an
//! ingested span: the bill beats an estimate), else the price-table cost. A call with a model the table
//! does not know and no reported cost is **unpriced**: counted in `unpriced_calls`, listed under
//! `unknown_models`, and never added as $0 to a cost (a silent zero is the most common spend-tracking
//! complaint). A call without usage (typically a failed call) is counted in `no_usage_calls`.
//!
//! ## Cache-hit rate
//! `cache_read_input_tokens / input_tokens`, with input in OpenTelemetry meaning (includes cache reads
//! and writes), so the ratio is comparable across providers.
//!
//! ## Month-end projection
//! See [`projection`]: month-to-date cost plus the run rate (cost per day over the trailing 7 days before
//! `now`, or over the days since the first record when there are fewer) times the days left in the month.

pub mod projection;
pub mod prometheus;
pub mod render;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use projection::Projection;

use crate::Error;
use crate::cost::{PriceTable, price};
use crate::record::timestamp::{day_of, format_date, parse_rfc3339};
use crate::record::{Api, Record, RecordError, parse_exchange_jsonl};

/// Sums over a set of calls.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Model calls.
    pub calls: u64,
    /// Calls that ended with an error.
    pub failed_calls: u64,
    /// Input tokens (OTel meaning: includes cache reads and writes).
    pub input_tokens: u64,
    /// Output tokens (includes reasoning).
    pub output_tokens: u64,
    /// Cache-read input tokens.
    pub cache_read_input_tokens: u64,
    /// Cache-write input tokens.
    pub cache_creation_input_tokens: u64,
    /// Reasoning output tokens.
    pub reasoning_output_tokens: u64,
    /// `cache_read_input_tokens / input_tokens`; `None` without input tokens.
    pub cache_hit_rate: Option<f64>,
    /// Cost of the priced calls, USD.
    pub cost_usd: f64,
    /// Calls with a cost (table or reported).
    pub priced_calls: u64,
    /// Calls with usage whose model has no price and no reported cost.
    pub unpriced_calls: u64,
    /// Calls without token usage (nothing to price).
    pub no_usage_calls: u64,
    /// Calls whose usage was estimated by ward (so is their cost).
    pub estimated_calls: u64,
}

impl Totals {
    fn add(&mut self, call: &Call) {
        self.calls += 1;
        self.failed_calls += u64::from(call.failed);
        if let Some(u) = &call.usage {
            self.input_tokens += u.input_tokens;
            self.output_tokens += u.output_tokens;
            self.cache_read_input_tokens += u.cache_read_input_tokens;
            self.cache_creation_input_tokens += u.cache_creation_input_tokens;
            self.reasoning_output_tokens += u.reasoning_output_tokens;
            self.estimated_calls += u64::from(u.estimated);
        } else {
            self.no_usage_calls += 1;
        }
        match call.cost {
            Some(c) => {
                self.cost_usd += c;
                self.priced_calls += 1;
            }
            None if call.usage.is_some() => self.unpriced_calls += 1,
            None => {}
        }
    }

    fn finish(&mut self) {
        self.cache_hit_rate =
            (self.input_tokens > 0).then(|| self.cache_read_input_tokens as f64 / self.input_tokens as f64);
    }
}

/// One row of a breakdown: a key (a day, a model, a user …) and its totals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The group key; `""` when the attribute is absent.
    pub key: String,
    /// Sums for the group.
    #[serde(flatten)]
    pub totals: Totals,
}

/// Totals of one label combination (provider, model, feature, user, tenant): the Prometheus series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// `gen_ai.provider.name`.
    pub provider: String,
    /// Model (price-table key when priced).
    pub model: String,
    /// `feature` attribute (`""` when absent).
    pub feature: String,
    /// `user` attribute.
    pub user: String,
    /// `tenant` attribute.
    pub tenant: String,
    /// Sums.
    #[serde(flatten)]
    pub totals: Totals,
}

/// A model that no table entry matched, with what it would have needed pricing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UnknownModel {
    /// The model name as recorded.
    pub model: String,
    /// The provider.
    pub provider: String,
    /// Calls.
    pub calls: u64,
    /// Input tokens of those calls.
    pub input_tokens: u64,
    /// Output tokens of those calls.
    pub output_tokens: u64,
    /// Capture lines of the first calls (at most 10), to find them.
    pub lines: Vec<usize>,
}

/// A top spender in one dimension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spender {
    /// `user`, `tenant` or `feature`.
    pub dimension: String,
    /// The attribute value.
    pub key: String,
    /// Cost, USD.
    pub cost_usd: f64,
    /// Calls.
    pub calls: u64,
    /// Share of the total cost (0..=1).
    pub share: f64,
}

/// Everything `ward cost` reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rollup {
    /// All model calls.
    pub total: Totals,
    /// Per UTC day (`YYYY-MM-DD`; `""` for calls without a timestamp), ascending.
    pub by_day: Vec<Row>,
    /// Per model (price-table key when priced, else the recorded model), by cost descending.
    pub by_model: Vec<Row>,
    /// Per `feature` attribute, by cost descending.
    pub by_feature: Vec<Row>,
    /// Per `user` attribute, by cost descending.
    pub by_user: Vec<Row>,
    /// Per `tenant` attribute, by cost descending.
    pub by_tenant: Vec<Row>,
    /// Per (provider, model, feature, user, tenant) combination, sorted by those labels.
    pub series: Vec<Series>,
    /// The top users, tenants and features by cost (up to `top` each; absent attributes left out).
    pub top_spenders: Vec<Spender>,
    /// Models without a price, by calls descending.
    pub unknown_models: Vec<UnknownModel>,
    /// Month-end projection, when any call has a timestamp.
    pub projection: Option<Projection>,
    /// Capture lines that did not parse (they are not in any sum).
    pub record_errors: Vec<RecordError>,
    /// Where the prices came from.
    pub price_source: String,
}

/// Rollup settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RollupOptions {
    /// "Now" for the projection, Unix nanoseconds; `None` = the latest timestamp in the data.
    pub now_unix_nano: Option<i64>,
    /// Top spenders per dimension.
    pub top: usize,
}

impl Default for RollupOptions {
    fn default() -> Self {
        RollupOptions { now_unix_nano: None, top: 10 }
    }
}

/// What the rollup needs of one call.
pub(crate) struct Call<'a> {
    pub(crate) record: &'a Record,
    pub(crate) usage: Option<&'a crate::record::Usage>,
    pub(crate) failed: bool,
    pub(crate) cost: Option<f64>,
    pub(crate) model: String,
    pub(crate) time: Option<i64>,
}

/// Whether a record is a model call (not an agent, tool or retrieval step).
pub fn is_model_call(r: &Record) -> bool {
    r.api != Api::Step
        && !matches!(
            r.operation.as_str(),
            "execute_tool" | "invoke_agent" | "create_agent" | "invoke_workflow" | "retrieval"
        )
}

fn group<'a>(calls: &[Call<'a>], key: impl Fn(&Call<'a>) -> String) -> Vec<Row> {
    let mut map: BTreeMap<String, Totals> = BTreeMap::new();
    for c in calls {
        map.entry(key(c)).or_default().add(c);
    }
    map.into_iter()
        .map(|(key, mut totals)| {
            totals.finish();
            Row { key, totals }
        })
        .collect()
}

fn by_cost(mut rows: Vec<Row>) -> Vec<Row> {
    rows.sort_by(|a, b| b.totals.cost_usd.total_cmp(&a.totals.cost_usd).then_with(|| a.key.cmp(&b.key)));
    rows
}

fn attr(r: &Record, key: &str) -> String {
    match r.attributes.get(key) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// Rolls up parsed capture lines (records and per-line errors) with `table`.
pub fn rollup(results: &[Result<Record, RecordError>], table: &PriceTable, opts: &RollupOptions) -> Rollup {
    let mut calls = Vec::new();
    let mut unknown: BTreeMap<(String, String), UnknownModel> = BTreeMap::new();
    let mut record_errors = Vec::new();
    for r in results {
        let rec = match r {
            Ok(rec) => rec,
            Err(e) => {
                record_errors.push(e.clone());
                continue;
            }
        };
        if !is_model_call(rec) {
            continue;
        }
        let priced = price(rec, table);
        let model = match &priced {
            Ok(p) => p.model_key.clone(),
            Err(_) => rec.model().unwrap_or("").to_string(),
        };
        let cost = rec.reported_cost_usd.or_else(|| priced.as_ref().ok().map(|p| p.cost.total));
        if cost.is_none()
            && let (Some(u), Err(e)) = (&rec.usage, &priced)
            && e.code() == "unknown_model"
        {
            let slot = unknown.entry((model.clone(), rec.provider.clone())).or_insert_with(|| UnknownModel {
                model: model.clone(),
                provider: rec.provider.clone(),
                ..UnknownModel::default()
            });
            slot.calls += 1;
            slot.input_tokens += u.input_tokens;
            slot.output_tokens += u.output_tokens;
            if slot.lines.len() < 10 {
                slot.lines.push(rec.line);
            }
        }
        let time = rec.timing.start_unix_nano.or(rec.timing.end_unix_nano);
        calls.push(Call {
            record: rec,
            usage: rec.usage.as_ref(),
            failed: rec.error.is_some(),
            cost,
            model,
            time,
        });
    }
    let mut total = Totals::default();
    for c in &calls {
        total.add(c);
    }
    total.finish();
    let by_feature = by_cost(group(&calls, |c| attr(c.record, "feature")));
    let by_user = by_cost(group(&calls, |c| attr(c.record, "user")));
    let by_tenant = by_cost(group(&calls, |c| attr(c.record, "tenant")));
    let mut top_spenders = Vec::new();
    for (dimension, rows) in [("user", &by_user), ("tenant", &by_tenant), ("feature", &by_feature)] {
        for row in rows.iter().filter(|r| !r.key.is_empty() && r.totals.priced_calls > 0).take(opts.top) {
            top_spenders.push(Spender {
                dimension: dimension.to_string(),
                key: row.key.clone(),
                cost_usd: row.totals.cost_usd,
                calls: row.totals.calls,
                share: if total.cost_usd > 0.0 { row.totals.cost_usd / total.cost_usd } else { 0.0 },
            });
        }
    }
    let mut series: BTreeMap<[String; 5], Totals> = BTreeMap::new();
    for c in &calls {
        let r = c.record;
        let key =
            [r.provider.clone(), c.model.clone(), attr(r, "feature"), attr(r, "user"), attr(r, "tenant")];
        series.entry(key).or_default().add(c);
    }
    let series = series
        .into_iter()
        .map(|([provider, model, feature, user, tenant], mut totals)| {
            totals.finish();
            Series { provider, model, feature, user, tenant, totals }
        })
        .collect();
    let mut unknown_models: Vec<UnknownModel> = unknown.into_values().collect();
    unknown_models.sort_by(|a, b| b.calls.cmp(&a.calls).then_with(|| a.model.cmp(&b.model)));
    Rollup {
        by_day: group(&calls, |c| c.time.map(|t| format_date(day_of(t))).unwrap_or_default()),
        by_model: by_cost(group(&calls, |c| c.model.clone())),
        by_feature,
        by_user,
        by_tenant,
        series,
        top_spenders,
        unknown_models,
        projection: projection::project(&calls, opts.now_unix_nano),
        total,
        record_errors,
        price_source: table.source().to_string(),
    }
}

/// Output format of [`cost_report`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A text table for terminals.
    #[default]
    Text,
    /// The [`Rollup`] as JSON.
    Json,
    /// One CSV table: `dimension,key,…` rows for total, day, model, feature, user and tenant.
    Csv,
    /// Prometheus text exposition format 0.0.4 (see [`prometheus`]).
    Prometheus,
}

/// Options of [`cost_report`], as JSON: `{"format": "text|json|csv|prometheus", "now": "RFC 3339",
/// "top": 10, "prices": {LiteLLM-schema override}}`; every field optional.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportOptions {
    /// Output format.
    pub format: Format,
    /// "Now" for the projection (RFC 3339); absent = the latest time in the capture.
    pub now: Option<String>,
    /// Top spenders per dimension (default 10).
    pub top: Option<usize>,
    /// A LiteLLM-schema price override merged over the built-in table.
    pub prices: Option<serde_json::Value>,
}

/// Renders a rollup in `format`.
pub fn render(rollup: &Rollup, format: Format) -> Result<String, Error> {
    Ok(match format {
        Format::Text => render::text(rollup),
        Format::Json => serde_json::to_string_pretty(rollup).map_err(|e| Error::internal(e.to_string()))?,
        Format::Csv => render::csv(rollup),
        Format::Prometheus => prometheus::exposition(rollup),
    })
}

/// One call for every host: a capture (JSONL of exchanges) and options JSON (see [`ReportOptions`];
/// `None` or `""` = defaults) → the rendered report. Errors only for bad options or a bad price override;
/// bad capture lines are reported inside the output.
pub fn cost_report(capture_jsonl: &str, options_json: Option<&str>) -> Result<String, Error> {
    let opts: ReportOptions = match options_json.map(str::trim).filter(|s| !s.is_empty()) {
        Some(text) => serde_json::from_str(text).map_err(|e| Error::parse(format!("report options: {e}")))?,
        None => ReportOptions::default(),
    };
    let now = opts.now.as_deref().map(parse_rfc3339).transpose()?;
    let owned;
    let table = match &opts.prices {
        Some(p) => {
            owned = PriceTable::builtin_with_override(&p.to_string())?;
            &owned
        }
        None => PriceTable::builtin()?,
    };
    let results = parse_exchange_jsonl(capture_jsonl);
    let r = rollup(&results, table, &RollupOptions { now_unix_nano: now, top: opts.top.unwrap_or(10) });
    render(&r, opts.format)
}
