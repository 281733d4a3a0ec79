//! Helpers shared by the integration tests: the real binary, copies of the project in temp
//! folders, and the typeset document of a run (through the library, same pipeline as the CLI).

pub mod sheets;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use publish::commands::publish::Typeset;
use publish::request::Request;
use publish::typeset::Run;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the real binary in `cwd` with a clean, fixed environment.
pub fn publish(cwd: &Path, args: &[&str]) -> Output {
    publish_env(cwd, args, &[])
}

pub fn publish_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_publish"));
    cmd.args(args).current_dir(cwd).env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the project (publish.toml, locales/, layouts/) in a new temp folder, to break.
pub fn copy_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = repo();
    fs::copy(root.join("publish.toml"), dir.path().join("publish.toml")).unwrap();
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    dir
}

/// The example open letter (made-up content, every block and five languages).
pub fn example() -> PathBuf {
    repo().join("examples/open-letter")
}

/// A copy of the example in a temp folder, to break.
pub fn copy_example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example(), dir.path());
    dir
}

/// Replaces the first `old` in a file of a project (which must hold it) by `new`.
pub fn replace_in(project: &Path, file: &str, old: &str, new: &str) {
    let path = project.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file} lacks {old:?}");
    fs::write(&path, text.replacen(old, new, 1)).unwrap();
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Every file under a folder (recursive), for "nothing was written" checks.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.path().is_dir() {
                out.extend(files_under(&e.path()));
            } else {
                out.push(e.path());
            }
        }
    }
    out
}

/// A request for these languages (comma-separated), everything else as publish's defaults.
pub fn langs(list: &str) -> Request {
    Request { languages: list.split(',').map(str::to_string).collect(), ..Request::default() }
}

/// Typesets a project through the library (the same pipeline as the CLI) and returns each
/// language's result.
pub fn typeset(project: &Path, request: &Request) -> Vec<Typeset> {
    let request = Request { project: Some(project.to_path_buf()), ..request.clone() };
    let settings = publish::project::settings::resolve(&request, project).expect("settings resolve");
    let (done, diags) = publish::commands::publish::typeset_languages(&settings, &settings.languages, None)
        .unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    assert!(!diags.iter().any(publish::diag::Diagnostic::is_error), "{diags:#?}");
    done
}

/// A line of text as typeset: runs of the same page and baseline, joined in x order.
#[derive(Debug, Clone)]
pub struct Line {
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub text: String,
}

/// Groups runs into lines: same page, same baseline (±0.5pt), each run starting where the
/// previous one ends (within a fraction of a space).
pub fn lines(runs: &[Run], filter: impl Fn(&Run) -> bool) -> Vec<Line> {
    let mut rs: Vec<&Run> = runs.iter().filter(|r| filter(r)).collect();
    rs.sort_by(|a, b| (a.page, a.y, a.x).partial_cmp(&(b.page, b.y, b.x)).unwrap());
    let mut out: Vec<Line> = Vec::new();
    for r in rs {
        if let Some(l) = out.last_mut()
            && l.page == r.page
            && (l.y - r.y).abs() < 0.5
            && r.x >= l.end - 0.5
            && r.x - l.end < 0.6 * r.size
        {
            if r.x - l.end > 0.5 && !l.text.ends_with(' ') && !r.text.starts_with(' ') {
                l.text.push(' ');
            }
            l.text.push_str(&r.text);
            l.end = r.x + r.width;
            continue;
        }
        out.push(Line { page: r.page, x: r.x, y: r.y, end: r.x + r.width, text: r.text.clone() });
    }
    out
}

/// A PDF text string (`PDFDocEncoding` or UTF-16BE with a byte-order mark) as a Rust string.
pub fn text_string(obj: &lopdf::Object) -> String {
    let bytes = obj.as_str().expect("a string");
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

/// The PDFs under a folder (recursive): "no PDF left behind" checks.
pub fn pdfs_under(dir: &Path) -> Vec<PathBuf> {
    files_under(dir).into_iter().filter(|p| p.extension().is_some_and(|e| e == "pdf")).collect()
}

/// One signatory as typeset: its lines joined, where its first line starts, and its page.
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub page: usize,
    pub x: f64,

    pub bottom: f64,
    pub marked: bool,
    /// How many lines it takes.
    pub lines: usize,
}

/// Rebuilds the entries from the typeset lines of `name_size`: a line at a column's left edge
/// starts an entry, an indented line continues the one above.
pub fn entries(t: &Typeset, name_size: f64) -> Vec<Entry> {
    let runs = publish::typeset::runs(&t.document);
    let name_lines: Vec<Line> = lines(&runs, |r| (r.size - name_size).abs() < 0.01);
    let mut pages: BTreeMap<usize, Vec<&Line>> = BTreeMap::new();
    for l in &name_lines {
        pages.entry(l.page).or_default().push(l);
    }
    let mut out = Vec::new();
    for (page, ls) in pages {
        // Column edges: x positions of lines that nothing lies left of within the column.
        let mut edges: Vec<f64> = Vec::new();
        let mut xs: Vec<f64> = ls.iter().map(|l| l.x).collect();
        xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
        for x in xs {
            if edges.last().is_none_or(|e| x - e > 20.0) {
                edges.push(x);
            }
        }
        let mut by_col: Vec<Vec<&Line>> = vec![Vec::new(); edges.len()];
        for l in ls {
            let c = edges.iter().rposition(|e| l.x >= e - 0.1).unwrap();
            by_col[c].push(l);
        }
        for (c, col) in by_col.into_iter().enumerate() {
            let mut col = col;
            col.sort_by(|a, b| a.y.partial_cmp(&b.y).unwrap());
            for l in col {
                let starts = (l.x - edges[c]).abs() < 0.1;
                if starts || out.is_empty() {
                    out.push(Entry {
                        name: l.text.clone(),
                        page,
                        x: l.x,
                        bottom: l.y,
                        marked: false,
                        lines: 1,
                    });
                } else {
                    let e: &mut Entry = out.last_mut().unwrap();
                    // A line broken after a hyphen or a slash continues the same word.
                    if !(e.name.ends_with('-') || e.name.ends_with('/')) {
                        e.name.push(' ');
                    }
                    e.name.push_str(&l.text);
                    e.bottom = l.y;
                    e.lines += 1;
                }
            }
        }
    }
    // Footnote markers are smaller runs ("*") raised on an entry's line, right after its text.
    let markers: Vec<&publish::typeset::Run> =
        runs.iter().filter(|r| r.text.trim() == "*" && r.size < name_size && r.x > 0.0).collect();
    for e in &mut out {
        e.name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
        e.marked = markers
            .iter()
            .any(|m| m.page == e.page && m.y <= e.bottom + 0.5 && m.y >= e.bottom - 6.0 && m.x > e.x);
    }
    out
}
