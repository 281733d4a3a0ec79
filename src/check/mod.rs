//! `publish check`: what is missing or broken in the translations, before anything is typeset.
//! Each locale is compared with the reference; every finding names its code, locale, message id
//! and, where there is one, file:line:col.
//!
//! Owns: the lints and the review hashes (`# reviewed: <hash>` comments). Must not: typeset,
//! or write anything but the review comments `--mark-reviewed` asks for.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement, VariantKey};
use intl_pluralrules::{PluralRuleType, PluralRules};
use sha2::{Digest, Sha256};
use typst::text::FontBook;

use crate::config::{Block, Config};
use crate::diag::{Diagnostic, Place};
use crate::l10n::{Catalog, Locale};

pub mod names;

/// The comment that silences the "identical to the reference" warning for a message.
pub const SAME_MARK: &str = "same-in-all-locales";
/// The comment prefix that records which reference text a translation was reviewed against.
pub const REVIEWED_MARK: &str = "reviewed:";

/// A message of a locale, as parsed, with where it is.
struct Entry<'a> {
    message: &'a ast::Message<&'a str>,
    file: usize,
}

/// A locale's files parsed with their comments (the bundle's runtime parse drops them).
fn parse(locale: &Locale) -> Vec<ast::Resource<&str>> {
    locale.files.iter().map(|f| fluent_syntax::parser::parse(&*f.text).unwrap_or_else(|(r, _)| r)).collect()
}

fn entries<'a>(parsed: &'a [ast::Resource<&'a str>]) -> BTreeMap<&'a str, Entry<'a>> {
    let mut out = BTreeMap::new();
    for (file, res) in parsed.iter().enumerate() {
        for e in &res.body {
            if let ast::Entry::Message(m) = e {
                out.entry(m.id.name).or_insert(Entry { message: m, file });
            }
        }
    }
    out
}

/// A locale's terms, each with the file it is defined in.
fn terms<'a>(parsed: &'a [ast::Resource<&'a str>]) -> BTreeMap<&'a str, (usize, &'a ast::Term<&'a str>)> {
    let mut out = BTreeMap::new();
    for (file, res) in parsed.iter().enumerate() {
        for e in &res.body {
            if let ast::Entry::Term(t) = e {
                out.entry(t.id.name).or_insert((file, t));
            }
        }
    }
    out
}

/// The place of a slice of a locale's file (the slice must come from that file's text).
fn place_of(locale: &Locale, file: usize, slice: &str) -> Place {
    let f = &locale.files[file];
    let start = (slice.as_ptr() as usize).saturating_sub(f.text.as_ptr() as usize).min(f.text.len());
    Place { file: f.name.clone(), text: f.text.clone(), range: start..start + slice.len() }
}

/// The message ids the statement needs from every locale.
pub fn required_ids(config: &Config) -> Vec<String> {
    let mut ids: Vec<String> = [
        "statement-kicker",
        "statement-title",
        "statement-dateline",
        "statement-author",
        "signatories-heading",
        "signatories-lead",
        "meta-subject",
        "meta-keywords",
        "page-label",
        "running-footer",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for b in &config.blocks {
        match b {
            Block::Paragraph(id) => ids.push(id.clone()),
            Block::List { lead, items } => {
                ids.extend(lead.iter().cloned());
                ids.extend(items.iter().cloned());
            }
        }
    }
    ids
}

/// What a pattern uses: variables, message and term references, and its select expressions.
#[derive(Default)]
struct Uses<'a> {
    variables: BTreeSet<&'a str>,
    messages: Vec<(&'a str, Option<&'a str>)>,
    terms: Vec<&'a str>,
    selects: Vec<(&'a InlineExpression<&'a str>, &'a [ast::Variant<&'a str>])>,
    text: String,
}

fn walk_pattern<'a>(p: &'a ast::Pattern<&'a str>, uses: &mut Uses<'a>) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => uses.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, uses),
        }
    }
}

