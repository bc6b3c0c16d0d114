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
    /// `ward redact` with `--format`, `--findings` or `--vault` (structured or streaming redaction).
    RedactWith(RedactOptions),
    /// `ward restore [FILE] --vault FILE`.
    Restore { file: Option<PathBuf>, vault: PathBuf, format: Format, limits: Limits },
    /// `ward cost FILE`.
    Cost {
        file: PathBuf,
        format: String,
        now: Option<String>,
        top: Option<String>,
        prices: Option<PathBuf>,
        limits: Limits,
    },
    /// `ward otel FILE`.
    Otel(OtelOptions),
    /// `ward traces FILE`.
    Traces { file: PathBuf, trace_id: Option<String>, prices: Option<PathBuf>, limits: Limits },
    /// `ward replay TRACE_ID FILE`.
    Replay { trace_id: String, file: PathBuf, send: Option<String>, limits: Limits },
    /// `ward demo [--out DIR]`.
    Demo { out: Option<PathBuf>, limits: Limits },
    /// `ward --version`.
    Version,
    /// `ward help`, `--help`, `-h`.
    Help,
}

/// Input format of `ward redact` / `ward restore`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, streamed chunk by chunk.
    Text,
    /// One JSON document: every string value.
    Json,
    /// JSON Lines: every line a JSON document.
    Jsonl,
    /// An OpenAI (Chat Completions or Responses) body.
    Openai,
    /// An Anthropic Messages body.
    Anthropic,
    /// A capture (ward's JSONL of LLM calls): bodies by provider, SSE streams event by event.
    Capture,
}

/// `ward redact` options beyond the one-shot form.
#[derive(Debug, PartialEq)]
pub struct RedactOptions {
    pub file: Option<PathBuf>,
    pub format: Format,
    pub policy: Option<PathBuf>,
    /// Where findings go, one JSON object a line.
    pub findings: Option<PathBuf>,
    /// Loaded when it exists, written back after the run.
    pub vault: Option<PathBuf>,
    pub limits: Limits,
}

/// `ward otel` options.
#[derive(Debug, PartialEq)]
pub struct OtelOptions {
    pub file: PathBuf,
    pub endpoint: Option<String>,
    /// `--protocol`: http/protobuf or http/json (default: `OTEL_EXPORTER_OTLP_PROTOCOL`, else protobuf).
    pub protocol: Option<String>,
    /// `--signals`: which of traces and metrics `--endpoint` gets (default both).
    pub signals: Option<String>,
    pub content: bool,
    pub cost_detail: bool,
    pub semconv: Option<String>,
    pub service_name: Option<String>,
    pub prices: Option<PathBuf>,
    pub limits: Limits,
}

pub const USAGE: &str = "\
ward: redact PII and secrets from text with the ward WebAssembly component

usage:
  ward redact [FILE] [--json] [--policy FILE] [LIMITS]   redact FILE (or stdin), print the result
  ward redact [FILE] --format F [--findings FILE] [--vault FILE] [--policy FILE] [LIMITS]
                                                        structured (json, jsonl, openai, anthropic,
                                                        capture) or streamed (text) redaction
  ward restore [FILE] --vault FILE [--format F] [LIMITS] put the originals back (text streamed)
  ward cost FILE [--json|--csv|--prometheus] [--now T] [--top N] [--prices FILE] [LIMITS]
                                                        cost report of a capture (JSONL of LLM calls)
  ward otel FILE [--endpoint URL [--protocol P] [--signals S]] [--content] [--cost-detail]
       [--semconv v1.41|latest] [--service-name NAME] [--prices FILE] [LIMITS]
                                                        OTLP/JSON traces + metrics of a capture
  ward traces FILE [--trace-id ID] [--prices FILE]      per-trace summaries (steps, tools, loops, RAG)
  ward replay TRACE_ID FILE [--send BASE_URL]           rebuild (and re-send) each step's provider request
  ward demo [--out DIR] [LIMITS]                        the whole pipeline on a bundled capture: redaction,
                                                        cost, agent traces, OTLP (files written to DIR,
                                                        default: ward-demo in the temp directory)
  ward --version                                        print versions
  ward help                                             print this help

