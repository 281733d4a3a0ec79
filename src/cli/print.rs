//! What each command returns, written to the terminal: diagnostics and status lines on standard
//! error, lists and findings in a machine format on standard output. Control characters in
//! anything a project's files say are shown escaped.

use std::io::Write;
use std::path::Path;

use crate::commands::check::CheckReport;
use crate::commands::publish::Report;
use crate::commands::signatories::{self, ListedEntry};
use crate::diag::{self, Diagnostic};
use crate::project::shown;

use super::{Format, ListFormat};

/// A line for the user, control characters shown escaped.
pub fn say(line: &str) {
    eprintln!("{}", diag::escape_line(line));
}

/// Diagnostics, as `check` and every failure print them.
pub fn diagnostics(diagnostics: &[Diagnostic]) {
    diag::print(&mut std::io::stderr().lock(), diagnostics);
}

/// How a failed command ends: its diagnostics, then one line (`nothing was written (2
/// errors)`).
pub fn failure(diagnostics: &[Diagnostic], what: &str) {
    let mut err = std::io::stderr().lock();
    diag::print(&mut err, diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let _ = writeln!(err, "error: {what} ({errors} error{})", plural(errors));
}

/// A publishing run's warnings, then one status line per file written.
pub fn report(report: &Report, cwd: &Path) {
    let mut err = std::io::stderr().lock();
    diag::print(&mut err, &report.warnings);
    for f in &report.written {
        let path = shown(&f.path(&report.out), cwd);
        let _ = writeln!(
            err,
            "wrote {} ({}, {}, {}, {} page{}, {:.0} KiB, {} ms)",
            diag::escape_line(&path.display().to_string()),
            f.language,
            f.layout,
            f.format.name(),
            f.pages,
            plural(f.pages),
            f.bytes as f64 / 1024.0,
            f.time().as_millis()
        );
    }
}

/// `check`'s findings in the chosen format, and the files it marked as reviewed.
pub fn check(report: &CheckReport, format: Format, cwd: &Path) {
    say(&report.project);
    for file in &report.marked {
        say(&format!("marked {} as reviewed against {}", shown(file, cwd).display(), report.reference));
    }
    if let Some(tag) = &report.reviewed
        && report.marked.is_empty()
    {
        say(&format!(
            "{tag}: every message was already marked as reviewed against {}: nothing written",
            report.reference
        ));
    }
    // The country names taken from CLDR, once per document: a press officer reads them over
    // before printing (a translator's `country-<code>` message replaces one).
    if format == Format::Human {
        for (tag, names) in &report.cldr_countries {
            let list: Vec<String> = names.iter().map(|(name, code)| format!("{name} ({code})")).collect();
            say(&format!(
                "{tag}: country names from CLDR, not from a translator (read them over; `country-<code> = …` in locales/{tag}/ prints another): {}",
                list.join(", ")
            ));
        }
    }
    let findings = &report.findings;
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let warnings = findings.len() - errors;
    match format {
        Format::Human => {
            let mut err = std::io::stderr().lock();
            diag::print(&mut err, findings);
            let _ = writeln!(
                err,
                "check ({}): {errors} error{}, {warnings} warning{}",
                report.checked.join(", "),
                plural(errors),
                plural(warnings)
            );
        }
        Format::Json => println!("{}", diag::to_json(findings)),
        Format::Github => print!("{}", diag::to_github(findings)),
    }
}

/// What a `signatories` command did: the project, its lines, the files written.
pub fn signatories(report: &signatories::Report, cwd: &Path) {
    say(&report.project);
    for line in &report.lines {
        say(line);
    }
    for file in &report.written {
        say(&format!("wrote {}", shown(file, cwd).display()));
    }
}

/// The list on standard output: as text, CSV or JSON.
pub fn list(entries: &[ListedEntry], format: ListFormat) {
    let mut out = std::io::stdout().lock();
    match format {
        ListFormat::Json => {
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(entries).unwrap_or_default());
        }
        ListFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            // No cell a spreadsheet would run as a formula: `'` before one that begins as a
            // formula does (OWASP's rule for CSV injection).
            let safe = |v: String| if crate::campaign::is_formula(&v) { format!("'{v}") } else { v };
            let _ =
                w.write_record(["group", "id", "name", "country", "affiliation", "note", "signed", "late"]);
            for e in entries {
                let o = |v: &Option<String>| v.clone().unwrap_or_default();
                let _ = w.write_record(
                    [
                        o(&e.group),
                        e.id.clone(),
                        e.name.clone(),
                        o(&e.country),
                        o(&e.affiliation),
                        o(&e.note),
                        o(&e.signed),
                        e.late.to_string(),
                    ]
                    .map(safe),
                );
            }
            let _ = w.flush();
        }
        ListFormat::Human => {
            let mut group: Option<&Option<String>> = None;
            for e in entries {
                if group != Some(&e.group) {
                    if let Some(h) = &e.group {
                        let _ = writeln!(out, "{}", diag::escape_line(h));
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
                let _ = writeln!(out, "{indent}{}", diag::escape_line(&line));
            }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The progress of a long import (10,000 rows or more): a bar on standard error, cleared when
/// the rows are read. Called by the import every thousand rows.
pub fn import_progress(done: usize, total: usize) {
    static BAR: std::sync::OnceLock<indicatif::ProgressBar> = std::sync::OnceLock::new();
    if total < 10_000 {
        return;
    }
    let bar = BAR.get_or_init(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("reading rows {bar:40} {pos}/{len} ({eta} left)")
        {
            bar.set_style(style);
        }
        bar
    });
    bar.set_position(done as u64);
    if done >= total {
        bar.finish_and_clear();
    }
}
