//! The real binary in temp folders: output files and their PDF structure, reproducibility, and
//! every error path with its exit code and no PDF left behind.

use crate::common;

use std::fs;

use common::{copy_project, example, publish, publish_env, repo, stderr};

#[test]
fn publishes_french_and_english_pdfs_with_metadata_and_embedded_fonts() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "en,fr", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("using project"), "{err}");
    for (locale, lang, title_start) in
        [("en-GB", "en-GB", "Oppose Sanctions"), ("fr", "fr", "S’opposer aux sanctions")]
    {
        let path = out.path().join(format!("oppose-icc-sanctions.{locale}.pdf"));
        assert!(err.contains(&format!("oppose-icc-sanctions.{locale}.pdf ({locale}, handout, ")), "{err}");
        let doc = lopdf::Document::load(&path).unwrap();
        let catalog = doc.catalog().unwrap();
        assert_eq!(common::text_string(catalog.get(b"Lang").unwrap()), lang);
        let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let info = doc.get_object(info_ref).unwrap().as_dict().unwrap();
        assert!(common::text_string(info.get(b"Title").unwrap()).starts_with(title_start));
        assert!(common::text_string(info.get(b"Author").unwrap()).contains("Coalition"));
        assert!(common::text_string(info.get(b"Subject").unwrap()).contains("129"));
        assert!(common::text_string(info.get(b"CreationDate").unwrap()).starts_with("D:20250116"));
        // Every font is embedded.
        let mut descriptors = 0;
        for obj in doc.objects.values() {
            if let Ok(d) = obj.as_dict()
                && d.get(b"Type").and_then(|t| t.as_name()).is_ok_and(|n| n == b"FontDescriptor")
            {
                descriptors += 1;
                assert!(
                    d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3"),
                    "a font is not embedded: {d:?}"
                );
            }
        }
        assert!(descriptors >= 2, "{descriptors} fonts");
        // A4 pages.
        for (_, page) in doc.get_pages() {
            let media = doc
                .get_object(page)
                .unwrap()
                .as_dict()
                .unwrap()
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .clone();
            let w = media[2].as_float().unwrap();
            let h = media[3].as_float().unwrap();
            assert!((w - 595.28).abs() < 0.1 && (h - 841.89).abs() < 0.1, "{w} x {h}");
        }
    }
}

#[test]
fn same_bytes_whatever_the_time_zone_locale_folder_and_flag_order() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let project = repo();
    let p = project.to_str().unwrap();
    let o1 = publish_env(
        &project,
        &["--lang", "fr,en", "--out", a.path().to_str().unwrap()],
        &[("TZ", "Asia/Tokyo"), ("LANG", "fr_FR.UTF-8")],
    );
    assert!(o1.status.success(), "{}", stderr(&o1));
    let o2 = publish_env(
        b.path(),
        &["--project", p, "--lang", "en,fr", "--out", "."],
        &[("TZ", "America/Lima"), ("LANG", "C")],
    );
    assert!(o2.status.success(), "{}", stderr(&o2));
    for name in ["oppose-icc-sanctions.fr.pdf", "oppose-icc-sanctions.en-GB.pdf"] {
        let x = fs::read(a.path().join(name)).unwrap();
        let y = fs::read(b.path().join(name)).unwrap();
        assert!(x == y, "{name} differs between runs");
    }
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let out = tempfile::tempdir().unwrap();
    let o = publish_env(
        &repo(),
        &["--lang", "fr", "--out", out.path().to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1700000000")],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = lopdf::Document::load(out.path().join("oppose-icc-sanctions.fr.pdf")).unwrap();
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_object(info_ref).unwrap().as_dict().unwrap();
    assert!(common::text_string(info.get(b"CreationDate").unwrap()).starts_with("D:20231114"));
    let bad = publish_env(
        &repo(),
        &["--lang", "fr", "--out", out.path().to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "yesterday")],
    );
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
}

#[test]
fn without_a_project_the_builtin_example_is_used_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let o = publish(dir.path(), &["--lang", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("built-in example statement"), "{}", stderr(&o));
    assert!(dir.path().join("out/oppose-icc-sanctions.en-GB.pdf").is_file());
}

