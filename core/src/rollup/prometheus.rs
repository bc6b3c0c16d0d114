//! Prometheus text exposition format (version 0.0.4) of a [`Rollup`].
//!
//! ## What a scrape of a batch means
//! The exposition is a snapshot of **cumulative totals over the whole capture** that was rolled up. The
//! counters (`…_total`) are exact sums, not rates, and carry no timestamps, so the scraper stamps them
//! with the scrape time. This is counter-correct when the capture only grows (an append-only JSONL file
//! re-read on each scrape): values never decrease, and `rate()`/`increase()` give spend per second over
//! time. A rotated or truncated capture looks like a counter reset, which Prometheus' `rate()` already
//! handles; scraping the same unchanged capture again yields flat counters (rate 0), also correct.
//! Gauges carry figures that are not sums over time (month to date, run rate, projection).
//!
//! ## Series and names
//! One series per (provider, model, feature, user, tenant) with data; absent attributes are empty label
//! values (Prometheus treats them as absent). Token families are separate, not one family with a
//! `type` label, because cache and reasoning tokens are **subsets** of input and output tokens: summing a
//! `type` label would double-count. Cache-hit rate is derived in PromQL:
//! `sum(rate(ward_llm_cache_read_input_tokens_total[1h])) / sum(rate(ward_llm_input_tokens_total[1h]))`.
//! Unpriced calls are counted in their own family and never added to the cost.
//!
//! ## Escaping
//! Label values escape `\`, `"` and line feed; HELP text escapes `\` and line feed (per the format spec).

use std::fmt::Write as _;

use super::{Rollup, Series, Totals};

/// Escapes a label value.
pub fn escape_label(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

fn escape_help(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\n', "\\n")
}

/// A float as the format wants it (`NaN`, `+Inf`, `-Inf` spelled out).
fn num(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf".into() } else { "-Inf".into() }
    } else {
        format!("{v}")
    }
}

fn labels(s: &Series) -> String {
    format!(
        "provider=\"{}\",model=\"{}\",feature=\"{}\",user=\"{}\",tenant=\"{}\"",
        escape_label(&s.provider),
        escape_label(&s.model),
        escape_label(&s.feature),
        escape_label(&s.user),
        escape_label(&s.tenant)
    )
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {}", escape_help(help));
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

type Field = fn(&Totals) -> f64;

/// The exposition text (`Content-Type: text/plain; version=0.0.4; charset=utf-8`).
pub fn exposition(r: &Rollup) -> String {
    let mut out = String::new();
    let per_series: [(&str, &str, Field); 9] = [
        ("ward_llm_calls_total", "Model calls in the capture.", |t| t.calls as f64),
        ("ward_llm_failed_calls_total", "Model calls that ended with an error.", |t| t.failed_calls as f64),
        (
            "ward_llm_input_tokens_total",
            "Input tokens, including cache reads and writes (OTel meaning).",
            |t| t.input_tokens as f64,
        ),
        ("ward_llm_output_tokens_total", "Output tokens, including reasoning.", |t| t.output_tokens as f64),
        (
            "ward_llm_cache_read_input_tokens_total",
            "Input tokens read from the prompt cache (subset of input tokens).",
            |t| t.cache_read_input_tokens as f64,
        ),
        (
            "ward_llm_cache_creation_input_tokens_total",
            "Input tokens written to the prompt cache (subset of input tokens).",
            |t| t.cache_creation_input_tokens as f64,
        ),
        ("ward_llm_reasoning_output_tokens_total", "Reasoning tokens (subset of output tokens).", |t| {
            t.reasoning_output_tokens as f64
        }),
        (
            "ward_llm_cost_usd_total",
            "Cost of priced calls in USD (unpriced calls are not counted as 0).",
            |t| t.cost_usd,
        ),
        ("ward_llm_unpriced_calls_total", "Calls with usage but no known price (unknown model).", |t| {
            t.unpriced_calls as f64
        }),
    ];
    for (name, help, get) in per_series {
        family(&mut out, name, "counter", help);
        for s in &r.series {
            let _ = writeln!(out, "{name}{{{}}} {}", labels(s), num(get(&s.totals)));
        }
    }
    family(&mut out, "ward_capture_unreadable_lines_total", "counter", "Capture lines that did not parse.");
    let _ = writeln!(out, "ward_capture_unreadable_lines_total {}", r.record_errors.len());
    if let Some(p) = &r.projection {
        let m = escape_label(&p.month);
        for (name, help, v) in [
            (
                "ward_llm_cost_month_to_date_usd",
                "Cost so far in the month of the report's now, USD.",
                p.month_to_date_usd,
            ),
            (
                "ward_llm_cost_run_rate_usd_per_day",
                "Cost per day over the trailing window (up to 7 days).",
                p.run_rate_usd_per_day,
            ),
            (
                "ward_llm_cost_projected_month_usd",
                "Month-end cost projected from the run rate, USD.",
                p.projected_month_usd,
            ),
        ] {
            family(&mut out, name, "gauge", help);
            let _ = writeln!(out, "{name}{{month=\"{m}\"}} {}", num(v));
        }
    }
    out
}
