//! Rules on messages and terms: what the statement needs, what the reference has and a
//! translation lacks or adds, empty values, references to what does not exist, and the
//! variables a translation uses against the reference's.

use super::{Context, View, patterns, uses_of};
use crate::diag::Diagnostic;

/// `missing-message`, `missing-signatory`: a message the statement needs (publish.toml's blocks
/// and signatories, the frame's messages) that the locale lacks.
pub fn required(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if v.locale.is_pseudo() {
        return out;
    }
    let tag = v.locale.tag();
    for id in &cx.required {
        if !v.entries.contains_key(id.as_str()) {
            let mut d =
                Diagnostic::error("missing-message", format!("message `{id}` is missing in locale {tag}"))
                    .for_id(id)
                    .in_file(v.locale.folder())
                    .help(format!("add `{id} = ...` to a file in {}", v.locale.folder()));
            // A part of the frame: which output prints it (another layout may leave it out).
            if let Some(who) = cx.required_by.get(id) {
                d = d
                    .note(format!("{who} prints it (what each layout prints: layouts/README.md, \"Parts\")"));
            }
            // In a translation, where the text to translate is.
            if v.is_translation()
                && let Some(r) = cx.reference.entries.get(id.as_str())
            {
                let (l, c) = cx.reference.place(r.file, r.message.id.name).line_col();
                d = d.note(format!(
                    "the reference text is at {}:{l}:{c}",
                    cx.reference.locale.files[r.file].name
                ));
            }
            out.push(v.d(d));
        }
    }
    for (id, span) in &cx.config.signatories {
        if !v.entries.contains_key(id.as_str()) {
            out.push(
                v.d(Diagnostic::error(
                    "missing-signatory",
                    format!("signatory `{id}` has no name in locale {tag}"),
                )
                .for_id(id)
                .at(cx.config.place(span.clone()))
                .help(format!(
                    "add `{id} = <the organisation's name>` to {}signatories.ftl",
                    v.locale.folder()
                ))),
            );
        }
    }
    out
}

/// `missing-message`, `missing-attribute`, `obsolete-attribute`, `obsolete-message`: a
/// translation against the reference (the statement's own messages are reported by
/// [`required`], in its words).
pub fn against_reference(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    let (tag, reference) = (v.locale.tag(), cx.reference.locale);
    for (id, r) in &cx.reference.entries {
        match v.entries.get(id) {
            None if cx.required.iter().any(|x| x == id) || cx.signatories.contains(id) => {}
            None => {
                let (l, c) = cx.reference.place(r.file, r.message.id.name).line_col();
                out.push(
                    v.d(Diagnostic::error(
                        "missing-message",
                        format!("message `{id}` is missing in locale {tag}"),
                    )
                    .for_id(*id)
                    .in_file(v.locale.folder())
                    .note(format!("the reference text is at {}:{l}:{c}", reference.files[r.file].name))
                    .help(format!("translate it in {}", v.locale.folder()))),
                );
            }
            Some(t) => {
                // `.sort` is each language's own choice.
                for a in r.message.attributes.iter().filter(|a| a.id.name != "sort") {
                    if !t.message.attributes.iter().any(|b| b.id.name == a.id.name) {
                        out.push(
                            v.d(Diagnostic::error(
                                "missing-attribute",
                                format!(
                                    "message `{id}` lacks the attribute `.{}` in locale {tag}",
                                    a.id.name
                                ),
                            )
                            .for_id(*id)
                            .at(v.place(t.file, t.message.id.name))
                            .help(format!("add `    .{} = ...` under the message", a.id.name))),
                        );
                    }
                }
                for b in &t.message.attributes {
                    if b.id.name != "sort" && !r.message.attributes.iter().any(|a| a.id.name == b.id.name) {
                        out.push(
                            v.d(Diagnostic::warning(
                                "obsolete-attribute",
                                format!(
                                    "attribute `.{}` of `{id}` is not in the reference ({})",
                                    b.id.name,
                                    reference.tag()
                                ),
                            )
                            .for_id(*id)
                            .at(v.place(t.file, b.id.name))
                            .help("remove it, or add it to the reference too")),
                        );
                    }
                }
            }
        }
    }
    for (id, t) in &v.entries {
        if !cx.reference.entries.contains_key(id) {
            out.push(
                v.d(Diagnostic::warning(
                    "obsolete-message",
                    format!("message `{id}` is not in the reference ({})", reference.tag()),
                )
                .for_id(*id)
                .at(v.place(t.file, t.message.id.name))
                .help("remove it, or add it to the reference if the statement needs it")),
            );
        }
    }
    out
}

