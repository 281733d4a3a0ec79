//! publish.toml: the language-independent description of a statement, read into typed values.
//!
//! Owns: the serde types of publish.toml and their validation (unknown keys, dates, locale tags,
//! duplicate ids), each error pointing at its line. Must not: read Fluent files or know layouts.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diag::{Diagnostic, Place};
use crate::language::{Language, Pseudo};
use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    statement: RawStatement,
    #[serde(default)]
    numbers: BTreeMap<String, Spanned<i64>>,
    #[serde(default)]
    blocks: Vec<Spanned<RawBlock>>,
    signatories: RawSignatories,
    #[serde(default)]
    branding: Option<RawBranding>,
    #[serde(default)]
    web: Option<RawWeb>,
    /// `[layout]`: the layout's options (its layout.toml declares them).
    #[serde(default)]
    layout: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// `[web]`: where the web edition is published.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeb {
    base_url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: Spanned<String>,
    date: Spanned<String>,
    reference: Spanned<String>,
    locales: Vec<Spanned<String>>,
    #[serde(default)]
    layout: Option<Spanned<String>>,
    /// Fit to this many pages (as `--fit-pages`), in the layouts that can be fitted.
    #[serde(default)]
    fit_pages: Option<Spanned<u32>>,
}

/// A block as written: exactly one of the kinds, with the options that kind takes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    heading: Option<String>,
    level: Option<u8>,
    paragraph: Option<String>,
    list: Option<Vec<String>>,
    lead: Option<String>,
    numbered: Option<bool>,
    quote: Option<String>,
    attribution: Option<String>,
    addressee: Option<Vec<String>>,
    subject: Option<String>,
    salutation: Option<String>,
    closing: Option<String>,
    contact: Option<RawContact>,
    notes: Option<Vec<String>>,
    title: Option<String>,
    subtitle: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    label: Option<String>,
    name: String,
    role: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

/// A signatory as written: its message id, or a table with its id and country.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawEntry {
    Id(String),
    Table(RawEntryTable),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntryTable {
    id: String,
    country: Option<String>,
    scope: Option<String>,
    since: Option<RawDate>,
    key: Option<String>,
}

/// A date as TOML writes it (`2025-01-20`) or as a string (`"2025-01-20"`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawDate {
    Date(toml::value::Datetime),
    Text(String),
}

