//! One module per host: each knows how to build its artifact into `dist/` and how to run its suites.

pub mod cli;
pub mod envoy;
pub mod web;
