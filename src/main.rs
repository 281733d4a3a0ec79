//! Parses the arguments, runs the command, prints diagnostics, and maps the result to an exit
//! code: 0 done, 1 the project's files have errors, 2 usage or environment.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use publish::cli::Cli;
use publish::diag;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stderr = std::io::stderr();
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            let _ = writeln!(stderr.lock(), "error: cannot read the current folder: {e}");
            return ExitCode::from(2);
        }
    };
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .filter(|s| !s.is_empty());
    let result = publish::settings::resolve(&cli, &cwd, epoch.as_deref())
        .and_then(|s| publish::run::publish(&s));
    match result {
        Ok(report) => {
            let mut err = stderr.lock();
            diag::print(&mut err, &report.warnings);
            for w in &report.written {
                let shown = w.path.strip_prefix(&cwd).unwrap_or(&w.path);
                let _ = writeln!(
                    err,
                    "wrote {} ({}, {}, {} page{}, {:.0} KiB, {} ms)",
                    shown.display(),
                    w.locale,
                    w.layout,
                    w.pages,
                    if w.pages == 1 { "" } else { "s" },
                    w.bytes as f64 / 1024.0,
                    w.time.as_millis()
                );
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let mut err = stderr.lock();
            diag::print(&mut err, &failure.diagnostics);
            let errors = failure.diagnostics.iter().filter(|d| d.is_error()).count();
            let _ = writeln!(
                err,
                "error: nothing was written ({errors} error{})",
                if errors == 1 { "" } else { "s" }
            );
            ExitCode::from(failure.exit_code())
        }
    }
}