impl RawDate {
    fn text(&self) -> String {
        match self {
            RawDate::Date(d) => d.to_string(),
            RawDate::Text(t) => t.clone(),
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        let text = match self {
            RawDate::Date(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
            RawDate::Date(_) => return None,
            RawDate::Text(t) => t.clone(),
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    heading: Option<String>,
    note: Option<String>,
    order: Option<Spanned<String>>,
    ids: Spanned<Vec<Spanned<RawEntry>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignatories {
    order: Spanned<String>,
    #[serde(default)]
    ids: Option<Vec<Spanned<RawEntry>>>,
    #[serde(default)]
    groups: Vec<Spanned<RawGroup>>,
    /// Whether the entries that signed after the statement's date carry a mark.
    #[serde(default)]
    mark_late: bool,
    /// Keys of form rows not to import (dismissed, or removed from the list).
    #[serde(default)]
    dismissed: Vec<String>,
    /// CLDR's country names: "long" (the default) or "short".
    #[serde(default)]
    country_names: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBranding {
    logo: Option<Spanned<String>>,
    #[serde(default)]
    logos: BTreeMap<String, Spanned<String>>,
    logo_alt: Option<String>,
    accent: Option<Spanned<String>>,
    accent_contrast: Option<Spanned<String>>,
}

/// The order in which signatories are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Sorted by each language's collation, on the name as that language displays it.
    Collation,
    /// As listed in publish.toml.
    AsListed,
}

/// One block of the statement's body, by message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading below the title: level 2, or 3 for a sub-heading.
    Heading {
        /// The heading's message id.
        id: String,
        /// Its level: 2 (the default), or 3.
        level: u8,
    },
    /// A paragraph, by message id: rich text (emphasis, links, footnotes).
    Paragraph(String),
    /// A bulleted or numbered list, with an optional lead sentence.
    List {
        /// The message id of the sentence that introduces the list; `None` when there is none.
        lead: Option<String>,
        /// The items' message ids, in order (at least one).
        items: Vec<String>,
        /// Whether the list is numbered (`numbered = true`), else bulleted.
        numbered: bool,
    },
    /// A block quotation, with an optional lead-in and attribution.
    Quote {
        /// The message id of the sentence that leads into it ("As the High Commissioner
        /// reported:"), kept with it; `None` when there is none.
        lead: Option<String>,
        /// The quotation's message id.
        id: String,
        /// The message id of its attribution; `None` when there is none.
        attribution: Option<String>,
    },
    /// A letter's addressee: one message per line ("To: ...").
    Addressee(Vec<String>),
    /// A letter's subject line ("Re: ...").
    Subject(String),
    /// A letter's salutation ("Dear ...").
    Salutation(String),
    /// A letter's closing ("Sincerely,").
    Closing(String),
    /// Who to contact: a name and role (messages), an e-mail address and a telephone number
    /// (data, not words).
    Contact {
        /// The message id of the block's label ("Media contact"); `None` when there is none.
        label: Option<String>,
        /// The message id of the contact's name.
        name: String,
        /// The message id of their role; `None` when there is none.
        role: Option<String>,
        /// Their e-mail address, as written (checked to hold an `@`); `None` when there is none.
        email: Option<String>,
        /// Their telephone number, as written (digits, spaces and `+ - ( ) .`); `None` when there
        /// is none.
        phone: Option<String>,
    },
    /// The standfirst under the title (the first block only): its message id.
    Subtitle(String),
    /// Notes to editors: a numbered list of short notes, with an optional title.
    Notes {
        /// The message id of the notes' title; `None` when there is none.
        title: Option<String>,
        /// The notes' message ids, in order (at least one).
        items: Vec<String>,
    },
}

impl Block {
    /// The kinds a block may be, as publish.toml names them.
    pub const KINDS: [&'static str; 11] = [
        "subtitle",
        "heading",
        "paragraph",
        "list",
        "quote",
        "addressee",
        "subject",
        "salutation",
        "closing",
        "contact",
        "notes",
    ];

    /// Every message id the block names, in order.
    pub fn ids(&self) -> Vec<&str> {
        match self {
            Block::Heading { id, .. }
            | Block::Paragraph(id)
            | Block::Subject(id)
            | Block::Subtitle(id)
            | Block::Salutation(id)
            | Block::Closing(id) => {
                vec![id]
            }
            Block::List { lead, items, .. } => lead.iter().chain(items).map(String::as_str).collect(),
            Block::Quote { lead, id, attribution } => {
                lead.iter().chain(std::iter::once(id)).chain(attribution).map(String::as_str).collect()
            }
            Block::Addressee(lines) => lines.iter().map(String::as_str).collect(),
            Block::Contact { label, name, role, .. } => {
                label.iter().chain(std::iter::once(name)).chain(role).map(String::as_str).collect()
            }
            Block::Notes { title, items } => title.iter().chain(items).map(String::as_str).collect(),
        }
    }

    /// The ids whose text may carry inline marks (emphasis, links, footnotes).
    pub fn rich_ids(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(id) => vec![id],
            Block::Quote { lead, id, .. } => {
                lead.iter().chain(std::iter::once(id)).map(String::as_str).collect()
            }
            Block::List { lead, items, .. } => lead.iter().chain(items).map(String::as_str).collect(),
            Block::Notes { items, .. } => items.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }
}

/// A signatory as publish.toml lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryConfig {
    /// The signatory's message id (`sig-amnesty-international`).
    pub id: String,
    /// An ISO 3166 region code, upper case (`KE`); `None` when not given.
    pub country: Option<String>,
    /// What the entry says of itself in the country's place (`scope = "international"`, one
    /// of `SCOPES`): printed from the message `scope-<scope>`; never with a country.
    pub scope: Option<String>,
    /// The date it signed, when known (`since`): after the statement's date, a late signature.
    pub since: Option<NaiveDate>,
    /// What identifies the form's row it was imported from (`publish signatories import`).
    pub key: Option<String>,
    /// Where it is in publish.toml.
    pub span: std::ops::Range<usize>,
}

/// A group of signatories: its heading and note (message ids), its order, its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The message id of the group's heading; `None` when it has none (so the one group of a list
    /// without `[[signatories.groups]]`).
    pub heading: Option<String>,
    /// The message id of the group's note; `None` when it has none.
    pub note: Option<String>,
    /// How its entries are ordered: its own `order`, else `[signatories]`'s.
    pub order: Order,
    /// Its entries, in publish.toml's order.
    pub entries: Vec<EntryConfig>,
}

/// The statement's branding: a logo (a file of the project, per language if need be) with its
/// alternative text (a message), and an accent colour for each theme.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Branding {
    /// The logo's path in the project (`branding/logo.svg`), and where it is in publish.toml.
    pub logo: Option<(String, std::ops::Range<usize>)>,
    /// A logo for one language, by locale tag.
    pub logos: BTreeMap<String, (String, std::ops::Range<usize>)>,
    /// The message holding the logo's alternative text.
    pub logo_alt: Option<String>,
    /// The accent colour for the default theme, `#rrggbb` in lower case, and where it is in
    /// publish.toml; `None` when `[branding]` gives none.
    pub accent: Option<(String, std::ops::Range<usize>)>,
    /// The accent colour for the contrast theme (`accent_contrast`), `#rrggbb` in lower case, and
    /// where it is in publish.toml; `None` when `[branding]` gives none.
    pub accent_contrast: Option<(String, std::ops::Range<usize>)>,
}

/// A locale named in publish.toml: the language, and the byte range of its tag there.
#[derive(Debug, Clone)]
pub struct LocaleEntry {
    /// The language the tag names.
    pub language: Language,
    /// Where the tag is in publish.toml (byte range).
    pub span: std::ops::Range<usize>,
}

/// An option of the layout as publish.toml's `[layout]` sets it (`date = "after-addressee"`).
#[derive(Debug, Clone)]
pub struct LayoutSetting {
    /// Its name, and where it is in publish.toml.
    pub name: String,
    /// The byte range of its name.
    pub name_span: std::ops::Range<usize>,
    /// Its value.
    pub value: String,
    /// The byte range of its value.
    pub value_span: std::ops::Range<usize>,
}

/// The checked statement description.
#[derive(Debug, Clone)]
pub struct Config {
    /// The statement's id (`oppose-icc-sanctions`): ASCII letters, digits, `-` and `_`, at most
    /// `MAX_ID` characters; it begins every output file's name.
    pub id: String,
    /// The statement's date (`date`): late signatures are those after it.
    pub date: NaiveDate,
    /// The reference locale's tag (`reference`), one of `locales`.
    pub reference: String,
    /// The statement's languages, in publish.toml's order, the reference among them.
    pub locales: Vec<LocaleEntry>,
    /// The pseudo-locales, made from the reference (`Pseudo::ALL`'s order).
    pub pseudo: Vec<Language>,
    /// The layout's name (`layout`; `handout` when not given).
    pub layout: String,
    /// Numbers the text quotes, passed to every Fluent message as variables.
    pub numbers: BTreeMap<String, i64>,
    /// The body's blocks, in publish.toml's order.
    pub blocks: Vec<Block>,
    /// `[signatories]`'s `order`, which every group without its own follows.
    pub order: Order,
    /// Signatory message ids, every group's in order, with the byte range of each in
    /// publish.toml.
    pub signatories: Vec<(String, std::ops::Range<usize>)>,
    /// The groups of signatories (one, without heading, when publish.toml declares none).
    pub groups: Vec<Group>,
    /// Whether late signatures (signed after the statement's date) are marked in the list.
    pub mark_late: bool,
    /// `[signatories] country_names`: whether CLDR's short names are printed where CLDR has one
    /// that is a name, not an abbreviation ("Palestine", not "Palestinian Territories").
    pub short_country_names: bool,
    /// Keys of form rows `publish signatories import` does not import again (dismissed with
    /// `--skip`, or removed from the list).
    pub dismissed: Vec<String>,
    /// The logo, its alternative text and the accent colours (`[branding]`; all empty without it).
    pub branding: Branding,
    /// `fit_pages`: the document fitted to this many pages where the layout can be fitted.
    pub fit_pages: Option<u32>,
    /// `[layout]`: options of the layout, as written (the layout's layout.toml says which it
    /// offers, checked when the layout is known).
    pub layout_options: Vec<LayoutSetting>,
    /// `[web] base_url`: the address the web pages (and their cards) are published under,
    /// ending in `/`. Open Graph's page and image addresses are made from it.
    pub base_url: Option<url::Url>,
    /// The name diagnostics show publish.toml by (`publish.toml`, `../x/publish.toml`,
    /// `<built-in>/publish.toml`).
    pub file: String,
    /// publish.toml's text, without a byte order mark: what diagnostics quote.
    pub text: Arc<str>,
}

impl Config {
    /// A place in publish.toml, for a diagnostic: the file, its text and a byte range of it.
    pub fn place(&self, span: std::ops::Range<usize>) -> Place {
        Place { file: self.file.clone(), text: self.text.clone(), range: span }
    }

