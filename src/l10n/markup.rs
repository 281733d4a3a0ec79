//! The inline notation translators write in paragraphs, lists, quotations and notes: Markdown's
//! inline subset, parsed by pulldown-cmark.
//!
//! - `*emphasis*` (or `_emphasis_`), `**strong emphasis**`;
//! - `[text](https://example.org)` links (and `<https://example.org>`), web and mail only;
//! - `[^name]` a footnote, whose text is the message's attribute `.note-name`;
//! - `\*` a mark printed as itself.
//!
//! pulldown-cmark never reports an error (an unclosed `*` is text to CommonMark): a mark left
//! over after parsing, next to a word, is reported here, as are the parts of Markdown that are
//! not part of the notation (code, HTML, images). Fields that are not rich text (titles,
//! headings, names) are never parsed: they print as written.
//!
//! Owns: the notation. Must not: know Fluent or files (callers map the byte ranges back).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A piece of rich text: text with its emphasis and link, or a footnote reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text with its emphasis and link.
    Text {
        /// The text, its marks taken out.
        text: String,
        /// Whether it is emphasised (`*…*` or `_…_`).
        emph: bool,
        /// Whether it is strongly emphasised (`**…**`).
        strong: bool,
        /// The address it links to; `None` when it is no link.
        link: Option<String>,
    },
    /// A footnote reference: the note's name (`[^name]`, whose text is `.note-name`).
    Note(String),
}

/// A fault in rich text: a stable code, where it is (bytes of the input), what and how to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The diagnostic's stable code: `markup`, or `link` for an address that is not allowed.
    pub code: &'static str,
    /// The fault's byte range in the input text.
    pub range: Range<usize>,
    /// What is wrong, in a sentence.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// Put before the text so that nothing at its start reads as a block (`# `, `1. `, `> `): the
/// text is always one paragraph. A private-use character: neither space nor punctuation, so
/// emphasis at the start still opens.
const LEAD: char = '\u{E000}';

/// Addresses a link may go to: the web and e-mail, nothing a reader's viewer would run.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Parses rich text into pieces, with every fault found.
pub fn parse(input: &str) -> (Vec<Piece>, Vec<Problem>) {
    // One line (Fluent's line breaks inside a value are spaces to the reader), one paragraph.
    let source: String = std::iter::once(LEAD)
        .chain(input.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }))
        .collect();
    let shift = LEAD.len_utf8();
    let to_input = |r: Range<usize>| r.start.saturating_sub(shift)..r.end.saturating_sub(shift);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut problems = Vec::new();
    let (mut emph, mut strong) = (0u32, 0u32);
    let mut links: Vec<String> = Vec::new();
    let refuse = |problems: &mut Vec<Problem>, range: Range<usize>, what: &str, help: &str| {
        problems.push(Problem {
            code: "markup",
            range: to_input(range),
            message: what.to_string(),
            help: help.to_string(),
        });
    };
    for (event, range) in Parser::new_ext(&source, Options::ENABLE_OLD_FOOTNOTES).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::Emphasis) => emph += 1,
            Event::End(TagEnd::Emphasis) => emph = emph.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if !is_safe_url(&dest_url) {
                    problems.push(Problem {
                        code: "link",
                        range: to_input(range.clone()),
                        message: format!(
                            "a link to {:?}, which is not a web or mail address",
                            dest_url.as_ref()
                        ),
                        help: "a link goes to an https://, http:// or mailto: address".into(),
                    });
                }
                links.push(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => {
                links.pop();
            }
            Event::Text(text) => {
                leftover_marks(&source, range.clone(), &mut problems, &to_input);
                push_text(&mut pieces, &text, emph, strong, links.last());
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut pieces, " ", emph, strong, links.last()),
            Event::FootnoteReference(name) => {
                if links.last().is_some() || emph > 0 || strong > 0 {
                    refuse(
                        &mut problems,
                        range,
                        "a footnote inside emphasis or a link",
                        "put the footnote's mark after the emphasised or linked words",
                    );
                } else {
                    pieces.push(Piece::Note(name.to_string()));
                }
            }
            Event::End(_) => {}
            other => {
                let (what, help) = not_notation(&other);
                refuse(&mut problems, range, what, help);
            }
        }
    }
    (pieces, problems)
}

/// Adds text to the pieces in its style; a run of the same style as the last piece joins it (the
/// parser splits text at escapes and entities).
fn push_text(pieces: &mut Vec<Piece>, text: &str, emph: u32, strong: u32, link: Option<&String>) {
    let text = text.trim_start_matches(LEAD);
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text { text: last, emph: e, strong: s, link: l }) = pieces.last_mut()
        && *e == (emph > 0)
        && *s == (strong > 0)
        && l.as_ref() == link
    {
        last.push_str(text);
        return;
    }
    pieces.push(Piece::Text {
        text: text.to_string(),
        emph: emph > 0,
        strong: strong > 0,
        link: link.cloned(),
    });
}

/// What a piece of Markdown outside the notation is, and how to write it instead.
fn not_notation(event: &Event) -> (&'static str, &'static str) {
    match event {
        Event::Code(_) => (
            "backquotes (`…`) are not part of the notation",
            "write the words without them, or escape each one as \\`",
        ),
        Event::Html(_) | Event::InlineHtml(_) => (
            "HTML is not part of the notation",
            "use *emphasis*, **strong emphasis**, [text](https://…) and [^note] only, or escape `<` as \\<",
        ),
        Event::Start(Tag::Image { .. }) => (
            "images are not part of the notation",
            "the logo goes in publish.toml's [branding]; escape `!` before `[` as \\!",
        ),
        _ => ("this is not part of the notation", "escape the mark with a backslash (\\)"),
    }
}