/// `missing-term`, `obsolete-term`: terms the reference defines and a translation lacks, and
/// terms only the translation has. A term a message uses and the locale lacks is an
/// `unknown-reference` error ([`references`]); one that no message uses yet is still missing
/// (compare-locales reports it so): the next message to use it would fail in this locale alone.
pub fn terms(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    let (tag, reference) = (v.locale.tag(), cx.reference.locale);
    let mut used = std::collections::BTreeSet::new();
    for t in v.entries.values() {
        for (_, p) in patterns(t.message) {
            used.extend(uses_of(p).terms);
        }
    }
    for (name, (file, term)) in &cx.reference.terms {
        if v.terms.contains_key(name) || used.contains(name) {
            continue;
        }
        let (l, c) = cx.reference.place(*file, term.id.name).line_col();
        out.push(
            v.d(Diagnostic::warning("missing-term", format!("term `-{name}` is missing in locale {tag}"))
                .in_file(v.locale.folder())
                .note(format!("the reference defines it at {}:{l}:{}", reference.files[*file].name, c - 1))
                .help(format!(
                    "define `-{name} = ...` in a file in {}, before a message uses it",
                    v.locale.folder()
                ))),
        );
    }
    for (name, (file, term)) in &v.terms {
        if cx.reference.terms.contains_key(name) {
            continue;
        }
        let mut at = v.place(*file, term.id.name);
        at.range.start = at.range.start.saturating_sub(1);
        out.push(
            v.d(Diagnostic::warning(
                "obsolete-term",
                format!("term `-{name}` is not in the reference ({})", reference.tag()),
            )
            .at(at)
            .help("remove it, or add it to the reference too")),
        );
    }
    out
}

/// `unused-message`: a message of the reference that nothing shows: no block, signatory, field
/// of the frame, country name or other message uses it (a leftover, after a block was removed
/// from publish.toml). Reported in the reference; translations' extra messages are
/// `obsolete-message`.
pub fn unused(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_reference {
        return out;
    }
    let mut used: std::collections::BTreeSet<&str> =
        cx.required.iter().chain(&cx.optional).map(String::as_str).collect();
    used.extend(cx.signatories.iter().copied());
    for t in v.entries.values() {
        for (_, p) in patterns(t.message) {
            used.extend(uses_of(p).messages.iter().map(|(m, _)| *m));
        }
    }
    for (id, t) in &v.entries {
        if used.contains(id) || id.starts_with("country-") || super::OPTIONAL_IDS.contains(id) {
            continue;
        }
        out.push(
            v.d(Diagnostic::warning(
                "unused-message",
                format!("message `{id}` is used by nothing in publish.toml"),
            )
            .for_id(*id)
            .at(v.place(t.file, t.message.id.name))
            .help("name it in a block of publish.toml, or remove it (and its translations)")),
        );
    }
    out
}

/// `empty-value`: a value or attribute with no text, variable or reference.
pub fn empty(_: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (id, t) in &v.entries {
        for (attr, p) in patterns(t.message) {
            let u = uses_of(p);
            if u.text.trim().is_empty()
                && u.variables.is_empty()
                && u.messages.is_empty()
                && u.terms.is_empty()
                && u.selects.is_empty()
            {
                let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                out.push(
                    v.d(Diagnostic::error(
                        "empty-value",
                        format!("`{what}` is empty in locale {}", v.locale.tag()),
                    )
                    .for_id(*id)
                    .at(v.place(t.file, t.message.id.name))
                    .help("write the text, or remove the message")),
                );
            }
        }
    }
    out
}

/// `unknown-reference`: a message or term a pattern refers to that the locale does not have.
pub fn references(_: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let tag = v.locale.tag();
    for (id, t) in &v.entries {
        for (attr, p) in patterns(t.message) {
            let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
            let u = uses_of(p);
            for (m, a) in &u.messages {
                let ok = v
                    .entries
                    .get(m)
                    .is_some_and(|e| a.is_none_or(|a| e.message.attributes.iter().any(|x| x.id.name == a)));
                if !ok {
                    out.push(
                        v.d(Diagnostic::error(
                            "unknown-reference",
                            format!(
                                "`{what}` refers to `{m}{}`, which locale {tag} does not have",
                                a.map(|a| format!(".{a}")).unwrap_or_default()
                            ),
                        )
                        .for_id(*id)
                        .at(v.place(t.file, m))
                        .help("correct the reference, or add the message it names")),
                    );
                }
            }
            for term in &u.terms {
                if !v.terms.contains_key(term) {
                    out.push(
                        v.d(Diagnostic::error(
                            "unknown-reference",
                            format!(
                                "`{what}` refers to the term `-{term}`, which locale {tag} does not have"
                            ),
                        )
                        .for_id(*id)
                        .at(v.place(t.file, term))
                        .help("correct the reference, or define the term")),
                    );
                }
            }
        }
    }
    out
}

