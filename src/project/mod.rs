//! Finds the statement and its files: publish.toml, locales/, layouts/ and fonts/, from a folder
//! on disk or from the example project built into the binary (disk over embedded defaults).
//!
//! Owns: where files come from. Must not: parse Fluent, build the model or typeset.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::diag::{Diagnostic, Failure};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Files of the example project built into the binary, sorted by path.
pub fn embedded_files() -> &'static [(&'static str, &'static [u8])] {
    embedded::FILES
}

fn embedded_file(path: &str) -> Option<&'static [u8]> {
    embedded::FILES.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}

/// A name that can only designate a folder directly inside another: a layout or locale name.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.')
}

/// Where the statement's own files come from.
#[derive(Debug, Clone)]
pub enum Root {
    /// A folder holding publish.toml.
    Disk(PathBuf),
    /// The example statement built into the binary.
    Builtin,
    /// Files held in memory, by relative path (for tests and fuzzing).
    Memory(std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>),
}

/// A file read from the project: its display name and its bytes.
#[derive(Debug, Clone)]
pub struct ProjectFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The statement found, with its checked publish.toml.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: Root,
    pub config: Config,
}

/// How the project was found, to tell the user.
pub fn describe(root: &Root) -> String {
    match root {
        Root::Disk(dir) => format!("using project {}", dir.join("publish.toml").display()),
        Root::Builtin => {
            "no publish.toml in this folder or its parents: using the built-in example statement".to_string()
        }
        Root::Memory(_) => "using a project held in memory".to_string(),
    }
}

/// Finds the project: `--project DIR` when given, else the nearest publish.toml in `cwd` or a
/// parent, else the built-in example.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Result<Root, Failure> {
    if let Some(dir) = explicit {
        if dir.join("publish.toml").is_file() {
            return Ok(Root::Disk(absolute(dir, cwd)));
        }
        return Err(Failure::usage(
            Diagnostic::error("project", format!("no publish.toml in {}", dir.display()))
                .help("--project names a folder holding publish.toml and locales/"),
        ));
    }
    let mut dir = Some(cwd);
    while let Some(d) = dir {
        if d.join("publish.toml").is_file() {
            return Ok(Root::Disk(d.to_path_buf()));
        }
        dir = d.parent();
    }
    Ok(Root::Builtin)
}

fn absolute(dir: &Path, cwd: &Path) -> PathBuf {
    let joined = if dir.is_absolute() { dir.to_path_buf() } else { cwd.join(dir) };
    fs::canonicalize(&joined).unwrap_or(joined)
}

impl Root {
    /// The display name of a file of the project.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Root::Disk(dir) => dir.join(rel).display().to_string(),
            Root::Builtin => format!("<built-in>/{rel}"),
            Root::Memory(_) => format!("<memory>/{rel}"),
        }
    }

    /// Reads a file of the project (relative path with `/`).
    pub fn read(&self, rel: &str) -> io::Result<ProjectFile> {
        let bytes = match self {
            Root::Disk(dir) => fs::read(dir.join(rel))?,
            Root::Builtin => embedded_file(rel)
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the built-in project"))?
                .to_vec(),
            Root::Memory(files) => files
                .get(rel)
                .cloned()
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the project"))?,
        };
        Ok(ProjectFile { name: self.display(rel), bytes })
    }

    /// Lists the files directly in a folder of the project whose name ends with `ext`, sorted.
    /// Returns `None` when the folder does not exist.
    pub fn list(&self, rel_dir: &str, ext: &str) -> io::Result<Option<Vec<String>>> {
        match self {
            Root::Disk(dir) => {
                let path = dir.join(rel_dir);
                if !path.is_dir() {
                    return Ok(None);
                }
                let mut names = Vec::new();
                for entry in fs::read_dir(&path)? {
                    let entry = entry?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.ends_with(ext) && entry.file_type()?.is_file() {
                        names.push(format!("{rel_dir}/{name}"));
                    }
                }
                names.sort();
                Ok(Some(names))
            }
            Root::Builtin => Ok(list_in(embedded::FILES.iter().map(|(p, _)| *p), rel_dir, ext)),
            Root::Memory(files) => Ok(list_in(files.keys().map(String::as_str), rel_dir, ext)),
        }
    }
}

