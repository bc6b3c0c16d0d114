//! Per-call cost, following LiteLLM's `generic_cost_per_token` and `batch_cost_calculator` rule for rule.
//!
//! Why copy LiteLLM instead of inventing cleaner rules: users compare ward's numbers with LiteLLM's spend
//! logs, and the table comes from LiteLLM, whose keys only mean what its code does with them. The rules:
//! 1. `tiered_pricing` (all-or-nothing bands by input tokens) wins when present;
//! 2. else service-tier keys (`_priority`, `_flex`, …; a missing tier key falls back to the standard key);
//! 3. then every `_above_N_tokens` threshold the prompt exceeds, ascending, reprices **all** token types;
//! 4. missing cache rates fall back to the input rate, a missing 1-hour write rate to the write rate, a
//!    missing reasoning rate to the output rate (explicit zeros stay zeros).
//!
//! Usage is in OTel meaning (input includes cache reads and writes), which is LiteLLM's `prompt_tokens`.

use serde::{Deserialize, Serialize};

use super::table::ModelPrice;
use crate::record::Usage;

const TIER_SUFFIXES: [&str; 4] = ["_ultrafast", "_balanced", "_priority", "_flex"];
const BASE_PREFIXES: [&str; 4] = [
    "input_cost_per_token",
    "output_cost_per_token",
    "cache_read_input_token_cost",
    "cache_creation_input_token_cost",
];
const WRITE_1H: &str = "cache_creation_input_token_cost_above_1hr";

/// How a call was billed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceOptions {
    /// Service tier (`priority`, `flex`, `fast` = priority, `ultrafast`, `balanced`); `None` = standard.
    #[serde(default)]
    pub service_tier: Option<String>,
    /// Priced as a batch job (`_batches` keys, else half the standard rate).
    #[serde(default)]
    pub batch: bool,
}

/// The cost of one call in USD, split by token type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cost {
    /// Uncached input tokens.
    pub input: f64,
    /// Cache-read input tokens.
    pub cache_read: f64,
    /// Cache-write input tokens (all lifetimes).
    pub cache_write: f64,
    /// Non-reasoning output tokens.
    pub output: f64,
    /// Reasoning output tokens.
    pub reasoning: f64,
    /// `input + cache_read + cache_write` (LiteLLM's prompt cost).
    pub prompt: f64,
    /// `output + reasoning` (LiteLLM's completion cost).
    pub completion: f64,
    /// `prompt + completion`.
    pub total: f64,
}

struct Rates {
    input: f64,
    output: f64,
    cache_read: f64,
    cache_write: f64,
    cache_write_1h: f64,
    reasoning: f64,
}

/// LiteLLM's `get_service_tier_cost_key`: `fast` bills as `priority`; unknown tiers use the base key.
fn tier_suffix(service_tier: Option<&str>) -> &'static str {
    match service_tier.map(str::to_ascii_lowercase).as_deref() {
        Some("flex") => "_flex",
        Some("balanced") => "_balanced",
        Some("priority") | Some("fast") => "_priority",
        Some("ultrafast") => "_ultrafast",
        _ => "",
    }
}

/// LiteLLM's `get_cost_per_unit`: the key, else (for a service-tier key) the key without its tier suffix.
fn unit(m: &ModelPrice, key: &str, default: Option<f64>) -> Option<f64> {
    if let Some(r) = m.rate(key) {
        return Some(r);
    }
    if let Some(suffix) = TIER_SUFFIXES.iter().find(|s| key.contains(*s))
        && let Some(r) = m.rate(&key.replace(suffix, ""))
    {
        return Some(r);
    }
    default
}

/// `"272k"` → 272000, `"200000"` → 200000.
fn parse_threshold(s: &str) -> Option<f64> {
    let n: f64 = s.replace('k', "").parse().ok()?;
    Some(if s.contains('k') { n * 1000.0 } else { n })
}

