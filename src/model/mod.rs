//! The per-language Document: plain serde data built from publish.toml and a Fluent bundle.
//! It reaches the layout as `/model.json`; its shape is the contract with every layout
//! (layouts/README.md) and carries `SCHEMA`.
//!
//! Owns: which messages make the document and in what order, the signatory order, the
//! typographic pass over every string. Must not: contain Typst markup, or typeset.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::l10n::{self, Catalog, Formatter, markup};
use crate::language::{Direction, Language};
use crate::project::config::{Block as ConfigBlock, Config, EntryConfig, Order};
use crate::request::{Paper, Theme};
pub mod typography;

/// The version of the model's JSON shape (`project::layout::MODEL_SCHEMA`, the contract with
/// every layout).
pub const SCHEMA: u32 = crate::project::layout::MODEL_SCHEMA;

/// Placeholders for the page numbers in `page-label`, which only the layout knows.
const PAGE: &str = "\u{F0000}";
const PAGES: &str = "\u{F0001}";

/// One language's document: the model a layout reads as `/model.json`, serialised by serde in
/// the shape layouts/README.md documents (schema `SCHEMA`).
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The model's schema version (`SCHEMA`), which a layout checks against the one it reads.
    pub schema: u32,
    /// The statement's id (`oppose-icc-sanctions`).
    pub statement: String,
    /// The locale tag as publish.toml names it ("en-GB", "fr").
    pub locale: String,
    /// Its language, as Typst's `text(lang:)` takes it (`en`, `fr`).
    pub lang: String,
    /// Its region, as Typst's `text(region:)` takes it (`GB`); `None` when the tag has none.
    pub region: Option<String>,
    /// The direction its text runs: "ltr" or "rtl".
    pub dir: Direction,
    /// Its script, ISO 15924 ("Latn", "Cyrl", "Arab"), as CLDR's likely subtags have it: what
    /// tells a layout whether letters join (no letter-spacing) and italics exist.
    pub script: String,
    /// The language's ten digits, 0 to 9, in its default numbering system ("0123456789",
    /// "٠١٢٣٤٥٦٧٨٩" in Arabic; `-u-nu-latn` chooses Latin ones): for the numbers the layout
    /// writes itself (page numbers, footnote and list numbers).
    pub digits: String,
    /// "a4" or "us-letter", as Typst's `page(paper:)` takes it.
    pub paper: Paper,
    /// The short label above the title ("Joint statement"); `None` when the layout may leave it
    /// out (its layout.toml's `may-show`) and the statement has none. So are the title, the
    /// dateline, the author and the list's heading and lead (`Parts`).
    pub kicker: Option<String>,
    /// The statement's title, with the translator's marks for the page (`l10n::title`): tied
    /// words joined by no-break spaces, each suggested break a zero-width space.
    pub title: Option<String>,
    /// The standfirst under the title (publish.toml's first block, `subtitle = "…"`); `None` when
    /// there is none.
    pub subtitle: Option<String>,
    /// The statement's date, formatted for the language ("16 janvier 2025").
    pub dateline: Option<String>,
    /// Who issues the statement (the coalition); isolated (U+2068 … U+2069) when all its letters
    /// run against the language's direction.
    pub author: Option<String>,
    /// The logo, its alternative text and the accent colour.
    pub branding: Branding,
    /// The body, in publish.toml's order.
    pub blocks: Vec<Block>,
    /// The list of signatories: its heading, lead, groups, notes and update line.
    pub signatories: Signatories,
    /// What every page carries: the page label and the running footer.
    pub furniture: Furniture,
    /// The PDF's metadata: title, author, subject, keywords and dates.
    pub meta: Meta,
    /// How the document is printed: theme, bleed, marks.
    pub print: Print,
    /// Which message each string came from, for diagnostics (not part of the JSON).
    #[serde(skip)]
    pub sources: Vec<(String, String)>,
}

/// The logo and the accent colour.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Branding {
    /// Where the layout reads the logo (`/branding/logo.svg`), if there is one.
    pub logo: Option<String>,
    /// Its alternative text.
    pub logo_alt: Option<String>,
    /// The accent colour for the theme printed, `#rrggbb` (none: the layout's own).
    pub accent: Option<String>,
}

/// Text that may carry emphasis, links and footnotes: the plain text, and the same as runs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Rich {
    /// The plain text, without emphasis, links or footnotes.
    pub text: String,
    /// The same text as runs, with its emphasis, links and footnotes.
    pub spans: Vec<Inline>,
}

