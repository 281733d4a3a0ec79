//! Print, archive and reader options: previews, the manifest, bleed and crop marks, the
//! contrast theme (measured on the typeset frames), the large-print layout, completions and the
//! manual page.

use crate::common;

use publish::request::{Request, Theme};

use std::fs;

use common::{publish, repo, stderr};

/// WCAG relative luminance of an sRGB colour.
fn luminance([r, g, b]: [f32; 3]) -> f64 {
    let lin = |c: f32| {
        let c = c as f64;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn contrast(a: [f32; 3], b: [f32; 3]) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The lowest contrast between any text and its page, over the whole document.
fn lowest_contrast(t: &publish::commands::publish::Typeset) -> f64 {
    let runs = publish::typeset::runs(&t.document);
    let mut lowest = f64::MAX;
    for (i, page) in t.document.pages().iter().enumerate() {
        let bg = publish::typeset::page_color(page);
        for r in runs.iter().filter(|r| r.page == i && !r.text.trim().is_empty()) {
            lowest = lowest.min(contrast(r.color.expect("plain text colours"), bg));
        }
    }
    lowest
}

#[test]
fn the_contrast_theme_is_light_on_dark_at_7_to_1_in_every_layout() {
    for layout in ["handout", "large-print"] {
        for t in common::typeset(
            &repo(),
            &Request { layout: Some(layout.into()), theme: Theme::Contrast, ..common::langs("all") },
        ) {
            for page in t.document.pages() {
                assert!(
                    luminance(publish::typeset::page_color(page)) < 0.05,
                    "{layout}: the page is not dark"
                );
            }
            let c = lowest_contrast(&t);
            assert!(c >= 7.0, "{layout} {}: lowest contrast {c:.2}:1", t.model.locale);
        }
        // The default theme is a white page: the same measure tells them apart.
        let t = &common::typeset(&repo(), &Request { layout: Some(layout.into()), ..common::langs("fr") })[0];
        assert!(luminance(publish::typeset::page_color(&t.document.pages()[0])) > 0.9);
    }
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "fr", "--theme", "contrast", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.path().join("oppose-icc-sanctions.fr.contrast.pdf").is_file());
    assert!(!stderr(&o).contains("theme-for-screens"), "{}", stderr(&o));
}

#[test]
fn the_contrast_theme_for_a_printing_press_is_said_to_be_for_screens() {
    for print in [&["--bleed", "3mm"][..], &["--marks"][..]] {
        let out = tempfile::tempdir().unwrap();
        let mut args = vec!["--lang", "fr", "--theme", "contrast", "--out", out.path().to_str().unwrap()];
        args.extend_from_slice(print);
        let o = publish(&repo(), &args);
        // Said, not refused: the file is still written, for whoever wants it.
        assert!(o.status.success(), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("warning[theme-for-screens]: --theme contrast is made for screens"), "{err}");
        assert!(err.contains("--layout large-print"), "{err}");
    }
}

#[test]
fn previews_web_pages_and_the_manifest_describe_every_file() {
    use sha2::Digest;
    let out = tempfile::tempdir().unwrap();
    let manifest = out.path().join("manifest.json");
    let o = publish(
        &repo(),
        &[
            "--lang",
            "fr,en",
            "--emit",
            "pdf,png,svg,html",
            "--ppi",
            "72",
            "--manifest",
            manifest.to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let png = fs::read(out.path().join("oppose-icc-sanctions.fr.p1.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height in pixels, at 72 ppi one pixel per point of an A4 page.
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((w, h), (595, 842));
    assert!(out.path().join("oppose-icc-sanctions.fr.html").is_file());
    let svg = fs::read_to_string(out.path().join("oppose-icc-sanctions.en-GB.p2.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("viewBox"));

    let doc: serde_json::Value = serde_json::from_str(&fs::read_to_string(&manifest).unwrap()).unwrap();
    assert_eq!(doc["version"], env!("CARGO_PKG_VERSION"));
    let files = doc["files"].as_array().unwrap();
    let names: Vec<&str> = files.iter().map(|f| f["file"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "a stable order");
    let on_disk: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "manifest.json")
        .collect();
    assert_eq!(files.len(), on_disk.len());
    for f in files {
        let bytes = fs::read(out.path().join(f["file"].as_str().unwrap())).unwrap();
        let sha: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(f["sha256"], sha.as_str());
        assert_eq!(f["bytes"], bytes.len());
        assert!(["fr", "en-GB"].contains(&f["language"].as_str().unwrap()));
        if f["format"] == "html" {
            // The web page: one per language, whatever the layout.
            assert_eq!((&f["layout"], f["pages"].as_u64()), (&serde_json::json!("web"), Some(1)));
        } else {
            assert!(["pdf", "png", "svg"].contains(&f["format"].as_str().unwrap()));
            assert_eq!(f["layout"], "handout");
            assert!(f["pages"].as_u64().unwrap() >= 2);
        }
    }
}

#[test]
fn bleed_sets_a_trim_box_and_marks_make_a_larger_proof() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "fr", "--bleed", "3mm", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = lopdf::Document::load(out.path().join("oppose-icc-sanctions.fr.bleed.pdf")).unwrap();
    let bleed = 3.0 * 72.0 / 25.4;
    for (_, id) in doc.get_pages() {
        let page = doc.get_object(id).unwrap().as_dict().unwrap();
        let boxed = |k: &[u8]| -> Vec<f32> {
            page.get(k).unwrap().as_array().unwrap().iter().map(|v| v.as_float().unwrap()).collect()
        };
        let media = boxed(b"MediaBox");
        let trim = boxed(b"TrimBox");
        assert!((trim[0] - bleed).abs() < 0.05 && (trim[1] - bleed).abs() < 0.05, "{trim:?}");
        assert!(
            (trim[2] - trim[0] - 595.28).abs() < 0.1 && (trim[3] - trim[1] - 841.89).abs() < 0.1,
            "{trim:?}"
        );
        assert!((media[2] - 595.28 - 2.0 * bleed).abs() < 0.1, "{media:?}");
    }
    let o = publish(
        &repo(),
        &["--lang", "fr", "--bleed", "3mm", "--marks", "--out", out.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = lopdf::Document::load(out.path().join("oppose-icc-sanctions.fr.proof.pdf")).unwrap();
    let (_, id) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_object(id).unwrap().as_dict().unwrap();
    let media: Vec<f32> =
        page.get(b"MediaBox").unwrap().as_array().unwrap().iter().map(|v| v.as_float().unwrap()).collect();
    // The trimmed page, the bleed and a 12 mm slug for the marks on each side.
    let expected = 595.28 + 2.0 * (3.0 + 12.0) * 72.0 / 25.4;
    assert!((media[2] - expected).abs() < 0.2, "{media:?}");
    for bad in ["3", "30mm", "-1mm", "three"] {
        let o = publish(&repo(), &["--lang", "fr", "--bleed", bad, "--out", out.path().to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
    }
}

#[test]
fn large_print_is_18pt_sans_unhyphenated_with_the_note_as_large() {
    for t in common::typeset(&repo(), &Request { layout: Some("large-print".into()), ..common::langs("all") })
    {
        let runs = publish::typeset::runs(&t.document);
        let body: Vec<_> = runs.iter().filter(|r| (r.size - 18.0).abs() < 0.01).collect();
        assert!(body.len() > 100);
        assert!(body.iter().all(|r| r.font == "Noto Sans"), "{}", t.model.locale);
        // Typst marks a hyphenation with a soft hyphen run: none in large print.
        assert!(!runs.iter().any(|r| r.text.contains('\u{ad}')), "a hyphenated line");
        let note = t.model.signatories.notes[0].text.clone();
        let first: String = note.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        let at = common::lines(&runs, |r| (r.size - 18.0).abs() < 0.01)
            .into_iter()
            .find(|l| l.text.contains(&first));
        assert!(at.is_some(), "{}: the note is not at body size", t.model.locale);
        // Left-aligned: the body's lines start at few x positions (margins, list indent, columns).
        let mut xs: Vec<i64> = common::lines(&runs, |r| (r.size - 18.0).abs() < 0.01)
            .iter()
            .map(|l| l.x.round() as i64)
            .collect();
        xs.sort();
        xs.dedup();
        assert!(xs.len() <= 8, "{}: lines start at {xs:?}", t.model.locale);
    }
}

#[test]
fn completions_and_manual_page() {
    let o = publish(&repo(), &["completions", "bash"]);
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("_publish()") && s.contains("--lang") && s.contains("check"));
    let o = publish(&repo(), &["man"]);
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains(".TH publish 1") && s.contains("\\-\\-pdf\\-standard"));
}

#[test]
fn a_resolution_out_of_range_is_a_usage_error() {
    let out = tempfile::tempdir().unwrap();
    for ppi in ["0", "5000", "-3"] {
        let o = publish(
            &repo(),
            &["--lang", "fr", "--emit", "png", "--ppi", ppi, "--out", out.path().to_str().unwrap()],
        );
        assert_eq!(o.status.code(), Some(2), "{ppi}: {}", stderr(&o));
    }
    // Quoted back as written (it was: "--ppi 100000000 is out of range").
    let o = publish(&repo(), &["--ppi", "99999999", "--out", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid value '99999999' for '--ppi"), "{}", stderr(&o));
    assert!(common::files_under(out.path()).is_empty());
}