    /// A locale of publish.toml by its tag.
    pub fn locale(&self, tag: &str) -> Option<&LocaleEntry> {
        self.locales.iter().find(|l| l.language.tag == tag)
    }

    /// A language of the statement or a pseudo-locale, by its tag.
    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.locales.iter().map(|l| &l.language).chain(&self.pseudo).find(|l| l.tag == tag)
    }

    /// The statement's languages (not the pseudo-locales), in publish.toml's order.
    pub fn languages(&self) -> Vec<Language> {
        self.locales.iter().map(|l| l.language.clone()).collect()
    }

    /// The reference language.
    pub fn reference_language(&self) -> &Language {
        self.language(&self.reference).expect("the reference is among the locales, checked when read")
    }

    /// Every signatory entry, in publish.toml's order.
    pub fn entries(&self) -> impl Iterator<Item = &EntryConfig> {
        self.groups.iter().flat_map(|g| g.entries.iter())
    }

    /// The signatures that came after the statement's date: how many, and the date of the last
    /// (the list's update date). `None` when there are none.
    pub fn late(&self) -> Option<(usize, NaiveDate)> {
        let late: Vec<NaiveDate> =
            self.entries().filter_map(|e| e.since).filter(|d| *d > self.date).collect();
        Some((late.len(), *late.iter().max()?))
    }