/// A run of rich text: text with its emphasis and link, or a footnote.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Inline {
    /// Text with its emphasis and link.
    Text {
        /// The run's text, the language's typography applied.
        text: String,
        /// Whether it is emphasised (`*…*`).
        emph: bool,
        /// Whether it is strongly emphasised (`**…**`).
        strong: bool,
        /// Where it links to (an `https://`, `http://` or `mailto:` address); `None` when it is
        /// no link.
        link: Option<String>,
    },
    /// A footnote: its number in the document (1, 2, 3 …) and its text.
    Note {
        /// The footnote's number, counted through the whole document from 1.
        number: usize,
        /// The footnote's text as runs (never another footnote).
        spans: Vec<Inline>,
    },
}

/// One block of the body in this language, serialised with its `kind` (`heading`, `paragraph`,
/// …).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A heading below the title.
    Heading {
        /// Its level: 2, or 3 for a sub-heading.
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph of rich text.
    Paragraph {
        /// The paragraph's message id.
        id: String,
        /// Its plain text.
        text: String,
        /// Its text as runs.
        spans: Vec<Inline>,
    },
    /// A bulleted or numbered list, with an optional lead sentence.
    List {
        /// Whether the list is numbered (else bulleted).
        numbered: bool,
        /// The sentence that introduces the list; `None` when publish.toml gives none.
        lead: Option<Rich>,
        /// The list's items, in order.
        items: Vec<Rich>,
    },
    /// A block quotation, with an optional lead-in and attribution.
    Quote {
        /// The sentence that leads into it, kept with it; `None` when publish.toml gives none.
        lead: Option<Rich>,
        /// The quotation's plain text.
        text: String,
        /// The quotation as runs.
        spans: Vec<Inline>,
        /// Who is quoted; `None` when publish.toml gives no attribution.
        attribution: Option<String>,
    },
    /// A letter's addressee.
    Addressee {
        /// Its lines, one message each, in order.
        lines: Vec<String>,
    },
    /// A letter's subject line ("Re: …").
    Subject {
        /// The subject line's text.
        text: String,
    },
    /// A letter's salutation ("Dear …").
    Salutation {
        /// The salutation's text.
        text: String,
    },
    /// A letter's closing ("Sincerely,").
    Closing {
        /// The closing's text.
        text: String,
    },
    /// Who to contact, a block kept whole.
    Contact {
        /// The block's label ("Media contact"), in this language; `None` when publish.toml gives
        /// none.
        label: Option<String>,
        /// The contact's name, in this language.
        name: String,
        /// Their role, in this language; `None` when publish.toml gives none.
        role: Option<String>,
        /// Their e-mail address, as publish.toml writes it; `None` when it gives none.
        email: Option<String>,
        /// Their telephone number, as publish.toml writes it; `None` when it gives none.
        phone: Option<String>,
        /// The telephone number as a `tel:` address (digits and `+` only).
        tel: Option<String>,
    },
    /// Notes to editors, set smaller.
    Notes {
        /// The notes' title; `None` when publish.toml gives none.
        title: Option<String>,
        /// The notes, in order.
        items: Vec<Rich>,
    },
}

/// The list of signatories, in this language.
#[derive(Debug, Clone, Serialize)]
pub struct Signatories {
    /// The list's heading ("Signatories").
    pub heading: Option<String>,
    /// The sentence that introduces the list ("The Coalition … and:").
    pub lead: Option<String>,
    /// The groups, in publish.toml's order (one, without heading, when it declares none).
    pub groups: Vec<Group>,
    /// The notes on entries, each once, with the mark its entries carry (*, †, ‡, §, then
    /// doubled), in the order of their first entry.
    pub notes: Vec<EntryNote>,
    /// When some signed after the statement's date: "List updated on 20 January 2025: 3
    /// signatories added" (the message `signatories-updated`), to print under the list.
    pub updated: Option<String>,
    /// The mark late entries carry (`late` is true on them) when publish.toml's `mark_late`
    /// asks for it; the layout prints it before `updated` too.
    pub late_mark: Option<String>,
    /// What the language puts between an entry's name and its country (", "; "، " in Arabic:
    /// CLDR's list of units).
    pub country_separator: String,
}

/// A group of signatories, in this language.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// The group's heading; `None` when it has none (as the one group of an undivided list).
    pub heading: Option<String>,
    /// A note for the whole group ("Affiliations for identification purposes only").
    pub note: Option<String>,
    /// In the order to print (sorted for the language, or as listed).
    pub entries: Vec<Signatory>,
}

/// A note on entries, given once with the mark its entries carry.
#[derive(Debug, Clone, Serialize)]
pub struct EntryNote {
    /// The mark (`*`, `†`, `‡`, `§`, then doubled).
    pub mark: String,
    /// The note's text, in this language.
    pub text: String,
    /// Whether several entries carry it (the layout then prints its text once per page).
    pub shared: bool,
}

