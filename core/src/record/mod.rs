//! Call records: the capture format (JSONL of exchanges) and the provider parsers that turn each exchange
//! into one normalized [`Record`].
//!
//! Each provider API has its own module (one concept each); [`exchange`] reads a capture line and
//! dispatches on the detected API. Errors are per line, so one bad exchange never aborts a batch.

mod anthropic;
pub mod estimate;
pub mod exchange;
pub mod exchange_bytes;
pub mod model;
mod openai_chat;
mod openai_responses;
pub mod step;
pub mod timestamp;
#[cfg(feature = "tiktoken")]
pub mod tokenizer;
mod util;

pub use exchange::{RecordError, parse_exchange, parse_exchange_jsonl, parse_exchange_line};
pub use model::{Api, CallError, Document, Message, Params, Part, Record, Step, Timing, Usage};