fn walk_expression<'a>(e: &'a Expression<&'a str>, uses: &mut Uses<'a>) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, uses);
            uses.selects.push((selector, variants));
            for v in variants {
                walk_pattern(&v.value, uses);
            }
        }
        Expression::Inline(i) => walk_inline(i, uses),
    }
}

fn walk_inline<'a>(e: &'a InlineExpression<&'a str>, uses: &mut Uses<'a>) {
    match e {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name);
        }
        InlineExpression::MessageReference { id, attribute } => {
            uses.messages.push((id.name, attribute.as_ref().map(|a| a.name)))
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            uses.terms.push(id.name);
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, uses));
                args.named.iter().for_each(|a| walk_inline(&a.value, uses));
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, uses));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, uses));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        InlineExpression::StringLiteral { value } => uses.text.push_str(value),
        InlineExpression::NumberLiteral { .. } => {}
    }
}

fn uses_of<'a>(p: &'a ast::Pattern<&'a str>) -> Uses<'a> {
    let mut u = Uses::default();
    walk_pattern(p, &mut u);
    u
}

/// The cardinal plural categories a locale's rules produce (as the bundle selects them).
pub fn plural_categories(locale: &Locale) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    let Ok(rules) = PluralRules::create(locale.langid.clone(), PluralRuleType::CARDINAL) else {
        return out;
    };
    let samples: Vec<String> = (0..=200)
        .map(|n| n.to_string())
        .chain(
            ["1000", "10000", "100000", "1000000", "0.5", "1.5", "2.5", "1.0"].iter().map(|s| s.to_string()),
        )
        .collect();
    for s in samples {
        if let Ok(cat) = rules.select(s.as_str()) {
            out.insert(match cat {
                intl_pluralrules::PluralCategory::ZERO => "zero",
                intl_pluralrules::PluralCategory::ONE => "one",
                intl_pluralrules::PluralCategory::TWO => "two",
                intl_pluralrules::PluralCategory::FEW => "few",
                intl_pluralrules::PluralCategory::MANY => "many",
                intl_pluralrules::PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The hash of a reference message's text (value and attributes, not comments): what a
/// translation was reviewed against.
pub fn review_hash(message: &ast::Message<&str>) -> String {
    let mut m = message.clone();
    m.comment = None;
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(m)] });
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

fn comment_lines<'a>(m: &'a ast::Message<&'a str>) -> impl Iterator<Item = &'a str> {
    m.comment.iter().flat_map(|c| c.content.iter().map(|l| l.trim()))
}

/// Lints the given locales against the reference. `fonts`: the fonts publish would typeset
/// with, to find characters none of them has (`None`: not looked for; publish finds them on
/// the typeset pages).
pub fn lint(
    config: &Config,
    catalog: &Catalog,
    tags: &[String],
    fonts: Option<&FontBook>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(reference) = catalog.get(&config.reference) else {
        return out;
    };
    let ref_parsed = parse(reference);
    let ref_entries = entries(&ref_parsed);
    let ref_terms = terms(&ref_parsed);
    let required = required_ids(config);
    let signatories: BTreeSet<&str> = config.signatories.iter().map(|(id, _)| id.as_str()).collect();

    for tag in tags {
        let Some(locale) = catalog.get(tag) else {
            continue;
        };
        let is_reference = locale.tag == reference.tag;
        let parsed = parse(locale);
        let own = entries(&parsed);
        let own_terms = terms(&parsed);
        let categories = plural_categories(locale);
        let d = |d: Diagnostic| d.for_locale(locale.tag.clone());

        // Messages the statement needs, and signatories.
        for id in &required {
            if !own.contains_key(id.as_str()) && !locale.pseudo {
                out.push(d(Diagnostic::error(
                    "missing-message",
                    format!("message `{id}` is missing in locale {tag}"),
                )
                .for_id(id)
                .in_file(locale.folder())
                .help(format!("add `{id} = ...` to a file in {}", locale.folder()))));
            }
        }
        for (id, span) in &config.signatories {
            if !own.contains_key(id.as_str()) && !locale.pseudo {
                out.push(d(Diagnostic::error(
                    "missing-signatory",
                    format!("signatory `{id}` has no name in locale {tag}"),
                )
                .for_id(id)
                .at(config.place(span.clone()))
                .help(format!(
                    "add `{id} = <the organisation's name>` to {}signatories.ftl",
                    locale.folder()
                ))));
            }
        }

        // Against the reference: missing and obsolete messages and attributes.
        if !is_reference && !locale.pseudo {
            for (id, r) in &ref_entries {
                if required.iter().any(|x| x == id) || signatories.contains(id) {
                    // Reported above, with the statement's own words.
                    if !own.contains_key(id) {
                        continue;
                    }
                }
                match own.get(id) {
                    None => {
                        let (l, c) = place_of(reference, r.file, r.message.id.name).line_col();
                        out.push(d(Diagnostic::error(
                            "missing-message",
                            format!("message `{id}` is missing in locale {tag}"),
                        )
                        .for_id(*id)
                        .in_file(locale.folder())
                        .note(format!("the reference text is at {}:{l}:{c}", reference.files[r.file].name))
                        .help(format!("translate it in {}", locale.folder()))));
                    }
                    Some(t) => {
                        // `.sort` is each language's own choice.
                        for a in r.message.attributes.iter().filter(|a| a.id.name != "sort") {
                            if !t.message.attributes.iter().any(|b| b.id.name == a.id.name) {
                                out.push(d(Diagnostic::error(
                                    "missing-attribute",
                                    format!(
                                        "message `{id}` lacks the attribute `.{}` in locale {tag}",
                                        a.id.name
                                    ),
                                )
                                .for_id(*id)
                                .at(place_of(locale, t.file, t.message.id.name))
                                .help(format!("add `    .{} = ...` under the message", a.id.name))));
                            }
                        }
                        for b in &t.message.attributes {
                            if !r.message.attributes.iter().any(|a| a.id.name == b.id.name)
                                && b.id.name != "sort"
                            {
                                out.push(d(Diagnostic::warning(
                                    "obsolete-attribute",
                                    format!(
                                        "attribute `.{}` of `{id}` is not in the reference ({})",
                                        b.id.name, reference.tag
                                    ),
                                )
                                .for_id(*id)
                                .at(place_of(locale, t.file, b.id.name))
                                .help("remove it, or add it to the reference too")));
                            }
                        }
                    }
                }
            }
            for (id, t) in &own {
                if !ref_entries.contains_key(id) {
                    out.push(d(Diagnostic::warning(
                        "obsolete-message",
                        format!("message `{id}` is not in the reference ({})", reference.tag),
                    )
                    .for_id(*id)
                    .at(place_of(locale, t.file, t.message.id.name))
                    .help("remove it, or add it to the reference if the statement needs it")));
                }
            }
            out.extend(term_findings(reference, &ref_terms, locale, &own, &own_terms).into_iter().map(d));
        }

        // Characters that reorder or hide text, in any message of any locale.
        if !locale.pseudo {
            for t in own.values() {
                out.extend(control_findings(locale, t).into_iter().map(&d));
            }
        }

        // Signatories' names in house style (the reference's too: names are not translations).
        if !locale.pseudo {
            for (id, _) in &config.signatories {
                if let Some(t) = own.get(id.as_str()) {
                    out.extend(name_findings(locale, t).into_iter().map(|x| d(x.for_id(id))));
                }
            }
        }

        // Each message on its own, and compared with its reference.
        for (id, t) in &own {
            let at = place_of(locale, t.file, t.message.id.name);
            let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
            if let Some(v) = &t.message.value {
                patterns.push((None, v));
            }
            for a in &t.message.attributes {
                patterns.push((Some(a.id.name), &a.value));
            }
            for (attr, p) in &patterns {
                let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                let u = uses_of(p);
                if u.text.trim().is_empty()
                    && u.variables.is_empty()
                    && u.messages.is_empty()
                    && u.terms.is_empty()
                    && u.selects.is_empty()
                {
                    out.push(d(Diagnostic::error(
                        "empty-value",
                        format!("`{what}` is empty in locale {tag}"),
                    )
                    .for_id(*id)
                    .at(at.clone())
                    .help("write the text, or remove the message")));
                }
                for (m, a) in &u.messages {
                    let ok = own.get(m).is_some_and(|e| {
                        a.is_none_or(|a| e.message.attributes.iter().any(|x| x.id.name == a))
                    });
                    if !ok {
                        out.push(d(Diagnostic::error(
                            "unknown-reference",
                            format!(
                                "`{what}` refers to `{m}{}`, which locale {tag} does not have",
                                a.map(|a| format!(".{a}")).unwrap_or_default()
                            ),
                        )
                        .for_id(*id)
                        .at(place_of(locale, t.file, m))
                        .help("correct the reference, or add the message it names")));
                    }
                }
                for term in &u.terms {
                    if !own_terms.contains_key(term) {
                        out.push(d(Diagnostic::error(
                            "unknown-reference",
                            format!(
                                "`{what}` refers to the term `-{term}`, which locale {tag} does not have"
                            ),
                        )
                        .for_id(*id)
                        .at(place_of(locale, t.file, term))
                        .help("correct the reference, or define the term")));
                    }
                }
                for (selector, variants) in &u.selects {
                    let plural = matches!(
                        selector,
                        InlineExpression::VariableReference { .. }
                            | InlineExpression::FunctionReference { .. }
                    ) && variants.iter().any(
                        |v| matches!(v.key, VariantKey::Identifier { name } if PLURAL_KEYS.contains(&name)),
                    );
                    if !plural {
                        continue;
                    }
                    let keys: BTreeSet<&str> = variants
                        .iter()
                        .filter_map(|v| match v.key {
                            VariantKey::Identifier { name } => Some(name),
                            VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    let missing: Vec<&str> =
                        categories.iter().filter(|c| !keys.contains(*c)).copied().collect();
                    if !missing.is_empty() {
                        out.push(d(Diagnostic::error(
                            "plural-categories",
                            format!(
                                "`{what}` has no variant for the plural categor{} {} of locale {tag}",
                                if missing.len() == 1 { "y" } else { "ies" },
                                missing.join(", ")
                            ),
                        )
                        .for_id(*id)
                        .at(at.clone())
                        .note(format!(
                            "locale {tag} uses the categories {}",
                            categories.iter().copied().collect::<Vec<_>>().join(", ")
                        ))
                        .help(format!("add `[{}] ...` variants", missing.join("] ...`, `[")))));
                    }
                }
                let mut missing = BTreeSet::new();
                if let Some(book) = fonts {
                    for c in u.text.chars() {
                        if c.is_control() || c.is_whitespace() || missing.contains(&c) {
                            continue;
                        }
                        if !(0..).map_while(|i| book.info(i)).any(|f| f.coverage.contains(c as u32)) {
                            missing.insert(c);
                        }
                    }
                }
                if !missing.is_empty() {
                    let list: Vec<String> =
                        missing.iter().map(|c| format!("{c:?} (U+{:04X})", *c as u32)).collect();
                    out.push(d(Diagnostic::warning(
                        "missing-glyph",
                        format!("no font has {} of `{what}` in locale {tag}", list.join(", ")),
                    )
                    .for_id(*id)
                    .at(at.clone())
                    .help("add a font that covers it to the project's fonts/ folder; publishing fails until then")));
                }
                // Variables, compared with the reference's same pattern.
                if !is_reference
                    && !locale.pseudo
                    && let Some(r) = ref_entries.get(id)
                {
                    let rp = match attr {
                        None => r.message.value.as_ref(),
                        Some(a) => r.message.attributes.iter().find(|x| x.id.name == *a).map(|x| &x.value),
                    };
                    if let Some(rp) = rp {
                        let ru = uses_of(rp);
                        for v in ru.variables.difference(&u.variables) {
                            out.push(d(Diagnostic::error(
                                "variable-missing",
                                format!("`{what}` does not use `${v}`, which the reference uses"),
                            )
                            .for_id(*id)
                            .at(at.clone())
                            .help(format!("use `{{ ${v} }}` in the translation (a selector on it counts)"))));
                        }
                        for v in u.variables.difference(&ru.variables) {
                            out.push(d(Diagnostic::error(
                                "variable-unknown",
                                format!("`{what}` uses `${v}`, which the reference does not"),
                            )
                            .for_id(*id)
                            .at(place_of(locale, t.file, v))
                            .help("use only the reference's variables: check the spelling")));
                        }
                    }
                }
            }

            if is_reference || locale.pseudo {
                continue;
            }
            let Some(r) = ref_entries.get(id) else {
                continue;
            };
            // Identical to the reference (many organisation names legitimately are).
            let same = |m: &ast::Message<&str>| {
                let mut m = m.clone();
                m.comment = None;
                m.id = ast::Identifier { name: "x" };
                fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(m)] })
            };
            let silenced = comment_lines(t.message).any(|l| l == SAME_MARK);
            if !silenced && same(t.message) == same(r.message) {
                out.push(d(Diagnostic::warning(
                    "identical",
                    format!("`{id}` is the same as in the reference ({})", reference.tag),
                )
                .for_id(*id)
                .at(at.clone())
                .help(format!(
                    "translate it, or add the comment `# {SAME_MARK}` above it when it is right as it is"
                ))));
            }
            // Reviewed against the current reference text?
            let hash = review_hash(r.message);
            // The last review line is the one closest to the message.
            let reviewed: Option<&str> =
                comment_lines(t.message).filter_map(|l| l.strip_prefix(REVIEWED_MARK).map(str::trim)).last();
            match reviewed {
                Some(h) if h == hash => {}
                Some(_) => out.push(d(Diagnostic::warning(
                    "stale",
                    format!("the reference text of `{id}` changed since this translation was reviewed"),
                )
                .for_id(*id)
                .at(at.clone())
                .help(format!("update the translation, then run `publish check --mark-reviewed {tag}`")))),
                None => out.push(d(Diagnostic::warning(
                    "unreviewed",
                    format!("`{id}` has no record of the reference text it was reviewed against"),
                )
                .for_id(*id)
                .at(at.clone())
                .help(format!(
                    "once the translation is checked, run `publish check --mark-reviewed {tag}`"
                )))),
            }
        }
    }
    out
}

/// Terms the reference defines and a translation lacks, and terms only the translation has. A
/// term a message uses and the locale lacks is an `unknown-reference` error already; one that no
/// message uses yet is still missing (compare-locales reports it so): the next message to use it
/// would fail in this locale alone.
fn term_findings(
    reference: &Locale,
    ref_terms: &BTreeMap<&str, (usize, &ast::Term<&str>)>,
    locale: &Locale,
    own: &BTreeMap<&str, Entry>,
    own_terms: &BTreeMap<&str, (usize, &ast::Term<&str>)>,
) -> Vec<Diagnostic> {
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for t in own.values() {
        let patterns = t.message.value.iter().chain(t.message.attributes.iter().map(|a| &a.value));
        for p in patterns {
            used.extend(uses_of(p).terms);
        }
    }
    let tag = &locale.tag;
    let mut out = Vec::new();
    for (name, (file, term)) in ref_terms {
        if own_terms.contains_key(name) || used.contains(name) {
            continue;
        }
        let (l, c) = place_of(reference, *file, term.id.name).line_col();
        out.push(
            Diagnostic::warning("missing-term", format!("term `-{name}` is missing in locale {tag}"))
                .in_file(locale.folder())
                .note(format!("the reference defines it at {}:{l}:{}", reference.files[*file].name, c - 1))
                .help(format!(
                    "define `-{name} = ...` in a file in {}, before a message uses it",
                    locale.folder()
                )),
        );
    }
    for (name, (file, term)) in own_terms {
        if ref_terms.contains_key(name) {
            continue;
        }
        let mut at = place_of(locale, *file, term.id.name);
        at.range.start = at.range.start.saturating_sub(1);
        out.push(
            Diagnostic::warning(
                "obsolete-term",
                format!("term `-{name}` is not in the reference ({})", reference.tag),
            )
            .at(at)
            .help("remove it, or add it to the reference too"),
        );
    }
    out
}

/// Whether a character in a message is refused: C0 and C1 control characters (a tab excepted),
/// which a terminal or a PDF reader may obey, and the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees against what the
/// file says ("Trojan Source", CVE-2021-42574). The marks U+200E, U+200F and U+061C reorder
/// nothing by themselves and right-to-left text needs them: they are allowed.
pub fn is_refused_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn control_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => "a control character",
    }
}

