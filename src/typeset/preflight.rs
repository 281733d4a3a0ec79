//! The preflight: the typeset pages read as a typographer proofs them, from the frames Typst
//! laid out (not the PDF, not the layout's own report). Typst tells nothing of a loose line or a
//! name broken across columns, as LaTeX tells of overfull and underfull boxes; this does, with
//! the page, the line's first words and a code each (`page-…`).
//!
//! The frames carry the start and end of every paragraph, heading, list item, footnote and
//! labelled element (Typst's introspection tags, which PDF tagging needs too): the walk below
//! gives each run of text to the innermost of them, and the runs of one element at one baseline
//! make a line. What each check sees:
//! - `page-split-entry`: an entry of the list of signatories (an element labelled
//!   `<publish-entry>`) whose lines lie in more than one column or page;
//! - `page-loose-line`: a line, not its paragraph's last, whose word spaces are on average more
//!   than 1.6 times the natural width of a space in their font (`MAX_SPACE_RATIO`);
//! - `page-hyphen-ladder`: more than two consecutive lines of a paragraph ending in a hyphen;
//! - `page-hyphen-fragment`: a word hyphenated with two letters or fewer on one side;
//! - `page-runt`: a paragraph whose last line is a single word (a runt, as Typst's `costs` call
//!   it: the tail of a hyphenated word, or a word alone);
//! - `page-stranded-heading`: a heading whose text that follows begins on a later page, or has
//!   only one line on the heading's page;
//! - `page-short-page`: a page before the last that is less than half full, or, in a document
//!   fitted to its pages, whose text ends more than 35 mm above the foot of its text area (or its
//!   notes);
//! - `page-last-page-lines`: a last page holding no more than five lines of the text, in its
//!   top quarter (not said of a document fitted to its pages);
//! - `page-footer-wrap`: a running footer (the page's marginals) set on more than one line;
//! - `page-stranded-closing`: a letter's closing (the `<publish-block>` key a
//!   `metadata(..) <publish-closing>` names) at the top of a page with fewer than two lines of
//!   the body above it there;
//! - `page-footnote-apart`: a footnote set on another page than its mark (Typst 0.15 may move
//!   the line of a mark to the next page after setting its note, or set a note that does not
//!   fit on the next page: typst/typst#5314).
//!
//! Owns: reading the pages for typographic faults. Must not: compile, or change a document.

use std::collections::HashMap;

use typst::foundations::{Content, NativeElement, Value};
use typst::introspection::{Location, MetadataElem, Tag};
use typst::layout::{Frame, FrameItem, Transform};
use typst::model::{EnumElem, FootnoteBody, FootnoteElem, FootnoteEntry, HeadingElem, ListElem, ParElem};
use typst::text::TextItem;
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;

/// The most a justified line's word spaces may stretch, on average, as a ratio of a space's
/// natural width in its font.
pub const MAX_SPACE_RATIO: f64 = 1.6;
/// The most consecutive lines of a paragraph that may end in a hyphen.
pub const MAX_HYPHENS_IN_A_ROW: usize = 2;
/// The fewest letters a hyphenated word keeps on each side of the break.
pub const MIN_FRAGMENT: usize = 3;
/// The tallest empty band a page before the last of a fitted document may leave under its text,
/// in points (35 mm).
pub const MAX_EMPTY_BAND_PT: f64 = 35.0 * 72.0 / 25.4;
/// The label of an element a layout sets as one unit that must not break (an entry of the
/// list of signatories).
pub const ENTRY_LABEL: &str = "publish-entry";
/// The label of the `metadata` the layout library puts before each of the body's blocks and
/// items, naming it (`"3"`, `"3.1"`), and after the body (`none`).
pub const BLOCK_LABEL: &str = "publish-block";
/// The label of the `metadata` naming the key of a letter's closing.
pub const CLOSING_LABEL: &str = "publish-closing";

/// How the layout library names an entry of the list that has a note (`entry.<group>.<index>`,
/// a `<publish-block>` key): the key its room for the note is kept under in `print.reset`.
pub const NOTE_ENTRY: &str = "entry.";

/// What kind of element holds a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A paragraph.
    Paragraph,
    /// A heading.
    Heading,
    /// Text set in a block of its own, not a paragraph: a list item's body, a table cell, a
    /// lead set as a block of text.
    Other,
}