/// `variable-missing`, `variable-unknown`: the variables of a translation's pattern against the
/// reference's same pattern (a variable used only in a selector counts).
pub fn variables(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    for (id, t) in &v.entries {
        let Some(r) = cx.reference.entries.get(id) else {
            continue;
        };
        for (attr, p) in patterns(t.message) {
            let rp = match attr {
                None => r.message.value.as_ref(),
                Some(a) => r.message.attributes.iter().find(|x| x.id.name == a).map(|x| &x.value),
            };
            let Some(rp) = rp else {
                continue;
            };
            let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
            let (u, ru) = (uses_of(p), uses_of(rp));
            for var in ru.variables.difference(&u.variables) {
                out.push(
                    v.d(Diagnostic::error(
                        "variable-missing",
                        format!("`{what}` does not use `${var}`, which the reference uses"),
                    )
                    .for_id(*id)
                    .at(v.place(t.file, t.message.id.name))
                    .help(format!("use `{{ ${var} }}` in the translation (a selector on it counts)"))),
                );
            }
            for var in u.variables.difference(&ru.variables) {
                out.push(
                    v.d(Diagnostic::error(
                        "variable-unknown",
                        format!("`{what}` uses `${var}`, which the reference does not"),
                    )
                    .for_id(*id)
                    .at(v.place(t.file, var))
                    .help("use only the reference's variables: check the spelling")),
                );
            }
        }
    }
    out
}