/// A signatory as printed in this language.
#[derive(Debug, Clone, Serialize)]
pub struct Signatory {
    /// The signatory's message id (`sig-amnesty-international`).
    pub id: String,
    /// The signatory's name in this language.
    pub name: String,
    /// An individual's affiliation, in this language.
    pub affiliation: Option<String>,
    /// The country, named in this language.
    pub country: Option<String>,
    /// The mark of the note on this entry (its text is in `signatories.notes`).
    pub note: Option<String>,
    /// Whether it signed after the statement's date and late entries are marked
    /// (`signatories.late_mark`).
    pub late: bool,
    /// What the entry sorts under, when not its name (the message's `.sort` attribute).
    #[serde(skip)]
    pub sort_key: Option<String>,
    /// The note's text, before marks are given.
    #[serde(skip)]
    pub note_text: Option<String>,
}

/// What every page carries besides the content.
#[derive(Debug, Clone, Serialize)]
pub struct Furniture {
    /// "Page 2 of 3" as parts: `{"text": "Page "}`, `{"field": "page"}`, `{"text": " of "}`,
    /// `{"field": "pages"}`.
    pub page_label: Vec<Segment>,
    /// The text of the running footer.
    pub running_footer: String,
}

/// A part of the page label: text, or a page number the layout fills in.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Segment {
    /// Text, printed as it is.
    Text {
        /// The text between the page numbers ("Page ", " of ").
        text: String,
    },
    /// A page number the layout fills in.
    Field {
        /// `page` (this page's number) or `pages` (how many pages there are).
        field: String,
    },
}

/// How the document is printed: the theme, the bleed, the crop marks and how far it is fitted.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Print {
    /// "default", or "contrast": light text on a dark page.
    pub theme: Theme,
    /// Bleed on each side, in millimetres (0: none).
    pub bleed_mm: f64,
    /// Crop marks: the page grows by the bleed and a slug, the trimmed page sits inside.
    pub marks: bool,
    /// How far the layout is tightened to fit `--fit-pages`: 0 as designed, 1 every limit the
    /// layout states reached (layout.toml's `fit`).
    pub fit: f64,
    /// Paragraphs publish's preflight asks the layout to set again, by the key the layout library
    /// names them with (`"3"`, the fourth block; `"3.1"`, its second item; `"3.lead"`): empty on
    /// the first compilation.
    pub reset: std::collections::BTreeMap<String, Reset>,
    /// The layout's options (its layout.toml's `[options]`): publish.toml's `[layout]` values,
    /// else the defaults (`date = "letterhead"`).
    pub options: std::collections::BTreeMap<String, String>,
}

/// How to set one paragraph again (the layout library's `body` reads it): what the preflight saw
/// there decides it. Its default is how the library sets a paragraph of the body at first: its
/// last two words tied.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Reset {
    /// 1: spaces and letters give a little more, hyphens cost less and runts more; 2: set
    /// ragged.
    pub level: u8,
    /// Tie the last two words (the paragraph ended on one word alone).
    pub tie: bool,
    /// Hyphens cost more (lines ended in hyphens three or more in a row).
    pub ladder: bool,
    /// Words not to hyphenate (they were broken with fewer than three letters on a side).
    pub keep: Vec<String>,
    /// For a letter's closing: how many blocks before it go to its page with it (it stood at the
    /// top of a page with fewer than two lines of the body).
    pub carry: u8,
}

impl Default for Reset {
    fn default() -> Self {
        Self { level: 0, tie: true, ladder: false, keep: Vec::new(), carry: 0 }
    }
}

/// The PDF's metadata, for Typst's `set document(...)`.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    /// The document's title: the statement's title, else the letter's subject line, else the
    /// message `meta-subject`.
    pub title: String,
    /// The document's author (the statement's author); `None` when it has none.
    pub author: Option<String>,
    /// The document's subject (the message `meta-subject`).
    pub subject: String,
    /// The document's keywords, from the comma-separated message `meta-keywords`, empty ones left
    /// out.
    pub keywords: Vec<String>,
    /// The statement's date, ISO 8601.
    pub date: String,
    /// The date of the last late signature, ISO 8601, when the list was updated after the
    /// statement's date (the PDF's modification date).
    pub updated: Option<String>,
}

/// Options of the model that come from the command line and the project's files.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The paper the document is set on.
    pub paper: Paper,
    /// Whether a message missing in the language takes the reference's text, with a warning
    /// (`--allow-fallback`), rather than an error.
    pub allow_fallback: bool,
    /// How the document is printed, copied into the model's `print`.
    pub print: Print,
    /// Where the layout reads the logo (its path in the layout's file system), by locale tag;
    /// the entry `*` for every language without its own.
    pub logos: std::collections::BTreeMap<String, String>,
    /// The accent colour for the theme printed, if the statement gives one.
    pub accent: Option<String>,
    /// The parts of the frame the outputs show, and so require.
    pub parts: Parts,
}

