//! The `ward` commands: read input, call the component through [`ward_host::Engine`], print the result.

pub mod args;
mod demo;

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

    fn io(what: &Path, e: &std::io::Error) -> Self {
        CliError { code: "io".into(), message: format!("{}: {e}", what.display()), exit: 1 }
    }

    /// A host error about `source` (a file name; stdin is left implicit).
    fn about(source: Option<&Path>, e: HostError) -> Self {
        let message = match source {
            Some(path) => format!("{}: {}", path.display(), e.message()),
            None => e.message().to_string(),
        };
        CliError { code: e.code().to_string(), message, exit: 1 }
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
        Command::Demo { limits } => demo::run(&mut Engine::new(limits)?),
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
    let policy = match policy {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| CliError::io(path, &e))?;
            let text = String::from_utf8(bytes).map_err(|e| CliError {
                code: "invalid_utf8".into(),
                message: format!(
                    "{}: policy is not valid UTF-8 at byte offset {}",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ),
                exit: 1,
            })?;
            Some(text)
        }
        None => None,
    };
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
fn print(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::io(Path::new("<stdout>"), &e)),
        _ => Ok(()),
    }
}
