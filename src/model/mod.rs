//! The per-language Document: plain serde data built from publish.toml and a Fluent bundle.
//! It reaches the layout as `/model.json`; its shape is the contract with every layout
//! (layouts/README.md) and carries `SCHEMA`.
//!
//! Owns: which messages make the document and in what order, the signatory order, the
//! typographic pass over every string. Must not: contain Typst markup, or typeset.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::l10n::{self, Catalog, Formatter};
use crate::project::config::{Block as ConfigBlock, Config, Order};
pub mod typography;

/// The version of the model's JSON shape (`project::layout::MODEL_SCHEMA`, the contract with
/// every layout).
pub const SCHEMA: u32 = crate::project::layout::MODEL_SCHEMA;

/// Placeholders for the page numbers in `page-label`, which only the layout knows.
const PAGE: &str = "\u{F0000}";
const PAGES: &str = "\u{F0001}";

#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub schema: u32,
    pub statement: String,
    /// The locale tag as publish.toml names it ("en-GB", "fr").
    pub locale: String,
    /// Its language and region, as Typst's `text(lang:, region:)` takes them.
    pub lang: String,
    pub region: Option<String>,
    /// "a4" or "us-letter", as Typst's `page(paper:)` takes it.
    pub paper: String,
    pub kicker: String,
    pub title: String,
    pub dateline: String,
    pub author: String,
    pub blocks: Vec<Block>,
    pub signatories: Signatories,
    pub furniture: Furniture,
    pub meta: Meta,
    /// How the document is printed: theme, bleed, marks.
    pub print: Print,
    /// Which message each string came from, for diagnostics (not part of the JSON).
    #[serde(skip)]
    pub sources: Vec<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Paragraph {
        id: String,
        /// The whole text, links included as their text.
        text: String,
        /// The same text in runs, each plain or a link (written `{ LINK("https://…", "text") }`
        /// in Fluent).
        spans: Vec<Span>,
    },
    List {
        lead: Option<String>,
        items: Vec<String>,
    },
}

