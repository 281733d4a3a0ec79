//! The handout as a typographer sets it, read off the typeset pages: titles and headings in
//! balanced lines, a readable measure.

use crate::common;

use common::{langs, lines, repo};
use publish::request::Request;

/// The lines of the largest text on the first page (the title), as (text, width).
fn title_lines(t: &publish::commands::publish::Typeset) -> Vec<(String, f64)> {
    let runs = publish::typeset::runs(&t.document);
    let size = runs.iter().filter(|r| r.page == 0).map(|r| r.size).fold(0.0, f64::max);
    lines(&runs, |r| r.page == 0 && (r.size - size).abs() < 0.01)
        .into_iter()
        .map(|l| (l.text.clone(), l.end - l.x))
        .collect()
}

#[test]
fn titles_are_set_in_balanced_lines_in_every_layout_and_language() {
    for layout in ["handout", "large-print", "open-letter"] {
        let request = Request { layout: Some(layout.to_string()), ..langs("en-GB,fr,pseudo") };
        for t in common::typeset(&repo(), &request) {
            let title = title_lines(&t);
            assert!(!title.is_empty(), "{layout} {}: no title found", t.model.locale);
            // The parts the translator's suggested breaks make (` | `, U+200B in the model): each
            // begins a line, and the lines of each part are balanced among themselves.
            let words = |s: &str| s.split([' ', '\u{a0}', '\u{200b}']).filter(|w| !w.is_empty()).count();
            let parts: Vec<usize> = t.model.title.as_deref().unwrap().split('\u{200b}').map(words).collect();
            assert!(parts.len() >= 2, "{layout} {}: the statement's title suggests a break", t.model.locale);
            let mut part_of = Vec::new();
            let (mut part, mut seen) = (0, 0);
            for (text, _) in &title {
                if seen == parts[part] {
                    part += 1;
                    seen = 0;
                }
                assert!(
                    seen + words(text) <= parts[part],
                    "{layout} {}: a part ends inside {text:?}",
                    t.model.locale
                );
                part_of.push(part);
                seen += words(text);
            }
            for p in 0..parts.len() {
                let lines: Vec<&(String, f64)> =
                    title.iter().zip(&part_of).filter(|(_, q)| **q == p).map(|(l, _)| l).collect();
                let longest = lines.iter().map(|(_, w)| *w).fold(0.0, f64::max);
                // A longest line held together by ties (no space left to break at: "Against the
                // International Criminal Court,", its function words tied) cannot be evened:
                // sense first.
                if lines.iter().any(|(text, w)| *w == longest && !text.trim().contains(' ')) {
                    continue;
                }
                // (Three fifths, less a rounding: a pseudo-locale's long words, untied where a
                // tie is wider than the line, leave a part's lines a little less even.)
                for (text, width) in &lines {
                    assert!(
                        *width >= 0.58 * longest,
                        "{layout} {}: the title line {text:?} is {:.0}% of its part's longest: {title:#?}",
                        t.model.locale,
                        100.0 * width / longest
                    );
                }
            }
        }
    }
}

/// The size most characters of a page are set in.
fn dominant_size(runs: &[publish::typeset::Run], page: usize) -> f64 {
    let mut by_size: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for r in runs.iter().filter(|r| r.page == page) {
        *by_size.entry((r.size * 100.0).round() as i64).or_default() += r.text.chars().count();
    }
    by_size.iter().max_by_key(|(_, n)| **n).map(|(s, _)| *s as f64 / 100.0).unwrap()
}

/// The full lines of the body (justified to the measure: not a paragraph's last line), as
/// characters a line, on every page, in the body's size (the size most characters of the first
/// page are set in: later pages hold the names).
fn full_body_lines(t: &publish::commands::publish::Typeset) -> Vec<usize> {
    let runs = publish::typeset::runs(&t.document);
    let body = dominant_size(&runs, 0);
    let body_lines = lines(&runs, |r| (r.size - body).abs() < 0.01);
    let measure = body_lines.iter().map(|l| l.end - l.x).fold(0.0, f64::max);
    body_lines
        .iter()
        .filter(|l| l.end - l.x >= 0.97 * measure)
        .map(|l| l.text.trim().chars().count())
        .collect()
}

#[test]
fn the_handout_body_keeps_a_readable_measure() {
    for paper in [publish::request::Paper::A4, publish::request::Paper::UsLetter] {
        let request = Request { paper, ..langs("en-GB,fr") };
        for t in common::typeset(&repo(), &request) {
            let full = full_body_lines(&t);
            assert!(full.len() >= 20, "{}: only {} full lines found", t.model.locale, full.len());
            let average = full.iter().sum::<usize>() as f64 / full.len() as f64;
            eprintln!(
                "{} {:?}: {average:.1} characters a full line over {} lines",
                t.model.locale,
                paper,
                full.len()
            );
            assert!(
                average <= 85.0,
                "{} {paper:?}: full lines average {average:.1} characters",
                t.model.locale
            );
        }
    }
}