#[test]
fn variant_options_get_their_own_file_names() {
    let out = tempfile::tempdir().unwrap();
    let o =
        publish(&repo(), &["--lang", "fr", "--paper", "us-letter", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.path().join("oppose-icc-sanctions.fr.us-letter.pdf").is_file());
    let project = copy_project();
    common::copy_dir(&repo().join("layouts/handout"), &project.path().join("layouts/tight"));
    let o = publish(project.path(), &["--lang", "fr", "--layout", "tight", "--out", "o"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(project.path().join("o/oppose-icc-sanctions.fr.tight.pdf").is_file());
}

#[test]
fn an_unknown_language_lists_the_existing_ones() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "de", "--out", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no language `de`") && err.contains("en-GB, fr"), "{err}");
    assert!(common::pdfs_under(out.path()).is_empty());
}

#[test]
fn an_unknown_or_escaping_layout_is_a_usage_error() {
    for name in ["brochure", "../../x", "/etc"] {
        let out = tempfile::tempdir().unwrap();
        let o = publish(&repo(), &["--lang", "fr", "--layout", name, "--out", out.path().to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("layouts that exist: card, handout, large-print, open-letter"),
            "{}",
            stderr(&o)
        );
        assert!(common::pdfs_under(out.path()).is_empty());
    }
}

#[test]
fn a_broken_ftl_names_file_line_and_column_and_writes_nothing() {
    let project = copy_project();
    let file = project.path().join("locales/fr/statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("statement-title")).unwrap() + 1;
    fs::write(&file, text.replace("statement-title = ", "statement-title = { $oops ")).unwrap();
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("statement.ftl:{line}:")), "{err}");
    assert!(err.contains("ftl-syntax"), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty(), "a PDF was written");
}

#[test]
fn a_missing_translation_names_the_id_and_locale_unless_fallback_is_allowed() {
    let project = copy_project();
    let file = project.path().join("locales/fr/statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("signatories-heading")).collect();
    fs::write(&file, kept.join("\n")).unwrap();
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("message `signatories-heading` is missing in locale fr"), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty());
    let o = publish(project.path(), &["--lang", "fr", "--allow-fallback", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("`signatories-heading` is missing in locale fr: the en-GB text is used"));
}

#[test]
fn an_unknown_key_in_publish_toml_names_its_line() {
    let project = copy_project();
    let file = project.path().join("publish.toml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("layout = \"handout\"", "layout = \"handout\"\ncolour = \"blue\""))
        .unwrap();
    let line = fs::read_to_string(&file).unwrap().lines().position(|l| l.starts_with("colour")).unwrap() + 1;
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("publish.toml:{line}:")) && err.contains("colour"), "{err}");
}

#[test]
fn a_typst_error_in_a_layout_names_the_layout_file_and_line() {
    let project = copy_project();
    let dir = project.path().join("layouts/handout");
    common::copy_dir(&repo().join("layouts/handout"), &dir);
    let main = dir.join("main.typ");
    let mut text = fs::read_to_string(&main).unwrap();
    text.push_str("\n#let broken = (1 +\n");
    let lines = text.lines().count();
    fs::write(&main, text).unwrap();
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("layouts/handout/main.typ:") && err.contains(&format!(":{lines}:")), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn a_layout_cannot_read_outside_its_folder() {
    for target in ["/etc/passwd", "../secret.txt", "../../publish.toml"] {
        let project = copy_project();
        fs::write(project.path().join("layouts-secret.txt"), "secret").unwrap();
        let dir = project.path().join("layouts/handout");
        common::copy_dir(&repo().join("layouts/handout"), &dir);
        fs::write(project.path().join("layouts/secret.txt"), "secret").unwrap();
        let main = dir.join("main.typ");
        let text = fs::read_to_string(&main).unwrap();
        fs::write(&main, format!("#read(\"{target}\")\n{text}")).unwrap();
        let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
        assert_eq!(o.status.code(), Some(1), "{target}: {}", stderr(&o));
        assert!(stderr(&o).contains("main.typ:1:"), "{}", stderr(&o));
        assert!(common::pdfs_under(project.path()).is_empty());
    }
}

#[test]
fn an_output_that_cannot_be_written_is_a_usage_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("file"), "not a folder").unwrap();
    for out in ["file/out", "file"] {
        let target = dir.path().join(out);
        let o = publish(&repo(), &["--lang", "fr", "--out", target.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains(&dir.path().join("file").display().to_string()), "{}", stderr(&o));
    }
    assert_eq!(fs::read_to_string(dir.path().join("file")).unwrap(), "not a folder");
    assert!(common::pdfs_under(dir.path()).is_empty());
}