/// One line of an element as it lies on a page.
#[derive(Debug, Clone)]
pub struct Line {
    /// 0-based page index.
    pub page: usize,
    /// Its left edge, in points from the page's left edge.
    pub left: f64,
    /// Its right edge.
    pub right: f64,
    /// The baseline, in points from the page's top.
    pub y: f64,
    /// The largest font size on it, in points.
    pub size: f64,
    /// Its text: its runs joined from left to right as they lie (a space between two words of a
    /// right-to-left line may be set as a run of its own), the other way when the line begins
    /// with a right-to-left letter, so that it reads in its order.
    pub text: String,
    /// Its runs' texts, with where each begins.
    pieces: Vec<(f64, String)>,
    /// Word spaces on it that take room (a line's last space is trimmed to nothing).
    pub spaces: usize,
    /// Their widths as set, in ems of their fonts.
    pub set_width: f64,
    /// Their natural widths in their fonts, in ems.
    pub natural_width: f64,
    /// Whether the line ends at a hyphen Typst added (hyphenation, a soft hyphen).
    pub hyphenated: bool,
}

impl Line {
    /// The mean word space as set, divided by its natural width (1 in ragged text).
    pub fn space_ratio(&self) -> f64 {
        if self.natural_width > 0.0 { self.set_width / self.natural_width } else { 1.0 }
    }
}

/// An element with text of its own: its lines in reading order.
#[derive(Debug, Clone)]
pub struct Unit {
    /// What it is.
    pub kind: Kind,
    /// Whether it lies in a footnote.
    pub footnote: bool,
    /// Whether it is part of a page's marginals (running header or footer: Typst's artifacts).
    pub marginal: bool,
    /// The entry of the list of signatories it belongs to, if any (the index into `entries`).
    pub entry: Option<usize>,
    /// Whether it lies in an item of a list or enumeration.
    pub item: bool,
    /// The key of the body's block (or item) it belongs to, as the layout library names it
    /// (`<publish-block>`), if any.
    pub block: Option<String>,
    /// Its lines.
    pub lines: Vec<Line>,
}

/// The text area of a page, as far as the text of the document's pages shows it.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    /// Its top, in points from the page's top.
    pub top: f64,
    /// Its bottom.
    pub bottom: f64,
}

/// A typeset document read for the preflight.
#[derive(Debug, Default)]
pub struct Pages {
    /// Every element with text, in the order the frames hold them.
    pub units: Vec<Unit>,
    /// Each page's text area as its text shows it (from the highest line of any page of its
    /// size to the lowest), if it has text.
    pub areas: Vec<Option<Area>>,
    /// How many entries (elements labelled `<publish-entry>`) the document has.
    pub entries: usize,
    /// The footnotes, in the order of their marks.
    pub notes: Vec<Note>,
    /// The key of the letter's closing, if the document has one (`<publish-closing>`).
    pub closing: Option<String>,
}

/// A footnote: where its mark is and where its text is set.
#[derive(Debug, Clone)]
pub struct Note {
    /// The mark's location (the footnote element's).
    mark: Location,
    /// The 0-based page of the mark.
    pub mark_page: usize,
    /// The pages its text is set on (a long note may go on to the next page).
    pub text_pages: Vec<usize>,
    /// Its text.
    pub text: String,
    /// The key of the block the mark is in (an entry of the list with a note names itself).
    pub block: Option<String>,
}

/// What an open element is, for the walk.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// A paragraph, heading or block of text: runs go to its unit.
    Unit(usize),
    /// A footnote's entry.
    Footnote,
    /// A page's marginals.
    Marginal,
    /// An entry of the list.
    Entry(usize),
    /// A list or enumeration: transparent, but its text is its items'.
    Item,
    /// Anything else (emphasis, a link, a context): transparent.
    Inline,
}

struct Walker {
    pages: Pages,
    stack: Vec<(Location, Open)>,
    by_location: HashMap<Location, usize>,
    entry_at: HashMap<Location, usize>,
    page: usize,
    block: Option<String>,
    /// The unit of the text in no element on a page, and the page.
    loose: Option<(usize, usize)>,
}