redact options:
  --json            print {\"text\", \"findings\"} as JSON instead of the redacted text
  --policy FILE     JSON policy, e.g. {\"entities\": [\"EMAIL\"], \"exclude\": [], \"min_score\": 0.5}

redact/restore options:
  --format F        text (default; streamed from FILE or stdin with bounded memory), json, jsonl,
                    openai (Chat Completions or Responses bodies), anthropic (Messages bodies),
                    capture (a capture file: bodies by provider, response_sse event by event so a
                    value split across events is caught, tool arguments and results, attributes
                    but user/tenant/feature/session/provider; a bad line is reported and redacted as
                    text; restore does not take it: captures are stored, not sent back)
  --findings FILE   write the findings there, one JSON object a line
  --vault FILE      placeholders and originals: loaded when FILE exists, written back after redact;
                    same value, same placeholder across runs (secrets are never stored)

cost options:
  --json | --csv | --prometheus   output format (default: a text table)
  --now T           RFC 3339 \"now\" for the month-end projection (default: the latest time in FILE)
  --top N           top spenders per dimension (default 10)
  --prices FILE     LiteLLM-schema price override merged over the built-in table

otel options:
  stdout gets two lines (OTLP file-exporter format): an ExportTraceServiceRequest, then an
  ExportMetricsServiceRequest. OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental selects the latest
  GenAI names (like --semconv latest).
  --endpoint URL    POST them to URL/v1/traces and URL/v1/metrics (OTLP/HTTP; http:// only)
  --protocol P      http/protobuf (default, as in the OTel SDKs) or http/json; without the flag,
                    OTEL_EXPORTER_OTLP_PROTOCOL decides
  --signals S       traces, metrics or traces,metrics (default) for --endpoint
  --content         include message content attributes (redact the capture first)
  --cost-detail     also emit gen_ai.usage.cost.{amount,currency,source}

replay options:
  stdout gets one JSON object per step: span_id, line, api, path, server_address, request, rebuilt.
  --send BASE_URL   POST each request to BASE_URL + its path (http:// only) and print
                    {\"span_id\", \"status\", \"body\"} per step instead

Per-line errors of a capture go to stderr as `line N: <code>: <message>` and never stop the batch.

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
        "restore" => restore(&mut parser),
        "cost" => cost(&mut parser),
        "otel" => otel(&mut parser),
        "traces" => traces(&mut parser),
        "replay" => replay(&mut parser),
        "demo" => demo(&mut parser),
        "version" => finish(&mut parser, Command::Version),
        "help" => Ok(Command::Help),
        other => Err(CliError::usage(format!("unknown command `{other}` (try `ward help`)"))),
    }
}

/// The arguments of one command: positionals, switches, valued options and limits.
#[derive(Default)]
struct Raw {
    positional: Vec<OsString>,
    switches: Vec<&'static str>,
    values: Vec<(&'static str, OsString)>,
    limits: Limits,
    help: bool,
}

impl Raw {
    fn has(&self, name: &str) -> bool {
        self.switches.contains(&name)
    }

    fn value(&self, name: &str) -> Option<OsString> {
        self.values.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }

    fn path(&self, name: &str) -> Option<PathBuf> {
        self.value(name).map(PathBuf::from)
    }

    fn string(&self, name: &str) -> Result<Option<String>, CliError> {
        self.value(name)
            .map(|v| v.into_string().map_err(|_| CliError::usage(format!("--{name}: not valid UTF-8"))))
            .transpose()
    }
}

/// Collects the arguments of a command that takes `switches`, `valued` options, up to `max_positional`
/// positionals, and the limit options.
fn collect(
    parser: &mut lexopt::Parser,
    switches: &[&'static str],
    valued: &[&'static str],
    max_positional: usize,
) -> Result<Raw, CliError> {
    let mut raw = Raw::default();
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long("help") | Short('h') => raw.help = true,
            Long(name) => {
                if let Some(s) = switches.iter().find(|s| **s == name) {
                    raw.switches.push(s);
                } else if let Some(v) = valued.iter().find(|v| **v == name) {
                    raw.values.push((v, parser.value().map_err(usage)?));
                } else {
                    let name = name.to_owned();
                    limit(parser, &name, &mut raw.limits)?;
                }
            }
            Value(v) if raw.positional.len() < max_positional => raw.positional.push(v),
            other => return Err(usage(other.unexpected())),
        }
    }
    Ok(raw)
}

/// The optional FILE argument; `-` is stdin, as in most tools.
fn input(raw: &Raw) -> Option<PathBuf> {
    raw.positional.first().filter(|f| f.as_os_str() != "-").map(PathBuf::from)
}

fn required(raw: &Raw, index: usize, what: &str) -> Result<OsString, CliError> {
    raw.positional
        .get(index)
        .cloned()
        .ok_or_else(|| CliError::usage(format!("missing {what} (try `ward help`)")))
}

fn format(raw: &Raw) -> Result<Option<Format>, CliError> {
    Ok(match raw.string("format")?.as_deref() {
        None => None,
        Some("text") => Some(Format::Text),
        Some("json") => Some(Format::Json),
        Some("jsonl") => Some(Format::Jsonl),
        Some("openai") => Some(Format::Openai),
        Some("anthropic") => Some(Format::Anthropic),
        Some("capture") => Some(Format::Capture),
        Some(other) => {
            return Err(CliError::usage(format!(
                "--format: `{other}` is not text, json, jsonl, openai, anthropic or capture"
            )));
        }
    })
}

fn redact(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &["json"], &["policy", "format", "findings", "vault"], 1)?;
    if raw.help {
        return Ok(Command::Help);
    }
    let (file, policy, limits) = (input(&raw), raw.path("policy"), raw.limits);
    let format = format(&raw)?;
    let (findings, vault) = (raw.path("findings"), raw.path("vault"));
    if format.is_none() && findings.is_none() && vault.is_none() {
        return Ok(Command::Redact { file, json: raw.has("json"), policy, limits });
    }
    if raw.has("json") {
        return Err(CliError::usage("--json cannot be combined with --format, --findings or --vault".into()));
    }
    let format = format.unwrap_or(Format::Text);
    Ok(Command::RedactWith(RedactOptions { file, format, policy, findings, vault, limits }))
}

fn restore(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &[], &["format", "vault"], 1)?;
    if raw.help {
        return Ok(Command::Help);
    }
    let vault = raw.path("vault").ok_or_else(|| CliError::usage("restore needs --vault FILE".into()))?;
    let format = format(&raw)?.unwrap_or(Format::Text);
    if matches!(format, Format::Jsonl | Format::Capture) {
        return Err(CliError::usage(
            "restore: --format jsonl and capture are not supported (use text; a capture is stored, not sent back)"
                .into(),
        ));
    }
    Ok(Command::Restore { file: input(&raw), vault, format, limits: raw.limits })
}

fn cost(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &["json", "csv", "prometheus"], &["now", "top", "prices"], 1)?;
    if raw.help {
        return Ok(Command::Help);
    }
    let formats: Vec<&str> = ["json", "csv", "prometheus"].into_iter().filter(|f| raw.has(f)).collect();
    let format = match formats.as_slice() {
        [] => "text".to_string(),
        [one] => (*one).to_string(),
        _ => return Err(CliError::usage("choose one of --json, --csv, --prometheus".into())),
    };
    Ok(Command::Cost {
        file: PathBuf::from(required(&raw, 0, "FILE")?),
        format,
        now: raw.string("now")?,
        top: raw.string("top")?,
        prices: raw.path("prices"),
        limits: raw.limits,
    })
}

fn otel(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(
        parser,
        &["content", "cost-detail"],
        &["endpoint", "protocol", "signals", "semconv", "service-name", "prices"],
        1,
    )?;
    if raw.help {
        return Ok(Command::Help);
    }
    if raw.string("endpoint")?.is_none()
        && (raw.value("protocol").is_some() || raw.value("signals").is_some())
    {
        return Err(CliError::usage("--protocol and --signals apply to --endpoint URL".into()));
    }
    Ok(Command::Otel(OtelOptions {
        file: PathBuf::from(required(&raw, 0, "FILE")?),
        endpoint: raw.string("endpoint")?,
        protocol: raw.string("protocol")?,
        signals: raw.string("signals")?,
        content: raw.has("content"),
        cost_detail: raw.has("cost-detail"),
        semconv: raw.string("semconv")?,
        service_name: raw.string("service-name")?,
        prices: raw.path("prices"),
        limits: raw.limits,
    }))
}

fn traces(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &[], &["trace-id", "prices"], 1)?;
    if raw.help {
        return Ok(Command::Help);
    }
    Ok(Command::Traces {
        file: PathBuf::from(required(&raw, 0, "FILE")?),
        trace_id: raw.string("trace-id")?,
        prices: raw.path("prices"),
        limits: raw.limits,
    })
}

