//! publish: a coalition's statement, kept in Fluent bundles, typeset by Typst into print-ready
//! PDFs, one per language.
//!
//! The folders read as the pipeline, stage after stage:
//! - `project`: find the project, read publish.toml, settle the request against it (`Settings`),
//!   and everything publish reads from disk (layouts, fonts), by one rule;
//! - `l10n`: load the Fluent bundles and format messages;
//! - `lint`: check the translations (what `publish check` reports, and `publish` refuses);
//! - `model`: build one language's document, plain data, typography applied;
//! - `typeset`: the Typst World, compilation, the page checks, PDF/PNG/SVG;
//! - `web`: the web edition, one HTML page per language from the same model;
//! - `output`: the files of a run, written all together or not at all;
//! - `draft`: a draft written in a word processor (.docx, .odt) or Markdown read, what publish
//!   knows found in it, and made into a project's files (`publish import`);
//! - `kit`: translation kits: a language's messages as XLIFF 2.1 for CAT tools or as a Word
//!   table, and a filled kit read back into messages (`publish export`, `publish import`);
//! - `campaign`: a sign-on form's export read, compared with the list (duplicates), and the
//!   edits of publish.toml and the .ftl files that add or remove signatories.
//!
//! `commands` holds one file per command (publish, check, eject, export, watch, import, init,
//! new-locale, signatories), each chaining the stages; `request` is what a caller asks for, `language` the
//! one value a language is from publish.toml to the outputs, `diag` how every stage reports.
//! `cli` (the flags, their mapping to requests, the environment read once, printing) and main.rs
//! (which dispatches) are the edge.

pub mod campaign;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod draft;
pub mod kit;
pub mod l10n;
pub mod language;
pub mod lint;
pub mod model;
pub mod output;
pub mod project;
pub mod request;
pub mod typeset;
pub mod web;