/// Reads a typeset document's pages into lines.
pub fn read(document: &PagedDocument) -> Pages {
    let mut w = Walker {
        pages: Pages::default(),
        stack: Vec::new(),
        by_location: HashMap::new(),
        entry_at: HashMap::new(),
        page: 0,
        block: None,
        loose: None,
    };
    for (i, page) in document.pages().iter().enumerate() {
        w.page = i;
        w.walk(&page.frame, Transform::identity());
    }
    // The text area, as far as the text shows it: from the highest line of any page to the
    // lowest (a body line or a note, the running header and footer left out), on pages of one
    // size. A page is full when its text reaches that foot.
    let mut pages = w.pages;
    for page in document.pages() {
        let size = page.frame.size();
        let (mut top, mut bottom) = (f64::INFINITY, f64::NEG_INFINITY);
        for unit in pages.units.iter().filter(|u| !u.marginal) {
            for line in unit.lines.iter().filter(|l| document.pages()[l.page].frame.size() == size) {
                top = top.min(line.y - line.size);
                bottom = bottom.max(line.y + 0.25 * line.size);
            }
        }
        pages.areas.push((top < bottom).then_some(Area { top, bottom }));
    }
    pages
}

impl Walker {
    fn walk(&mut self, frame: &Frame, ts: Transform) {
        for (pos, item) in frame.items() {
            match item {
                FrameItem::Group(group) => {
                    let inner = ts.pre_concat(Transform::translate(pos.x, pos.y)).pre_concat(group.transform);
                    self.walk(&group.frame, inner);
                }
                FrameItem::Text(text) => {
                    let at = pos.transform(ts);
                    self.text(text, at.x.to_pt(), at.y.to_pt(), ts.sx.get());
                }
                FrameItem::Tag(Tag::Start(content, _)) => self.start(content),
                FrameItem::Tag(Tag::End(location, _, _)) => {
                    if let Some(i) = self.stack.iter().rposition(|(l, _)| l == location) {
                        self.stack.truncate(i);
                    }
                }
                _ => {}
            }
        }
    }

    fn start(&mut self, content: &Content) {
        let Some(location) = content.location() else { return };
        let elem = content.elem();
        let label = content.label().map(typst::foundations::Label::resolve);
        if label.as_ref().is_some_and(|l| l.as_str() == BLOCK_LABEL)
            && let Some(meta) = content.to_packed::<MetadataElem>()
        {
            self.block = match &meta.value {
                Value::Str(key) => Some(key.to_string()),
                _ => None,
            };
        }
        if label.as_ref().is_some_and(|l| l.as_str() == CLOSING_LABEL)
            && let Some(meta) = content.to_packed::<MetadataElem>()
            && let Value::Str(key) = &meta.value
        {
            self.pages.closing = Some(key.to_string());
        }
        let labelled_entry = label.as_ref().is_some_and(|l| l.as_str() == ENTRY_LABEL);
        let in_note = self.stack.iter().any(|(_, o)| *o == Open::Footnote);
        if let Some(mark) = content.to_packed::<FootnoteElem>()
            && !mark.is_ref()
            && !in_note
        {
            let (page, block) = (self.page, self.block.clone());
            match self.pages.notes.iter_mut().find(|n| n.mark == location) {
                // Its text was met first, on an earlier page.
                Some(note) if note.mark_page == usize::MAX => (note.mark_page, note.block) = (page, block),
                Some(_) => {}
                None => self.pages.notes.push(Note {
                    mark: location,
                    mark_page: page,
                    text_pages: Vec::new(),
                    text: String::new(),
                    block,
                }),
            }
        }
        if let Some(entry) = content.to_packed::<FootnoteEntry>()
            && let Some(mark) = entry.note.location()
        {
            let page = self.page;
            let text = match &entry.note.body {
                FootnoteBody::Content(c) => c.plain_text().to_string(),
                FootnoteBody::Reference(l) => l.resolve().to_string(),
            };
            match self.pages.notes.iter_mut().find(|n| n.mark == mark) {
                Some(note) => {
                    note.text_pages.push(page);
                    note.text = text;
                }
                // A note set before its mark is met (on an earlier page).
                None => self.pages.notes.push(Note {
                    mark,
                    mark_page: usize::MAX,
                    text_pages: vec![page],
                    text,
                    block: None,
                }),
            }
        }
        let open = if labelled_entry {
            let next = self.pages.entries;
            let i = *self.entry_at.entry(location).or_insert(next);
            if i == next {
                self.pages.entries += 1;
            }
            Open::Entry(i)
        } else if elem == FootnoteEntry::ELEM {
            Open::Footnote
        } else if elem.name() == "artifact" {
            Open::Marginal
        } else if elem == ParElem::ELEM || elem == HeadingElem::ELEM {
            let kind = if elem == HeadingElem::ELEM { Kind::Heading } else { Kind::Paragraph };
            Open::Unit(self.unit(location, kind))
        } else if elem == ListElem::ELEM || elem == EnumElem::ELEM {
            Open::Item
        } else {
            Open::Inline
        };
        self.stack.push((location, open));
    }

