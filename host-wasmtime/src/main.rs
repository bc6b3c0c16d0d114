//! `ward`: the command-line front end of [`ward_host`]. Parses arguments, runs one command, and prints
//! errors as `ward: <code>: <message>` (exit status 1, or 2 for usage errors).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::args::parse(std::env::args_os().skip(1)).and_then(cli::run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ward: {}: {}", e.code, e.message);
            ExitCode::from(e.exit)
        }
    }
}