    /// Whether an entry signed after the statement's date.
    pub fn is_late(&self, entry: &EntryConfig) -> bool {
        entry.since.is_some_and(|d| d > self.date)
    }
}

/// A name that can only designate a folder directly inside another: a layout or locale name.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.')
}

/// The kind of a block as written, with its options; why it is not one when it is not.
fn block(r: &RawBlock) -> Result<Block, String> {
    let kinds = [
        r.subtitle.is_some(),
        r.heading.is_some(),
        r.paragraph.is_some(),
        r.list.is_some(),
        r.quote.is_some(),
        r.addressee.is_some(),
        r.subject.is_some(),
        r.salutation.is_some(),
        r.closing.is_some(),
        r.contact.is_some(),
        r.notes.is_some(),
    ];
    match kinds.iter().filter(|k| **k).count() {
        0 => return Err("names no kind".into()),
        1 => {}
        _ => return Err("names more than one kind (one block, one kind)".into()),
    }
    let only = |allowed: &[&str]| -> Result<(), String> {
        let given = [
            ("level", r.level.is_some()),
            ("lead", r.lead.is_some()),
            ("numbered", r.numbered.is_some()),
            ("attribution", r.attribution.is_some()),
            ("title", r.title.is_some()),
        ];
        for (name, set) in given {
            if set && !allowed.contains(&name) {
                return Err(format!("has `{name}`, which this kind of block does not take"));
            }
        }
        Ok(())
    };
    let non_empty = |v: &Vec<String>, what: &str| {
        if v.is_empty() { Err(format!("has an empty `{what}`")) } else { Ok(v.clone()) }
    };
    if let Some(id) = &r.heading {
        only(&["level"])?;
        let level = r.level.unwrap_or(2);
        if !(2..=3).contains(&level) {
            return Err(format!("has `level = {level}`: headings below the title are level 2 or 3"));
        }
        return Ok(Block::Heading { id: id.clone(), level });
    }
    if let Some(id) = &r.paragraph {
        only(&[])?;
        return Ok(Block::Paragraph(id.clone()));
    }
    if let Some(items) = &r.list {
        only(&["lead", "numbered"])?;
        return Ok(Block::List {
            lead: r.lead.clone(),
            items: non_empty(items, "list")?,
            numbered: r.numbered.unwrap_or(false),
        });
    }
    if let Some(id) = &r.quote {
        only(&["attribution", "lead"])?;
        return Ok(Block::Quote { lead: r.lead.clone(), id: id.clone(), attribution: r.attribution.clone() });
    }
    if let Some(lines) = &r.addressee {
        only(&[])?;
        return Ok(Block::Addressee(non_empty(lines, "addressee")?));
    }
    if let Some(id) = &r.subject {
        only(&[])?;
        return Ok(Block::Subject(id.clone()));
    }
    if let Some(id) = &r.salutation {
        only(&[])?;
        return Ok(Block::Salutation(id.clone()));
    }
    if let Some(id) = &r.closing {
        only(&[])?;
        return Ok(Block::Closing(id.clone()));
    }
    if let Some(c) = &r.contact {
        only(&[])?;
        return contact(c);
    }
    if let Some(id) = &r.subtitle {
        only(&[])?;
        return Ok(Block::Subtitle(id.clone()));
    }
    if let Some(items) = &r.notes {
        only(&["title"])?;
        return Ok(Block::Notes { title: r.title.clone(), items: non_empty(items, "notes")? });
    }
    unreachable!("one kind was counted")
}

/// A contact block, its e-mail address and telephone number checked.
fn contact(c: &RawContact) -> Result<Block, String> {
    if let Some(e) = &c.email
        && (!e.contains('@') || e.contains(char::is_whitespace) || e.starts_with('@') || e.ends_with('@'))
    {
        return Err(format!("has the e-mail address {e:?}, which is not one"));
    }
    if let Some(p) = &c.phone
        && (!p.chars().any(|c| c.is_ascii_digit())
            || !p.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)))
    {
        return Err(format!("has the telephone number {p:?}: digits, spaces and + - ( ) . only"));
    }
    Ok(Block::Contact {
        label: c.label.clone(),
        name: c.name.clone(),
        role: c.role.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
    })
}

/// `#rrggbb` as three components from 0 to 255.
pub fn parse_hex_colour(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([c(0)?, c(2)?, c(4)?])
}

/// The scopes an entry may give in its country's place: `international`, printed from the
/// message `scope-international` ("International", "Internacional").
pub const SCOPES: [&str; 1] = ["international"];

/// The message a scope prints from (`scope-international`).
pub fn scope_id(scope: &str) -> String {
    format!("scope-{scope}")
}