/// The paths directly in `rel_dir` ending with `ext`, from a list of paths; `None` when none.
fn list_in<'a>(paths: impl Iterator<Item = &'a str>, rel_dir: &str, ext: &str) -> Option<Vec<String>> {
    let prefix = format!("{rel_dir}/");
    let names: Vec<String> = paths
        .filter(|p| p.strip_prefix(&prefix).is_some_and(|rest| !rest.contains('/') && rest.ends_with(ext)))
        .map(str::to_string)
        .collect();
    if names.is_empty() { None } else { Some(names) }
}

/// Loads and checks publish.toml of the project.
pub fn load(root: Root) -> Result<Project, Failure> {
    let file = root.read("publish.toml").map_err(|e| {
        Failure::usage(
            Diagnostic::error("io", format!("cannot read publish.toml: {e}"))
                .in_file(root.display("publish.toml")),
        )
    })?;
    let text = String::from_utf8(file.bytes).map_err(|e| {
        Failure::project(vec![
            Diagnostic::error(
                "encoding",
                format!("publish.toml is not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            )
            .in_file(file.name.clone())
            .help("save the file as UTF-8"),
        ])
    })?;
    let config = config::parse(&file.name, &text).map_err(Failure::project)?;
    Ok(Project { root, config })
}

/// Where a layout's files come from.
#[derive(Debug, Clone)]
pub enum LayoutSource {
    /// A folder on disk: `<project>/layouts/<name>/`, which replaces a built-in layout of that name.
    Disk(PathBuf),
    /// A built-in layout: files under `layouts/<name>/` in the binary.
    Builtin(String),
}

/// A layout: a folder holding `main.typ` and whatever it reads.
#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    pub source: LayoutSource,
}

impl Layout {
    /// Reads a file of the layout by its path inside the layout folder (`/main.typ`). Paths never
    /// leave the folder: `..` cannot climb above it, and a symbolic link that leads out is refused.
    pub fn read(&self, vpath: &str) -> io::Result<Vec<u8>> {
        let rel = vpath.trim_start_matches('/');
        if rel.split('/').any(|s| s == ".." || s.is_empty()) {
            return Err(io::Error::new(io::ErrorKind::PermissionDenied, "path leaves the layout folder"));
        }
        match &self.source {
            LayoutSource::Disk(dir) => {
                let path = dir.join(rel);
                let real = fs::canonicalize(&path)?;
                let base = fs::canonicalize(dir)?;
                if !real.starts_with(&base) {
                    return Err(io::Error::new(
                        io::ErrorKind::PermissionDenied,
                        "path leaves the layout folder",
                    ));
                }
                fs::read(real)
            }
            LayoutSource::Builtin(prefix) => embedded_file(&format!("{prefix}/{rel}"))
                .map(<[u8]>::to_vec)
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file in the layout")),
        }
    }

    /// Every file of the layout, by its path inside the layout folder (`main.typ`, ...).
    pub fn files(&self) -> io::Result<Vec<(String, Vec<u8>)>> {
        match &self.source {
            LayoutSource::Disk(dir) => {
                let mut found = Vec::new();
                walk(dir, &mut found);
                found.sort();
                found
                    .into_iter()
                    .map(|p| {
                        let rel = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
                        fs::read(&p).map(|b| (rel, b))
                    })
                    .collect()
            }
            LayoutSource::Builtin(prefix) => Ok(embedded::FILES
                .iter()
                .filter_map(|(p, b)| Some((p.strip_prefix(&format!("{prefix}/"))?.to_string(), b.to_vec())))
                .collect()),
        }
    }

    /// The display name of a file of the layout.
    pub fn display(&self, vpath: &str) -> String {
        let rel = vpath.trim_start_matches('/');
        match &self.source {
            LayoutSource::Disk(dir) => dir.join(rel).display().to_string(),
            LayoutSource::Builtin(prefix) => format!("<built-in>/{prefix}/{rel}"),
        }
    }
}

/// The names of all layouts: built-in ones and those in the project's layouts/ folder.
pub fn layout_names(root: &Root) -> Vec<String> {
    let mut names: Vec<String> = embedded::FILES
        .iter()
        .filter_map(|(p, _)| p.strip_prefix("layouts/")?.strip_suffix("/main.typ"))
        .map(str::to_string)
        .collect();
    if let Root::Disk(dir) = root
        && let Ok(entries) = fs::read_dir(dir.join("layouts"))
    {
        for e in entries.flatten() {
            if e.path().join("main.typ").is_file() {
                names.push(e.file_name().to_string_lossy().into_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Finds a layout by name: the project's layouts/<name>/ on disk, else the built-in one.
pub fn find_layout(root: &Root, name: &str) -> Result<Layout, Failure> {
    let unknown = || {
        Failure::usage(
            Diagnostic::error("layout", format!("there is no layout named `{name}`"))
                .note(format!("layouts that exist: {}", layout_names(root).join(", ")))
                .help("pass one of them to --layout, or add a folder layouts/<name>/ holding main.typ to the project"),
        )
    };
    if !is_plain_name(name) {
        return Err(unknown());
    }
    if let Root::Disk(dir) = root {
        let path = dir.join("layouts").join(name);
        if path.join("main.typ").is_file() {
            return Ok(Layout { name: name.to_string(), source: LayoutSource::Disk(path) });
        }
    }
    let prefix = format!("layouts/{name}");
    if embedded_file(&format!("{prefix}/main.typ")).is_some() {
        return Ok(Layout { name: name.to_string(), source: LayoutSource::Builtin(prefix) });
    }
    Err(unknown())
}

/// A font file: its display name and its bytes (the built-in ones are not copied).
#[derive(Debug, Clone)]
pub struct FontFile {
    pub name: String,
    pub bytes: typst::foundations::Bytes,
}

/// Font files: the built-in ones, then those under the project's fonts/ folder that are not
/// byte-for-byte one of the built-in ones.
pub fn font_files(root: &Root) -> Vec<FontFile> {
    let is_font = |p: &str| {
        let l = p.to_ascii_lowercase();
        l.ends_with(".ttf") || l.ends_with(".otf") || l.ends_with(".ttc") || l.ends_with(".otc")
    };
    let builtin: Vec<(&str, &'static [u8])> = embedded::FILES
        .iter()
        .filter(|(p, _)| p.starts_with("fonts/") && is_font(p))
        .map(|(p, b)| (*p, *b))
        .collect();
    let mut out: Vec<FontFile> = builtin
        .iter()
        .map(|(p, b)| FontFile { name: format!("<built-in>/{p}"), bytes: typst::foundations::Bytes::new(*b) })
        .collect();
    if let Root::Disk(dir) = root {
        let mut found = Vec::new();
        walk(&dir.join("fonts"), &mut found);
        found.sort();
        for path in found {
            if !is_font(&path.to_string_lossy()) || builtin.iter().any(|(_, b)| same_bytes(&path, b)) {
                continue;
            }
            if let Ok(bytes) = fs::read(&path) {
                out.push(FontFile {
                    name: path.display().to_string(),
                    bytes: typst::foundations::Bytes::new(bytes),
                });
            }
        }
    }
    out
}

/// Whether the file at `path` holds exactly `bytes`: its size first, then its content read in
/// pieces (a font folder that copies the built-in fonts costs no second copy in memory).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    if fs::metadata(path).map(|m| m.len()).ok() != Some(bytes.len() as u64) {
        return false;
    }
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let mut buf = vec![0u8; 64 * 1024];
    let mut at = 0;
    loop {
        match file.read(&mut buf) {
            Ok(0) => return at == bytes.len(),
            Ok(n) if at + n <= bytes.len() && buf[..n] == bytes[at..at + n] => at += n,
            Ok(_) | Err(_) => return false,
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}