fn replay(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &[], &["send"], 2)?;
    if raw.help {
        return Ok(Command::Help);
    }
    let trace_id = required(&raw, 0, "TRACE_ID")?
        .into_string()
        .map_err(|_| CliError::usage("TRACE_ID: not valid UTF-8".into()))?;
    Ok(Command::Replay {
        trace_id,
        file: PathBuf::from(required(&raw, 1, "FILE")?),
        send: raw.string("send")?,
        limits: raw.limits,
    })
}

fn demo(parser: &mut lexopt::Parser) -> Result<Command, CliError> {
    let raw = collect(parser, &[], &["out"], 0)?;
    if raw.help {
        return Ok(Command::Help);
    }
    Ok(Command::Demo { out: raw.path("out"), limits: raw.limits })
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
        let Ok(Command::Demo { out, limits }) = p(&["demo", "--out", "d", "--max-input-bytes", "1M"]) else {
            panic!("demo did not parse");
        };
        assert_eq!((out, limits.max_input_bytes), (Some(PathBuf::from("d")), 1 << 20));
        assert!(matches!(p(&["demo"]), Ok(Command::Demo { out: None, .. })));
        let Ok(Command::Otel(o)) = p(&[
            "otel",
            "c.jsonl",
            "--endpoint",
            "http://h",
            "--protocol",
            "http/json",
            "--signals",
            "traces",
        ]) else {
            panic!("otel did not parse");
        };
        assert_eq!((o.protocol.as_deref(), o.signals.as_deref()), (Some("http/json"), Some("traces")));
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &["frobnicate"][..],
            &["redact", "a", "b"],
            &["redact", "--max-memory-bytes", "lots"],
            &["demo", "extra"],
            &["demo", "--out"],
            &["otel", "c.jsonl", "--protocol", "http/json"],
            &["otel", "c.jsonl", "--signals", "traces"],
        ] {
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
