//! A translation of the draft aligned with the reference, block by block: which translated
//! paragraph is which message of the project (`publish import FILE --lang L`).
//!
//! Both sides become a sequence of units (a heading, a paragraph, a list's lead and each item, a
//! quotation and who is quoted, a letter's parts), and the sequences are aligned as sentences
//! of parallel texts are (Gale and Church, 1993): by dynamic programming over the units' kinds
//! and lengths, the length of a translation being near the reference's times the document's
//! overall ratio. A unit may pair with one (the expected case), or the translation may split one
//! in two or join two in one, or leave one out or add one: each of those is a place where the
//! structures part. What no translation changes weighs in too: numbers, acronyms (ICC, UN) and
//! addresses, which a pair shares and a shifted pair does not.
//! Each part is reported with both sides. A pair whose footnotes or links differ in number
//! is one too.
//!
//! Owns: alignment. Must not: read or write files.

use super::recognise::{Block, Draft, Rich};

/// What a unit is: only units of one kind pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading.
    Heading,
    /// A paragraph, a list's lead or a quotation's lead.
    Paragraph,
    /// A list item.
    Item,
    /// A quotation.
    Quote,
    /// Who is quoted.
    Attribution,
    /// A letter's part (addressee line, subject, salutation, closing).
    Letter,
}

impl Kind {
    /// "a paragraph", for the report.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Heading => "a heading",
            Kind::Paragraph => "a paragraph",
            Kind::Item => "a list item",
            Kind::Quote => "a quotation",
            Kind::Attribution => "an attribution",
            Kind::Letter => "a letter's part",
        }
    }
}

/// A unit of the reference: a message of the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefUnit {
    /// Its kind.
    pub kind: Kind,
    /// Its message id.
    pub id: String,
    /// Its text (the message's source), for the lengths and the report.
    pub text: String,
    /// Its footnotes' names, in order.
    pub notes: Vec<String>,
    /// How many links it has.
    pub links: usize,
}

/// A unit of the translation: a paragraph of the translated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrUnit {
    /// Its kind.
    pub kind: Kind,
    /// Its text in the notation (footnotes `[^1]`, `[^2]` …) and its notes' texts.
    pub rich: Rich,
}

impl TrUnit {
    fn links(&self) -> usize {
        self.rich.text.matches("](").count()
    }
}

/// The translation's units, in order.
pub fn units(draft: &Draft) -> Vec<TrUnit> {
    let mut out = Vec::new();
    let plain = |kind, p: &super::recognise::Plain| TrUnit {
        kind,
        rich: Rich { text: p.text.clone(), notes: Vec::new(), at: p.at },
    };
    for b in &draft.blocks {
        match b {
            Block::Heading { text, .. } => out.push(plain(Kind::Heading, text)),
            Block::Paragraph(r) => out.push(TrUnit { kind: Kind::Paragraph, rich: r.clone() }),
            Block::List { lead, items, .. } => {
                out.extend(lead.iter().map(|r| TrUnit { kind: Kind::Paragraph, rich: r.clone() }));
                out.extend(items.iter().map(|r| TrUnit { kind: Kind::Item, rich: r.clone() }));
            }
            Block::Quote { lead, text, attribution } => {
                out.extend(lead.iter().map(|r| TrUnit { kind: Kind::Paragraph, rich: r.clone() }));
                out.push(TrUnit { kind: Kind::Quote, rich: text.clone() });
                out.extend(attribution.iter().map(|a| plain(Kind::Attribution, a)));
            }
            Block::Addressee(lines) => out.extend(lines.iter().map(|l| plain(Kind::Letter, l))),
            Block::Subject(p) | Block::Salutation(p) | Block::Closing(p) => out.push(plain(Kind::Letter, p)),
        }
    }
    out
}

/// How the two sequences line up, step by step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A reference unit and its translation (indices).
    Pair(usize, usize),
    /// A reference unit the translation lacks.
    Missing(usize),
    /// A translated unit the reference lacks.
    Extra(usize),
    /// A reference unit the translation splits in two (its two units).
    Split(usize, usize),
    /// Two reference units the translation joins in one (the first of the two, the unit).
    Joined(usize, usize),
}

/// What each step costs before lengths, as Gale and Church weigh them: minus the logarithm of
/// how often parallel texts pair one to one (0.89), leave one out (0.01), or split or join (0.09).
const PAIR: f64 = 0.12;
const SKIP: f64 = 4.6;
const SPLIT: f64 = 2.4;
/// The variance of a translation's length per character of the reference (Gale and Church's 6.8).
const VARIANCE: f64 = 6.8;