    /// The unit of an element, made the first time it is met (a paragraph broken across pages
    /// is met again on the next).
    fn unit(&mut self, location: Location, kind: Kind) -> usize {
        if let Some(&i) = self.by_location.get(&location) {
            return i;
        }
        let i = self.fresh(kind);
        self.by_location.insert(location, i);
        i
    }

    /// A new unit of `kind`, in the elements open now.
    fn fresh(&mut self, kind: Kind) -> usize {
        let footnote = self.stack.iter().any(|(_, o)| *o == Open::Footnote);
        let marginal = self.stack.iter().any(|(_, o)| *o == Open::Marginal);
        let entry =
            self.stack.iter().rev().find_map(|(_, o)| if let Open::Entry(i) = o { Some(*i) } else { None });
        let item = self.stack.iter().any(|(_, o)| *o == Open::Item);
        let block = if footnote || marginal || entry.is_some() { None } else { self.block.clone() };
        self.pages.units.push(Unit { kind, footnote, marginal, entry, item, block, lines: Vec::new() });
        self.pages.units.len() - 1
    }

    fn text(&mut self, text: &TextItem, x: f64, y: f64, scale: f64) {
        // The innermost paragraph or heading; else the innermost element (a list item's body,
        // a cell), which holds its text as a block of its own. A footnote or a page's marginals
        // are a world of their own: a paragraph that goes on to the next page is still open
        // while its page's notes and footer are read, and does not hold their text.
        let mut own = None;
        for &(location, open) in self.stack.iter().rev() {
            match open {
                Open::Unit(i) => {
                    own = Some(i);
                    break;
                }
                Open::Footnote | Open::Marginal => {
                    own = Some(self.unit(location, Kind::Other));
                    break;
                }
                _ => {}
            }
        }
        let unit = match own {
            Some(u) => u,
            None => match self.stack.last() {
                Some(&(location, _)) => self.unit(location, Kind::Other),
                // Text in no element at all (a block of text at the document's top level): one
                // unit for each page's such text.
                None => match self.loose {
                    Some((page, i)) if page == self.page => i,
                    _ => {
                        let i = self.fresh(Kind::Other);
                        self.loose = Some((self.page, i));
                        i
                    }
                },
            },
        };
        let size = text.size.to_pt() * scale;
        let width = text.width().to_pt() * scale;
        let font = &text.font;
        let mut spaces = 0;
        let (mut set_width, mut natural_width) = (0.0, 0.0);
        for glyph in &text.glyphs {
            if text.text.get(glyph.range()) == Some(" ") && glyph.x_advance.get() > 0.0 {
                spaces += 1;
                set_width += glyph.x_advance.get();
                natural_width +=
                    font.x_advance(glyph.id).map_or(glyph.x_advance.get(), typst::layout::Em::get);
            }
        }
        // A hyphen Typst added at a line's end (hyphenation) is a run of its own; a soft hyphen
        // of the text ends its run.
        let hyphen = text.text.as_str() == "\u{AD}" || text.text.ends_with('\u{AD}');
        let shown: String = text.text.chars().filter(|&c| c != '\u{AD}').collect();
        let page = self.page;
        let lines = &mut self.pages.units[unit].lines;
        // A run on the last line's baseline (within half its size: a footnote mark is raised)
        // continues it.
        match lines.last_mut() {
            Some(line) if line.page == page && (line.y - y).abs() < 0.5 * line.size.max(size) => {
                line.left = line.left.min(x);
                line.right = line.right.max(x + width);
                line.size = line.size.max(size);
                line.pieces.push((x, shown));
                line.text = joined(&line.pieces);
                line.spaces += spaces;
                line.set_width += set_width;
                line.natural_width += natural_width;
                line.hyphenated |= hyphen;
            }
            _ => lines.push(Line {
                page,
                left: x,
                right: x + width,
                y,
                size,
                text: shown.clone(),
                pieces: vec![(x, shown)],
                spaces,
                set_width,
                natural_width,
                hyphenated: hyphen,
            }),
        }
    }
}

/// A line's runs joined as they lie, left to right; right to left when its first letter is
/// (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
fn joined(pieces: &[(f64, String)]) -> String {
    let mut sorted: Vec<&(f64, String)> = pieces.iter().collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let rtl =
        |c: char| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
    let first = sorted.iter().flat_map(|(_, t)| t.chars()).find(|c| c.is_alphabetic());
    if first.is_some_and(rtl) {
        sorted.reverse();
    }
    sorted.iter().map(|(_, t)| t.as_str()).collect()
}

