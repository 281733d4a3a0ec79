//! The first stage: finds the statement and its files (publish.toml, locales/, layouts/ and
//! fonts/) in a folder on disk or in the example project built into the binary (disk over
//! embedded defaults), reads publish.toml (`config`), and settles a request against the
//! project (`settings`). Everything read from disk goes through `disk`'s one rule.
//!
//! Owns: where files come from, and how they are named to the user (relative to the current
//! folder when under it). Must not: parse Fluent, build the model or typeset.

use std::io;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Failure};

pub mod config;
pub mod countries;
pub mod disk;
pub mod fonts;
pub mod layout;
pub mod settings;

use config::Config;
use disk::Limit;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A file of the example project built into the binary, by its path there.
fn embedded_file(path: &str) -> Option<&'static [u8]> {
    embedded::FILES.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}

/// The files built into the binary under a folder (`templates/letter`), by their paths inside
/// it.
pub fn builtin_files(folder: &str) -> Vec<(&'static str, &'static [u8])> {
    let prefix = format!("{folder}/");
    embedded::FILES.iter().filter_map(|(p, b)| Some((p.strip_prefix(&prefix)?, *b))).collect()
}

/// The languages a built-in folder has words in (its locales/ folders: a template's).
pub fn builtin_languages(folder: &str) -> Vec<String> {
    let mut tags: Vec<String> = builtin_files(folder)
        .iter()
        .filter_map(|(p, _)| p.strip_prefix("locales/")?.split('/').next().map(str::to_string))
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// Where the statement's own files come from.
#[derive(Debug, Clone)]
pub enum Root {
    /// A folder on disk holding publish.toml.
    Disk {
        /// The folder's path (absolute, as `locate` gives it).
        dir: PathBuf,
        /// How the folder is named to the user: relative to the current folder when under it,
        /// as rustc and cargo name files; else whole.
        shown: PathBuf,
        /// Files a command is about to write (relative path with `/`): read in place of the
        /// folder's, listed with its, so that the project can be checked as it will be before
        /// anything is written. `None` for the folder as it is.
        pending: Option<std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>>,
    },
    /// The example statement built into the binary.
    Builtin,
    /// Files held in memory, by relative path (for tests and fuzzing).
    Memory(std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>),
}

/// A file read from the project: its display name, where it is on disk (if it is), its bytes.
#[derive(Debug, Clone)]
pub struct ProjectFile {
    /// The file's display name (`locales/fr/main.ftl`, `<built-in>/publish.toml`).
    pub name: String,
    /// Where it is on disk; `None` for a built-in or in-memory file.
    pub path: Option<PathBuf>,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

/// The statement found, with its checked publish.toml.
#[derive(Debug, Clone)]
pub struct Project {
    /// Where the project's files come from.
    pub root: Root,
    /// publish.toml, read and checked.
    pub config: Config,
}

/// How the project was found, to tell the user.
pub fn describe(root: &Root) -> String {
    match root {
        Root::Disk { .. } => format!("using project {}", root.display("publish.toml")),
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
            return Ok(Root::on_disk(absolute(dir, cwd), cwd));
        }
        return Err(Failure::usage(
            Diagnostic::error("project", format!("no publish.toml in {}", dir.display()))
                .help("--project names a folder holding publish.toml and locales/"),
        ));
    }
    let mut dir = Some(cwd);
    while let Some(d) = dir {
        if d.join("publish.toml").is_file() {
            return Ok(Root::on_disk(d.to_path_buf(), cwd));
        }
        dir = d.parent();
    }
    Ok(Root::Builtin)
}

fn absolute(dir: &Path, cwd: &Path) -> PathBuf {
    let joined = if dir.is_absolute() { dir.to_path_buf() } else { cwd.join(dir) };
    std::fs::canonicalize(&joined).unwrap_or(joined)
}

/// Whether a file name ends in one of `extensions` (without the dot), in any case (`.TTF`).
pub fn has_extension(name: &str, extensions: &[&str]) -> bool {
    Path::new(name).extension().is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// How a path is named to the user: relative to the current folder when it lies under it (as
/// rustc and cargo name files), else whole.
pub fn shown(path: &Path, cwd: &Path) -> PathBuf {
    let real_cwd = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    path.strip_prefix(cwd)
        .or_else(|_| path.strip_prefix(&real_cwd))
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

impl Root {
    /// A project folder on disk, named to the user relative to `cwd` when under it.
    pub fn on_disk(dir: PathBuf, cwd: &Path) -> Self {
        let shown = shown(&dir, cwd);
        Root::Disk { dir, shown, pending: None }
    }

    /// The project as it will be once `files` (relative paths with `/`) are written: read in
    /// place of the folder's. A root not on disk is returned as it is.
    #[must_use]
    pub fn with_pending(&self, files: std::collections::BTreeMap<String, Vec<u8>>) -> Self {
        match self {
            Root::Disk { dir, shown, .. } => Root::Disk {
                dir: dir.clone(),
                shown: shown.clone(),
                pending: Some(std::sync::Arc::new(files)),
            },
            other => other.clone(),
        }
    }

    /// The folder, when the project is on disk.
    pub fn dir(&self) -> Option<&Path> {
        match self {
            Root::Disk { dir, .. } => Some(dir),
            _ => None,
        }
    }

    /// The display name of a file of the project.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Root::Disk { shown, .. } => shown.join(rel).display().to_string(),
            Root::Builtin => format!("<built-in>/{rel}"),
            Root::Memory(_) => format!("<memory>/{rel}"),
        }
    }

    /// Reads a file of the project (relative path with `/`), by the rules of [`disk`]: a regular
    /// file inside the project, within the size limit of its kind.
    pub fn read(&self, rel: &str) -> io::Result<ProjectFile> {
        let limit = if has_extension(rel, &["ftl"]) {
            Limit::Ftl
        } else if has_extension(rel, &["toml"]) {
            Limit::Config
        } else {
            Limit::Layout
        };
        let mut path = None;
        let bytes = match self {
            Root::Disk { dir, pending, .. } => {
                path = Some(dir.join(rel));
                match pending.as_ref().and_then(|p| p.get(rel)) {
                    Some(bytes) => bytes.clone(),
                    None => disk::read(&disk::real_base(dir), &dir.join(rel), limit)?,
                }
            }
            Root::Builtin => embedded_file(rel)
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the built-in project"))?
                .to_vec(),
            Root::Memory(files) => files
                .get(rel)
                .cloned()
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the project"))?,
        };
        Ok(ProjectFile { name: self.display(rel), path, bytes })
    }

    /// Lists the files directly in a folder of the project whose name ends with `ext`, sorted,
    /// with a warning for each one skipped by the rules of [`disk`] (a link leading out of the
    /// project, a FIFO...). Returns `None` when the folder does not exist (or is skipped).
    pub fn list(&self, rel_dir: &str, ext: &str) -> io::Result<Option<(Vec<String>, Vec<Diagnostic>)>> {
        match self {
            Root::Disk { dir, pending, .. } => {
                let base = disk::real_base(dir);
                let path = dir.join(rel_dir);
                let mut skipped = Vec::new();
                let to_come =
                    pending.as_ref().and_then(|p| list_in(p.keys().map(String::as_str), rel_dir, ext));
                match disk::classify(&base, &path) {
                    Ok(disk::Kind::Folder) => {}
                    Err(Some(r)) => {
                        skipped.push(r.skipped(&self.display(rel_dir), "the project"));
                        return Ok(Some((Vec::new(), skipped)));
                    }
                    _ => return Ok(to_come.map(|n| (n, Vec::new()))),
                }
                let mut names = Vec::new();
                let mut entries: Vec<_> = std::fs::read_dir(&path)?.flatten().collect();
                entries.sort_by_key(std::fs::DirEntry::file_name);
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
                for rel in to_come.into_iter().flatten() {
                    if !names.contains(&rel) {
                        names.push(rel);
                    }
                }
                names.sort();
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

impl Root {
    /// How many bytes the files `list` gives hold together (0 when there are none): a cheap
    /// measure of how much text a language has, read from the files' metadata.
    pub fn size_of(&self, rel_dir: &str, ext: &str) -> u64 {
        let Ok(Some((names, _))) = self.list(rel_dir, ext) else { return 0 };
        names
            .iter()
            .map(|rel| match self {
                Root::Disk { dir, pending, .. } => match pending.as_ref().and_then(|p| p.get(rel)) {
                    Some(bytes) => bytes.len() as u64,
                    None => std::fs::metadata(dir.join(rel)).map_or(0, |m| m.len()),
                },
                Root::Builtin => embedded_file(rel).map_or(0, |b| b.len() as u64),
                Root::Memory(files) => files.get(rel).map_or(0, |b| b.len() as u64),
            })
            .sum()
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
    // A command killed while it replaced the project's files: completed before anything is read.
    if let Some(dir) = root.dir() {
        crate::output::recover(dir);
        if let Ok(locales) = std::fs::read_dir(dir.join("locales")) {
            for l in locales.flatten() {
                crate::output::recover(&l.path());
            }
        }
    }
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