fn above_threshold(key: &str) -> Option<(String, f64)> {
    let tail = key.rsplit_once("_above_")?.1;
    let t = tail.split("_tokens").next()?;
    Some((t.to_string(), parse_threshold(t)?))
}

fn band_rates(m: &ModelPrice, prompt: u64) -> Option<Rates> {
    if m.bands.is_empty() || prompt == 0 {
        return None;
    }
    let mut bands: Vec<_> = m.bands.iter().collect();
    bands.sort_by(|a, b| a.start.total_cmp(&b.start));
    let p = prompt as f64;
    let band = bands.iter().find(|b| b.start < p && p <= b.end).or(bands.last())?;
    let get = |k: &str, fallback: &str| band.rates.get(k).or_else(|| band.rates.get(fallback)).copied();
    let input = *band.rates.get("input_cost_per_token")?;
    let output = match band.rates.get("output_cost_per_token") {
        Some(r) => *r,
        None => m.rate("output_cost_per_token").filter(|r| *r != 0.0).unwrap_or(0.0),
    };
    let cache_write = get("cache_creation_input_token_cost", "input_cost_per_token").unwrap_or(0.0);
    let reasoning = if band.rates.contains_key("output_cost_per_reasoning_token")
        || band.rates.contains_key("output_cost_per_token")
    {
        get("output_cost_per_reasoning_token", "output_cost_per_token").unwrap_or(0.0)
    } else {
        output
    };
    Some(Rates {
        input,
        output,
        cache_read: get("cache_read_input_token_cost", "input_cost_per_token").unwrap_or(0.0),
        cache_write,
        cache_write_1h: band.rates.get(WRITE_1H).copied().unwrap_or(cache_write),
        reasoning,
    })
}

fn standard_rates(m: &ModelPrice, prompt: u64, tier: Option<&str>, inclusive: bool) -> Rates {
    let sfx = tier_suffix(tier);
    let k = |base: &str| format!("{base}{sfx}");
    let mut input = unit(m, &k("input_cost_per_token"), Some(0.0)).unwrap_or(0.0);
    let mut output = unit(m, &k("output_cost_per_token"), Some(0.0)).unwrap_or(0.0);
    let mut cache_write = unit(m, &k("cache_creation_input_token_cost"), None);
    let mut cache_read = unit(m, &k("cache_read_input_token_cost"), None);
    let mut write_1h_key = k(WRITE_1H);

    let mut thresholds: Vec<(String, f64)> = m
        .rates
        .keys()
        .filter(|key| {
            BASE_PREFIXES.iter().any(|p| key.starts_with(&format!("{p}_above_")))
                && key.contains("_tokens")
                && (!(TIER_SUFFIXES.iter().any(|s| key.ends_with(s)) || key.ends_with("_batches"))
                    || (!sfx.is_empty() && key.ends_with(sfx)))
        })
        .filter_map(|key| above_threshold(key))
        .collect();
    thresholds.sort_by(|a, b| a.1.total_cmp(&b.1));
    let p = prompt as f64;
    for (t, value) in thresholds {
        if !(p > value || (inclusive && p == value)) {
            continue;
        }
        let tk = |base: &str| format!("{base}_above_{t}_tokens{sfx}");
        input = unit(m, &tk("input_cost_per_token"), Some(input)).unwrap_or(input);
        output = unit(m, &tk("output_cost_per_token"), Some(output)).unwrap_or(output);
        cache_write = unit(m, &tk("cache_creation_input_token_cost"), cache_write);
        let tiered_1h = format!("{WRITE_1H}_above_{t}_tokens{sfx}");
        if m.rate(&tiered_1h).is_some() {
            write_1h_key = tiered_1h;
        }
        cache_read = unit(m, &tk("cache_read_input_token_cost"), cache_read);
    }
    if m.provider == "fireworks_ai" && m.rate("cache_read_input_token_cost").is_none() && cache_read.is_none()
    {
        // LiteLLM's `with_default_cache_read_rate`: Fireworks bills cached input at half the input rate.
        cache_read = m.rate("input_cost_per_token").map(|r| r * 0.5);
    }
    let cache_write = cache_write.unwrap_or(input);
    let reasoning = {
        let tier_key = k("output_cost_per_reasoning_token");
        match m.rate(&tier_key).or_else(|| if sfx.is_empty() { None } else { unit(m, &tier_key, None) }) {
            Some(r) if m.rate(&tier_key).is_some() => r,
            _ if !sfx.is_empty() && m.rate(&k("output_cost_per_token")).is_some() => output,
            _ => m.rate("output_cost_per_reasoning_token").unwrap_or(output),
        }
    };
    Rates {
        input,
        output,
        cache_read: cache_read.unwrap_or(input),
        cache_write,
        cache_write_1h: unit(m, &write_1h_key, None).unwrap_or(cache_write),
        reasoning,
    }
}

