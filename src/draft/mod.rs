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
pub(crate) mod xml;

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
    /// A letter's part its style names: Word's and LibreOffice's `Salutation`, `Closing`
    /// (LibreOffice's `Complimentary Close`), `Inside Address` (`Addressee`), and `Subject`.
    Letter(LetterStyle),
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

impl Role {
    /// The role a style's name gives (lower case; Word keeps the built-in names in English
    /// whatever its menus say): `Title`, `Subtitle`, `Author`, a letter's styles, the quotation
    /// styles (Word's `Quote`, `Intense Quote`, `Block Text`; LibreOffice's `Quotations`) and
    /// `heading N` (`Heading1` as an id).
    pub fn named(name: &str) -> Option<Role> {
        match name {
            "title" => return Some(Role::Title),
            "subtitle" => return Some(Role::Subtitle),
            "author" | "auteur" | "autor" => return Some(Role::Author),
            "quote" | "intense quote" | "quotations" | "block text" | "block quotation" => {
                return Some(Role::Quote);
            }
            _ => {}
        }
        if let Some(style) = LetterStyle::of(name) {
            return Some(Role::Letter(style));
        }
        name.strip_prefix("heading")
            .and_then(|n| n.trim().parse::<u8>().ok())
            .map(|n| Role::Heading(n.clamp(1, 9)))
    }
}

/// A letter's part, by its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterStyle {
    /// Who the letter is to: a line of the address.
    To,
    /// The subject line.
    Subject,
    /// "Dear …,".
    Salutation,
    /// "Yours sincerely,".
    Closing,
}

impl LetterStyle {
    /// The part a style's name (lower case) gives, if any.
    pub fn of(name: &str) -> Option<Self> {
        match name {
            "salutation" => Some(Self::Salutation),
            "closing" | "complimentary close" => Some(Self::Closing),
            "inside address" | "addressee" | "recipient" => Some(Self::To),
            "subject" | "letter subject" => Some(Self::Subject),
            _ => None,
        }
    }
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
    /// The images in the body, in order: where each is, what it is, its alternative text.
    pub images: Vec<Image>,
    /// The logo: the first image above the title, when it has an alternative text and is one
    /// publish prints (`logo`).
    pub logo: Option<Logo>,
}

/// An image of the body, as the reader found it.
#[derive(Debug, Clone, Default)]
pub struct Image {
    /// The paragraph number it stands at (or after, for an image on a line of its own).
    pub at: usize,
    /// Its name in the document (`image1.png`), as set aside.
    pub name: String,
    /// Its alternative text (Word's Alt Text, LibreOffice's description).
    pub alt: Option<String>,
    /// The part of the package that holds it (`word/media/image1.png`, `Pictures/x.png`).
    pub part: Option<String>,
}

/// The logo a draft carries above its title.
#[derive(Debug, Clone)]
pub struct Logo {
    /// Its file's extension: png, jpg, gif, webp, svg.
    pub extension: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its alternative text.
    pub alt: String,
}

/// The first image above the title, made the logo when publish can print it and it says what
/// it shows: its entry in `set_aside` taken out; otherwise why it is not is added there.
/// `bytes_of` reads a part of the package.
pub fn find_logo(source: &mut Source, bytes_of: &mut dyn FnMut(&str) -> Option<Vec<u8>>) {
    let title_at = source.parts.iter().find_map(|p| match p {
        Part::Para(Para { role: Role::Title, at, .. }) => Some(*at),
        _ => None,
    });
    let Some(title_at) = title_at else { return };
    let Some(image) = source.images.iter().find(|i| i.at <= title_at).cloned() else { return };
    let Some(part) = &image.part else { return };
    let extension = std::path::Path::new(part)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let extension = if extension == "jpeg" { "jpg".to_string() } else { extension };
    if !matches!(extension.as_str(), "png" | "jpg" | "gif" | "webp" | "svg") {
        source.set_aside.push(format!("the image above the title ({}) as the logo: it is .{extension}, which publish cannot print (save it as PNG or SVG, and name it in publish.toml's [branding])", image.name));
        return;
    }
    let Some(alt) = image.alt.clone().filter(|a| !a.trim().is_empty()) else {
        source.set_aside.push(format!("the image above the title ({}) as the logo: it has no alternative text, which a logo needs (Word: right-click › Edit Alt Text; LibreOffice: Properties › Description)", image.name));
        return;
    };
    let Some(bytes) = bytes_of(part) else { return };
    let named = format!("an image ({})", image.name);
    if let Some(k) = source.set_aside.iter().position(|s| s.starts_with(&named)) {
        source.set_aside.remove(k);
    }
    source.logo = Some(Logo { extension, bytes, alt: alt.trim().to_string() });
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

/// Paragraphs made one (a table's cell, a note): each trimmed, the empty ones left out, a space
/// between them; footnote marks inside them (a note in a note) left out when `no_notes`.
pub(crate) fn join(paragraphs: impl IntoIterator<Item = Vec<Inline>>, no_notes: bool) -> Vec<Inline> {
    let mut out = Vec::new();
    for mut runs in paragraphs {
        if no_notes {
            runs.retain(|r| !matches!(r, Inline::Note(_)));
        }
        trim(&mut runs);
        if runs.is_empty() {
            continue;
        }
        if !out.is_empty() {
            push_text(&mut out, " ", false, false, None);
        }
        out.extend(runs);
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
