//! Writing results: every file of a command lands together or none does.
//!
//! A `commit` of several files, possibly in several folders (the PDFs, their previews, the
//! manifest; two locale files and publish.toml):
//! 1. checks every target before anything is written: two targets with one path, a target that
//!    is a folder, a parent that is a file: a usage error, nothing written;
//! 2. takes each folder's lock (another publish writing into the same folder waits, and is told
//!    so), then removes the temporary files a killed run left there (under the lock, no running
//!    publish has any);
//! 3. writes each file to a temporary file beside its target and syncs it;
//! 4. replaces the targets one by one, keeping a hard link to each file it replaces; if one
//!    replacement fails, puts back every file it had replaced and removes the ones it had
//!    created, so the folders hold all the old files or all the new ones;
//! 5. removes the kept links and releases the locks.
//!
//! A run killed at any moment leaves no half-written file: only whole old or whole new files,
//! and temporary files the next run removes.
//!
//! Owns: the output folders. Must not: typeset or decide file names.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::diag::{Diagnostic, Failure};

pub mod files;

const TMP_PREFIX: &str = ".publish-";
const TMP_SUFFIX: &str = ".tmp";
const KEPT_SUFFIX: &str = ".old";

/// What the command that writes calls its output, for the help of an error: "choose another
/// folder with --out" has no meaning for `publish check --mark-reviewed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// `publish` and `publish watch`: the PDFs, previews and manifest.
    Publish,
    /// `publish eject`: a new folder.
    Eject,
    /// Files of the project itself (new-locale, mark-reviewed, signatories).
    Project,
}

impl Purpose {
    fn help(self) -> &'static str {
        match self {
            Purpose::Publish => {
                "choose another folder with --out (or another --manifest file), or make this one writable"
            }
            Purpose::Eject => "name another folder to eject into, or make this one writable",
            Purpose::Project => "make the project's files writable (nothing was changed)",
        }
    }
}

