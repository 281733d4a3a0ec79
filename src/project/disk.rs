//! What publish may read from a project folder on disk, and what it skips. One rule for every
//! file it reads (publish.toml, .ftl files, layouts, fonts, logos) and for `publish eject`, which
//! copies exactly what publish may read:
//!
//! - Only regular files are read. A FIFO, a socket or a device is skipped (reading one would hang
//!   or never end), with a warning naming it.
//! - A symbolic link is followed when it leads to a file or folder inside the folder being read
//!   (the project; for a layout, the layout's own folder), and skipped with a warning when it
//!   leads outside it, nowhere, or back to a folder already walked (a loop).
//! - Every kind of file has a size limit (`Limit`): a larger file is refused, naming its size.
//! - A walk goes at most `MAX_DEPTH` folders deep and lists at most `MAX_ENTRIES` files.
//!
//! Owns: those rules. Must not: parse what it reads.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Size limits of what publish reads, by kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// publish.toml.
    Config,
    /// A Fluent file.
    Ftl,
    /// A file a layout reads (Typst source, images, data).
    Layout,
    /// A font file (a collection of a CJK family runs to about 100 MB).
    Font,
}

impl Limit {
    /// The largest file of this kind publish reads, in bytes.
    pub fn bytes(self) -> u64 {
        const MIB: u64 = 1024 * 1024;
        match self {
            Limit::Config => 4 * MIB,
            Limit::Ftl => 32 * MIB,
            Limit::Layout => 64 * MIB,
            Limit::Font => 256 * MIB,
        }
    }
}

/// Folders deeper than this below the walked folder are not walked.
pub const MAX_DEPTH: usize = 16;
/// A walk lists at most this many files.
pub const MAX_ENTRIES: usize = 10_000;

/// Why a path is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A symbolic link that leads outside the folder (where it leads).
    Outside(PathBuf),
    /// A symbolic link that leads nowhere, or into a loop of links.
    Dangling,
    /// A symbolic link back to a folder already walked.
    Loop,
    /// Not a regular file or folder: "a FIFO", "a socket", "a device".
    Special(&'static str),
    /// Larger than the limit of its kind.
    TooLarge {
        /// The file's size, in bytes.
        size: u64,
        /// The limit of its kind (`Limit::bytes`), in bytes.
        limit: u64,
    },
    /// More files than a walk lists.
    TooMany,
    /// Deeper than a walk goes.
    TooDeep,
}

impl Refusal {
    /// Why, in words, after the path: "is a FIFO", "is a link to /etc, outside the project".
    pub fn reason(&self, within: &str) -> String {
        match self {
            Refusal::Outside(to) => format!("is a link to {}, outside {within}", to.display()),
            Refusal::Dangling => "is a link that leads nowhere (or to itself)".to_string(),
            Refusal::Loop => "is a link back to a folder already read".to_string(),
            Refusal::Special(kind) => format!("is {kind}, not a regular file"),
            Refusal::TooLarge { size, limit } => {
                format!("is {} MiB, over the limit of {} MiB", size.div_ceil(1 << 20), limit >> 20)
            }
            Refusal::TooMany => format!("is past the first {MAX_ENTRIES} files"),
            Refusal::TooDeep => format!("is more than {MAX_DEPTH} folders deep"),
        }
    }

    /// A warning saying that `shown` was skipped.
    pub fn skipped(&self, shown: &str, within: &str) -> Diagnostic {
        Diagnostic::warning("skipped", format!("skipped {shown}: it {}", self.reason(within))).help(
            "publish reads only regular files inside the project (links are followed only when they \
             stay inside it): move the file into the project, or remove it",
        )
    }
}

/// What a path is, by the rule above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file, with its size in bytes.
    File(u64),
    /// A folder.
    Folder,
}

/// The folder's real path (links resolved), to compare paths against.
pub fn real_base(base: &Path) -> PathBuf {
    fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf())
}

/// Classifies `path`, which lies in the folder `base` (its real path): a regular file and its
/// size, a folder, or why it is not read. `Err(None)`: it does not exist.
pub fn classify(base: &Path, path: &Path) -> Result<Kind, Option<Refusal>> {
    let link = fs::symlink_metadata(path).map_err(|_| None)?;
    let real = match fs::canonicalize(path) {
        Ok(r) => r,
        Err(_) if link.file_type().is_symlink() => return Err(Some(Refusal::Dangling)),
        Err(_) => return Err(None),
    };
    if !real.starts_with(base) {
        return Err(Some(Refusal::Outside(real)));
    }
    let meta = fs::metadata(&real).map_err(|_| Some(Refusal::Dangling))?;
    if meta.is_file() {
        return Ok(Kind::File(meta.len()));
    }
    if meta.is_dir() {
        return Ok(Kind::Folder);
    }
    Err(Some(Refusal::Special(special_kind(&meta))))
}

