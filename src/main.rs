//! The edge: parses the arguments (cli.rs), runs the command (publish::commands), prints what it
//! returns (diagnostics, status lines), and maps the result to an exit code: 0 done, 1 the
//! project's files have errors, 2 usage or environment.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use publish::cli::{BuildArgs, CheckArgs, Cli, Command, Format, ListFormat, SignatoriesCommand};
use publish::commands::{self, check::CheckRequest, eject::EjectRequest, publish::workers};
use publish::diag::{self, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = workers::worker_tag();
    if worker.is_none() {
        // A worker is stopped by its parent, which reports; this process reports itself.
        commands::publish::on_timeout(|diagnostics| {
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
        None => build(&cli.build, &cwd, worker),
        Some(Command::Watch(args)) => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().filter(|s| !s.is_empty());
            let builds = std::env::var("PUBLISH_WATCH_BUILDS").ok().and_then(|n| n.parse().ok());
            let mut first = true;
            commands::watch::run(&args.request(), &cwd, epoch.as_deref(), builds, |result, took| {
                match result {
                    Ok(report) => {
                        if first {
                            say(&report.project);
                        }
                        print_report(&report, &cwd);
                        eprintln!("built in {} ms; waiting for a change", took.as_millis());
                    }
                    Err(failure) => {
                        let mut err = std::io::stderr().lock();
                        diag::print(&mut err, &failure.diagnostics);
                        let _ = writeln!(err, "error: nothing was written; waiting for a change");
                    }
                }
                first = false;
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
        Some(Command::Eject(args)) => {
            let request = EjectRequest { dir: args.dir.clone(), run: args.request() };
            commands::eject::eject(&request, &cwd).map(|report| {
                say(&report.project);
                diag::print(&mut std::io::stderr().lock(), &report.warnings);
                eprintln!("wrote {} files into {}", report.written.len(), args.dir.display());
                ExitCode::SUCCESS
            })
        }
        Some(Command::Init(args)) => commands::init::init(&args.request(), &cwd).map(|report| {
            for line in &report.next_steps {
                say(line);
            }
            ExitCode::SUCCESS
        }),
        Some(Command::Signatories(command)) => signatories(command, &cwd),
        Some(Command::NewLocale(args)) => {
            commands::new_locale::new_locale(&args.tag, args.project.as_deref(), &cwd).map(|report| {
                eprintln!("{}", diag::escape_controls(&report));
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

/// The day the files' comments record: SOURCE_DATE_EPOCH's when set (reproducible), else
/// today's (UTC).
fn today() -> chrono::NaiveDate {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    chrono::DateTime::from_timestamp(secs, 0).map_or(chrono::NaiveDate::MIN, |t| t.date_naive())
}

/// `publish signatories …`.
fn signatories(command: &SignatoriesCommand, cwd: &Path) -> Result<ExitCode, Failure> {
    use publish::campaign::{DateOrder, Field, Options};
    use publish::commands::signatories as s;
    use publish::diag::Diagnostic;
    let usage = |m: String, help: &str| Failure::usage(Diagnostic::error("usage", m).help(help));
    let report = match command {
        SignatoriesCommand::Import(args) => {
            let mut columns = Vec::new();
            for c in &args.column {
                let (field, header) = c.split_once('=').ok_or_else(|| {
                    usage(
                        format!("--column {c:?} is not FIELD=HEADER"),
                        "e.g. --column name=\"Organisation\"",
                    )
                })?;
                let field = Field::parse(field).ok_or_else(|| {
                    usage(
                        format!("--column: `{field}` is not a field"),
                        &format!("the fields: {}", Field::NAMES),
                    )
                })?;
                columns.push((field, header.to_string()));
            }
            let request = s::ImportRequest {
                project: args.project.clone(),
                file: args.file.clone(),
                sheet: args.sheet.clone(),
                options: Options {
                    columns,
                    accept: args.accept.clone(),
                    date_order: args.date_order.map(|o| match o {
                        publish::cli::DateOrder::Dmy => DateOrder::DayMonth,
                        publish::cli::DateOrder::Mdy => DateOrder::MonthDay,
                    }),
                    group: args.group.clone(),
                    skip: args.skip.clone(),
                },
                dry_run: args.dry_run,
                today: today(),
            };
            s::import(&request, cwd)?
        }
        SignatoriesCommand::Add(args) => {
            let mut names = Vec::new();
            for n in &args.name_in {
                let (tag, name) = n.split_once('=').ok_or_else(|| {
                    usage(
                        format!("--name-in {n:?} is not LOCALE=NAME"),
                        "e.g. --name-in fr=\"Ligue des droits\"",
                    )
                })?;
                names.push((tag.trim().to_string(), name.to_string()));
            }
            let request = s::AddRequest {
                project: args.project.clone(),
                name: args.name.clone(),
                country: args.country.clone(),
                group: args.group.clone(),
                affiliation: args.affiliation.clone(),
                note: args.note.clone(),
                since: args.since.clone(),
                names,
                force: args.force,
                today: today(),
            };
            s::add(&request, cwd)?
        }
        SignatoriesCommand::Remove { ids, project } => s::remove(project.as_deref(), ids, cwd)?,
        SignatoriesCommand::Review { ids, all, lang, project } => {
            s::review(project.as_deref(), ids, *all, lang, cwd)?
        }
        SignatoriesCommand::List { lang, format, project } => {
            let (described, entries) = s::list(project.as_deref(), lang.as_deref(), cwd)?;
            say(&described);
            print_list(&entries, *format);
            return Ok(ExitCode::SUCCESS);
        }
    };
    say(&report.project);
    for line in &report.lines {
        say(line);
    }
    for file in &report.written {
        say(&format!("wrote {}", publish::project::shown(file, cwd).display()));
    }
    Ok(if report.rejected > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The list on standard output: as text, CSV or JSON.
fn print_list(entries: &[publish::commands::signatories::ListedEntry], format: ListFormat) {
    let mut out = std::io::stdout().lock();
    match format {
        ListFormat::Json => {
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(entries).unwrap_or_default());
        }
        ListFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            let _ =
                w.write_record(["group", "id", "name", "country", "affiliation", "note", "signed", "late"]);
            for e in entries {
                let o = |v: &Option<String>| v.clone().unwrap_or_default();
                let _ = w.write_record([
                    o(&e.group),
                    e.id.clone(),
                    e.name.clone(),
                    o(&e.country),
                    o(&e.affiliation),
                    o(&e.note),
                    o(&e.signed),
                    e.late.to_string(),
                ]);
            }
            let _ = w.flush();
        }
        ListFormat::Human => {
            let mut group: Option<&Option<String>> = None;
            for e in entries {
                if group != Some(&e.group) {
                    if let Some(h) = &e.group {
                        let _ = writeln!(out, "{}", diag::escape_controls(h));
                    }
                    group = Some(&e.group);
                }
                let mut line = e.name.clone();
                for part in [&e.affiliation, &e.country].into_iter().flatten() {
                    line.push_str(", ");
                    line.push_str(part);
                }
                if let Some(n) = &e.note {
                    line.push_str(&format!(" [{n}]"));
                }
                let indent = if e.group.is_some() { "  " } else { "" };
                let _ = writeln!(out, "{indent}{}", diag::escape_controls(&line));
            }
        }
    }
}

/// A line for the user, control characters shown escaped.
fn say(line: &str) {
    eprintln!("{}", diag::escape_controls(line));
}

/// The main job: typeset the requested languages and write their PDFs.
fn build(args: &BuildArgs, cwd: &Path, worker: Option<String>) -> Result<ExitCode, Failure> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().filter(|s| !s.is_empty());
    let mut settings = publish::project::settings::resolve(&args.request(), cwd, epoch.as_deref())?;
    // A worker of a run: this one language, handed back on stdout (its parent has said which
    // project it uses).
    if let Some(tag) = worker.filter(|t| settings.locales.contains(t)) {
        settings.locales = vec![tag];
        let out = workers::serve(&settings);
        return Ok(match std::io::stdout().lock().write_all(&out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(2),
        });
    }
    say(&settings.described);
    let report = match std::env::current_exe() {
        Ok(exe) if workers::wanted(&settings) => {
            let argv: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
            workers::publish(&settings, &exe, &argv).unwrap_or_else(|| commands::publish::publish(&settings))
        }
        _ => commands::publish::publish(&settings),
    }?;
    print_report(&report, cwd);
    Ok(ExitCode::SUCCESS)
}

/// Warnings, then one status line per file written.
fn print_report(report: &commands::publish::Report, cwd: &Path) {
    let mut err = std::io::stderr().lock();
    diag::print(&mut err, &report.warnings);
    for f in &report.written {
        let path = publish::project::shown(&f.path(&report.out), cwd);
        let _ = writeln!(
            err,
            "wrote {} ({}, {}, {}, {} page{}, {:.0} KiB, {} ms)",
            diag::escape_controls(&path.display().to_string()),
            f.language,
            f.layout,
            f.format.name(),
            f.pages,
            if f.pages == 1 { "" } else { "s" },
            f.bytes as f64 / 1024.0,
            f.time().as_millis()
        );
    }
}

/// `publish check`: findings in the chosen format; 1 on errors (or warnings with --strict).
fn check(args: &CheckArgs, cwd: &Path) -> Result<ExitCode, Failure> {
    let request = CheckRequest {
        project: args.project.clone(),
        languages: args.lang.clone(),
        mark_reviewed: args.mark_reviewed.clone(),
    };
    let report = commands::check::check(&request, cwd)?;
    say(&report.project);
    for file in &report.marked {
        let shown = publish::project::shown(file, cwd);
        say(&format!("marked {} as reviewed against {}", shown.display(), report.reference));
    }
    let findings = report.findings;
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