/// How unlikely a translation of `tr` characters is for `re` of the reference, the document's
/// ratio being `ratio`: half the square of the difference in standard deviations.
/// What a translation keeps as written: numbers, acronyms of two capitals or more, addresses.
fn anchors(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| {
        c.is_whitespace()
            || matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '«' | '»' | '"' | '“' | '”')
    })
    .map(|w| w.trim_matches(|c: char| c == '.' || c == '*' || c == '’' || c == '\''))
    .filter(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            || (w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
            || w.contains("://")
    })
    .map(str::to_string)
    .collect()
}

/// How far two units' anchors are apart: 0 when they share them all (or neither has any), up to
/// 1 when they share none.
fn anchor_cost(a: &std::collections::BTreeSet<String>, b: &std::collections::BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    1.0 - a.intersection(b).count() as f64 / union as f64
}

fn length_cost(tr: usize, re: usize, ratio: f64) -> f64 {
    let expected = re as f64 * ratio;
    let delta = (tr as f64 - expected) / ((re as f64 + 1.0) * VARIANCE).sqrt();
    delta * delta / 2.0
}

/// Aligns the reference's units and the translation's; a step per pair or part. The length
/// ratio is the whole documents' first, then that of the units the first pass paired (a unit
/// left out would bias the first).
pub fn align(reference: &[RefUnit], translation: &[TrUnit]) -> Vec<Step> {
    let len_r: Vec<usize> = reference.iter().map(|u| u.text.chars().count()).collect();
    let len_t: Vec<usize> = translation.iter().map(|u| u.rich.text.chars().count()).collect();
    let ratio = (len_t.iter().sum::<usize>() + 1) as f64 / (len_r.iter().sum::<usize>() + 1) as f64;
    let first = align_with(reference, translation, &len_r, &len_t, ratio);
    let (mut r, mut t) = (1, 1);
    for step in &first {
        if let Step::Pair(a, b) = step {
            r += len_r[*a];
            t += len_t[*b];
        }
    }
    align_with(reference, translation, &len_r, &len_t, t as f64 / r as f64)
}

fn align_with(
    reference: &[RefUnit],
    translation: &[TrUnit],
    len_r: &[usize],
    len_t: &[usize],
    ratio: f64,
) -> Vec<Step> {
    let (n, m) = (reference.len(), translation.len());
    let anchors_r: Vec<_> = reference.iter().map(|u| anchors(&u.text)).collect();
    let anchors_t: Vec<_> = translation.iter().map(|u| anchors(&u.rich.text)).collect();
    cheapest(n, m, &mut |i, j, relax| {
        if i < n && j < m && reference[i].kind == translation[j].kind {
            let notes = reference[i].notes.len().abs_diff(translation[j].rich.notes.len());
            let links = reference[i].links.abs_diff(translation[j].links());
            let c = PAIR
                + length_cost(len_t[j], len_r[i], ratio)
                + 2.0 * (notes + links) as f64
                + 4.0 * anchor_cost(&anchors_r[i], &anchors_t[j]);
            relax(i + 1, j + 1, c, Step::Pair(i, j));
        }
        if i < n {
            relax(i + 1, j, SKIP, Step::Missing(i));
        }
        if j < m {
            relax(i, j + 1, SKIP, Step::Extra(j));
        }
        if i < n
            && j + 1 < m
            && translation[j].kind == reference[i].kind
            && translation[j + 1].kind == reference[i].kind
        {
            let c = length_cost(len_t[j] + len_t[j + 1], len_r[i], ratio) + SPLIT;
            relax(i + 1, j + 2, c, Step::Split(i, j));
        }
        if i + 1 < n
            && j < m
            && reference[i].kind == translation[j].kind
            && reference[i + 1].kind == translation[j].kind
        {
            let c = length_cost(len_t[j], len_r[i] + len_r[i + 1], ratio) + SPLIT;
            relax(i + 2, j + 1, c, Step::Joined(i, j));
        }
    })
}