#[test]
fn markup_characters_in_a_name_print_as_written() {
    let project = copy_project();
    let name = r"*Bold* #set text(red) $x^2$ _under_ @ref <label> [b] \ // not a comment";
    let file = project.path().join("locales/en-GB/signatories.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("sig-stopthedrugwar = StoptheDrugWar.org", &format!("sig-stopthedrugwar = {name}")),
    )
    .unwrap();
    let done = common::typeset(project.path(), &common::langs("en"));
    let runs = publish::typeset::runs(&done[0].document);
    let joined: String = runs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("");
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert!(compact(&joined).contains(&compact(name)), "the name was not printed as written");
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_character_no_font_has_fails_naming_it_and_its_message() {
    let project = copy_project();
    let file = project.path().join("locales/fr/signatories.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace(
            "sig-stopthedrugwar = StoptheDrugWar.org",
            "sig-stopthedrugwar = Հայաստան StoptheDrugWar.org",
        ),
    )
    .unwrap();
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("U+0540") && err.contains("sig-stopthedrugwar") && err.contains("fonts/"), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn a_bom_and_crlf_line_ends_are_read() {
    let project = copy_project();
    let file = project.path().join("locales/fr/statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let done = common::typeset(project.path(), &common::langs("fr"));
    assert!(done[0].model.title.as_deref().unwrap().starts_with("S’opposer"), "{:?}", done[0].model.title);
    assert!(!done[0].model.blocks.iter().any(|b| format!("{b:?}").contains('\r')));
}

#[test]
fn a_third_language_is_a_folder_and_one_line() {
    let project = copy_project();
    let es = project.path().join("locales/es");
    common::copy_dir(&project.path().join("locales/en-GB"), &es);
    let file = es.join("statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("signatories-heading = Signatories", "signatories-heading = Firmantes"))
        .unwrap();
    let toml = project.path().join("publish.toml");
    let text = fs::read_to_string(&toml).unwrap();
    fs::write(&toml, text.replace("locales = [\"en-GB\", \"fr\"]", "locales = [\"en-GB\", \"fr\", \"es\"]"))
        .unwrap();
    let o = publish(project.path(), &["--lang", "es", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(project.path().join("out/oppose-icc-sanctions.es.pdf").is_file());
    let done = common::typeset(project.path(), &common::langs("es"));
    assert_eq!(done[0].model.lang, "es");
    let text: String = publish::typeset::runs(&done[0].document).iter().map(|r| r.text.clone()).collect();
    assert!(text.contains("Firmantes"));
}

#[test]
fn a_late_signatory_is_one_id_and_a_name_in_each_locale() {
    let project = copy_project();
    let toml = project.path().join("publish.toml");
    let text = fs::read_to_string(&toml).unwrap();
    fs::write(&toml, text.replace("ids = [\n", "ids = [\n    \"sig-late-arrival\",\n")).unwrap();
    for (locale, name) in [("en-GB", "Late Arrival Network"), ("fr", "Réseau des retardataires")] {
        let file = project.path().join(format!("locales/{locale}/signatories.ftl"));
        let mut text = fs::read_to_string(&file).unwrap();
        text.push_str(&format!("\n# Checked: a test fixture.\nsig-late-arrival = {name}\n"));
        fs::write(&file, text).unwrap();
    }
    let done = common::typeset(project.path(), &common::langs("all"));
    for t in &done {
        assert_eq!(t.model.signatories.groups.iter().map(|g| g.entries.len()).sum::<usize>(), 130);
        let text: String = publish::typeset::runs(&t.document).iter().map(|r| r.text.clone()).collect();
        let name = if t.model.locale == "fr" { "Réseau des retardataires" } else { "Late Arrival Network" };
        assert!(text.contains(name), "{}: {name} not typeset", t.model.locale);
    }
    // Without its French name, the French handout is refused.
    let file = project.path().join("locales/fr/signatories.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("sig-late-arrival = Réseau des retardataires", "")).unwrap();
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("signatory `sig-late-arrival` has no name in locale fr"), "{}", stderr(&o));
}

#[test]
fn system_fonts_are_used_only_when_asked() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "fr", "--system-fonts", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Without the flag, the PDF names only the project's fonts.
    let o = publish(&repo(), &["--lang", "fr", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success());
    let doc = lopdf::Document::load(out.path().join("oppose-icc-sanctions.fr.pdf")).unwrap();
    for obj in doc.objects.values() {
        if let Ok(d) = obj.as_dict()
            && let Ok(name) = d.get(b"BaseFont").and_then(|n| n.as_name())
        {
            let name = String::from_utf8_lossy(name);
            assert!(name.contains("+Noto"), "unexpected font {name}");
        }
    }
}

fn project_with_layout(main_typ: &str) -> tempfile::TempDir {
    let project = copy_project();
    let dir = project.path().join("layouts/handout");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("main.typ"), main_typ).unwrap();
    fs::copy(repo().join("layouts/handout/layout.toml"), dir.join("layout.toml")).unwrap();
    project
}

#[test]
fn text_outside_the_page_fails_the_run_naming_the_text() {
    let project = project_with_layout(
        "#let data = json(\"/model.json\")\n#set text(font: \"Noto Serif\")\n#data.title\n#place(dx: 120%, dy: 10pt)[Beyond the edge]\n",
    );
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("“Beyond the edge” lies outside page 1"), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn text_running_into_other_text_fails_the_run_naming_both() {
    let project = project_with_layout(
        "#set text(font: \"Noto Serif\")\n#place(dx: 0pt, dy: 0pt)[Left column line]\n#place(dx: 30pt, dy: 1pt)[Right column]\n",
    );
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("“Left column line” runs into “Right column"), "{err}");
}

#[test]
fn a_sort_attribute_overrides_the_name_as_sort_key_in_its_language_only() {
    let project = copy_project();
    let file = project.path().join("locales/en-GB/signatories.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace(
            "sig-stopthedrugwar = StoptheDrugWar.org",
            "sig-stopthedrugwar = StoptheDrugWar.org\n    .sort = Drug War",
        ),
    )
    .unwrap();
    let done = common::typeset(project.path(), &common::langs("all"));
    let names = |locale: &str| -> Vec<String> {
        let t = done.iter().find(|t| t.model.locale == locale).unwrap();
        t.model.signatories.groups.iter().flat_map(|g| g.entries.iter()).map(|e| e.name.clone()).collect()
    };
    let en = names("en-GB");
    let at = en.iter().position(|n| n == "StoptheDrugWar.org").unwrap();
    assert!(
        en[at - 1].starts_with("Documenta") && en[at + 1].starts_with("Dynamique"),
        "{:?}",
        &en[at - 1..=at + 1]
    );
    // French keeps sorting it by its name.
    let fr = names("fr");
    let at = fr.iter().position(|n| n == "StoptheDrugWar.org").unwrap();
    assert!(
        fr[at - 1].starts_with("Robert F. Kennedy") && fr[at + 1].starts_with("Sudan"),
        "{:?}",
        &fr[at - 1..=at + 1]
    );
}

#[test]
fn eject_writes_a_plain_typst_project() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ejected");
    let o = publish(&repo(), &["eject", dir.to_str().unwrap(), "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        fs::read(dir.join("main.typ")).unwrap(),
        fs::read(repo().join("layouts/handout/main.typ")).unwrap()
    );
    let model: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("model.json")).unwrap()).unwrap();
    assert_eq!(model["schema"], 2);
    assert_eq!(model["locale"], "fr");
    assert_eq!(model["signatories"]["groups"][0]["entries"].as_array().unwrap().len(), 129);
    assert!(dir.join("fonts/NotoSerif-Regular.ttf").is_file());
    let readme = fs::read_to_string(dir.join("README.txt")).unwrap();
    assert!(
        readme.contains(
            "typst compile --root . --font-path fonts --ignore-system-fonts --pdf-standard a-2b,ua-1 main.typ"
        ),
        "{readme}"
    );
    let none = tmp.path().join("plain");
    let o = publish(&repo(), &["eject", none.to_str().unwrap(), "--lang", "fr", "--pdf-standard", "none"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let readme = fs::read_to_string(none.join("README.txt")).unwrap();
    assert!(readme.contains("--ignore-system-fonts main.typ"), "{readme}");
    let bad = tmp.path().join("bad");
    let o = publish(&repo(), &["eject", bad.to_str().unwrap(), "--pdf-standard", "a-9z"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("invalid value 'a-9z' for '--pdf-standard"), "{}", stderr(&o));
    assert!(!bad.exists());
    // Not over a folder that holds something.
    let o = publish(&repo(), &["eject", dir.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    let o = publish(&repo(), &["eject", tmp.path().join("two").to_str().unwrap(), "--lang", "all"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // A project's logo goes with it, where the layout reads it.
    let letter = tmp.path().join("letter");
    let o = publish(&example(), &["eject", letter.to_str().unwrap(), "--lang", "ar"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let model = fs::read_to_string(letter.join("model.json")).unwrap();
    assert!(model.contains("\"/publish-assets/logo-0.svg\""), "{model}");
    assert_eq!(
        fs::read(letter.join("publish-assets/logo-0.svg")).unwrap(),
        fs::read(example().join("branding/logo.svg")).unwrap()
    );
    // The ejected letter compiles from its folder alone (with the embedded Typst and a World
    // that reads only that folder: its main.typ, library, model, fonts and logo).
    compiles_alone(&letter);
}

/// Whether a frame (or a group in it) holds an image.
fn has_image(frame: &typst_library::layout::Frame) -> bool {
    frame.items().any(|(_, item)| match item {
        typst_library::layout::FrameItem::Image(..) => true,
        typst_library::layout::FrameItem::Group(g) => has_image(&g.frame),
        _ => false,
    })
}

/// Compiles an ejected folder with nothing but its own files, and finds its logo on page 1.
fn compiles_alone(dir: &std::path::Path) {
    use publish::project::layout::{Declaration, Layout, LayoutSource};
    let fonts: Vec<publish::project::fonts::FontFile> = fs::read_dir(dir.join("fonts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ttf" || x == "otf"))
        .map(|p| publish::project::fonts::FontFile {
            name: p.display().to_string(),
            bytes: typst::foundations::Bytes::new(fs::read(&p).unwrap()),
        })
        .collect();
    let (fonts, _) = publish::typeset::world::Fonts::load(&fonts, false);
    let declaration: Declaration =
        toml::from_str(&fs::read_to_string(dir.join("layout.toml")).unwrap()).unwrap();
    let layout = Layout {
        name: "ejected".into(),
        source: LayoutSource::Disk { dir: dir.to_path_buf(), shown: dir.to_path_buf() },
        declaration,
    };
    let world = publish::typeset::world::PublishWorld::new(
        std::sync::Arc::new(fonts),
        std::sync::Arc::new(layout),
        fs::read(dir.join("model.json")).unwrap(),
        typst::foundations::Datetime::from_ymd(2025, 3, 3).unwrap(),
        std::sync::Arc::new(Vec::new()),
    );
    let doc =
        typst::compile::<typst_layout::PagedDocument>(&world).output.expect("the ejected folder compiles");
    assert!(!doc.pages().is_empty());
    assert!(has_image(&doc.pages()[0].frame), "the logo is on page 1");
}
