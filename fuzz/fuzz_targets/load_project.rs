//! Loading a project from hostile bytes: publish.toml, the reference's and a translation's
//! .ftl files, split from the input at 0xFF bytes. Everything up to the typesetting runs:
//! config parsing, Fluent loading, the check lints, model building with typography (the
//! pipeline's own `build_models`). Any panic is
//! a bug: bad input must become diagnostics.
#![no_main]

use std::collections::BTreeMap;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use publish::project::{self, Root};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0xFF);
    let toml = parts.next().unwrap_or_default();
    let en = parts.next().unwrap_or_default();
    let fr = parts.next().unwrap_or_default();
    let mut files = BTreeMap::new();
    files.insert("publish.toml".to_string(), toml.to_vec());
    files.insert("locales/en-GB/a.ftl".to_string(), en.to_vec());
    files.insert("locales/fr/a.ftl".to_string(), fr.to_vec());
    let Ok(project) = project::load(Root::Memory(Arc::new(files))) else { return };
    let config = &project.config;
    let mut languages = config.languages();
    languages.extend(config.pseudo.iter().cloned());
    // What `publish check` does (with a coverage that knows only ASCII), then what `publish`
    // does up to the typesetting: the pipeline's own function.
    let (catalog, _) = publish::l10n::load(&project.root, config, &languages);
    let latin = |c: char| c.is_ascii();
    let _ = publish::lint::lint(config, &catalog, &languages, &publish::model::Parts::default(), Some(&latin));
    let options = publish::model::Options {
        allow_fallback: true,
        ..Default::default()
    };
    let _ = publish::commands::publish::build_models(&project, &languages, &options);
});