/// The temporary files of the commits under way, by path: what a signal (Ctrl-C, SIGTERM)
/// removes before the process ends (`remove_staged`).
static STAGED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes the temporary files of every commit under way (called on SIGINT and SIGTERM, just
/// before the process ends): a run stopped while writing leaves only whole old or whole new files.
pub fn remove_staged() {
    let staged = STAGED.lock().map(|s| s.clone()).unwrap_or_default();
    for path in staged {
        let _ = fs::remove_file(path);
    }
}

/// The temporary files of one commit, in `STAGED` while the commit runs.
struct StagedFiles(Vec<PathBuf>);

impl StagedFiles {
    fn add(&mut self, path: &Path) {
        self.0.push(path.to_path_buf());
        if let Ok(mut s) = STAGED.lock() {
            s.push(path.to_path_buf());
        }
    }
}

impl Drop for StagedFiles {
    fn drop(&mut self) {
        if let Ok(mut s) = STAGED.lock() {
            s.retain(|p| !self.0.contains(p));
        }
    }
}

/// Called when a commit waits for another publish process holding a folder's lock (main prints
/// it); set once.
static WAIT_NOTICE: OnceLock<fn(&Path)> = OnceLock::new();

/// Sets what is done when a commit has to wait for another run's lock.
pub fn on_wait(notice: fn(&Path)) {
    let _ = WAIT_NOTICE.set(notice);
}

fn cannot(path: &Path, what: &str, e: &std::io::Error, purpose: Purpose) -> Failure {
    Failure::usage(
        Diagnostic::error("output", format!("cannot {what} {}: {e}", path.display())).help(purpose.help()),
    )
}

fn usage(message: String, help: &str) -> Failure {
    Failure::usage(Diagnostic::error("output", message).help(help.to_string()))
}

/// Writes every file or none (see the module's comment). Returns the paths written, in order.
pub fn commit(files: &[(PathBuf, &[u8])], purpose: Purpose) -> Result<Vec<PathBuf>, Failure> {
    commit_with(files, purpose, &mut |_, _| Ok(()))
}

/// Writes every file into `dir`, or none.
pub fn write_all(dir: &Path, files: &[(&str, &[u8])]) -> Result<Vec<PathBuf>, Failure> {
    let files: Vec<(PathBuf, &[u8])> = files.iter().map(|(n, b)| (dir.join(n), *b)).collect();
    commit(&files, Purpose::Publish)
}

/// Replaces one file's content atomically (temporary file in the same folder, then rename).
pub fn replace_file(path: &Path, bytes: &[u8], purpose: Purpose) -> Result<(), Failure> {
    commit(&[(path.to_path_buf(), bytes)], purpose).map(|_| ())
}

/// The checks of step 1: paths absolute, distinct, parents that are (or can be) folders, targets
/// that are not folders.
pub fn check_targets(targets: &[&Path], purpose: Purpose) -> Result<(), Failure> {
    let mut seen: BTreeMap<PathBuf, &Path> = BTreeMap::new();
    for t in targets {
        let key = normal(t);
        if let Some(first) = seen.insert(key, t) {
            return Err(usage(
                format!("two outputs of this run would be written to one file: {}", first.display()),
                "give --manifest another name than the PDFs and previews",
            ));
        }
        if fs::symlink_metadata(t).is_ok_and(|m| m.is_dir()) || t.is_dir() {
            return Err(usage(format!("{} is a folder, not a file", t.display()), purpose.help()));
        }
        // Only a regular file is ever replaced: never a link (which would be replaced, not what
        // it points to), a device (`/dev/null`), a pipe or a socket.
        if let Some(kind) = not_regular(t) {
            return Err(usage(
                format!("{} is {kind}, not a regular file: publish replaces only regular files", t.display()),
                purpose.help(),
            ));
        }
        // The first ancestor that exists must be a folder.
        let mut up = t.parent();
        while let Some(p) = up.filter(|p| !p.as_os_str().is_empty()) {
            if let Ok(m) = fs::metadata(p) {
                if !m.is_dir() {
                    return Err(usage(
                        format!("cannot write {}: {} is a file, not a folder", t.display(), p.display()),
                        purpose.help(),
                    ));
                }
                break;
            }
            up = p.parent();
        }
    }
    Ok(())
}

/// Keeps the file a replacement will replace (a hard link, else a copy), to put back on a
/// failure; `None` when there is none. Refuses what is not a regular file at this moment: a file
/// may have become a link or a device since the checks.
fn keep_old(target: &Path, i: usize) -> std::io::Result<Option<PathBuf>> {
    if let Some(kind) = not_regular(target) {
        return Err(std::io::Error::other(format!("it is now {kind}, not a regular file")));
    }
    if fs::symlink_metadata(target).is_err() {
        return Ok(None);
    }
    let kept = kept_name(target, i);
    let _ = fs::remove_file(&kept);
    if fs::hard_link(target, &kept).is_err() {
        fs::copy(target, &kept)?;
    }
    Ok(Some(kept))
}

/// What an existing path is when it is not a regular file ("a symbolic link", "a device", …);
/// `None` for a regular file or nothing.
fn not_regular(path: &Path) -> Option<&'static str> {
    let kind = fs::symlink_metadata(path).ok()?.file_type();
    if kind.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_block_device() || kind.is_char_device() {
            return Some("a device");
        }
        if kind.is_fifo() {
            return Some("a pipe (FIFO)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some(if kind.is_symlink() { "a symbolic link" } else { "not a file" })
}

/// Whether `path` is `input`, or lies inside it (an input folder): compared with `.` and `..`
/// taken out and existing links resolved.
pub fn is_within(path: &Path, input: &Path) -> bool {
    let path = normal(path);
    let input = fs::canonicalize(input).unwrap_or_else(|_| normal(input));
    path.starts_with(&input)
}

/// A path with `.` and `..` taken out and its existing parent's links resolved, to compare two
/// outputs.
fn normal(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    match (out.parent().and_then(|d| fs::canonicalize(d).ok()), out.file_name()) {
        (Some(dir), Some(name)) => dir.join(name),
        _ => out,
    }
}

/// One folder's lock, held while its files are replaced.
struct FolderLock {
    _file: fs::File,
}

impl FolderLock {
    fn take(dir: &Path, purpose: Purpose) -> Result<Self, Failure> {
        // On Unix the folder itself is locked (flock on its descriptor), so no lock file is left
        // in it; elsewhere a lock file is.
        #[cfg(unix)]
        let file = fs::File::open(dir).map_err(|e| cannot(dir, "lock", &e, purpose))?;
        #[cfg(not(unix))]
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(".publish.lock"))
            .map_err(|e| cannot(dir, "lock", &e, purpose))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                if let Some(notice) = WAIT_NOTICE.get() {
                    notice(dir);
                }
                file.lock().map_err(|e| cannot(dir, "lock", &e, purpose))?;
            }
            Err(fs::TryLockError::Error(e)) => return Err(cannot(dir, "lock", &e, purpose)),
        }
        Ok(Self { _file: file })
    }
}

