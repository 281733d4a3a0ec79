//! What publish knows, found in a read document (`Source`): the frame (a label above the title,
//! the title, a subtitle, the date, the author), the body's blocks (headings, paragraphs, lists
//! with their lead, quotations, a letter's parts) and the signatory list with its heading, lead,
//! countries and notes. Text becomes the inline notation (`markup`), every mark the author typed
//! escaped so that it prints as typed.
//!
//! Conventions, written down in the README ("From a Word draft"):
//! - a paragraph ending in ":" just before a list is its lead, and before a quotation too;
//! - the signatory list is a table, or the list or paragraphs under a heading (or a paragraph on
//!   its own) that says "Signatories", "Signataires", "Firmantes" … (`SIGNATORY_HEADINGS`); a
//!   paragraph ending in ":" between the heading and the names is the list's lead;
//! - "Name (Country)": the country is one CLDR names in the document's language;
//! - a letter: a paragraph beginning "To:" (its address the short paragraphs after it), "Re:" or
//!   "Subject:", a salutation ("Dear …,"), a closing ("Yours sincerely,");
//! - above the title, a short line is the label over it ("Joint statement"); under it, a line
//!   that is a date is the statement's date, and "By …" or a paragraph in an `Author` style the
//!   author.
//!
//! Owns: recognition. Must not: read files or write them.

use chrono::NaiveDate;

use super::{Inline, Para, Part, Role, Source, Table, plain};

/// A rich text in publish's notation, with its footnotes' texts (named 1, 2, … in the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rich {
    /// The text in the notation.
    pub text: String,
    /// Its footnotes' texts, in the notation, named 1, 2, … in the text.
    pub notes: Vec<String>,
    /// The paragraph it came from.
    pub at: usize,
}

/// A plain text (a title, a heading, a name): printed as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plain {
    /// The text.
    pub text: String,
    /// The paragraph it came from.
    pub at: usize,
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 2, or 3 below it.
    Heading {
        /// Its text.
        text: Plain,
        /// 2, or 3.
        level: u8,
    },
    /// A paragraph.
    Paragraph(Rich),
    /// A list.
    List {
        /// The paragraph ending in ":" just before it.
        lead: Option<Rich>,
        /// Its items.
        items: Vec<Rich>,
        /// Numbered, not bulleted.
        numbered: bool,
    },
    /// A quotation.
    Quote {
        /// The paragraph ending in ":" just before it.
        lead: Option<Rich>,
        /// The quotation.
        text: Rich,
        /// Who is quoted: a line beginning with a dash after it.
        attribution: Option<Plain>,
    },
    /// A letter's addressee, one line each.
    Addressee(Vec<Plain>),
    /// A letter's subject line.
    Subject(Plain),
    /// A letter's salutation.
    Salutation(Plain),
    /// A letter's closing.
    Closing(Plain),
}

/// A signatory: the name, its country (an ISO code), its note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The name as written.
    pub name: String,
    /// Its country, an ISO 3166 code.
    pub country: Option<String>,
    /// A person's affiliation (a table's column).
    pub affiliation: Option<String>,
    /// A footnote on it.
    pub note: Option<String>,
    /// Where it is: "paragraph 40", "row 3 of the table at paragraph 12".
    pub place: String,
}

/// The signatory list: its heading, its lead, its entries, and what it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatories {
    /// Its heading (empty for a table without one).
    pub heading: Plain,
    /// The line before the names ("The Coalition and:").
    pub lead: Option<Plain>,
    /// The names, in the document's order.
    pub entries: Vec<Entry>,
    /// "a table", "a list", "paragraphs".
    pub from: &'static str,
    /// Whether the names stand in the language's alphabetical order (collation).
    pub sorted: bool,
}

/// A draft as publish understands it.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The short label above the title.
    pub kicker: Option<Plain>,
    /// The title.
    pub title: Option<Plain>,
    /// The line under it.
    pub subtitle: Option<Rich>,
    /// The date, and the paragraph it came from.
    pub date: Option<(NaiveDate, usize)>,
    /// Who speaks.
    pub author: Option<Plain>,
    /// The body.
    pub blocks: Vec<Block>,
    /// The signatory list.
    pub signatories: Option<Signatories>,
    /// The logo above the title.
    pub logo: Option<super::Logo>,
    /// What was read but not kept as it was (a footnote in a title, a nested list flattened),
    /// and what the reader set aside.
    pub set_aside: Vec<String>,
}

