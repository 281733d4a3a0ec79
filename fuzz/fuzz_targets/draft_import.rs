//! Importing a draft from hostile bytes: a .docx, an .odt, a flat .fodt or Markdown (the first
//! byte chooses the reader; the rest are the file's bytes), read, recognised and made into a project's files
//! as `publish import` does. Any panic, abort, stack overflow or runaway allocation is a bug:
//! bad input must become a clear refusal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use publish::draft;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let source = match pick % 4 {
        0 => draft::docx::read(bytes),
        1 => draft::odt::read(bytes),
        3 => draft::odt::read_flat(bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => draft::markdown::read(text),
            Err(_) => return,
        },
    };
    let Ok(source) = source else { return };
    let recognised = draft::recognise::recognise(&source, "en-GB");
    let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 16).expect("a date");
    let _ = draft::write::files(&recognised, "draft.docx", "en-GB", today);
});
