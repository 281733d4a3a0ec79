//! The social card (`--emit card`): one 1200 × 630 px PNG per language, from the built-in `card`
//! layout and the same model as the PDF; its title fitted, never cut; listed in the manifest.

use crate::common;

use std::fs;
use std::path::Path;

use common::{copy_project, files_under, publish, repo, stderr};

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> (u32, u32) {
    let b = fs::read(path).unwrap();
    assert_eq!(&b[..8], b"\x89PNG\r\n\x1a\n", "{} is a PNG", path.display());
    let n = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    (n(16), n(20))
}

#[test]
fn a_card_per_language_beside_the_pdfs_and_in_the_manifest() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(
        &repo(),
        &[
            "--lang",
            "all",
            "--emit",
            "pdf,card",
            "--out",
            out.path().to_str().unwrap(),
            "--manifest",
            out.path().join("m.json").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for tag in ["en-GB", "fr"] {
        let card = out.path().join(format!("oppose-icc-sanctions.{tag}.card.png"));
        assert_eq!(png_size(&card), (1200, 630), "{tag}");
        assert!(out.path().join(format!("oppose-icc-sanctions.{tag}.pdf")).is_file());
    }
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.path().join("m.json")).unwrap()).unwrap();
    let cards: Vec<&serde_json::Value> =
        manifest["files"].as_array().unwrap().iter().filter(|f| f["format"] == "card").collect();
    assert_eq!(cards.len(), 2, "{manifest:#}");
    assert!(cards.iter().all(|c| c["layout"] == "card" && c["pages"] == 1 && c["sha256"].as_str().is_some()));
}

#[test]
fn every_language_and_both_pseudo_locales_get_a_card() {
    let example = repo().join("examples/open-letter");
    for lang in ["en-GB", "fr", "es", "uk", "ar", "pseudo", "pseudo-rtl"] {
        let out = tempfile::tempdir().unwrap();
        let o = publish(&example, &["--lang", lang, "--emit", "card", "--out", out.path().to_str().unwrap()]);
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        assert!(!stderr(&o).contains("warning"), "{lang}: {}", stderr(&o));
        let files = files_under(out.path());
        assert_eq!(files.len(), 1, "only the card: {files:?}");
        assert_eq!(png_size(&files[0]), (1200, 630), "{lang}");
    }
}

#[test]
fn a_title_that_cannot_fit_the_card_is_an_error_and_nothing_is_written() {
    let project = copy_project();
    let p = project.path();
    let path = p.join("locales/en-GB/statement.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let long = "Oppose Sanctions Against the International Criminal Court ".repeat(12);
    let start = text.find("\nstatement-title = ").unwrap() + 1;
    let end = start + text[start..].find('\n').unwrap();
    fs::write(&path, format!("{}statement-title = {long}{}", &text[..start], &text[end..])).unwrap();
    let o = publish(p, &["--lang", "en", "--emit", "pdf,card", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("layout `card` (en-GB): the title does not fit the card at 20pt"), "{err}");
    assert!(common::pdfs_under(p).is_empty() && !p.join("out").exists(), "nothing written");
}

#[test]
fn an_unknown_kind_of_output_lists_the_kinds() {
    let o = publish(&repo(), &["--emit", "gif"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("[possible values: pdf, png, svg, card, html]"), "{}", stderr(&o));
}
