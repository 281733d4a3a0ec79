//! `publish import`: drafts written by real office software made into projects. The fixtures are
//! readable sources (tests/fixtures/drafts: a flat OpenDocument text, Markdown) that LibreOffice
//! and pandoc, Debian's packages that .ci/run installs, turn into .docx and .odt here; the
//! projects are published and their PDFs read back with pdftotext.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{self, publish, repo, stderr};

/// Whether a program runs here; CI installs LibreOffice and pandoc (.ci/run) and never skips.
fn have(program: &str, package: &str) -> bool {
    if Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success()) {
        return true;
    }
    let missing = format!("{program} is needed (apt-get install {package})");
    assert!(std::env::var_os("CI").is_none(), "{missing}");
    eprintln!("skipped: {missing}; bash .ci/run installs it");
    false
}

/// LibreOffice converts `source` to `format` (docx, odt, doc) into `out`.
fn soffice(source: &Path, format: &str, out: &Path) -> PathBuf {
    // Its own profile folder, so that tests running at once do not share one.
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(out)
        .arg(source)
        .output()
        .unwrap();
    let made = out.join(format!("{}.{format}", source.file_stem().unwrap().to_string_lossy()));
    assert!(made.is_file(), "soffice made no {format}: {}", String::from_utf8_lossy(&o.stderr));
    made
}

/// A flat OpenDocument text with `body` as its text, English.
fn fodt(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:language="en" fo:country="GB"/></style:default-style></office:styles>
<office:body><office:text>{body}</office:text></office:body></office:document>"#
    )
}

fn import(cwd: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    publish(cwd, &all)
}

