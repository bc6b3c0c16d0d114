//! `ward redact --format/--findings/--vault` and `ward restore`: structured redaction of JSON, JSONL, LLM
//! API bodies and captures, and streamed redaction and restore of text with bounded memory, all through the
//! component's `api` interface.
//!
//! Text is streamed: stdin or FILE is read in 64 KiB chunks and each chunk's final output is printed at
//! once, so memory stays bounded by the chunk size plus the redactor's documented hold-back. The other
//! formats need the whole document and are read up to `--max-input-bytes`.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use serde::Deserialize;
use ward_host::{Engine, Limits, Vault};

use super::args::{Format, RedactOptions};
use super::{CliError, json_line, print, read_input, read_text};

const CHUNK: usize = 64 * 1024;

/// Loads `--vault FILE` when it exists, else a new vault.
fn open_vault(engine: &mut Engine, path: Option<&Path>) -> Result<Vault, CliError> {
    match path {
        Some(p) if p.exists() => {
            let json = read_text(p)?;
            engine.vault_from_json(&json).map_err(|e| CliError::about(Some(p), e))
        }
        _ => Ok(engine.vault()?),
    }
}

fn save_vault(engine: &mut Engine, vault: &Vault, path: &Path) -> Result<(), CliError> {
    let json = engine.vault_to_json(vault)?;
    std::fs::write(path, json).map_err(|e| CliError::io(path, &e))
}

/// The findings sink: `--findings FILE`, one JSON object a line.
struct Findings(Option<(File, std::path::PathBuf)>);

impl Findings {
    fn open(path: Option<&Path>) -> Result<Findings, CliError> {
        match path {
            Some(p) => {
                Ok(Findings(Some((File::create(p).map_err(|e| CliError::io(p, &e))?, p.to_path_buf()))))
            }
            None => Ok(Findings(None)),
        }
    }

    fn write<T: serde::Serialize>(&mut self, items: &[T]) -> Result<(), CliError> {
        if let Some((file, path)) = &mut self.0 {
            for item in items {
                file.write_all(&json_line(item)?).map_err(|e| CliError::io(path, &e))?;
            }
        }
        Ok(())
    }
}

/// Core's structured outputs: the document (`json`) or lines (`text`), findings, and per-line errors.
#[derive(Deserialize)]
struct Structured {
    #[serde(default)]
    json: Option<String>,
    #[serde(default)]
    text: Option<String>,
    findings: Vec<serde_json::Value>,
    #[serde(default)]
    errors: Vec<LineError>,
}

#[derive(Deserialize)]
struct LineError {
    line: usize,
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

pub fn run(opts: &RedactOptions) -> Result<(), CliError> {
    let mut engine = Engine::new(opts.limits)?;
    let policy = opts.policy.as_deref().map(read_text).transpose()?;
    let vault = open_vault(&mut engine, opts.vault.as_deref())?;
    let mut findings = Findings::open(opts.findings.as_deref())?;
    let source = opts.file.as_deref();
    if opts.format == Format::Text {
        stream_text(&mut engine, source, policy.as_deref(), &vault, &mut findings)?;
    } else {
        let input = read_input(source, opts.limits.max_input_bytes)?;
        let p = policy.as_deref();
        let out = match opts.format {
            Format::Json => engine.redact_json(&input, None, p, &vault),
            Format::Jsonl => engine.redact_jsonl(&input, None, Some("text"), p, &vault),
            Format::Capture => engine.redact_capture(&input, Some("text"), p, &vault),
            Format::Openai => engine.redact_body(&input, Some("auto"), p, &vault),
            _ => engine.redact_body(&input, Some("anthropic"), p, &vault),
        }
        .map_err(|e| CliError::about(source, e))?;
        let out: Structured = serde_json::from_str(&out)
            .map_err(|e| CliError::internal(format!("decoding the component's output: {e}")))?;
        for e in &out.errors {
            eprintln!("ward: line {}: {}: {} (redacted as plain text)", e.line, e.code, e.message);
        }
        findings.write(&out.findings)?;
        print(out.json.or(out.text).unwrap_or_default().as_bytes())?;
    }
    if let Some(path) = &opts.vault {
        save_vault(&mut engine, &vault, path)?;
    }
    Ok(())
}

fn stream_text(
    engine: &mut Engine,
    source: Option<&Path>,
    policy: Option<&str>,
    vault: &Vault,
    findings: &mut Findings,
) -> Result<(), CliError> {
    let stream = engine.stream_redactor(policy)?;
    each_chunk(source, |chunk| {
        let out = engine.stream_push(&stream, chunk, vault).map_err(|e| CliError::about(source, e))?;
        findings.write(&engine.stream_take_findings(&stream)?)?;
        print(out.as_bytes())
    })?;
    let out = engine.stream_finish(&stream, vault).map_err(|e| CliError::about(source, e))?;
    findings.write(&engine.stream_take_findings(&stream)?)?;
    print(out.as_bytes())?;
    Ok(engine.release(stream)?)
}

/// Calls `f` with each chunk of FILE or stdin, never holding more than one chunk.
fn each_chunk(
    source: Option<&Path>,
    mut f: impl FnMut(&[u8]) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let what = source.unwrap_or(Path::new("<stdin>"));
    let mut reader: Box<dyn Read> = match source {
        Some(p) => Box::new(File::open(p).map_err(|e| CliError::io(p, &e))?),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut buf = vec![0u8; CHUNK];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => f(buf.get(..n).unwrap_or_default())?,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(CliError::io(what, &e)),
        }
    }
}

pub fn restore(
    file: Option<&Path>,
    vault_path: &Path,
    format: Format,
    limits: Limits,
) -> Result<(), CliError> {
    let mut engine = Engine::new(limits)?;
    let json = read_text(vault_path)?;
    let vault = engine.vault_from_json(&json).map_err(|e| CliError::about(Some(vault_path), e))?;
    if format == Format::Text {
        let stream = engine.stream_restorer(&vault)?;
        each_chunk(file, |chunk| {
            let out = engine.restorer_push(&stream, chunk).map_err(|e| CliError::about(file, e))?;
            print(out.as_bytes())
        })?;
        let out = engine.restorer_finish(&stream).map_err(|e| CliError::about(file, e))?;
        return print(out.as_bytes());
    }
    let input = read_input(file, limits.max_input_bytes)?;
    let out = match format {
        Format::Json => engine.restore_json(&vault, &input),
        _ => engine.restore_body(&vault, &input),
    }
    .map_err(|e| CliError::about(file, e))?;
    print(out.as_bytes())
}
