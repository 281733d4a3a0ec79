//! Importing a translation kit from hostile bytes: XLIFF or a Word document (the first byte
//! chooses the reader; the rest are the file's bytes), read against the built-in statement's
//! French kit and planned into messages as `publish import` does (codes resolved, footnotes and
//! links counted, plural forms and selects joined, each message parsed by Fluent). Any panic,
//! abort, stack overflow or runaway allocation is a bug: bad input must become a clear refusal.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use publish::commands::export::{kit_language, project_kit};
use publish::kit::{self, Kit};
use publish::project::{self, Root};

fn kit() -> &'static Kit {
    static KIT: OnceLock<Kit> = OnceLock::new();
    KIT.get_or_init(|| {
        let project = project::load(Root::Builtin).expect("the built-in statement loads");
        let language = kit_language(&project.config, "fr").expect("it has French");
        project_kit(&project, &language).expect("its French kit")
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let kit = kit();
    let filled = if pick % 2 == 0 {
        kit::xliff::read(bytes, "kit.xlf", kit)
    } else {
        kit::docx::read(bytes, "kit.docx", kit)
    };
    let Ok(filled) = filled else { return };
    let _ = kit::apply::plan(kit, &filled);
});
