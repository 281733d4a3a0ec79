//! The typeset statement, inspected: names against the reviewed lists under tests/expected/,
//! three columns, the last page balanced, the footnote on its entry's page, text on the page.

use crate::common;

use publish::request::{Paper, Request};

use std::collections::BTreeMap;

use common::{Entry, Line, lines};
use publish::commands::publish::Typeset;

const NAME_SIZE: f64 = 8.6;
const BODY_SIZE: f64 = 10.5;

fn typeset_all() -> Vec<Typeset> {
    common::typeset(&common::repo(), &common::langs("all"))
}

fn expected(locale: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(common::repo().join(format!("tests/expected/signatories.{locale}.txt")))
            .unwrap();
    text.lines().map(str::to_string).filter(|l| !l.is_empty()).collect()
}

fn entries(t: &Typeset) -> Vec<Entry> {
    common::entries(t, NAME_SIZE)
}

#[test]
fn every_signatory_appears_exactly_once_in_each_language() {
    for t in typeset_all() {
        let mut got: Vec<String> = entries(&t).into_iter().map(|e| e.name).collect();
        let mut want = expected(&t.model.locale);
        assert_eq!(got.len(), 129, "{}: {got:#?}", t.model.locale);
        got.sort();
        want.sort();
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g, w, "{}: typeset names differ from tests/expected", t.model.locale);
        }
        assert_eq!(got, want);
    }
}

#[test]
fn names_start_at_three_x_positions_and_the_last_page_is_balanced() {
    for t in typeset_all() {
        let es = entries(&t);
        let mut xs: Vec<f64> = es.iter().map(|e| (e.x * 10.0).round() / 10.0).collect();
        xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
        xs.dedup();
        assert_eq!(xs.len(), 3, "{}: first lines start at {xs:?}", t.model.locale);

        // The last page's columns: where the last line of each lies.
        let last = es.iter().map(|e| e.page).max().unwrap();
        let runs = publish::typeset::runs(&t.document);
        let mut bottoms: BTreeMap<i64, f64> = BTreeMap::new();
        for l in lines(&runs, |r| r.page == last && (r.size - NAME_SIZE).abs() < 0.01) {
            let edge = xs.iter().rposition(|x| l.x >= x - 0.1).unwrap();
            let b = bottoms.entry(edge as i64).or_insert(0.0);
            *b = b.max(l.y);
        }
        assert_eq!(bottoms.len(), 3, "{}: the last page has {} columns", t.model.locale, bottoms.len());
        let max = bottoms.values().copied().fold(f64::MIN, f64::max);
        let min = bottoms.values().copied().fold(f64::MAX, f64::min);
        // Whole entries: the columns end within the tallest entry of the page of each other (its
        // lines less one, and one line more for the spacing; a tenth of a point for rounding:
        // the columns' heights are computed in the layout, the baselines read back). An entry
        // never breaks to make them more even.
        let one_line = NAME_SIZE * 1.2;
        let tallest = es.iter().filter(|e| e.page == last).map(|e| e.lines).max().unwrap();
        assert!(
            max - min <= tallest as f64 * one_line + 0.1,
            "{}: last page columns end at {bottoms:?}",
            t.model.locale
        );
    }
}

#[test]
fn the_footnote_stands_on_the_page_of_its_entry() {
    for t in typeset_all() {
        let es = entries(&t);
        let marked: Vec<&Entry> = es.iter().filter(|e| e.marked).collect();
        assert_eq!(marked.len(), 1, "{}: entries with a marker: {marked:?}", t.model.locale);
        assert!(marked[0].name.starts_with("Asia Justice Coalition"), "{:?}", marked[0]);
        let note = t.model.signatories.notes[0].text.clone();
        let runs = publish::typeset::runs(&t.document);
        let first_words: String = note.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        let note_lines: Vec<Line> = lines(&runs, |r| r.size < NAME_SIZE - 0.1 && r.size > 6.0);
        let at: Vec<&Line> = note_lines.iter().filter(|l| l.text.contains(&first_words)).collect();
        assert_eq!(at.len(), 1, "{}: note lines {note_lines:#?}", t.model.locale);
        assert_eq!(at[0].page, marked[0].page, "{}: note and entry on different pages", t.model.locale);
        // At the foot of the page: below every name of that page.
        assert!(es.iter().filter(|e| e.page == at[0].page).all(|e| e.bottom < at[0].y));
    }
}

