//! Any statement or open letter: the example open letter (examples/open-letter: every block,
//! inline mark, note kind, group, country and the logo) in every built-in layout, inspected from
//! the PDF's structure tree and the typeset pages, not from the code; `publish init`; and the
//! bad input of the new features, each a clear error with nothing written.

use crate::common;

use std::fs;
use std::path::Path;

use common::{copy_example, example, files_under, publish, replace_in, repo, stderr};
use publish::request::Request;

const LAYOUTS: [&str; 3] = ["handout", "open-letter", "large-print"];

/// Every element of a PDF's structure tree: its type, title, alternative text and language.
#[derive(Debug, Default, Clone)]
struct Element {
    role: String,
    title: Option<String>,
    alt: Option<String>,
    lang: Option<String>,
}

fn structure(doc: &lopdf::Document) -> Vec<Element> {
    let root = doc.catalog().unwrap().get(b"StructTreeRoot").unwrap();
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    let mut seen = std::collections::HashSet::new();
    while let Some(obj) = stack.pop() {
        if let Ok(r) = obj.as_reference()
            && !seen.insert(r)
        {
            continue;
        }
        let Ok((_, obj)) = doc.dereference(&obj) else { continue };
        match obj {
            lopdf::Object::Array(a) => stack.extend(a.iter().cloned()),
            lopdf::Object::Dictionary(d) => {
                let text = |k: &[u8]| d.get(k).ok().map(common::text_string);
                if let Ok(s) = d.get(b"S").and_then(|s| s.as_name()) {
                    out.push(Element {
                        role: String::from_utf8_lossy(s).into_owned(),
                        title: text(b"T"),
                        alt: text(b"Alt"),
                        lang: text(b"Lang"),
                    });
                }
                if let Ok(k) = d.get(b"K") {
                    stack.push(k.clone());
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_example_letter_is_tagged_in_every_layout_with_headings_notes_and_the_logos_text() {
    for layout in LAYOUTS {
        let out = tempfile::tempdir().unwrap();
        // English and French here; the other languages in tests/suite/languages.rs.
        let o = publish(
            &example(),
            &["--layout", layout, "--lang", "en-GB,fr", "--out", out.path().to_str().unwrap()],
        );
        assert!(o.status.success(), "{layout}: {}", stderr(&o));
        for (lang, background, logo_alt) in [
            ("en-GB", "Background", "Example Coalition for Justice: a ring and three bars"),
            ("fr", "Contexte", "Coalition Exemple pour la Justice\u{a0}: un anneau et trois barres"),
        ] {
            let name = if layout == "open-letter" {
                format!("example-open-letter.{lang}.pdf")
            } else {
                format!("example-open-letter.{lang}.{layout}.pdf")
            };
            let doc = lopdf::Document::load(out.path().join(&name)).unwrap();
            let tree = structure(&doc);
            let roles = |r: &str| tree.iter().filter(|e| e.role == r).count();
            // A heading's text sits in a heading tag: level 2 and level 3, by their titles.
            let h2: Vec<_> = tree.iter().filter(|e| e.role == "H2").filter_map(|e| e.title.clone()).collect();
            assert!(h2.iter().any(|t| t == background), "{layout} {lang}: H2 {h2:?}");
            // The notes to editors' title is a heading too, at the same level.
            let editors = if lang == "fr" { "Notes aux rédactions" } else { "Notes to editors" };
            assert!(h2.iter().any(|t| t == editors), "{layout} {lang}: H2 {h2:?}");
            assert!(roles("H3") >= 5, "{layout} {lang}: the sub-heading and the four groups");
            // Lists, the quotation, the notes (two in the body, two on signatories).
            assert!(roles("L") >= 3 && roles("LI") >= 9, "{layout} {lang}: {tree:?}");
            assert_eq!(roles("BlockQuote"), 1, "{layout} {lang}");
            // Two in the body, two on signatories (a shared note once on each page of its mark).
            assert!(roles("Note") >= 4, "{layout} {lang}: {} notes", roles("Note"));
            // The logo: a figure with its alternative text, in the page's language.
            let figure = tree.iter().find(|e| e.role == "Figure").expect("the logo is a figure");
            let alt =
                figure.alt.clone().or_else(|| tree.iter().find_map(|e| e.alt.clone())).unwrap_or_default();
            assert_eq!(alt, logo_alt, "{layout} {lang}");
            // The document's language, and no element in another one.
            assert_eq!(common::text_string(doc.catalog().unwrap().get(b"Lang").unwrap()), lang, "{layout}");
            assert!(
                tree.iter().filter_map(|e| e.lang.as_deref()).all(|l| l == lang),
                "{layout} {lang}: {tree:?}"
            );
        }
    }
}

#[test]
fn emphasis_is_italic_notes_stand_on_their_marks_page_lists_count_and_countries_are_in_the_pages_language() {
    for layout in LAYOUTS {
        let request = Request { layout: Some(layout.into()), ..common::langs("en-GB,fr") };
        for t in common::typeset(&example(), &request) {
            let lang = t.model.locale.clone();
            let runs = publish::typeset::runs(&t.document);
            let text_of_page =
                |p: usize| runs.iter().filter(|r| r.page == p).map(|r| r.text.as_str()).collect::<String>();
            // Emphasised words in the italic face (large print sets emphasis bold, never italic).
            let emphasised = if lang == "fr" {
                "ouvertes aux personnes qui les ont donnés"
            } else {
                "open to the people who gave them"
            };
            let styled = |r: &&publish::typeset::Run| {
                if layout == "large-print" { !r.italic && r.weight >= 600 } else { r.italic }
            };
            let words: String =
                runs.iter().filter(styled).map(|r| r.text.as_str()).collect::<Vec<_>>().join(" ");
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words.contains(emphasised), "{layout} {lang}: emphasised runs: {words}");
            // Each footnote's text on the page of its mark.
            for (marked, note) in [
                (
                    if lang == "fr" { "récits" } else { "accounts" },
                    if lang == "fr" { "Le chiffre compte" } else { "The figure counts" },
                ),
                (
                    if lang == "fr" { "la charte" } else { "charter" },
                    if lang == "fr" { "Charte de la Fondation" } else { "Charter of the Example" },
                ),
            ] {
                let note_page =
                    runs.iter().find(|r| r.text.contains(note)).map(|r| r.page).expect("the note's text");
                assert!(
                    text_of_page(note_page).contains(marked),
                    "{layout} {lang}: note {note:?} not on its mark's page"
                );
            }
            // Numbered lists run 1, 2, 3.
            let numbers: Vec<&str> =
                runs.iter().map(|r| r.text.trim()).filter(|t| ["1.", "2.", "3."].contains(t)).collect();
            assert!(numbers.windows(3).any(|w| w == ["1.", "2.", "3."]), "{layout} {lang}: {numbers:?}");
            // A country in the page's language (CLDR), after the language's separator, whole.
            let all: String = runs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" ");
            // (A name may break after the hyphen: the words are compared without spaces.)
            let country = if lang == "fr" { ",Pays-Bas" } else { ",Netherlands" };
            assert!(all.replace(' ', "").contains(country), "{layout} {lang}: no {country}");
            // A note shared by two entries: one mark, its text once on the page.
            let shared =
                if lang == "fr" { "Membre du comité de pilotage" } else { "A member of the coalition" };
            for page in 0..t.document.pages().len() {
                assert!(
                    text_of_page(page).matches(shared).count() <= 1,
                    "{layout} {lang}: twice on page {}",
                    page + 1
                );
            }
            assert!(all.contains(shared));
        }
    }
}

#[test]
fn the_pseudo_locale_keeps_the_notation() {
    let t = &common::typeset(&example(), &common::langs("pseudo"))[0];
    let notes = |blocks: &[publish::model::Block]| {
        blocks
            .iter()
            .filter_map(|b| match b {
                publish::model::Block::Paragraph { spans, .. } => Some(spans),
                _ => None,
            })
            .flatten()
            .filter(|s| matches!(s, publish::model::Inline::Note { .. }))
            .count()
    };
    assert_eq!(notes(&t.model.blocks), 2, "the footnotes survive the pseudo-locale");
    let links: Vec<_> = t
        .model
        .blocks
        .iter()
        .filter_map(|b| match b {
            publish::model::Block::Paragraph { spans, .. } => Some(spans),
            _ => None,
        })
        .flatten()
        .filter_map(|s| match s {
            publish::model::Inline::Text { link: Some(l), .. } => Some(l.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(links, ["https://example.org/charter"], "the address is not pseudo-localised");
}

#[test]
fn init_starts_a_project_that_publishes_and_passes_check_strict() {
    for kind in ["statement", "letter"] {
        let tmp = tempfile::tempdir().unwrap();
        let o = publish(tmp.path(), &["init", "new", "--kind", kind]);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
        assert!(stderr(&o).contains("next: edit new/locales/en-GB/"), "{}", stderr(&o));
        let project = tmp.path().join("new");
        let o = publish(&project, &["check", "--strict"]);
        assert_eq!(o.status.code(), Some(0), "{kind}: {}", stderr(&o));
        let o = publish(&project, &["--out", "out"]);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
        assert_eq!(files_under(&project.join("out")).len(), 2);
        // Every file commented.
        for f in files_under(&project).into_iter().filter(|p| !p.starts_with(project.join("out"))) {
            let text = fs::read_to_string(&f).unwrap();
            assert!(
                text.lines().next().is_some_and(|l| l.starts_with('#')),
                "{} opens without a comment",
                f.display()
            );
        }
        // Never over an existing project or into a folder that holds anything.
        let o = publish(tmp.path(), &["init", "new"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("is not empty"), "{}", stderr(&o));
    }
    // The reference is the first language asked; a language without a starting text is refused.
    let tmp = tempfile::tempdir().unwrap();
    let o = publish(tmp.path(), &["init", "fr-first", "--lang", "fr,en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        fs::read_to_string(tmp.path().join("fr-first/publish.toml")).unwrap().contains("reference = \"fr\"")
    );
    assert_eq!(publish(&tmp.path().join("fr-first"), &["check", "--strict"]).status.code(), Some(0));
    let o = publish(tmp.path(), &["init", "x", "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("publish new-locale de"), "{}", stderr(&o));
    assert!(!tmp.path().join("x").exists());
}

/// The example letter's languages.
const LETTER_LANGS: [&str; 5] = ["en-GB", "es", "fr", "uk", "ar"];

/// Adds the message `id` to the example letter's file in each language, with its text there.
fn add_message(project: &Path, id: &str, texts: &[(&str, &str)]) {
    for (lang, text) in texts {
        let file = project.join(format!("locales/{lang}/letter.ftl"));
        let mut ftl = fs::read_to_string(&file).unwrap();
        ftl.push_str(&format!("\n{id} = {text}\n"));
        fs::write(&file, ftl).unwrap();
    }
}

/// Runs publish on a broken copy of the example: the exit code, the error, nothing written.
fn refused(project: &Path, code: i32, says: &str) {
    let o = publish(project, &["--out", "out"]);
    assert_eq!(o.status.code(), Some(code), "{says}: {}", stderr(&o));
    assert!(stderr(&o).contains(says), "wanted {says:?} in: {}", stderr(&o));
    assert!(files_under(&project.join("out")).is_empty(), "{says}: something was written");
}

#[test]
fn bad_blocks_marks_countries_and_groups_are_clear_errors() {
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "[[blocks]]\nsubject = \"subject\"",
        "[[blocks]]\ntable = \"subject\"",
    );
    refused(p.path(), 1, "unknown field `table`");
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "[[blocks]]\nsubject = \"subject\"", "[[blocks]]\nlevel = 2");
    refused(
        p.path(),
        1,
        "the kinds of block: subtitle, heading, paragraph, list, quote, addressee, subject, salutation, closing, contact, notes",
    );
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "subject = \"subject\"", "subject = \"no-such-message\"");
    refused(p.path(), 1, "message `no-such-message` is missing in locale en-GB");
    let p = copy_example();
    replace_in(
        p.path(),
        "locales/en-GB/letter.ftl",
        "heading-background = Background",
        "heading-background = Background[^a]",
    );
    refused(p.path(), 1, "error[footnote-place]");
    let p = copy_example();
    replace_in(
        p.path(),
        "locales/fr/signatories.ftl",
        "sig-example-spain = Fundación Ejemplo por la Memoria",
        "sig-example-spain = Fundación[^x] Ejemplo",
    );
    refused(p.path(), 1, "`sig-example-spain` is a name, where a footnote has no place");
    let p = copy_example();
    replace_in(p.path(), "locales/fr/letter.ftl", "vous demandons de garder", "vous demandons *de garder");
    refused(p.path(), 1, "`*` opens or closes no emphasis");
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "country = \"SN\"", "country = \"QQ\"");
    refused(p.path(), 1, "`QQ` is not a country or region code");
    // CLDR's "Unknown Region" never prints: refused, with the regions one may name instead.
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "country = \"SN\"", "country = \"zz\"");
    refused(p.path(), 1, "\"ZZ\" is CLDR's \"Unknown Region\", which a list never prints");
    // A region (UN M.49) prints CLDR's name in each language, as a country does.
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "country = \"SN\"", "country = \"001\"");
    for (lang, world) in [("en-GB", "World"), ("es", "Mundo"), ("ar", "العالم")] {
        let t = common::typeset(p.path(), &common::langs(lang)).remove(0);
        let countries: Vec<String> = t
            .model
            .signatories
            .groups
            .iter()
            .flat_map(|g| g.entries.iter())
            .filter_map(|e| e.country.clone())
            .collect();
        assert!(countries.iter().any(|c| c == world), "{lang}: {countries:?}");
    }
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "ids = [\"sig-person-a\", \"sig-person-b\", \"sig-person-c\", \"sig-person-d\"]",
        "ids = []",
    );
    refused(p.path(), 1, "this group of signatories has no entries");
}

#[test]
#[cfg(unix)] // a logo linked from outside the project
fn a_logo_missing_not_an_image_or_outside_the_project_and_an_illegible_accent_are_refused() {
    let p = copy_example();
    fs::remove_file(p.path().join("branding/logo.svg")).unwrap();
    refused(p.path(), 1, "cannot read the logo branding/logo.svg");
    let p = copy_example();
    fs::write(p.path().join("branding/logo.svg"), b"%PDF-1.7 not an image").unwrap();
    refused(p.path(), 1, "is not an image (SVG, PNG, JPEG, GIF or WebP)");
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "logo = \"branding/logo.svg\"", "logo = \"../outside.svg\"");
    refused(p.path(), 1, "is not a path inside the project");
    let p = copy_example();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("logo.svg"), fs::read(example().join("branding/logo.svg")).unwrap())
        .unwrap();
    fs::remove_file(p.path().join("branding/logo.svg")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("logo.svg"), p.path().join("branding/logo.svg")).unwrap();
    refused(p.path(), 1, "outside");
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "logo_alt = \"logo-alt\"\n", "");
    refused(p.path(), 1, "a logo needs its alternative text");
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "accent = \"#7a1f3d\"", "accent = \"#c0c0c0\"");
    refused(p.path(), 1, "contrast of 1.82:1 against the page; it needs 4.5:1");
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "accent = \"#7a1f3d\"",
        "accent = \"#7a1f3d\"\naccent_contrast = \"#7a1f3d\"",
    );
    let o = publish(p.path(), &["--theme", "contrast", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("against the contrast theme's dark page; it needs 7:1"), "{}", stderr(&o));
}

