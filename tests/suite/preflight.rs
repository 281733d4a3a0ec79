//! The preflight (`typeset::preflight`): each fault made on purpose by a layout of the test's
//! own and found, with its code; `--strict` makes the findings errors and writes nothing; and the
//! built-in layouts read from their pages (not from the preflight's report): no entry of the
//! list broken across columns or pages, no justified line with word spaces over 1.6 times their
//! natural width, no ladder of hyphens, no fragment of a hyphenated word under three letters, no
//! runt, no heading stranded at a page's foot, no note on another page than its mark, no letter's
//! closing at the top of a page alone; and fitted pages full to within 35 mm of their foot.

use crate::common;

use std::fs;

use common::{copy_project, example, files_under, langs, publish, repo, stderr, typeset};
use publish::request::{Paper, Request};

/// A PDF/UA document has a title.
const TITLE: &str = "#set document(title: [Faults on purpose])\n";

const DECLARATION: &str = "schema = 2\nlibrary = 3\ndirections = [\"ltr\"]\nthemes = [\"default\"]\npapers = [\"a4\", \"us-letter\"]\n";

/// The statement with a layout `faulty` whose `main.typ` is the test's own.
fn faulty_project(main: &str) -> tempfile::TempDir {
    let project = copy_project();
    let dir = project.path().join("layouts/faulty");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("layout.toml"), DECLARATION).unwrap();
    fs::write(dir.join("main.typ"), format!("{TITLE}{main}")).unwrap();
    project
}

/// A layout that sets three entries, each breakable and long enough to run onto the next page.
const BROKEN_ENTRIES: &str = "#set page(height: 60mm, width: 80mm)\n#for i in range(3) [#block(breakable: true)[#lorem(60)] <publish-entry>]\n";