/// `cyclic-reference`: messages and terms that refer to each other in a circle (`para-1 = A {
/// para-1 } B`, or `a` → `b` → `a`), which Fluent refuses when it formats them ("Cyclical
/// dependency detected"). Each circle is reported once, at the reference that closes it.
pub fn cycles(_: &Context, v: &View) -> Vec<Diagnostic> {
    // Each message (`m`) and term (`t`) with what its value and attributes refer to: the node
    // referred to, and the slice of the source that refers to it.
    type Node<'a> = (char, &'a str);
    let mut edges: std::collections::BTreeMap<Node, Vec<(Node, usize, &str)>> =
        std::collections::BTreeMap::new();
    let uses = |p| {
        let u = uses_of(p);
        let mut out: Vec<(Node, &str)> = u.messages.iter().map(|(m, _)| (('m', *m), *m)).collect();
        out.extend(u.terms.iter().map(|t| (('t', *t), *t)));
        out
    };
    for (id, e) in &v.entries {
        let to = edges.entry(('m', id)).or_default();
        for (_, p) in patterns(e.message) {
            to.extend(uses(p).into_iter().map(|(n, slice)| (n, e.file, slice)));
        }
    }
    for (id, (file, t)) in &v.terms {
        let to = edges.entry(('t', id)).or_default();
        let all = std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value));
        for p in all {
            to.extend(uses(p).into_iter().map(|(n, slice)| (n, *file, slice)));
        }
    }
    let name = |n: &Node| if n.0 == 't' { format!("-{}", n.1) } else { n.1.to_string() };
    let mut out = Vec::new();
    let mut reported: std::collections::BTreeSet<Vec<Node>> = std::collections::BTreeSet::new();
    // Depth first from every node, in the order of the ids: a circle is met through its
    // smallest node first, and then reported as it reads from there.
    let mut done: std::collections::BTreeSet<Node> = std::collections::BTreeSet::new();
    for start in edges.keys().copied().collect::<Vec<_>>() {
        let mut path: Vec<Node> = vec![start];
        let mut stack: Vec<usize> = vec![0];
        while let Some(next) = stack.last_mut() {
            let node = *path.last().expect("as long as the stack");
            let targets = edges.get(&node).map_or(&[][..], Vec::as_slice);
            let Some(&(target, file, slice)) = targets.get(*next) else {
                done.insert(node);
                path.pop();
                stack.pop();
                continue;
            };
            *next += 1;
            if let Some(at) = path.iter().position(|n| *n == target) {
                let mut circle: Vec<Node> = path[at..].to_vec();
                let least = circle.iter().enumerate().min_by_key(|(_, n)| **n).map_or(0, |(i, _)| i);
                circle.rotate_left(least);
                if reported.insert(circle.clone()) {
                    let mut names: Vec<String> = path[at..].iter().map(name).collect();
                    names.push(name(&target));
                    let what = name(&path[at]);
                    out.push(
                        v.d(Diagnostic::error(
                            "cyclic-reference",
                            format!(
                                "`{what}` refers to itself through {}: Fluent cannot format it",
                                names.join(" → ")
                            ),
                        )
                        .for_id(what.trim_start_matches('-'))
                        .at(v.place(file, slice))
                        .help("write the text out in one of them instead of referring back")),
                    );
                }
            } else if !done.contains(&target) && edges.contains_key(&target) {
                path.push(target);
                stack.push(0);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, codes, en, run};

    #[test]
    fn a_circle_of_references_is_an_error_once_at_the_reference_that_closes_it() {
        let fr = en(
            "loop = A { loop } B\nx = { y }\ny = { z }\nz = { x }\n-ta = { -tb }\n-tb = { -ta }\nok = { -ta } { sig-one }\n",
        );
        let d = run(super::cycles, TOML, &en(""), &fr, "fr");
        assert_eq!(codes(&d), ["cyclic-reference"; 3], "{d:#?}");
        let text: Vec<&str> = d.iter().map(|x| x.message.as_str()).collect();
        assert!(text.iter().any(|m| m.contains("`loop` refers to itself through loop → loop")), "{text:?}");
        assert!(text.iter().any(|m| m.contains("x → y → z → x")), "{text:?}");
        assert!(text.iter().any(|m| m.contains("-ta → -tb → -ta")), "{text:?}");
        // Each at the reference that closes its circle: file, line and column.
        let loop_d = d.iter().find(|x| x.message.contains("`loop`")).unwrap();
        let place = loop_d.place.as_ref().unwrap();
        assert_eq!(&place.text[place.range.clone()], "loop");
        assert!(place.range.start > fr.find("loop = ").unwrap() + 5);
        // No circle, no finding.
        assert!(run(super::cycles, TOML, &en(""), &en("a = { b }\nb = B\n"), "fr").is_empty());
    }

    #[test]
    fn a_missing_message_and_a_missing_signatory_are_named() {
        let fr = en("").replace("statement-title = T\n", "").replace("sig-one = One\n", "");
        let d = run(super::required, TOML, &en(""), &fr, "fr");
        assert_eq!(codes(&d), ["missing-message", "missing-signatory"]);
        assert!(d[0].message.contains("`statement-title`"));
    }

    #[test]
    fn attributes_and_messages_are_compared_with_the_reference() {
        let fr = en("extra = E\n").replace("sig-one = One\n", "sig-one = Un\n    .sort = Un\n    .odd = X\n");
        let en = en("note = N\n").replace("sig-one = One\n", "sig-one = One\n    .note = A note\n");
        let d = run(super::against_reference, TOML, &en, &fr, "fr");
        let mut got = codes(&d);
        got.sort();
        assert_eq!(got, ["missing-attribute", "missing-message", "obsolete-attribute", "obsolete-message"]);
        assert!(
            run(super::against_reference, TOML, &en, &fr, "en").is_empty(),
            "the reference is not compared"
        );
    }

    #[test]
    fn a_term_missing_or_only_in_the_translation_is_a_warning() {
        let d = run(super::terms, TOML, &en("-brand = B\n"), &en("-marque = M\n"), "fr");
        assert_eq!(codes(&d), ["missing-term", "obsolete-term"]);
        // A term a message uses is reported by `references`, as an error, not here.
        let d = run(super::terms, TOML, &en("-brand = B\n"), &en("uses = { -brand }\n"), "fr");
        assert!(d.is_empty(), "{d:?}");
        let d = run(super::references, TOML, &en("-brand = B\n"), &en("uses = { -brand }\n"), "fr");
        assert_eq!(codes(&d), ["unknown-reference"]);
    }

    #[test]
    fn a_message_nothing_uses_is_found_in_the_reference() {
        let d = run(
            super::unused,
            TOML,
            &en("leftover = L\nused-by-another = { leftover-2 }\nleftover-2 = X\n"),
            &en(""),
            "en",
        );
        assert_eq!(codes(&d), ["unused-message", "unused-message"], "{d:#?}");
        assert!(d.iter().any(|d| d.message.contains("`leftover`")));
        assert!(
            run(super::unused, TOML, &en(""), &en("extra = E\n"), "fr").is_empty(),
            "translations: obsolete-message"
        );
    }

    #[test]
    fn empty_values_unknown_references_and_variables() {
        let d = run(super::empty, TOML, &en(""), &en("blank = { \"\" }\n"), "fr");
        assert_eq!(codes(&d), ["empty-value"]);
        let d = run(super::references, TOML, &en(""), &en("r = { nowhere }\n"), "fr");
        assert_eq!(codes(&d), ["unknown-reference"]);
        let d = run(super::variables, TOML, &en("v = { $a }\n"), &en("v = { $b }\n"), "fr");
        assert_eq!(codes(&d), ["variable-missing", "variable-unknown"]);
        let d =
            run(super::variables, TOML, &en("v = { $a }\n"), &en("v = { $a -> \n   *[other] x\n}\n"), "fr");
        assert!(d.is_empty(), "a variable used only in a selector counts: {d:?}");
    }
}