/// LiteLLM bills a prompt that reaches a threshold exactly at the higher tier only for these providers.
fn inclusive_thresholds(provider: &str) -> bool {
    provider == "xai"
}

/// Prices one call. Never fails: an unknown model is the caller's concern (see [`super::lookup`]).
pub fn price_usage(usage: &Usage, m: &ModelPrice, opts: &PriceOptions) -> Cost {
    if opts.batch {
        return price_batch(usage, m);
    }
    if m.provider == "perplexity" {
        return price_perplexity(usage, m);
    }
    // LiteLLM's Fireworks calculator does not pass the service tier on.
    let tier = if m.provider == "fireworks_ai" { None } else { opts.service_tier.as_deref() };
    let prompt = usage.input_tokens;
    let hit = usage.cache_read_input_tokens;
    let write = usage.cache_creation_input_tokens;
    let write_1h = usage.cache_creation_1h_input_tokens.min(write);
    let rates = band_rates(m, prompt)
        .unwrap_or_else(|| standard_rates(m, prompt, tier, inclusive_thresholds(&m.provider)));
    let text_in = prompt.saturating_sub(hit).saturating_sub(write);
    let mut cost = Cost {
        input: text_in as f64 * rates.input,
        cache_read: hit as f64 * rates.cache_read,
        cache_write: (write - write_1h) as f64 * rates.cache_write + write_1h as f64 * rates.cache_write_1h,
        ..Cost::default()
    };
    let reasoning = usage.reasoning_output_tokens;
    if reasoning > 0 {
        cost.output = usage.output_tokens.saturating_sub(reasoning) as f64 * rates.output;
        cost.reasoning = reasoning as f64 * rates.reasoning;
    } else {
        cost.output = usage.output_tokens as f64 * rates.output;
    }
    finish(cost)
}

