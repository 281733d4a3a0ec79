//! The translation checks: what `publish check` reports and `publish` refuses. Each rule is a
//! function over one locale's `View` (its files parsed with their comments, its messages and
//! terms) and the `Context` all locales share (publish.toml, the reference's view): each can be
//! tested alone, with no binary and no font.
//!
//! Owns: the rules, their codes, and the review marks (`# reviewed: <hash>`). Must not: typeset,
//! read fonts (the glyph rule takes a coverage predicate), or write anything (`review` returns
//! the edited files; the check command writes them).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};

use crate::diag::{Diagnostic, Place};
use crate::l10n::{Catalog, Locale};
use crate::language::Language;
use crate::project::config::Config;

pub mod controls;
pub mod glyphs;
pub mod locale_data;
pub mod markup;
pub mod messages;
pub mod names;
pub mod plurals;
pub mod review;

/// A message of a locale, as parsed, with the file it is in.
pub struct Entry<'a> {
    /// The message as parsed, with its comments.
    pub message: &'a ast::Message<&'a str>,
    /// The index of its file in the locale's `files`.
    pub file: usize,
}

/// One locale as the rules see it.
pub struct View<'a> {
    /// The locale, with its files and bundle.
    pub locale: &'a Locale,
    /// Its messages, by id: each at its first definition.
    pub entries: BTreeMap<&'a str, Entry<'a>>,
    /// Its terms, by id without the `-`: each at its first definition, with the index of its file.
    pub terms: BTreeMap<&'a str, (usize, &'a ast::Term<&'a str>)>,
    /// Whether this locale is the reference (other locales are compared with it).
    pub is_reference: bool,
}

/// What every locale's rules share: publish.toml, the reference, the ids the statement needs.
pub struct Context<'a> {
    /// The statement as publish.toml describes it.
    pub config: &'a Config,
    /// The reference locale's view, which translations are compared with.
    pub reference: &'a View<'a>,
    /// The message ids every locale must have (`required_ids`).
    pub required: Vec<String>,
    /// The frame's parts an output prints when present: not required, never unused.
    pub optional: Vec<String>,
    /// Which output requires each required part of the frame ("the `handout` layout").
    pub required_by: BTreeMap<String, String>,
    /// The signatories' message ids.
    pub signatories: BTreeSet<&'a str>,
}

/// Whether the fonts have a glyph for a character (the glyph rule's question).
pub type Coverage<'a> = &'a dyn Fn(char) -> bool;

/// A rule: the findings of one kind for one locale.
pub type Rule = fn(&Context, &View) -> Vec<Diagnostic>;

/// The rules, in the order their findings are reported.
pub const RULES: [Rule; 20] = [
    messages::required,
    messages::unused,
    messages::against_reference,
    messages::terms,
    messages::empty,
    messages::references,
    messages::cycles,
    messages::variables,
    plurals::categories,
    locale_data::coverage,
    controls::characters,
    markup::notation,
    markup::counts,
    markup::misplaced,
    markup::title_marks,
    names::signatories,
    names::individuals,
    review::needs_review,
    review::identical,
    review::reviewed,
];

impl<'a> View<'a> {
    /// The view of a locale from its parsed files (`parse`), in the order of its `files`.
    pub fn new(locale: &'a Locale, parsed: &'a [ast::Resource<&'a str>], is_reference: bool) -> Self {
        Self { locale, entries: entries(parsed), terms: terms(parsed), is_reference }
    }

    /// Whether this locale is a translation compared with the reference (not the reference, not
    /// the pseudo-locale).
    pub fn is_translation(&self) -> bool {
        !self.is_reference && !self.locale.is_pseudo()
    }

    /// The place of a slice of one of this locale's files.
    pub fn place(&self, file: usize, slice: &str) -> Place {
        place_of(self.locale, file, slice)
    }

    /// A finding for this locale.
    pub fn d(&self, d: Diagnostic) -> Diagnostic {
        d.for_locale(self.locale.tag().to_string())
    }
}

/// A message's patterns: its value (`None`) and each attribute (`Some(name)`).
pub(crate) fn patterns<'a>(
    m: &'a ast::Message<&'a str>,
) -> Vec<(Option<&'a str>, &'a ast::Pattern<&'a str>)> {
    let mut out: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
    if let Some(v) = &m.value {
        out.push((None, v));
    }
    for a in &m.attributes {
        out.push((Some(a.id.name), &a.value));
    }
    out
}

