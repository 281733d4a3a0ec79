//! Duplicate signatures: the same organisation signing twice, under the same name written
//! differently (an exact duplicate: equal once case, accents, punctuation, a leading "The" and a
//! trailing acronym in parentheses are set aside) or under another spelling (a near duplicate:
//! an abbreviation, an acronym alone, the words in another order, a typing slip).
//!
//! Near duplicates are looked for among the names that share a rare word (or an acronym) with
//! the new one, never among every pair: an import of 10,000 rows compares each with tens of
//! names, not ten thousand.
//!
//! Owns: comparing names. Must not: read files or decide what to import.

use std::collections::HashMap;

use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_properties::CodePointMapData;
use icu_properties::props::GeneralCategory;

/// Words left out of an acronym's initials ("Coalition for the International Criminal Court":
/// CICC), in the languages whose names a coalition's lists mostly hold.
const MINOR_WORDS: [&str; 40] = [
    "of", "for", "the", "and", "in", "on", "to", "a", "an", "at", "de", "des", "du", "la", "le", "les", "l",
    "d", "et", "pour", "en", "au", "aux", "del", "las", "los", "el", "y", "por", "para", "da", "do", "dos",
    "das", "e", "di", "der", "die", "und", "fur",
];

/// The exact-duplicate key of a name: lower case, without accents or punctuation, without a
/// leading "The" and a trailing acronym in parentheses.
pub fn key(name: &str) -> String {
    tokens(&strip_acronym(name).0).join(" ")
}

/// The name without a trailing "(ACRONYM)", and the acronym (lower case).
fn strip_acronym(name: &str) -> (String, Option<String>) {
    let t = name.trim();
    if let Some(inner) = t.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
    {
        let acronym = inner[open + 1..].trim();
        let before = inner[..open].trim();
        let is_acronym = !acronym.is_empty()
            && acronym.chars().count() <= 12
            && !acronym.contains(char::is_whitespace)
            && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
        if is_acronym && !before.is_empty() {
            return (before.to_string(), Some(tokens(acronym).concat()));
        }
    }
    (t.to_string(), None)
}

/// The words of a name: decomposed (NFKD), without marks, lower case, split at anything that is
/// not a letter or digit; a leading "the" left out.
fn tokens(name: &str) -> Vec<String> {
    let categories = CodePointMapData::<GeneralCategory>::new();
    let decomposed = DecomposingNormalizerBorrowed::new_nfkd().normalize(name);
    let mut words = Vec::new();
    let mut word = String::new();
    for c in decomposed.chars() {
        match categories.get(c) {
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark => {}
            _ if c.is_alphanumeric() => word.extend(c.to_lowercase()),
            // "Int'l", "O'Brien": an apostrophe inside a word keeps it whole.
            _ if (c == '\'' || c == '’') && !word.is_empty() => {}
            _ => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

/// A name prepared for comparison.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Its exact-duplicate key, as `key` gives it (`asia justice coalition`).
    pub key: String,
    words: Vec<String>,
    /// The words sorted, to compare names whose words are the same in another order.
    sorted: Vec<String>,
    /// The acronym the name gives in parentheses, lower case.
    acronym: Option<String>,
    /// The initials of its significant words, when it has three or more.
    initials: Option<String>,
}

/// Prepares a name for comparison: its key, words, acronym and initials.
pub fn prepare(name: &str) -> Prepared {
    let (bare, acronym) = strip_acronym(name);
    let words = tokens(&bare);
    let significant: Vec<&String> = words.iter().filter(|w| !MINOR_WORDS.contains(&w.as_str())).collect();
    let initials = (significant.len() >= 3)
        .then(|| significant.iter().filter_map(|w| w.chars().next()).collect::<String>());
    let mut sorted = words.clone();
    sorted.sort_unstable();
    Prepared { key: words.join(" "), words, sorted, acronym, initials }
}

/// Why two names are taken for one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    /// One is the other's acronym.
    Acronym,
    /// One abbreviates words of the other ("Intl", "International").
    Abbreviation,
    /// The same words in another order.
    WordOrder,
    /// A letter or two apart.
    Spelling,
}

impl Likeness {
    /// Why, as a clause for the user ("one is the other's acronym").
    pub fn describe(self) -> &'static str {
        match self {
            Likeness::Acronym => "one is the other's acronym",
            Likeness::Abbreviation => "one abbreviates the other's words",
            Likeness::WordOrder => "the same words in another order",
            Likeness::Spelling => "spelt a letter or two differently",
        }
    }
}

