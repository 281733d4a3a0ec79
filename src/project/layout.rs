//! Layouts: a folder holding `main.typ` and whatever it reads, on disk in the project
//! (`layouts/<name>/`, which replaces a built-in layout of that name) or built into the binary.
//! Every layout also sees the layout library at `/publish.typ` (unless it has a file of that
//! name itself), and declares what it supports in `layout.toml`, read before compiling.
//!
//! Owns: finding a layout, reading its files by the rule of `disk`, the library, and the
//! declaration. Must not: compile.

use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::config::is_plain_name;
use super::disk::{self, Limit, ReadError};
use super::{Root, embedded, embedded_file};
use crate::diag::{Diagnostic, Failure, Place};
use crate::language::Direction;
use crate::request::{Paper, Theme};

/// The version of the model's JSON shape, the contract between publish and every layout (a
/// layout names the schema it reads in its layout.toml). Bump it when a field changes meaning
/// or goes away.
pub const MODEL_SCHEMA: u32 = 2;

/// Where a layout finds the library, and the file `publish eject` copies it to.
pub const LIBRARY_PATH: &str = "/publish.typ";
/// The library's version (`library-version` in layouts/publish.typ); a layout names the version
/// it was written for in its layout.toml.
pub const LIBRARY_VERSION: u32 = 3;
/// The declaration's file in a layout's folder.
pub const DECLARATION: &str = "layout.toml";

/// Where a layout's files come from.
#[derive(Debug, Clone)]
pub enum LayoutSource {
    /// A folder on disk: `<project>/layouts/<name>/`, which replaces a built-in layout of that
    /// name.
    Disk {
        /// The folder's path, under the project's folder.
        dir: PathBuf,
        /// How the folder is named to the user (relative to the current folder when under it).
        shown: PathBuf,
    },
    /// A built-in layout: its folder in the binary (`layouts/<name>`), which a project's
    /// unchanged copy of it also reads as.
    Builtin(String),
}

/// A file of a layout: its path inside the layout's folder, and its bytes.
pub type LayoutFile = (String, Vec<u8>);

/// What a layout declares it supports (its layout.toml).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// The model schema it reads.
    pub schema: u32,
    /// The library version it was written for.
    pub library: u32,
    /// The text directions it sets: `ltr`, `rtl`.
    pub directions: Vec<Direction>,
    /// The themes it offers: `default`, `contrast`.
    pub themes: Vec<Theme>,
    /// The papers it sets: `a4`, `us-letter`.
    pub papers: Vec<Paper>,
    /// The print options it honours: `bleed`, `marks`.
    #[serde(default)]
    pub print: Vec<PrintOption>,
    /// What `--fit-pages` may change, from the design to the tightest, in words (`body 10.5 to 9
    /// pt, ...`): the layout reads `print.fit`. None: it cannot be fitted (its sizes are its
    /// promise).
    #[serde(default)]
    pub fit: Option<String>,
    /// The parts of the frame it always prints (`model::ids::PARTS`, by message id): each
    /// required in every language. Without the key: every part.
    #[serde(default = "every_part")]
    pub shows: Vec<String>,
    /// The parts it prints when the statement has them and leaves out when it does not.
    #[serde(default, rename = "may-show")]
    pub may_show: Vec<String>,
    /// The options publish.toml's `[layout]` may set, by name: what each says, its values and
    /// its default. The layout reads them as `data.print.options`.
    #[serde(default)]
    pub options: std::collections::BTreeMap<String, LayoutOption>,
}

/// An option a layout offers (layout.toml's `[options.<name>]`).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LayoutOption {
    /// What it chooses, in words, for the error that lists the options.
    pub about: String,
    /// The values it takes.
    pub values: Vec<String>,
    /// The value when publish.toml sets none: one of `values`.
    pub default: String,
}

fn every_part() -> Vec<String> {
    crate::model::ids::PARTS.iter().map(|s| (*s).to_string()).collect()
}

impl Declaration {
    /// Adds what it shows of the frame to `parts`, as the layout `name`'s.
    pub fn add_parts(&self, name: &str, parts: &mut crate::model::Parts) {
        let who = format!("the `{name}` layout");
        parts.add(&who, self.shows.iter().map(String::as_str), self.may_show.iter().map(String::as_str));
    }

