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
