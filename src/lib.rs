//! publish: a coalition's statement, kept in Fluent bundles, typeset by Typst into print-ready
//! PDFs, one per language.
//!
//! The stages, in order: `settings` (flags + publish.toml) -> `l10n` (bundles) -> `model` (one
//! Document per language, plain data) -> `typeset` (Typst World, checks, PDF bytes) -> `output`
//! (atomic writes). `run` chains them; `diag` reports for all of them.

pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod l10n;
pub mod model;
pub mod output;
pub mod project;
pub mod run;
pub mod scaffold;
pub mod settings;
pub mod typeset;
pub mod typography;
pub mod watch;
pub mod workers;