/// Whether one word abbreviates another: the same first letter, its letters in order in the
/// longer one ("intl", "international"; "assn", "association").
fn abbreviates(short: &str, long: &str) -> bool {
    // Much shorter: a word missing a letter is a slip, not an abbreviation.
    if short.len() < 2 || short.len() * 4 > long.len() * 3 || short.chars().next() != long.chars().next() {
        return false;
    }
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|l| l == c))
}

/// How many letters two keys of this length may differ by and still be a slip.
fn slips(len: usize) -> usize {
    match len {
        0..10 => 0,
        10..20 => 1,
        20..40 => 2,
        _ => 3,
    }
}

/// A lower bound of the edit distance of two texts, in one pass: how many more characters of
/// some kind (characters folded into 64 kinds) one has than the other. Names that share a word
/// but differ in others are told apart by it before the edit distance is computed.
fn bag_distance(a: &str, b: &str) -> usize {
    let mut h = [0i32; 64];
    for c in a.chars() {
        h[c as usize % 64] += 1;
    }
    for c in b.chars() {
        h[c as usize % 64] -= 1;
    }
    let (more, fewer) = h.iter().fold((0, 0), |(m, f), &x| if x > 0 { (m + x, f) } else { (m, f - x) });
    more.max(fewer) as usize
}

/// Whether two names (not exact duplicates) are near duplicates, and why.
pub fn likeness(a: &Prepared, b: &Prepared) -> Option<Likeness> {
    if a.key == b.key {
        return None;
    }
    // An acronym alone against the full name (or against the acronym it gives).
    for (one, other) in [(a, b), (b, a)] {
        if one.words.len() == 1 {
            let word = &one.words[0];
            let chars = word.chars().count();
            if (2..=12).contains(&chars)
                && (other.acronym.as_deref() == Some(word.as_str())
                    || (chars >= 3 && other.initials.as_deref() == Some(word.as_str())))
            {
                return Some(Likeness::Acronym);
            }
        }
    }
    if a.words.len() == b.words.len() && a.words.len() >= 2 {
        let mut same = 0;
        let mut short = 0;
        let all = a.words.iter().zip(&b.words).all(|(x, y)| {
            if x == y {
                same += 1;
                true
            } else if abbreviates(x, y) || abbreviates(y, x) {
                short += 1;
                true
            } else {
                false
            }
        });
        if all && same > 0 && short > 0 {
            return Some(Likeness::Abbreviation);
        }
        if a.sorted == b.sorted {
            return Some(Likeness::WordOrder);
        }
    }
    let allowed = slips(a.key.len().min(b.key.len()));
    if allowed > 0
        && a.key.len().abs_diff(b.key.len()) <= allowed
        && bag_distance(&a.key, &b.key) <= allowed
        && strsim::damerau_levenshtein(&a.key, &b.key) <= allowed
    {
        return Some(Likeness::Spelling);
    }
    None
}

/// Names already on the list (or imported earlier in this run), looked up by key, by acronym
/// and by word.
#[derive(Debug, Default)]
pub struct Index<T> {
    items: Vec<(Prepared, T)>,
    exact: HashMap<String, usize>,
    /// Acronyms and initials of names of more than one word, by themselves.
    acronyms: HashMap<String, Vec<usize>>,
    /// Names of one word, by that word (what a longer name's acronym may be).
    singles: HashMap<String, Vec<usize>>,
    /// Names by each of their words.
    words: HashMap<String, Vec<usize>>,
    /// Names by each long word and each way of leaving one letter out of it: a word mistyped
    /// (a letter left out, added, changed or two swapped) shares one of these with the word.
    variants: HashMap<String, Vec<usize>>,
}