    /// Its options, each with the value publish.toml sets (`set`: name and value), else its
    /// default; or what is wrong with `set`: a name it does not offer, a value it does not take.
    pub fn options<'a>(
        &self,
        set: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<std::collections::BTreeMap<String, String>, (String, bool, String)> {
        let mut out: std::collections::BTreeMap<String, String> =
            self.options.iter().map(|(k, o)| (k.clone(), o.default.clone())).collect();
        for (name, value) in set {
            let Some(option) = self.options.get(name) else {
                return Err((name.to_string(), true, self.describe_options()));
            };
            if !option.values.iter().any(|v| v == value) {
                let values: Vec<String> = option.values.iter().map(|v| format!("\"{v}\"")).collect();
                return Err((
                    name.to_string(),
                    false,
                    format!("write one of {} ({})", values.join(", "), option.about),
                ));
            }
            out.insert(name.to_string(), value.to_string());
        }
        Ok(out)
    }

    /// Its options in words: "date (where the date stands: \"letterhead\", …)".
    pub fn describe_options(&self) -> String {
        if self.options.is_empty() {
            return "it has no options".to_string();
        }
        let each: Vec<String> = self
            .options
            .iter()
            .map(|(k, o)| {
                let values: Vec<String> = o.values.iter().map(|v| format!("\"{v}\"")).collect();
                format!("{k} = {} ({}; default \"{}\")", values.join(" | "), o.about, o.default)
            })
            .collect();
        format!("its options: {}", each.join("; "))
    }
}

/// A print option a layout may honour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PrintOption {
    /// `--bleed`: backgrounds run into the bleed; the PDF gets a `TrimBox`.
    Bleed,
    /// `--marks`: crop marks, on a proof page larger than the trimmed page.
    Marks,
}

impl PrintOption {
    /// Its name in layout.toml and on the command line (`--bleed`, `--marks`).
    pub fn name(self) -> &'static str {
        match self {
            PrintOption::Bleed => "bleed",
            PrintOption::Marks => "marks",
        }
    }
}

/// A layout: a folder holding `main.typ` and whatever it reads, and what it declares.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The layout's name, its folder's (`handout`).
    pub name: String,
    /// Where its files come from.
    pub source: LayoutSource,
    /// What its layout.toml declares it supports.
    pub declaration: Declaration,
}

impl Layout {
    /// Whether the layout is one of publish's own (not a folder of the project).
    pub fn is_builtin(&self) -> bool {
        matches!(self.source, LayoutSource::Builtin(_))
    }

    /// Reads a file of the layout by its path inside the layout folder (`/main.typ`), by the
    /// rules of [`disk`] with the layout's folder as the limit: `..` cannot climb above it, a
    /// symbolic link that leads out of it is refused, only regular files are read. `/publish.typ`
    /// is the library, unless the layout has a file of that name.
    pub fn read(&self, vpath: &str) -> Result<Vec<u8>, ReadError> {
        let rel = vpath.trim_start_matches('/');
        if rel.split('/').any(|s| s == ".." || s.is_empty()) {
            return Err(ReadError::Io(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the path leaves the layout's folder",
            )));
        }
        let own = match &self.source {
            LayoutSource::Disk { dir, .. } => {
                disk::read(&disk::real_base(dir), &dir.join(rel), Limit::Layout)
            }
            LayoutSource::Builtin(prefix) => {
                embedded_file(&format!("{prefix}/{rel}")).map(<[u8]>::to_vec).ok_or_else(|| {
                    ReadError::Io(io::Error::new(io::ErrorKind::NotFound, "no such file in the layout"))
                })
            }
        };
        match own {
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound && vpath == LIBRARY_PATH => {
                Ok(library().to_vec())
            }
            other => other,
        }
    }

    /// Every file of the layout that publish may read, by its path inside the layout folder
    /// (`main.typ`, ...), the library among them, and a warning for each file skipped by the
    /// rules of [`disk`]: what `publish eject` copies.
    pub fn files(&self) -> io::Result<(Vec<LayoutFile>, Vec<Diagnostic>)> {
        let (mut files, warnings) = match &self.source {
            LayoutSource::Disk { dir, .. } => {
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
                (files, warnings)
            }
            LayoutSource::Builtin(prefix) => (
                embedded::FILES
                    .iter()
                    .filter_map(|(p, b)| {
                        Some((p.strip_prefix(&format!("{prefix}/"))?.to_string(), b.to_vec()))
                    })
                    .collect(),
                Vec::new(),
            ),
        };
        let library_name = LIBRARY_PATH.trim_start_matches('/');
        if !files.iter().any(|(name, _)| name == library_name) {
            files.push((library_name.to_string(), library().to_vec()));
            files.sort();
        }
        Ok((files, warnings))
    }

    /// The display name of a file of the layout.
    pub fn display(&self, vpath: &str) -> String {
        let rel = vpath.trim_start_matches('/');
        match &self.source {
            LayoutSource::Disk { shown, .. } => shown.join(rel).display().to_string(),
            LayoutSource::Builtin(prefix) => format!("<built-in>/{prefix}/{rel}"),
        }
    }
}