/// Where the list's heading falls on a page, and the entries that begin under it on that page.
fn entries_under_heading(t: &publish::commands::publish::Typeset) -> (usize, f64, usize) {
    let runs = publish::typeset::runs(&t.document);
    let heading = t.model.signatories.heading.as_deref().unwrap();
    let h = runs.iter().find(|r| r.text.trim() == heading).expect("the list's heading is on a page");
    let name_size = 8.6;
    let names = lines(&runs, |r| r.page == h.page && r.y > h.y && (r.size - name_size).abs() < 0.01);
    // Column edges: the leftmost x of each cluster; an entry begins at an edge, its next lines
    // are indented.
    let mut xs: Vec<f64> = names.iter().map(|l| l.x).collect();
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mut edges: Vec<f64> = Vec::new();
    for x in xs {
        if edges.last().is_none_or(|e| x - e > 20.0) {
            edges.push(x);
        }
    }
    let starts = names.iter().filter(|l| edges.iter().any(|e| (l.x - e).abs() < 0.5)).count();
    let page_height = t.document.pages()[h.page].frame.height().to_pt();
    (h.page, h.y / page_height, starts)
}

#[test]
fn the_list_heading_never_ends_a_page_without_three_entries_under_it() {
    // The body lengthened sentence by sentence, so that the heading falls at every height of a
    // page, its foot included.
    let project = common::copy_project();
    let p = project.path();
    common::replace_in(
        p,
        "publish.toml",
        "[[blocks]]\nparagraph = \"para-support\"",
        "[[blocks]]\nparagraph = \"para-support\"\n\n[[blocks]]\nparagraph = \"para-extra\"",
    );
    let ftl = p.join("locales/en-GB/statement.ftl");
    let original = std::fs::read_to_string(&ftl).unwrap();
    let mut lowest: f64 = 0.0;
    let mut moved = 0;
    for k in 0..32 {
        let sentence = "The coalition stands with the Court and with the victims. ";
        std::fs::write(&ftl, format!("{original}\npara-extra = Added.{}\n", sentence.repeat(k).trim_end()))
            .unwrap();
        let t = &common::typeset(p, &langs("en-GB"))[0];
        let (page, at, starts) = entries_under_heading(t);
        assert!(
            starts >= 3,
            "k = {k}: the heading on page {} at {:.0}% has {starts} entries under it",
            page + 1,
            at * 100.0
        );
        lowest = lowest.max(at);
        if at < 0.15 {
            moved += 1;
        }
    }
    // The sweep did reach the foot of a page, and the rule did move the heading over.
    assert!(lowest > 0.75, "the heading never fell lower than {:.0}% of a page", lowest * 100.0);
    assert!(moved > 0, "the heading never began a page");
}

#[test]
fn a_footnote_is_never_split_across_pages() {
    // A long note on the letter's first paragraph, pushed sentence by sentence towards the foot
    // of the page by a paragraph before it, in every layout.
    let project = common::copy_example();
    let p = project.path();
    common::replace_in(
        p,
        "publish.toml",
        "[[blocks]]\nparagraph = \"para-opening\"",
        "[[blocks]]\nparagraph = \"para-before\"\n\n[[blocks]]\nparagraph = \"para-opening\"",
    );
    let note = "The figure counts the letter's signatories, not the testimonies: the example's numbers are invented, and this note runs long to be read whole. ".repeat(6);
    common::replace_in(
        p,
        "locales/en-GB/letter.ftl",
        "    .note-count = The figure counts the letter's signatories, not the testimonies: the example's numbers are invented.",
        &format!("    .note-count = {}", note.trim_end()),
    );
    let ftl = p.join("locales/en-GB/letter.ftl");
    let original = std::fs::read_to_string(&ftl).unwrap();
    let mut split_before = 0;
    for layout in ["open-letter", "handout", "large-print"] {
        for k in 0..40 {
            let sentence = "We write as organisations that work with survivors every day. ";
            std::fs::write(
                &ftl,
                format!("{original}\npara-before = Before.{}\n", sentence.repeat(k).trim_end()),
            )
            .unwrap();
            let request = Request { layout: Some(layout.to_string()), ..langs("en-GB") };
            let t = &common::typeset(p, &request)[0];
            let runs = publish::typeset::runs(&t.document);
            // The note's lines: the runs of its words set at the note's size (smaller than the
            // body, on the pages after the mark).
            let pages: std::collections::BTreeSet<usize> = runs
                .iter()
                .filter(|r| r.text.contains("this note runs long") || r.text.contains("counts the letter"))
                .map(|r| r.page)
                .collect();
            assert_eq!(pages.len(), 1, "{layout}, k = {k}: the note is set on pages {pages:?}");
            if k > 0 && pages.iter().next() != Some(&0) {
                split_before += 1;
            }
        }
    }
    // The sweep did push the note off the first page somewhere.
    assert!(split_before > 0, "the note never left the first page");
}

