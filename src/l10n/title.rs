//! The two marks translators may write in a title or a heading, which are plain text otherwise
//! (never parsed as the inline notation):
//!
//! - `~` between two words holds them together on one line ("Cour~pénale~internationale"): it
//!   prints as a no-break space;
//! - ` | ` between two words suggests where the title breaks when it takes more than one line
//!   ("…Criminal Court, | Safeguard…"): a title that fits on one line ignores it; one that does
//!   not starts a new line there first, and balances each part.
//!
//! `\~` and `\|` print the marks themselves. `publish check` reports a mark that joins nothing
//! (`title-marks`).
//!
//! Without marks, a title still never breaks after a function word: an article, preposition,
//! conjunction or pronoun of its language (the stop words of NLTK, or of Stopwords ISO where
//! NLTK has none, from the `stop-words` crate), or any word of one letter ("a", "à", "y", "в",
//! "і"), is tied to the word after it, unless a suggested break follows it.
//!
//! Owns: the marks. Must not: know where a title is set.

/// A title as the layout sets it, and as it reads in plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// For the page: ties as no-break spaces, each suggested break as a zero-width space
    /// (U+200B) after the space it replaces, which the layout library's `balanced` breaks at.
    pub display: String,
    /// For the PDF's metadata and the web page's `<title>`: the marks taken out.
    pub plain: String,
}

/// The marker of a suggested break in `Title::display`.
pub const BREAK: char = '\u{200B}';

/// Reads a title's marks, in the language `lang` (a primary language subtag: `en`, `fr`), and
/// ties its function words to the words after them.
pub fn read(text: &str, lang: &str) -> Title {
    let mut display = String::new();
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some('~' | '|')) => {
                let m = chars.next().unwrap_or(c);
                display.push(m);
                plain.push(m);
            }
            '~' => {
                display.push('\u{A0}');
                plain.push(' ');
            }
            '|' => {
                // " | " becomes " " and the marker: the words keep one space between them.
                while chars.peek().is_some_and(|c| *c == ' ') {
                    chars.next();
                }
                if !display.ends_with(' ') {
                    display.push(' ');
                    plain.push(' ');
                }
                display.push(BREAK);
            }
            _ => {
                display.push(c);
                plain.push(c);
            }
        }
    }
    Title { display: tie_function_words(&display, lang), plain }
}

/// `display` with the space after each function word of `lang` (and after each word of one
/// letter) made a no-break space, unless a suggested break follows it.
fn tie_function_words(display: &str, lang: &str) -> String {
    let stop = stop_words::lookup(lang).unwrap_or(&[]);
    let function = |word: &str| {
        let lower = word.to_lowercase();
        // A word that ends in punctuation ends a phrase: a reader pauses there.
        lower.chars().all(char::is_alphabetic)
            && (lower.chars().count() == 1 || stop.contains(&lower.as_str()))
    };
    let mut out = String::with_capacity(display.len());
    let mut word_start = 0;
    for (at, c) in display.char_indices() {
        if c == ' ' {
            let word = &display[word_start..at];
            let word = word.trim_start_matches(BREAK);
            let broken = display[at + 1..].starts_with(BREAK);
            out.push(if !broken && !word.is_empty() && function(word) { '\u{A0}' } else { ' ' });
            word_start = at + 1;
        } else {
            if c == '\u{A0}' {
                word_start = at + c.len_utf8();
            }
            out.push(c);
        }
    }
    out
}

/// The marks in a title that join nothing: a `~` with a space beside it or at an end, a `|`
/// at an end; each with its byte offset and what to write instead.
pub fn faults(text: &str) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in bytes.iter().enumerate() {
        if k > 0 && bytes[k - 1].1 == '\\' {
            continue;
        }
        let before = k.checked_sub(1).map(|i| bytes[i].1);
        let after = bytes.get(k + 1).map(|(_, c)| *c);
        match c {
            '~' if before.is_none_or(char::is_whitespace) || after.is_none_or(char::is_whitespace) => {
                out.push((at, "`~` holds two words together: write it between them, without spaces (`Cour~pénale`), or `\\~` for the sign itself"));
            }
            '|' if text[..at].trim().is_empty() || text[at + 1..].trim().is_empty() => {
                out.push((at, "`|` suggests a break between two words: write it between them (`Court, | Safeguard`), or `\\|` for the sign itself"));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_and_suggested_breaks_are_read_and_escaped() {
        let t = read("Against the~International~Criminal~Court, | Safeguard \\~ \\|", "xx");
        assert_eq!(
            t.display,
            "Against the\u{A0}International\u{A0}Criminal\u{A0}Court, \u{200B}Safeguard ~ |"
        );
        assert_eq!(t.plain, "Against the International Criminal Court, Safeguard ~ |");
        assert_eq!(read("Plain title", "en").display, "Plain title");
    }

    #[test]
    fn function_words_hold_to_the_word_after_them() {
        // English: "Against", "the" and "to" are NLTK's; the break after the comma is kept.
        let t = read(
            "Oppose Sanctions Against the International Criminal Court, | Safeguard Victims' Access to Justice",
            "en",
        );
        assert_eq!(
            t.display,
            "Oppose Sanctions Against\u{A0}the\u{A0}International Criminal Court, \u{200B}Safeguard Victims' Access to\u{A0}Justice"
        );
        assert_eq!(
            t.plain,
            "Oppose Sanctions Against the International Criminal Court, Safeguard Victims' Access to Justice"
        );
        // French: "contre" is no stop word there, "la" and "aux" are; a word before a comma is
        // not tied.
        assert_eq!(
            read("Opposons-nous aux sanctions contre la Cour", "fr").display,
            "Opposons-nous aux\u{A0}sanctions contre la\u{A0}Cour"
        );
        // One letter, in any language: Ukrainian "в", Spanish "y".
        assert_eq!(read("Правосуддя в Гаазі", "uk").display, "Правосуддя в\u{A0}Гаазі");
        assert_eq!(read("Verdad y justicia", "es").display, "Verdad y\u{A0}justicia");
        assert_eq!(read("Cour, et justice", "fr").display, "Cour, et\u{A0}justice");
        // A language the crate does not know: one-letter words only.
        assert_eq!(read("A word of x", "zz").display, "A\u{A0}word of x");
    }

    #[test]
    fn a_mark_that_joins_nothing_is_found() {
        assert_eq!(faults("Cour ~pénale").len(), 1);
        assert_eq!(faults("Cour~ pénale").len(), 1);
        assert_eq!(faults("~Cour").len(), 1);
        assert_eq!(faults("Cour | ").len(), 1);
        assert!(faults("Cour~pénale, | internationale \\~").is_empty());
    }
}
