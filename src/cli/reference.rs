//! The command-line reference (docs/guide/command-line.md), written from the clap definitions
//! themselves: every command, argument and option with its help, values and default, so the
//! guide cannot drift from the program (a test compares the committed page with this).

use std::fmt::Write;

use clap::CommandFactory;

use super::Cli;

/// The reference page, as Markdown.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Command line\n\n\
         Every command and option of `publish`, as the program itself defines them (this page is\n\
         written from the same definitions as `publish --help`, `publish man` and the shell\n\
         completions; `PUBLISH_BLESS=1 cargo test --test suite contracts::` writes it again after a\n\
         change). What the options are for, and how they work together, is in the\n\
         [guide](README.md).\n",
    );
    let mut cli = Cli::command();
    cli.build();
    command(&mut out, &cli, "publish");
    out
}

fn command(out: &mut String, cmd: &clap::Command, path: &str) {
    let _ = write!(out, "\n## {path}\n\n");
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        let _ = write!(out, "{}\n\n", one_paragraph(&about.to_string()));
    }
    let args: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    if !args.is_empty() {
        out.push_str("| argument | what it is | values | default |\n|---|---|---|---|\n");
        for arg in args {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&format!("`{}`", usage(arg))),
                cell(&one_paragraph(
                    &arg.get_long_help()
                        .or(arg.get_help())
                        .map(std::string::ToString::to_string)
                        .unwrap_or_default()
                )),
                cell(&values(arg)),
                cell(&defaults(arg)),
            );
        }
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        command(out, sub, &format!("{path} {}", sub.get_name()));
    }
}

/// How an argument is written: `--lang LIST|all`, `--force`, `FILE`.
fn usage(arg: &clap::Arg) -> String {
    let name = arg
        .get_value_names()
        .map(|v| v.iter().map(std::string::ToString::to_string).collect::<Vec<_>>().join(" "));
    let takes_value = arg.get_action().takes_values();
    match arg.get_long() {
        Some(long) if takes_value => {
            format!("--{long} {}", name.unwrap_or_else(|| arg.get_id().to_string().to_uppercase()))
        }
        Some(long) => format!("--{long}"),
        None => name.unwrap_or_else(|| arg.get_id().to_string().to_uppercase()),
    }
}

/// The values an argument takes when clap knows them (an enum of values).
fn values(arg: &clap::Arg) -> String {
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    values.join(", ")
}

fn defaults(arg: &clap::Arg) -> String {
    if !arg.get_action().takes_values() {
        return String::new();
    }
    let d: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if d.is_empty() { String::new() } else { format!("`{}`", d.join(",")) }
}

/// Help text on one line (a table cell holds no line break).
fn one_paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A table cell: `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
