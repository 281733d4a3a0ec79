//! The files of a run: one type for an output file, from planning to the status line, across the
//! worker pipe and into the manifest; the manifest itself.
//!
//! Owns: `OutputFile` and the manifest. Must not: typeset, name files or write.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::request::Emit;

/// One file of a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutputFile {
    /// Its name in the output folder.
    pub file: String,
    /// The locale tag it is in.
    pub language: String,
    /// The layout that made it (`handout`; `card` for the social card).
    pub layout: String,
    /// What kind of file it is (`pdf`, `png`, `svg`, `card`, `html`).
    pub format: Emit,
    /// Pages of the document it comes from.
    pub pages: usize,
    /// Its size.
    pub bytes: usize,
    /// Its SHA-256, 64 lower-case hex digits.
    pub sha256: String,
    /// How long the language took to typeset, in microseconds: for the status line, never in the
    /// manifest (same inputs, same manifest).
    pub time_us: u64,
    /// Its content.
    #[serde(skip)]
    pub data: Vec<u8>,
}

impl OutputFile {
    /// An output file with its size and hash computed from `data`; `time` is how long its language
    /// took to typeset.
    pub fn new(
        file: String,
        language: &str,
        layout: &str,
        format: Emit,
        pages: usize,
        data: Vec<u8>,
        time: Duration,
    ) -> Self {
        Self {
            file,
            language: language.to_string(),
            layout: layout.to_string(),
            format,
            pages,
            bytes: data.len(),
            sha256: sha256_hex(&data),
            time_us: time.as_micros() as u64,
            data,
        }
    }

    /// Where it is written.
    pub fn path(&self, out: &Path) -> PathBuf {
        out.join(&self.file)
    }

    /// How long its language took to typeset.
    pub fn time(&self) -> Duration {
        Duration::from_micros(self.time_us)
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest: every file, sorted by name, with what a release needs to know (no time).
pub fn manifest(files: &[OutputFile], updated: Option<chrono::NaiveDate>) -> String {
    let mut entries: Vec<serde_json::Value> = files
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).expect("plain data");
            if let Some(map) = v.as_object_mut() {
                map.remove("time_us");
            }
            v
        })
        .collect();
    entries.sort_by(|a, b| a["file"].as_str().cmp(&b["file"].as_str()));
    let mut doc = serde_json::json!({
        "tool": "publish",
        "version": env!("CARGO_PKG_VERSION"),
        "files": entries,
    });
    // The list's update date, when signatures came after the statement's: the file names stay,
    // the manifest tells the versions apart.
    if let Some(d) = updated {
        doc["updated"] = serde_json::Value::String(d.format("%Y-%m-%d").to_string());
    }
    serde_json::to_string_pretty(&doc).expect("plain data") + "\n"
}