/// Publishes the statement in English with a layout `main.typ` of the test's own; the exit
/// status, what was said, and the files written.
fn with_layout(main: &str, extra: &[&str]) -> (bool, String, usize) {
    let project = faulty_project(main);
    let out = project.path().join("out-faulty");
    let mut args = vec!["--lang", "en-GB", "--layout", "faulty", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = publish(project.path(), &args);
    let written = if out.exists() { files_under(&out).len() } else { 0 };
    (o.status.success(), stderr(&o), written)
}

/// The codes the run reported as warnings.
fn warned(err: &str, code: &str) -> usize {
    err.lines().filter(|l| l.starts_with(&format!("warning[{code}]"))).count()
}

#[test]
fn an_entry_broken_across_pages_is_found() {
    let (ok, err, _) = with_layout(BROKEN_ENTRIES, &[]);
    assert!(ok, "{err}");
    assert!(warned(&err, "page-split-entry") >= 1, "{err}");
    assert!(err.contains("is broken across columns"), "{err}");
}

#[test]
fn a_loose_justified_line_is_found_with_its_ratio() {
    let (ok, err, _) = with_layout(
        "#par(justify: true)[One two three #linebreak(justify: true) and the paragraph's last line.]\n",
        &[],
    );
    assert!(ok, "{err}");
    assert!(warned(&err, "page-loose-line") >= 1, "{err}");
    assert!(err.contains("× their natural width, more than 1.6"), "{err}");
}

#[test]
fn a_ladder_of_hyphens_is_found() {
    // Soft hyphens (`-?`) make every line end in a hyphen.
    let (ok, err, _) = with_layout(
        "#set text(hyphenate: false)\n#block(width: 16mm)[aaaa-?bbbb-?cccc-?dddd-?eeee-?ffff-?gggg]\n",
        &[],
    );
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-hyphen-ladder"), 1, "{err}");
    assert!(err.contains("lines in a row end in a hyphen"), "{err}");
}

#[test]
fn a_word_hyphenated_near_its_end_is_found() {
    let (ok, err, _) =
        with_layout("#set text(hyphenate: false)\n#block(width: 26mm)[aaaa bbbb re-?organisation]\n", &[]);
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-hyphen-fragment"), 1, "{err}");
    assert!(err.contains("“re-organisation” is hyphenated with 2 letters on one side"), "{err}");
}

#[test]
fn a_paragraph_ending_on_one_word_is_found() {
    let (ok, err, _) = with_layout("#par[The first line of the paragraph #linebreak() alone.]\n", &[]);
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-runt"), 1, "{err}");
    assert!(err.contains("ends on the word “alone.” alone on its last line"), "{err}");
}

#[test]
fn a_heading_that_ends_a_page_is_found() {
    let (ok, err, _) = with_layout("#lorem(20)\n\n= A heading\n#pagebreak()\n#lorem(20)\n", &[]);
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-stranded-heading"), 1, "{err}");
    assert!(err.contains("the heading “A heading” ends the page, its text begins on page 2"), "{err}");
}

#[test]
fn a_heading_with_one_line_under_it_at_the_foot_of_a_page_is_found() {
    // Orphans allowed, so that Typst leaves one line of the paragraph under its heading.
    let (ok, err, _) = with_layout(
        "#set page(height: 80mm, width: 90mm, margin: 10mm)\n#set text(costs: (orphan: 0%, widow: 0%))\n#v(47mm)\n= A heading\n#lorem(60)\n",
        &[],
    );
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-stranded-heading"), 1, "{err}");
    assert!(
        err.contains("the heading “A heading” has one line of its text under it, the rest on page 2"),
        "{err}"
    );
}

#[test]
fn a_short_page_before_the_last_is_found() {
    let (ok, err, _) = with_layout("#lorem(20)\n#pagebreak()\n#lorem(900)\n", &[]);
    assert!(ok, "{err}");
    assert!(warned(&err, "page-short-page") >= 1, "{err}");
    assert!(err.contains("page 1: the text ends"), "{err}");
}

#[test]
fn a_last_page_holding_a_few_lines_is_found_with_the_page_count_to_fit_to() {
    let (ok, err, _) = with_layout("#lorem(300)\n#pagebreak()\n#lorem(12)\n", &[]);
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-last-page-lines"), 1, "{err}");
    assert!(err.contains("page 2, the last, holds only 1 line of the text"), "{err}");
    assert!(err.contains("`--fit-pages 1`"), "{err}");
    // Five lines down the page, or a last page more than a few lines long: nothing said.
    let (_, err, _) = with_layout("#lorem(300)\n#pagebreak()\n#lorem(400)\n", &[]);
    assert_eq!(warned(&err, "page-last-page-lines"), 0, "{err}");
}

#[test]
fn a_last_page_of_a_few_names_is_mended_by_setting_the_names_closer() {
    // The statement's large print in English on A4 ended on a page holding one name (ZMINA
    // Human Rights Centre): its names set a little closer, they are back on the page before.
    let out = tempfile::tempdir().unwrap();
    let o = publish(
        &example(),
        &["--lang", "en-GB", "--layout", "large-print", "--out", out.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(warned(&stderr(&o), "page-last-page-lines"), 0, "{}", stderr(&o));
    let t = common::typeset(
        &example(),
        &Request { layout: Some("large-print".into()), ..common::langs("en-GB") },
    )
    .remove(0);
    let runs = publish::typeset::runs(&t.document);
    let last = t.document.pages().len() - 1;
    assert!(
        runs.iter().filter(|r| r.page == last && r.size > 10.0).count() > 5,
        "more than a few names on the last page"
    );
}

#[test]
fn a_running_footer_on_two_lines_is_found() {
    let (ok, err, _) =
        with_layout("#set page(footer: [#lorem(30)], margin: (bottom: 45mm))\n#lorem(20)\n", &[]);
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-footer-wrap"), 1, "{err}");
}

#[test]
fn a_note_set_on_another_page_than_its_mark_is_found() {
    // Typst 0.15 moves the line holding the first note's mark to page 2 of the pseudo-locale's
    // large print, and leaves the note at the foot of page 1 (typst/typst#5314): the preflight
    // reads both places from the pages and says so. (A note in the body is not mended: only a
    // note on an entry of the list is, by more room below the entry.)
    let out = tempfile::tempdir().unwrap();
    let o = publish(
        &example(),
        &["--lang", "pseudo", "--layout", "large-print", "--out", out.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(warned(&err, "page-footnote-apart"), 1, "{err}");
    assert!(err.contains("page 1: the footnote “"), "{err}");
    assert!(err.contains("is set here, its mark on page 2"), "{err}");
}

#[test]
fn a_closing_at_the_top_of_a_page_is_found() {
    // A letter's closing (named by `<publish-closing>`) at the top of page 2, the body's lines all
    // on page 1.
    let (ok, err, _) = with_layout(
        "#lorem(20)\n#pagebreak()\n#metadata(\"7\") <publish-block>\n#metadata(\"7\") <publish-closing>\nYours sincerely,\n",
        &[],
    );
    assert!(ok, "{err}");
    assert_eq!(warned(&err, "page-stranded-closing"), 1, "{err}");
    assert!(
        err.contains("page 2: the closing “Yours sincerely,” has 0 lines of the letter above it"),
        "{err}"
    );
}

#[test]
fn strict_makes_the_findings_errors_and_writes_nothing() {
    let (ok, err, written) =
        with_layout("#par[The first line of the paragraph #linebreak() alone.]\n", &["--strict"]);
    assert!(!ok, "{err}");
    assert!(err.lines().any(|l| l.starts_with("error[page-runt]")), "{err}");
    assert_eq!(written, 0, "{err}");
}

/// Every built-in layout with a list of signatories, on both papers, the statement in both
/// languages and the example letter in five.
fn built_in() -> Vec<(String, publish::commands::publish::Typeset)> {
    let mut out = Vec::new();
    for layout in ["handout", "open-letter", "large-print"] {
        for paper in [Paper::A4, Paper::UsLetter] {
            for (project, list) in [(repo(), "en-GB,fr"), (repo(), "pseudo,pseudo-rtl"), (example(), "all")] {
                // The pseudo-locales and the letter on A4 only (the test's time).
                if list != "en-GB,fr" && paper == Paper::UsLetter {
                    continue;
                }
                let request = Request { layout: Some(layout.into()), paper, ..langs(list) };
                for t in typeset(&project, &request) {
                    out.push((format!("{layout} {paper:?} {}", t.model.locale), t));
                }
            }
        }
    }
    out
}

#[test]
fn the_built_in_layouts_break_no_entry_and_set_no_loose_line() {
    for (what, t) in built_in() {
        let pages = publish::typeset::preflight::read(&t.document);
        assert!(pages.entries > 0, "{what}: the entries are labelled on the pages");
        // Each entry's lines, in the order they lie on the pages: one page, one column, going
        // down.
        for unit in pages.units.iter().filter(|u| u.entry.is_some()) {
            for w in unit.lines.windows(2) {
                assert!(
                    w[1].page == w[0].page && w[1].y > w[0].y,
                    "{what}: the entry “{} {}” is broken across columns or pages",
                    w[0].text,
                    w[1].text
                );
            }
        }
        // Every note on the page of its mark (an entry's note among them: Typst 0.15 may part
        // them, typst/typst#5314, and the layout keeps the note's room below the entry).
        for note in &pages.notes {
            assert_eq!(note.text_pages.first(), Some(&note.mark_page), "{what}: the note “{}”", note.text);
        }
        // A letter's closing on the first page, or with two lines of the body above it on its
        // page.
        if let Some(key) = &pages.closing {
            let body: Vec<_> = pages.units.iter().filter(|u| !u.marginal && !u.footnote).collect();
            let closing = body.iter().find(|u| u.block.as_ref() == Some(key)).expect("the closing is set");
            let first = &closing.lines[0];
            let above = body
                .iter()
                .flat_map(|u| &u.lines)
                .filter(|l| l.page == first.page && l.y < first.y - 0.5)
                .count();
            assert!(first.page == 0 || above >= 2, "{what}: the closing has {above} lines above it");
        }
        // No paragraph ends on one word alone (words tied by a no-break space are two), and no
        // heading ends a page or has one line of its text under it there.
        let body: Vec<_> =
            pages.units.iter().filter(|u| !u.marginal && !u.footnote && !u.lines.is_empty()).collect();
        for (i, unit) in body.iter().enumerate() {
            let last = unit.lines.last().unwrap();
            if unit.kind == publish::typeset::preflight::Kind::Paragraph
                && unit.entry.is_none()
                && unit.lines.len() > 1
            {
                let words = last.text.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).count();
                assert!(words > 1, "{what}: a runt: “{}”", last.text);
            }
            if unit.kind == publish::typeset::preflight::Kind::Heading {
                let next = body[i + 1..].iter().find(|u| {
                    u.kind == publish::typeset::preflight::Kind::Paragraph || u.item || u.entry.is_some()
                });
                if let Some(next) = next {
                    let on_page = next.lines.iter().filter(|l| l.page == last.page).count();
                    assert!(
                        on_page >= 2 || on_page == next.lines.len() && on_page > 0,
                        "{what}: the heading “{}” with {on_page} line(s) of its text on its page",
                        last.text
                    );
                }
            }
        }
        // No line but a paragraph's last has word spaces over 1.6 times their natural width, and
        // no three lines in a row end in a hyphen.
        for unit in pages.units.iter().filter(|u| !u.marginal) {
            let n = unit.lines.len();
            for (i, line) in unit.lines.iter().enumerate() {
                if i + 1 < n && line.spaces > 0 {
                    assert!(
                        line.space_ratio() <= 1.6,
                        "{what}: “{}” at {:.2}",
                        line.text,
                        line.space_ratio()
                    );
                }
            }
            for w in unit.lines.windows(3) {
                assert!(!w.iter().all(|l| l.hyphenated), "{what}: a ladder from “{}”", w[0].text);
            }
            // A hyphenated word keeps three letters at least on each side of its break.
            for w in unit.lines.windows(2).filter(|w| w[0].hyphenated) {
                let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
                let before = w[0].text.trim_end().rsplit(' ').next().unwrap_or("");
                let after = w[1].text.trim_start().split(' ').next().unwrap_or("");
                assert!(letters(before) >= 3 && letters(after) >= 3, "{what}: “{before}” / “{after}”");
            }
        }
    }
}

#[test]
fn fitted_pages_are_full_down_to_their_notes() {
    // `--fit-pages 2`, both papers, both languages: every page before the last is filled to
    // within 35 mm of its text area's foot, or of its notes (their first line, less the
    // separator's room), read from the pages.
    for paper in [Paper::A4, Paper::UsLetter] {
        let request = Request { fit_pages: Some(2), paper, ..langs("en-GB,fr") };
        for t in typeset(&repo(), &request) {
            let pages = publish::typeset::preflight::read(&t.document);
            let count = t.document.pages().len();
            assert_eq!(count, 2, "{paper:?} {}", t.model.locale);
            for page in 0..count - 1 {
                let area = pages.areas[page].expect("text on the page");
                let lowest = |footnote: bool| {
                    pages
                        .units
                        .iter()
                        .filter(|u| !u.marginal && u.footnote == footnote)
                        .flat_map(|u| u.lines.iter().filter(|l| l.page == page))
                        .map(|l| if footnote { l.y - l.size } else { l.y + 0.25 * l.size })
                        .collect::<Vec<f64>>()
                };
                let body = lowest(false).into_iter().fold(f64::NAN, f64::max);
                let notes = lowest(true).into_iter().fold(f64::NAN, f64::min);
                let foot = if notes.is_nan() { area.bottom } else { notes - 12.0 };
                let band_mm = (foot - body) * 25.4 / 72.0;
                assert!(
                    band_mm <= 35.0,
                    "{paper:?} {} page {}: {band_mm:.0} mm empty",
                    t.model.locale,
                    page + 1
                );
            }
        }
    }
}

#[test]
fn a_layout_that_breaks_entries_is_caught_by_the_test_above() {
    // The reading the test above makes sees a broken entry when there is one.
    let project = faulty_project(BROKEN_ENTRIES);
    let t = typeset(project.path(), &Request { layout: Some("faulty".into()), ..langs("en-GB") });
    let pages = publish::typeset::preflight::read(&t[0].document);
    let broken = pages
        .units
        .iter()
        .filter(|u| u.entry.is_some())
        .any(|u| u.lines.windows(2).any(|w| w[1].page != w[0].page || w[1].y <= w[0].y));
    assert!(broken);
}

/// What the preflight costs against the compilation it reads: printed, not asserted (a timed
/// test proves nothing on a shared machine). `cargo test --test suite -- --ignored
/// preflight_costs --nocapture`; publish itself is unoptimized in the test profile, so the share
/// printed is an upper bound of a release build's.
#[test]
#[ignore = "a measurement, run by hand (BENCHMARKS.md)"]
fn preflight_costs_a_small_share_of_a_compilation() {
    // One language's whole typesetting (the model to the PDF's bytes), cold.
    let t = typeset(&repo(), &langs("en-GB")).remove(0);
    let rounds = 20;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(publish::typeset::preflight::findings(&t.document, "en-GB", false));
    }
    let read = start.elapsed() / rounds;
    println!(
        "typesetting {:?}, one reading of its pages {read:?}: {:.1}%",
        t.time,
        read.as_secs_f64() / t.time.as_secs_f64() * 100.0
    );
}

#[test]
fn a_running_footer_too_long_in_one_language_is_said_and_shortened_in_that_language_alone() {
    // The footer is the message `running-footer`, one per language: a translation that runs to
    // two lines is found in that language, and a shorter one in the same file mends it.
    let project = copy_project();
    let long = "Coalition pour la Cour pénale internationale, ses membres et ses partenaires du monde entier · Déclaration commune publiée le { DATETIME($date) } à La Haye et à New York";
    let file = project.path().join("locales/fr/statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    let line = text.lines().find(|l| l.starts_with("running-footer =")).unwrap().to_string();
    fs::write(&file, text.replace(&line, &format!("running-footer = {long}"))).unwrap();
    let out = project.path().join("out");
    let o = publish(project.path(), &["--lang", "en-GB,fr", "--out", out.to_str().unwrap()]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let wraps: Vec<&str> = err.lines().filter(|l| l.starts_with("warning[page-footer-wrap]")).collect();
    assert!(!wraps.is_empty() && wraps.iter().all(|l| l.contains("(fr, ")), "{err}");
    assert!(err.contains("shorten the running footer (the message `running-footer`)"), "{err}");
    fs::write(
        &file,
        fs::read_to_string(&file).unwrap().replace(
            &format!("running-footer = {long}"),
            "running-footer = CCPI · Déclaration du { DATETIME($date) }",
        ),
    )
    .unwrap();
    let o = publish(project.path(), &["--lang", "fr", "--out", out.to_str().unwrap()]);
    assert!(!stderr(&o).contains("page-footer-wrap"), "{}", stderr(&o));
}