#[cfg(unix)]
fn special_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::Metadata) -> &'static str {
    "not a regular file"
}

/// An error reading a file: the rule refused it, or the system could not read it.
#[derive(Debug)]
pub enum ReadError {
    /// The rule refused the file.
    Refused(Refusal),
    /// The system could not read it.
    Io(io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Refused(r) => write!(f, "it {}", r.reason("its folder")),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<ReadError> for io::Error {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Io(e) => e,
            ReadError::Refused(r) => io::Error::new(io::ErrorKind::PermissionDenied, r.reason("its folder")),
        }
    }
}

/// Reads the regular file `path` inside `base` (a real path), within the size limit of its kind.
pub fn read(base: &Path, path: &Path, limit: Limit) -> Result<Vec<u8>, ReadError> {
    match classify(base, path) {
        Ok(Kind::File(size)) if size > limit.bytes() => {
            Err(ReadError::Refused(Refusal::TooLarge { size, limit: limit.bytes() }))
        }
        Ok(Kind::File(size)) => {
            let mut bytes = Vec::with_capacity(size as usize);
            // The file may grow after it was measured: never read past the limit.
            fs::File::open(path)
                .and_then(|f| f.take(limit.bytes() + 1).read_to_end(&mut bytes))
                .map_err(ReadError::Io)?;
            if bytes.len() as u64 > limit.bytes() {
                return Err(ReadError::Refused(Refusal::TooLarge {
                    size: bytes.len() as u64,
                    limit: limit.bytes(),
                }));
            }
            Ok(bytes)
        }
        Ok(Kind::Folder) => Err(ReadError::Io(io::Error::other("is a folder, not a file"))),
        Err(Some(r)) => Err(ReadError::Refused(r)),
        Err(None) => Err(ReadError::Io(io::Error::new(io::ErrorKind::NotFound, "no such file"))),
    }
}

/// Whether `path` is a folder inside `base` by the rule (a link to a folder inside counts).
pub fn is_folder(base: &Path, path: &Path) -> bool {
    classify(base, path) == Ok(Kind::Folder)
}

/// Every regular file under `dir` (inside `base`, a real path) that `wanted` accepts by name,
/// sorted, with what was skipped (path and why). Links are followed by the rule; a folder is
/// walked once however many links lead to it.
pub fn walk(
    base: &Path,
    dir: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    limit: Limit,
) -> (Vec<PathBuf>, Vec<(PathBuf, Refusal)>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    match classify(base, dir) {
        Ok(Kind::Folder) => {}
        // The folder itself a link out of the project (or another refused thing): said, like
        // any file skipped in it.
        Err(Some(why)) => {
            skipped.push((dir.to_path_buf(), why));
            return (files, skipped);
        }
        _ => return (files, skipped),
    }
    seen.insert(real_base(dir));
    walk_in(base, dir, wanted, limit, 0, &mut seen, &mut files, &mut skipped);
    files.sort();
    (files, skipped)
}

