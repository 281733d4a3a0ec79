//! The written copies of publish's contracts, held to the code: the model's JSON against the
//! table layouts/README.md documents, the layout library's public names against its table, the
//! command-line reference against clap's definitions, and every section of the guide an error
//! message cites against the guide's headings.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use publish::request::Request;

use crate::common::{self, repo};

/// The rows of the first column of the Markdown table that follows `heading` in `text`.
fn table_after<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let start = text.find(heading).unwrap_or_else(|| panic!("no heading {heading:?}"));
    text[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| l.trim_start_matches('|').split(" | ").next().unwrap_or("").trim())
        .collect()
}

/// The names in backticks in a cell.
fn ticked(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

/// The paths of a JSON value's fields: `signatories.groups[].entries[].name`. Arrays whose
/// items the README documents in a table or sentence of their own (blocks, spans, notes, page
/// label parts, keywords) are named, not entered.
fn paths(value: &serde_json::Value, prefix: &str, out: &mut BTreeSet<String>) {
    const OWN: [&str; 4] = ["blocks", "signatories.notes", "furniture.page_label", "meta.keywords"];
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(path.clone());
                if !OWN.contains(&path.as_str()) {
                    paths(v, &path, out);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                paths(v, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

/// The example letter's model in every language: it has every block kind, groups, countries,
/// affiliations, notes on entries, a logo.
fn example_models() -> Vec<serde_json::Value> {
    let project = common::example();
    let request = Request { project: Some(project.clone()), ..common::langs("all") };
    let settings = publish::project::settings::resolve(&request, &project).expect("the example resolves");
    let (docs, _) = publish::commands::publish::models(&settings, &settings.languages).expect("models");
    docs.iter().map(|d| serde_json::to_value(d).expect("plain data")).collect()
}

#[test]
fn the_model_is_the_one_layouts_readme_documents() {
    let readme = fs::read_to_string(repo().join("layouts/README.md")).unwrap();
    let models = example_models();
    let mut made = BTreeSet::new();
    for m in &models {
        paths(m, "", &mut made);
    }
    // The README's table: `a.b`, `.c` after `a.b` (a sibling), `…entries[].x` (the entries').
    let mut documented = BTreeSet::new();
    for cell in table_after(&readme, "## The model, schema") {
        let mut last = String::new();
        for name in ticked(cell) {
            let path = if let Some(sibling) = name.strip_prefix('.') {
                format!("{}.{sibling}", last.rsplit_once('.').map_or("", |(parent, _)| parent))
            } else if let Some(rest) = name.strip_prefix("…entries[]") {
                format!("signatories.groups[].entries[]{rest}")
            } else {
                name.to_string()
            };
            documented.insert(path.clone());
            last = path;
        }
    }
    // Every parent of a documented path is there too (`signatories` of `signatories.heading`).
    for p in documented.clone() {
        let mut p = p.as_str();
        while let Some((parent, _)) = p.rsplit_once('.') {
            documented.insert(parent.trim_end_matches("[]").to_string());
            p = parent;
        }
    }
    let undocumented: Vec<&String> = made.iter().filter(|p| !documented.contains(*p)).collect();
    let gone: Vec<&String> = documented.iter().filter(|p| !made.contains(*p)).collect();
    assert!(
        undocumented.is_empty(),
        "fields the model has and layouts/README.md does not document: {undocumented:?}"
    );
    assert!(gone.is_empty(), "fields layouts/README.md documents and the model does not have: {gone:?}");

    // The blocks, kind by kind.
    let mut kinds: BTreeSet<(String, String)> = BTreeSet::new();
    for m in &models {
        for b in m["blocks"].as_array().unwrap() {
            let kind = b["kind"].as_str().unwrap().to_string();
            for k in b.as_object().unwrap().keys().filter(|k| *k != "kind") {
                kinds.insert((kind.clone(), k.clone()));
            }
        }
    }
    let start = readme.find("The blocks, by `kind`").expect("the blocks' table");
    let mut documented_kinds = BTreeSet::new();
    for line in
        readme[start..].lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).skip(2)
    {
        let mut cells = line.trim_matches('|').split(" | ");
        let (names, fields) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        for kind in ticked(names) {
            // The fields are the backticked words before any parenthesis or colon.
            for field in ticked(fields).into_iter().filter(|f| !f.contains(':')) {
                documented_kinds.insert((kind.to_string(), field.to_string()));
            }
        }
    }
    let undocumented: Vec<_> = kinds.difference(&documented_kinds).collect();
    let gone: Vec<_> = documented_kinds.difference(&kinds).collect();
    assert!(undocumented.is_empty(), "block fields not in layouts/README.md: {undocumented:?}");
    assert!(
        gone.is_empty(),
        "block fields layouts/README.md names and no block of the example has: {gone:?}"
    );
}

#[test]
fn the_library_is_the_one_layouts_readme_documents() {
    let readme = fs::read_to_string(repo().join("layouts/README.md")).unwrap();
    let library = fs::read_to_string(repo().join("layouts/publish.typ")).unwrap();
    let public: BTreeSet<&str> = library
        .lines()
        .filter_map(|l| l.strip_prefix("#let "))
        .map(|l| l.split(['(', ' ', '=']).next().unwrap_or(""))
        .filter(|name| !name.starts_with('_'))
        .collect();
    let documented: BTreeSet<&str> = table_after(&readme, "## The library")
        .into_iter()
        .flat_map(ticked)
        .map(|n| n.split('(').next().unwrap_or(n))
        .collect();
    let undocumented: Vec<_> = public.difference(&documented).collect();
    let gone: Vec<_> = documented.difference(&public).collect();
    assert!(
        undocumented.is_empty(),
        "public names of publish.typ not in layouts/README.md: {undocumented:?}"
    );
    assert!(gone.is_empty(), "names layouts/README.md documents that publish.typ does not define: {gone:?}");
    // The versions the README states are the code's.
    let version = format!("`library-version` | `{}`", publish::project::layout::LIBRARY_VERSION);
    assert!(readme.contains(&version), "layouts/README.md's library version is not {version}");
    assert!(
        library.contains(&format!("#let library-version = {}", publish::project::layout::LIBRARY_VERSION))
    );
    let schema = format!("## The model, schema {}", publish::project::layout::MODEL_SCHEMA);
    assert!(readme.contains(&schema), "layouts/README.md does not document {schema}");
    // Every built-in layout declares the schema and library of this publish.
    for dir in fs::read_dir(repo().join("layouts")).unwrap().flatten().filter(|d| d.path().is_dir()) {
        let toml = fs::read_to_string(dir.path().join("layout.toml")).unwrap();
        assert!(
            toml.contains(&format!("schema = {}", publish::project::layout::MODEL_SCHEMA)),
            "{:?}",
            dir.path()
        );
        assert!(
            toml.contains(&format!("library = {}", publish::project::layout::LIBRARY_VERSION)),
            "{:?}",
            dir.path()
        );
    }
}

#[test]
fn the_command_line_reference_is_current() {
    let path = repo().join("docs/guide/command-line.md");
    let made = publish::cli::reference::markdown();
    if std::env::var_os("PUBLISH_BLESS").is_some() {
        fs::write(&path, &made).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == made,
        "docs/guide/command-line.md is not what the command line defines: run `PUBLISH_BLESS=1 cargo test --test suite contracts::` and commit it"
    );
    // And it names every option of every command (the generator's own check).
    for long in ["--lang", "--fit-pages", "--mark-reviewed", "--name-in", "--date-order", "--pdf-standard"] {
        assert!(made.contains(&format!("`{long}")), "{long}");
    }
}

/// Where a message cites a section: `see docs/guide/project.md, "Blocks"` or
/// `(layouts/README.md, "layout.toml")`.
fn citations(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(".md, ") {
        let before = &text[..at];
        let file_start =
            before.rfind(|c: char| c.is_whitespace() || c == '(' || c == '"').map_or(0, |i| i + 1);
        let file = format!("{}.md", &before[file_start..]);
        let rest = text[at + 5..].trim_start_matches("section ").trim_start_matches('\\');
        let Some(rest) = rest.strip_prefix('"') else { continue };
        let Some(end) = rest.find(['"', '\\']) else { continue };
        out.push((file, rest[..end].to_string()));
    }
    out
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| ["rs", "toml", "typ", "ftl"].iter().any(|e| x == *e)) {
            out.push(p);
        }
    }
}

#[test]
fn every_section_a_message_cites_exists() {
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    sources(&repo().join("layouts"), &mut files);
    sources(&repo().join("templates"), &mut files);
    let mut cited = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (doc, section) in citations(&text) {
            cited += 1;
            let target = fs::read_to_string(repo().join(&doc))
                .unwrap_or_else(|_| panic!("{} cites {doc}, which does not exist", file.display()));
            // The heading itself, or one that begins with it ("layout.toml: what a layout supports").
            let found = target.lines().filter(|l| l.starts_with('#')).any(|l| {
                let heading = l.trim_start_matches('#').trim().replace('`', "");
                heading == section || heading.starts_with(&format!("{section}:"))
            });
            assert!(found, "{} cites \"{section}\" in {doc}, which has no such heading", file.display());
        }
    }
    assert!(cited >= 3, "only {cited} citations found: is the pattern still the messages'?");
}
