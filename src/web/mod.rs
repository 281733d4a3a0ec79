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

use crate::model::{Block, Document, Inline};

const TEMPLATE: &str = include_str!("page.html");
const CSS: &str = include_str!("page.css");

/// The scripts that have italics, in their fonts and typographic tradition (as in the layouts'
/// `italic-scripts`); elsewhere emphasis is bold and secondary text upright.
const ITALIC_SCRIPTS: [&str; 3] = ["Latn", "Cyrl", "Grek"];

/// What a page links to, besides itself: decided by the run (which languages, which files).
pub struct Links<'a> {
    /// Every language of the run as (locale tag, its page's file name), this one included, in
    /// the run's order.
    pub languages: &'a [(String, String)],
    /// The statement's reference language, when it is in the run (`hreflang="x-default"`).
    pub reference: Option<&'a str>,
    /// The PDF of this language written by the same run, by file name.
    pub pdf: Option<String>,
    /// The social card of this language written by the same run, by file name.
    pub card: Option<String>,
    /// publish.toml's `[web] base_url` (ending in `/`): pages and cards are there.
    pub base_url: Option<&'a url::Url>,
}

#[derive(Serialize)]
struct Language {
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
    let own = links.languages.iter().find(|(tag, _)| *tag == doc.locale).map(|(_, f)| f.as_str());
    // Each language named in itself: by its language alone ("Français"), unless the run has two
    // of one language ("English (United Kingdom)", "English (United States)").
    let language_of = |tag: &str| tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    let languages: Vec<Language> = links
        .languages
        .iter()
        .map(|(tag, file)| {
            let shared =
                links.languages.iter().filter(|(t, _)| language_of(t) == language_of(tag)).count() > 1;
            Language {
                tag: tag.clone(),
                href: href(file),
                name: if shared { autonym(tag) } else { autonym(&language_of(tag)) },
                current: *tag == doc.locale,
            }
        })
        .collect();
    let x_default = links
        .reference
        .and_then(|r| links.languages.iter().find(|(tag, _)| tag == r))
        .map(|(_, file)| href(file));
    let og = OpenGraph {
        locale: og_locale(&doc.locale),
        alternates: links
            .languages
            .iter()
            .filter(|(t, _)| *t != doc.locale)
            .map(|(t, _)| og_locale(t))
            .collect(),
        url: own.and_then(absolute),
        image: links.card.as_deref().and_then(absolute),
    };
    let logo = logo.map(|(mime, bytes)| {
        format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
    });
    let ctx = minijinja::context! {
        doc => doc,
        languages => languages,
        x_default => x_default,
        og => og,
        pdf => links.pdf,
        logo => logo,
        footnotes => footnotes(doc),
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
            Block::Paragraph { spans, .. } | Block::Quote { spans, .. } => walk(spans, &mut out),
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
pub fn autonym(tag: &str) -> String {
    use icu_experimental::displaynames::{DisplayNamesOptions, multi::LocaleDisplayNamesFormatter};
    let Ok(locale) = tag.parse::<icu_locale_core::Locale>() else {
        return tag.to_string();
    };
    let Ok(names) = LocaleDisplayNamesFormatter::try_new((&locale).into(), DisplayNamesOptions::default())
    else {
        return tag.to_string();
    };
    let name = names.of(&locale);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => tag.to_string(),
    }
}

/// Open Graph's form of a locale: language, underscore, region (`en_GB`); the language alone
/// when there is no region.
fn og_locale(tag: &str) -> String {
    match tag.parse::<icu_locale_core::Locale>() {
        Ok(l) => match l.id.region {
            Some(r) => format!("{}_{}", l.id.language, r),
            None => l.id.language.to_string(),
        },
        Err(_) => tag.replace('-', "_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_themselves() {
        assert_eq!(autonym("fr"), "Français");
        assert_eq!(autonym("en-GB"), "British English");
        assert_eq!(autonym("ar"), "العربية");
        assert_eq!(autonym("uk"), "Українська");
        assert_eq!(og_locale("en-GB"), "en_GB");
        assert_eq!(og_locale("fr"), "fr");
    }
}
