//! The Typst `World` publish compiles in: the layout's files (disk or built-in), the fonts
//! publish chose, and the model as the virtual file `/model.json`.
//!
//! Owns: file access for the layout (never outside the layout folder) and font loading. Must
//! not: write files or know what the model holds.

use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use crate::diag::Diagnostic;
use crate::project::fonts::FontFile;
use crate::project::layout::Layout;

/// The path of the model inside every layout's file system.
pub const MODEL_PATH: &str = "/model.json";

/// The fonts publish typesets with, loaded once and shared by every language.
pub struct Fonts {
    store: FontStore,
}

impl Fonts {
    /// Loads the project's font files (built-in, then disk), and the system's when asked.
    pub fn load(files: &[FontFile], system: bool) -> (Self, Vec<Diagnostic>) {
        let mut store = FontStore::new();
        let mut diags = Vec::new();
        // Reading a font's tables (its coverage above all) is the cost: files are read in two
        // threads, each taking every other file.
        let parsed: Vec<Vec<Font>> = std::thread::scope(|scope| {
            let half: Vec<_> = (0..2)
                .map(|k| {
                    scope.spawn(move || {
                        files
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % 2 == k)
                            .map(|(i, f)| (i, Font::iter(f.bytes.clone()).collect::<Vec<_>>()))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            let mut all: Vec<(usize, Vec<Font>)> =
                half.into_iter().flat_map(|h| h.join().expect("font parsing does not panic")).collect();
            all.sort_by_key(|(i, _)| *i);
            all.into_iter().map(|(_, fonts)| fonts).collect()
        });
        for (file, fonts) in files.iter().zip(parsed) {
            if fonts.is_empty() {
                diags.push(
                    Diagnostic::warning(
                        "font",
                        format!("{} holds no font publish can read; it is skipped", file.name),
                    )
                    .help("fonts/ takes TrueType and OpenType files (.ttf, .otf, .ttc)"),
                );
            }
            for font in fonts {
                let info = font.info().clone();
                store.push((font, info));
            }
        }
        if system {
            for (path, info) in typst_kit::fonts::system() {
                store.push((path, info));
            }
        }
        (Self { store }, diags)
    }

    /// What each font covers, for Typst's font selection (and `check`'s coverage).
    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// The font at an index of the book.
    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }
}

/// One compilation: a layout, the shared fonts, and one language's model.
pub struct PublishWorld {
    library: &'static LazyHash<Library>,
    fonts: Arc<Fonts>,
    layout: Arc<Layout>,
    main: FileId,
    model: Bytes,
    today: Datetime,
    /// The project's files the layout reads besides its own (logos), by path.
    assets: Arc<Vec<(String, Bytes)>>,
}

/// Typst's standard library, built (and hashed) once for every language and every build.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: std::sync::OnceLock<LazyHash<Library>> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::builder().build()))
}

/// The id of a file of the layout's file system (`/main.typ`, `/model.json`).
pub fn file_id(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("a fixed, valid path")).intern()
}

impl PublishWorld {
    /// A compilation of `layout` with these fonts, model (as JSON), date and assets.
    pub fn new(
        fonts: Arc<Fonts>,
        layout: Arc<Layout>,
        model_json: Vec<u8>,
        today: Datetime,
        assets: Arc<Vec<(String, Bytes)>>,
    ) -> Self {
        Self {
            library: library(),
            fonts,
            layout,
            main: file_id("/main.typ"),
            model: Bytes::new(model_json),
            today,
            assets,
        }
    }

    /// The layout it compiles.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    fn read(&self, id: FileId) -> FileResult<Bytes> {
        use crate::project::disk::ReadError;
        let rooted = id.get();
        if *rooted.root() != VirtualRoot::Project {
            return Err(FileError::Other(Some("publish layouts cannot use Typst packages".into())));
        }
        let path = rooted.vpath().get_with_slash();
        if path == MODEL_PATH {
            return Ok(self.model.clone());
        }
        if let Some((_, bytes)) = self.assets.iter().find(|(p, _)| p == path) {
            return Ok(bytes.clone());
        }
        self.layout.read(path).map(Bytes::new).map_err(|e| match e {
            ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                FileError::NotFound(std::path::PathBuf::from(path))
            }
            e => FileError::Other(Some(
                format!("cannot read {path}: {e}; a layout reads only files inside its own folder").into(),
            )),
        })
    }
}

impl World for PublishWorld {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let bytes = self.read(id)?;
        let text = std::str::from_utf8(bytes.as_slice()).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.strip_prefix('\u{feff}').unwrap_or(text).to_string()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.read(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: the statement's date, so that the same inputs give the same bytes.
        Some(self.today)
    }
}