/// LiteLLM's `batch_cost_calculator`: `_batches` rates (with their own `_above_N` tiers), else half the
/// standard input/output rates.
fn price_batch(usage: &Usage, m: &ModelPrice) -> Cost {
    let prompt = usage.input_tokens as f64;
    let inclusive = inclusive_thresholds(&m.provider);
    let batch_rate = |prefix: &str| -> Option<f64> {
        let flat = format!("{prefix}_batches");
        let mut crossed: Option<(String, f64)> = None;
        for key in m.rates.keys() {
            let Some(rest) = key.strip_prefix(prefix).and_then(|r| r.strip_prefix("_above_")) else {
                continue;
            };
            let Some(t) = rest.strip_suffix("_tokens_batches") else { continue };
            if !t.chars().all(|c| c.is_ascii_digit() || c == 'k') {
                continue;
            }
            let Some(v) = parse_threshold(t) else { continue };
            if (prompt > v || (inclusive && prompt == v)) && crossed.as_ref().is_none_or(|c| v > c.1) {
                crossed = Some((t.to_string(), v));
            }
        }
        match crossed {
            Some((t, _)) => m.rate(&format!("{prefix}_above_{t}_tokens_batches")).or_else(|| m.rate(&flat)),
            None => m.rate(&flat),
        }
    };
    let hit = usage.cache_read_input_tokens;
    let write = usage.cache_creation_input_tokens;
    let write_1h = usage.cache_creation_1h_input_tokens.min(write);
    let mut cost = Cost::default();
    if let Some(input_rate) = batch_rate("input_cost_per_token") {
        let read_rate =
            batch_rate("cache_read_input_token_cost").or_else(|| standard_read_rate(m, usage.input_tokens));
        let cached = if read_rate.is_some() { hit } else { 0 };
        let write_rate = batch_rate("cache_creation_input_token_cost");
        let write_1h_rate = batch_rate(WRITE_1H);
        let written = if write_rate.is_some() || write_1h_rate.is_some() { write } else { 0 };
        cost.input = usage.input_tokens.saturating_sub(cached).saturating_sub(written) as f64 * input_rate;
        cost.cache_read = cached as f64 * read_rate.unwrap_or(0.0);
        if written > 0 {
            let base = write_rate.unwrap_or(input_rate);
            let w1 = write_1h.min(written);
            cost.cache_write = (written - w1) as f64 * base + w1 as f64 * write_1h_rate.unwrap_or(base);
        }
    } else if let Some(input_rate) = m.rate("input_cost_per_token") {
        let base = usage.input_tokens.saturating_sub(hit).saturating_sub(write) as f64;
        cost.input = base * input_rate / 2.0;
        let read = m.rate("cache_read_input_token_cost").filter(|_| hit > 0).map_or(0.0, |r| hit as f64 * r);
        cost.cache_read = read / 2.0;
        let write_rate = m.rate("cache_creation_input_token_cost").unwrap_or(input_rate);
        cost.cache_write = write as f64 * write_rate / 2.0;
    }
    let out_rate = batch_rate("output_cost_per_token")
        .or_else(|| m.rate("output_cost_per_token").map(|r| r / 2.0))
        .unwrap_or(0.0);
    cost.output = usage.output_tokens as f64 * out_rate;
    finish(cost)
}

/// LiteLLM's Perplexity calculator: flat rates (no thresholds or tiers), cache writes billed as input,
/// reasoning billed apart only when the model has a reasoning rate.
fn price_perplexity(usage: &Usage, m: &ModelPrice) -> Cost {
    let input_rate = m.rate("input_cost_per_token").unwrap_or(0.0);
    let output_rate = m.rate("output_cost_per_token").unwrap_or(0.0);
    let cached = usage.cache_read_input_tokens.min(usage.input_tokens);
    let mut cost = Cost {
        input: (usage.input_tokens - cached) as f64 * input_rate,
        cache_read: cached as f64 * m.rate("cache_read_input_token_cost").unwrap_or(input_rate),
        ..Cost::default()
    };
    match m.rate("output_cost_per_reasoning_token") {
        Some(r) if usage.reasoning_output_tokens > 0 => {
            cost.output =
                usage.output_tokens.saturating_sub(usage.reasoning_output_tokens) as f64 * output_rate;
            cost.reasoning = usage.reasoning_output_tokens as f64 * r;
        }
        _ => cost.output = usage.output_tokens as f64 * output_rate,
    }
    finish(cost)
}

fn standard_read_rate(m: &ModelPrice, prompt: u64) -> Option<f64> {
    let p = prompt as f64;
    let mut best: Option<(f64, f64)> = None;
    for (key, rate) in &m.rates {
        let Some(t) =
            key.strip_prefix("cache_read_input_token_cost_above_").and_then(|r| r.strip_suffix("_tokens"))
        else {
            continue;
        };
        if let Some(v) = parse_threshold(t)
            && p > v
            && best.is_none_or(|b| v > b.0)
        {
            best = Some((v, *rate));
        }
    }
    best.map(|b| b.1).or_else(|| m.rate("cache_read_input_token_cost"))
}

fn finish(mut c: Cost) -> Cost {
    c.prompt = c.input + c.cache_read + c.cache_write;
    c.completion = c.output + c.reasoning;
    c.total = c.prompt + c.completion;
    c
}