/// Lints the given locales against the reference. `covered`: whether the fonts publish would
/// typeset with have a character (`None`: not looked for; publish finds missing glyphs on the
/// typeset pages).
pub fn lint(
    config: &Config,
    catalog: &Catalog,
    languages: &[Language],
    parts: &crate::model::Parts,
    covered: Option<Coverage>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(reference) = catalog.get(&config.reference) else {
        return out;
    };
    let ref_parsed = parse(reference);
    let ref_view = View::new(reference, &ref_parsed, true);
    let cx = Context {
        config,
        reference: &ref_view,
        required: required_ids(config, parts),
        optional: parts.optional.iter().cloned().collect(),
        required_by: parts.by.clone(),
        signatories: config.signatories.iter().map(|(id, _)| id.as_str()).collect(),
    };
    for language in languages {
        let Some(locale) = catalog.get(&language.tag) else {
            continue;
        };
        let parsed = parse(locale);
        let view = View::new(locale, &parsed, locale.tag() == reference.tag());
        for rule in RULES {
            out.extend(rule(&cx, &view));
        }
        if let Some(covered) = covered {
            out.extend(glyphs::missing(&view, covered));
        }
    }
    out
}

/// A locale's files parsed with their comments (the bundle's runtime parse drops them).
pub(crate) fn parse(locale: &Locale) -> Vec<ast::Resource<&str>> {
    locale.files.iter().map(|f| fluent_syntax::parser::parse(&*f.text).unwrap_or_else(|(r, _)| r)).collect()
}

pub(crate) fn entries<'a>(parsed: &'a [ast::Resource<&'a str>]) -> BTreeMap<&'a str, Entry<'a>> {
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
pub(crate) fn terms<'a>(
    parsed: &'a [ast::Resource<&'a str>],
) -> BTreeMap<&'a str, (usize, &'a ast::Term<&'a str>)> {
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
pub(crate) fn place_of(locale: &Locale, file: usize, slice: &str) -> Place {
    let f = &locale.files[file];
    let start = (slice.as_ptr() as usize).saturating_sub(f.text.as_ptr() as usize).min(f.text.len());
    Place { file: f.name.clone(), text: f.text.clone(), range: start..start + slice.len() }
}

/// The message ids the statement needs from every locale: the frame's, but of its parts
/// (`model::ids::PARTS`) only those an output always shows, and every block's and group's.
pub fn required_ids(config: &Config, parts: &crate::model::Parts) -> Vec<String> {
    let mut ids: Vec<String> = crate::model::ids::FRAME
        .iter()
        .filter(|id| !crate::model::ids::PARTS.contains(id) || parts.required.contains(**id))
        .map(std::string::ToString::to_string)
        .collect();
    for b in &config.blocks {
        ids.extend(b.ids().into_iter().map(str::to_string));
    }
    for g in &config.groups {
        ids.extend(g.heading.iter().chain(&g.note).cloned());
    }
    ids.extend(config.branding.logo_alt.iter().cloned());
    // The scopes entries give in their country's place ("International").
    let mut scopes: Vec<String> =
        config.entries().filter_map(|e| e.scope.as_deref()).map(crate::project::config::scope_id).collect();
    scopes.sort();
    scopes.dedup();
    ids.extend(scopes);
    if config.late().is_some() {
        ids.push(crate::model::ids::UPDATED.to_string());
    }
    ids
}