/// The first words of a line, for a message.
fn words(text: &str) -> String {
    super::checks::excerpt_of(text, 48)
}

/// Letters in a word fragment (punctuation and marks left out).
fn letters(fragment: &str) -> usize {
    fragment.chars().filter(|c| c.is_alphabetic()).count()
}

/// What setting a paragraph again may mend.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Mend {
    /// A loose line: let spaces and letters give more, then hyphenate more readily, then set it
    /// ragged.
    Loose,
    /// A runt: tie the last two words; when it is the tail of a hyphenated word, that word
    /// (not to be hyphenated).
    Runt(Option<String>),
    /// A word hyphenated too near its end: not to be hyphenated.
    Fragment(String),
    /// A hyphen ladder: hyphens cost more.
    Ladder,
    /// A note on an entry of the list set on another page than its mark: more room kept below
    /// the entry.
    Note,
    /// A letter's closing at the top of a page with fewer than two lines of the body: one more
    /// block before it goes with it.
    Carry,
    /// A heading of the body at a page's foot without two lines of its text: it begins a page.
    Break,
    /// A last page holding a few names of the list: the list's entries closer together, so that
    /// they go back to the page before (key `signatories`).
    Gather,
}

/// One fault on the pages: the warning, and the paragraph of the body it is in with what
/// setting it again may mend, when it is one.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The warning, naming the page, the line's first words and the run's context.
    pub diagnostic: Diagnostic,
    /// The body's block or item it is in (the key the layout library names it with).
    pub block: Option<String>,
    /// What setting that paragraph again may mend.
    pub mend: Option<Mend>,
}

/// Every fault the preflight sees in a typeset document, as warnings naming the page, the line's
/// first words and `context` (the language, the layout and paper), with where each is in the
/// body.
/// `fitted`: the document was fitted to its pages (`--fit-pages`), which are then to be full.
pub fn findings(document: &PagedDocument, context: &str, fitted: bool) -> Vec<Finding> {
    let pages = read(document);
    let mut out = Vec::new();
    let mut plain = Vec::new();
    split_entries(&pages, context, &mut plain);
    for unit in pages.units.iter().filter(|u| !u.marginal && u.entry.is_none() && u.kind != Kind::Heading) {
        lines_of(unit, context, &mut out);
    }
    stranded(&pages, context, &mut out);
    short_pages(&pages, document.pages().len(), fitted, context, &mut plain);
    if !fitted && let Some(d) = last_page(&pages, document.pages().len(), context) {
        // Names of the list on it: set closer, they may go back to the page before.
        let names = pages
            .units
            .iter()
            .any(|u| u.entry.is_some() && u.lines.iter().any(|l| l.page + 1 == document.pages().len()));
        out.push(Finding {
            diagnostic: d,
            block: names.then(|| "signatories".to_string()),
            mend: names.then_some(Mend::Gather),
        });
    }
    footers(&pages, context, &mut plain);
    notes_apart(&pages, context, &mut out);
    stranded_closing(&pages, context, &mut out);
    out.extend(plain.into_iter().map(|diagnostic| Finding { diagnostic, block: None, mend: None }));
    out
}

fn split_entries(pages: &Pages, context: &str, out: &mut Vec<Diagnostic>) {
    let mut lines: Vec<Vec<&Line>> = vec![Vec::new(); pages.entries];
    for unit in &pages.units {
        if let Some(e) = unit.entry {
            lines[e].extend(unit.lines.iter());
        }
    }
    for entry in lines.iter().filter(|l| !l.is_empty()) {
        let first = entry[0];
        // A later line on another page, or higher up than the line before it (a new column).
        let broken = entry.windows(2).any(|w| w[1].page != w[0].page || w[1].y < w[0].y - 0.5);
        if broken {
            let text: Vec<&str> = entry.iter().map(|l| l.text.trim()).collect();
            let pages: Vec<usize> = {
                let mut p: Vec<usize> = entry.iter().map(|l| l.page + 1).collect();
                p.dedup();
                p
            };
            let at = if pages.len() > 1 {
                format!("pages {}", join(&pages))
            } else {
                format!("page {}", pages[0])
            };
            out.push(
                Diagnostic::warning(
                    "page-split-entry",
                    format!("{at}: the entry “{}” is broken across columns ({context})", words(&text.join(" "))),
                )
                .note(format!("it starts on page {} and goes on in another column", first.page + 1))
                .help("an entry is one unit: the layout must set it whole (`block(breakable: false)`), the columns unequal if need be"),
            );
        }
    }
}