/// Whether Windows reserves a name for a device (CON, PRN, AUX, NUL, COM0–9, LPT0–9, in any
/// case): no file may be named after it, with any extension.
fn is_reserved_on_windows(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.len() == 4
            && upper.as_bytes()[3].is_ascii_digit())
}

/// The longest statement id: output file names add up to about 80 characters to it.
pub const MAX_ID: usize = 100;

/// Reads publish.toml. All errors found are returned, each with its place.
pub fn parse(file: &str, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let text: Arc<str> = Arc::from(text.strip_prefix('\u{feff}').unwrap_or(text));
    let mut cx = Checker { file, text: text.clone(), errors: Vec::new() };
    let raw: RawConfig = match toml::from_str(&text) {
        Ok(raw) => raw,
        Err(e) => {
            let mut d = Diagnostic::error("config", format!("publish.toml is not valid: {}", e.message()))
                .help(
                    "see docs/guide/project.md, section \"publish.toml\", for the keys publish.toml may hold",
                );
            d = match e.span() {
                Some(span) => d.at(cx.place(span)),
                None => d.in_file(file),
            };
            return Err(vec![d]);
        }
    };
    let statement = &raw.statement;
    let id = statement.id(&mut cx);
    let date = statement.date(&mut cx);
    let (locales, pseudo) = statement.languages(&mut cx);
    let layout = statement.layout(&mut cx);
    let blocks: Vec<Block> = raw.blocks.iter().filter_map(|b| cx.block(b)).collect();
    // A subtitle stands under the title: it is the first block or none.
    for (i, b) in raw.blocks.iter().enumerate().skip(1) {
        if b.get_ref().subtitle.is_some() {
            cx.error(
                format!("the subtitle is block {} here: it can only be the first block, as it is set under the title", i + 1),
                b.span(),
                "move this [[blocks]] entry to the top, before every other block",
            );
        }
    }
    let List { order, groups, signatories } = raw.signatories.read(&mut cx);
    let branding = raw.branding.as_ref().map(|b| b.read(statement, &mut cx)).unwrap_or_default();
    let fit_pages = statement.fit_pages(&mut cx);
    let short_country_names = match &raw.signatories.country_names {
        None => false,
        Some(v) if v.get_ref() == "long" => false,
        Some(v) if v.get_ref() == "short" => true,
        Some(v) => {
            cx.error(
                format!("`country_names = \"{}\"` is not a choice of country names", v.get_ref()),
                v.span(),
                "write \"long\" (CLDR's names, the default) or \"short\" (its short names where they are names: \"Palestine\")",
            );
            false
        }
    };
    let base_url = raw.web.as_ref().and_then(|w| w.base_url(&mut cx));
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    Ok(Config {
        id,
        date: date.expect("checked above"),
        reference: statement.reference.get_ref().clone(),
        locales,
        pseudo,
        layout,
        numbers: raw.numbers.into_iter().map(|(k, v)| (k, v.into_inner())).collect(),
        blocks,
        order,
        signatories,
        groups,
        mark_late: raw.signatories.mark_late,
        short_country_names,
        dismissed: raw.signatories.dismissed,
        branding,
        fit_pages,
        layout_options: raw
            .layout
            .into_iter()
            .map(|(k, v)| LayoutSetting {
                name_span: k.span(),
                name: k.into_inner(),
                value_span: v.span(),
                value: v.into_inner(),
            })
            .collect(),
        base_url,
        file: file.to_string(),
        text,
    })
}

/// What reading publish.toml found wrong so far, and where: each section's reader adds to it, so
/// that every error of the file is reported at once.
struct Checker<'a> {
    file: &'a str,
    text: Arc<str>,
    errors: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn place(&self, range: std::ops::Range<usize>) -> Place {
        Place { file: self.file.to_string(), text: self.text.clone(), range }
    }

    /// An error at a place of the file, with how to fix it.
    fn error(&mut self, message: String, at: std::ops::Range<usize>, help: &str) {
        let d = Diagnostic::error("config", message).at(self.place(at)).help(help.to_string());
        self.errors.push(d);
    }

    /// A block of `[[blocks]]`, or `None` (and an error) when it is not one.
    fn block(&mut self, b: &Spanned<RawBlock>) -> Option<Block> {
        let why = match block(b.get_ref()) {
            Ok(block) => return Some(block),
            Err(why) => why,
        };
        let mut d = Diagnostic::error("config", format!("this block {why}")).at(self.place(b.span()));
        // Which kinds exist helps when the kind is the trouble, not an option's value.
        if why.starts_with("names") {
            d = d
                .note(format!("the kinds of block: {}", Block::KINDS.join(", ")))
                .help("see docs/guide/project.md, \"Blocks\": e.g. `paragraph = \"id\"`, `heading = \"id\"`, `list = [\"a\", \"b\"]`");
        } else {
            d = d.help("see docs/guide/project.md, \"Blocks\", for the options each kind takes");
        }
        self.errors.push(d);
        None
    }
}