/// The layout library (layouts/publish.typ), as built into the binary.
pub fn library() -> &'static [u8] {
    embedded_file("layouts/publish.typ").expect("the library is built in")
}

/// The names of all layouts: built-in ones and those in the project's layouts/ folder.
pub fn layout_names(root: &Root) -> Vec<String> {
    let mut names: Vec<String> = embedded::FILES
        .iter()
        .filter_map(|(p, _)| p.strip_prefix("layouts/")?.strip_suffix("/main.typ"))
        .map(str::to_string)
        .collect();
    if let Some(dir) = root.dir()
        && let Ok(entries) = std::fs::read_dir(dir.join("layouts"))
    {
        let base = disk::real_base(dir);
        for e in entries.flatten() {
            if e.path().join("main.typ").is_file() && disk::classify(&base, &e.path()).is_ok() {
                names.push(e.file_name().to_string_lossy().into_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Finds a layout by name (the project's layouts/<name>/ on disk, else the built-in one) and
/// reads its declaration.
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
    let source = match root {
        Root::Disk { dir, shown, .. } if dir.join("layouts").join(name).join("main.typ").is_file() => {
            let folder = dir.join("layouts").join(name);
            // A layout folder (or layouts/ itself) that is a link out of the project is not read:
            // links are followed only inside it.
            if let Err(Some(why)) = disk::classify(&disk::real_base(dir), &folder) {
                let shown = shown.join("layouts").join(name);
                return Err(Failure::usage(
                    Diagnostic::error("layout", format!("layout `{name}` is not read: {} {}", shown.display(), why.reason("the project")))
                        .help("publish reads a layout only inside the project (a link is followed only when it stays inside): copy the folder into layouts/ instead of linking to it"),
                ));
            }
            // A copy of a built-in layout, unchanged, is that layout: publish's own code, which
            // needs no process of its own (publish's repository, a project that copied a layout
            // to read it).
            if same_as_builtin(&folder, name) {
                LayoutSource::Builtin(format!("layouts/{name}"))
            } else {
                LayoutSource::Disk { dir: folder, shown: shown.join("layouts").join(name) }
            }
        }
        _ if embedded_file(&format!("layouts/{name}/main.typ")).is_some() => {
            LayoutSource::Builtin(format!("layouts/{name}"))
        }
        _ => return Err(unknown()),
    };
    let mut layout = Layout {
        name: name.to_string(),
        source,
        declaration: Declaration {
            schema: 0,
            library: 0,
            directions: Vec::new(),
            themes: Vec::new(),
            papers: Vec::new(),
            print: Vec::new(),
            fit: None,
            shows: Vec::new(),
            may_show: Vec::new(),
            options: std::collections::BTreeMap::new(),
        },
    };
    layout.declaration = declaration(&layout)?;
    Ok(layout)
}

/// Whether a folder holds exactly the files of the built-in layout of that name, byte for byte
/// (regular files only: a link or anything else makes it the project's own).
fn same_as_builtin(folder: &Path, name: &str) -> bool {
    let builtin = super::builtin_files(&format!("layouts/{name}"));
    if builtin.is_empty() {
        return false;
    }
    let mut count = 0;
    let mut stack = vec![(folder.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { return false };
        for entry in entries {
            let Ok(entry) = entry else { return false };
            let Ok(kind) = entry.file_type() else { return false };
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{prefix}{file_name}");
            if kind.is_dir() {
                if count > builtin.len() || prefix.matches('/').count() > 8 {
                    return false;
                }
                stack.push((entry.path(), format!("{rel}/")));
                continue;
            }
            if !kind.is_file() {
                return false;
            }
            count += 1;
            let Some((_, bytes)) = builtin.iter().find(|(p, _)| *p == rel) else { return false };
            let same_size = entry.metadata().is_ok_and(|m| m.len() == bytes.len() as u64);
            if !same_size || std::fs::read(entry.path()).ok().as_deref() != Some(*bytes) {
                return false;
            }
        }
    }
    count == builtin.len()
}

/// Reads and checks a layout's layout.toml.
fn declaration(layout: &Layout) -> Result<Declaration, Failure> {
    let shown = layout.display(DECLARATION);
    let template = format!(
        "a layout declares what it supports in layout.toml, e.g.\n    schema = {MODEL_SCHEMA}\n    \
         library = {LIBRARY_VERSION}\n    directions = [\"ltr\"]\n    themes = [\"default\", \"contrast\"]\n    \
         papers = [\"a4\", \"us-letter\"]\n    print = [\"bleed\", \"marks\"]\n(see layouts/README.md)"
    );
    let bytes = match layout.read(&format!("/{DECLARATION}")) {
        Ok(b) => b,
        Err(e) => {
            return Err(Failure::project(vec![
                Diagnostic::error(
                    "layout",
                    format!("layout `{}` has no readable {DECLARATION}: {e}", layout.name),
                )
                .in_file(shown)
                .help(template.clone()),
            ]));
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let decl: Declaration = toml::from_str(&text).map_err(|e| {
        let mut d = Diagnostic::error(
            "layout",
            format!("{DECLARATION} of layout `{}`: {}", layout.name, e.message()),
        )
        .help(template);
        d = match e.span() {
            Some(span) => d.at(Place { file: shown.clone(), text: text.as_str().into(), range: span }),
            None => d.in_file(shown.clone()),
        };
        Failure::project(vec![d])
    })?;
    let wrong = |what: String, help: String| {
        Failure::project(vec![
            Diagnostic::error("layout", format!("{DECLARATION} of layout `{}`: {what}", layout.name))
                .in_file(shown.clone())
                .help(help),
        ])
    };
    for part in decl.shows.iter().chain(&decl.may_show) {
        if !crate::model::ids::PARTS.contains(&part.as_str()) {
            return Err(wrong(
                format!("`{part}` is not a part of the frame a layout can show"),
                format!(
                    "`shows` and `may-show` name parts by their message: {}",
                    crate::model::ids::PARTS.join(", ")
                ),
            ));
        }
    }
    for (name, option) in &decl.options {
        if !option.values.contains(&option.default) {
            return Err(wrong(
                format!("option `{name}`'s default \"{}\" is not one of its values", option.default),
                format!("make `default` one of {:?}", option.values),
            ));
        }
    }
    Ok(decl)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project_with_handout(edit: Option<(&str, &str)>) -> (tempfile::TempDir, Layout) {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("layouts/handout");
        std::fs::create_dir_all(&folder).unwrap();
        for (rel, bytes) in super::super::builtin_files("layouts/handout") {
            let path = folder.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        if let Some((file, extra)) = edit {
            let path = folder.join(file);
            let mut text = std::fs::read_to_string(&path).unwrap_or_default();
            text.push_str(extra);
            std::fs::write(path, text).unwrap();
        }
        let root = Root::Disk { dir: dir.path().to_path_buf(), shown: PathBuf::from("."), pending: None };
        let layout = find_layout(&root, "handout").unwrap();
        (dir, layout)
    }

    #[test]
    fn an_unchanged_copy_of_a_built_in_layout_is_the_built_in_one() {
        assert!(project_with_handout(None).1.is_builtin());
        assert!(!project_with_handout(Some(("main.typ", "\n// mine\n"))).1.is_builtin());
        assert!(!project_with_handout(Some(("extra.typ", "#let x = 1\n"))).1.is_builtin());
    }
}
