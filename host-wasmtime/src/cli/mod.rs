//! The `ward` commands: read input, call the component through [`ward_host::Engine`], print the result.

pub mod args;
mod demo;
mod http;
mod observe;
mod otlp;
mod redact;

use std::io::{Read, Write};
use std::path::Path;

use ward_host::{Engine, HostError, Limits};

use args::Command;

/// A CLI failure, printed as `ward: <code>: <message>`.
#[derive(Debug)]
pub struct CliError {
    pub code: String,
    pub message: String,
    /// 2 for usage errors, 1 otherwise.
    pub exit: u8,
}

impl CliError {
    pub fn usage(message: String) -> Self {
        CliError { code: "usage".into(), message, exit: 2 }
    }

    pub(crate) fn io(what: &Path, e: &std::io::Error) -> Self {
        CliError { code: "io".into(), message: format!("{}: {e}", what.display()), exit: 1 }
    }

    /// A host error about `source` (a file name; stdin is left implicit).
    pub(crate) fn about(source: Option<&Path>, e: HostError) -> Self {
        let message = match source {
            Some(path) => format!("{}: {}", path.display(), e.message()),
            None => e.message().to_string(),
        };
        CliError { code: e.code().to_string(), message, exit: 1 }
    }
}

impl CliError {
    pub(crate) fn internal(message: String) -> Self {
        CliError { code: "internal".into(), message, exit: 1 }
    }
}

impl From<HostError> for CliError {
    fn from(e: HostError) -> Self {
        CliError::about(None, e)
    }
}

/// Runs one parsed command, writing to stdout.
pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Help => print(args::USAGE.as_bytes()),
        Command::Version => version(),
        Command::Redact { file, json, policy, limits } => {
            redact(file.as_deref(), json, policy.as_deref(), limits)
        }
        Command::Demo { out, limits } => {
            demo::run(&mut Engine::new(limits)?, &out.unwrap_or_else(demo::default_out_dir))
        }
        Command::RedactWith(opts) => redact::run(&opts),
        Command::Restore { file, vault, format, limits } => {
            redact::restore(file.as_deref(), &vault, format, limits)
        }
        Command::Cost { file, format, now, top, prices, limits } => {
            observe::cost(&file, &format, now, top, prices.as_deref(), limits)
        }
        Command::Otel(opts) => observe::otel(&opts),
        Command::Traces { file, trace_id, prices, limits } => {
            observe::traces(&file, trace_id, prices.as_deref(), limits)
        }
        Command::Replay { trace_id, file, send, limits } => {
            observe::replay(&trace_id, &file, send.as_deref(), limits)
        }
    }
}

fn version() -> Result<(), CliError> {
    let mut engine = Engine::new(Limits::default())?;
    let line = format!(
        "ward {} (engine {}, wasmtime {})\n",
        env!("CARGO_PKG_VERSION"),
        engine.version()?,
        ward_host::WASMTIME_VERSION
    );
    print(line.as_bytes())
}

fn redact(file: Option<&Path>, json: bool, policy: Option<&Path>, limits: Limits) -> Result<(), CliError> {
    let input = match file {
        Some(path) => std::fs::File::open(path)
            .map_err(|e| CliError::io(path, &e))
            .and_then(|f| read_bounded(f, path, limits.max_input_bytes))?,
        None => read_bounded(std::io::stdin().lock(), Path::new("<stdin>"), limits.max_input_bytes)?,
    };
    let policy = policy.map(read_text).transpose()?;
    let mut engine = Engine::new(limits)?;
    let redaction = engine.redact_bytes(&input, policy.as_deref()).map_err(|e| CliError::about(file, e))?;
    if json {
        let mut out = serde_json::to_vec(&redaction).map_err(|e| CliError {
            code: "internal".into(),
            message: format!("encoding JSON: {e}"),
            exit: 1,
        })?;
        out.push(b'\n');
        print(&out)
    } else {
        print(redaction.text.as_bytes())
    }
}

/// Reads a whole UTF-8 file (policies, vaults, price overrides).
pub(crate) fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|e| CliError::io(path, &e))?;
    utf8(bytes, path)
}

/// Reads FILE (or stdin) up to the input limit, as UTF-8.
pub(crate) fn read_input(file: Option<&Path>, limit: usize) -> Result<String, CliError> {
    let bytes = match file {
        Some(path) => std::fs::File::open(path)
            .map_err(|e| CliError::io(path, &e))
            .and_then(|f| read_bounded(f, path, limit))?,
        None => read_bounded(std::io::stdin().lock(), Path::new("<stdin>"), limit)?,
    };
    utf8(bytes, file.unwrap_or(Path::new("<stdin>")))
}

fn utf8(bytes: Vec<u8>, path: &Path) -> Result<String, CliError> {
    String::from_utf8(bytes).map_err(|e| CliError {
        code: "invalid_utf8".into(),
        message: format!(
            "{}: not valid UTF-8 at byte offset {}",
            path.display(),
            e.utf8_error().valid_up_to()
        ),
        exit: 1,
    })
}

/// Encodes a value as one JSON line.
pub(crate) fn json_line<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, CliError> {
    let mut out = serde_json::to_vec(value).map_err(|e| CliError::internal(format!("encoding JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// Reads at most `limit` bytes: a larger input is refused without being read into memory.
fn read_bounded(reader: impl Read, what: &Path, limit: usize) -> Result<Vec<u8>, CliError> {
    let mut buf = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(cap).read_to_end(&mut buf).map_err(|e| CliError::io(what, &e))?;
    if buf.len() > limit {
        return Err(CliError {
            code: "input_too_large".into(),
            message: format!(
                "{}: input exceeds the limit of {limit} bytes (raise it with --max-input-bytes)",
                what.display()
            ),
            exit: 1,
        });
    }
    Ok(buf)
}

/// Writes to stdout. A closed pipe (`ward redact | head`) is not an error worth reporting.
pub(crate) fn print(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::io(Path::new("<stdout>"), &e)),
        _ => Ok(()),
    }
}