impl RawStatement {
    /// The statement's id, which names its files.
    fn id(&self, cx: &mut Checker) -> String {
        let id = self.id.get_ref().clone();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            cx.error(
                format!("statement id `{}` cannot name a file", id.escape_debug()),
                self.id.span(),
                "use ASCII letters, digits, `-` and `_` only, e.g. `oppose-icc-sanctions`",
            );
        } else if is_reserved_on_windows(&id) {
            // `CON.en-GB.pdf` cannot be made on Windows, whatever follows the name.
            cx.error(
                format!("statement id `{id}` is a name Windows reserves for a device: no file can be named after it there"),
                self.id.span(),
                "choose another id, e.g. `con-statement` (CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9 are reserved)",
            );
        } else if id.len() > MAX_ID {
            // Output names add the language, layout, paper and more to it; a file name holds 255
            // bytes on common file systems.
            cx.error(
                format!("statement id is {} characters long; at most {MAX_ID} can name a file", id.len()),
                self.id.span(),
                "choose a short id, e.g. `oppose-icc-sanctions`",
            );
        }
        id
    }

    fn date(&self, cx: &mut Checker) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.date.get_ref(), "%Y-%m-%d")
            .map_err(|e| {
                cx.error(
                    format!("date `{}` does not parse: {e}", self.date.get_ref()),
                    self.date.span(),
                    "write the date as YYYY-MM-DD, e.g. \"2025-01-16\"",
                );
            })
            .ok()
    }

    /// The statement's languages, each read once into a `Language`, the reference among them;
    /// and the pseudo-locales made from the reference.
    fn languages(&self, cx: &mut Checker) -> (Vec<LocaleEntry>, Vec<Language>) {
        let mut locales: Vec<LocaleEntry> = Vec::new();
        for l in &self.locales {
            match Language::parse(l.get_ref()) {
                Some(_) if locales.iter().any(|e| e.language.tag == *l.get_ref()) => cx.errors.push(
                    Diagnostic::error("config", format!("locale `{}` is listed twice", l.get_ref()))
                        .at(cx.place(l.span())),
                ),
                Some(language) => locales.push(LocaleEntry { language, span: l.span() }),
                None => cx.error(
                    format!("`{}` is not a locale (BCP 47 language tag)", l.get_ref()),
                    l.span(),
                    "use a tag such as \"fr\", \"en-GB\", \"fr-CA\" or \"ar-u-nu-latn\" (Arabic with Latin digits), matching a folder under locales/",
                ),
            }
        }
        if self.locales.is_empty() {
            cx.error(
                "the statement lists no locales".to_string(),
                self.reference.span(),
                "add `locales = [\"en-GB\", \"fr\"]` under [statement]",
            );
        }
        let reference = self.reference.get_ref();
        if !self.locales.iter().any(|l| l.get_ref() == reference) {
            cx.error(
                format!("the reference locale `{reference}` is not among the statement's locales"),
                self.reference.span(),
                "add it to `locales`, or name one of them as `reference`",
            );
        }
        let pseudo = match locales.iter().find(|l| l.language.tag == *reference) {
            Some(r) => Pseudo::ALL.iter().map(|&p| Language::pseudo(p, &r.language)).collect(),
            None => Vec::new(),
        };
        (locales, pseudo)
    }

    fn layout(&self, cx: &mut Checker) -> String {
        match &self.layout {
            Some(l) if !is_plain_name(l.get_ref()) => {
                cx.error(
                    format!("`{}` is not a layout name", l.get_ref()),
                    l.span(),
                    "a layout is named by its folder under layouts/, e.g. \"handout\"",
                );
                String::new()
            }
            Some(l) => l.get_ref().clone(),
            None => "handout".to_string(),
        }
    }

    fn fit_pages(&self, cx: &mut Checker) -> Option<u32> {
        let f = self.fit_pages.as_ref()?;
        if *f.get_ref() == 0 {
            cx.error(
                "fit_pages = 0: a document takes at least one page".to_string(),
                f.span(),
                "write the number of pages to fit the document to, e.g. fit_pages = 2, or remove the line",
            );
            return None;
        }
        Some(*f.get_ref())
    }
}

/// The list of signatories as read.
struct List {
    order: Order,
    /// The declared groups, or one made of `ids`.
    groups: Vec<Group>,
    /// Every entry's id with its place.
    signatories: Vec<(String, std::ops::Range<usize>)>,
}

