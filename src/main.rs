//! Parses the arguments, runs the command, prints diagnostics, and maps the result to an exit
//! code: 0 done, 1 the project's files have errors, 2 usage or environment.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use publish::cli::{BuildArgs, CheckArgs, Cli, Command, Format};
use publish::diag::{self, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if std::env::var_os(publish::workers::WORKER_ENV).is_none() {
        publish::run::on_timeout(|diagnostics| {
            let mut err = std::io::stderr().lock();
            diag::print(&mut err, &diagnostics);
            let _ = writeln!(err, "error: nothing was written (1 error)");
            std::process::exit(1);
        });
    }
    publish::output::on_wait(|dir| {
        eprintln!("waiting for another publish run to finish writing into {}", dir.display())
    });
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: cannot read the current folder: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match &cli.command {
        None => build(&cli.build, &cwd),
        Some(Command::Watch(args)) => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().filter(|s| !s.is_empty());
            let builds = std::env::var("PUBLISH_WATCH_BUILDS").ok().and_then(|n| n.parse().ok());
            publish::watch::run(args, &cwd, epoch.as_deref(), builds, |result, took| match result {
                Ok(report) => {
                    print_report(&report, &cwd);
                    eprintln!("built in {} ms; waiting for a change", took.as_millis());
                }
                Err(failure) => {
                    let mut err = std::io::stderr().lock();
                    diag::print(&mut err, &failure.diagnostics);
                    let _ = writeln!(err, "error: nothing was written; waiting for a change");
                }
            })
            .map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Check(args)) => check(args, &cwd),
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "publish", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let man = clap_mangen::Man::new(cmd);
            let mut out = std::io::stdout().lock();
            match man.render(&mut out) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(e) => {
                    eprintln!("error: cannot write the manual page: {e}");
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(Command::Eject(args)) => publish::run::eject(args, &cwd).map(|(files, skipped)| {
            diag::print(&mut std::io::stderr().lock(), &skipped);
            eprintln!("wrote {} files into {}", files.len(), args.dir.display());
            ExitCode::SUCCESS
        }),
        Some(Command::NewLocale(args)) => {
            publish::scaffold::new_locale(&args.tag, args.project.as_deref(), &cwd).map(|report| {
                eprintln!("{report}");
                ExitCode::SUCCESS
            })
        }
    };
    result.unwrap_or_else(|failure| {
        let mut err = std::io::stderr().lock();
        diag::print(&mut err, &failure.diagnostics);
        let errors = failure.diagnostics.iter().filter(|d| d.is_error()).count();
        let what = if cli.command.is_none() { "nothing was written" } else { "stopped" };
        let _ = writeln!(err, "error: {what} ({errors} error{})", if errors == 1 { "" } else { "s" });
        ExitCode::from(failure.exit_code())
    })
}

/// The main job: typeset the requested languages and write their PDFs.
fn build(args: &BuildArgs, cwd: &Path) -> Result<ExitCode, Failure> {
    use publish::workers;
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().filter(|s| !s.is_empty());
    let mut settings = publish::settings::resolve(args, cwd, epoch.as_deref())?;
    // A worker of a run of several languages: this one language, handed back on stdout.
    if let Some(tag) = std::env::var(workers::WORKER_ENV).ok().filter(|t| settings.locales.contains(t)) {
        settings.locales = vec![tag];
        let out = workers::serve(&settings);
        return Ok(match std::io::stdout().lock().write_all(&out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(2),
        });
    }
    // Worker processes: several languages of a long list (one process each, they run in
    // parallel without sharing Typst's caches), or a layout of the project's (under the time and
    // memory limits).
    let report = match std::env::current_exe() {
        Ok(exe) if workers::wanted(&settings) => {
            let argv: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
            workers::publish(&settings, &exe, &argv).unwrap_or_else(|| publish::run::publish(&settings))
        }
        _ => publish::run::publish(&settings),
    }?;
    print_report(&report, cwd);
    Ok(ExitCode::SUCCESS)
}

/// Warnings, then one status line per file written.
fn print_report(report: &publish::run::Report, cwd: &Path) {
    let mut err = std::io::stderr().lock();
    diag::print(&mut err, &report.warnings);
    for w in &report.written {
        let shown = w.path.strip_prefix(cwd).unwrap_or(&w.path);
        let _ = writeln!(
            err,
            "wrote {} ({}, {}, {}, {} page{}, {:.0} KiB, {} ms)",
            diag::escape_controls(&shown.display().to_string()),
            w.locale,
            w.layout,
            w.format,
            w.pages,
            if w.pages == 1 { "" } else { "s" },
            w.bytes as f64 / 1024.0,
            w.time.as_millis()
        );
    }
}

/// `publish check`: findings in the chosen format; 1 on errors (or warnings with --strict).
fn check(args: &CheckArgs, cwd: &Path) -> Result<ExitCode, Failure> {
    let findings = publish::run::check(args, cwd)?;
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let warnings = findings.len() - errors;
    match args.format {
        Format::Human => {
            let mut err = std::io::stderr().lock();
            diag::print(&mut err, &findings);
            let _ = writeln!(
                err,
                "check: {errors} error{}, {warnings} warning{}",
                plural(errors),
                plural(warnings)
            );
        }
        Format::Json => println!("{}", diag::to_json(&findings)),
        Format::Github => print!("{}", diag::to_github(&findings)),
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
