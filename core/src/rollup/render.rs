//! Text-table and CSV renderings of a [`Rollup`].
//!
//! The text table is for people at a terminal (aligned columns, costs in dollars to 6 decimals); the CSV
//! is for spreadsheets and scripts: one long table (`dimension,key,…`), RFC 4180 quoting, full float
//! precision, `\n` line ends. Values are written as they are (no formula-injection prefix), so a key
//! such as `=cmd` round-trips exactly; spreadsheet users should import rather than open such files.

use std::fmt::Write as _;

use super::{Rollup, Row, Totals};

const HEAD: [&str; 10] = [
    "calls",
    "failed",
    "input",
    "output",
    "cache_read",
    "cache_write",
    "reasoning",
    "cache_hit",
    "cost_usd",
    "unpriced",
];

fn pct(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| format!("{:.1}%", r * 100.0))
}

fn cells(t: &Totals) -> [String; 10] {
    [
        t.calls.to_string(),
        t.failed_calls.to_string(),
        t.input_tokens.to_string(),
        t.output_tokens.to_string(),
        t.cache_read_input_tokens.to_string(),
        t.cache_creation_input_tokens.to_string(),
        t.reasoning_output_tokens.to_string(),
        pct(t.cache_hit_rate),
        format!("{:.6}", t.cost_usd),
        t.unpriced_calls.to_string(),
    ]
}

fn table(out: &mut String, title: &str, key_name: &str, rows: &[Row]) {
    if rows.is_empty() {
        return;
    }
    let body: Vec<(String, [String; 10])> = rows
        .iter()
        .map(|r| (if r.key.is_empty() { "(none)".to_string() } else { r.key.clone() }, cells(&r.totals)))
        .collect();
    let kw = body.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0).max(key_name.len());
    let mut widths = HEAD.map(str::len);
    for (_, c) in &body {
        for (w, cell) in widths.iter_mut().zip(c) {
            *w = (*w).max(cell.len());
        }
    }
    let _ = writeln!(out, "\n{title}");
    let _ = write!(out, "{key_name:<kw$}");
    for (h, w) in HEAD.iter().zip(widths) {
        let _ = write!(out, "  {h:>w$}");
    }
    out.push('\n');
    for (k, c) in &body {
        let pad = kw.saturating_sub(k.chars().count());
        let _ = write!(out, "{k}{:pad$}", "");
        for (cell, w) in c.iter().zip(widths) {
            let _ = write!(out, "  {cell:>w$}");
        }
        out.push('\n');
    }
}

/// The terminal report.
pub fn text(r: &Rollup) -> String {
    let t = &r.total;
    let mut out = String::new();
    let _ = writeln!(out, "ward cost report (prices: {})", r.price_source);
    let _ = writeln!(
        out,
        "calls {}  failed {}  cost ${:.6}  cache hit {}  unpriced {}  no usage {}  estimated {}",
        t.calls,
        t.failed_calls,
        t.cost_usd,
        pct(t.cache_hit_rate),
        t.unpriced_calls,
        t.no_usage_calls,
        t.estimated_calls
    );
    let _ = writeln!(
        out,
        "tokens in {} (cache read {}, cache write {})  out {} (reasoning {})",
        t.input_tokens,
        t.cache_read_input_tokens,
        t.cache_creation_input_tokens,
        t.output_tokens,
        t.reasoning_output_tokens
    );
    if let Some(p) = &r.projection {
        let _ = writeln!(
            out,
            "month {}: ${:.6} to date (as of {}), run rate ${:.6}/day over {:.2} days, projected ${:.6}",
            p.month,
            p.month_to_date_usd,
            p.as_of,
            p.run_rate_usd_per_day,
            p.run_rate_window_days,
            p.projected_month_usd
        );
    }
    table(&mut out, "By day", "day", &r.by_day);
    table(&mut out, "By model", "model", &r.by_model);
    table(&mut out, "By feature", "feature", &r.by_feature);
    table(&mut out, "By user", "user", &r.by_user);
    table(&mut out, "By tenant", "tenant", &r.by_tenant);
    if !r.top_spenders.is_empty() {
        let _ = writeln!(out, "\nTop spenders");
        for s in &r.top_spenders {
            let _ = writeln!(
                out,
                "{:<8} {}  ${:.6}  {:.1}%  {} calls",
                s.dimension,
                s.key,
                s.cost_usd,
                s.share * 100.0,
                s.calls
            );
        }
    }
    if !r.unknown_models.is_empty() {
        let _ = writeln!(out, "\nUnknown models (not priced, not counted as $0)");
        for u in &r.unknown_models {
            let lines: Vec<String> = u.lines.iter().map(usize::to_string).collect();
            let _ = writeln!(
                out,
                "{} ({})  {} calls  in {}  out {}  lines {}",
                u.model,
                u.provider,
                u.calls,
                u.input_tokens,
                u.output_tokens,
                lines.join(",")
            );
        }
    }
    if !r.record_errors.is_empty() {
        let _ = writeln!(out, "\nUnreadable lines ({})", r.record_errors.len());
        for e in &r.record_errors {
            let _ = writeln!(out, "line {}: {}: {}", e.line, e.code, e.message);
        }
    }
    out
}

/// RFC 4180 field quoting.
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// The long CSV table.
pub fn csv(r: &Rollup) -> String {
    let mut out = String::from(
        "dimension,key,calls,failed_calls,input_tokens,output_tokens,cache_read_input_tokens,\
         cache_creation_input_tokens,reasoning_output_tokens,cache_hit_rate,cost_usd,priced_calls,\
         unpriced_calls,no_usage_calls,estimated_calls\n",
    );
    let mut row = |dim: &str, key: &str, t: &Totals| {
        let _ = writeln!(
            out,
            "{dim},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
            csv_field(key),
            t.calls,
            t.failed_calls,
            t.input_tokens,
            t.output_tokens,
            t.cache_read_input_tokens,
            t.cache_creation_input_tokens,
            t.reasoning_output_tokens,
            t.cache_hit_rate.map(|v| v.to_string()).unwrap_or_default(),
            t.cost_usd,
            t.priced_calls,
            t.unpriced_calls,
            t.no_usage_calls,
            t.estimated_calls
        );
    };
    row("total", "", &r.total);
    for (dim, rows) in [
        ("day", &r.by_day),
        ("model", &r.by_model),
        ("feature", &r.by_feature),
        ("user", &r.by_user),
        ("tenant", &r.by_tenant),
    ] {
        for x in rows {
            row(dim, &x.key, &x.totals);
        }
    }
    out
}