/// A project's lock, held by a command that reads the project's files, changes them and writes
/// them back (`signatories`, `new-locale`, `check --mark-reviewed`) from before it reads to
/// after it writes: two such commands at once take turns, and the second reads what the first
/// wrote (no update lost). The lock is on publish.toml itself; as a command replaces that file,
/// one that waited checks, once it has the lock, that it holds the file now there, and takes
/// that one's otherwise.
pub struct ProjectLock {
    _file: fs::File,
}

impl ProjectLock {
    /// Takes the lock of the project in `dir`, waiting (and saying so) while another holds it.
    pub fn take(dir: &Path) -> Result<Self, Failure> {
        let path = dir.join("publish.toml");
        loop {
            let file = fs::File::open(&path).map_err(|e| cannot(&path, "lock", &e, Purpose::Project))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    if let Some(notice) = WAIT_NOTICE.get() {
                        notice(dir);
                    }
                    file.lock().map_err(|e| cannot(&path, "lock", &e, Purpose::Project))?;
                }
                Err(fs::TryLockError::Error(e)) => return Err(cannot(&path, "lock", &e, Purpose::Project)),
            }
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                let held = file.metadata().map_err(|e| cannot(&path, "lock", &e, Purpose::Project))?;
                let now = fs::metadata(&path).map_err(|e| cannot(&path, "lock", &e, Purpose::Project))?;
                if (held.dev(), held.ino()) != (now.dev(), now.ino()) {
                    continue;
                }
            }
            return Ok(Self { _file: file });
        }
    }
}