/// What pdftotext reads from the one PDF under `dir`.
fn pdf_text(dir: &Path) -> String {
    let pdfs = common::pdfs_under(dir);
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    let o = Command::new("pdftotext").arg(&pdfs[0]).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

/// The body of the statement as a reader copies it: from its first words to the last call,
/// the pages' footers left out, compared without white space or hyphens (lines break anywhere).
fn body_letters(text: &str) -> String {
    let start = text
        .find("The Coalition for the International Criminal Court and more")
        .expect("the first paragraph");
    let end = text.find("human rights defenders.").expect("the last call") + "human rights defenders.".len();
    text[start..end]
        .lines()
        .filter(|l| !l.contains("16 January 2025") && !l.trim_start().starts_with("Page "))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{2011}' && *c != '\u{AD}')
        .collect()
}

/// The names of a signatories.ftl: each `sig-… = name` line's name.
fn names(ftl: &str) -> std::collections::BTreeSet<String> {
    ftl.lines()
        .filter(|l| l.starts_with("sig-"))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
        .collect()
}

#[test]
fn the_shipped_statement_drafted_in_libreoffice_imports_from_docx_and_odt_and_prints_its_words() {
    if !have("soffice", "libreoffice-writer-nogui") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let source = repo().join("tests/fixtures/drafts/statement.fodt");
    // The shipped statement's English PDF, to read its body against.
    let shipped = common::copy_project();
    let o = publish(shipped.path(), &["--lang", "en-GB", "--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let want = body_letters(&pdf_text(&shipped.path().join("pdf")));
    let shipped_names = names(&fs::read_to_string(repo().join("locales/en-GB/signatories.ftl")).unwrap());
    for format in ["docx", "odt"] {
        let draft = soffice(&source, format, w);
        let project = w.join(format!("from-{format}"));
        let o = import(w, &[draft.to_str().unwrap(), project.to_str().unwrap()]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let said = stderr(&o);
        assert!(
            said.contains(&format!("read {}: a label above the title, title, date, author, 6 paragraphs, 1 list of 6 items with a lead, signatories: 129 entries (from a list), 1 note", draft.display())),
            "{format}: {said}"
        );
        let ftl = fs::read_to_string(project.join("locales/en-GB/signatories.ftl")).unwrap();
        assert_eq!(names(&ftl), shipped_names, "{format}: every organisation under its own name");
        assert!(
            ftl.contains("sig-asia-justice-coalition-ajc = Asia Justice Coalition (AJC)\n    .note = This does not reflect the views or positions of all AJC members."),
            "{format}: the footnote on the entry is its note:\n{ftl}"
        );
        let statement = fs::read_to_string(project.join("locales/en-GB/statement.ftl")).unwrap();
        assert!(
            statement.contains(&format!(
                "# A paragraph. From statement.{format}, paragraph 5.\npara-1 = The Coalition for"
            )),
            "{statement}"
        );
        let check = publish(&project, &["check", "--strict"]);
        assert!(check.status.success(), "{format}: {}", stderr(&check));
        let o = publish(&project, &["--out", "pdf"]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(
            body_letters(&pdf_text(&project.join("pdf"))),
            want,
            "{format}: the body's words are the shipped statement's"
        );
    }
    // Its French translation, returned as a Word document (the names in French alphabetical
    // order), aligns into fr: every paragraph, the title, the names matched by name.
    let fr = soffice(&repo().join("tests/fixtures/drafts/statement.fr.fodt"), "docx", w);
    let project = w.join("from-docx");
    let o = import(&project, &[fr.to_str().unwrap(), "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains("13 of 13 paragraphs, headings and items, the title"), "{said}");
    assert!(said.contains("signatories: 123 the same as the reference's, 2 in this language's own form, 4 of the list's 129 not found in the translation"), "{said}");
    assert!(said.contains("wrote locales/fr") && said.contains("added \"fr\" to publish.toml"), "{said}");
    let names_fr = fs::read_to_string(project.join("locales/fr/signatories.ftl")).unwrap();
    assert!(names_fr.contains("# needs-review\nsig-international-federation-for-human-rights-fidh = Fédération internationale pour les droits humains (FIDH)"), "matched by its acronym:\n{names_fr}");
    assert!(names_fr.contains("sig-asia-justice-coalition-ajc = Asia Justice Coalition (AJC)\n    .note = Cette déclaration ne reflète pas"), "{names_fr}");
    let check = publish(&project, &["check", "--lang", "fr"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let shipped_fr = publish(shipped.path(), &["--lang", "fr", "--out", "pdf-fr"]);
    assert!(shipped_fr.status.success(), "{}", stderr(&shipped_fr));
    let o = publish(&project, &["--lang", "fr", "--out", "pdf-fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The French body, from its first words to the last call's, read without white space or
    // hyphens (a line may break anywhere), the pages' footers left out.
    let french = |dir: &Path| {
        let letters: String = pdf_text(dir)
            .lines()
            .filter(|l| !l.contains("16 janvier 2025") && !l.trim_start().starts_with("Page "))
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace() && !matches!(*c, '-' | '\u{2011}' | '\u{AD}'))
            .collect();
        let start =
            letters.find("LaCoalitionpourlaCourpénaleinternationaleetplusde").expect("the first paragraph");
        let end = letters.find("défenseursdesdroitshumains.").expect("the last call");
        letters[start..end].to_string()
    };
    assert_eq!(
        french(&project.join("pdf-fr")),
        french(&shipped.path().join("pdf-fr")),
        "the French body's words are the shipped French statement's"
    );
}

/// The Spanish translation of features.md, changed by `edit`, written next to the project.
fn spanish(w: &Path, name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let text = fs::read_to_string(repo().join("tests/fixtures/drafts/features.es.md")).unwrap();
    let path = w.join(name);
    fs::write(&path, edit(text)).unwrap();
    path
}

#[test]
fn a_translation_aligns_block_by_block_and_names_by_name_and_a_different_structure_writes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let o = import(w, &[repo().join("tests/fixtures/drafts/features.md").to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p = w.join("p");
    let toml_before = fs::read_to_string(p.join("publish.toml")).unwrap();
    // A paragraph split in two: both sides shown where they part, nothing written.
    let split = spanish(w, "split.es.md", |t| t.replace("[^gc37]. Un precio", "[^gc37].\n\nUn precio"));
    let o = import(&p, &[split.to_str().unwrap(), "--lang", "es"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("does not follow the reference's structure in 1 place (nothing was written)"),
        "{err}"
    );
    assert!(
        err.contains("reference: a paragraph `para-1` (\"Governments *must* protect")
            && err.contains("translation: paragraph 4 (\"Los gobiernos")
            && err.contains("and paragraph 5 (\"Un precio")
            && err.contains("(split in two)"),
        "{err}"
    );
    assert!(err.contains("--partial"), "{err}");
    assert!(!p.join("locales/es").exists());
    assert_eq!(fs::read_to_string(p.join("publish.toml")).unwrap(), toml_before);
    // A footnote dropped.
    let dropped = spanish(w, "dropped.es.md", |t| {
        t.replace(
            "(https://www.ohchr.org/en/treaty-bodies/ccpr)[^gc37]",
            "(https://www.ohchr.org/en/treaty-bodies/ccpr)",
        )
    });
    let o = import(&p, &[dropped.to_str().unwrap(), "--lang", "es"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 footnotes where the reference has 1"), "{}", stderr(&o));
    assert!(!p.join("locales/es").exists());
    // --partial writes what aligned and says what it left.
    let o = import(&p, &[split.to_str().unwrap(), "--lang", "es", "--partial"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("not written (--partial): reference: a paragraph `para-1`"),
        "{}",
        stderr(&o)
    );
    let es = fs::read_to_string(p.join("locales/es/statement.ftl")).unwrap();
    assert!(!es.contains("para-1 =") && es.contains("our-calls-list-1-1 = deroguen las leyes"), "{es}");
    // The whole translation: every block, the footnote under the reference's name, the names
    // matched whatever their order, publish.toml's order kept.
    fs::remove_dir_all(p.join("locales/es")).unwrap();
    fs::write(p.join("publish.toml"), &toml_before).unwrap();
    let whole = repo().join("tests/fixtures/drafts/features.es.md");
    let o = import(&p, &[whole.to_str().unwrap(), "--lang", "es"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains("9 of 9 paragraphs, headings and items, the title"), "{said}");
    assert!(
        said.contains("signatories: 2 the same as the reference's, 1 in this language's own form"),
        "{said}"
    );
    // The frame's words the draft lacks are publish's own Spanish ones: nothing is left.
    assert!(!said.contains("left to translate"), "{said}");
    let check = publish(&p, &["check", "--lang", "es"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stderr(&check).contains("0 errors"), "{}", stderr(&check));
    let es = fs::read_to_string(p.join("locales/es/statement.ftl")).unwrap();
    assert!(es.contains("# needs-review\npara-1 = Los gobiernos *deben* proteger el **derecho de reunión**, como ha dicho el [Comité de Derechos Humanos de la ONU](https://www.ohchr.org/en/treaty-bodies/ccpr)[^1]. Un precio de 5 \\* 3 $ no es un énfasis, y tampoco lo es snake\\_case\\_name.\n    .note-1 = Observación general n.º 37 (2020), *sobre el derecho de reunión pacífica*."), "{es}");
    assert!(es.contains("# same-in-all-locales\nstatement-dateline = { DATETIME($date) }"), "{es}");
    let names = fs::read_to_string(p.join("locales/es/signatories.ftl")).unwrap();
    assert!(names.contains("sig-asia-justice-coalition-ajc = Coalición por la Justicia en Asia (AJC)\n    .note = Esto no refleja"), "{names}");
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    assert_eq!(toml, toml_before.replace("locales = [\"en-GB\"]", "locales = [\"en-GB\", \"es\"]"));
    // A translation of another document (the letter) is told as such.
    let o = import(&p, &[repo().join("tests/fixtures/drafts/letter.md").to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("looks like the translation of another document"), "{}", stderr(&o));
    assert!(!p.join("locales/fr").exists());
    // The reference is no translation.
    let o = import(&p, &[whole.to_str().unwrap(), "--lang", "en-GB"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`en-GB` is the reference"), "{}", stderr(&o));
}

#[test]
fn a_markdown_draft_and_the_docx_pandoc_makes_of_it_import_into_the_same_project() {
    if !have("pandoc", "pandoc") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let md = repo().join("tests/fixtures/drafts/features.md");
    let docx = w.join("features.docx");
    let o = Command::new("pandoc").arg(&md).arg("-o").arg(&docx).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // pandoc's .odt names the Title style without defining it: known by its name.
    let odt = w.join("features.odt");
    let o = Command::new("pandoc").arg(&md).arg("-o").arg(&odt).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut projects = Vec::new();
    for (draft, name) in
        [(md.as_path(), "from-md"), (docx.as_path(), "from-docx"), (odt.as_path(), "from-odt")]
    {
        let o = import(w, &[draft.to_str().unwrap(), name]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let said = stderr(&o);
        assert!(said.contains("title, subtitle, date, 1 heading, 1 paragraph, 1 numbered list of 3 items with a lead, 1 quotation, signatories: 3 entries (from a table, 2 with a country), 2 notes"), "{name}: {said}");
        projects.push(w.join(name));
    }
    // The same project, but for the file named in the comments.
    for file in ["publish.toml", "locales/en-GB/statement.ftl", "locales/en-GB/signatories.ftl"] {
        let [a, b, c] = [&projects[0], &projects[1], &projects[2]].map(|p| {
            fs::read_to_string(p.join(file))
                .unwrap()
                .replace("features.docx", "features.md")
                .replace("features.odt", "features.md")
        });
        assert_eq!(a, b, "{file}");
        assert_eq!(a, c, "{file}");
    }
    let toml = fs::read_to_string(projects[0].join("publish.toml")).unwrap();
    for want in [
        "date = \"2026-03-03\"",
        "subtitle = \"statement-subtitle\"",
        "heading = \"heading-our-calls\"\n\n",
        "lead = \"our-calls-list-1\"\nlist = [\"our-calls-list-1-1\", \"our-calls-list-1-2\", \"our-calls-list-1-3\"]\nnumbered = true",
        "quote = \"our-calls-quote-1\"\nlead = \"our-calls-quote-1-lead\"\nattribution = \"our-calls-quote-1-by\"",
        "order = \"as-listed\"",
        "{ id = \"sig-kenya-human-rights-commission\", country = \"KE\" }",
        "\"sig-asia-justice-coalition-ajc\",",
    ] {
        assert!(toml.contains(want), "{want}:\n{toml}");
    }
    let ftl = fs::read_to_string(projects[0].join("locales/en-GB/statement.ftl")).unwrap();
    for want in [
        // The marks an author typed print as typed; emphasis, links and footnotes are notation.
        "para-1 = Governments *must* protect the **right to assemble**, as the [UN Human Rights Committee](https://www.ohchr.org/en/treaty-bodies/ccpr) has said[^1]. A price of 5 \\* 3 $ is not an emphasis, and neither is snake\\_case\\_name.\n    .note-1 = General comment No. 37 (2020), *on the right of peaceful assembly*.",
        "statement-title = Protect Civic Space in 2026",
        "our-calls-quote-1-by = UN Special Rapporteur on the rights to freedom of peaceful assembly",
        "signatories-lead = Signed by:",
    ] {
        assert!(ftl.contains(want), "{want}:\n{ftl}");
    }
    let o = publish(&projects[1], &["--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&projects[1].join("pdf"));
    for want in [
        "Protect Civic Space in 2026",
        "A price of 5 * 3 $ is not",
        "snake_case_name",
        "Kenya Human Rights Commission",
        "Argentina",
    ] {
        assert!(text.contains(want), "{want}:\n{text}");
    }
}

/// A .docx made by LibreOffice from `body`, for the bad-input cases.
fn docx_of(w: &Path, name: &str, body: &str) -> PathBuf {
    let source = w.join(format!("{name}.fodt"));
    fs::write(&source, fodt(body)).unwrap();
    soffice(&source, "docx", w)
}

/// A ZIP of the given parts.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut bytes = Vec::new();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
    let deflate =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(*name, deflate).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap();
    bytes
}

#[test]
fn drafts_publish_cannot_read_are_refused_with_the_reason_and_nothing_is_written() {
    if !have("soffice", "libreoffice-writer-nogui") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let text =
        r#"<text:p text:style-name="Title">A title</text:p><text:p>A paragraph of the draft.</text:p>"#;
    let plain = docx_of(w, "plain", text);
    // A Word 97 document, as LibreOffice saves one.
    let fodt_path = w.join("old.fodt");
    fs::write(&fodt_path, fodt(text)).unwrap();
    let doc = soffice(&fodt_path, "doc", w);
    // An encrypted .docx is an OLE2 file holding EncryptionInfo and EncryptedPackage streams.
    let encrypted = w.join("encrypted.docx");
    {
        let mut cfb = cfb::CompoundFile::create(fs::File::create(&encrypted).unwrap()).unwrap();
        for stream in ["EncryptionInfo", "EncryptedPackage"] {
            use std::io::Write;
            cfb.create_stream(stream).unwrap().write_all(b"\x04\x00\x04\x00").unwrap();
        }
        cfb.flush().unwrap();
    }
    // Tracked changes not yet accepted, saved by LibreOffice as .docx and as .odt.
    let tracked_body = r#"<text:tracked-changes text:track-changes="true"><text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>A. Author</dc:creator><dc:date>2025-01-10T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes><text:p>First paragraph.</text:p><text:p>Second <text:change-start text:change-id="ct1"/>inserted<text:change-end text:change-id="ct1"/> words.</text:p>"#;
    let tracked_docx = docx_of(w, "tracked", tracked_body);
    let tracked_fodt = w.join("tracked2.fodt");
    fs::write(&tracked_fodt, fodt(tracked_body)).unwrap();
    let tracked_odt = soffice(&tracked_fodt, "odt", w);
    let empty = docx_of(w, "empty", "<text:p/>");
    let untitled = docx_of(w, "untitled", "<text:p>A paragraph and nothing more.</text:p>");
    // An entity bomb ("billion laughs") in word/document.xml, and a part inflating to 300 MiB.
    let bomb_xml = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"#;
    let entity = w.join("entity.docx");
    fs::write(&entity, zip_of(&[("word/document.xml", bomb_xml)])).unwrap();
    let huge = w.join("huge.docx");
    fs::write(&huge, zip_of(&[("word/document.xml", &vec![b' '; 300 << 20])])).unwrap();
    let pdf = w.join("draft.pdf");
    fs::write(&pdf, b"%PDF-1.7\n").unwrap();
    let rtf = w.join("draft.rtf");
    fs::write(&rtf, b"{\\rtf1\\ansi A draft.}").unwrap();
    // An .odt saved with a password: its manifest says how each part is encrypted.
    let locked = w.join("locked.odt");
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>"#;
    fs::write(
        &locked,
        zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", b"\x00\x01 encrypted"),
        ]),
    )
    .unwrap();
    let cases: Vec<(&Path, &str)> = vec![
        (&doc, "it is a Word 97–2003 document (.doc), which publish does not read"),
        (&encrypted, "it is encrypted (protected by a password)"),
        (
            &tracked_docx,
            "it has 1 tracked change not yet accepted or rejected, the first (an insertion) at paragraph 2",
        ),
        (&tracked_odt, "it has 1 tracked change not yet accepted or rejected, the first at paragraph 2"),
        (&empty, "it has no text publish can read"),
        (&untitled, "it has no title"),
        (&entity, "it declares a document type at byte"),
        (&huge, "its part \"word/document.xml\" would inflate to 300 MiB"),
        (&pdf, "it is a PDF"),
        (&rtf, "it is an RTF document"),
        (&locked, "it is encrypted (saved with a password)"),
    ];
    for (draft, why) in cases {
        let o = import(w, &[draft.to_str().unwrap(), "project"]);
        assert_eq!(o.status.code(), Some(2), "{}: {}", draft.display(), stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(&format!("cannot import {}", draft.display())) && err.contains(why),
            "{why}:\n{err}"
        );
        assert!(err.contains("help:"), "how to fix it: {err}");
        assert!(!w.join("project").exists(), "{}: nothing written", draft.display());
    }
    // A folder that is not empty is never written into; --dry-run writes nothing.
    fs::create_dir(w.join("taken")).unwrap();
    fs::write(w.join("taken/notes.txt"), "mine").unwrap();
    let o = import(w, &[plain.to_str().unwrap(), "taken"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("taken is not empty"), "{}", stderr(&o));
    assert_eq!(fs::read_dir(w.join("taken")).unwrap().count(), 1);
    let o = import(w, &[plain.to_str().unwrap(), "dry", "--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing written"), "{}", stderr(&o));
    assert!(!w.join("dry").exists());
}

#[test]
fn a_docm_s_macros_are_never_run_and_are_said_to_be_set_aside() {
    if !have("soffice", "libreoffice-writer-nogui") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let docx = docx_of(
        w,
        "letter",
        r#"<text:p text:style-name="Title">A title</text:p><text:p>A paragraph with a macro behind it.</text:p>"#,
    );
    // The same document with a Visual Basic project, as Word saves a .docm.
    let mut original = zip::ZipArchive::new(fs::File::open(&docx).unwrap()).unwrap();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..original.len() {
        use std::io::Read;
        let mut f = original.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        parts.push((f.name().unwrap().to_string(), bytes));
    }
    parts.push(("word/vbaProject.bin".into(), b"Attribute VB_Name = \"AutoOpen\"".to_vec()));
    let docm = w.join("letter.docm");
    let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    fs::write(&docm, zip_of(&refs)).unwrap();
    let o = import(w, &[docm.to_str().unwrap(), "project"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(
        said.contains("set aside: its macros (a .docm's Visual Basic project: never run, not kept)"),
        "{said}"
    );
    assert!(common::files_under(&w.join("project")).iter().all(|f| !f.to_string_lossy().contains("vba")));
    // A draft without signatories publishes without a list (not even its heading) until names
    // come, on paper and on the web page.
    let o = publish(&w.join("project"), &["--out", "pdf", "--emit", "pdf,html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&w.join("project/pdf"));
    assert!(text.contains("A paragraph with a macro behind it.") && !text.contains("Signatories"), "{text}");
    let page = fs::read_to_string(
        common::files_under(&w.join("project/pdf"))
            .into_iter()
            .find(|f| f.extension().is_some_and(|e| e == "html"))
            .unwrap(),
    )
    .unwrap();
    assert!(!page.contains("<h2 id=\"signatories\">"), "{page}");
}

#[test]
fn a_flat_opendocument_text_is_read_as_libreoffice_keeps_it() {
    let work = tempfile::tempdir().unwrap();
    let o =
        import(work.path(), &[repo().join("tests/fixtures/drafts/statement.fodt").to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("a label above the title, title, date, author, 6 paragraphs, 1 list of 6 items with a lead, signatories: 129 entries (from a list), 1 note"), "{}", stderr(&o));
}

#[test]
fn a_revised_draft_keeps_the_ids_of_what_is_still_there_and_says_what_changed() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let features = repo().join("tests/fixtures/drafts/features.md");
    let o = import(w, &[features.to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p = w.join("p");
    let es = repo().join("tests/fixtures/drafts/features.es.md");
    let o = import(&p, &[es.to_str().unwrap(), "--lang", "es"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The second draft: a paragraph added, a list item dropped, a quotation reworded.
    let revised = w.join("features-v2.md");
    let text = fs::read_to_string(&features)
        .unwrap()
        .replace("2. release everyone detained for assembling;\n", "")
        .replace("3. report each year", "2. report each year")
        .replace(
            "## Our calls\n",
            "A new paragraph about the rights of journalists to report on protests.\n\n## Our calls\n",
        )
        .replace("a right, not a privilege", "a right, never a privilege");
    fs::write(&revised, text).unwrap();
    let before: Vec<(PathBuf, Vec<u8>)> =
        common::files_under(&p).into_iter().map(|f| (f.clone(), fs::read(&f).unwrap())).collect();
    let o = import(&p, &[revised.to_str().unwrap(), "--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("would change 3 files (--dry-run: nothing written)"), "{}", stderr(&o));
    for (f, bytes) in &before {
        assert_eq!(&fs::read(f).unwrap(), bytes, "{}: --dry-run writes nothing", f.display());
    }
    let o = import(&p, &[revised.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    for want in [
        "revised from",
        ": 7 paragraphs as before, 1 changed, 1 added, 1 removed",
        "added para-2 (paragraph 5): \"A new paragraph about the rights of journalists",
        "removed our-calls-list-1-2: \"release everyone detained for assembling;\"",
        // Shown where the two texts part.
        "changed our-calls-quote-1 (paragraph 11): \"…a right, not a privilege.\" → \"…a right, never a privilege.\"",
    ] {
        assert!(said.contains(want), "{want}:\n{said}");
    }
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    assert!(toml.contains("[[blocks]]\nparagraph = \"para-1\"\n\n[[blocks]]\nparagraph = \"para-2\"\n\n[[blocks]]\nheading = \"heading-our-calls\""), "{toml}");
    assert!(
        toml.contains("list = [\"our-calls-list-1-1\", \"our-calls-list-1-3\"]"),
        "the kept items keep their ids:\n{toml}"
    );
    let en = fs::read_to_string(p.join("locales/en-GB/statement.ftl")).unwrap();
    assert!(en.contains("# A quotation. From features.md, paragraph 11.\nour-calls-quote-1 = Peaceful assembly is a right, never a privilege."), "the comment kept, the text changed:\n{en}");
    assert!(
        en.contains("para-2 = A new paragraph about the rights of journalists")
            && !en.contains("our-calls-list-1-2"),
        "{en}"
    );
    let es_ftl = fs::read_to_string(p.join("locales/es/statement.ftl")).unwrap();
    assert!(!es_ftl.contains("our-calls-list-1-2"), "a dropped paragraph leaves the translations:\n{es_ftl}");
    // The translation lacks the new paragraph, and check says so.
    let check = publish(&p, &["check", "--lang", "es"]);
    assert!(stderr(&check).contains("message `para-2` is missing in locale es"), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("the reference text is at locales/en-GB/statement.ftl:"),
        "where to read it: {}",
        stderr(&check)
    );
    // The same draft again changes nothing.
    let o = import(&p, &[revised.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("nothing to change: the project already says what the draft says"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_shipped_statement_revised_from_its_own_draft_keeps_every_message_as_it_is() {
    if !have("soffice", "libreoffice-writer-nogui") {
        return;
    }
    // Its paragraphs quote numbers through placeables ($members); their words are the draft's,
    // so nothing changes.
    let project = common::copy_project();
    let draft = soffice(&repo().join("tests/fixtures/drafts/statement.fodt"), "docx", project.path());
    let o = import(project.path(), &[draft.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains("13 paragraphs as before, 0 changed, 0 added, 0 removed"), "{said}");
    assert!(said.contains("nothing to change"), "{said}");
}

/// A .docx written as Google Docs' File › Download › Microsoft Word writes one (its style ids,
/// `w:val="1"` toggles, bookmarks before each heading, links as relationships, bullet lists from
/// numbering.xml, footnotes after separators, no language), since Google Docs cannot be reached
/// from here; plus two headings in styles renamed as a French and a German Word name them,
/// known by their outline level alone.
fn google_docs_like() -> Vec<u8> {
    let run = |t: &str, rpr: &str| {
        format!(
            r#"<w:r w:rtl="0"><w:rPr>{rpr}<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#
        )
    };
    let para = |style: &str, extra: &str, runs: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepNext w:val="0"/>{extra}<w:rPr/></w:pPr><w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_x"/><w:bookmarkEnd w:id="0"/>{runs}</w:p>"#
        )
    };
    let bullet = r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#;
    let body = [
        para("Title", "", &run("Stop the Crackdown", "")),
        para("Normal", "", &run("12 May 2026", "")),
        para("Normal", "", &format!(
            "{}{}{}<w:hyperlink r:id=\"rId9\">{}</w:hyperlink>{}{}<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>",
            run("We are ", ""),
            run("deeply", r#"<w:i w:val="1"/>"#),
            run(" concerned by the ", ""),
            run("report", r#"<w:color w:val="1155cc"/><w:u w:val="single"/>"#),
            run(" of ", ""),
            run("last week.", r#"<w:b w:val="1"/>"#),
        )),
        para("Titre1", "", &run("Nos demandes", "")),
        para("Normal", "", &run("We ask the authorities to:", "")),
        para("Normal", bullet, &run("free the detained;", "")),
        para("Normal", bullet, &run("end the raids.", "")),
        para("Berschrift2", "", &run("Background", "")),
        // A quotation by its indents alone, a comment on a word, a text box.
        para("Normal", r#"<w:ind w:left="720" w:right="720"/>"#, &run("No one may be held without charge.", "")),
        para("Normal", "", &format!(
            "<w:commentRangeStart w:id=\"0\"/>{}<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:docPr id=\"2\" name=\"Text Box 1\"/><w:txbxContent><w:p><w:r><w:t>Call us</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></w:r>",
            run("Arrests continue.", "")
        )),
        para("Normal", "", &format!("{}<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:docPr id=\"1\" name=\"image1.png\"/></wp:inline></w:drawing></w:r>", run("The raids began in March.", ""))),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let style = |id: &str, name: &str, extra: &str| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr>{extra}</w:pPr></w:style>"#
        )
    };
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>{}{}{}{}</w:styles>"#,
        style("Title", "Title", ""),
        style("Heading1", "heading 1", r#"<w:outlineLvl w:val="0"/>"#),
        style("Titre1", "Titre 1", r#"<w:outlineLvl w:val="0"/>"#),
        style("Berschrift2", "Überschrift 2", r#"<w:outlineLvl w:val="1"/>"#),
    );
    let numbering = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;
    let footnotes = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The report of 5 May 2026.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report" TargetMode="External"/></Relationships>"#;
    zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/footnotes.xml", footnotes.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
    ])
}

#[test]
fn a_google_docs_export_and_renamed_heading_styles_are_read_by_their_structure() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let draft = w.join("Stop the crackdown.docx");
    fs::write(&draft, google_docs_like()).unwrap();
    // Google Docs names no language: said, and named with --reference.
    let o = import(w, &[draft.to_str().unwrap(), "p"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("does not say what language it is in")
            && stderr(&o).contains("--reference en-GB"),
        "{}",
        stderr(&o)
    );
    let o = import(w, &[draft.to_str().unwrap(), "p", "--reference", "en-GB"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(
        said.contains(
            "title, date, 2 headings, 3 paragraphs, 1 list of 2 items with a lead, 1 quotation, 1 note"
        ),
        "{said}"
    );
    for want in [
        "set aside: an image (image1.png) at paragraph 11",
        "set aside: a comment at paragraph 10",
        "set aside: a text box (\"Call us\") at paragraph 10",
    ] {
        assert!(said.contains(want), "{want}:\n{said}");
    }
    let quoted = fs::read_to_string(w.join("p/publish.toml")).unwrap();
    assert!(
        quoted.contains("quote = \"background-quote-1\""),
        "a paragraph indented on both sides is a quotation:\n{quoted}"
    );
    let toml = fs::read_to_string(w.join("p/publish.toml")).unwrap();
    assert!(toml.contains("date = \"2026-05-12\""), "{toml}");
    assert!(
        toml.contains("heading = \"heading-nos-demandes\"\n\n")
            && toml.contains("heading = \"heading-background\"\nlevel = 3"),
        "outline levels 0 and 1:\n{toml}"
    );
    let ftl = fs::read_to_string(w.join("p/locales/en-GB/statement.ftl")).unwrap();
    assert!(ftl.contains("para-1 = We are *deeply* concerned by the [report](https://example.org/report) of **last week.**[^1]\n    .note-1 = The report of 5 May 2026."), "{ftl}");
    assert!(
        ftl.contains("nos-demandes-list-1 = We ask the authorities to:\n")
            && ftl.contains("nos-demandes-list-1-2 = end the raids."),
        "{ftl}"
    );
}

/// A .docx of paragraphs in the given styles (by id, each style named as given), English.
fn styled_docx(paragraphs: &[(&str, &str)], styles: &[(&str, &str)]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|(style, text)| format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#))
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let defined: String = styles
        .iter()
        .map(|(id, name)| {
            format!(r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/></w:style>"#)
        })
        .collect();
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>{defined}</w:styles>"#
    );
    zip_of(&[("word/document.xml", document.as_bytes()), ("word/styles.xml", styles.as_bytes())])
}

#[test]
fn a_letter_is_read_from_its_conventions_or_from_its_styles_and_set_as_an_open_letter() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    // "To:", "Re:", "Dear …," and "Yours sincerely," in a Markdown draft.
    let o = import(w, &[repo().join("tests/fixtures/drafts/letter.md").to_str().unwrap(), "md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a letter's parts (addressee, subject, salutation, closing)"),
        "{}",
        stderr(&o)
    );
    let toml = fs::read_to_string(w.join("md/publish.toml")).unwrap();
    assert!(toml.contains("layout = \"open-letter\""), "{toml}");
    assert!(toml.contains("addressee = [\"to-line-1\", \"to-line-2\"]\n\n[[blocks]]\nsubject = \"subject\"\n\n[[blocks]]\nsalutation = \"salutation\""), "{toml}");
    assert!(toml.contains("[[blocks]]\nclosing = \"closing\""), "{toml}");
    let o = publish(&w.join("md"), &["--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&w.join("md/pdf"));
    for want in [
        "To: The Minister of the Interior",
        "Re: The arrests of 1 March",
        "Dear Minister,",
        "Yours sincerely,",
    ] {
        assert!(text.contains(want), "{want}:\n{text}");
    }
    // The same parts known by their styles alone (no "Dear", no "To:").
    let docx = w.join("styled.docx");
    fs::write(
        &docx,
        styled_docx(
            &[
                ("Title", "A letter in styles"),
                ("InsideAddress", "The Minister of Justice"),
                ("InsideAddress", "Palace of Justice"),
                ("Salutation", "Madam Minister,"),
                ("Normal", "We write about the trial."),
                ("Closing", "With our respect,"),
            ],
            &[
                ("Title", "Title"),
                ("InsideAddress", "Inside Address"),
                ("Salutation", "Salutation"),
                ("Closing", "Closing"),
                ("Normal", "Normal"),
            ],
        ),
    )
    .unwrap();
    let o = import(w, &[docx.to_str().unwrap(), "styled"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let toml = fs::read_to_string(w.join("styled/publish.toml")).unwrap();
    assert!(toml.contains("addressee = [\"to-line-1\", \"to-line-2\"]\n\n[[blocks]]\nsalutation = \"salutation\"\n\n[[blocks]]\nparagraph = \"para-1\"\n\n[[blocks]]\nclosing = \"closing\""), "{toml}");
    let ftl = fs::read_to_string(w.join("styled/locales/en-GB/letter.ftl")).unwrap();
    assert!(
        ftl.contains("salutation = Madam Minister,") && ftl.contains("closing = With our respect,"),
        "{ftl}"
    );
}

/// A small PNG of `w` × `h` pixels.
fn png(w: u32, h: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbImage::from_pixel(w, h, image::Rgb([122, 31, 61]))
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap();
    bytes
}

/// A .docx with an image above its title (alternative text `alt`, when given), then a
/// paragraph; and a second image in the body.
fn docx_with_logo(alt: Option<&str>) -> Vec<u8> {
    let drawing = |id: &str, name: &str, descr: Option<&str>| {
        let descr = descr.map_or(String::new(), |d| format!(" descr=\"{d}\""));
        format!(
            r#"<w:r><w:drawing><wp:inline><wp:docPr id="1" name="{name}"{descr}/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="{id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
        )
    };
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body><w:p>{}</w:p><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Free the Journalists</w:t></w:r></w:p><w:p><w:r><w:t>Four journalists are held without charge.</w:t></w:r>{}</w:p></w:body></w:document>"#,
        drawing("rId1", "Logo.png", alt),
        drawing("rId2", "Photo.png", Some("A protest")),
    );
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/></Relationships>"#;
    let styles = r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>"#;
    let (logo, photo) = (png(240, 80), png(64, 64));
    zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/media/image1.png", &logo),
        ("word/media/image2.png", &photo),
    ])
}

#[test]
fn the_image_above_the_title_is_the_logo_with_its_alternative_text_and_the_others_are_set_aside() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let draft = w.join("logo.docx");
    fs::write(&draft, docx_with_logo(Some("Coalition for Press Freedom"))).unwrap();
    let o = import(w, &[draft.to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(
        said.contains("set aside: an image (Photo.png) at paragraph 2") && !said.contains("Logo.png"),
        "{said}"
    );
    let toml = fs::read_to_string(w.join("p/publish.toml")).unwrap();
    assert!(toml.contains("[branding]\nlogo = \"branding/logo.png\"\nlogo_alt = \"logo-alt\""), "{toml}");
    assert_eq!(fs::read(w.join("p/branding/logo.png")).unwrap(), png(240, 80), "the logo's own bytes");
    let ftl = fs::read_to_string(w.join("p/locales/en-GB/statement.ftl")).unwrap();
    assert!(ftl.contains("logo-alt = Coalition for Press Freedom"), "{ftl}");
    let o = publish(&w.join("p"), &["--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Without alternative text it is no logo, and the run says why.
    fs::write(&draft, docx_with_logo(None)).unwrap();
    let o = import(w, &[draft.to_str().unwrap(), "q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the image above the title (Logo.png) as the logo: it has no alternative text"),
        "{}",
        stderr(&o)
    );
    assert!(!w.join("q/branding").exists());
}

#[test]
fn a_table_of_signatories_gives_each_name_its_country_and_affiliation_from_their_columns() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let draft = w.join("people.md");
    fs::write(
        &draft,
        "---\ntitle: A statement signed by people\nlang: en-GB\n---\n\nWe stand with the defenders.\n\n## Signatories\n\n| Name | Country | Affiliation |\n|---|---|---|\n| Ana Pérez | Argentina | Universidad de Buenos Aires |\n| John Okoth | Kenya | |\n| Mary Smith | Atlantis | Independent |\n",
    )
    .unwrap();
    let o = import(w, &[draft.to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A country CLDR does not know is said, not guessed.
    assert!(
        stderr(&o).contains("set aside: the country \"Atlantis\" in row 4 of the table at paragraph 4"),
        "{}",
        stderr(&o)
    );
    let toml = fs::read_to_string(w.join("p/publish.toml")).unwrap();
    assert!(
        toml.contains("{ id = \"sig-ana-perez\", country = \"AR\" }")
            && toml.contains("{ id = \"sig-john-okoth\", country = \"KE\" }")
            && toml.contains("\"sig-mary-smith\","),
        "{toml}"
    );
    let names = fs::read_to_string(w.join("p/locales/en-GB/signatories.ftl")).unwrap();
    assert!(
        names.contains("sig-ana-perez = Ana Pérez\n    .affiliation = Universidad de Buenos Aires"),
        "{names}"
    );
    let o = publish(&w.join("p"), &["--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn an_arabic_draft_is_the_reference_of_a_right_to_left_project() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let o = import(w, &[repo().join("tests/fixtures/drafts/arabic.md").to_str().unwrap(), "p"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("signatories: 2 entries (from a list, 2 with a country)"), "{}", stderr(&o));
    let toml = fs::read_to_string(w.join("p/publish.toml")).unwrap();
    assert!(toml.contains("reference = \"ar\"") && toml.contains("country = \"EG\""), "{toml}");
    let ftl = fs::read_to_string(w.join("p/locales/ar/statement.ftl")).unwrap();
    assert!(
        ftl.contains("statement-kicker = بيان مشترك") && ftl.contains("signatories-heading = الموقعون"),
        "{ftl}"
    );
    let o = publish(&w.join("p"), &["--out", "pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&w.join("p/pdf"));
    for want in ["حماية الفضاء المدني", "مطالبنا", "Kenya Human Rights Commission"] {
        assert!(text.contains(want), "{want}:\n{text}");
    }
}
