//! Cost: what each call cost, from a price table generated from LiteLLM's model cost map.
//!
//! Three parts, one concept each: [`table`] (the data and user overrides), [`lookup`] (which table entry a
//! model name means: provider prefixes, dated snapshots, aliases) and [`price`] (LiteLLM's pricing rules).
//! Unknown models are an `unknown_model` error, never a zero cost: a silent $0 is the most common spend
//! tracking complaint.

pub mod lookup;
pub mod price;
pub mod table;

pub use price::{Cost, PriceOptions, price_usage};
pub use table::{ModelPrice, PriceTable};

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::record::Record;

/// The cost of one record, with the table entry it was priced from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Priced {
    /// The price table entry used (e.g. `claude-sonnet-4-5-20250929`).
    pub model_key: String,
    /// The cost in USD.
    pub cost: Cost,
    /// The usage was estimated (so is the cost).
    pub estimated: bool,
}

/// Prices a record with `table`. Errors: `unknown_model` when no entry matches, `parse_failed` when the
/// record has no model or no usage.
pub fn price(record: &Record, table: &PriceTable) -> Result<Priced, Error> {
    let model = record.model().ok_or_else(|| Error::parse("record has no model to price"))?;
    let usage = record.usage.as_ref().ok_or_else(|| Error::parse("record has no token usage to price"))?;
    let (key, entry) = lookup::resolve(table, model, Some(&record.provider))
        .or_else(|| {
            record.request_model.as_deref().and_then(|m| lookup::resolve(table, m, Some(&record.provider)))
        })
        .ok_or_else(|| Error::unknown_model(model))?;
    let tier = record.params.service_tier.as_deref();
    let opts = PriceOptions {
        batch: tier == Some("batch"),
        service_tier: tier.filter(|t| *t != "batch").map(str::to_string),
    };
    Ok(Priced {
        model_key: key.to_string(),
        cost: price_usage(usage, entry, &opts),
        estimated: usage.estimated,
    })
}

/// JSON in, JSON out for hosts that see one call at a time (the Envoy filter, a WIT `price` export): one
/// capture-format exchange object → `{"record": Record, "cost": Priced | null, "cost_error": {"code",
/// "message"} | null}`. `prices_override` is a LiteLLM-schema object merged over the built-in table.
/// Errors: the exchange's own (`parse_failed`, `unknown_provider`) and a bad override; an unknown model
/// is a `cost_error`, never a zero cost.
pub fn price_exchange_json(exchange_json: &str, prices_override: Option<&str>) -> Result<String, Error> {
    let record = crate::record::parse_exchange_line(exchange_json, 0)?;
    let owned;
    let table = match prices_override.map(str::trim).filter(|s| !s.is_empty()) {
        Some(o) => {
            owned = PriceTable::builtin_with_override(o)?;
            &owned
        }
        None => PriceTable::builtin()?,
    };
    let (cost, cost_error) = match price(&record, table) {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(serde_json::json!({ "code": e.code(), "message": e.message() }))),
    };
    serde_json::to_string(&serde_json::json!({ "record": record, "cost": cost, "cost_error": cost_error }))
        .map_err(|e| Error::internal(e.to_string()))
}