/// A point where a test may pause a run (debug builds only): `PUBLISH_FAULT_PAUSE=point:file`
/// makes the run wait at `point` until `file` exists, so that a test orders two runs without
/// timing them. Release builds have no such point.
pub fn fault_point(point: &str) {
    #[cfg(debug_assertions)]
    if let Some(spec) = std::env::var_os("PUBLISH_FAULT_PAUSE")
        && let Some((at, file)) = spec.to_string_lossy().split_once(':')
        && at == point
    {
        let _ = fs::write(format!("{file}.reached"), b"");
        while !Path::new(file).exists() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = point;
}

/// The record of a commit's replacements, in the folder of its first target.
const JOURNAL: &str = ".publish-journal";

/// A commit's record of what it replaces: for each target, its staged file and the name the
/// file it replaces is kept under. Written (and synced) before the first replacement, removed
/// when the commit ends, whether it was done or put back; one left behind means a run was
/// killed among its replacements, and `recover` completes them.
struct Journal(PathBuf);

impl Journal {
    /// The journal of a commit whose files are staged, in its first target's folder.
    fn record(
        staged: &[tempfile::NamedTempFile],
        files: &[(PathBuf, &[u8])],
        purpose: Purpose,
    ) -> Result<Self, Failure> {
        let entries: Vec<(PathBuf, PathBuf, PathBuf)> = staged
            .iter()
            .zip(files)
            .enumerate()
            .map(|(i, (tmp, (target, _)))| (tmp.path().to_path_buf(), target.clone(), kept_name(target, i)))
            .collect();
        let dir = parent_of(&files[0].0);
        Self::write(&dir, &entries).map_err(|e| cannot(&dir.join(JOURNAL), "write", &e, purpose))
    }

    fn write(dir: &Path, entries: &[(PathBuf, PathBuf, PathBuf)]) -> std::io::Result<Self> {
        let json = serde_json::to_vec(entries).map_err(std::io::Error::other)?;
        let path = dir.join(JOURNAL);
        let mut tmp = temp_in(dir, None)?;
        tmp.write_all(&json)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&path).map_err(|e| e.error)?;
        Ok(Self(path))
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Completes a commit a killed run left in `dir` (its journal): every staged file still there
/// takes its target's place, the files kept for putting back are removed, then the journal.
/// Every new file was whole and synced before the first replacement, so completing is always
/// possible and leaves the commit's files all new. The folder's lock is taken (a commit under
/// way in another process is waited for: its journal is then gone).
pub fn recover(dir: &Path) {
    if !dir.join(JOURNAL).is_file() {
        return;
    }
    if let Ok(_lock) = FolderLock::take(dir, Purpose::Project) {
        recover_locked(dir);
    }
}

/// [`recover`], with the folder's lock held by the caller.
fn recover_locked(dir: &Path) {
    let path = dir.join(JOURNAL);
    let Ok(bytes) = fs::read(&path) else { return };
    if let Ok(entries) = serde_json::from_slice::<Vec<(PathBuf, PathBuf, PathBuf)>>(&bytes) {
        for (tmp, target, kept) in entries {
            if tmp.is_file() && not_regular(&target).is_none() {
                let _ = fs::rename(&tmp, &target);
            }
            let _ = fs::remove_file(kept);
        }
    }
    let _ = fs::remove_file(path);
}

/// A target replaced (or created) so far, to put back if a later one fails.
struct Done {
    target: PathBuf,
    /// A hard link (or copy) of the file it replaced; `None`: the target did not exist.
    kept: Option<PathBuf>,
}

/// [`commit`], with a hook called before each replacement (target index, target) that may fail
/// it, for tests of the roll-back.
pub(crate) fn commit_with(
    files: &[(PathBuf, &[u8])],
    purpose: Purpose,
    before_replace: &mut dyn FnMut(usize, &Path) -> std::io::Result<()>,
) -> Result<Vec<PathBuf>, Failure> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let targets: Vec<&Path> = files.iter().map(|(p, _)| p.as_path()).collect();
    check_targets(&targets, purpose)?;

    // Folders: created where missing (and removed again if the commit fails), locked in a fixed
    // order so that two runs never wait for each other in a circle.
    let mut created: Vec<PathBuf> = Vec::new();
    let undo_created = |created: &[PathBuf]| {
        for d in created.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    };
    let mut dirs: Vec<PathBuf> = targets.iter().map(|t| parent_of(t)).collect();
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        if let Err(e) = create_dirs(d, &mut created) {
            undo_created(&created);
            return Err(cannot(d, "create", &e, purpose));
        }
    }
    let mut locks = Vec::new();
    for d in &dirs {
        match FolderLock::take(d, purpose) {
            Ok(l) => locks.push(l),
            Err(e) => {
                drop(locks);
                undo_created(&created);
                return Err(e);
            }
        }
        // A commit killed among its replacements, completed before anything else here.
        recover_locked(d);
        remove_stale(d);
    }

    // Stage every file: written and flushed to the disk, a thread per core at once (each file
    // waits on its own flush).
    let stage = |(target, bytes): &(PathBuf, &[u8])| {
        let keep = fs::metadata(target).ok().map(|m| m.permissions());
        temp_in(&parent_of(target), keep)
            .and_then(|mut tmp| tmp.write_all(bytes).and_then(|()| tmp.as_file().sync_all()).map(|()| tmp))
    };
    let threads =
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(files.len()).max(1);
    let chunk = files.len().div_ceil(threads).max(1);
    let results: Vec<std::io::Result<tempfile::NamedTempFile>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(stage).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("staging does not panic")).collect()
    });
    let mut staged = Vec::new();
    let mut registered = StagedFiles(Vec::new());
    for ((target, _), result) in files.iter().zip(results) {
        match result {
            Ok(tmp) => {
                registered.add(tmp.path());
                staged.push(tmp);
            }
            Err(e) => {
                drop(staged);
                undo_created(&created);
                return Err(cannot(target, "write", &e, purpose));
            }
        }
    }

    // Where a test stops a run that has staged its files (a debug build's fault point).
    fault_point("staged");
    // What is about to be replaced, recorded first: a run killed among the replacements is
    // completed by the next (`recover`). Removed when the commit ends, done or put back.
    let journal = Journal::record(&staged, files, purpose)?;
    // Replace them one by one; on a failure, put back what was replaced.
    let mut done: Vec<Done> = Vec::new();
    let mut staged = staged.into_iter();
    for (i, (target, _)) in files.iter().enumerate() {
        let tmp = staged.next().expect("one staged file per target");
        let mut step = || -> std::io::Result<Option<PathBuf>> {
            before_replace(i, target)?;
            fault_point(&format!("replace-{i}"));
            keep_old(target, i)
        };
        let kept = match step() {
            Ok(k) => k,
            Err(e) => {
                // The files not yet in place go first, so that the folders made can be removed.
                drop((tmp, staged, journal));
                return Err(roll_back(&done, &created, target, &e, purpose));
            }
        };
        if let Err(e) = tmp.persist(target) {
            drop((e.file, staged, journal));
            if let Some(k) = &kept {
                let _ = fs::remove_file(k);
            }
            return Err(roll_back(&done, &created, target, &e.error, purpose));
        }
        done.push(Done { target: target.clone(), kept });
    }
    for d in &done {
        if let Some(k) = &d.kept {
            let _ = fs::remove_file(k);
        }
    }
    drop(journal);
    drop(locks);
    Ok(done.into_iter().map(|d| d.target).collect())
}

