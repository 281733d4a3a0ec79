//! A draft written in a word processor (Word's .docx, LibreOffice's .odt, Markdown) made into a
//! project: `publish import FILE [DIR]`.
//!
//! Three stages, each its own file:
//! - the readers (`docx`, `odt`, `markdown`) turn a document into `Source`: its paragraphs with
//!   the role their style gives them (title, heading, quotation, list item), their text with its
//!   emphasis, links and footnotes, its tables, and what was set aside (images, comments, text
//!   boxes), each told by paragraph number;
//! - `recognise` finds in it what publish knows: title, subtitle, date, headings, paragraphs,
//!   lists with their lead, quotations, the signatory list (a table, or a list under a heading
//!   such as "Signatories") with countries and notes, a letter's parts;
//! - `write` makes the project's files: publish.toml and the reference's .ftl files, every
//!   message with the place it came from.
//!
//! Owns: reading drafts. Must not: write files (the import command does, through `output`).

pub mod align;
pub mod docx;
pub mod markdown;
pub mod odt;

pub mod recognise;
pub mod write;
mod xml;

/// A run of text with its marks, or a footnote's mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text, with its marks.
    Text {
        /// The text.
        text: String,
        /// Emphasised (italic).
        emph: bool,
        /// Strongly emphasised (bold).
        strong: bool,
        /// The address it links to.
        link: Option<String>,
    },
    /// A footnote: its index in `Source::notes`.
    Note(usize),
}

/// What a paragraph is, by its style (or, for Markdown, its syntax).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The document's title (a `Title` style).
    Title,
    /// The line under it (a `Subtitle` style).
    Subtitle,
    /// A heading: 1 is the highest level under the title.
    Heading(u8),
    /// Who speaks: a paragraph in a style named `Author` (a convention: the README's "From a
    /// Word draft").
    Author,
    /// A paragraph of the body.
    Body,
    /// A quotation (a `Quote` style, or indented on both sides).
    Quote,
    /// A list item: numbered or bulleted, its level (0 the outermost); `list` tells lists apart
    /// (Word's numbering instance), so that two lists one after the other stay two.
    Item {
        /// A numbered list's, not a bulleted one's.
        numbered: bool,
        /// Its level: 0 the outermost.
        level: u8,
        /// Which list it belongs to.
        list: u32,
    },
}

/// A paragraph: its role, its text, and its number in the document (1 the first paragraph
/// with text, as a reader counts them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// What it is.
    pub role: Role,
    /// Its text.
    pub inlines: Vec<Inline>,
    /// Its number in the document.
    pub at: usize,
}

/// A table: rows of cells, each cell its text; `at` the paragraph number it stands at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Rows of cells, each cell's text.
    pub rows: Vec<Vec<Vec<Inline>>>,
    /// The paragraph number it stands at (a table counts as one).
    pub at: usize,
}

/// A part of the body, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
}

/// A document as read: its body, its footnotes' texts, what the reader set aside, and the
/// language the document says it is in.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The body, in order.
    pub parts: Vec<Part>,
    /// The footnotes' and endnotes' texts, in the order they are marked (`Inline::Note`).
    pub notes: Vec<Vec<Inline>>,
    /// What was not read, each said once with where it is ("an image at paragraph 4").
    pub set_aside: Vec<String>,
    /// The document's language (its default style's, or its metadata's), a BCP 47 tag.
    pub language: Option<String>,
}

/// The text of inlines without marks (footnote marks left out).
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        if let Inline::Text { text, .. } = i {
            out.push_str(text);
        }
    }
    out
}

/// Adds a run, joined to the last one when its marks are the same.
pub fn push_text(out: &mut Vec<Inline>, text: &str, emph: bool, strong: bool, link: Option<&str>) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text { text: t, emph: e, strong: s, link: l }) = out.last_mut()
        && *e == emph
        && *s == strong
        && l.as_deref() == link
    {
        t.push_str(text);
        return;
    }
    out.push(Inline::Text { text: text.to_string(), emph, strong, link: link.map(str::to_string) });
}

/// Why a document cannot be imported: what, and how to fix it (the command adds the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// What is wrong with the document.
    pub what: String,
    /// How to fix it.
    pub help: String,
}

impl Unreadable {
    /// What is wrong, and how to fix it.
    pub fn new(what: impl Into<String>, help: impl Into<String>) -> Self {
        Self { what: what.into(), help: help.into() }
    }
}

/// Spaces taken off both ends of a paragraph's text.
pub(crate) fn trim(inlines: &mut Vec<Inline>) {
    while let Some(Inline::Text { text, .. }) = inlines.first_mut() {
        let t = text.trim_start().to_string();
        if t.is_empty() {
            inlines.remove(0);
        } else {
            *text = t;
            break;
        }
    }
    while let Some(Inline::Text { text, .. }) = inlines.last_mut() {
        let t = text.trim_end().to_string();
        if t.is_empty() {
            inlines.pop();
        } else {
            *text = t;
            break;
        }
    }
}
