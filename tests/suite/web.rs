//! The web edition (`--emit html`): one self-contained page per language with the printed text.
//! In a real browser (Debian's Chromium through tests/web/check.mjs: no sideways scrolling at
//! 375 and 1280 px, every paragraph and name in the page's text, no axe-core violation, valid
//! HTML), and in the files themselves (languages linked, Open Graph addresses, escaping, what
//! the run says; the manifest is tests/suite/print.rs's).

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{copy_example, copy_project, example, langs, publish, repo, stderr};
use publish::model::{Block, Document, Inline};

/// Runs publish with `args` in `project`, writing into a new folder; returns it and stderr.
fn run(project: &Path, args: &[&str]) -> (tempfile::TempDir, String, i32) {
    let out = tempfile::tempdir().unwrap();
    let mut all = vec!["--project", project.to_str().unwrap(), "--out", out.path().to_str().unwrap()];
    all.extend_from_slice(args);
    let o = publish(project, &all);
    (out, stderr(&o), o.status.code().unwrap_or(-1))
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The texts of rich runs, split where a footnote mark sits (the page prints its number there).
fn runs(spans: &[Inline], out: &mut Vec<String>, notes: &mut Vec<String>) {
    let mut current = String::new();
    for s in spans {
        match s {
            Inline::Text { text, .. } => current.push_str(text),
            Inline::Note { spans, .. } => {
                out.push(std::mem::take(&mut current));
                runs(spans, notes, &mut Vec::new());
            }
        }
    }
    out.push(current);
}

/// Every text of a model a reader must find on its page: title, every block, every name.
fn texts(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> =
        [&doc.kicker, &doc.title, &doc.dateline, &doc.author].into_iter().flatten().cloned().collect();
    let mut notes = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Heading { text, .. }
            | Block::Subject { text }
            | Block::Salutation { text }
            | Block::Closing { text } => out.push(text.clone()),
            Block::Paragraph { spans, .. } => runs(spans, &mut out, &mut notes),
            Block::Quote { spans, attribution, .. } => {
                runs(spans, &mut out, &mut notes);
                out.extend(attribution.clone());
            }
            Block::List { lead, items, .. } => {
                for r in lead.iter().chain(items) {
                    runs(&r.spans, &mut out, &mut notes);
                }
            }
            Block::Notes { title, items } => {
                out.extend(title.clone());
                for r in items {
                    runs(&r.spans, &mut out, &mut notes);
                }
            }
            Block::Addressee { lines } => out.extend(lines.iter().cloned()),
            Block::Contact { name, role, email, phone, .. } => {
                out.push(name.clone());
                out.extend([role, email, phone].into_iter().flatten().cloned());
            }
        }
    }
    out.append(&mut notes);
    let s = &doc.signatories;
    out.extend(s.heading.clone());
    out.extend(s.lead.clone());
    for g in &s.groups {
        out.extend(g.heading.clone());
        out.extend(g.note.clone());
        for e in &g.entries {
            out.push(match &e.country {
                Some(c) => format!("{} ({c})", e.name),
                None => e.name.clone(),
            });
            out.extend(e.affiliation.clone());
        }
    }
    out.extend(s.notes.iter().map(|n| n.text.clone()));
    out.extend(s.updated.clone());
    out.retain(|t| !t.trim().is_empty());
    out
}

/// Whether the browser checks can run here: node, the npm tools (`npm ci` in tests/web) and
/// Chromium. CI installs them (.ci/run) and must never skip.
fn browser_ready() -> bool {
    let node = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let tools = repo().join("tests/web/node_modules/puppeteer-core").is_dir();
    let chromium =
        Path::new(&std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())).exists();
    if node && tools && chromium {
        return true;
    }
    let missing = format!(
        "the browser checks need node, Chromium (apt-get install chromium) and the npm tools (cd tests/web && npm ci): node {node}, tools {tools}, chromium {chromium}"
    );
    assert!(std::env::var_os("CI").is_none(), "{missing}");
    eprintln!("skipped: {missing}; bash .ci/run installs them");
    false
}