/// The words of a text, lower case, for likeness.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// How alike two texts of one language are: the share of words they have in common (Dice's
/// coefficient), 1 for the same words.
pub fn likeness(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

/// Aligns the units of a project's reference with those of a revised draft in the same
/// language, by likeness: a unit pairs with the one most like it in order, and a pair less
/// alike than a third is a paragraph dropped and another added. No splits or joins: a
/// paragraph split in two keeps its id on the half most like it, and the other is new.
pub fn revise(reference: &[RefUnit], revised: &[TrUnit]) -> Vec<Step> {
    /// What leaving a unit unpaired costs: two of them (one dropped, one added) cost more than
    /// a pair alike by a third or more.
    const DROP: f64 = 0.34;
    let (n, m) = (reference.len(), revised.len());
    cheapest(n, m, &mut |i, j, relax| {
        if i < n && j < m && reference[i].kind == revised[j].kind {
            relax(i + 1, j + 1, 1.0 - likeness(&reference[i].text, &revised[j].rich.text), Step::Pair(i, j));
        }
        if i < n {
            relax(i + 1, j, DROP, Step::Missing(i));
        }
        if j < m {
            relax(i, j + 1, DROP, Step::Extra(j));
        }
    })
}

/// What a move offers the grid: its cell, its cost, its step.
type Relax<'a> = &'a mut dyn FnMut(usize, usize, f64, Step);

/// The cheapest path through an `n` × `m` grid from its first cell to its last, each cell's
/// moves given by `moves` (which calls `relax(to_i, to_j, cost, step)` for each): dynamic
/// programming, as both alignments do it.
fn cheapest(n: usize, m: usize, moves: &mut dyn FnMut(usize, usize, Relax<'_>)) -> Vec<Step> {
    let mut cost = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![None::<Step>; m + 1]; n + 1];
    cost[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let here = cost[i][j];
            if !here.is_finite() {
                continue;
            }
            moves(i, j, &mut |a, b, c, step| {
                if here + c < cost[a][b] {
                    cost[a][b] = here + c;
                    back[a][b] = Some(step);
                }
            });
        }
    }
    backtrack(&back, n, m)
}

/// The steps of the cheapest path, read back from the last cell.
fn backtrack(back: &[Vec<Option<Step>>], n: usize, m: usize) -> Vec<Step> {
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let step = back[i][j].expect("every cell reached is reached from another");
        (i, j) = match step {
            Step::Pair(a, b) | Step::Split(a, b) | Step::Joined(a, b) => (a, b),
            Step::Missing(a) => (a, j),
            Step::Extra(b) => (i, b),
        };
        steps.push(step);
    }
    steps.reverse();
    steps
}

/// A pair whose footnotes or links differ in number: what differs.
pub fn differs(reference: &RefUnit, translation: &TrUnit) -> Option<String> {
    let (rn, tn) = (reference.notes.len(), translation.rich.notes.len());
    if rn != tn {
        return Some(format!("{tn} footnote{} where the reference has {rn}", if tn == 1 { "" } else { "s" }));
    }
    let (rl, tl) = (reference.links, translation.links());
    if rl != tl {
        return Some(format!("{tl} link{} where the reference has {rl}", if tl == 1 { "" } else { "s" }));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(kind: Kind, text: &str) -> RefUnit {
        RefUnit { kind, id: text.into(), text: text.into(), notes: Vec::new(), links: 0 }
    }

    fn t(kind: Kind, text: &str) -> TrUnit {
        TrUnit { kind, rich: Rich { text: text.into(), notes: Vec::new(), at: 0 } }
    }

    #[test]
    fn a_paragraph_split_in_two_is_found_where_it_is_and_the_rest_pairs() {
        let long = "x".repeat(400);
        let reference = [
            r(Kind::Paragraph, &"a".repeat(100)),
            r(Kind::Paragraph, &long),
            r(Kind::Paragraph, &"c".repeat(250)),
            r(Kind::Item, "item one"),
        ];
        let translation = [
            t(Kind::Paragraph, &"A".repeat(110)),
            t(Kind::Paragraph, &"X".repeat(200)),
            t(Kind::Paragraph, &"Y".repeat(230)),
            t(Kind::Paragraph, &"C".repeat(270)),
            t(Kind::Item, "élément un"),
        ];
        assert_eq!(
            align(&reference, &translation),
            vec![Step::Pair(0, 0), Step::Split(1, 1), Step::Pair(2, 3), Step::Pair(3, 4)]
        );
    }

    #[test]
    fn a_missing_item_is_missing_not_a_shift() {
        // Items alike in length, each with what a translation keeps (a number, an acronym).
        let lengths = [120, 90, 200, 150, 80, 170];
        let item = |i: usize, n: usize, c: &str| {
            format!("{} {} {}", ["ICC", "UN", "EU", "ASP", "APIC", "OHCHR"][i], i * 7 + 3, c.repeat(n))
        };
        let reference: Vec<RefUnit> =
            lengths.iter().enumerate().map(|(i, n)| r(Kind::Item, &item(i, *n, "a"))).collect();
        let translation: Vec<TrUnit> = lengths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 2)
            .map(|(i, n)| t(Kind::Item, &item(i, n * 11 / 10, "é")))
            .collect();
        let steps = align(&reference, &translation);
        assert_eq!(
            steps,
            vec![
                Step::Pair(0, 0),
                Step::Pair(1, 1),
                Step::Missing(2),
                Step::Pair(3, 2),
                Step::Pair(4, 3),
                Step::Pair(5, 4)
            ]
        );
    }
}
