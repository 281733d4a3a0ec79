//! One module per command: each chains the pipeline's stages for what its command does, and
//! returns values and diagnostics; main.rs prints them.

pub mod check;
pub mod eject;
pub mod init;
pub mod new_locale;
pub mod publish;
pub mod signatories;
pub mod watch;