/// A `*` or `_` the parser left as text, not escaped: a mark that opens or closes nothing. An
/// underscore inside a word (`snake_case`) is never a mark and is left alone.
fn leftover_marks(
    source: &str,
    range: Range<usize>,
    problems: &mut Vec<Problem>,
    to_input: &dyn Fn(Range<usize>) -> Range<usize>,
) {
    let text = &source[range.clone()];
    let mut prev: Option<char> = source[..range.start].chars().next_back();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let escaped = prev == Some('\\');
        let next = chars.peek().map(|(_, c)| *c).or_else(|| source[range.end..].chars().next());
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let stray = match c {
            '*' => !escaped,
            '_' => !(escaped || word(prev) && word(next)),
            _ => false,
        };
        if stray {
            let at = range.start + i;
            problems.push(Problem {
                code: "markup",
                range: to_input(at..at + 1),
                message: format!("`{c}` opens or closes no emphasis"),
                help: format!("close it (`{c}words{c}`), or write `\\{c}` to print it as it is"),
            });
        }
        prev = Some(c);
    }
}

/// The text with `f` applied to its words only: marks, link addresses and footnote names are
/// kept as they are (the pseudo-locale transforms the words, never the notation).
pub fn map_words(input: &str, f: &dyn Fn(&str) -> String) -> String {
    let source: String = std::iter::once(LEAD).chain(input.chars()).collect();
    let shift = LEAD.len_utf8();
    let mut out = String::with_capacity(input.len() * 2);
    let mut at = shift;
    for (event, range) in Parser::new_ext(&source, Options::ENABLE_OLD_FOOTNOTES).into_offset_iter() {
        if let Event::Text(_) = event {
            // Text events cover the words; an escape's backslash lies outside them, kept.
            let start = range.start.max(shift);
            if start < at || range.end <= start {
                continue;
            }
            out.push_str(&source[at..start]);
            out.push_str(&f(&source[start..range.end]));
            at = range.end;
        }
    }
    out.push_str(&source[at.min(source.len())..]);
    out
}

/// The plain text of pieces (notes left out): what a reader reads, for checks and sorting.
pub fn plain(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Text { text, .. } => Some(text.as_str()),
            Piece::Note(_) => None,
        })
        .collect()
}

/// How many footnotes and links a rich text has (a translation should have as many as its
/// reference).
pub fn counts(pieces: &[Piece]) -> (usize, usize) {
    let notes = pieces.iter().filter(|p| matches!(p, Piece::Note(_))).count();
    let mut links = 0;
    let mut last: Option<&String> = None;
    for p in pieces {
        if let Piece::Text { link, .. } = p {
            if link.is_some() && link.as_ref() != last {
                links += 1;
            }
            last = link.as_ref();
        } else {
            last = None;
        }
    }
    (notes, links)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str, emph: bool, strong: bool, link: Option<&str>) -> Piece {
        Piece::Text { text: t.into(), emph, strong, link: link.map(str::to_string) }
    }

    #[test]
    fn emphasis_strong_links_and_notes() {
        let (p, problems) = parse(
            "We call on *all governments*, **now**, to read [the report](https://example.org/r)[^src].",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            p,
            vec![
                text("We call on ", false, false, None),
                text("all governments", true, false, None),
                text(", ", false, false, None),
                text("now", false, true, None),
                text(", to read ", false, false, None),
                text("the report", false, false, Some("https://example.org/r")),
                Piece::Note("src".into()),
                text(".", false, false, None),
            ]
        );
        assert_eq!(counts(&p), (1, 1));
        assert_eq!(plain(&p), "We call on all governments, now, to read the report.");
    }

    #[test]
    fn block_syntax_at_the_start_is_text() {
        for t in ["1. The court", "# Hash", "> Quote", "- Dash", "    Indented"] {
            let (p, problems) = parse(t);
            assert!(problems.is_empty(), "{t}: {problems:?}");
            assert_eq!(plain(&p), t, "{t}");
        }
        let (p, _) = parse("*Start* here");
        assert_eq!(p[0], text("Start", true, false, None));
    }

    #[test]
    fn a_mark_left_over_is_found_where_it_stands() {
        let (_, problems) = parse("The *court said");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].code, problems[0].range.clone()), ("markup", 4..5));
        let (_, problems) = parse("A word_ alone");
        assert_eq!(problems[0].range, 6..7);
        // Inside a word, escaped, or a star between spaces with a mark's meaning: not faults.
        assert!(parse("snake_case and 5 \\* 3 and \\_x\\_").1.is_empty());
    }

    #[test]
    fn what_the_notation_does_not_have_is_refused() {
        for t in ["use `code`", "a <b>bold</b> claim", "![logo](x.png)", "[x](javascript:alert(1))"] {
            let (_, problems) = parse(t);
            assert!(!problems.is_empty(), "{t}");
        }
        let (_, problems) = parse("*emphasised[^n]*");
        assert!(problems.iter().any(|p| p.message.contains("footnote inside")), "{problems:?}");
    }

    #[test]
    fn words_are_transformed_and_the_notation_is_kept() {
        let upper = |s: &str| s.to_uppercase();
        let out = map_words("See *the* [report](https://example.org/r)[^note] \\* now.", &upper);
        assert_eq!(out, "SEE *THE* [REPORT](https://example.org/r)[^note] \\* NOW.");
    }

    #[test]
    fn line_breaks_are_spaces_and_multibyte_offsets_hold() {
        let (p, problems) = parse("Première\nligne *é");
        assert_eq!(plain(&p), "Première ligne *é");
        assert_eq!(problems[0].range, "Première\nligne ".len().."Première\nligne *".len());
    }
}
