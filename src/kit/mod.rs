//! Translation kits: one language's messages as a translator's tool reads them, and back.
//! `publish export --format xliff` writes XLIFF 2.1 (what CAT tools read: Trados, memoQ,
//! `OmegaT`, Okapi), `--format docx` a Word document with a two-column table; `publish import` of a
//! filled kit writes the translations back into the locale's .ftl files (`apply`).
//!
//! A kit is made of units, one per message's value and per attribute (`para-opening`,
//! `para-opening.note-count`). A message that selects on a number becomes one unit per plural
//! category the target language has (`meta-subject:one`, `meta-subject:few`…), each with the
//! source's forms as context; the message is joined again on import. Placeables (variables,
//! terms, message references, functions) and the inline notation (`*…*`, `**…**`, links,
//! footnote marks) are codes the translator keeps but cannot break (`codes`).
//!
//! Owns: what a kit holds, built from a project. Must not: write files.

pub mod apply;
pub mod codes;
pub mod docx;
pub mod xliff;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use self::codes::{Atom, Code, Tok};
use crate::l10n::Locale;
use crate::language::Language;
use crate::lint::review::{NEEDS_REVIEW, REVIEWED_MARK, SAME_MARK, review_hash};

/// The version of the kits publish writes (both formats): a kit says it, and one of a later
/// version is refused rather than misread.
pub const KIT_VERSION: &str = "1";

/// Where a unit stands, as XLIFF 2 says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// Not translated.
    Initial,
    /// Translated, not reviewed (or the reference changed since).
    Translated,
    /// Reviewed against the reference's current text.
    Reviewed,
    /// Signed off (a CAT tool's last state): read as reviewed.
    Final,
}

impl State {
    /// XLIFF's name for it.
    pub fn name(self) -> &'static str {
        match self {
            State::Initial => "initial",
            State::Translated => "translated",
            State::Reviewed => "reviewed",
            State::Final => "final",
        }
    }

    /// The state XLIFF names so.
    pub fn named(name: &str) -> Option<State> {
        match name {
            "initial" => Some(State::Initial),
            "translated" => Some(State::Translated),
            "reviewed" => Some(State::Reviewed),
            "final" => Some(State::Final),
            _ => None,
        }
    }
}

/// A note for the translator: what it is about (`description`, `translator`, `plural`,
/// `review`) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Its category.
    pub category: &'static str,
    /// Its text.
    pub text: String,
}

/// One text to translate.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Its id in the kit: the message's, `.attribute`, `:plural-key`.
    pub id: String,
    /// The message (or term, with its `-`) it is part of.
    pub message: String,
    /// The attribute, when it is one.
    pub attribute: Option<String>,
    /// The variant, when the message selects: the plural category or key.
    pub key: Option<String>,
    /// What the variants are chosen by (`$count`), when the message selects.
    pub selector: Option<String>,
    /// For a variant of one of several selects of a sentence: the code that stands for the
    /// select in the sentence's own unit (`{ $states -> … }`).
    pub marker: Option<String>,
    /// The reference's text.
    pub source: Vec<Tok>,
    /// The locale's current text; `None` when it has none.
    pub target: Option<Vec<Tok>>,
    /// The codes of source and target, by number.
    pub codes: Vec<Code>,
    /// Where it stands.
    pub state: State,
    /// For the translator.
    pub notes: Vec<Note>,
    /// Whether the text carries the inline notation.
    pub rich: bool,
    /// Whether there is anything to translate (a source of codes only, such as a date line,
    /// is not).
    pub translate: bool,
    /// Whether `target` is the source, given because there is nothing to translate, and the
    /// locale does not have the message yet.
    pub prefilled: bool,
}

/// The units of one .ftl file of the reference.
#[derive(Debug, Clone)]
pub struct KitFile {
    /// The file's name (`letter.ftl`).
    pub name: String,
    /// Its units, in the file's order.
    pub units: Vec<Unit>,
}

