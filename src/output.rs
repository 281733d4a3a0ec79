//! Writing results: all files of a run or none, each through a temporary file renamed into
//! place, so that an interrupted run never leaves a half-written PDF.
//!
//! Owns: the output folder. Must not: typeset or decide file names.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Failure};

const TMP_PREFIX: &str = ".publish-";
const TMP_SUFFIX: &str = ".tmp";

fn cannot_write(path: &Path, e: &std::io::Error) -> Failure {
    Failure::usage(
        Diagnostic::error("output", format!("cannot write to {}: {e}", path.display()))
            .help("choose another folder with --out, or make this one writable"),
    )
}

/// Writes every file into `dir`, or none: each goes to a temporary file first, and only when all
/// are written are they renamed into place. Temporary files left by an interrupted run are removed.
pub fn write_all(dir: &Path, files: &[(&str, &[u8])]) -> Result<Vec<PathBuf>, Failure> {
    if dir.exists() && !dir.is_dir() {
        return Err(Failure::usage(
            Diagnostic::error("output", format!("the output folder {} is a file", dir.display()))
                .help("pass --out with a folder, or remove the file"),
        ));
    }
    fs::create_dir_all(dir).map_err(|e| cannot_write(dir, &e))?;
    remove_stale(dir);
    let mut staged = Vec::new();
    for (name, bytes) in files {
        let target = dir.join(name);
        if target.is_dir() {
            return Err(Failure::usage(
                Diagnostic::error("output", format!("{} is a folder, not a file", target.display()))
                    .help("remove the folder or choose another --out"),
            ));
        }
        let mut tmp = temp_in(dir, None)?;
        tmp.write_all(bytes).and_then(|_| tmp.as_file().sync_all()).map_err(|e| cannot_write(&target, &e))?;
        staged.push((tmp, target));
    }
    let mut written = Vec::new();
    for (tmp, target) in staged {
        tmp.persist(&target).map_err(|e| cannot_write(&target, &e.error))?;
        written.push(target);
    }
    Ok(written)
}

/// Replaces one file's content atomically (temporary file in the same folder, then rename).
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let keep = fs::metadata(path).ok().map(|m| m.permissions());
    let mut tmp = temp_in(dir, keep)?;
    tmp.write_all(bytes).and_then(|_| tmp.as_file().sync_all()).map_err(|e| cannot_write(path, &e))?;
    tmp.persist(path).map_err(|e| cannot_write(path, &e.error))?;
    Ok(())
}

/// A temporary file in `dir`, with the permissions of the file it replaces, or else those of a
/// new file others may read (0644), where tempfile would give 0600.
fn temp_in(dir: &Path, permissions: Option<fs::Permissions>) -> Result<tempfile::NamedTempFile, Failure> {
    let tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .suffix(TMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| cannot_write(dir, &e))?;
    if let Some(p) = permissions.or_else(new_file_permissions) {
        tmp.as_file().set_permissions(p).map_err(|e| cannot_write(dir, &e))?;
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

/// Removes temporary files that a killed run left behind.
fn remove_stale(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_all_files_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".publish-old.tmp"), b"left by a killed run").unwrap();
        let out = dir.path().join("out");
        let written = write_all(&out, &[("a.pdf", b"A"), ("b.pdf", b"B")]).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(fs::read(out.join("b.pdf")).unwrap(), b"B");
        let names: Vec<_> = fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(out.join("a.pdf")).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644, "others can read the PDF");
        }
    }

    #[test]
    fn a_file_in_the_way_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("blocker");
        fs::write(&blocker, b"x").unwrap();
        let err = write_all(&blocker.join("out"), &[("a.pdf", b"A")]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let err = write_all(&blocker, &[("a.pdf", b"A")]).unwrap_err();
        assert!(err.diagnostics[0].message.contains("is a file"));
    }
}
