//! Running commands: echo each one, fail with its name when it fails, and find the repository root.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// An xtask error: a sentence saying what failed.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// A command that runs in the repository root.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root());
    c
}

/// Runs `command`, echoing it; fails if it cannot start or exits non-zero.
pub fn status(command: &mut Command) -> Result {
    let shown = describe(command);
    eprintln!("+ {shown}");
    let started = Instant::now();
    let status = command.status().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() {
        eprintln!("  ({:.1} s)", started.elapsed().as_secs_f64());
        Ok(())
    } else {
        Err(format!("`{shown}` failed with {status}"))
    }
}

/// Runs `command` and returns its stdout; fails like [`status`].
pub fn output(command: &mut Command) -> Result<String> {
    let shown = describe(command);
    let out = command.output().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!("`{shown}` failed with {}: {}", out.status, String::from_utf8_lossy(&out.stderr)))
    }
}

/// Whether `program` can be started (looked up on PATH).
pub fn have(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn describe(command: &Command) -> String {
    let mut s = command.get_program().to_string_lossy().into_owned();
    for a in command.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// `ward demo` with any extra arguments.
pub fn demo(extra: &[String]) -> Result {
    let ward = root().join("dist/ward");
    let mut c = Command::new(&ward);
    c.arg("demo").args(extra).current_dir(root());
    status(&mut c)
}