/// A kit: the document, the languages, the units.
#[derive(Debug, Clone)]
pub struct Kit {
    /// The statement's id (publish.toml's `id`).
    pub statement: String,
    /// The reference's tag.
    pub source: String,
    /// The target locale's tag.
    pub target: String,
    /// Whether the target language is written right to left.
    pub target_rtl: bool,
    /// The files.
    pub files: Vec<KitFile>,
}

impl Kit {
    /// Every unit, file by file.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.files.iter().flat_map(|f| f.units.iter())
    }

    /// Every unit by its id (a kit of 10,000 names has 10,000 units: readers look them up
    /// here, not one by one).
    pub fn by_id(&self) -> std::collections::HashMap<&str, &Unit> {
        self.units().map(|u| (u.id.as_str(), u)).collect()
    }
}

/// Text as XML character data or an attribute's value: the markup characters escaped, control
/// characters (which XML 1.0 cannot hold) left out, a tab kept.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() && !matches!(c, '\t' | '\n') => {}
            c => out.push(c),
        }
    }
    out
}

/// A message or term of a locale: its pattern holders and comment, as parsed.
struct Entry<'a> {
    id: String,
    value: Option<&'a ast::Pattern<&'a str>>,
    attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
    comment: Vec<&'a str>,
    message: Option<&'a ast::Message<&'a str>>,
}

fn entries<'a>(resource: &'a ast::Resource<&'a str>) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    for e in &resource.body {
        match e {
            ast::Entry::Message(m) => out.push(Entry {
                id: m.id.name.to_string(),
                value: m.value.as_ref(),
                attributes: m.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                comment: m.comment.as_ref().map(|c| c.content.clone()).unwrap_or_default(),
                message: Some(m),
            }),
            ast::Entry::Term(t) => out.push(Entry {
                id: format!("-{}", t.id.name),
                value: Some(&t.value),
                attributes: t.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                comment: t.comment.as_ref().map(|c| c.content.clone()).unwrap_or_default(),
                message: None,
            }),
            _ => {}
        }
    }
    out
}

/// Whether a comment line is one of publish's marks rather than words for a person.
fn is_mark(line: &str) -> bool {
    let l = line.trim();
    l == NEEDS_REVIEW || l == SAME_MARK || l.starts_with(REVIEWED_MARK)
}

