//! Call records: the capture format (JSONL of exchanges) and the provider parsers that turn each exchange
//! into one normalized [`Record`].
//!
//! Each provider API has its own module (one concept each); [`exchange`] reads a capture line and
//! dispatches on the detected API. Errors are per line, so one bad exchange never aborts a batch.

pub mod model;

pub use model::{Api, CallError, Document, Message, Params, Part, Record, Step, Timing, Usage};
