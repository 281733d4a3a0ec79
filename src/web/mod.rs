//! The web edition (`--emit html`): one self-contained HTML page per language, made from the
//! same model as the PDF, so the website carries exactly the printed text. Semantic HTML (h1,
//! h2, p, lists, blockquote, address, footnotes with links back to their marks, the signatories
//! as a list), `<html lang dir>`, links to the other languages' pages, a title, description and
//! Open Graph tags for link previews, the style sheet (with print rules) inside, no script.
//!
//! A template engine (minijinja), not Typst's HTML export: Typst 0.15 marks its HTML export
//! experimental, and its output is shaped by a print layout; the template is plain HTML a web
//! designer can read, and every value in it is escaped by the engine.
//!
//! Fonts are left to the reader's system (the style sheet names Noto first, then each
//! platform's usual serif): embedding the four Noto faces would make each page some 4 MB, and
//! every system that shows Arabic or Latin text has fonts for it. The PDF is where the type is
//! fixed.
//!
//! Owns: the page template and what it is given. Must not: typeset, name files or write.

use base64::Engine as _;
use serde::Serialize;

use crate::language::Language;
use crate::model::{Block, Document, Inline};

const TEMPLATE: &str = include_str!("page.html");
const CSS: &str = include_str!("page.css");

/// The scripts that have italics, in their fonts and typographic tradition (as in the layouts'
/// `italic-scripts`); elsewhere emphasis is bold and secondary text upright.
const ITALIC_SCRIPTS: [&str; 3] = ["Latn", "Cyrl", "Grek"];

/// What a page links to, besides itself: decided by the run (which languages, which files).
pub struct Links<'a> {
    /// Every language of the run with its page's file name, this one included, in the run's
    /// order.
    pub languages: &'a [(&'a Language, String)],
    /// The statement's reference language, when it is in the run (`hreflang="x-default"`).
    pub reference: Option<&'a str>,
    /// The PDF of this language written by the same run, by file name.
    pub pdf: Option<String>,
    /// The social card of this language written by the same run, by file name.
    pub card: Option<String>,
    /// publish.toml's `[web] base_url` (ending in `/`): pages and cards are there.
    pub base_url: Option<&'a url::Url>,
    /// The paper the page prints on (`--paper`; A4 by default).
    pub paper: crate::request::Paper,
}

/// A language in the page's menu.
#[derive(Serialize)]
struct MenuEntry {
    tag: String,
    href: String,
    /// The language's name in itself ("Français", "العربية").
    name: String,
    current: bool,
}

#[derive(Serialize)]
struct Footnote<'a> {
    number: usize,
    spans: &'a [Inline],
}

#[derive(Serialize, Default)]
struct OpenGraph {
    /// `fr`, `en_GB`: Open Graph's form of the tag.
    locale: String,
    alternates: Vec<String>,
    /// This page's address, with a base URL.
    url: Option<String>,
    /// The card's address, with a base URL and a card.
    image: Option<String>,
    /// What the card shows, in words: the label and the title, with the language's
    /// typography (French's space before the colon), as the page's own text has it.
    image_alt: String,
}

/// The template engine with the page's template, parsed once for every page of the process.
static ENVIRONMENT: std::sync::LazyLock<minijinja::Environment<'static>> = std::sync::LazyLock::new(|| {
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.set_formatter(escape);
    env.add_template("page.html", TEMPLATE).expect("the built-in template parses");
    env
});

/// The page of one language.
pub fn page(doc: &Document, links: &Links, logo: Option<(&str, &[u8])>) -> String {
    let template = ENVIRONMENT.get_template("page.html").expect("added with the environment");

    let absolute = |file: &str| links.base_url.and_then(|b| b.join(file).ok()).map(String::from);
    let href = |file: &str| absolute(file).unwrap_or_else(|| file.to_string());
    let own = links.languages.iter().find(|(l, _)| l.tag == doc.locale);
    // Each language named in itself: by its language alone ("Français"), unless the run has two
    // of one language ("English (United Kingdom)", "English (United States)").
    let languages: Vec<MenuEntry> = links
        .languages
        .iter()
        .map(|(language, file)| {
            let shared =
                links.languages.iter().filter(|(l, _)| l.language() == language.language()).count() > 1;
            let named = if shared {
                language.locale.clone()
            } else {
                icu_locale_core::LanguageIdentifier::from(language.locale.id.language).into()
            };
            MenuEntry {
                tag: language.tag.clone(),
                href: href(file),
                name: autonym(&named),
                current: language.tag == doc.locale,
            }
        })
        .collect();
    let x_default = links
        .reference
        .and_then(|r| links.languages.iter().find(|(l, _)| l.tag == r))
        .map(|(_, file)| href(file));
    let og = OpenGraph {
        locale: own.map(|(l, _)| og_locale(l)).unwrap_or_default(),
        alternates: links
            .languages
            .iter()
            .filter(|(l, _)| l.tag != doc.locale)
            .map(|(l, _)| og_locale(l))
            .collect(),
        url: own.and_then(|(_, file)| absolute(file)),
        image: links.card.as_deref().and_then(absolute),
        image_alt: {
            let title = doc.title.as_deref().unwrap_or(&doc.meta.title);
            let text = match &doc.kicker {
                Some(k) => format!("{k}: {title}"),
                None => title.to_string(),
            };
            let text = match own {
                Some((language, _)) => crate::model::typography::apply(&text, language),
                None => text,
            };
            // A title's line-break hints are for the page, not for words read aloud.
            text.replace(['\u{200B}', '\u{AD}'], "")
        },
    };
    let logo = logo.map(|(mime, bytes)| {
        format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
    });
    let ctx = minijinja::context! {
        doc => doc,
        languages => languages,
        x_default => x_default,
        og => og,
        // One rule for every link: absolute with a base URL, relative without.
        pdf => links.pdf.as_deref().map(href),
        logo => logo,
        page_size => match links.paper {
            crate::request::Paper::A4 => "A4",
            crate::request::Paper::UsLetter => "letter",
        },
        footnotes => footnotes(doc),
        // How many signed, in the language's digits.
        signatory_count => in_digits(
            doc.signatories.groups.iter().map(|g| g.entries.len()).sum::<usize>(),
            own.map(|(l, _)| *l),
        ),
        css => minijinja::Value::from_safe_string(CSS.to_string()),
        generator => format!("publish {}", env!("CARGO_PKG_VERSION")),
        italic => ITALIC_SCRIPTS.contains(&doc.script.as_str()),
    };
    let mut html = template.render(ctx).expect("the built-in template renders every model");
    html.push('\n');
    html
}