/// The cardinal plural categories of a language, in CLDR's order, with a few numbers of each.
pub fn plural_forms(language: &Language) -> Vec<(&'static str, Vec<String>)> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let order = ["zero", "one", "two", "few", "many", "other"];
    let mut samples: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    if let Ok(rules) =
        PluralRules::create(crate::l10n::plural_language(&language.langid), PluralRuleType::CARDINAL)
    {
        for n in (0..=200).map(|n: u32| n.to_string()).chain(["1000000".to_string(), "1.5".to_string()]) {
            if let Ok(cat) = rules.select(n.as_str()) {
                let name = match cat {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                };
                let list = samples.entry(name).or_default();
                if list.len() < 5 {
                    list.push(n);
                }
            }
        }
    }
    if samples.is_empty() {
        samples.insert("other", vec!["0".into(), "1".into(), "2".into()]);
    }
    order.iter().filter_map(|k| samples.remove(k).map(|s| (*k, s))).collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The variants a pattern pair is split into: none (one unit), or the selector and its keys.
fn variants(
    reference: Option<&ast::Pattern<&str>>,
    target: Option<&ast::Pattern<&str>>,
    forms: &[(&'static str, Vec<String>)],
) -> Result<Option<(String, Vec<String>)>, ()> {
    let mut selectors = Vec::new();
    for p in reference.iter().chain(target.iter()) {
        codes::selectors(p, &mut selectors);
    }
    match selectors.as_slice() {
        [] => Ok(None),
        [one] => {
            let mut keys = Vec::new();
            for p in reference.iter().chain(target.iter()) {
                codes::keys(p, one, &mut keys);
            }
            let numeric = |k: &String| k.parse::<f64>().is_ok();
            if keys.iter().all(|k| numeric(k) || PLURAL_KEYS.contains(&k.as_str())) {
                let mut out: Vec<String> = keys.iter().filter(|k| numeric(k)).cloned().collect();
                out.extend(forms.iter().map(|(k, _)| (*k).to_string()));
                Ok(Some((one.clone(), out)))
            } else {
                Ok(Some((one.clone(), keys)))
            }
        }
        _ => Err(()),
    }
}

/// What a translator is told of one variant: which numbers it is for (a plural form) or what
/// chooses it, and the source's own forms.
fn plural_note(
    pattern: &ast::Pattern<&str>,
    selector: &str,
    key: &str,
    forms: &[(&'static str, Vec<String>)],
    tag: &str,
) -> String {
    let mut ref_keys = Vec::new();
    codes::keys(pattern, selector, &mut ref_keys);
    let theirs: Vec<String> = ref_keys
        .iter()
        .map(|k| format!("{k}: \"{}\"", source_text(&atoms(pattern, Some((selector, k))))))
        .collect();
    match forms.iter().find(|(k, _)| *k == key).map(|(_, s)| s.join(", ")) {
        Some(e) => format!(
            "Plural form \"{key}\" of {tag}, chosen by {selector}: for numbers such as {e}.{}",
            if theirs.is_empty() {
                " The source has one form for every number; where this language's forms are the same, write the same sentence (they are joined on import).".to_string()
            } else {
                format!(" The source's forms: {}.", theirs.join("; "))
            }
        ),
        None => format!(
            "The variant \"{key}\", chosen by {selector}.{}",
            if theirs.is_empty() {
                String::new()
            } else {
                format!(" The source's variants: {}.", theirs.join("; "))
            }
        ),
    }
}

/// The one number variable a pattern prints (`{ $count }`), when it prints one and only one.
fn counted(pattern: &ast::Pattern<&str>, numbers: &BTreeSet<String>) -> Option<String> {
    let mut found = BTreeSet::new();
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
        } = el
            && numbers.contains(id.name)
        {
            found.insert(id.name.to_string());
        }
    }
    (found.len() == 1).then(|| found.into_iter().next().expect("one"))
}

/// The atoms of a pattern for one variant (`None`: the whole pattern).
fn atoms(pattern: &ast::Pattern<&str>, variant: Option<(&str, &str)>) -> Vec<Atom> {
    let mut out = Vec::new();
    codes::resolve(pattern, variant, &mut out);
    out
}

/// The text of atoms as Fluent source, for notes.
fn source_text(atoms: &[Atom]) -> String {
    atoms
        .iter()
        .map(|a| match a {
            Atom::Text(t) => t.clone(),
            Atom::Placeable(p) => p.clone(),
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What is known of the target's translation of one message.
struct Current<'a> {
    entry: Option<&'a Entry<'a>>,
    state: State,
    notes: Vec<Note>,
}

fn current<'a>(reference: &Entry<'_>, translated: Option<&'a Entry<'a>>) -> Current<'a> {
    let Some(t) = translated else {
        return Current { entry: None, state: State::Initial, notes: Vec::new() };
    };
    let mut notes: Vec<Note> = Vec::new();
    let words: Vec<&str> = t.comment.iter().copied().filter(|l| !is_mark(l)).collect();
    if !words.is_empty() {
        notes.push(Note { category: "translator", text: words.join(" ") });
    }
    let needs = t.comment.iter().any(|l| l.trim() == NEEDS_REVIEW);
    let reviewed =
        t.comment.iter().filter_map(|l| l.trim().strip_prefix(REVIEWED_MARK)).map(str::trim).next_back();
    let hash = reference.message.map(review_hash);
    let state = if needs {
        notes.push(Note {
            category: "review",
            text: "Marked `needs-review`: nobody has confirmed this translation yet.".into(),
        });
        State::Translated
    } else if reviewed.is_some() && reviewed.map(str::to_string) == hash {
        State::Reviewed
    } else {
        if reviewed.is_some() {
            notes.push(Note {
                category: "review",
                text:
                    "The reference changed since this translation was reviewed: check it against the source."
                        .into(),
            });
        }
        State::Translated
    };
    Current { entry: Some(t), state, notes }
}

/// What a kit is made from.
pub struct Sources<'a> {
    /// The statement's id.
    pub statement: &'a str,
    /// The reference.
    pub reference: &'a Locale,
    /// The target's translation, when it has one.
    pub translation: Option<&'a Locale>,
    /// The target language.
    pub target: &'a Language,
    /// The messages whose value carries the inline notation.
    pub rich: BTreeSet<String>,
    /// The variables that hold numbers (`count`, publish.toml's `[numbers]`): a sentence with
    /// one of them is offered in each plural form of a language that has several.
    pub numbers: BTreeSet<String>,
}

/// The kit of a language.
pub fn build(sources: &Sources<'_>) -> Kit {
    let Sources { statement, reference, translation, target, rich, numbers } = sources;
    let forms = plural_forms(target);
    let parsed_ref = crate::lint::parse(reference);
    let parsed_tr = translation.map(crate::lint::parse).unwrap_or_default();
    let translated: Vec<Entry<'_>> = parsed_tr.iter().flat_map(entries).collect();
    let by_id: BTreeMap<&str, &Entry<'_>> = translated.iter().rev().map(|e| (e.id.as_str(), e)).collect();
    let mut kit = Kit {
        statement: (*statement).to_string(),
        source: reference.tag().to_string(),
        target: target.tag.clone(),
        target_rtl: target.is_rtl(),
        files: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    for (index, resource) in parsed_ref.iter().enumerate() {
        let name = std::path::Path::new(&reference.files[index].name)
            .file_name()
            .map_or_else(|| "messages.ftl".to_string(), |n| n.to_string_lossy().into_owned());
        let mut file = KitFile { name, units: Vec::new() };
        for entry in entries(resource) {
            if !seen.insert(entry.id.clone()) {
                continue;
            }
            let now = current(&entry, by_id.get(entry.id.as_str()).copied());
            let mut notes: Vec<Note> = Vec::new();
            let words: Vec<&str> = entry.comment.iter().copied().filter(|l| !is_mark(l)).collect();
            if !words.is_empty() {
                notes.push(Note { category: "description", text: words.join(" ") });
            }
            notes.extend(now.notes.iter().cloned());
            let is_rich = rich.contains(&entry.id);
            let mut parts: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
            if let Some(v) = entry.value {
                parts.push((None, v));
            }
            parts.extend(entry.attributes.iter().map(|(a, p)| (Some(*a), *p)));
            for (attribute, pattern) in parts {
                let theirs = now.entry.and_then(|t| match attribute {
                    None => t.value,
                    Some(a) => t.attributes.iter().find(|(n, _)| *n == a).map(|(_, p)| *p),
                });
                let part = Part {
                    message: &entry.id,
                    attribute,
                    pattern,
                    theirs,
                    rich: is_rich && attribute.is_none_or(|a| a.starts_with("note-")),
                    state: if theirs.is_some() { now.state } else { State::Initial },
                    notes: &notes,
                };
                units_of(&part, &forms, target, numbers, &mut file.units);
            }
        }
        kit.files.push(file);
    }
    kit
}

/// One pattern of a message (its value or an attribute), with the locale's.
struct Part<'a> {
    message: &'a str,
    attribute: Option<&'a str>,
    pattern: &'a ast::Pattern<&'a str>,
    theirs: Option<&'a ast::Pattern<&'a str>>,
    rich: bool,
    state: State,
    notes: &'a [Note],
}

/// What one unit is made of: its id, its texts as atoms, the codes it may use besides its
/// source's, what it is of its message.
struct Piecewise {
    id: String,
    source: Vec<Atom>,
    target: Option<Vec<Atom>>,
    others: Vec<Code>,
    key: Option<String>,
    selector: Option<String>,
    marker: Option<String>,
    note: Option<Note>,
}

/// A unit of a part.
fn unit(part: &Part<'_>, w: Piecewise) -> Unit {
    let mut codes = Vec::new();
    let source = codes::tokens(&w.source, part.rich, &mut codes, false);
    for c in w.others {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    let target = w.target.map(|t| codes::tokens(&t, part.rich, &mut codes, true));
    let translate = source.iter().any(|t| matches!(t, Tok::Text(s) if s.chars().any(char::is_alphabetic)));
    let mut notes = part.notes.to_vec();
    notes.extend(w.note);
    // Nothing to translate: the source is the target (a date line, a name of codes only).
    let prefilled = target.is_none() && !translate;
    let (target, state) = match target {
        None if !translate => (Some(source.clone()), State::Translated),
        None => (None, State::Initial),
        t => (t, part.state),
    };
    Unit {
        id: w.id,
        message: part.message.to_string(),
        attribute: part.attribute.map(str::to_string),
        key: w.key,
        selector: w.selector,
        marker: w.marker,
        source,
        target,
        codes,
        state,
        notes,
        rich: part.rich,
        translate,
        prefilled,
    }
}

/// The units of one pattern: one; one per plural form (a sentence that selects on one number,
/// or prints one); or, for a sentence that selects on several values, the sentence with each
/// select a code, and one unit per variant of each select.
fn units_of(
    part: &Part<'_>,
    forms: &[(&'static str, Vec<String>)],
    target: &Language,
    numbers: &BTreeSet<String>,
    out: &mut Vec<Unit>,
) {
    let base = match part.attribute {
        None => part.message.to_string(),
        Some(a) => format!("{}.{a}", part.message),
    };
    let split = match variants(Some(part.pattern), part.theirs, forms) {
        Ok(None) if forms.len() > 1 => counted(part.pattern, numbers)
            .map(|v| (format!("${v}"), forms.iter().map(|(k, _)| (*k).to_string()).collect())),
        Ok(v) => v,
        Err(()) => return branches(part, &base, forms, target, out),
    };
    let Some((selector, keys)) = split else {
        let source = atoms(part.pattern, None);
        let target = part.theirs.map(|p| atoms(p, None));
        out.push(unit(
            part,
            Piecewise {
                id: base,
                source,
                target,
                others: Vec::new(),
                key: None,
                selector: None,
                marker: None,
                note: None,
            },
        ));
        return;
    };
    // A plural form may print what the source's form for it does not (`{ $count }` in
    // Ukrainian's "one", for 21): every form's codes are the unit's to use.
    let mut others = Vec::new();
    let mut ref_keys = Vec::new();
    codes::keys(part.pattern, &selector, &mut ref_keys);
    for k in &ref_keys {
        codes::tokens(&atoms(part.pattern, Some((&selector, k))), part.rich, &mut others, false);
    }
    if selector.starts_with('$') {
        others.push(Code {
            kind: codes::CodeKind::Placeable,
            start: format!("{{ {selector} }}"),
            end: String::new(),
        });
    }
    for key in &keys {
        let variant = Some((selector.as_str(), key.as_str()));
        let text = plural_note(part.pattern, &selector, key, forms, &target.tag);
        out.push(unit(
            part,
            Piecewise {
                id: format!("{base}:{key}"),
                source: atoms(part.pattern, variant),
                target: part.theirs.map(|p| atoms(p, variant)),
                others: others.clone(),
                key: Some(key.clone()),
                selector: Some(selector.clone()),
                marker: None,
                note: Some(Note { category: "plural", text }),
            },
        ));
    }
}

/// The selects at the top of a pattern: each with its selector and its marker, the code that
/// stands for it in the sentence (`{ $states -> … }`, numbered when a selector has several).
fn selects<'a>(
    pattern: &'a ast::Pattern<&'a str>,
) -> Vec<(String, String, &'a ast::PatternElement<&'a str>)> {
    let mut out: Vec<(String, String, &ast::PatternElement<&str>)> = Vec::new();
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, .. } } = el {
            let s = codes::selector_source(selector);
            let n = out.iter().filter(|(x, _, _)| *x == s).count();
            let marker =
                if n == 0 { format!("{{ {s} -> … }}") } else { format!("{{ {s} -> …{} }}", n + 1) };
            out.push((s, marker, el));
        }
    }
    out
}

/// A sentence that selects on several values: the sentence, each select a code, and a unit
/// per variant of each select (`para-court:states:one`).
fn branches(
    part: &Part<'_>,
    base: &str,
    forms: &[(&'static str, Vec<String>)],
    target: &Language,
    out: &mut Vec<Unit>,
) {
    let ours = selects(part.pattern);
    let theirs = part.theirs.map(selects).unwrap_or_default();
    let outer = |p: &ast::Pattern<&str>, list: &[(String, String, &ast::PatternElement<&str>)]| {
        let mut atoms_out: Vec<Atom> = Vec::new();
        for el in &p.elements {
            match list.iter().find(|(_, _, e)| std::ptr::eq(*e, el)) {
                Some((_, marker, _)) => atoms_out.push(Atom::Placeable(marker.clone())),
                None => codes::resolve(&ast::Pattern { elements: vec![el.clone()] }, None, &mut atoms_out),
            }
        }
        atoms_out
    };
    out.push(unit(
        part,
        Piecewise {
            id: base.to_string(),
            source: outer(part.pattern, &ours),
            target: part.theirs.map(|p| outer(p, &theirs)),
            others: Vec::new(),
            key: None,
            selector: None,
            marker: None,
            note: Some(Note {
                category: "select",
                text: format!(
                    "The sentence's parts that vary ({}) are codes here; each variant is a unit of its own below.",
                    ours.iter().map(|(_, m, _)| m.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }),
        },
    ));
    for (selector, marker, el) in &ours {
        let alone = ast::Pattern { elements: vec![(*el).clone()] };
        let theirs_alone = theirs
            .iter()
            .find(|(_, m, _)| m == marker)
            .map(|(_, _, e)| ast::Pattern { elements: vec![(*e).clone()] });
        let mut keys = Vec::new();
        codes::keys(&alone, selector, &mut keys);
        if let Some(t) = &theirs_alone {
            codes::keys(t, selector, &mut keys);
        }
        let numeric = |k: &String| k.parse::<f64>().is_ok();
        if keys.iter().all(|k| numeric(k) || PLURAL_KEYS.contains(&k.as_str())) {
            let mut plural: Vec<String> = keys.iter().filter(|k| numeric(k)).cloned().collect();
            plural.extend(forms.iter().map(|(k, _)| (*k).to_string()));
            keys = plural;
        }
        let name: String = selector
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
            .collect();
        let name = name.trim_matches('-').to_string();
        let number = marker.trim_end_matches(" }").rsplit('…').next().unwrap_or_default();
        for key in &keys {
            let variant = Some((selector.as_str(), key.as_str()));
            out.push(unit(
                part,
                Piecewise {
                    id: format!("{base}:{name}{number}:{key}"),
                    source: atoms(&alone, variant),
                    target: theirs_alone.as_ref().map(|t| atoms(t, variant)),
                    others: vec![Code {
                        kind: codes::CodeKind::Placeable,
                        start: format!("{{ {selector} }}"),
                        end: String::new(),
                    }],
                    key: Some(key.clone()),
                    selector: Some(selector.clone()),
                    marker: Some(marker.clone()),
                    note: Some(Note {
                        category: "plural",
                        text: plural_note(&alone, selector, key, forms, &target.tag),
                    }),
                },
            ));
        }
    }
}