/// A word of this many letters or more is looked up by its variants.
const LONG_WORD: usize = 5;

/// A word and each way of leaving one of its letters out.
fn variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_string()];
    for i in 0..chars.len() {
        let v: String = chars.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| c).collect();
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The words of a name that tell it apart: not the minor ones.
fn significant(p: &Prepared) -> impl Iterator<Item = &String> {
    p.words.iter().filter(|w| !MINOR_WORDS.contains(&w.as_str()))
}

/// A word shared by more names than this is no clue to a near duplicate on its own.
const COMMON: usize = 100;

/// The most names one lookup compares with, from its rarest words and spellings first.
const BUDGET: usize = COMMON;

impl<T> Index<T> {
    /// An empty index.
    pub fn new() -> Self {
        Self {
            items: Vec::new(),
            exact: HashMap::new(),
            acronyms: HashMap::new(),
            singles: HashMap::new(),
            words: HashMap::new(),
            variants: HashMap::new(),
        }
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds a name with the value an exact or near match returns (a name with an empty key is kept
    /// but never found).
    pub fn add(&mut self, p: Prepared, value: T) {
        let i = self.items.len();
        if p.key.is_empty() {
            self.items.push((p, value));
            return;
        }
        self.exact.entry(p.key.clone()).or_insert(i);
        if p.words.len() == 1 {
            self.singles.entry(p.words[0].clone()).or_default().push(i);
        }
        for a in p.acronym.iter().chain(&p.initials) {
            self.acronyms.entry(a.clone()).or_default().push(i);
        }
        let mut seen = Vec::new();
        for w in significant(&p) {
            if !seen.contains(&w) {
                self.words.entry(w.clone()).or_default().push(i);
                if w.chars().count() >= LONG_WORD {
                    for v in variants(w) {
                        let list = self.variants.entry(v).or_default();
                        if list.last() != Some(&i) {
                            list.push(i);
                        }
                    }
                }
                seen.push(w);
            }
        }
        self.items.push((p, value));
    }

    /// The entry with the same key, if any.
    pub fn exact(&self, p: &Prepared) -> Option<&T> {
        self.exact.get(&p.key).map(|&i| &self.items[i].1)
    }

    /// The first entry that is a near duplicate of `p`, and why.
    pub fn near(&self, p: &Prepared) -> Option<(&T, Likeness)> {
        let mut candidates: Vec<usize> = Vec::new();
        // A name of one word ("CICC") against the names it may abbreviate, and a longer name
        // against the names of one word its acronym or initials spell: never a longer name
        // against every other with the same initials ("KLN"), which tells nothing and would make
        // an import of many rows quadratic.
        if p.words.len() == 1 {
            candidates.extend(self.acronyms.get(&p.words[0]).into_iter().flatten().take(COMMON * 4));
        }
        for a in p.acronym.iter().chain(&p.initials) {
            candidates.extend(self.singles.get(a).into_iter().flatten().take(COMMON));
        }
        // The names that share a word that is not common, or a long word but for a letter: a
        // near duplicate shares one unless it differs in every distinctive word.
        let mut common: Option<&Vec<usize>> = None;
        let mut lists: Vec<&Vec<usize>> = Vec::new();
        for w in significant(p) {
            if let Some(list) = self.words.get(w) {
                if list.len() <= COMMON {
                    lists.push(list);
                } else if common.is_none_or(|c| list.len() < c.len()) {
                    common = Some(list);
                }
            }
            if w.chars().count() >= LONG_WORD {
                for v in variants(w) {
                    if let Some(list) = self.variants.get(&v).filter(|l| l.len() <= COMMON) {
                        lists.push(list);
                    }
                }
            }
        }
        // The rarest first, up to a budget: a near duplicate shares a rare word or spelling, and
        // the lookup's cost stays the same however long the list grows (an import of a million
        // rows is linear).
        lists.sort_by_key(|l| l.len());
        for list in lists {
            if candidates.len() >= BUDGET {
                break;
            }
            candidates.extend(list);
        }
        // A name made of common words only ("Human Rights Centre"): the names that share its
        // rarest word, as many as a lookup may take.
        if candidates.is_empty()
            && let Some(list) = common
        {
            candidates.extend(list.iter().take(COMMON * 4));
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates.into_iter().find_map(|i| likeness(p, &self.items[i].0).map(|l| (&self.items[i].1, l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_keys_set_aside_case_accents_punctuation_the_and_acronym() {
        assert_eq!(key("The Asia Justice Coalition (AJC)"), key("asia justice coalition"));
        assert_eq!(key("Fundación Ejemplo"), key("FUNDACION EJEMPLO"));
        assert_eq!(key("Al-Haq"), key("Al Haq"));
        assert_ne!(key("Al-Haq"), key("Al-Haq Europe"));
        assert_eq!(key("Int'l Example"), "intl example");
        assert_eq!(key("Правозахисна група"), key("ПРАВОЗАХИСНА  група."));
        assert_eq!(key("The"), "the");
    }

    #[test]
    fn near_duplicates_and_names_that_are_not() {
        let l = |a: &str, b: &str| likeness(&prepare(a), &prepare(b));
        assert_eq!(l("Amnesty Intl", "Amnesty International"), Some(Likeness::Abbreviation));
        assert_eq!(l("CICC", "Coalition for the International Criminal Court"), Some(Likeness::Acronym));
        assert_eq!(l("AJC", "Asia Justice Coalition (AJC)"), Some(Likeness::Acronym));
        assert_eq!(l("Kenya Centre for Justice", "Centre for Justice Kenya"), Some(Likeness::WordOrder));
        assert_eq!(l("Amnesty Internatonal", "Amnesty International"), Some(Likeness::Spelling));
        assert_eq!(l("Al-Haq", "Al-Haq Europe"), None);
        assert_eq!(l("Al Mezan", "Al-Haq"), None);
        assert_eq!(l("Human Rights Watch", "Human Rights First"), None);
        assert_eq!(l("CCR", "Center for Constitutional Rights"), Some(Likeness::Acronym));
        assert_eq!(l("Justice Project Pakistan", "Justice Project Kenya"), None);
    }

    #[test]
    fn the_index_finds_them_without_comparing_every_pair() {
        let mut index = Index::new();
        for (i, n) in
            ["Amnesty International", "Center for Constitutional Rights", "Al-Haq"].iter().enumerate()
        {
            index.add(prepare(n), i);
        }
        assert_eq!(index.exact(&prepare("AMNESTY INTERNATIONAL")), Some(&0));
        assert_eq!(index.near(&prepare("Amnesty Intl")).map(|(i, _)| *i), Some(0));
        assert_eq!(index.near(&prepare("CCR")).map(|(i, _)| *i), Some(1));
        assert_eq!(index.near(&prepare("Al-Haq Europe")), None);
        // A slip in the one distinctive word, with common words around it.
        let mut big = Index::new();
        for i in 0..1000 {
            big.add(prepare(&format!("Organisation {i} Human Rights Centre")), i);
        }
        big.add(prepare("Kaloremi Human Rights Centre"), 1000);
        assert_eq!(big.near(&prepare("Kalorremi Human Rights Centre")).map(|(i, _)| *i), Some(1000));
        assert_eq!(big.near(&prepare("Kalremi Human Rights Centre")).map(|(i, _)| *i), Some(1000));
        assert_eq!(big.near(&prepare("Nuvalesto Human Rights Centre")), None);
    }
}