/// Footnotes whose text begins on another page than their mark: the reader meets a note before
/// its mark, or turns the page to find it. One in an entry of the list (whose block names it) is
/// mended by keeping more room below that entry (the layout library's `_signatory-columns`).
fn notes_apart(pages: &Pages, context: &str, out: &mut Vec<Finding>) {
    for note in &pages.notes {
        let Some(&first) = note.text_pages.first() else { continue };
        if first == note.mark_page || note.mark_page == usize::MAX && note.text_pages.is_empty() {
            continue;
        }
        let mark = if note.mark_page == usize::MAX {
            "nowhere".to_string()
        } else {
            format!("on page {}", note.mark_page + 1)
        };
        let diagnostic = Diagnostic::warning(
            "page-footnote-apart",
            format!("page {}: the footnote “{}” is set here, its mark {mark} ({context})", first + 1, words(&note.text)),
        )
        .note("Typst 0.15 set the note on another page than the line of its mark (typst/typst#5314)")
        .help("look at that page: a word more or less in the paragraph before the mark, or another layout or paper, sets it right");
        // Only a note on an entry is mended (a body's note is said, for the reader to look:
        // setting its paragraph otherwise does not move the line Typst moved).
        let entry = note.block.clone().filter(|b| b.starts_with(NOTE_ENTRY));
        let mend = entry.as_ref().map(|_| Mend::Note);
        out.push(Finding { diagnostic, block: entry, mend });
    }
}

/// A letter's closing at the top of a page with fewer than two lines of the body above it
/// there: "Yours sincerely," alone with the signature, the letter's words on the page before.
fn stranded_closing(pages: &Pages, context: &str, out: &mut Vec<Finding>) {
    let Some(key) = &pages.closing else { return };
    let body = |u: &&Unit| !u.marginal && !u.footnote;
    let Some(closing) = pages.units.iter().filter(body).find(|u| u.block.as_ref() == Some(key)) else {
        return;
    };
    let Some(first) = closing.lines.first() else { return };
    if first.page == 0 {
        return;
    }
    let above = pages
        .units
        .iter()
        .filter(body)
        .filter(|u| !std::ptr::eq(*u, closing))
        .flat_map(|u| &u.lines)
        .filter(|l| l.page == first.page && l.y < first.y - 0.5)
        .count();
    if above < 2 {
        let diagnostic = Diagnostic::warning(
            "page-stranded-closing",
            format!(
                "page {}: the closing “{}” has {above} line{} of the letter above it on its page ({context})",
                first.page + 1,
                words(&first.text),
                if above == 1 { "" } else { "s" }
            ),
        )
        .help("a closing goes to a new page with two lines of the body at least");
        out.push(Finding { diagnostic, block: Some(key.clone()), mend: Some(Mend::Carry) });
    }
}

fn join(pages: &[usize]) -> String {
    pages.iter().map(ToString::to_string).collect::<Vec<_>>().join(" and ")
}