/// The parts of the frame a document's outputs show (`ids::PARTS`): those one of them always
/// prints, whose message every language must have, and those one may print, read when the
/// reference has them and left out when it does not. A part no output shows is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// Shown by some output: required.
    pub required: std::collections::BTreeSet<String>,
    /// Shown when present, by some output, and required by none.
    pub optional: std::collections::BTreeSet<String>,
    /// Which output requires each required part ("the `handout` layout"), for the error when
    /// its message is missing.
    pub by: std::collections::BTreeMap<String, String>,
}

impl Default for Parts {
    /// Every part required: what a layout that declares no parts shows.
    fn default() -> Self {
        Self {
            required: ids::PARTS.iter().map(|s| (*s).to_string()).collect(),
            optional: Default::default(),
            by: Default::default(),
        }
    }
}

impl Parts {
    /// No part at all: what the union of outputs starts from.
    pub fn none() -> Self {
        Self { required: Default::default(), optional: Default::default(), by: Default::default() }
    }

    /// Adds what one output (`who`: "the `handout` layout") shows: `shows` required, `may_show`
    /// optional unless another output requires it.
    pub fn add<'a>(
        &mut self,
        who: &str,
        shows: impl IntoIterator<Item = &'a str>,
        may_show: impl IntoIterator<Item = &'a str>,
    ) {
        for id in shows {
            self.optional.remove(id);
            self.required.insert(id.to_string());
            self.by.entry(id.to_string()).or_insert_with(|| who.to_string());
        }
        for id in may_show {
            if !self.required.contains(id) {
                self.optional.insert(id.to_string());
            }
        }
    }

    /// Whether an output shows the part, always or when present.
    pub fn shown(&self, id: &str) -> bool {
        self.required.contains(id) || self.optional.contains(id)
    }
}

/// What the web page shows of the frame: its date line and the list's heading always; the
/// kicker, the author and the list's lead when present; its title when present, else the
/// document's title (`Meta::title`).
pub const WEB_SHOWS: [&str; 2] = [ids::DATELINE, ids::SIGNATORIES_HEADING];
/// What the web page shows of the frame when present.
pub const WEB_MAY_SHOW: [&str; 4] = [ids::KICKER, ids::TITLE, ids::AUTHOR, ids::SIGNATORIES_LEAD];

struct Builder<'a> {
    fmt: Formatter<'a>,
    /// publish.toml's `country_names = "short"`.
    short_countries: bool,
    language: &'a Language,
    sources: Vec<(String, String)>,
    /// The footnotes numbered so far.
    notes: usize,
}

/// Between the pieces of rich text while typography runs over all of them at once (so that
/// French spacing and quotes see across a change of emphasis); never in the text itself.
const PIECE: char = '\u{E001}';