impl Draft {
    /// Whether the draft is a letter (it has a letter's parts).
    pub fn is_letter(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b, Block::Addressee(_) | Block::Salutation(_) | Block::Subject(_)))
    }
}

/// Headings that open a signatory list, in the languages publish ships and those coalitions
/// write in most, lower case, without a final colon.
pub const SIGNATORY_HEADINGS: &[&str] = &[
    "signatories",
    "signatory organisations",
    "signatory organizations",
    "signed",
    "signed by",
    "list of signatories",
    "signing organisations",
    "signing organizations",
    "signataires",
    "organisations signataires",
    "liste des signataires",
    "signé par",
    "firmantes",
    "organizaciones firmantes",
    "lista de firmantes",
    "firmado por",
    "unterzeichner",
    "unterzeichnende",
    "unterzeichnende organisationen",
    "signatários",
    "organizações signatárias",
    "firmatari",
    "ondertekenaars",
    "підписанти",
    "підписали",
    "подписанты",
    "الموقعون",
    "المنظمات الموقعة",
];

fn is_signatory_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '：']).trim().to_lowercase();
    SIGNATORY_HEADINGS.contains(&t.as_str())
}

/// Finds what publish knows in a document; `language` names countries ("Name (Kenya)").
pub fn recognise(source: &Source, language: &str) -> Draft {
    let mut draft =
        Draft { set_aside: source.set_aside.clone(), logo: source.logo.clone(), ..Draft::default() };
    let parts = &source.parts;
    let start = frame(source, &mut draft);
    let countries = crate::project::countries::codes_by_name(language, normalize);
    // The highest level of heading the body uses is publish's first (2); the next its second.
    let top = parts[start..]
        .iter()
        .filter_map(|p| match p {
            Part::Para(Para { role: Role::Heading(n), inlines, .. })
                if !is_signatory_heading(&plain(inlines)) =>
            {
                Some(*n)
            }
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let mut i = start;
    while i < parts.len() {
        i = match &parts[i] {
            Part::Para(p) if is_signatory_heading(&plain(&p.inlines)) && draft.signatories.is_none() => {
                signatory_list(source, i, &countries, &mut draft)
            }
            Part::Table(t) if draft.signatories.is_none() && name_column(t).is_some() => {
                let heading = Plain { text: String::new(), at: t.at };
                draft.signatories =
                    Some(from_table(source, t, heading, None, &countries, &mut draft.set_aside));
                i + 1
            }
            Part::Table(t) => {
                draft.set_aside.push(format!(
                    "a table at paragraph {} (a table is read as the signatory list only)",
                    t.at
                ));
                i + 1
            }
            Part::Para(_) => body_block(source, i, top, &mut draft),
        };
    }
    if let Some(list) = draft.signatories.as_mut()
        && let Some(lang) = crate::language::Language::parse(language)
    {
        let mut names: Vec<&str> = list.entries.iter().map(|e| e.name.as_str()).collect();
        let before = names.clone();
        crate::model::typography::sort_by_collation(&mut names, &lang, |n| n);
        list.sorted = names == before && names.len() > 1;
    }
    draft
}

/// The frame before the body: label, title, subtitle, date, author. Returns where the body
/// starts.
fn frame(source: &Source, draft: &mut Draft) -> usize {
    let parts = &source.parts;
    let title_at = parts.iter().take(6).position(|p| matches!(p, Part::Para(Para { role: Role::Title, .. })));
    let Some(title_at) = title_at else {
        // No title style: a first heading of the first level, first in the document, is the title.
        if let Some(Part::Para(p)) = parts.first()
            && p.role == Role::Heading(1)
            && parts.iter().skip(1).all(|x| !matches!(x, Part::Para(Para { role: Role::Heading(1), .. })))
        {
            draft.title = Some(plain_of(source, p, "the title", &mut draft.set_aside));
            return after_title(source, 1, draft);
        }
        return after_title(source, 0, draft);
    };
    for p in &parts[..title_at] {
        if let Part::Para(p) = p {
            let text = plain(&p.inlines);
            if draft.kicker.is_none()
                && text.split_whitespace().count() <= 6
                && !text.trim_end().ends_with('.')
            {
                draft.kicker = Some(plain_of(source, p, "the label above the title", &mut draft.set_aside));
            } else if let Some(date) = parse_date(&text) {
                draft.date = Some((date, p.at));
            } else {
                draft.set_aside.push(format!("paragraph {} above the title (\"{}\")", p.at, short(&text)));
            }
        }
    }
    if let Part::Para(p) = &parts[title_at] {
        draft.title = Some(plain_of(source, p, "the title", &mut draft.set_aside));
    }
    after_title(source, title_at + 1, draft)
}

/// Subtitle, date and author right under the title (in any order, at most three paragraphs).
fn after_title(source: &Source, mut i: usize, draft: &mut Draft) -> usize {
    let parts = &source.parts;
    for _ in 0..3 {
        let Some(Part::Para(p)) = parts.get(i) else { break };
        let text = plain(&p.inlines);
        if p.role == Role::Subtitle && draft.subtitle.is_none() {
            draft.subtitle = Some(rich(source, p));
        } else if draft.date.is_none()
            && let Some(date) = parse_date(&text)
        {
            draft.date = Some((date, p.at));
        } else if draft.author.is_none() && p.role == Role::Author {
            draft.author = Some(Plain { text: collapse(&text), at: p.at });
        } else if draft.author.is_none()
            && p.role == Role::Body
            && let Some(author) = author_line(&text)
        {
            draft.author = Some(Plain { text: author, at: p.at });
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// "By the Coalition for …", "Par …", "Por …": the author.
fn author_line(text: &str) -> Option<String> {
    let t = text.trim();
    ["By ", "Par ", "Por ", "Von "].iter().find_map(|p| t.strip_prefix(p)).map(|a| a.trim().to_string())
}

/// Month names of other languages, put into English for chrono.
const MONTHS: [(&str, &str); 24] = [
    ("janvier", "January"),
    ("février", "February"),
    ("mars", "March"),
    ("avril", "April"),
    ("mai", "May"),
    ("juin", "June"),
    ("juillet", "July"),
    ("août", "August"),
    ("septembre", "September"),
    ("octobre", "October"),
    ("novembre", "November"),
    ("décembre", "December"),
    ("enero", "January"),
    ("febrero", "February"),
    ("marzo", "March"),
    ("abril", "April"),
    ("mayo", "May"),
    ("junio", "June"),
    ("julio", "July"),
    ("agosto", "August"),
    ("septiembre", "September"),
    ("octubre", "October"),
    ("noviembre", "November"),
    ("diciembre", "December"),
];

/// A date written out: "16 January 2025", "January 16, 2025", "2025-01-16", "16/01/2025" (day
/// first), or "16 janvier 2025" and its kind in the languages publish ships.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim().trim_end_matches('.').trim();
    if t.len() > 40 || !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    for f in [
        "%d %B %Y",
        "%B %d, %Y",
        "%B %d %Y",
        "%Y-%m-%d",
        "%d/%m/%Y",
        "%d.%m.%Y",
        "%e %B %Y",
        "%A %d %B %Y",
        "%A, %B %d, %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(t, f) {
            return Some(d);
        }
    }
    let lower = t.to_lowercase().replace(" de ", " ").replace("1er ", "1 ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() == 3 {
        let month = MONTHS.iter().find(|(m, _)| *m == words[1]).map(|(_, e)| *e)?;
        return NaiveDate::parse_from_str(&format!("{} {month} {}", words[0], words[2]), "%d %B %Y").ok();
    }
    None
}

/// A plain text from a paragraph; its marks dropped and its footnotes set aside (a title or a
/// heading prints as written).
fn plain_of(source: &Source, p: &Para, what: &str, set_aside: &mut Vec<String>) -> Plain {
    if p.inlines.iter().any(|i| matches!(i, Inline::Note(_))) {
        set_aside
            .push(format!("a footnote on {what} at paragraph {} (publish sets notes in the body)", p.at));
    }
    let _ = source;
    Plain { text: collapse(&plain(&p.inlines)), at: p.at }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn short(s: &str) -> String {
    let s = collapse(s);
    if s.chars().count() > 40 { format!("{}…", s.chars().take(40).collect::<String>()) } else { s }
}

/// A paragraph as rich text in the notation, its notes with it.
pub fn rich(source: &Source, p: &Para) -> Rich {
    let mut notes = Vec::new();
    let text = notation(&p.inlines, &mut |index| {
        notes.push(
            notation(source.notes.get(index).map_or(&[][..], Vec::as_slice), &mut |_| None)
                .trim()
                .to_string(),
        );
        Some(notes.len().to_string())
    });
    Rich { text: collapse_keep(&text), notes, at: p.at }
}

/// Spaces run together into one, ends trimmed (the notation's escapes kept).
fn collapse_keep(s: &str) -> String {
    collapse(s)
}

/// Inlines in publish's notation: `*emphasis*`, `**strong**`, `[text](address)`, `[^n]`, and
/// every character that is a mark of the notation escaped with `\`, so that it prints as typed.
fn notation(inlines: &[Inline], note: &mut dyn FnMut(usize) -> Option<String>) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Note(index) => {
                if let Some(name) = note(*index) {
                    out.push_str(&format!("[^{name}]"));
                }
            }
            Inline::Text { text, emph, strong, link } => {
                // Spaces stay outside the marks, where CommonMark wants them.
                let core = text.trim();
                out.push_str(&text[..text.len() - text.trim_start().len()]);
                if core.is_empty() {
                    continue;
                }
                let mut piece = escape(core);
                let web = link.as_deref().filter(|l| {
                    let l = l.to_lowercase();
                    l.starts_with("https://") || l.starts_with("http://") || l.starts_with("mailto:")
                });
                if let Some(url) = web {
                    let url = if url.contains([' ', '(', ')', '<', '>']) {
                        format!("<{}>", url.replace(['<', '>'], ""))
                    } else {
                        url.to_string()
                    };
                    piece = format!("[{piece}]({url})");
                }
                let marks = match (emph, strong) {
                    (true, true) => "***",
                    (false, true) => "**",
                    (true, false) => "*",
                    (false, false) => "",
                };
                out.push_str(marks);
                out.push_str(&piece);
                out.push_str(marks);
                out.push_str(&text[text.trim_end().len()..]);
            }
        }
    }
    out
}

/// Escapes what the notation (CommonMark's inline syntax) would read as a mark.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '&' | '!' | '~' | '^') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A name's key for matching: letters lower case, accents and punctuation left out.
fn normalize(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A letter's part at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LetterPart {
    To,
    Subject,
    Salutation,
    Closing,
}

/// How letters close, lower case.
const CLOSINGS: &[&str] = &[
    "yours sincerely",
    "sincerely",
    "yours faithfully",
    "kind regards",
    "best regards",
    "respectfully",
    "with best regards",
    "veuillez agréer",
    "cordialement",
    "atentamente",
    "saludos cordiales",
    "mit freundlichen grüßen",
];

fn letter_part(text: &str) -> Option<LetterPart> {
    let t = text.trim();
    let lower = t.to_lowercase();
    let starts = |ps: &[&str]| ps.iter().any(|p| lower.starts_with(p));
    if starts(&["to:", "à :", "à:", "a:", "para:"]) {
        return Some(LetterPart::To);
    }
    if starts(&["re:", "subject:", "objet :", "objet:", "asunto:", "betreff:"]) {
        return Some(LetterPart::Subject);
    }
    let short = t.split_whitespace().count() <= 8;
    if short
        && (t.ends_with(',') || t.ends_with(':'))
        && starts(&["dear ", "cher ", "chère ", "chers ", "madame", "monsieur", "estimad", "sehr geehrte"])
    {
        return Some(LetterPart::Salutation);
    }
    let bare = lower.trim_end_matches([',', '.']).trim();
    if short && CLOSINGS.iter().any(|c| bare == *c || (bare.starts_with(c) && lower.len() < 200)) {
        return Some(LetterPart::Closing);
    }
    None
}

/// One block of the body from part `i`; returns the next part to read.
fn body_block(source: &Source, i: usize, top: u8, draft: &mut Draft) -> usize {
    let Part::Para(p) = &source.parts[i] else { return i + 1 };
    let text = plain(&p.inlines);
    match p.role {
        Role::Title | Role::Heading(_) | Role::Subtitle => {
            let depth = match p.role {
                Role::Heading(n) => n.saturating_sub(top),
                _ => 0,
            };
            let level = if depth == 0 { 2 } else { 3 };
            if depth > 1 {
                draft.set_aside.push(format!(
                    "the heading at paragraph {} is {} levels below the document's first: set as publish's lowest, a sub-heading",
                    p.at,
                    depth
                ));
            }
            let text = plain_of(source, p, "a heading", &mut draft.set_aside);
            draft.blocks.push(Block::Heading { text, level });
            i + 1
        }
        Role::Item { list, .. } => list_block(source, i, list, draft),
        Role::Quote => {
            let lead = take_lead(draft);
            let text = rich(source, p);
            let mut next = i + 1;
            let mut attribution = None;
            if let Some(Part::Para(q)) = source.parts.get(next)
                && q.role == Role::Quote
                && let Some(a) = plain(&q.inlines).trim().strip_prefix(['—', '–', '―'])
            {
                attribution = Some(Plain { text: collapse(a), at: q.at });
                next += 1;
            }
            draft.blocks.push(Block::Quote { lead, text, attribution });
            next
        }
        Role::Letter(style) => {
            let part = match style {
                super::LetterStyle::To => LetterPart::To,
                super::LetterStyle::Subject => LetterPart::Subject,
                super::LetterStyle::Salutation => LetterPart::Salutation,
                super::LetterStyle::Closing => LetterPart::Closing,
            };
            letter_block(source, i, part, draft)
        }
        Role::Body | Role::Author => match letter_part(&text) {
            Some(part) => letter_block(source, i, part, draft),
            None => {
                draft.blocks.push(Block::Paragraph(rich(source, p)));
                i + 1
            }
        },
    }
}

/// A letter's part at part `i`: an addressee takes the short lines after it (those in its own
/// style, or plain ones without a final full stop); returns the next part to read.
fn letter_block(source: &Source, i: usize, part: LetterPart, draft: &mut Draft) -> usize {
    let Part::Para(p) = &source.parts[i] else { return i + 1 };
    let line = Plain { text: collapse(&plain(&p.inlines)), at: p.at };
    match part {
        LetterPart::To => {
            let mut lines = vec![line];
            let mut next = i + 1;
            while let Some(Part::Para(q)) = source.parts.get(next) {
                let t = plain(&q.inlines);
                let address = q.role == Role::Letter(super::LetterStyle::To);
                let plain_line = q.role == Role::Body
                    && letter_part(&t).is_none()
                    && t.split_whitespace().count() <= 12
                    && !t.trim_end().ends_with('.');
                if !(address || plain_line) {
                    break;
                }
                lines.push(Plain { text: collapse(&t), at: q.at });
                next += 1;
            }
            draft.blocks.push(Block::Addressee(lines));
            return next;
        }
        LetterPart::Subject => draft.blocks.push(Block::Subject(line)),
        LetterPart::Salutation => draft.blocks.push(Block::Salutation(line)),
        LetterPart::Closing => draft.blocks.push(Block::Closing(line)),
    }
    i + 1
}

/// The paragraph just before, when it ends in ":", taken as a lead.
fn take_lead(draft: &mut Draft) -> Option<Rich> {
    if let Some(Block::Paragraph(r)) = draft.blocks.last()
        && r.text.trim_end().ends_with(':')
    {
        let Some(Block::Paragraph(r)) = draft.blocks.pop() else { unreachable!("just seen") };
        return Some(r);
    }
    None
}

/// A list: the items of one list from part `i` (nested items flattened into it).
fn list_block(source: &Source, i: usize, list: u32, draft: &mut Draft) -> usize {
    let lead = take_lead(draft);
    let mut items = Vec::new();
    let mut numbered = false;
    let mut nested = false;
    let mut next = i;
    while let Some(Part::Para(p)) = source.parts.get(next) {
        let Role::Item { numbered: n, level, list: l } = p.role else { break };
        if l != list && level == 0 {
            break;
        }
        if level == 0 {
            numbered = n;
        } else {
            nested = true;
        }
        items.push(rich(source, p));
        next += 1;
    }
    if nested {
        draft.set_aside.push(format!("a list inside a list at paragraph {} (its items are set in the outer list: publish's lists have one level)", source_at(source, i)));
    }
    draft.blocks.push(Block::List { lead, items, numbered });
    next
}

fn source_at(source: &Source, i: usize) -> usize {
    match &source.parts[i] {
        Part::Para(p) => p.at,
        Part::Table(t) => t.at,
    }
}

/// The signatory list from its heading at part `i`: a lead, then a table, a list or paragraphs,
/// up to the next heading of the same level or higher.
fn signatory_list(
    source: &Source,
    i: usize,
    countries: &std::collections::HashMap<String, String>,
    draft: &mut Draft,
) -> usize {
    let Part::Para(h) = &source.parts[i] else { return i + 1 };
    let heading = Plain { text: collapse(plain(&h.inlines).trim().trim_end_matches([':', '：'])), at: h.at };
    let level = match h.role {
        Role::Heading(n) => Some(n),
        _ => None,
    };
    let mut next = i + 1;
    let mut lead = None;
    if let Some(Part::Para(p)) = source.parts.get(next)
        && p.role == Role::Body
        && plain(&p.inlines).trim_end().ends_with(':')
    {
        lead = Some(plain_of(source, p, "the list's lead", &mut draft.set_aside));
        next += 1;
    }
    if let Some(Part::Table(t)) = source.parts.get(next) {
        draft.signatories = Some(from_table(source, t, heading, lead, countries, &mut draft.set_aside));
        return next + 1;
    }
    let mut entries = Vec::new();
    let mut from = "paragraphs";
    while let Some(Part::Para(p)) = source.parts.get(next) {
        let ends = match (p.role, level) {
            (Role::Heading(n), Some(l)) => n <= l,
            (Role::Heading(_) | Role::Title, None) => true,
            _ => false,
        };
        if ends {
            break;
        }
        if matches!(p.role, Role::Item { .. }) {
            from = "a list";
        }
        entries.push(entry(source, &p.inlines, format!("paragraph {}", p.at), countries));
        next += 1;
    }
    draft.signatories = Some(Signatories { heading, lead, entries, from, sorted: false });
    next
}

/// An entry from a name's text: "Name (Country)" when CLDR knows the country; a footnote on it
/// is its note.
fn entry(
    source: &Source,
    inlines: &[Inline],
    place: String,
    countries: &std::collections::HashMap<String, String>,
) -> Entry {
    let name = collapse(&plain(inlines));
    let notes: Vec<String> = inlines
        .iter()
        .filter_map(|i| match i {
            Inline::Note(n) => Some(collapse(&plain(source.notes.get(*n).map_or(&[][..], Vec::as_slice)))),
            Inline::Text { .. } => None,
        })
        .collect();
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    let (name, country) = split_country(&name, countries);
    Entry { name, country, affiliation: None, note, place }
}

/// "Name (Kenya)" → ("Name", KE) when the part in brackets is a country's name.
fn split_country(
    name: &str,
    countries: &std::collections::HashMap<String, String>,
) -> (String, Option<String>) {
    if let Some(body) = name.strip_suffix(')')
        && let Some(open) = body.rfind('(')
        && let Some(code) = countries.get(&normalize(&body[open + 1..]))
    {
        return (body[..open].trim().to_string(), Some(code.clone()));
    }
    (name.to_string(), None)
}

/// The column of a table that holds names, from its header row.
fn name_column(t: &Table) -> Option<usize> {
    let header = t.rows.first()?;
    header.iter().position(|c| {
        let h = plain(c).trim().to_lowercase();
        matches!(
            h.as_str(),
            "name"
                | "organisation"
                | "organization"
                | "signatory"
                | "signatories"
                | "organisation name"
                | "organization name"
                | "nom"
                | "organisme"
                | "nombre"
                | "organización"
                | "organizacion"
                | "name der organisation"
                | "назва"
                | "організація"
                | "الاسم"
                | "المنظمة"
        )
    })
}

fn column(t: &Table, names: &[&str]) -> Option<usize> {
    t.rows.first()?.iter().position(|c| names.contains(&plain(c).trim().to_lowercase().as_str()))
}

fn from_table(
    source: &Source,
    t: &Table,
    heading: Plain,
    lead: Option<Plain>,
    countries: &std::collections::HashMap<String, String>,
    set_aside: &mut Vec<String>,
) -> Signatories {
    let (name_col, skip) = match name_column(t) {
        Some(c) => (c, 1),
        None => (0, 0),
    };
    let country_col = column(t, &["country", "pays", "país", "pais", "land", "країна", "البلد", "الدولة"]);
    let affiliation_col = column(
        t,
        &["affiliation", "organisation (for identification)", "rattachement", "afiliación", "afiliacion"],
    );
    let mut entries = Vec::new();
    for (r, row) in t.rows.iter().enumerate().skip(skip) {
        let Some(cell) = row.get(name_col) else { continue };
        if plain(cell).trim().is_empty() {
            continue;
        }
        let mut e =
            entry(source, cell, format!("row {} of the table at paragraph {}", r + 1, t.at), countries);
        if let Some(c) = country_col.and_then(|c| row.get(c)) {
            let text = collapse(&plain(c));
            if !text.is_empty() {
                match countries.get(&normalize(&text)) {
                    Some(code) => e.country = Some(code.clone()),
                    None => set_aside.push(format!("the country \"{text}\" in row {} of the table at paragraph {} (not a country CLDR names; write it as one, e.g. \"Kenya\")", r + 1, t.at)),
                }
            }
        }
        if let Some(a) = affiliation_col.and_then(|c| row.get(c)) {
            let text = collapse(&plain(a));
            e.affiliation = (!text.is_empty()).then_some(text);
        }
        entries.push(e);
    }
    Signatories { heading, lead, entries, from: "a table", sorted: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_authors_write_them() {
        let d = NaiveDate::from_ymd_opt(2025, 1, 16);
        for t in [
            "16 January 2025",
            "January 16, 2025",
            "2025-01-16",
            "16 janvier 2025",
            "16 de enero de 2025",
            "16/01/2025",
        ] {
            assert_eq!(parse_date(t), d, "{t}");
        }
        assert_eq!(parse_date("The 16 members"), None);
    }

    #[test]
    fn a_mark_typed_in_the_text_is_escaped_and_spaces_stay_outside_marks() {
        let inlines = vec![
            Inline::Text { text: "Rights *now* ".into(), emph: false, strong: false, link: None },
            Inline::Text { text: "and ".into(), emph: true, strong: false, link: None },
            Inline::Text {
                text: "here".into(),
                emph: false,
                strong: false,
                link: Some("https://example.org".into()),
            },
        ];
        assert_eq!(notation(&inlines, &mut |_| None), "Rights \\*now\\* *and* [here](https://example.org)");
    }

    #[test]
    fn a_country_in_brackets_is_split_off_and_an_acronym_is_not() {
        let countries = crate::project::countries::codes_by_name("en-GB", normalize);
        assert_eq!(
            split_country("Kenya Human Rights Commission (Kenya)", &countries),
            ("Kenya Human Rights Commission".into(), Some("KE".into()))
        );
        assert_eq!(
            split_country("Asia Justice Coalition (AJC)", &countries),
            ("Asia Justice Coalition (AJC)".into(), None)
        );
    }
}
