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

/// Reads a title's marks.
pub fn read(text: &str) -> Title {
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
    Title { display, plain }
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
        let t = read("Against the~International~Criminal~Court, | Safeguard \\~ \\|");
        assert_eq!(
            t.display,
            "Against the\u{A0}International\u{A0}Criminal\u{A0}Court, \u{200B}Safeguard ~ |"
        );
        assert_eq!(t.plain, "Against the International Criminal Court, Safeguard ~ |");
        assert_eq!(read("Plain title").display, "Plain title");
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