impl RawSignatories {
    fn read(&self, cx: &mut Checker) -> List {
        let order = parse_order(&self.order, cx);
        let mut groups: Vec<Group> = Vec::new();
        let mut entries = Entries::default();
        match (&self.ids, self.groups.is_empty()) {
            (Some(ids), true) => {
                let entries = entries.read(ids, cx);
                groups.push(Group { heading: None, note: None, order, entries });
            }
            (None, false) => {
                for g in &self.groups {
                    let r = g.get_ref();
                    let list = entries.read(r.ids.get_ref(), cx);
                    if list.is_empty() {
                        cx.error(
                            "this group of signatories has no entries".to_string(),
                            r.ids.span(),
                            "list its signatories' ids in `ids`, or remove the group",
                        );
                    }
                    let order = r.order.as_ref().map_or(order, |o| parse_order(o, cx));
                    groups.push(Group {
                        heading: r.heading.clone(),
                        note: r.note.clone(),
                        order,
                        entries: list,
                    });
                }
            }
            (Some(_), false) => cx.error(
                "[signatories] has both `ids` and `[[signatories.groups]]`".to_string(),
                self.order.span(),
                "list the signatories in the groups only (each group has its own `ids`)",
            ),
            (None, true) => cx.error(
                "[signatories] lists no signatory".to_string(),
                self.order.span(),
                "add `ids = [\"sig-...\"]`, or `[[signatories.groups]]` with their `ids`",
            ),
        }
        List { order, groups, signatories: entries.all }
    }
}

fn parse_order(o: &Spanned<String>, cx: &mut Checker) -> Order {
    match o.get_ref().as_str() {
        "collation" => Order::Collation,
        "as-listed" => Order::AsListed,
        other => {
            cx.error(
                format!("unknown signatory order `{other}`"),
                o.span(),
                "use \"collation\" (sorted for each language) or \"as-listed\"",
            );
            Order::AsListed
        }
    }
}

/// The signatories read so far, over every group: an id may be listed once in the whole list.
#[derive(Default)]
struct Entries {
    all: Vec<(String, std::ops::Range<usize>)>,
    seen: std::collections::HashSet<String>,
}

impl Entries {
    /// A group's entries, checked: each id once, `since` a date, `country` a region CLDR knows.
    fn read(&mut self, list: &[Spanned<RawEntry>], cx: &mut Checker) -> Vec<EntryConfig> {
        let mut out = Vec::new();
        for s in list {
            let (id, country, since, key, scope) = match s.get_ref() {
                RawEntry::Id(id) => (id.clone(), None, None, None, None),
                RawEntry::Table(t) => {
                    (t.id.clone(), t.country.clone(), t.since.as_ref(), t.key.clone(), t.scope.clone())
                }
            };
            if let Some(sc) = &scope {
                if !SCOPES.contains(&sc.as_str()) {
                    cx.error(
                        format!("`scope = \"{sc}\"` of `{id}` is not a scope publish knows"),
                        s.span(),
                        "write `scope = \"international\"` for an entry that works across countries, or give its `country`",
                    );
                } else if country.is_some() {
                    cx.error(
                        format!("`{id}` has both a country and a scope: the list prints one in the other's place"),
                        s.span(),
                        "keep `country` for an entry based in one country, `scope = \"international\"` for one that is not",
                    );
                }
            }
            let since = match since.map(|d| (d, d.date())) {
                None => None,
                Some((_, Some(date))) => Some(date),
                Some((raw, None)) => {
                    cx.error(
                        format!("`since` of `{id}` is not a date: `{}`", raw.text()),
                        s.span(),
                        "write the date it signed as YYYY-MM-DD, e.g. `since = 2025-01-20`",
                    );
                    None
                }
            };
            if !self.seen.insert(id.clone()) {
                cx.error(format!("signatory `{id}` is listed twice"), s.span(), "remove the second entry");
                continue;
            }
            let country = country.map(|c| c.trim().to_ascii_uppercase());
            if let Some(c) = &country
                && !super::countries::is_region(c)
            {
                cx.error(
                    format!("`{c}` is not a country or region code CLDR knows (ISO 3166-1: two letters; or a UN M.49 region: three digits)"),
                    s.span(),
                    match super::countries::hint(c) {
                        "" => "use the two-letter code, e.g. \"KE\" for Kenya, \"FR\" for France (in either case), or a region's, e.g. \"001\" for the World",
                        hint => hint,
                    },
                );
            }
            self.all.push((id.clone(), s.span()));
            out.push(EntryConfig { id, country, scope, since, key, span: s.span() });
        }
        out
    }
}

