//! One module per command: each chains the pipeline's stages for what its command does, and
//! returns values and diagnostics; main.rs prints them.

pub mod check;
pub mod eject;
pub mod export;
pub mod import;
pub mod init;
pub mod new_locale;
pub mod publish;
pub mod signatories;
pub mod watch;

use std::path::Path;

use crate::diag::{Diagnostic, Failure};

/// A file a command is handed to read (a form's export, a draft): a regular file of at most
/// `max` bytes, read whole. Errors are usage errors (exit 2) of the diagnostic's `code`.
pub(crate) fn read_input(path: &Path, shown: &str, max: u64, code: &'static str) -> Result<Vec<u8>, Failure> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Failure::usage(
            Diagnostic::error(code, format!("cannot read {shown}: {e}")).help("check the file's path"),
        )
    })?;
    if !meta.is_file() {
        return Err(Failure::usage(Diagnostic::error(code, format!("{shown} is not a file"))));
    }
    if meta.len() > max {
        return Err(Failure::usage(Diagnostic::error(
            code,
            format!("{shown} is {} MiB; at most {} MiB is read", meta.len() >> 20, max >> 20),
        )));
    }
    std::fs::read(path)
        .map_err(|e| Failure::usage(Diagnostic::error(code, format!("cannot read {shown}: {e}"))))
}