/// Writes a value into the page: text escaped as HTML asks (`&`, `<`, `>`, `"`, `'`), and no
/// more. minijinja's own escaping also writes `/` as `&#x2f;`, which leaves the addresses of
/// `og:url` and the links unreadable to the simpler link-preview readers.
fn escape(
    out: &mut minijinja::Output,
    state: &minijinja::State,
    value: &minijinja::Value,
) -> Result<(), minijinja::Error> {
    let Some(text) = value.as_str().filter(|_| !value.is_safe()) else {
        return minijinja::escape_formatter(out, state, value);
    };
    let mut from = 0;
    for (i, c) in text.char_indices() {
        let entity = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[from..i])?;
        out.write_str(entity)?;
        from = i + 1;
    }
    out.write_str(&text[from..])?;
    Ok(())
}

/// Every footnote of the body, in order of their numbers.
fn footnotes(doc: &Document) -> Vec<Footnote<'_>> {
    fn walk<'a>(spans: &'a [Inline], out: &mut Vec<Footnote<'a>>) {
        for s in spans {
            if let Inline::Note { number, spans } = s {
                out.push(Footnote { number: *number, spans });
            }
        }
    }
    let mut out = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph { spans, .. } => walk(spans, &mut out),
            Block::Quote { lead, spans, .. } => {
                if let Some(r) = lead {
                    walk(&r.spans, &mut out);
                }
                walk(spans, &mut out);
            }
            Block::List { lead, items, .. } => {
                for r in lead.iter().chain(items) {
                    walk(&r.spans, &mut out);
                }
            }
            Block::Notes { items, .. } => {
                for r in items {
                    walk(&r.spans, &mut out);
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|f| f.number);
    out
}

/// A language's name in itself, as CLDR has it, capitalised for a menu ("Français"); the tag
/// itself when CLDR has no name for it.
pub fn autonym(locale: &icu_locale_core::Locale) -> String {
    use icu_experimental::displaynames::{DisplayNamesOptions, multi::LocaleDisplayNamesFormatter};
    let Ok(names) = LocaleDisplayNamesFormatter::try_new(locale.into(), DisplayNamesOptions::default())
    else {
        return locale.to_string();
    };
    let name = names.of(locale);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => locale.to_string(),
    }
}

/// A count in a language's digits (`١٢` with `ar-u-nu-arab`), as its documents write numbers.
fn in_digits(n: usize, language: Option<&Language>) -> String {
    let digits: Vec<char> = language.map(|l| l.digits.chars().collect()).unwrap_or_default();
    n.to_string()
        .chars()
        .map(|c| c.to_digit(10).and_then(|d| digits.get(d as usize).copied()).unwrap_or(c))
        .collect()
}

/// Open Graph's form of a locale: language, underscore, region (`en_GB`), the region CLDR's
/// likely one when the tag names none (`fr_FR`, `uk_UA`, `ar_EG`); the language alone when
/// CLDR has no region for it.
fn og_locale(language: &Language) -> String {
    match crate::language::likely_region(&language.locale) {
        Some(r) => format!("{}_{r}", language.language()),
        None => language.language().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_themselves() {
        let named = |tag: &str| autonym(&tag.parse().unwrap());
        assert_eq!(named("fr"), "Français");
        assert_eq!(named("en-GB"), "British English");
        assert_eq!(named("ar"), "العربية");
        assert_eq!(named("uk"), "Українська");
        let og = |tag: &str| og_locale(&Language::parse(tag).unwrap());
        assert_eq!(og("en-GB"), "en_GB");
        assert_eq!(og("fr"), "fr_FR");
        assert_eq!(og("es"), "es_ES");
        assert_eq!(og("uk"), "uk_UA");
        assert_eq!(og("ar"), "ar_EG");
        assert_eq!(og("es-419"), "es_419");
    }

    #[test]
    fn a_count_is_written_in_the_languages_digits() {
        let arab = Language::parse("ar-u-nu-arab").unwrap();
        assert_eq!(in_digits(129, Some(&arab)), "١٢٩");
        assert_eq!(in_digits(129, Some(&Language::parse("fr").unwrap())), "129");
    }
}