#[test]
fn every_layout_converges_for_the_statement_and_the_letter_in_every_language() {
    // Before: the statement in the open-letter layout (en-GB) did not converge: the last page's
    // first entry, breakable on a run-on page, started in what was left of the page before and
    // carried the column-shortening float there.
    for layout in LAYOUTS {
        for project in [repo(), example()] {
            let out = tempfile::tempdir().unwrap();
            let o = publish(
                &project,
                &["--lang", "all", "--layout", layout, "--out", out.path().to_str().unwrap()],
            );
            assert!(o.status.success(), "{layout}: {}", stderr(&o));
            let err = stderr(&o);
            assert!(
                !err.contains("converge") && !err.contains("did not stabilize"),
                "{layout} {}: {err}",
                project.display()
            );
        }
    }
}

#[test]
fn a_contact_block_may_have_a_label_above_it_in_the_pdf_and_on_the_web_page() {
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "contact = { name = \"contact-name\"",
        "contact = { label = \"contact-label\", name = \"contact-name\"",
    );
    // Without its message in a language, the label is a missing message there, named.
    refused(p.path(), 1, "contact-label");
    add_message(
        p.path(),
        "contact-label",
        &[
            ("en-GB", "Media contact"),
            ("es", "Contacto de prensa"),
            ("fr", "Contact presse"),
            ("uk", "Контакт для преси"),
            ("ar", "جهة الاتصال الإعلامية"),
        ],
    );
    let t = common::typeset(p.path(), &common::langs("en-GB")).remove(0);
    let runs = publish::typeset::runs(&t.document);
    let label = runs.iter().find(|r| r.text.contains("Media contact")).expect("the label is set");
    let name = runs.iter().find(|r| r.text.contains("Alex Example")).expect("the contact's name");
    assert_eq!(label.page, name.page, "kept with the block");
    assert!(label.y < name.y && name.y - label.y < 3.0 * name.size, "{label:?} {name:?}");
    assert!(label.weight >= 600, "{label:?}");
    let out = tempfile::tempdir().unwrap();
    let o = publish(p.path(), &["--lang", "en-GB", "--emit", "html", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = fs::read_to_string(out.path().join("example-open-letter.en-GB.html")).unwrap();
    assert!(
        html.contains(
            "<span class=\"label\">Media contact</span><br>\n<span class=\"name\">Alex Example</span>"
        ),
        "{html}"
    );
}

#[test]
fn a_quotation_is_indented_an_em_and_a_half_and_kept_with_its_lead_in() {
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "quote = \"quote-charter\"",
        "lead = \"quote-lead\"\nquote = \"quote-charter\"",
    );
    refused(p.path(), 1, "quote-lead");
    add_message(p.path(), "quote-lead", &LETTER_LANGS.map(|l| (l, "As its charter says:")));
    let t = common::typeset(p.path(), &Request { layout: Some("handout".into()), ..common::langs("en-GB") })
        .remove(0);
    let runs = publish::typeset::runs(&t.document);
    let lead = runs.iter().find(|r| r.text.contains("As its charter")).expect("the lead-in is set");
    let quote = runs.iter().find(|r| r.text.starts_with("Everyone whose account")).expect("the quotation");
    let body = runs.iter().find(|r| r.text.starts_with("The foundation")).expect("a paragraph");
    assert_eq!(lead.page, quote.page, "kept together");
    // Close under its lead-in: less than two lines apart.
    assert!(quote.y > lead.y && quote.y - lead.y < 2.2 * lead.size, "{lead:?} {quote:?}");
    // An em and a half in from the body's edge, at the quotation's size.
    assert!(quote.x - body.x >= 1.5 * quote.size - 0.1, "{} pt in", quote.x - body.x);
    let out = tempfile::tempdir().unwrap();
    let o = publish(p.path(), &["--lang", "en-GB", "--emit", "html", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = fs::read_to_string(out.path().join("example-open-letter.en-GB.html")).unwrap();
    assert!(html.contains("<p class=\"lead\">As its charter says:</p>\n<figure class=\"quote\">"), "{html}");
    // A lead-in belongs to a list or a quotation, not to a paragraph.
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "paragraph = \"para-background\"",
        "lead = \"para-opening\"\nparagraph = \"para-background\"",
    );
    refused(p.path(), 1, "lead");
}

#[test]
fn a_subtitle_stands_under_the_title_in_every_layout_on_the_web_page_and_the_card() {
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "[[blocks]]\nsubject = \"subject\"",
        "[[blocks]]\nsubtitle = \"statement-subtitle\"\n\n[[blocks]]\nsubject = \"subject\"",
    );
    // Not first: refused, naming where it is.
    refused(p.path(), 1, "the subtitle is block");
    let p = copy_example();
    let toml = fs::read_to_string(p.path().join("publish.toml")).unwrap();
    let first = toml.find("[[blocks]]").unwrap();
    fs::write(
        p.path().join("publish.toml"),
        format!("{}[[blocks]]\nsubtitle = \"statement-subtitle\"\n\n{}", &toml[..first], &toml[first..]),
    )
    .unwrap();
    // Its message missing: the missing message's error, named.
    refused(p.path(), 1, "statement-subtitle");
    let subtitle = "A new policy would close the reading room to the people whose words it keeps.";
    add_message(p.path(), "statement-subtitle", &LETTER_LANGS.map(|l| (l, subtitle)));
    for layout in LAYOUTS {
        let t = common::typeset(p.path(), &Request { layout: Some(layout.into()), ..common::langs("en-GB") })
            .remove(0);
        let runs = publish::typeset::runs(&t.document);
        let title = runs.iter().find(|r| r.page == 0 && r.text.contains("Gave Them")).expect("the title");
        let sub =
            runs.iter().find(|r| r.page == 0 && r.text.starts_with("A new policy")).expect("the subtitle");
        let to = runs
            .iter()
            .find(|r| r.page == 0 && r.text.contains("Example Archive Foundation"))
            .expect("the addressee");
        assert!(title.y < sub.y && sub.y < to.y, "{layout}: {title:?} {sub:?} {to:?}");
        assert!(sub.size > to.size, "{layout}: larger than the body");
        // Its last two words held together.
        assert!(runs.iter().any(|r| r.page == 0 && r.text.contains("it\u{a0}keeps.")), "{layout}");
    }
    let out = tempfile::tempdir().unwrap();
    let o =
        publish(p.path(), &["--lang", "en-GB", "--emit", "html,card", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = fs::read_to_string(out.path().join("example-open-letter.en-GB.html")).unwrap();
    assert!(html.contains("<p class=\"standfirst\">A new policy would close"), "{html}");
    assert!(html.contains("<meta name=\"description\" content=\"A new policy would close"), "{html}");
    assert!(out.path().join("example-open-letter.en-GB.card.png").is_file());
}

/// Removes the message `id` (its line and the lines that continue it) from every language of
/// the example letter.
fn remove_message(project: &Path, id: &str) {
    for lang in LETTER_LANGS {
        let file = project.join(format!("locales/{lang}/letter.ftl"));
        let ftl = fs::read_to_string(&file).unwrap();
        let mut out = String::new();
        let mut skipping = false;
        for line in ftl.lines() {
            if line.starts_with(&format!("{id} =")) {
                skipping = true;
                continue;
            }
            if skipping && line.starts_with(' ') {
                continue;
            }
            skipping = false;
            out.push_str(line);
            out.push('\n');
        }
        assert_ne!(out, ftl, "{id} in {lang}");
        fs::write(&file, out).unwrap();
    }
}

/// The PDF's document title (its Info dictionary's).
fn pdf_title(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    common::text_string(doc.get_object(info_ref).unwrap().as_dict().unwrap().get(b"Title").unwrap())
}

#[test]
fn a_letter_needs_no_title_author_kicker_or_lead_where_its_outputs_do_not_show_them() {
    let p = copy_example();
    for id in ["statement-title", "statement-author", "statement-kicker", "signatories-lead"] {
        remove_message(p.path(), id);
    }
    // The open letter, its web page and card: none of them is required.
    let o = common::publish(p.path(), &["check", "--strict"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for lang in ["en-GB", "ar"] {
        let t = common::typeset(p.path(), &common::langs(lang)).remove(0);
        assert!(t.model.title.is_none() && t.model.author.is_none() && t.model.signatories.lead.is_none());
        // The PDF is named by its subject line.
        let subject = t.model.blocks.iter().find_map(|b| match b {
            publish::model::Block::Subject { text } => Some(text.clone()),
            _ => None,
        });
        assert_eq!(Some(pdf_title(&t.pdf)), subject, "{lang}");
        let runs = publish::typeset::runs(&t.document);
        // Nothing invented in their place: the page begins with the addressee under the rule.
        assert!(!runs.iter().any(|r| r.text.contains("Signed by") || r.text.contains("OPEN LETTER")));
    }
    let out = tempfile::tempdir().unwrap();
    let o = publish(
        p.path(),
        &["--lang", "en-GB", "--emit", "pdf,html,card", "--out", out.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = fs::read_to_string(out.path().join("example-open-letter.en-GB.html")).unwrap();
    assert!(
        html.contains("<h1 itemprop=\"headline\">Re: Access to the archive of testimonies</h1>"),
        "{html}"
    );
    assert!(!html.contains("class=\"kicker\"") && !html.contains("class=\"subject\""), "said once: {html}");
    assert!(html.contains("<title>Re: Access to the archive of testimonies</title>"), "{html}");
    assert!(out.path().join("example-open-letter.en-GB.card.png").is_file());
    // A layout that shows the title requires it, and says which layout does.
    let o = publish(p.path(), &["--layout", "handout", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("`statement-title` is missing") && err.contains("the `handout` layout prints it"),
        "{err}"
    );
    assert!(files_under(&p.path().join("out")).is_empty());
}

#[test]
fn a_letters_date_stands_where_publish_toml_says_and_a_wrong_option_is_an_error_at_its_line() {
    let p = copy_example();
    let date_and_addressee = |p: &Path| {
        let t = common::typeset(p, &common::langs("en-GB")).remove(0);
        let runs = publish::typeset::runs(&t.document);
        let at = |s: &str| {
            runs.iter().find(|r| r.page == 0 && r.text.contains(s)).unwrap_or_else(|| panic!("{s}")).clone()
        };
        (at("3 March 2025"), at("2500 Exampletown"), at("Re: Access"), at("Dear"))
    };
    // As designed: in the letterhead, above the addressee, at the right.
    let (date, to, re, _) = date_and_addressee(p.path());
    assert!(date.y < to.y && date.x > to.x + 100.0, "{date:?} {to:?}");
    let toml = fs::read_to_string(p.path().join("publish.toml")).unwrap();
    for (value, between) in [("after-addressee", 0), ("after-subject", 1)] {
        fs::write(p.path().join("publish.toml"), format!("{toml}\n[layout]\ndate = \"{value}\"\n")).unwrap();
        let (date, to, re2, dear) = date_and_addressee(p.path());
        assert!((date.x - to.x).abs() < 1.0, "{value}: at the text's edge: {date:?}");
        if between == 0 {
            assert!(to.y < date.y && date.y < re2.y, "{value}: {to:?} {date:?} {re2:?}");
        } else {
            assert!(re2.y < date.y && date.y < dear.y, "{value}: {re2:?} {date:?} {dear:?}");
        }
        assert!(re.y <= re2.y);
    }
    // Another layout does not take the option: set aside, said.
    let o = publish(p.path(), &["--lang", "en-GB", "--layout", "handout", "--out", "out"]);
    assert!(o.status.success() && stderr(&o).contains("`[layout] date` is set aside"), "{}", stderr(&o));
    // A value the layout does not offer, an option it does not have: errors at their line.
    let p = copy_example();
    fs::write(p.path().join("publish.toml"), format!("{toml}\n[layout]\ndate = \"below\"\n")).unwrap();
    refused(p.path(), 1, "has no value \"below\"");
    refused(p.path(), 1, "write one of \"letterhead\", \"after-addressee\", \"after-subject\"");
    let line = toml.lines().count() + 3;
    refused(p.path(), 1, &format!("publish.toml:{line}:"));
    let o = publish(p.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1), "check says it too: {}", stderr(&o));
    fs::write(p.path().join("publish.toml"), format!("{toml}\n[layout]\ncolour = \"blue\"\n")).unwrap();
    refused(p.path(), 1, "the `open-letter` layout has no option `colour`");
    refused(p.path(), 1, "date = \"letterhead\" | \"after-addressee\" | \"after-subject\"");
}

#[test]
fn an_entry_may_call_itself_international_in_words_its_translators_give() {
    let p = copy_example();
    replace_in(
        p.path(),
        "publish.toml",
        "{ id = \"sig-example-jordan\", country = \"JO\" }",
        "{ id = \"sig-example-jordan\", scope = \"international\" }",
    );
    // The words are the translators': without them, the missing message, named.
    refused(p.path(), 1, "scope-international");
    add_message(
        p.path(),
        "scope-international",
        &[
            ("en-GB", "International"),
            ("es", "Internacional"),
            ("fr", "Internationale"),
            ("uk", "Міжнародна"),
            ("ar", "دولية"),
        ],
    );
    for (lang, word) in [("en-GB", "International"), ("es", "Internacional"), ("ar", "دولية")] {
        let t = common::typeset(p.path(), &common::langs(lang)).remove(0);
        let entry = t
            .model
            .signatories
            .groups
            .iter()
            .flat_map(|g| &g.entries)
            .find(|e| e.id == "sig-example-jordan")
            .unwrap();
        assert_eq!(entry.country.as_deref(), Some(word), "{lang}");
        assert!(publish::typeset::runs(&t.document).iter().any(|r| r.text.contains(word)), "{lang}: printed");
    }
    // check is clean of errors (the new words are unreviewed until marked, as any new message).
    let o = common::publish(p.path(), &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A country and a scope, or a scope publish does not know: errors at the entry.
    let q = copy_example();
    replace_in(
        q.path(),
        "publish.toml",
        "country = \"JO\" }",
        "country = \"JO\", scope = \"international\" }",
    );
    refused(q.path(), 1, "has both a country and a scope");
    let q = copy_example();
    replace_in(q.path(), "publish.toml", "country = \"JO\" }", "scope = \"global\" }");
    refused(q.path(), 1, "`scope = \"global\"` of `sig-example-jordan` is not a scope publish knows");
}

#[test]
fn country_names_may_be_cldrs_short_ones_and_check_lists_those_no_translator_gave() {
    let p = copy_example();
    replace_in(p.path(), "publish.toml", "country = \"JO\" }", "country = \"PS\" }");
    let country = |p: &Path, lang: &str| {
        let t = common::typeset(p, &common::langs(lang)).remove(0);
        let e =
            t.model.signatories.groups.iter().flat_map(|g| &g.entries).find(|e| e.id == "sig-example-jordan");
        e.unwrap().country.clone().unwrap()
    };
    assert_eq!(country(p.path(), "en-GB"), "Palestinian\u{a0}Territories");
    // check lists, once per language, the names CLDR gives: each name once, with its code.
    let o = common::publish(p.path(), &["check", "--lang", "en-GB,es"]);
    let err = stderr(&o);
    let line = err.lines().find(|l| l.starts_with("en-GB: country names from CLDR")).expect(&err);
    assert!(line.contains("Palestinian Territories (PS)") && line.contains("Kenya (KE)"), "{line}");
    assert_eq!(err.lines().filter(|l| l.starts_with("en-GB: country names")).count(), 1, "{err}");
    assert!(
        err.lines().any(
            |l| l.starts_with("es: country names from CLDR") && l.contains("Territorios Palestinos (PS)")
        ),
        "{err}"
    );
    // The short names, where CLDR has a name (not an abbreviation such as "UK").
    let toml = fs::read_to_string(p.path().join("publish.toml")).unwrap();
    fs::write(
        p.path().join("publish.toml"),
        toml.replacen("[signatories]\n", "[signatories]\ncountry_names = \"short\"\n", 1),
    )
    .unwrap();
    assert_eq!(country(p.path(), "en-GB"), "Palestine");
    assert_eq!(country(p.path(), "es"), "Palestina");
    // A translator's own name is the translator's, and is no longer listed.
    add_message(p.path(), "country-ps", &LETTER_LANGS.map(|l| (l, "State of Palestine")));
    assert_eq!(country(p.path(), "en-GB"), "State\u{a0}of\u{a0}Palestine");
    let o = common::publish(p.path(), &["check", "--lang", "en-GB"]);
    assert!(!stderr(&o).contains("(PS)"), "{}", stderr(&o));
    // Anything but "long" or "short": an error at its line.
    fs::write(
        p.path().join("publish.toml"),
        toml.replacen("[signatories]\n", "[signatories]\ncountry_names = \"variant\"\n", 1),
    )
    .unwrap();
    refused(p.path(), 1, "`country_names = \"variant\"` is not a choice");
}
