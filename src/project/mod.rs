//! Finds the statement and its files: publish.toml, locales/, layouts/ and fonts/, from a folder
//! on disk or from the example project built into the binary (disk over embedded defaults).
//!
//! Owns: where files come from. Must not: parse Fluent, build the model or typeset.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::diag::{Diagnostic, Failure};

pub mod disk;

use disk::{Limit, ReadError};

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

    /// Reads a file of the project (relative path with `/`), by the rules of [`disk`]: a regular
    /// file inside the project, within the size limit of its kind.
    pub fn read(&self, rel: &str) -> io::Result<ProjectFile> {
        let limit = if rel.ends_with(".ftl") {
            Limit::Ftl
        } else if rel.ends_with(".toml") {
            Limit::Config
        } else {
            Limit::Layout
        };
        let bytes = match self {
            Root::Disk(dir) => disk::read(&disk::real_base(dir), &dir.join(rel), limit)?,
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

    /// Lists the files directly in a folder of the project whose name ends with `ext`, sorted,
    /// with a warning for each one skipped by the rules of [`disk`] (a link leading out of the
    /// project, a FIFO...). Returns `None` when the folder does not exist (or is skipped).
    pub fn list(&self, rel_dir: &str, ext: &str) -> io::Result<Option<(Vec<String>, Vec<Diagnostic>)>> {
        match self {
            Root::Disk(dir) => {
                let base = disk::real_base(dir);
                let path = dir.join(rel_dir);
                let mut skipped = Vec::new();
                match disk::classify(&base, &path) {
                    Ok(disk::Kind::Folder) => {}
                    Err(Some(r)) => {
                        skipped.push(r.skipped(&self.display(rel_dir), "the project"));
                        return Ok(Some((Vec::new(), skipped)));
                    }
                    _ => return Ok(None),
                }
                let mut names = Vec::new();
                let mut entries: Vec<_> = fs::read_dir(&path)?.flatten().collect();
                entries.sort_by_key(|e| e.file_name());
                for entry in entries {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if !name.ends_with(ext) {
                        continue;
                    }
                    let rel = format!("{rel_dir}/{name}");
                    match disk::classify(&base, &entry.path()) {
                        Ok(disk::Kind::File(_)) => names.push(rel),
                        Ok(disk::Kind::Folder) | Err(None) => {}
                        Err(Some(r)) => skipped.push(r.skipped(&self.display(&rel), "the project")),
                    }
                }
                Ok(Some((names, skipped)))
            }
            Root::Builtin => {
                Ok(list_in(embedded::FILES.iter().map(|(p, _)| *p), rel_dir, ext).map(|n| (n, Vec::new())))
            }
            Root::Memory(files) => {
                Ok(list_in(files.keys().map(String::as_str), rel_dir, ext).map(|n| (n, Vec::new())))
            }
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

/// A file of a layout: its path inside the layout's folder, and its bytes.
pub type LayoutFile = (String, Vec<u8>);

/// A layout: a folder holding `main.typ` and whatever it reads.
#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    pub source: LayoutSource,
}

impl Layout {
    /// Whether the layout is one of publish's own (not a folder of the project).
    pub fn is_builtin(&self) -> bool {
        matches!(self.source, LayoutSource::Builtin(_))
    }

    /// Reads a file of the layout by its path inside the layout folder (`/main.typ`), by the
    /// rules of [`disk`] with the layout's folder as the limit: `..` cannot climb above it, a
    /// symbolic link that leads out of it is refused, only regular files are read.
    pub fn read(&self, vpath: &str) -> Result<Vec<u8>, ReadError> {
        let rel = vpath.trim_start_matches('/');
        if rel.split('/').any(|s| s == ".." || s.is_empty()) {
            return Err(ReadError::Io(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the path leaves the layout's folder",
            )));
        }
        match &self.source {
            LayoutSource::Disk(dir) => disk::read(&disk::real_base(dir), &dir.join(rel), Limit::Layout),
            LayoutSource::Builtin(prefix) => {
                embedded_file(&format!("{prefix}/{rel}")).map(<[u8]>::to_vec).ok_or_else(|| {
                    ReadError::Io(io::Error::new(io::ErrorKind::NotFound, "no such file in the layout"))
                })
            }
        }
    }

    /// Every file of the layout that publish may read, by its path inside the layout folder
    /// (`main.typ`, ...), and a warning for each file skipped by the rules of [`disk`].
    pub fn files(&self) -> io::Result<(Vec<LayoutFile>, Vec<Diagnostic>)> {
        match &self.source {
            LayoutSource::Disk(dir) => {
                let base = disk::real_base(dir);
                let (found, skipped) = disk::walk(&base, dir, &|_| true, Limit::Layout);
                let rel = |p: &Path| p.strip_prefix(dir).unwrap_or(p).to_string_lossy().replace('\\', "/");
                let warnings = skipped
                    .iter()
                    .map(|(p, r)| r.skipped(&self.display(&rel(p)), &format!("the layout `{}`", self.name)))
                    .collect();
                let files = found
                    .iter()
                    .map(|p| {
                        disk::read(&base, p, Limit::Layout).map(|b| (rel(p), b)).map_err(io::Error::from)
                    })
                    .collect::<io::Result<Vec<_>>>()?;
                Ok((files, warnings))
            }
            LayoutSource::Builtin(prefix) => Ok((
                embedded::FILES
                    .iter()
                    .filter_map(|(p, b)| {
                        Some((p.strip_prefix(&format!("{prefix}/"))?.to_string(), b.to_vec()))
                    })
                    .collect(),
                Vec::new(),
            )),
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
/// byte-for-byte one of the built-in ones, read by the rules of [`disk`] (what is skipped is
/// said in the warnings returned).
pub fn font_files(root: &Root) -> (Vec<FontFile>, Vec<Diagnostic>) {
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
    let mut warnings = Vec::new();
    if let Root::Disk(dir) = root {
        let base = disk::real_base(dir);
        let wanted = |p: &Path| is_font(&p.to_string_lossy());
        let (found, skipped) = disk::walk(&base, &dir.join("fonts"), &wanted, Limit::Font);
        let shown = |p: &Path| {
            p.strip_prefix(dir)
                .map_or_else(|_| p.display().to_string(), |r| root.display(&r.to_string_lossy()))
        };
        for (path, why) in &skipped {
            warnings.push(why.skipped(&shown(path), "the project"));
        }
        for path in found {
            if builtin.iter().any(|(_, b)| same_bytes(&path, b)) {
                continue;
            }
            match disk::read(&base, &path, Limit::Font) {
                Ok(bytes) => {
                    out.push(FontFile { name: shown(&path), bytes: typst::foundations::Bytes::new(bytes) })
                }
                Err(e) => warnings.push(
                    Diagnostic::warning("skipped", format!("skipped {}: {e}", shown(&path)))
                        .help("publish reads only regular files inside the project"),
                ),
            }
        }
    }
    (out, warnings)
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
