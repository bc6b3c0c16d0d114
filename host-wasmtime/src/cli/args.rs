//! Command-line parsing (lexopt: tiny, no dependencies; wasmtime already dominates the build).

use std::ffi::OsString;
use std::path::PathBuf;

use lexopt::prelude::*;
use ward_host::Limits;

use super::CliError;

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    /// `ward redact [FILE]`.
    Redact { file: Option<PathBuf>, json: bool, policy: Option<PathBuf>, limits: Limits },
    /// `ward demo`.
    Demo { limits: Limits },
    /// `ward --version`.
    Version,
    /// `ward help`, `--help`, `-h`.
    Help,
}

pub const USAGE: &str = "\
ward: redact PII and secrets from text with the ward WebAssembly component

usage:
  ward redact [FILE] [--json] [--policy FILE] [LIMITS]   redact FILE (or stdin), print the result
  ward demo [LIMITS]                                    redact a bundled sample of LLM traffic
  ward --version                                        print versions
  ward help                                             print this help

redact options:
  --json            print {\"text\", \"findings\"} as JSON instead of the redacted text
  --policy FILE     JSON policy, e.g. {\"entities\": [\"EMAIL\"], \"exclude\": [], \"min_score\": 0.5}

limits (each call into the component runs under them):
  --max-input-bytes N    largest input accepted (default 16MiB); suffixes K, M, G (binary) allowed
  --max-memory-bytes N   largest linear memory of the component (default 512MiB)
  --base-fuel N          fuel of every call, in wasm operators (default 4000000000)
  --fuel-per-byte N      extra fuel per input byte (default 4000)

The input must be UTF-8; every byte outside a finding is printed unchanged.
Errors print `ward: <code>: <message>` and exit with status 1 (2 for usage errors).
";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    let mut parser = lexopt::Parser::from_args(args);
    let Some(first) = parser.next().map_err(usage)? else {
        return Ok(Command::Help);
    };
    let command = match first {
        Long("version") | Short('V') => return finish(&mut parser, Command::Version),
        Long("help") | Short('h') => return Ok(Command::Help),
        Value(v) => v.string().map_err(usage)?,
        other => return Err(usage(other.unexpected())),
    };
    match command.as_str() {
        "redact" => redact(&mut parser),
        "demo" => demo(&mut parser),
        "version" => finish(&mut parser, Command::Version),
        "help" => Ok(Command::Help),
        other => Err(CliError::usage(format!("unknown command `{other}` (try `ward help`)"))),
    }
}

fn redact(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let (mut file, mut json, mut policy, mut limits) = (None, false, None, Limits::default());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long("json") => json = true,
            Long("policy") => policy = Some(PathBuf::from(parser.value().map_err(usage)?)),
            Long("help") | Short('h') => return Ok(Command::Help),
            Value(v) if file.is_none() => file = Some(PathBuf::from(v)),
            Long(name) => {
                let name = name.to_owned();
                limit(parser, &name, &mut limits)?;
            }
            other => return Err(usage(other.unexpected())),
        }
    }
    // `-` is stdin, as in most tools.
    let file = file.filter(|f| f.as_os_str() != "-");
    Ok(Command::Redact { file, json, policy, limits })
}

fn demo(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let mut limits = Limits::default();
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help),
            Long(name) => {
                let name = name.to_owned();
                limit(parser, &name, &mut limits)?;
            }
            other => return Err(usage(other.unexpected())),
        }
    }
    Ok(Command::Demo { limits })
}

/// Applies the limit option `--name`, or rejects an unknown option.
fn limit(parser: &mut lexopt::Parser, name: &str, limits: &mut Limits) -> Result<(), CliError> {
    let mut value = || -> Result<u64, CliError> {
        let raw = parser.value().map_err(usage)?.string().map_err(usage)?;
        size(&raw).ok_or_else(|| {
            CliError::usage(format!("--{name}: `{raw}` is not a number (suffixes K, M, G allowed)"))
        })
    };
    let as_usize = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    match name {
        "max-input-bytes" => limits.max_input_bytes = as_usize(value()?),
        "max-memory-bytes" => limits.max_memory_bytes = as_usize(value()?),
        "base-fuel" => limits.base_fuel = value()?,
        "fuel-per-byte" => limits.fuel_per_byte = value()?,
        _ => return Err(CliError::usage(format!("unknown option --{name} (try `ward help`)"))),
    }
    Ok(())
}

/// `123`, `16K`, `16M`, `1G` (also `KiB`, `MiB`, `GiB`): binary multiples.
fn size(raw: &str) -> Option<u64> {
    let digits_end = raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len());
    let (digits, suffix) = raw.split_at(digits_end);
    let shift = match suffix {
        "" => 0,
        "K" | "k" | "KiB" => 10,
        "M" | "MiB" => 20,
        "G" | "GiB" => 30,
        _ => return None,
    };
    digits.parse::<u64>().ok()?.checked_mul(1 << shift)
}

fn finish(parser: &mut lexopt::Parser, command: Command) -> Result<Command, CliError> {
    match parser.next().map_err(usage)? {
        None => Ok(command),
        Some(arg) => Err(usage(arg.unexpected())),
    }
}

fn usage(e: lexopt::Error) -> CliError {
    CliError::usage(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, CliError> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn commands() {
        assert_eq!(p(&[]).ok(), Some(Command::Help));
        assert_eq!(p(&["--version"]).ok(), Some(Command::Version));
        assert_eq!(p(&["help"]).ok(), Some(Command::Help));
        let Ok(Command::Redact { file, json, policy, limits }) =
            p(&["redact", "a.txt", "--json", "--policy", "p.json", "--max-input-bytes", "4K"])
        else {
            panic!("redact did not parse");
        };
        assert_eq!(file, Some(PathBuf::from("a.txt")));
        assert!(json);
        assert_eq!(policy, Some(PathBuf::from("p.json")));
        assert_eq!(limits.max_input_bytes, 4096);
        assert!(matches!(p(&["redact", "-"]), Ok(Command::Redact { file: None, .. })));
    }

    #[test]
    fn usage_errors() {
        for bad in [&["frobnicate"][..], &["redact", "a", "b"], &["redact", "--max-memory-bytes", "lots"]] {
            let err = p(bad).err().map(|e| e.code);
            assert_eq!(err.as_deref(), Some("usage"), "{bad:?}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(size("12"), Some(12));
        assert_eq!(size("16MiB"), Some(16 << 20));
        assert_eq!(size("1G"), Some(1 << 30));
        assert_eq!(size("x"), None);
        assert_eq!(size("99999999999999999999G"), None);
    }
}