/// Loose lines, hyphen ladders and fragments, and runts: within one paragraph.
fn lines_of(unit: &Unit, context: &str, out: &mut Vec<Finding>) {
    let mut found = |diagnostic: Diagnostic, mend: Mend| {
        out.push(Finding { diagnostic, block: unit.block.clone(), mend: Some(mend) });
    };
    let n = unit.lines.len();
    let mut run = 0;
    for (i, line) in unit.lines.iter().enumerate() {
        let last = i + 1 == n;
        if !last && line.spaces > 0 && line.space_ratio() > MAX_SPACE_RATIO {
            found(
                Diagnostic::warning(
                    "page-loose-line",
                    format!(
                        "page {}: the line “{}” has word spaces {:.2}× their natural width, more than {MAX_SPACE_RATIO} ({context})",
                        line.page + 1,
                        words(&line.text),
                        line.space_ratio()
                    ),
                )
                .help("the paragraph needs other breaks: reword it, or set the layout's text ragged"),
                Mend::Loose,
            );
        }
        run = if line.hyphenated { run + 1 } else { 0 };
        if run == MAX_HYPHENS_IN_A_ROW + 1 {
            let from = &unit.lines[i + 1 - run];
            found(
                Diagnostic::warning(
                    "page-hyphen-ladder",
                    format!(
                        "page {}: {run} lines in a row end in a hyphen, from “{}” ({context})",
                        from.page + 1,
                        words(&from.text)
                    ),
                )
                .help(format!("no more than {MAX_HYPHENS_IN_A_ROW} consecutive lines may end in a hyphen")),
                Mend::Ladder,
            );
        }
        if line.hyphenated && !last {
            let before = line.text.trim_end().rsplit([' ', '\u{A0}']).next().unwrap_or("");
            let after = unit.lines[i + 1].text.trim_start().split([' ', '\u{A0}']).next().unwrap_or("");
            let (b, a) = (letters(before), letters(after));
            if b < MIN_FRAGMENT || a < MIN_FRAGMENT {
                // The word as written: its letters on both sides, punctuation around it left out.
                let word: String =
                    format!("{before}{after}").trim_matches(|c: char| !c.is_alphanumeric()).to_string();
                found(
                    Diagnostic::warning(
                        "page-hyphen-fragment",
                        format!(
                            "page {}: “{before}-{after}” is hyphenated with {} letters on one side, fewer than {MIN_FRAGMENT} ({context})",
                            line.page + 1,
                            b.min(a)
                        ),
                    )
                    .help("a hyphenated word keeps at least three letters on each side of the break"),
                    Mend::Fragment(word),
                );
            }
        }
    }
    // Text in no paragraph of the body, in no note (an address, a contact block: lines, each
    // ended on purpose), has no runts.
    let lines_only = unit.kind == Kind::Other && unit.block.is_none() && !unit.footnote;
    if n >= 2 && !lines_only {
        let last = &unit.lines[n - 1];
        let text = last.text.trim();
        // Words are parted by spaces and no-break spaces (a tie keeps two words together); a
        // narrow no-break space before French punctuation belongs to its word.
        if !text.is_empty() && !text.contains([' ', '\u{A0}']) {
            let tail = unit.lines[n - 2].hyphenated;
            let first: String = unit.lines[0].text.trim().chars().take(40).collect();
            found(
                Diagnostic::warning(
                    "page-runt",
                    format!(
                        "page {}: the paragraph “{first}…” ends on {} alone on its last line ({context})",
                        last.page + 1,
                        if tail {
                            format!("the tail of a hyphenated word, “{text}”,")
                        } else {
                            format!("the word “{text}”")
                        }
                    ),
                )
                .help("a paragraph's last line holds at least two words"),
                Mend::Runt(tail.then(|| {
                    let head = unit.lines[n - 2].text.trim_end().rsplit([' ', '\u{A0}']).next().unwrap_or("");
                    format!("{head}{text}").trim_matches(|c: char| !c.is_alphanumeric()).to_string()
                })),
            );
        }
    }
}

/// Headings whose text that follows begins on a later page, or has one line under them there.
fn stranded(pages: &Pages, context: &str, out: &mut Vec<Finding>) {
    let body: Vec<&Unit> =
        pages.units.iter().filter(|u| !u.marginal && !u.footnote && !u.lines.is_empty()).collect();
    for (i, unit) in body.iter().enumerate() {
        if unit.kind != Kind::Heading {
            continue;
        }
        let Some(end) = unit.lines.last() else { continue };
        // The next paragraph, item of a list or entry (a lead or a group's note set as a block of
        // text goes with the heading: they are not what a heading announces).
        let next = body[i + 1..].iter().find(|u| u.kind == Kind::Paragraph || u.item || u.entry.is_some());
        let Some(next) = next else { continue };
        let on_page = next.lines.iter().filter(|l| l.page == end.page).count();
        let (what, help) = if next.lines[0].page > end.page {
            (
                format!("ends the page, its text begins on page {}", next.lines[0].page + 1),
                "a heading (and the lead or note under it) goes to the next page with the text it announces",
            )
        } else if next.entry.is_none() && on_page < 2 && next.lines.iter().any(|l| l.page > end.page) {
            // One line of its text under it at the foot of the page, the rest on the next.
            (
                format!("has one line of its text under it, the rest on page {}", end.page + 2),
                "a heading goes to the next page unless two lines of its text follow it on its page",
            )
        } else {
            continue;
        };
        let text: Vec<&str> = unit.lines.iter().map(|l| l.text.trim()).collect();
        let message =
            format!("page {}: the heading “{}” {what} ({context})", end.page + 1, words(&text.join(" ")));
        out.push(heading_finding(unit, Diagnostic::warning("page-stranded-heading", message).help(help)));
    }
}