impl Builder<'_> {
    fn error(&mut self, code: &'static str, id: &str, message: String, help: &str) {
        self.fmt.diags.push(
            Diagnostic::error(code, message)
                .for_id(id)
                .for_locale(self.language.tag.clone())
                .help(help.to_string()),
        );
    }

    /// A plain field: formatted, the language's typography applied; a link or a footnote mark
    /// has no place in it.
    fn text(&mut self, id: &str, args: &FluentArgs) -> String {
        let raw = self.fmt.format(id, None, args, false).unwrap_or_default();
        self.finish(id, &raw)
    }

    /// A part of the frame (`ids::PARTS`), as the outputs show it: required, read when present,
    /// or not read at all.
    fn part(&mut self, parts: &Parts, id: &str, args: &FluentArgs) -> Option<String> {
        if parts.required.contains(id) {
            Some(self.text(id, args))
        } else if parts.optional.contains(id) {
            let raw = self.fmt.format(id, None, args, true)?;
            Some(self.finish(id, &raw))
        } else {
            None
        }
    }

    fn optional(&mut self, id: &str, attr: &str, args: &FluentArgs) -> Option<String> {
        let raw = self.fmt.format(id, Some(attr), args, true)?;
        Some(self.finish(&format!("{id}.{attr}"), &raw))
    }

    fn finish(&mut self, id: &str, raw: &str) -> String {
        let parts = crate::l10n::split_links(raw);
        if parts.iter().any(|(_, link)| link.is_some()) {
            self.error(
                "link-place",
                id,
                format!(
                    "`{id}` holds a link, which only a paragraph, a list, a quotation or a note can show"
                ),
                "move the LINK(...) into the body's text, or write its text without LINK",
            );
        }
        let text: String = parts.into_iter().map(|(t, _)| t).collect();
        let text = typography::apply(&text, self.language);
        self.sources.push((id.to_string(), text.clone()));
        text
    }

    /// Rich text: `LINK()` calls and the inline notation (`l10n::markup`) read into runs, footnotes
    /// numbered from the message's `.note-<name>` attributes, typography over the whole.
    fn rich(&mut self, id: &str, args: &FluentArgs) -> Rich {
        let raw = self.fmt.format(id, None, args, false).unwrap_or_default();
        let spans = self.inline(id, &raw, args, true);
        let text = plain_text(&spans);
        self.sources.push((id.to_string(), text.clone()));
        Rich { text, spans }
    }

    fn inline(&mut self, id: &str, raw: &str, args: &FluentArgs, notes: bool) -> Vec<Inline> {
        // Pieces first, as written; typography next, over all the text at once.
        let mut pieces: Vec<markup::Piece> = Vec::new();
        for (part, link) in crate::l10n::split_links(raw) {
            match link {
                Some(url) => {
                    if !markup::is_safe_url(&url) {
                        self.error(
                            "link",
                            id,
                            format!("`{id}` links to {url:?}, which is not a web or mail address"),
                            "a link goes to an https://, http:// or mailto: address",
                        );
                    }
                    pieces.push(markup::Piece::Text {
                        text: part,
                        emph: false,
                        strong: false,
                        link: Some(url),
                    });
                }
                None => {
                    let (found, problems) = markup::parse(&part);
                    for p in problems {
                        self.error(p.code, id, format!("`{id}`: {}", p.message), &p.help);
                    }
                    pieces.extend(found);
                }
            }
        }
        let joined: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                markup::Piece::Text { text, .. } => text.replace(PIECE, ""),
                markup::Piece::Note(_) => String::new(),
            })
            .collect();
        let typeset = typography::apply(&joined.join(&PIECE.to_string()), self.language);
        let mut texts = typeset.split(PIECE);
        let mut out = Vec::new();
        for p in pieces {
            let text = texts.next().unwrap_or_default().to_string();
            match p {
                markup::Piece::Text { emph, strong, link, .. } => {
                    if !text.is_empty() {
                        out.push(Inline::Text { text, emph, strong, link });
                    }
                }
                markup::Piece::Note(name) if notes => {
                    let attr = format!("note-{name}");
                    match self.fmt.format(id, Some(&attr), args, true) {
                        Some(note_raw) => {
                            self.notes += 1;
                            let number = self.notes;
                            let spans = self.inline(&format!("{id}.{attr}"), &note_raw, args, false);
                            out.push(Inline::Note { number, spans });
                        }
                        None => self.error(
                            "footnote-missing",
                            id,
                            format!("`{id}` marks the footnote `[^{name}]`, but has no attribute `.{attr}`"),
                            &format!("add `    .{attr} = <the note's text>` under the message"),
                        ),
                    }
                }
                markup::Piece::Note(name) => self.error(
                    "markup",
                    id,
                    format!("`{id}`: a footnote (`[^{name}]`) inside a footnote"),
                    "a note cannot carry notes of its own: write it into the note's text",
                ),
            }
        }
        out
    }
}

/// The text of a letter's subject line, its first: what names a document without a title.
fn blocks_subject(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|b| match b {
        Block::Subject { text } => Some(text.clone()),
        _ => None,
    })
}

/// The plain text of runs (footnotes left out).
fn plain_text(spans: &[Inline]) -> String {
    spans
        .iter()
        .filter_map(|s| match s {
            Inline::Text { text, .. } => Some(text.as_str()),
            Inline::Note { .. } => None,
        })
        .collect()
}

/// The marks of notes on signatories: *, †, ‡, §, then each doubled, tripled…
pub fn note_mark(index: usize) -> String {
    const MARKS: [char; 4] = ['*', '\u{2020}', '\u{2021}', '\u{00A7}'];
    MARKS[index % 4].to_string().repeat(index / 4 + 1)
}