/// Messages publish uses when the statement has need of them, never unused: the list's update
/// line (when some signed after the statement's date).
pub const OPTIONAL_IDS: [&str; 1] = [crate::model::ids::UPDATED];

/// What a pattern uses: variables, message and term references, and its select expressions.
#[derive(Default)]
pub(crate) struct Uses<'a> {
    pub variables: BTreeSet<&'a str>,
    pub messages: Vec<(&'a str, Option<&'a str>)>,
    pub terms: Vec<&'a str>,
    pub selects: Vec<(&'a InlineExpression<&'a str>, &'a [ast::Variant<&'a str>])>,
    pub text: String,
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
            uses.messages.push((id.name, attribute.as_ref().map(|a| a.name)));
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

pub(crate) fn uses_of<'a>(p: &'a ast::Pattern<&'a str>) -> Uses<'a> {
    let mut u = Uses::default();
    walk_pattern(p, &mut u);
    u
}

pub(crate) fn comment_lines<'a>(m: &'a ast::Message<&'a str>) -> impl Iterator<Item = &'a str> {
    m.comment.iter().flat_map(|c| c.content.iter().map(|l| l.trim()))
}

#[cfg(test)]
pub(crate) mod testing {
    //! A project held in memory, for the rules' tests: publish.toml and one .ftl file per locale.
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use crate::l10n::{self, Catalog};
    use crate::project::{self, Root, config::Config};

    pub const TOML: &str = "[statement]\nid = \"t\"\ndate = \"2025-01-16\"\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\n\n[[blocks]]\nparagraph = \"body\"\n\n[signatories]\norder = \"collation\"\nids = [\"sig-one\"]\n";

    /// The base messages every statement needs, in English, then `extra`.
    pub fn en(extra: &str) -> String {
        format!(
            "statement-kicker = K\nstatement-title = T\nstatement-dateline = D\nstatement-author = A\nbody = B\nsignatories-heading = S\nsignatories-lead = L\nmeta-subject = M\nmeta-keywords = W\npage-label = P\nrunning-footer = F\nsig-one = One\n{extra}"
        )
    }

    /// A project of publish.toml and the two locales' files, loaded.
    pub fn load(toml: &str, en: &str, fr: &str) -> (Config, Catalog) {
        let mut files = BTreeMap::new();
        files.insert("publish.toml".to_string(), toml.as_bytes().to_vec());
        files.insert("locales/en/a.ftl".to_string(), en.as_bytes().to_vec());
        files.insert("locales/fr/a.ftl".to_string(), fr.as_bytes().to_vec());
        let project = project::load(Root::Memory(Arc::new(files))).expect("the test's publish.toml loads");
        let (catalog, _) = l10n::load(&project.root, &project.config, &project.config.languages());
        (project.config, catalog)
    }

    /// The findings of one rule for one locale.
    pub fn run(rule: super::Rule, toml: &str, en: &str, fr: &str, tag: &str) -> Vec<crate::diag::Diagnostic> {
        let (config, catalog) = load(toml, en, fr);
        let reference = catalog.get("en").unwrap();
        let ref_parsed = super::parse(reference);
        let ref_view = super::View::new(reference, &ref_parsed, true);
        let cx = super::Context {
            config: &config,
            reference: &ref_view,
            required: super::required_ids(&config, &crate::model::Parts::default()),
            optional: Vec::new(),
            required_by: BTreeMap::new(),
            signatories: config.signatories.iter().map(|(id, _)| id.as_str()).collect(),
        };
        let locale = catalog.get(tag).unwrap();
        let parsed = super::parse(locale);
        let view = super::View::new(locale, &parsed, tag == "en");
        rule(&cx, &view)
    }

    /// The codes of findings.
    pub fn codes(d: &[crate::diag::Diagnostic]) -> Vec<String> {
        d.iter().map(|d| d.code.to_string()).collect()
    }
}