/// Every piece of literal text of a pattern, as slices of its file: text, and string literals
/// (whose `\uXXXX` escapes are read too).
fn text_slices<'a>(p: &'a ast::Pattern<&'a str>, out: &mut Vec<(&'a str, bool)>) {
    fn inline<'a>(e: &'a InlineExpression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match e {
            InlineExpression::StringLiteral { value } => out.push((value, true)),
            InlineExpression::Placeable { expression } => expression_(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            _ => {}
        }
    }
    fn expression_<'a>(e: &'a Expression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    text_slices(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push((value, false)),
            PatternElement::Placeable { expression } => expression_(expression, out),
        }
    }
}

/// Refused characters ([`is_refused_control`]) in a message's value and attributes, each at its
/// place, once per character and message.
fn control_findings(locale: &Locale, t: &Entry) -> Vec<Diagnostic> {
    let mut slices = Vec::new();
    for p in t.message.value.iter().chain(t.message.attributes.iter().map(|a| &a.value)) {
        text_slices(p, &mut slices);
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (slice, literal) in slices {
        let mut found: Vec<(usize, usize, char)> = slice
            .char_indices()
            .filter(|(_, c)| is_refused_control(*c))
            .map(|(i, c)| (i, i + c.len_utf8(), c))
            .collect();
        if literal {
            // `\u202E` in a string literal is the character itself once Fluent reads it.
            let bytes = slice.as_bytes();
            for (i, _) in slice.match_indices('\\') {
                let (len, digits) = match bytes.get(i + 1) {
                    Some(b'u') => (4, slice.get(i + 2..i + 6)),
                    Some(b'U') => (6, slice.get(i + 2..i + 8)),
                    _ => continue,
                };
                if let Some(c) = digits.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)
                    && is_refused_control(c)
                {
                    found.push((i, i + 2 + len, c));
                }
            }
        }
        for (start, end, c) in found {
            if !seen.insert(c) {
                continue;
            }
            let id = t.message.id.name;
            out.push(
                Diagnostic::error(
                    "control-character",
                    format!(
                        "`{id}` holds U+{:04X} ({}), which {}",
                        c as u32,
                        control_name(c),
                        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                            "can reorder what a reader sees against what the file says"
                        } else {
                            "a terminal or a reader may obey instead of showing"
                        }
                    ),
                )
                .for_id(id)
                .at(place_of(locale, t.file, &slice[start..end]))
                .help("remove it (an editor shows it with “show invisible characters”); right-to-left text needs no control character, Unicode's marks U+200E and U+200F are allowed"),
            );
        }
    }
    out
}