#[test]
fn every_page_fits_both_widths_holds_its_text_and_passes_axe_and_the_validator() {
    if !browser_ready() {
        return;
    }
    // The statement in its languages and the pseudo-locales (longer words; right to left), and
    // the example letter in five languages (every block, footnotes, groups, a logo, Arabic).
    let cases: [(PathBuf, &str); 3] = [(repo(), "all"), (repo(), "pseudo,pseudo-rtl"), (example(), "all")];
    let mut pages = Vec::new();
    let mut keep = Vec::new();
    for (project, languages) in &cases {
        let (out, err, code) = run(project, &["--lang", languages, "--emit", "html"]);
        assert_eq!(code, 0, "{err}");
        for t in common::typeset(project, &langs(languages)) {
            let doc = &t.model;
            let file = out.path().join(format!("{}.{}.html", t.model.statement, doc.locale));
            assert!(file.is_file(), "no page for {}: {err}", doc.locale);
            pages.push(serde_json::json!({ "file": file, "expect": texts(doc) }));
        }
        keep.push(out);
    }
    let shots = tempfile::tempdir().unwrap();
    let spec = shots.path().join("spec.json");
    let json = serde_json::json!({ "pages": pages, "widths": [375, 1280], "screenshots": shots.path() });
    fs::write(&spec, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    let o = Command::new("node").arg(repo().join("tests/web/check.mjs")).arg(&spec).output().unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(o.status.success(), "{said}");
    assert!(said.contains("9 pages, 18 page widths"), "{said}");
    // The screenshots are made (docs/make-pictures.sh keeps some in docs/).
    let png = fs::read(shots.path().join("oppose-icc-sanctions.fr.375.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn a_latin_name_in_the_arabic_page_is_set_in_the_latin_face_of_the_other_pages() {
    if !browser_ready() {
        return;
    }
    let (out, err, code) = run(&example(), &["--lang", "fr,ar", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    let selector = "#sig-example-kenya .name";
    let pages: Vec<serde_json::Value> = ["fr", "ar"]
        .iter()
        .map(|l| {
            serde_json::json!({
                "file": out.path().join(format!("example-open-letter.{l}.html")),
                "expect": ["Example Rights Centre Kenya"],
                "fonts": [selector],
            })
        })
        .collect();
    let spec = out.path().join("spec.json");
    // The fonts publish ships, as a reader who has them installed sees the page.
    let json = serde_json::json!({ "pages": pages, "widths": [1280], "fontDirs": [repo().join("fonts")] });
    fs::write(&spec, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    let o = Command::new("node").arg(repo().join("tests/web/check.mjs")).arg(&spec).output().unwrap();
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(o.status.success(), "{said}{}", String::from_utf8_lossy(&o.stderr));
    let face = |page: &str| {
        said.lines()
            .find_map(|l| l.strip_prefix(&format!("FONT {page} {selector} => ")))
            .unwrap_or_else(|| panic!("no face for {page}: {said}"))
            .to_string()
    };
    // The Latin letters in the French page's face; the Arabic face only for what it has (the
    // spaces, the parentheses), never a face the style sheet does not name.
    let fr = face("example-open-letter.fr.html");
    assert_eq!(fr, "Noto Serif", "{said}");
    let ar = face("example-open-letter.ar.html");
    assert!(ar.split(", ").any(|f| f == fr), "{said}");
    assert!(ar.split(", ").all(|f| f == fr || f == "Noto Naskh Arabic"), "{said}");
}

#[test]
fn a_page_prints_on_its_paper_with_every_links_address_in_its_own_direction() {
    if !browser_ready() {
        return;
    }
    let (out, err, code) = run(&example(), &["--lang", "fr,ar", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    let pages: Vec<serde_json::Value> = ["fr", "ar"]
        .iter()
        .map(|l| {
            serde_json::json!({
                "file": out.path().join(format!("example-open-letter.{l}.html")),
                "expect": [],
                "pdf": out.path().join(format!("{l}.pdf")),
            })
        })
        .collect();
    let spec = out.path().join("spec.json");
    fs::write(&spec, serde_json::to_vec(&serde_json::json!({ "pages": pages, "widths": [1280] })).unwrap())
        .unwrap();
    let o = Command::new("node").arg(repo().join("tests/web/check.mjs")).arg(&spec).output().unwrap();
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    for l in ["fr", "ar"] {
        let pdf = out.path().join(format!("{l}.pdf"));
        let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo (poppler-utils)");
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("(A4)"), "{l}: {info}");
        // In the order the browser wrote the text (-raw): the lines' order on the page is not
        // what a right-to-left line is read in.
        let text = Command::new("pdftotext").arg("-raw").arg(&pdf).arg("-").output().unwrap();
        let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
        // The link's address, after it, as written: in the Arabic page too, neither reordered
        // nor mirrored; the contact's mail address as well.
        assert!(text.contains("<https://example.org/charter>"), "{l}: {text}");
        assert!(text.contains("<mailto:press@example.org>"), "{l}: {text}");
    }
}

#[test]
fn pages_are_semantic_linked_and_self_contained() {
    let (out, err, code) = run(&example(), &["--lang", "all", "--emit", "pdf,html"]);
    assert_eq!(code, 0, "{err}");
    let ar = read(out.path(), "example-open-letter.ar.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &ar[..200]);
    let fr = read(out.path(), "example-open-letter.fr.html");
    assert!(fr.contains("<html lang=\"fr\" dir=\"ltr\">"));
    // Every language links to every other, and the reference stands for the rest.
    for tag in ["en-GB", "fr", "es", "uk", "ar"] {
        assert!(
            fr.contains(&format!("<link rel=\"alternate\" hreflang=\"{tag}\" href=\"https://example.org/open-letter/example-open-letter.{tag}.html\">")),
            "fr lacks its link to {tag}"
        );
    }
    assert!(fr.contains(
        "hreflang=\"x-default\" href=\"https://example.org/open-letter/example-open-letter.en-GB.html\""
    ));
    // The languages named in themselves in the page's menu, the PDF of the same run linked.
    for name in [">Français</a>", ">Español</a>", ">Українська</a>", ">العربية</a>", ">English</a>"]
    {
        assert!(fr.contains(name), "the menu lacks {name}");
    }
    // One rule for every link: with a base URL, the PDF's address is absolute too.
    assert!(fr.contains(
        "<a class=\"download\" href=\"https://example.org/open-letter/example-open-letter.fr.pdf\" type=\"application/pdf\">PDF</a>"
    ));
    // Semantic elements: the title, headings, a quotation, lists, footnotes linked both ways.
    for element in
        ["<h1 ", "<h2>", "<blockquote>", "<ul>", "<address class=\"contact\">", "<ul class=\"names\">"]
    {
        assert!(fr.contains(element), "no {element}");
    }
    // schema.org's Article as microdata, the browser's colours, how many signed.
    for part in [
        "<article itemscope itemtype=\"https://schema.org/Article\">",
        "<meta itemprop=\"datePublished\" content=\"2025-03-03\">",
        "<meta itemprop=\"inLanguage\" content=\"fr\">",
        "<h1 itemprop=\"headline\">",
        "<meta itemprop=\"name\" content=\"",
        "<meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" content=\"#141414\">",
        "<span class=\"count\">(12)</span></h2>",
    ] {
        assert!(fr.contains(part), "no {part}");
    }
    assert!(ar.contains("<span class=\"count\">(12)</span></h2>"), "the count, in ar's digits");
    // The telephone number's address is `tel:` once.
    assert!(fr.contains("<a href=\"tel:+"), "no telephone link");
    assert!(!fr.contains("tel:tel:"), "tel: twice");
    assert!(fr.contains("<a href=\"#note-1\" id=\"note-ref-1\">1</a>"), "no footnote mark");
    assert!(
        fr.contains("<li id=\"note-1\" value=\"1\"><a class=\"back\" href=\"#note-ref-1\">1</a>"),
        "no footnote"
    );
    // Self-contained: the style sheet and the logo inside, no script, nothing fetched.
    assert!(!fr.contains("<script"), "a script");
    assert!(!fr.contains("<link rel=\"stylesheet\""));
    assert!(fr.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"), "the logo is not inside");
    assert!(fr.contains("--accent: #7a1f3d"), "the accent colour is not used");
    assert!(!fr.contains("src=\"http"), "something is fetched");
}

#[test]
fn open_graph_addresses_come_from_base_url_and_their_absence_is_said() {
    // The statement has no base_url: no og:url, og:image or canonical link, and the run says so.
    let (out, err, code) = run(&repo(), &["--lang", "fr", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("publish.toml has no [web] base_url"), "{err}");
    let fr = read(out.path(), "oppose-icc-sanctions.fr.html");
    assert!(fr.contains("<meta property=\"og:title\" content=\"S’opposer aux sanctions"));
    assert!(fr.contains("<meta name=\"description\" content=\"Déclaration commune"));
    assert!(fr.contains("<meta property=\"og:locale\" content=\"fr_FR\">"));
    for absent in ["og:url", "og:image", "rel=\"canonical\""] {
        assert!(!fr.contains(absent), "{absent} without an address");
    }
    // Without a base URL every link is relative, the PDF's too.
    let (out, err, code) = run(&repo(), &["--lang", "all", "--emit", "pdf,html"]);
    assert_eq!(code, 0, "{err}");
    let fr = read(out.path(), "oppose-icc-sanctions.fr.html");
    assert!(
        fr.contains("<a class=\"download\" href=\"oppose-icc-sanctions.fr.pdf\" type=\"application/pdf\">")
    );
    assert!(fr.contains("hreflang=\"en-GB\" href=\"oppose-icc-sanctions.en-GB.html\""), "{fr}");

    // With one: the page's address and, when the run writes the card, the card's.
    let p = copy_project();
    let toml = p.path().join("publish.toml");
    let mut text = fs::read_to_string(&toml).unwrap();
    text.push_str("\n[web]\nbase_url = \"https://example.org/statements\"\n");
    fs::write(&toml, text).unwrap();
    let (out, err, code) = run(p.path(), &["--lang", "all", "--emit", "html,card"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("base_url") && !err.contains("og:image"), "{err}");
    let fr = read(out.path(), "oppose-icc-sanctions.fr.html");
    assert!(fr.contains(
        "<meta property=\"og:url\" content=\"https://example.org/statements/oppose-icc-sanctions.fr.html\">"
    ));
    assert!(fr.contains(
        "<link rel=\"canonical\" href=\"https://example.org/statements/oppose-icc-sanctions.fr.html\">"
    ));
    assert!(fr.contains("<meta property=\"og:image\" content=\"https://example.org/statements/oppose-icc-sanctions.fr.card.png\">"));
    // The card's words with French typography, as the page's: a no-break space before the
    // colon; no line-break hints.
    assert!(
        fr.contains("<meta property=\"og:image:alt\" content=\"Déclaration commune\u{a0}: S’opposer"),
        "{}",
        &fr[..3000]
    );
    assert!(!fr.contains("\u{200B}préserver l’accès des victimes à la justice\">"));
    assert!(fr.contains("<meta property=\"og:locale:alternate\" content=\"en_GB\">"));
    assert!(out.path().join("oppose-icc-sanctions.fr.card.png").is_file());
    // Without the card in the run, no og:image, and the run says why.
    let (out, err, code) = run(p.path(), &["--lang", "fr", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the web pages carry no og:image: no social card is written in this run"), "{err}");
    assert!(!read(out.path(), "oppose-icc-sanctions.fr.html").contains("og:image"));
}

#[test]
fn a_base_url_that_is_not_a_web_folder_is_refused_where_it_is_written() {
    for bad in ["statements/", "ftp://example.org/s/", "https://example.org/s/?page=1", "https://"] {
        let p = copy_project();
        let toml = p.path().join("publish.toml");
        let mut text = fs::read_to_string(&toml).unwrap();
        let line = text.lines().count() + 3;
        text.push_str(&format!("\n[web]\nbase_url = \"{bad}\"\n"));
        fs::write(&toml, text).unwrap();
        let (out, err, code) = run(p.path(), &["--lang", "fr", "--emit", "html"]);
        assert_eq!(code, 1, "{bad}: {err}");
        assert!(
            err.contains(&format!("base_url `{bad}` is not the address of a folder on the web")),
            "{err}"
        );
        assert!(
            err.contains(&format!("publish.toml:{line}:")),
            "{bad}: the error is not at its line {line}: {err}"
        );
        assert!(err.contains("https://example.org/statements/"), "the error shows what to write: {err}");
        assert!(common::files_under(out.path()).is_empty(), "{bad}: something was written");
    }
}

#[test]
fn two_layouts_in_one_folder_write_a_page_each_linking_its_own_pdf_and_each_manifest_stays_true() {
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    let first = out.path().join("first.json");
    let second = out.path().join("second.json");
    for (layout, manifest) in [("open-letter", &first), ("large-print", &second)] {
        let r = crate::common::publish(
            &example(),
            &[
                "--lang",
                "fr",
                "--layout",
                layout,
                "--emit",
                "pdf,html",
                "--out",
                o,
                "--manifest",
                manifest.to_str().unwrap(),
            ],
        );
        assert!(r.status.success(), "{}", crate::common::stderr(&r));
    }
    let page = read(out.path(), "example-open-letter.fr.html");
    let large = read(out.path(), "example-open-letter.fr.large-print.html");
    assert!(page.contains("/example-open-letter.fr.pdf\" type=\"application/pdf\""));
    assert!(large.contains("/example-open-letter.fr.large-print.pdf\" type=\"application/pdf\""));
    // Each manifest's checksums are those of the files there now.
    for manifest in [&first, &second] {
        let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(manifest).unwrap()).unwrap();
        let files = json["files"].as_array().unwrap();
        assert!(files.iter().any(|f| f["format"] == "html"), "{json}");
        for f in files {
            let path = out.path().join(Path::new(f["file"].as_str().unwrap()).file_name().unwrap());
            let bytes = fs::read(&path).unwrap();
            let sha: String =
                <sha2::Sha256 as sha2::Digest>::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(f["sha256"].as_str().unwrap(), sha, "{}", path.display());
        }
    }
}

#[test]
fn names_print_as_written_never_as_markup() {
    let p = copy_example();
    let hostile = "<script>alert(1)</script> & *Bold* #tag $5 @here";
    let ftl = p.path().join("locales/fr/signatories.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let line = text.lines().find(|l| l.starts_with("sig-")).expect("a signatory").to_string();
    let id = line.split(" = ").next().unwrap();
    fs::write(&ftl, text.replacen(&line, &format!("{id} = {hostile}"), 1)).unwrap();
    let (out, err, code) = run(p.path(), &["--lang", "fr", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    let fr = read(out.path(), "example-open-letter.fr.html");
    assert!(!fr.contains("<script"), "the name became markup");
    assert!(fr.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *Bold* #tag $5 @here"), "{id}");
}

#[test]
fn print_options_are_said_to_be_ignored_for_the_web_page() {
    let (out, err, code) =
        run(&repo(), &["--lang", "fr", "--emit", "html", "--paper", "us-letter", "--theme", "contrast"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("--theme contrast has no meaning for the web page: ignored for the HTML"), "{err}");
    // The paper is the page's when it is printed.
    assert!(read(out.path(), "oppose-icc-sanctions.fr.html").contains("@page { size: letter; }"));
    // One page per language whatever the print options; no PDF when none is asked for.
    let names: Vec<String> = common::files_under(out.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["oppose-icc-sanctions.fr.html"]);
    // With the PDF in the run, the options still apply to it.
    let (_out, err, code) = run(&repo(), &["--lang", "fr", "--emit", "pdf,html", "--layout", "large-print"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("--layout large-print has no meaning for the web page: ignored for the HTML (the PDF and previews follow it)"), "{err}");
}

/// Without a browser too (a machine without Chromium skips the test above): the text of the
/// page, its tags taken out, holds every text of the model.
#[test]
fn the_page_holds_every_text_of_the_model_even_without_a_browser() {
    let (out, err, code) = run(&example(), &["--lang", "fr", "--emit", "html"]);
    assert_eq!(code, 0, "{err}");
    let html = read(out.path(), "example-open-letter.fr.html");
    let body = &html[html.find("<body").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = squash(
        &text
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    );
    let doc = &common::typeset(&example(), &langs("fr"))[0].model;
    for t in texts(doc) {
        assert!(text.contains(&squash(&t)), "the page lacks {t:?}");
    }
}