#[test]
fn body_text_and_dateline_are_the_languages_own() {
    let all = typeset_all();
    let text = |t: &Typeset| {
        publish::typeset::runs(&t.document).iter().map(|r| r.text.clone()).collect::<Vec<_>>().join(" ")
    };
    let en = all.iter().find(|t| t.model.locale == "en-GB").unwrap();
    let fr = all.iter().find(|t| t.model.locale == "fr").unwrap();
    assert!(text(en).contains("16 January 2025"));
    assert!(text(fr).contains("16 janvier 2025"));
    // The restored sentence, not the republication's.
    assert!(text(en).contains("a law criminalising cooperation"));
    // French spacing reached the page: a no-break space before the colon of the calls' lead
    // (whose last two words are tied too: no runt).
    assert!(text(fr).contains("monde,\u{A0}à\u{A0}:"), "{}", text(fr));
    // Every body paragraph's first words are on the page.
    for t in &all {
        let body = text(t);
        for b in &t.model.blocks {
            if let publish::model::Block::Paragraph { text: p, .. } = b {
                let start: String = p.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                assert!(body.contains(&start), "{}: {start:?} missing", t.model.locale);
            }
        }
    }
}

#[test]
fn pages_are_a4_or_us_letter() {
    for (paper, w, h) in [("a4", 595.28, 841.89), ("us-letter", 612.0, 792.0)] {
        for t in common::typeset(
            &common::repo(),
            &Request {
                paper: if paper == "a4" { Paper::A4 } else { Paper::UsLetter },
                ..common::langs("fr")
            },
        ) {
            for page in t.document.pages() {
                let (pw, ph) = (page.frame.width().to_pt(), page.frame.height().to_pt());
                assert!((pw - w).abs() < 0.1 && (ph - h).abs() < 0.1, "{paper}: {pw} x {ph}");
            }
            assert!(t.document.pages().len() >= 2);
        }
    }
}