impl RawBranding {
    /// The logos (paths inside the project, by language), their alternative text and the
    /// accent colours.
    fn read(&self, statement: &RawStatement, cx: &mut Checker) -> Branding {
        let mut branding = Branding {
            logo: self.logo.as_ref().map(|p| logo_path(p, cx)),
            logo_alt: self.logo_alt.clone(),
            ..Branding::default()
        };
        for (tag, p) in &self.logos {
            let entry = logo_path(p, cx);
            if !statement.locales.iter().any(|l| l.get_ref() == tag) {
                cx.error(
                    format!("a logo for `{tag}`, which is not a locale of the statement"),
                    p.span(),
                    "name the logos by the statement's locale tags",
                );
            }
            branding.logos.insert(tag.clone(), entry);
        }
        if (branding.logo.is_some() || !branding.logos.is_empty()) && branding.logo_alt.is_none() {
            let at =
                self.logo.as_ref().or(self.logos.values().next()).map(toml::Spanned::span).unwrap_or(0..0);
            cx.error(
                "a logo needs its alternative text (PDF/UA requires it)".to_string(),
                at,
                "add `logo_alt = \"logo-alt\"` under [branding], and the message `logo-alt = <what the logo shows>` to each locale",
            );
        }
        for (slot, value) in
            [(&mut branding.accent, &self.accent), (&mut branding.accent_contrast, &self.accent_contrast)]
        {
            if let Some(v) = value {
                if parse_hex_colour(v.get_ref()).is_none() {
                    cx.error(
                        format!("`{}` is not a colour", v.get_ref()),
                        v.span(),
                        "write it as #rrggbb, e.g. \"#0b5394\"",
                    );
                }
                *slot = Some((v.get_ref().to_ascii_lowercase(), v.span()));
            }
        }
        branding
    }
}

/// A logo's path, relative to the project and inside it.
fn logo_path(p: &Spanned<String>, cx: &mut Checker) -> (String, std::ops::Range<usize>) {
    let rel = p.get_ref().trim_start_matches("./");
    let leaves = rel.is_empty()
        || std::path::Path::new(rel).is_absolute()
        || rel.split(['/', '\\']).any(|s| s == ".." || s.is_empty());
    if leaves {
        cx.error(
            format!("the logo `{}` is not a path inside the project", p.get_ref()),
            p.span(),
            "name a file of the project folder, e.g. \"branding/logo.svg\"",
        );
    }
    (rel.to_string(), p.span())
}

impl RawWeb {
    /// `base_url`, checked: the absolute http(s) address of a folder, ending in `/`.
    fn base_url(&self, cx: &mut Checker) -> Option<url::Url> {
        let b = self.base_url.as_ref()?;
        let written = b.get_ref();
        let mut text = written.trim().to_string();
        if !text.ends_with('/') {
            text.push('/');
        }
        match url::Url::parse(&text) {
            Ok(u)
                if matches!(u.scheme(), "https" | "http")
                    && u.host().is_some()
                    && u.query().is_none()
                    && u.fragment().is_none() =>
            {
                Some(u)
            }
            _ => {
                cx.error(
                    format!("base_url `{}` is not the address of a folder on the web", written.escape_debug()),
                    b.span(),
                    "write the absolute https:// address the pages are published under, e.g. \"https://example.org/statements/\"",
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[statement]
id = "s"
date = "2025-01-16"
reference = "en-GB"
locales = ["en-GB", "fr"]

[numbers]
members = 120

[[blocks]]
paragraph = "p1"

[[blocks]]
lead = "calls"
list = ["c1", "c2"]

[signatories]
order = "collation"
ids = ["a", "b"]
"#;

    #[test]
    fn a_signatory_listed_twice_is_named_at_its_second_place() {
        let text = GOOD.replace(r#"ids = ["a", "b"]"#, "ids = [\n  \"a\",\n  \"b\",\n  \"a\",\n]");
        let errs = parse("publish.toml", &text).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].message.contains("signatory `a` is listed twice"), "{}", errs[0]);
        let (line, col) = errs[0].place.as_ref().unwrap().line_col();
        assert_eq!((line, col), (23, 3), "{}", errs[0]);
    }

    #[test]
    fn reads_a_good_file() {
        let c = parse("publish.toml", GOOD).unwrap();
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2025, 1, 16).unwrap());
        assert_eq!(c.locales.len(), 2);
        assert_eq!(c.numbers["members"], 120);
        assert_eq!(
            c.blocks[1],
            Block::List {
                lead: Some("calls".into()),
                items: vec!["c1".into(), "c2".into()],
                numbered: false
            }
        );
        assert_eq!(c.order, Order::Collation);
    }

    #[test]
    fn unknown_key_names_its_line() {
        let text = GOOD.replace("order = \"collation\"", "order = \"collation\"\ncolour = \"red\"");
        let errs = parse("publish.toml", &text).unwrap_err();
        let (line, _) = errs[0].place.as_ref().unwrap().line_col();
        assert_eq!(line, 20, "{}", errs[0]);
        assert!(errs[0].message.contains("colour"), "{}", errs[0]);
    }

    #[test]
    fn bad_date_is_an_error_at_its_place() {
        let errs = parse("publish.toml", &GOOD.replace("2025-01-16", "16/01/2025")).unwrap_err();
        assert_eq!(errs[0].place.as_ref().unwrap().line_col(), (4, 8));
    }
}