/// The expected names of a language (tests/expected), each as it reads on the page.
fn expected_names(locale: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(repo().join(format!("tests/expected/signatories.{locale}.txt"))).unwrap();
    text.lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[test]
fn fit_pages_two_sets_the_statement_on_two_pages_with_every_name_and_the_note() {
    for paper in [publish::request::Paper::A4, publish::request::Paper::UsLetter] {
        let request = Request { paper, fit_pages: Some(2), ..langs("en-GB,fr") };
        for t in common::typeset(&repo(), &request) {
            let locale = &t.model.locale;
            assert_eq!(t.document.pages().len(), 2, "{locale} {paper:?}");
            assert!(t.model.print.fit > 0.0, "{locale} {paper:?}: not tightened");
            // The names' size: the size most characters of the last page are set in.
            let runs = publish::typeset::runs(&t.document);
            let name_size = dominant_size(&runs, 1);
            assert!(name_size >= 7.5 - 0.01, "{locale}: names at {name_size} pt, under the 7.5 pt floor");
            let mut got: Vec<String> = common::entries(&t, name_size).into_iter().map(|e| e.name).collect();
            let mut want = expected_names(locale);
            got.sort();
            want.sort();
            assert_eq!(got, want, "{locale} {paper:?}: the names on the fitted pages");
            let note = &t.model.signatories.notes[0].text;
            let first_words: String = note.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
            assert!(
                lines(&runs, |_| true).iter().any(|l| l.text.contains(&first_words)),
                "{locale} {paper:?}: the note is not on the pages"
            );
            // The body stays at or above its floor.
            let body = runs.iter().filter(|r| r.page == 0).map(|r| r.size).fold(f64::MAX, f64::min);
            assert!(body >= 7.0 - 0.01, "{locale}: text at {body} pt");
        }
    }
}

#[test]
fn an_impossible_fit_fails_cleanly_and_a_layout_that_cannot_fit_says_so() {
    // One page cannot hold the statement: exit 1, by how much and which limits, nothing written.
    let out = tempfile::tempdir().unwrap();
    let o = common::publish(
        &repo(),
        &["--lang", "all", "--fit-pages", "1", "--out", out.path().to_str().unwrap()],
    );
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("en-GB: --fit-pages 1 cannot be met in layout `handout`: at its tightest the document still takes 2 pages"), "{err}");
    assert!(
        err.contains("of a page too many")
            && err.contains("every limit the layout states was reached: body 10.5 to 9 pt"),
        "{err}"
    );
    assert!(common::files_under(out.path()).is_empty(), "something was written");

    // The open letter can be fitted too: the statement's three pages in two, both languages.
    let request = Request { layout: Some("open-letter".into()), fit_pages: Some(2), ..langs("en-GB,fr") };
    for t in common::typeset(&repo(), &request) {
        assert_eq!(t.document.pages().len(), 2, "{}", t.model.locale);
    }

    // Large print cannot be fitted: the flag is a usage error, publish.toml's fit_pages a note.
    let o = common::publish(
        &repo(),
        &[
            "--lang",
            "fr",
            "--layout",
            "large-print",
            "--fit-pages",
            "2",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", common::stderr(&o));
    assert!(
        common::stderr(&o).contains("the `large-print` layout keeps its type size and spacing whatever the length of the text: it cannot be made to fit 2 pages"),
        "{}",
        common::stderr(&o)
    );
    // Said with what to do: the layouts that can be fitted.
    assert!(
        common::stderr(&o).contains("layouts that can be fitted: --layout handout, --layout open-letter"),
        "{}",
        common::stderr(&o)
    );
    assert!(common::files_under(out.path()).is_empty(), "something was written");

    let project = common::copy_project();
    common::replace_in(
        project.path(),
        "publish.toml",
        "layout = \"handout\"\n",
        "layout = \"handout\"\nfit_pages = 2\n",
    );
    let o = common::publish(
        project.path(),
        &["--lang", "fr", "--layout", "large-print", "--out", out.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(
        common::stderr(&o).contains(
            "publish.toml's fit_pages = 2 is ignored: the `large-print` layout keeps its type size"
        ),
        "{}",
        common::stderr(&o)
    );
    // ... and the handout follows it.
    let o = common::publish(project.path(), &["--lang", "fr", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(common::stderr(&o).contains("fr: fitted to 2 pages (from 3)"), "{}", common::stderr(&o));

    // fit_pages = 0 is an error at its line.
    let project = common::copy_project();
    common::replace_in(
        project.path(),
        "publish.toml",
        "layout = \"handout\"\n",
        "layout = \"handout\"\nfit_pages = 0\n",
    );
    let o = common::publish(project.path(), &["--lang", "fr", "--out", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", common::stderr(&o));
    assert!(
        common::stderr(&o).contains("fit_pages = 0: a document takes at least one page"),
        "{}",
        common::stderr(&o)
    );
    assert!(common::stderr(&o).contains("publish.toml:"), "{}", common::stderr(&o));
}
