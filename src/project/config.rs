//! publish.toml: the language-independent description of a statement, read into typed values.
//!
//! Owns: the serde types of publish.toml and their validation (unknown keys, dates, locale tags,
//! duplicate ids), each error pointing at its line. Must not: read Fluent files or know layouts.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Place};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    statement: RawStatement,
    #[serde(default)]
    numbers: BTreeMap<String, Spanned<i64>>,
    #[serde(default)]
    blocks: Vec<Spanned<RawBlock>>,
    signatories: RawSignatories,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    paragraph: Option<String>,
    lead: Option<String>,
    list: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignatories {
    order: Spanned<String>,
    ids: Vec<Spanned<String>>,
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
    Paragraph(String),
    List { lead: Option<String>, items: Vec<String> },
}

/// A locale named in publish.toml, with the byte range of its name there.
#[derive(Debug, Clone)]
pub struct LocaleEntry {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub span: std::ops::Range<usize>,
}

/// The checked statement description.
#[derive(Debug, Clone)]
pub struct Config {
    pub id: String,
    pub date: NaiveDate,
    pub reference: String,
    pub locales: Vec<LocaleEntry>,
    pub layout: String,
    /// Numbers the text quotes, passed to every Fluent message as variables.
    pub numbers: BTreeMap<String, i64>,
    pub blocks: Vec<Block>,
    pub order: Order,
    /// Signatory message ids, with the byte range of each in publish.toml.
    pub signatories: Vec<(String, std::ops::Range<usize>)>,
    /// The file it was read from (display name) and its text, for later diagnostics.
    pub file: String,
    pub text: Arc<str>,
}

impl Config {
    pub fn place(&self, span: std::ops::Range<usize>) -> Place {
        Place { file: self.file.clone(), text: self.text.clone(), range: span }
    }

