//! The PDF itself: PDF/A-2b and PDF/UA-1 by default (the XMP identification, the output intent,
//! the tagged structure, the language, embedded fonts), metadata in the info dictionary and
//! XMP, `--pdf-standard`, and qpdf's structural check.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{publish, repo, stderr};

fn xmp(doc: &lopdf::Document) -> Option<String> {
    let catalog = doc.catalog().unwrap();
    let id = catalog.get(b"Metadata").ok()?.as_reference().ok()?;
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    let bytes = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn build(args: &[&str]) -> (tempfile::TempDir, lopdf::Document, std::path::PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let mut all = vec!["--lang", "fr", "--out", out.path().to_str().unwrap()];
    all.extend_from_slice(args);
    let o = publish(&repo(), &all);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = out.path().join("oppose-icc-sanctions.fr.pdf");
    let doc = lopdf::Document::load(&path).unwrap();
    (out, doc, path)
}

#[test]
fn by_default_the_pdf_is_pdf_a_2b_and_pdf_ua_1() {
    let (_out, doc, path) = build(&[]);
    let catalog = doc.catalog().unwrap();
    let xmp = xmp(&doc).expect("an XMP metadata stream");
    for claim in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ] {
        assert!(xmp.contains(claim), "XMP lacks {claim}");
    }
    // PDF/A: an output intent.
    let get = |key: &[u8]| doc.dereference(catalog.get(key).unwrap()).unwrap().1;
    let intents = get(b"OutputIntents").as_array().unwrap();
    assert!(!intents.is_empty());
    // Tagged: marked, with a structure tree, and the document's language.
    let mark = get(b"MarkInfo").as_dict().unwrap();
    assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
    assert!(catalog.get(b"StructTreeRoot").is_ok());
    assert_eq!(common::text_string(catalog.get(b"Lang").unwrap()), "fr");
    // PDF/UA: the title shown in the window, from the document.
    let prefs = catalog.get(b"ViewerPreferences").and_then(|v| v.as_dict()).expect("viewer preferences");
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    // Metadata in both places.
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_object(info_ref).unwrap().as_dict().unwrap();
    let title = common::text_string(info.get(b"Title").unwrap());
    assert!(title.starts_with("S’opposer aux sanctions"));
    for key in [&b"Author"[..], b"Subject", b"Keywords"] {
        assert!(!common::text_string(info.get(key).unwrap()).is_empty());
    }
    assert!(xmp.contains("S’opposer aux sanctions") || xmp.contains("S&#x2019;opposer"), "title in XMP");
    assert!(xmp.contains("Statut de Rome"), "keywords in XMP");
    assert!(xmp.contains("Coalition pour la Cour pénale internationale"), "author in XMP");
    qpdf_check(&path);
}

#[test]
fn pdf_standard_none_writes_a_plain_pdf_and_bad_values_are_usage_errors() {
    let (_out, doc, _) = build(&["--pdf-standard", "none"]);
    let xmp = xmp(&doc).unwrap_or_default();
    assert!(!xmp.contains("pdfaid:part"), "no PDF/A claim with --pdf-standard none");
    let (_out, doc, _) = build(&["--pdf-standard", "a-3b"]);
    assert!(xmp_has(&doc, "<pdfaid:part>3</pdfaid:part>"));
    for bad in ["a-9", "a-4,ua-1", "a-2b,a-3b"] {
        let out = tempfile::tempdir().unwrap();
        let o =
            publish(&repo(), &["--lang", "fr", "--pdf-standard", bad, "--out", out.path().to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(common::files_under(out.path()).is_empty());
    }
}

fn xmp_has(doc: &lopdf::Document, s: &str) -> bool {
    xmp(doc).is_some_and(|x| x.contains(s))
}

/// qpdf's check of the file structure. CI installs qpdf (.ci/run); elsewhere the test says
/// how to get it rather than pass silently.
fn qpdf_check(path: &Path) {
    match Command::new("qpdf").arg("--check").arg(path).output() {
        Ok(o) => assert!(o.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&o.stdout)),
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("qpdf is not installed (Debian: apt-get install qpdf); its check was not run");
        }
        Err(e) => panic!("qpdf is needed in CI: {e}"),
    }
}