/// A stranded heading's finding: one of the body's (whose block names it) is mended by beginning
/// a new page with it.
fn heading_finding(unit: &Unit, diagnostic: Diagnostic) -> Finding {
    Finding { diagnostic, block: unit.block.clone(), mend: unit.block.as_ref().map(|_| Mend::Break) }
}

/// Pages before the last that are less than half full; in a fitted document (`--fit-pages`,
/// whose sizes were chosen to fill its pages), also those that end more than 35 mm above their
/// foot.
/// The most lines a last page may hold and be said to hold almost nothing.
const LAST_PAGE_LINES: usize = 5;

/// `page-last-page-lines`: a last page (of two or more) that holds only a few lines of the text,
/// set high on it: a page turned, or a sheet printed, for them.
fn last_page(pages: &Pages, count: usize, context: &str) -> Option<Diagnostic> {
    if count < 2 {
        return None;
    }
    let page = count - 1;
    let area = pages.areas[page]?;
    let mut baselines: Vec<f64> = pages
        .units
        .iter()
        .filter(|u| !u.marginal && !u.footnote)
        .flat_map(|u| u.lines.iter().filter(|l| l.page == page).map(|l| l.y))
        .collect();
    baselines.sort_by(f64::total_cmp);
    baselines.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    let last = baselines.last()?;
    let filled = (last - area.top) / (area.bottom - area.top);
    (baselines.len() <= LAST_PAGE_LINES && filled < 0.25).then(|| {
        Diagnostic::warning(
                "page-last-page-lines",
                format!(
                    "page {}, the last, holds only {} line{} of the text ({context})",
                    page + 1,
                    baselines.len(),
                    if baselines.len() == 1 { "" } else { "s" }
                ),
            )
            .help(format!(
                "`--fit-pages {page}` sets it on {page} page{} where the layout can be fitted (the open letter, the handout); or shorten the text",
                if page == 1 { "" } else { "s" }
            ))
    })
}

fn short_pages(pages: &Pages, count: usize, fitted: bool, context: &str, out: &mut Vec<Diagnostic>) {
    for page in 0..count.saturating_sub(1) {
        let Some(area) = pages.areas[page] else { continue };
        let on_page = |u: &&Unit| u.lines.iter().rfind(|l| l.page == page).map(|l| l.y + 0.25 * l.size);
        let body = pages
            .units
            .iter()
            .filter(|u| !u.marginal && !u.footnote)
            .filter_map(|u| on_page(&u))
            .fold(f64::NAN, f64::max);
        if body.is_nan() {
            continue;
        }
        // The notes' first line, when the page has notes: the text ends above them.
        let notes = pages
            .units
            .iter()
            .filter(|u| u.footnote)
            .flat_map(|u| u.lines.iter().filter(|l| l.page == page).map(|l| l.y - l.size))
            .fold(f64::NAN, f64::min);
        // Above the notes, their separator and the space above it.
        let foot = if notes.is_nan() { area.bottom } else { notes - 12.0 };
        let band = foot - body;
        let filled = (body - area.top) / (area.bottom - area.top);
        if (fitted && band > MAX_EMPTY_BAND_PT) || filled < 0.5 {
            out.push(
                Diagnostic::warning(
                    "page-short-page",
                    format!(
                        "page {}: the text ends {:.0} mm above the page's foot{} ({context})",
                        page + 1,
                        band * 25.4 / 72.0,
                        if filled < 0.5 { format!(", the page {:.0}% full", filled * 100.0) } else { String::new() }
                    ),
                )
                .help("what begins the next page (a heading kept with its text, a block that does not break) leaves this one short: reword, or choose another paper or layout"),
            );
        }
    }
}

/// Running headers and footers set on more than one line.
fn footers(pages: &Pages, context: &str, out: &mut Vec<Diagnostic>) {
    let mut told = Vec::new();
    for unit in pages.units.iter().filter(|u| u.marginal) {
        let Some(first) = unit.lines.first() else { continue };
        if unit.lines.iter().any(|l| (l.y - first.y).abs() > 0.5 * l.size) && !told.contains(&first.page) {
            told.push(first.page);
            out.push(
                Diagnostic::warning(
                    "page-footer-wrap",
                    format!(
                        "page {}: the running text “{}” wraps to a second line ({context})",
                        first.page + 1,
                        words(&first.text)
                    ),
                )
                .help("shorten the running footer (the message `running-footer`)"),
            );
        }
    }
}