/// The message ids of the document's frame: the parts every document has besides its blocks
/// and signatories. Each is named once, here: the model reads them, `publish check` requires
/// them.
pub mod ids {
    /// The line above the title ("Joint statement").
    pub const KICKER: &str = "statement-kicker";
    /// The statement's title.
    pub const TITLE: &str = "statement-title";
    /// The date line under the title.
    pub const DATELINE: &str = "statement-dateline";
    /// Who issues the statement.
    pub const AUTHOR: &str = "statement-author";
    /// The heading of the signatories' list.
    pub const SIGNATORIES_HEADING: &str = "signatories-heading";
    /// The sentence that introduces the list.
    pub const SIGNATORIES_LEAD: &str = "signatories-lead";
    /// The PDF's subject.
    pub const META_SUBJECT: &str = "meta-subject";
    /// The PDF's keywords, comma-separated.
    pub const META_KEYWORDS: &str = "meta-keywords";
    /// "Page 2 of 3", with `$page` and `$pages`.
    pub const PAGE_LABEL: &str = "page-label";
    /// The footer on every page.
    pub const RUNNING_FOOTER: &str = "running-footer";
    /// The parts of the frame a layout declares it shows (its layout.toml's `shows` and
    /// `may-show`): required only when some output shows them. The others (the metadata, the
    /// page label and the footer) every document has.
    pub const PARTS: [&str; 6] = [KICKER, TITLE, DATELINE, AUTHOR, SIGNATORIES_HEADING, SIGNATORIES_LEAD];
    /// Every frame message, in the order the document reads them.
    pub const FRAME: [&str; 10] = [
        KICKER,
        TITLE,
        DATELINE,
        AUTHOR,
        SIGNATORIES_HEADING,
        SIGNATORIES_LEAD,
        META_SUBJECT,
        META_KEYWORDS,
        PAGE_LABEL,
        RUNNING_FOOTER,
    ];
    /// The message that says the list was updated after the statement's date, with `$updated`
    /// (the last signature's date) and `$added` (how many signed after the statement's date):
    /// required only when some did.
    pub const UPDATED: &str = "signatories-updated";
    /// The numbers publish passes to messages besides publish.toml's `[numbers]`: `$count`
    /// (the signatories) and `$added` (those who signed late). A sentence with one of them may
    /// need a plural form in another language even where the reference needs none.
    pub const COUNTS: [&str; 2] = ["count", "added"];
}

/// The mark of a late signature, when publish.toml's `mark_late` asks for one.
pub const LATE_MARK: &str = "+";

/// Builds one language's document. Returns it with every diagnostic met; the caller refuses
/// to typeset when any is an error.
pub fn build(
    config: &Config,
    catalog: &Catalog,
    language: &Language,
    options: &Options,
) -> (Document, Vec<Diagnostic>) {
    let locale = catalog.get(&language.tag).expect("the catalog holds every requested locale");
    let reference = catalog.get(&config.reference).expect("the catalog holds the reference locale");
    let mut b = Builder {
        fmt: Formatter::new(locale, reference, options.allow_fallback),
        short_countries: config.short_country_names,
        language,
        sources: Vec::new(),
        notes: 0,
    };
    let date = config.date.format("%Y-%m-%d").to_string();
    let mut pairs: Vec<(&str, FluentValue)> =
        config.numbers.iter().map(|(k, v)| (k.as_str(), FluentValue::from(*v))).collect();
    pairs.push(("date", FluentValue::from(date.clone())));
    pairs.push((ids::COUNTS[0], FluentValue::from(config.signatories.len())));
    let args = l10n::args(pairs);

    let parts = &options.parts;
    let kicker = b.part(parts, ids::KICKER, &args);
    // A title's marks (`l10n::title`): ties and suggested breaks for the page, none in plain text.
    let title = b.part(parts, ids::TITLE, &args).map(|t| crate::l10n::title::read(&t, language.language()));
    let dateline = b.part(parts, ids::DATELINE, &args);
    let author = b.part(parts, ids::AUTHOR, &args);
    // The subtitle (the first block, when there is one) stands under the title, not in the body.
    // Its last two words tied, as every paragraph's: it never ends on one word alone.
    let subtitle = config.blocks.iter().find_map(|block| match block {
        ConfigBlock::Subtitle(id) => {
            let text = b.text(id, &args);
            Some(match text.trim_end().rsplit_once(' ') {
                Some((head, last)) => format!("{head}\u{a0}{last}"),
                None => text,
            })
        }
        _ => None,
    });
    let blocks: Vec<Block> = config.blocks.iter().filter_map(|block| b.block(block, &args)).collect();
    let signatories = b.signatories(config, parts, &args);
    let branding = Branding {
        logo: options.logos.get(&language.tag).or_else(|| options.logos.get("*")).cloned(),
        logo_alt: config.branding.logo_alt.as_ref().map(|id| b.text(id, &args)),
        accent: options.accent.clone(),
    };
    let furniture = b.furniture(&args);
    let subject = b.text(ids::META_SUBJECT, &args);
    // A document without a title of its own (a letter) is named by its subject line ("Re: …"),
    // else by its subject.
    let subject_line = blocks_subject(&blocks);
    let meta = Meta {
        title: match &title {
            Some(t) => t.plain.clone(),
            None => subject_line.unwrap_or_else(|| subject.clone()),
        },
        author: author.clone(),
        subject,
        keywords: b
            .text(ids::META_KEYWORDS, &args)
            .split(',')
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect(),
        date,
        updated: config.late().map(|(_, last)| last.format("%Y-%m-%d").to_string()),
    };

    let diags = std::mem::take(&mut b.fmt.diags);
    let doc = Document {
        schema: SCHEMA,
        statement: config.id.clone(),
        locale: language.tag.clone(),
        lang: language.language().to_string(),
        region: language.region().map(str::to_string),
        dir: language.direction,
        script: language.script.clone(),
        digits: language.digits.clone(),
        paper: options.paper,
        kicker,
        title: title.map(|t| t.display),
        subtitle,
        dateline,
        author: author.map(|a| l10n::isolate_line(&a, language.is_rtl())),
        branding,
        blocks,
        signatories,
        furniture,
        meta,
        print: options.print.clone(),
        sources: b.sources,
    };
    (doc, diags)
}

