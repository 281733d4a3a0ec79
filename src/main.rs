//! The edge: parses the arguments, reads the environment once, dispatches to the command
//! (`publish::commands`) with the request cli.rs makes of its flags, prints what it returns
//! (`cli::print`), and maps the result to an exit code: 0 done, 1 the project's files have errors,
//! 2 usage or environment.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use publish::cli::{Cli, Command, Env, SignatoriesCommand, print};
use publish::commands::{self, publish::workers};
use publish::diag::Failure;
use publish::project::settings;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = Env::read();
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: cannot read the current folder: {e}");
            return ExitCode::from(2);
        }
    };
    // Ctrl-C or SIGTERM while files are being written: their temporary files go first.
    #[cfg(unix)]
    if let Ok(mut signals) =
        signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM])
    {
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                publish::output::remove_staged();
                std::process::exit(128 + signal);
            }
        });
    }
    publish::output::on_wait(|dir| {
        eprintln!("waiting for another publish run to finish writing into {}", dir.display());
    });
    let result = match &cli.command {
        None => match workers::worker_tag() {
            // A worker of a run: one language, handed back on standard output; its parent
            // reports, and stops it past the time limit.
            Some(tag) => worker(&cli.build.request(&env), &cwd, &tag),
            None => {
                commands::publish::on_timeout(|diagnostics| {
                    print::failure(&diagnostics, "nothing was written");
                    std::process::exit(1);
                });
                build(&cli, &env, &cwd)
            }
        },
        // A worker of a watch's build: the same as a worker of a run.
        Some(Command::Watch(args)) if let Some(tag) = workers::worker_tag() => {
            worker(&args.request(&env), &cwd, &tag)
        }
        Some(Command::Watch(args)) => watch(&args.request(&env), &env, &cwd),
        Some(Command::Check(args)) => commands::check::check(&args.request(), &cwd).map(|report| {
            print::check(&report, args.format, &cwd);
            let errors = report.findings.iter().filter(|d| d.is_error()).count();
            let failed = errors > 0 || (args.strict && report.findings.len() > errors);
            if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(*shell, &mut Cli::command(), "publish", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout().lock()) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(e) => {
                    eprintln!("error: cannot write the manual page: {e}");
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(Command::Eject(args)) => commands::eject::eject(&args.request(), &cwd).map(|report| {
            print::say(&report.project);
            print::diagnostics(&report.warnings);
            eprintln!("wrote {} files into {}", report.written.len(), args.dir.display());
            ExitCode::SUCCESS
        }),
        Some(Command::Init(args)) => commands::init::init(&args.request(), &cwd).map(|report| {
            report.next_steps.iter().for_each(|line| print::say(line));
            ExitCode::SUCCESS
        }),
        Some(Command::Import(args)) => commands::import::import(&args.request(&env), &cwd).map(|report| {
            report.lines.iter().for_each(|line| print::say(line));
            ExitCode::SUCCESS
        }),
        Some(Command::Export(args)) => commands::export::export(&args.request(), &cwd).map(|report| {
            print::say(&report.project);
            for (path, what) in &report.kits {
                print::say(&format!(
                    "wrote {}: {what}",
                    publish::diag::escape_line(&path.display().to_string())
                ));
            }
            report.notes.iter().for_each(|line| print::say(line));
            ExitCode::SUCCESS
        }),
        Some(Command::Signatories(command)) => signatories(command, &env, &cwd),
        Some(Command::NewLocale(args)) => {
            commands::new_locale::new_locale(&args.tag, args.project.as_deref(), &cwd).map(|report| {
                print::say(&report);
                ExitCode::SUCCESS
            })
        }
    };
    result.unwrap_or_else(|failure| {
        print::failure(
            &failure.diagnostics,
            if cli.command.is_none() { "nothing was written" } else { "stopped" },
        );
        ExitCode::from(failure.exit_code())
    })
}

/// The main job: the requested languages typeset and their files written.
fn build(cli: &Cli, env: &Env, cwd: &Path) -> Result<ExitCode, Failure> {
    let settings = settings::resolve(&cli.build.request(env), cwd)?;
    print::say(&settings.described);
    print::report(&commands::publish::run(&settings)?, cwd);
    Ok(ExitCode::SUCCESS)
}

/// A worker process: its language's files and findings on standard output.
fn worker(request: &publish::request::Request, cwd: &Path, tag: &str) -> Result<ExitCode, Failure> {
    let settings = settings::resolve(request, cwd)?;
    let out = workers::serve(&settings, tag)?;
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(&out).and_then(|()| stdout.flush()).is_err() {
        return Ok(ExitCode::from(2));
    }
    // The parent has the whole result: it goes on at once, while this process ends.
    workers::close_output();
    std::process::exit(0)
}

/// `publish watch`: each build's result as it comes.
fn watch(request: &publish::request::Request, env: &Env, cwd: &Path) -> Result<ExitCode, Failure> {
    let mut first = true;
    commands::watch::run(request, cwd, env.watch_builds, |result, took| {
        match result {
            Ok(report) => {
                if first {
                    print::say(&report.project);
                }
                print::report(&report, cwd);
                eprintln!("built in {} ms; waiting for a change", took.as_millis());
            }
            Err(failure) => print::failure(&failure.diagnostics, "nothing was written; waiting for a change"),
        }
        first = false;
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `publish signatories …`: exit 1 when rows were rejected.
fn signatories(command: &SignatoriesCommand, env: &Env, cwd: &Path) -> Result<ExitCode, Failure> {
    use commands::signatories as s;
    let report = match command {
        SignatoriesCommand::Import(args) => s::import(&args.request(env), cwd)?,
        SignatoriesCommand::Add(args) => s::add(&args.request(env), cwd)?,
        SignatoriesCommand::Remove { ids, project } => s::remove(project.as_deref(), ids, cwd)?,
        SignatoriesCommand::Review { ids, all, lang, project } => {
            s::review(project.as_deref(), ids, *all, lang, cwd)?
        }
        SignatoriesCommand::List { lang, format, project } => {
            let (described, entries) = s::list(project.as_deref(), lang.as_deref(), cwd)?;
            print::say(&described);
            print::list(&entries, *format);
            return Ok(ExitCode::SUCCESS);
        }
    };
    print::signatories(&report, cwd);
    Ok(if report.rejected > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
