//! The integration tests: one test binary (Typst is linked once, not once per file), a module
//! per feature, the shared helpers in `common`. Most tests run the real binary
//! (`CARGO_BIN_EXE_publish`) in temporary folders; some read the typeset pages through the
//! library. Run one module with `cargo test --test suite handout::`.

mod common;

mod archive;
mod card;
mod check;
mod cli;
mod contracts;
mod documents;
mod drafts;
mod handout;
mod hostile;
mod kits;
mod languages;
mod layouts;
mod pdf;
mod preflight;
mod print;
mod reliability;
mod signatories;
mod typography;
mod web;