    pub fn locale(&self, tag: &str) -> Option<&LocaleEntry> {
        self.locales.iter().find(|l| l.tag == tag)
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

/// The pseudo-locale: the reference, accented and about a third longer (fluent-pseudo), to
/// prove that layouts hold with longer text. `--lang pseudo` selects it.
pub const PSEUDO: &str = "en-XA";

/// The direction a locale's text runs, `"ltr"` or `"rtl"`, from CLDR's likely scripts (ICU4X's
/// `LocaleDirectionality`): Arabic, Hebrew, Persian, Urdu... are right to left. The
/// pseudo-locale runs as its reference does.
pub fn direction(tag: &str, config: &Config) -> &'static str {
    static DIRECTIONS: std::sync::OnceLock<icu_locale::LocaleDirectionality> = std::sync::OnceLock::new();
    let tag = if tag == PSEUDO { config.reference.as_str() } else { tag };
    let Ok(langid) = tag.parse::<icu_locale_core::LanguageIdentifier>() else {
        return "ltr";
    };
    let rtl =
        DIRECTIONS.get_or_init(icu_locale::LocaleDirectionality::new_extended).is_right_to_left(&langid);
    if rtl { "rtl" } else { "ltr" }
}

/// The longest statement id: output file names add up to about 80 characters to it.
pub const MAX_ID: usize = 100;

/// Reads publish.toml. All errors found are returned, each with its place.
pub fn parse(file: &str, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let text_arc: Arc<str> = Arc::from(text.strip_prefix('\u{feff}').unwrap_or(text));
    let text = &*text_arc;
    let place =
        |range: std::ops::Range<usize>| Place { file: file.to_string(), text: text_arc.clone(), range };
    let raw: RawConfig = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let mut d = Diagnostic::error("config", format!("publish.toml is not valid: {}", e.message()))
                .help("see README.md, section \"publish.toml\", for the keys publish.toml may hold");
            d = match e.span() {
                Some(span) => d.at(place(span)),
                None => d.in_file(file),
            };
            return Err(vec![d]);
        }
    };
    let mut errors = Vec::new();

    let id = raw.statement.id.get_ref().clone();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        errors.push(
            Diagnostic::error("config", format!("statement id `{}` cannot name a file", id.escape_debug()))
                .at(place(raw.statement.id.span()))
                .help("use ASCII letters, digits, `-` and `_` only, e.g. `oppose-icc-sanctions`"),
        );
    } else if id.len() > MAX_ID {
        // Output names add the language, layout, paper and more to it; a file name holds 255
        // bytes on common file systems.
        errors.push(
            Diagnostic::error(
                "config",
                format!("statement id is {} characters long; at most {MAX_ID} can name a file", id.len()),
            )
            .at(place(raw.statement.id.span()))
            .help("choose a short id, e.g. `oppose-icc-sanctions`"),
        );
    }

    let date = match NaiveDate::parse_from_str(raw.statement.date.get_ref(), "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(
                Diagnostic::error(
                    "config",
                    format!("date `{}` does not parse: {e}", raw.statement.date.get_ref()),
                )
                .at(place(raw.statement.date.span()))
                .help("write the date as YYYY-MM-DD, e.g. \"2025-01-16\""),
            );
            None
        }
    };

    let mut locales: Vec<LocaleEntry> = Vec::new();
    for l in &raw.statement.locales {
        match l.get_ref().parse::<LanguageIdentifier>() {
            Ok(langid) => {
                if locales.iter().any(|e| e.tag == *l.get_ref()) {
                    errors.push(
                        Diagnostic::error("config", format!("locale `{}` is listed twice", l.get_ref()))
                            .at(place(l.span())),
                    );
                } else {
                    locales.push(LocaleEntry { tag: l.get_ref().clone(), langid, span: l.span() });
                }
            }
            Err(_) => errors.push(
                Diagnostic::error(
                    "config",
                    format!("`{}` is not a locale (BCP 47 language tag)", l.get_ref()),
                )
                .at(place(l.span()))
                .help("use a tag such as \"fr\", \"en-GB\" or \"fr-CA\", matching a folder under locales/"),
            ),
        }
    }
    if raw.statement.locales.is_empty() {
        errors.push(
            Diagnostic::error("config", "the statement lists no locales")
                .at(place(raw.statement.reference.span()))
                .help("add `locales = [\"en-GB\", \"fr\"]` under [statement]"),
        );
    }
    let reference = raw.statement.reference.get_ref().clone();
    if !raw.statement.locales.iter().any(|l| *l.get_ref() == reference) {
        errors.push(
            Diagnostic::error(
                "config",
                format!("the reference locale `{reference}` is not among the statement's locales"),
            )
            .at(place(raw.statement.reference.span()))
            .help("add it to `locales`, or name one of them as `reference`"),
        );
    }

    let layout = match &raw.statement.layout {
        Some(l) if !is_plain_name(l.get_ref()) => {
            errors.push(
                Diagnostic::error("config", format!("`{}` is not a layout name", l.get_ref()))
                    .at(place(l.span()))
                    .help("a layout is named by its folder under layouts/, e.g. \"handout\""),
            );
            String::new()
        }
        Some(l) => l.get_ref().clone(),
        None => "handout".to_string(),
    };

    let mut blocks = Vec::new();
    for b in &raw.blocks {
        let r = b.get_ref();
        match (&r.paragraph, &r.list) {
            (Some(p), None) if r.lead.is_none() => blocks.push(Block::Paragraph(p.clone())),
            (None, Some(items)) if !items.is_empty() => {
                blocks.push(Block::List { lead: r.lead.clone(), items: items.clone() })
            }
            _ => errors.push(
                Diagnostic::error("config", "a block is either `paragraph = \"id\"` or `list = [\"id\", ...]` with an optional `lead`")
                    .at(place(b.span())),
            ),
        }
    }

    let order = match raw.signatories.order.get_ref().as_str() {
        "collation" => Order::Collation,
        "as-listed" => Order::AsListed,
        other => {
            errors.push(
                Diagnostic::error("config", format!("unknown signatory order `{other}`"))
                    .at(place(raw.signatories.order.span()))
                    .help("use \"collation\" (sorted for each language) or \"as-listed\""),
            );
            Order::AsListed
        }
    };

    let mut signatories: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for s in &raw.signatories.ids {
        if !seen.insert(s.get_ref().as_str()) {
            errors.push(
                Diagnostic::error("config", format!("signatory `{}` is listed twice", s.get_ref()))
                    .at(place(s.span()))
                    .help("remove the second entry"),
            );
        } else {
            signatories.push((s.get_ref().clone(), s.span()));
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        id,
        date: date.expect("checked above"),
        reference,
        locales,
        layout,
        numbers: raw.numbers.into_iter().map(|(k, v)| (k, v.into_inner())).collect(),
        blocks,
        order,
        signatories,
        file: file.to_string(),
        text: text_arc.clone(),
    })
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
            Block::List { lead: Some("calls".into()), items: vec!["c1".into(), "c2".into()] }
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