/// The name rules (`names`) over a signatory's message, each finding placed at its character
/// in the file; silenced by `# name-as-written: <source>` above the message.
fn name_findings(locale: &Locale, t: &Entry) -> Vec<Diagnostic> {
    let Some(value) = &t.message.value else {
        return Vec::new();
    };
    // The name as text, with where each piece of it stands in the file; a placeable is one
    // object character.
    let mut text = String::new();
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    for el in &value.elements {
        match el {
            PatternElement::TextElement { value } => {
                pieces.push((text.len(), value));
                text.push_str(value);
            }
            PatternElement::Placeable { .. } => text.push('\u{FFFC}'),
        }
    }
    let found = names::lint_name(&text);
    if found.is_empty() {
        return Vec::new();
    }
    let source = comment_lines(t.message).find_map(|l| l.strip_prefix(names::AS_WRITTEN_MARK).map(str::trim));
    if source.is_some_and(|s| !s.is_empty()) {
        return Vec::new();
    }
    let whole = place_of(locale, t.file, t.message.id.name);
    found
        .into_iter()
        .map(|f| {
            let at = pieces
                .iter()
                .rev()
                .find(|(start, piece)| *start <= f.range.start && f.range.start < start + piece.len())
                .map_or(whole.clone(), |(start, piece)| {
                    let from = f.range.start - start;
                    let to = (f.range.end - start).min(piece.len());
                    place_of(locale, t.file, &piece[from..to])
                });
            let mut d = Diagnostic::warning(f.code, f.message).at(at).help(format!(
                "{}; if the organisation writes its name so, cite where above the message: \
                 `# {} <source>`",
                f.help,
                names::AS_WRITTEN_MARK
            ));
            if source.is_some() {
                d = d.note(format!(
                    "`# {}` silences the name rules only with its source (a URL or a publication)",
                    names::AS_WRITTEN_MARK
                ));
            }
            d
        })
        .collect()
}