impl Builder<'_> {
    /// A block of the body, in this language (`None` for the subtitle, which is no part of it).
    fn block(&mut self, block: &ConfigBlock, args: &FluentArgs) -> Option<Block> {
        let rtl = self.language.is_rtl();
        Some(match block {
            ConfigBlock::Subtitle(_) => return None,
            ConfigBlock::Heading { id, level } => Block::Heading {
                level: *level,
                text: crate::l10n::title::read(&self.text(id, args), self.language.language()).display,
            },
            ConfigBlock::Paragraph(id) => {
                let Rich { text, spans } = self.rich(id, args);
                Block::Paragraph { id: id.clone(), text, spans }
            }
            ConfigBlock::List { lead, items, numbered } => Block::List {
                numbered: *numbered,
                lead: lead.as_ref().map(|id| self.rich(id, args)),
                items: items.iter().map(|id| self.rich(id, args)).collect(),
            },
            ConfigBlock::Quote { lead, id, attribution } => {
                let Rich { text, spans } = self.rich(id, args);
                Block::Quote {
                    lead: lead.as_ref().map(|l| self.rich(l, args)),
                    text,
                    spans,
                    attribution: attribution.as_ref().map(|a| self.text(a, args)),
                }
            }
            ConfigBlock::Addressee(lines) => Block::Addressee {
                lines: lines.iter().map(|id| l10n::isolate_line(&self.text(id, args), rtl)).collect(),
            },
            ConfigBlock::Subject(id) => Block::Subject { text: self.text(id, args) },
            ConfigBlock::Salutation(id) => Block::Salutation { text: self.text(id, args) },
            ConfigBlock::Closing(id) => Block::Closing { text: self.text(id, args) },
            ConfigBlock::Contact { label, name, role, email, phone } => Block::Contact {
                label: label.as_ref().map(|l| self.text(l, args)),
                name: l10n::isolate_line(&self.text(name, args), rtl),
                role: role.as_ref().map(|r| l10n::isolate_line(&self.text(r, args), rtl)),
                email: email.clone(),
                phone: phone.clone(),
                tel: phone.as_ref().map(|p| {
                    format!(
                        "tel:{}",
                        p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()
                    )
                }),
            },
            ConfigBlock::Notes { title, items } => Block::Notes {
                title: title.as_ref().map(|t| self.text(t, args)),
                items: items.iter().map(|id| self.rich(id, args)).collect(),
            },
        })
    }

    /// The list: each group's entries in this language, sorted as the group asks; the notes
    /// on entries marked; the update line when some signed after the statement's date.
    fn signatories(&mut self, config: &Config, parts: &Parts, args: &FluentArgs) -> Signatories {
        let mut groups: Vec<Group> = config.groups.iter().map(|g| self.group(config, g, args)).collect();
        let notes = mark_notes(&mut groups);
        let late = config.late();
        let updated = late.map(|(added, last)| {
            let mut a = l10n::args([
                ("updated", FluentValue::from(last.format("%Y-%m-%d").to_string())),
                (ids::COUNTS[1], FluentValue::from(added)),
            ]);
            for (k, v) in args.iter() {
                a.set(k.to_string(), v.clone());
            }
            self.text(ids::UPDATED, &a)
        });
        Signatories {
            heading: self.part(parts, ids::SIGNATORIES_HEADING, args),
            lead: self.part(parts, ids::SIGNATORIES_LEAD, args),
            groups,
            notes,
            updated,
            late_mark: (config.mark_late && late.is_some()).then(|| LATE_MARK.to_string()),
            country_separator: crate::project::countries::separator(&self.language.locale),
        }
    }

    fn group(&mut self, config: &Config, group: &crate::project::config::Group, args: &FluentArgs) -> Group {
        let mut entries: Vec<Signatory> = group.entries.iter().map(|e| self.entry(config, e, args)).collect();
        if group.order == Order::Collation {
            typography::sort_by_collation(&mut entries, self.language, |s| {
                s.sort_key.as_deref().unwrap_or(&s.name)
            });
        }
        // Sorted, a name or an affiliation in the other direction is isolated from what the
        // layout sets beside it.
        let rtl = self.language.is_rtl();
        for e in &mut entries {
            e.name = l10n::isolate_line(&e.name, rtl);
            e.affiliation = e.affiliation.take().map(|a| l10n::isolate_line(&a, rtl));
        }
        Group {
            heading: group.heading.as_ref().map(|h| self.text(h, args)),
            note: group.note.as_ref().map(|n| self.text(n, args)),
            entries,
        }
    }

    fn entry(&mut self, config: &Config, e: &EntryConfig, args: &FluentArgs) -> Signatory {
        let id = &e.id;
        let name = self.text(id, args);
        let note_text = self.optional(id, "note", args);
        let affiliation = self.optional(id, "affiliation", args);
        // Its country, or what it says in the country's place ("International").
        // "Congo - Kinshasa" never breaks at its dash, "Royaume-Uni" nowhere.
        let country = match (&e.country, &e.scope) {
            (Some(code), _) => Some(typography::bind_country(&self.country(code, args))),
            (None, Some(scope)) => {
                Some(typography::bind_country(&self.text(&crate::project::config::scope_id(scope), args)))
            }
            (None, None) => None,
        };
        let sort_key = if self.fmt.has_own_attribute(id, "sort") {
            self.fmt.format(id, Some("sort"), args, true)
        } else {
            None
        };
        Signatory {
            id: id.clone(),
            name,
            affiliation,
            country,
            note: None,
            late: config.mark_late && config.is_late(e),
            sort_key,
            note_text,
        }
    }

    /// A country's name in this language: the translator's own (`country-ke = …`) first, else
    /// CLDR's.
    fn country(&mut self, code: &str, args: &FluentArgs) -> String {
        let own = format!("country-{}", code.to_ascii_lowercase());
        if self.fmt.has_message(&own) {
            return self.text(&own, args);
        }
        let name = crate::project::countries::display(
            code,
            &self.language.langid.to_string(),
            self.language.language(),
            self.short_countries,
        );
        typography::apply(&name, self.language)
    }

    /// The page label (its page numbers as fields the layout fills) and the running footer.
    fn furniture(&mut self, args: &FluentArgs) -> Furniture {
        let mut page_args =
            l10n::args([("page", FluentValue::from(PAGE)), ("pages", FluentValue::from(PAGES))]);
        for (k, v) in args.iter() {
            if k != "page" && k != "pages" {
                page_args.set(k.to_string(), v.clone());
            }
        }
        let label = self.text(ids::PAGE_LABEL, &page_args);
        Furniture { page_label: split_fields(&label), running_footer: self.text(ids::RUNNING_FOOTER, args) }
    }
}

