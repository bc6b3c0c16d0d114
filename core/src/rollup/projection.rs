//! Month-end cost projection from the run rate.
//!
//! The core has no clock, so "now" is data: the caller's `now`, else the latest call time in the capture
//! (so a report on an old capture projects that capture's month, reproducibly). The rule:
//!
//! - **month to date** = cost of calls timed in `[first instant of now's UTC month, now]`;
//! - **run rate** (USD/day) = cost of calls timed in `[window start, now]` / window length in days, where
//!   the window is the trailing 7 days, shortened to start at the first priced call when the data begins
//!   later, and never shorter than one day (minutes of data are not extrapolated as a full day's rate);
//! - **projection** = month to date + run rate × days left until the next UTC month starts.
//!
//! Calls after `now` are ignored; unpriced calls add nothing (they are listed elsewhere as unknown).

use serde::{Deserialize, Serialize};

use super::Call;
use crate::record::timestamp::{civil_from_days, day_of, days_from_civil, format_date};

const DAY_NS: i128 = 86_400 * 1_000_000_000;
const WINDOW_DAYS: i128 = 7;

/// The projection and the figures it was computed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// "Now" used, Unix nanoseconds.
    pub now_unix_nano: i64,
    /// The UTC month projected, `YYYY-MM`.
    pub month: String,
    /// The UTC date of "now", `YYYY-MM-DD`.
    pub as_of: String,
    /// Cost so far this month, USD.
    pub month_to_date_usd: f64,
    /// Length of the run-rate window, days.
    pub run_rate_window_days: f64,
    /// Cost in the window, USD.
    pub run_rate_window_usd: f64,
    /// `run_rate_window_usd / run_rate_window_days`.
    pub run_rate_usd_per_day: f64,
    /// Days from now to the end of the month (fractional).
    pub days_left: f64,
    /// `month_to_date_usd + run_rate_usd_per_day * days_left`.
    pub projected_month_usd: f64,
}

/// Computes the projection; `None` when no call carries a time and no `now` is given.
pub(crate) fn project(calls: &[Call<'_>], now: Option<i64>) -> Option<Projection> {
    let now = now.or_else(|| calls.iter().filter_map(|c| c.time).max())?;
    let day = day_of(now);
    let (y, m, _) = civil_from_days(day);
    let month_start = i128::from(days_from_civil(y, i64::from(m), 1)) * DAY_NS;
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, i64::from(m) + 1) };
    let next_month = i128::from(days_from_civil(ny, nm, 1)) * DAY_NS;
    let now_i = i128::from(now);
    let first_priced = calls.iter().filter(|c| c.cost.is_some()).filter_map(|c| c.time).min();
    let mut window_start = now_i - WINDOW_DAYS * DAY_NS;
    if let Some(first) = first_priced {
        window_start = window_start.max(i128::from(first));
    }
    window_start = window_start.min(now_i - DAY_NS);
    let (mut mtd, mut window) = (0.0, 0.0);
    for c in calls {
        let (Some(t), Some(cost)) = (c.time, c.cost) else { continue };
        let t = i128::from(t);
        if t > now_i {
            continue;
        }
        if t >= month_start {
            mtd += cost;
        }
        if t >= window_start {
            window += cost;
        }
    }
    let days = |ns: i128| ns as f64 / DAY_NS as f64;
    let window_days = days(now_i - window_start);
    let rate = window / window_days;
    let left = days(next_month - now_i);
    Some(Projection {
        now_unix_nano: now,
        month: format!("{y:04}-{m:02}"),
        as_of: format_date(day),
        month_to_date_usd: mtd,
        run_rate_window_days: window_days,
        run_rate_window_usd: window,
        run_rate_usd_per_day: rate,
        days_left: left,
        projected_month_usd: mtd + rate * left,
    })
}