fn with_link(replacement: &str, message: &str) -> tempfile::TempDir {
    let project = common::copy_project();
    let file = project.path().join("locales/en-GB/statement.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let prefix = format!("{message} = ");
    let line = text.lines().find(|l| l.starts_with(&prefix)).unwrap().to_string();
    let changed = text.replace(&line, &format!("{prefix}{replacement}"));
    std::fs::write(&file, changed).unwrap();
    project
}

#[test]
fn a_link_in_a_paragraph_is_clickable_and_tagged() {
    let project = with_link(
        "{ LINK(\"https://example.org/statement?a=1&b=2\", \"ICC member countries\") }, and civil society have come together.",
        "para-support",
    );
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = lopdf::Document::load(project.path().join("out/oppose-icc-sanctions.en-GB.pdf")).unwrap();
    let mut uris = Vec::new();
    for obj in doc.objects.values() {
        if let Ok(d) = obj.as_dict()
            && d.get(b"Subtype").and_then(|s| s.as_name()).is_ok_and(|n| n == b"Link")
        {
            // Tagged: the annotation belongs to the structure tree.
            assert!(d.has(b"StructParent"), "an untagged link: {d:?}");
            // Internal links (the footnote marker) have a destination instead of an action.
            if let Ok(a) = d.get(b"A") {
                let action = doc.dereference(a).unwrap().1.as_dict().unwrap();
                uris.push(common::text_string(action.get(b"URI").unwrap()));
            }
        }
    }
    assert_eq!(uris, ["https://example.org/statement?a=1&b=2"]);
    let done = common::typeset(project.path(), &common::langs("en"));
    let body: String = publish::typeset::runs(&done[0].document).iter().map(|r| r.text.clone()).collect();
    assert!(body.contains("ICC member countries, and civil society"), "the link text is printed");
}

#[test]
fn an_unsafe_or_misplaced_link_is_refused() {
    let project = with_link("{ LINK(\"javascript:alert(1)\", \"click\") } here.", "para-support");
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a web or mail address"), "{}", stderr(&o));
    let project = with_link("{ LINK(\"https://example.org\", \"Title\") }", "statement-title");
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("holds a link, which only a paragraph"), "{}", stderr(&o));
    assert!(common::files_under(&project.path().join("out")).is_empty());
}

#[test]
fn every_layout_paper_and_theme_gives_pdf_a_and_ua_with_previews_and_a_manifest() {
    for layout in ["handout", "large-print"] {
        for paper in ["a4", "us-letter"] {
            for theme in ["default", "contrast"] {
                let out = tempfile::tempdir().unwrap();
                let manifest = out.path().join("manifest.json");
                let o = publish(
                    &repo(),
                    &[
                        "--lang",
                        "en,fr",
                        "--layout",
                        layout,
                        "--paper",
                        paper,
                        "--theme",
                        theme,
                        "--emit",
                        "pdf,png",
                        "--ppi",
                        "20",
                        "--manifest",
                        manifest.to_str().unwrap(),
                        "--out",
                        out.path().to_str().unwrap(),
                    ],
                );
                let what = format!("{layout} {paper} {theme}");
                assert!(o.status.success(), "{what}: {}", stderr(&o));
                let listed: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
                let files = listed["files"].as_array().unwrap();
                let pdfs: Vec<&serde_json::Value> = files.iter().filter(|f| f["format"] == "pdf").collect();
                assert_eq!(pdfs.len(), 2, "{what}");
                assert!(files.iter().any(|f| f["format"] == "png"), "{what}: no previews");
                for f in pdfs {
                    let doc = lopdf::Document::load(out.path().join(f["file"].as_str().unwrap())).unwrap();
                    assert!(xmp_has(&doc, "<pdfaid:part>2</pdfaid:part>"), "{what}");
                    assert!(xmp_has(&doc, "<pdfuaid:part>1</pdfuaid:part>"), "{what}");
                }
            }
        }
    }
}