/// A run of a paragraph: text, and the address it links to, if it is a link.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub link: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Signatories {
    pub heading: String,
    pub lead: String,
    pub entries: Vec<Signatory>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Signatory {
    pub id: String,
    pub name: String,
    /// A footnote on this entry, in this language; the layout draws the marker.
    pub note: Option<String>,
    /// What the entry sorts under, when not its name (the message's `.sort` attribute).
    #[serde(skip)]
    pub sort_key: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Furniture {
    /// "Page 2 of 3" as parts: `{"text": "Page "}`, `{"field": "page"}`, `{"field": "pages"}`.
    pub page_label: Vec<Segment>,
    pub running_footer: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Segment {
    Text { text: String },
    Field { field: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct Print {
    /// "default", or "contrast": light text on a dark page.
    pub theme: String,
    /// Bleed on each side, in millimetres (0: none).
    pub bleed_mm: f64,
    /// Crop marks: the page grows by the bleed and a slug, the trimmed page sits inside.
    pub marks: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// The statement's date, ISO 8601.
    pub date: String,
}

/// Options of the model that come from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub paper: String,
    pub allow_fallback: bool,
    pub print: Print,
}

struct Builder<'a> {
    fmt: Formatter<'a>,
    langid: unic_langid::LanguageIdentifier,
    sources: Vec<(String, String)>,
}

impl Builder<'_> {
    fn text(&mut self, id: &str, args: &fluent_bundle::FluentArgs) -> String {
        let raw = self.fmt.format(id, None, args, false).unwrap_or_default();
        self.finish(id, raw)
    }

    fn finish(&mut self, id: &str, raw: String) -> String {
        let (text, spans) = self.finish_spans(id, raw);
        if spans.iter().any(|s| s.link.is_some()) {
            self.fmt.diags.push(
                Diagnostic::error(
                    "link-place",
                    format!("`{id}` holds a link, which only a paragraph can show"),
                )
                .for_id(id)
                .for_locale(self.fmt.locale.tag.clone())
                .help("move the LINK(...) into a paragraph of the body, or write its text without LINK"),
            );
        }
        text
    }

    /// A paragraph: the language's typography applied to each run, links kept apart.
    fn finish_spans(&mut self, id: &str, raw: String) -> (String, Vec<Span>) {
        let mut spans = Vec::new();
        for (text, link) in crate::l10n::split_links(&raw) {
            if let Some(url) = &link
                && !crate::l10n::is_safe_url(url)
            {
                self.fmt.diags.push(
                    Diagnostic::error(
                        "link",
                        format!("`{id}` links to {url:?}, which is not a web or mail address"),
                    )
                    .for_id(id)
                    .for_locale(self.fmt.locale.tag.clone())
                    .help("a link goes to an https://, http:// or mailto: address"),
                );
            }
            spans.push(Span { text: typography::apply(&text, &self.langid), link });
        }
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        self.sources.push((id.to_string(), text.clone()));
        (text, spans)
    }
}

/// Builds one language's document. Returns it with every diagnostic met; the caller refuses
/// to typeset when any is an error.
pub fn build(
    config: &Config,
    catalog: &Catalog,
    tag: &str,
    options: &Options,
) -> (Document, Vec<Diagnostic>) {
    let locale = catalog.get(tag).expect("the catalog holds every requested locale");
    let reference = catalog.get(&config.reference).expect("the catalog holds the reference locale");
    let langid = locale.langid.clone();
    let mut b = Builder {
        fmt: Formatter::new(locale, reference, options.allow_fallback),
        langid: langid.clone(),
        sources: Vec::new(),
    };

    let date = config.date.format("%Y-%m-%d").to_string();
    let count = config.signatories.len();
    let mut pairs: Vec<(&str, FluentValue)> =
        config.numbers.iter().map(|(k, v)| (k.as_str(), FluentValue::from(*v))).collect();
    pairs.push(("date", FluentValue::from(date.clone())));
    pairs.push(("count", FluentValue::from(count)));
    let args = l10n::args(pairs);

    let kicker = b.text("statement-kicker", &args);
    let title = b.text("statement-title", &args);
    let dateline = b.text("statement-dateline", &args);
    let author = b.text("statement-author", &args);

    let mut blocks = Vec::new();
    for block in &config.blocks {
        match block {
            ConfigBlock::Paragraph(id) => {
                let raw = b.fmt.format(id, None, &args, false).unwrap_or_default();
                let (text, spans) = b.finish_spans(id, raw);
                blocks.push(Block::Paragraph { id: id.clone(), text, spans });
            }
            ConfigBlock::List { lead, items } => {
                let lead = lead.as_ref().map(|id| b.text(id, &args));
                let items = items.iter().map(|id| b.text(id, &args)).collect();
                blocks.push(Block::List { lead, items });
            }
        }
    }

    let mut entries = Vec::new();
    for (id, _) in &config.signatories {
        let name = b.text(id, &args);
        let note = b.fmt.format(id, Some("note"), &args, true).map(|n| b.finish(&format!("{id}.note"), n));
        let sort_key = if b.fmt.has_own_attribute(id, "sort") {
            b.fmt.format(id, Some("sort"), &args, true)
        } else {
            None
        };
        entries.push(Signatory { id: id.clone(), name, note, sort_key });
    }
    if config.order == Order::Collation {
        typography::sort_by_collation(&mut entries, &langid, |s| s.sort_key.as_deref().unwrap_or(&s.name));
    }
    let signatories = Signatories {
        heading: b.text("signatories-heading", &args),
        lead: b.text("signatories-lead", &args),
        entries,
    };

    let mut page_args = l10n::args([("page", FluentValue::from(PAGE)), ("pages", FluentValue::from(PAGES))]);
    for (k, v) in args.iter() {
        if k != "page" && k != "pages" {
            page_args.set(k.to_string(), v.clone());
        }
    }
    let label = b.text("page-label", &page_args);
    let furniture =
        Furniture { page_label: split_fields(&label), running_footer: b.text("running-footer", &args) };

    let meta = Meta {
        title: title.clone(),
        author: author.clone(),
        subject: b.text("meta-subject", &args),
        keywords: b
            .text("meta-keywords", &args)
            .split(',')
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect(),
        date,
    };

    let diags = std::mem::take(&mut b.fmt.diags);
    let doc = Document {
        schema: SCHEMA,
        statement: config.id.clone(),
        locale: tag.to_string(),
        lang: langid.language.as_str().to_string(),
        region: langid.region.as_ref().map(|r| r.as_str().to_string()),
        paper: options.paper.clone(),
        kicker,
        title,
        dateline,
        author,
        blocks,
        signatories,
        furniture,
        meta,
        print: options.print.clone(),
        sources: b.sources,
    };
    (doc, diags)
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