/// Puts back every file replaced so far and removes those created; returns the error to report.
fn roll_back(
    done: &[Done],
    created: &[PathBuf],
    failed: &Path,
    e: &std::io::Error,
    purpose: Purpose,
) -> Failure {
    let mut not_restored = Vec::new();
    for d in done.iter().rev() {
        let ok = match &d.kept {
            Some(k) => fs::rename(k, &d.target).is_ok(),
            None => fs::remove_file(&d.target).is_ok(),
        };
        if !ok {
            not_restored.push(d.target.display().to_string());
        }
    }
    for d in created.iter().rev() {
        let _ = fs::remove_dir(d);
    }
    let mut d =
        Diagnostic::error("output", format!("cannot replace {}: {e}", failed.display())).help(purpose.help());
    d = if not_restored.is_empty() {
        d.note(if done.is_empty() {
            "nothing was changed".to_string()
        } else {
            format!("the {} file(s) already replaced by this run were put back as they were", done.len())
        })
    } else {
        d.note(format!("these could not be put back as they were: {}", not_restored.join(", ")))
    };
    Failure::usage(d)
}

fn parent_of(target: &Path) -> PathBuf {
    target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

/// `create_dir_all`, remembering the folders it made (outermost first).
fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut missing = Vec::new();
    let mut up = Some(dir);
    while let Some(d) = up.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        missing.push(d.to_path_buf());
        up = d.parent();
    }
    for d in missing.into_iter().rev() {
        match fs::create_dir(&d) {
            Ok(()) => created.push(d),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn kept_name(target: &Path, i: usize) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parent_of(target).join(format!("{TMP_PREFIX}{}-{i}-{name}{KEPT_SUFFIX}", std::process::id()))
}

/// A temporary file in `dir`, with the permissions of the file it replaces, or else those of a
/// new file others may read (0644), where tempfile would give 0600.
fn temp_in(dir: &Path, permissions: Option<fs::Permissions>) -> std::io::Result<tempfile::NamedTempFile> {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("{TMP_PREFIX}{}-", std::process::id()))
        .suffix(TMP_SUFFIX)
        .tempfile_in(dir)?;
    if let Some(p) = permissions.or_else(new_file_permissions) {
        tmp.as_file().set_permissions(p)?;
    }
    Ok(tmp)
}

#[cfg(unix)]
fn new_file_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<fs::Permissions> {
    None
}