#[test]
fn a_word_wider_than_its_column_breaks_inside_the_column_with_a_warning() {
    let project = common::copy_project();
    let word = "Verylongorganisationnamewithoutanyspaceswhatsoeverforthecolumns";
    let file = project.path().join("locales/en-GB/signatories.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let changed = text
        .replace("sig-stopthedrugwar = StoptheDrugWar.org", &format!("sig-stopthedrugwar = {word} Network"));
    std::fs::write(&file, changed).unwrap();

    let o = common::publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let err = common::stderr(&o);
    assert!(err.contains(word) && err.contains("breaks without a hyphen"), "{err}");

    let t = &common::typeset(project.path(), &common::langs("en"))[0];
    let es = entries(t);
    let mut edges: Vec<f64> = es.iter().map(|e| e.x).collect();
    edges.sort_by(|a, b| a.partial_cmp(b).unwrap());
    edges.dedup_by(|a, b| (*a - *b).abs() < 0.1);
    let pitch = edges[1] - edges[0];
    let runs = publish::typeset::runs(&t.document);
    for l in lines(&runs, |r| (r.size - NAME_SIZE).abs() < 0.01) {
        let edge = edges.iter().rposition(|x| l.x >= x - 0.1).unwrap();
        // The column plus nothing of the gutter: the next column starts a gutter further.
        assert!(l.end <= edges[edge] + pitch - 10.0, "{:?} runs out of its column", l.text);
    }
    // The word is all there, in pieces on consecutive lines.
    let joined: String = es.iter().map(|e| e.name.replace([' ', '\u{200B}'], "")).collect();
    assert!(joined.contains(&format!("{word}Network")));
}

/// Body lines in reading order (body size), soft hyphens removed.
fn body_lines(t: &Typeset) -> Vec<Line> {
    let runs = publish::typeset::runs(&t.document);
    lines(&runs, |r| (r.size - BODY_SIZE).abs() < 0.01)
        .into_iter()
        .map(|mut l| {
            l.text = l.text.replace('\u{ad}', "").trim().to_string();
            l
        })
        .collect()
}

#[test]
fn french_punctuation_is_spaced_on_the_page_and_never_starts_a_line() {
    let project = common::copy_project();
    let file = project.path().join("locales/fr/statement.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    // As a translator types it: ordinary spaces, or none.
    let changed = text.replace(
        "sans se laisser décourager.",
        "sans se laisser décourager. Pourquoi ? Parce que la justice compte : pour toutes les victimes; partout !",
    );
    assert_ne!(changed, text);
    std::fs::write(&file, changed).unwrap();
    let t = &common::typeset(project.path(), &common::langs("fr"))[0];
    let all: String = body_lines(t).iter().map(|l| l.text.clone()).collect::<Vec<_>>().join(" ");
    for expected in [
        "Pourquoi\u{202F}?",
        "compte\u{A0}:",
        "victimes\u{202F};",
        "partout\u{202F}!",
        "monde,\u{A0}à\u{A0}:",
    ] {
        assert!(all.contains(expected), "{expected:?} not on the page");
    }
    for l in body_lines(t) {
        assert!(
            !l.text.starts_with([';', ':', '?', '!', '»']),
            "a line starts with punctuation: {:?}",
            l.text
        );
    }
}

#[test]
fn no_body_paragraph_leaves_a_single_line_on_a_page() {
    for t in typeset_all() {
        // Paragraphs, the list's lead and its items, in order.
        let mut blocks: Vec<String> = Vec::new();
        for b in &t.model.blocks {
            match b {
                publish::model::Block::Paragraph { text, .. } => blocks.push(text.clone()),
                publish::model::Block::List { lead, items, .. } => {
                    blocks.extend(lead.iter().map(|r| r.text.clone()));
                    blocks.extend(items.iter().map(|r| r.text.clone()));
                }
                _ => {}
            }
        }
        // A paragraph's last two words may be tied by a no-break space (a runt mended): spaces
        // and no-break spaces are one here.
        let blocks: Vec<String> = blocks.into_iter().map(|b| b.replace('\u{a0}', " ")).collect();
        let mut k = 0;
        let mut cursor = 0;
        let mut pages_of: Vec<Vec<usize>> = vec![Vec::new(); blocks.len()];
        for mut l in body_lines(&t).into_iter().filter(|l| Some(&l.text) != t.model.signatories.lead.as_ref())
        {
            l.text = l.text.replace('\u{a0}', " ");
            loop {
                assert!(k < blocks.len(), "{}: line {:?} belongs to no block", t.model.locale, l.text);
                if let Some(at) = blocks[k][cursor..].find(&l.text) {
                    cursor += at + l.text.len();
                    pages_of[k].push(l.page);
                    break;
                }
                k += 1;
                cursor = 0;
            }
        }
        for (b, pages) in blocks.iter().zip(&pages_of) {
            assert!(!pages.is_empty(), "{}: block not found on the page: {b:?}", t.model.locale);
            let first = pages[0];
            let on_first = pages.iter().filter(|p| **p == first).count();
            let on_last = pages.iter().filter(|p| **p == *pages.last().unwrap()).count();
            if first != *pages.last().unwrap() {
                assert!(on_first >= 2 && on_last >= 2, "{}: widow or orphan in {b:?}", t.model.locale);
            }
        }
    }
}