/// One mark per note text, in the order of the entries as printed: the notes, each once.
fn mark_notes(groups: &mut [Group]) -> Vec<EntryNote> {
    let mut notes: Vec<EntryNote> = Vec::new();
    for e in groups.iter_mut().flat_map(|g| g.entries.iter_mut()) {
        if let Some(text) = &e.note_text {
            let mark = match notes.iter_mut().find(|n| &n.text == text) {
                Some(n) => {
                    n.shared = true;
                    n.mark.clone()
                }
                None => {
                    let mark = note_mark(notes.len());
                    notes.push(EntryNote { mark: mark.clone(), text: text.clone(), shared: false });
                    mark
                }
            };
            e.note = Some(mark);
        }
    }
    notes
}

/// Splits a formatted label at the page placeholders.
fn split_fields(label: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = label;
    loop {
        let next = [(PAGE, "page"), (PAGES, "pages")]
            .iter()
            .filter_map(|(m, f)| rest.find(m).map(|i| (i, *m, *f)))
            .min_by_key(|(i, _, _)| *i);
        match next {
            Some((i, marker, field)) => {
                if i > 0 {
                    out.push(Segment::Text { text: rest[..i].to_string() });
                }
                out.push(Segment::Field { field: field.to_string() });
                rest = &rest[i + marker.len()..];
            }
            None => {
                if !rest.is_empty() {
                    out.push(Segment::Text { text: rest.to_string() });
                }
                return out;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_label_splits_into_text_and_fields() {
        let s = split_fields(&format!("Page {PAGE} sur {PAGES}"));
        assert_eq!(
            s,
            vec![
                Segment::Text { text: "Page ".into() },
                Segment::Field { field: "page".into() },
                Segment::Text { text: " sur ".into() },
                Segment::Field { field: "pages".into() },
            ]
        );
    }
}