/// Writes `# reviewed: <hash>` above every message of a locale that the reference also has,
/// replacing an older one. Returns the files rewritten (path, new text) without writing them.
pub fn mark_reviewed(catalog: &Catalog, reference: &str, tag: &str) -> Vec<(String, String)> {
    let (Some(reference), Some(locale)) = (catalog.get(reference), catalog.get(tag)) else {
        return Vec::new();
    };
    let ref_parsed = parse(reference);
    let ref_entries = entries(&ref_parsed);
    let parsed = parse(locale);
    let mut edits: BTreeMap<usize, Vec<(usize, Option<usize>, String)>> = BTreeMap::new();
    for (id, t) in entries(&parsed) {
        let Some(r) = ref_entries.get(id) else {
            continue;
        };
        let line = format!("# {REVIEWED_MARK} {}", review_hash(r.message));
        let text = &locale.files[t.file].text;
        let start = place_of(locale, t.file, t.message.id.name).range.start;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        // An existing review line in the comment block right above the message.
        let mut existing = None;
        let mut cursor = line_start;
        while cursor > 0 {
            let prev_start = text[..cursor - 1].rfind('\n').map_or(0, |i| i + 1);
            let prev = text[prev_start..cursor - 1].trim_end_matches('\r');
            if !prev.starts_with('#') || prev.starts_with("##") {
                break;
            }
            if prev.trim_start_matches('#').trim().starts_with(REVIEWED_MARK) {
                existing = Some(prev_start);
                break;
            }
            cursor = prev_start;
        }
        edits.entry(t.file).or_default().push((line_start, existing, line));
    }
    let mut out = Vec::new();
    for (file, mut list) in edits {
        let text = locale.files[file].text.to_string();
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        list.sort_by_key(|(s, _, _)| *s);
        let mut result = String::with_capacity(text.len() + list.len() * 24);
        let mut pos = 0;
        for (line_start, existing, line) in list {
            match existing {
                Some(at) => {
                    let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
                    result.push_str(&text[pos..at]);
                    result.push_str(&line);
                    result.push_str(eol);
                    pos = end;
                }
                None => {
                    result.push_str(&text[pos..line_start]);
                    result.push_str(&line);
                    result.push_str(eol);
                    pos = line_start;
                }
            }
        }
        result.push_str(&text[pos..]);
        if result != text {
            out.push((locale.files[file].name.clone(), result));
        }
    }
    out
}