/// Removes what a killed run left behind. Called with the folder's lock held: a running publish
/// has no temporary file in a folder it has not locked.
fn remove_stale(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with(TMP_PREFIX) && (name.ends_with(TMP_SUFFIX) || name.ends_with(KEPT_SUFFIX)) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_all_files_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".publish-old.tmp"), b"left by a killed run").unwrap();
        let out = dir.path().join("out");
        let written = write_all(&out, &[("a.pdf", b"A"), ("b.pdf", b"B")]).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(fs::read(out.join("b.pdf")).unwrap(), b"B");
        assert_eq!(names(&out), ["a.pdf", "b.pdf"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(out.join("a.pdf")).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644, "others can read the PDF");
        }
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_replaced_even_when_one_becomes_a_link_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere.txt");
        fs::write(&elsewhere, b"keep me").unwrap();
        // A link or a pipe in the way: refused before anything is written.
        std::os::unix::fs::symlink(&elsewhere, dir.path().join("link.json")).unwrap();
        let err = write_all(dir.path(), &[("a.pdf", b"A"), ("link.json", b"{}")]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.diagnostics[0].message.contains("is a symbolic link, not a regular file"));
        assert!(!dir.path().join("a.pdf").exists());
        let status = std::process::Command::new("mkfifo").arg(dir.path().join("pipe")).status().unwrap();
        assert!(status.success());
        let err = write_all(dir.path(), &[("pipe", b"{}")]).unwrap_err();
        assert!(err.diagnostics[0].message.contains("is a pipe (FIFO)"), "{:?}", err.diagnostics);
        // A file that becomes a link between the checks and its replacement: refused then, and
        // what was replaced before it put back.
        fs::write(dir.path().join("b.pdf"), b"old B").unwrap();
        fs::write(dir.path().join("c.pdf"), b"old C").unwrap();
        let files: Vec<(PathBuf, &[u8])> =
            vec![(dir.path().join("b.pdf"), b"B"), (dir.path().join("c.pdf"), b"C")];
        let err = commit_with(&files, Purpose::Publish, &mut |i, target| {
            if i == 1 {
                fs::remove_file(target)?;
                std::os::unix::fs::symlink(&elsewhere, target)?;
            }
            Ok(())
        })
        .unwrap_err();
        assert!(format!("{:?}", err.diagnostics).contains("not a regular file"));
        assert_eq!(fs::read(dir.path().join("b.pdf")).unwrap(), b"old B");
        assert_eq!(fs::read(&elsewhere).unwrap(), b"keep me");
    }

    #[test]
    fn a_file_in_the_way_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("blocker");
        fs::write(&blocker, b"x").unwrap();
        let err = write_all(&blocker.join("out"), &[("a.pdf", b"A")]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.diagnostics[0].message.contains("is a file, not a folder"), "{:?}", err.diagnostics);
    }

    #[test]
    fn a_failed_replacement_puts_back_what_the_commit_had_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pdf");
        let b = dir.path().join("sub/b.pdf");
        fs::write(&a, b"old A").unwrap();
        let files: Vec<(PathBuf, &[u8])> = vec![(a.clone(), b"new A"), (b.clone(), b"new B")];
        let err = commit_with(&files, Purpose::Publish, &mut |i, _| {
            if i == 1 { Err(std::io::Error::other("refused for the test")) } else { Ok(()) }
        })
        .unwrap_err();
        assert!(err.diagnostics[0].notes[0].contains("put back"), "{:?}", err.diagnostics);
        assert_eq!(fs::read(&a).unwrap(), b"old A");
        assert!(!b.exists());
        assert!(!dir.path().join("sub").exists(), "the folder the commit made is gone");
        assert_eq!(names(dir.path()), ["a.pdf"], "no temporary or kept file left");
    }

    #[test]
    fn two_outputs_on_one_path_are_refused_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pdf");
        let files: Vec<(PathBuf, &[u8])> = vec![(a.clone(), b"A"), (dir.path().join("./x/../a.pdf"), b"B")];
        let err = commit(&files, Purpose::Publish).unwrap_err();
        assert!(err.diagnostics[0].message.contains("one file"), "{:?}", err.diagnostics);
        assert!(!a.exists());
    }

    #[test]
    fn a_stale_kept_file_of_a_killed_run_is_removed_and_others_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".publish-1-0-a.pdf.old"), b"x").unwrap();
        fs::write(dir.path().join("mine.tmp"), b"not publish's").unwrap();
        write_all(dir.path(), &[("a.pdf", b"A")]).unwrap();
        assert_eq!(names(dir.path()), ["a.pdf", "mine.tmp"]);
    }
}