#[allow(clippy::too_many_arguments)]
fn walk_in(
    base: &Path,
    dir: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    limit: Limit,
    depth: usize,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<(PathBuf, Refusal)>,
) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        match classify(base, &path) {
            Ok(Kind::Folder) => {
                if depth + 1 > MAX_DEPTH {
                    skipped.push((path, Refusal::TooDeep));
                } else if !seen.insert(real_base(&path)) {
                    // The same folder again: a second link to it, or a loop.
                    if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
                        skipped.push((path, Refusal::Loop));
                    }
                } else {
                    walk_in(base, &path, wanted, limit, depth + 1, seen, files, skipped);
                }
            }
            Ok(Kind::File(size)) => {
                if !wanted(&path) {
                    continue;
                }
                if files.len() >= MAX_ENTRIES {
                    skipped.push((path, Refusal::TooMany));
                } else if size > limit.bytes() {
                    skipped.push((path, Refusal::TooLarge { size, limit: limit.bytes() }));
                } else {
                    files.push(path);
                }
            }
            Err(Some(r)) => {
                if wanted(&path) || matches!(r, Refusal::Outside(_) | Refusal::Loop) {
                    skipped.push((path, r));
                }
            }
            Err(None) => {}
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn any(_: &Path) -> bool {
        true
    }

    #[test]
    fn links_inside_are_followed_and_loops_walked_once() {
        let tmp = tempfile::tempdir().unwrap();
        let base = real_base(tmp.path());
        let fonts = base.join("fonts");
        fs::create_dir_all(fonts.join("sub")).unwrap();
        fs::write(fonts.join("sub/a.ttf"), b"A").unwrap();
        fs::write(base.join("b.ttf"), b"B").unwrap();
        symlink(".", fonts.join("loop1")).unwrap();
        symlink(".", fonts.join("loop2")).unwrap();
        symlink("../b.ttf", fonts.join("b.ttf")).unwrap();
        symlink("/", fonts.join("root")).unwrap();
        symlink("nowhere", fonts.join("x.ttf")).unwrap();
        let (files, skipped) = walk(&base, &fonts, &any, Limit::Font);
        let names: Vec<String> =
            files.iter().map(|p| p.strip_prefix(&fonts).unwrap().display().to_string()).collect();
        assert_eq!(names, ["b.ttf", "sub/a.ttf"]);
        let why: Vec<(String, Refusal)> = skipped
            .into_iter()
            .map(|(p, r)| (p.strip_prefix(&fonts).unwrap().display().to_string(), r))
            .collect();
        assert!(why.contains(&("loop1".into(), Refusal::Loop)), "{why:?}");
        assert!(why.contains(&("loop2".into(), Refusal::Loop)), "{why:?}");
        assert!(why.contains(&("root".into(), Refusal::Outside(PathBuf::from("/")))), "{why:?}");
        assert!(why.contains(&("x.ttf".into(), Refusal::Dangling)), "{why:?}");
    }

    #[test]
    fn a_fifo_a_device_and_a_large_file_are_not_read() {
        let tmp = tempfile::tempdir().unwrap();
        let base = real_base(tmp.path());
        let fifo = base.join("p.ttf");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(matches!(
            read(&base, &fifo, Limit::Font),
            Err(ReadError::Refused(Refusal::Special("a FIFO")))
        ));
        symlink("/dev/zero", base.join("z.ttf")).unwrap();
        let err = read(&base, &base.join("z.ttf"), Limit::Font).unwrap_err();
        assert!(matches!(err, ReadError::Refused(Refusal::Outside(_))), "{err:?}");
        // A device inside the folder: a link to it is outside, so make the base the root.
        let err = read(Path::new("/"), Path::new("/dev/zero"), Limit::Font).unwrap_err();
        assert!(matches!(err, ReadError::Refused(Refusal::Special("a device"))), "{err:?}");
        let big = base.join("big.ftl");
        fs::File::create(&big).unwrap().set_len(Limit::Ftl.bytes() + 1).unwrap();
        let err = read(&base, &big, Limit::Ftl).unwrap_err();
        assert!(matches!(err, ReadError::Refused(Refusal::TooLarge { .. })), "{err:?}");
        assert!(err.to_string().contains("over the limit of 32 MiB"), "{err}");
    }
}

/// The most a ZIP file publish reads (a workbook: XLSX, ODS; a document: DOCX, ODT) may inflate
/// to: its largest part, and all of them together. A sign-on export of a million rows is about
/// 200 MB of XML; a draft of a hundred pages a few megabytes.
const MAX_PART: u64 = 256 * 1024 * 1024;
const MAX_INFLATED: u64 = 512 * 1024 * 1024;

/// Refuses a ZIP file (`what`: "a workbook") whose parts would inflate past the limits, from its
/// directory, before anything is inflated: a decompression bomb (one cell of 4 GB in a file of
/// a few kilobytes) never reaches the reader. A directory that lies (a part said to hold 1 KiB
/// that inflates to gigabytes) is caught by the zip crate, which every reader reads through: it
/// stops a part at its declared size ("File is larger than its declared uncompressed size"), and
/// the reader's error is reported (a test holds both). `usual`: what such a file usually is, for
/// the message. Bytes that are no ZIP pass: the caller's reader says what they are.
pub fn zip_within_limits(bytes: &[u8], what: &str, usual: &str) -> Result<(), String> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else { return Ok(()) };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let Ok(part) = archive.by_index_raw(i) else { continue };
        let size = part.size();
        total = total.saturating_add(size);
        if size > MAX_PART || total > MAX_INFLATED {
            const MIB: u64 = 1024 * 1024;
            return Err(format!(
                "its part {:?} would inflate to {} MiB from {} KiB ({what}'s part may hold at most {} MiB, all of them {} MiB): a decompression bomb, or far more than {usual} holds",
                part.name().unwrap_or(std::borrow::Cow::Borrowed("?")),
                size / MIB,
                part.compressed_size() / 1024,
                MAX_PART / MIB,
                MAX_INFLATED / MIB
            ));
        }
    }
    Ok(())
}
