//! A Markdown draft (CommonMark with footnotes and tables, as pandoc and most editors write it)
//! read into a `Source` by pulldown-cmark.
//!
//! A first-level heading that opens the document and is its only one is the title; the other
//! headings are the body's, one level up (`##` is a heading of the first level). A block quote
//! is a quotation; lists are lists (ordered or not); footnotes (`[^1]` with its `[^1]: …`),
//! emphasis, strong emphasis and links are read as marked. Images, HTML and code blocks are set
//! aside and named.
//!
//! A front matter block (`---` … `---`, as pandoc reads it) gives the `title`, `subtitle`,
//! `author`, `date` and `lang` it has as `key: value` lines (one line each, the value plain or in
//! quotes); other keys are set aside and named.
//!
//! Owns: reading Markdown. Must not: decide what a paragraph means to publish (`recognise`).

use std::collections::HashMap;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Inline, Para, Part, Role, Source, Table, Unreadable, plain, push_text};

/// Where the reader is: the block being read and its marks.
#[derive(Default)]
struct State {
    source: Source,
    /// The paragraph (or cell, or note) being read.
    inlines: Vec<Inline>,
    role: Option<Role>,
    emph: usize,
    strong: usize,
    link: Vec<String>,
    /// Nested lists: (numbered, list number).
    lists: Vec<(bool, u32)>,
    list_count: u32,
    quote: usize,
    /// The note being defined, and the inlines of the body it interrupts.
    defining: Option<(usize, Vec<Inline>)>,
    note_ids: HashMap<String, usize>,
    table: Option<Table>,
    count: usize,
    /// Inside the front matter block: its text.
    front: Option<String>,
}

/// Reads Markdown text.
pub fn read(text: &str) -> Result<Source, Unreadable> {
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut state = State::default();
    for event in Parser::new_ext(text, options) {
        state.event(event);
    }
    let mut source = state.source;
    title_from_headings(&mut source);
    Ok(source)
}

impl State {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) if self.front.is_some() => {
                self.front.as_mut().expect("in front matter").push_str(&t);
            }
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::FootnoteReference(label) => {
                let index = self.note_index(&label);
                self.inlines.push(Inline::Note(index));
            }
            Event::Html(_) | Event::InlineHtml(_) => self.set_aside("HTML"),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::Rule | Event::TaskListMarker(_) => {}
        }
    }

    fn text(&mut self, t: &str) {
        let link = self.link.last().map(String::as_str);
        push_text(&mut self.inlines, t, self.emph > 0, self.strong > 0, link);
    }

    fn set_aside(&mut self, what: &str) {
        let place = if self.count == 0 {
            "before the first paragraph".into()
        } else {
            format!("after paragraph {}", self.count)
        };
        self.source.set_aside.push(format!("{what} {place}"));
    }

    fn note_index(&mut self, label: &str) -> usize {
        if let Some(i) = self.note_ids.get(label) {
            return *i;
        }
        let i = self.source.notes.len();
        self.source.notes.push(Vec::new());
        self.note_ids.insert(label.to_string(), i);
        i
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                self.role = Some(Role::Heading(n));
            }
            Tag::Paragraph => {
                if self.role.is_none() {
                    self.role = Some(self.block_role());
                } else if !self.inlines.is_empty() {
                    // A second paragraph of a list item or a note: one paragraph for publish.
                    self.text(" ");
                }
            }
            Tag::Item => {
                self.flush();
                self.role = Some(self.block_role());
            }
            Tag::List(start) => {
                self.flush();
                self.list_count += 1;
                self.lists.push((start.is_some(), self.list_count));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote += 1;
            }
            Tag::Emphasis => self.emph += 1,
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => self.link.push(dest_url.to_string()),
            Tag::Image { dest_url, .. } => self.set_aside(&format!("an image ({dest_url})")),
            Tag::FootnoteDefinition(label) => {
                let index = self.note_index(&label);
                let interrupted = std::mem::take(&mut self.inlines);
                self.defining = Some((index, interrupted));
                self.role = Some(Role::Body);
            }
            Tag::Table(_) => {
                self.flush();
                self.count += 1;
                self.table = Some(Table { rows: Vec::new(), at: self.count });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.inlines.clear(),
            Tag::CodeBlock(_) => self.set_aside("a block of code"),
            Tag::MetadataBlock(_) => self.front = Some(String::new()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph
                if self.defining.is_none() && !matches!(self.role, Some(Role::Item { .. })) =>
            {
                self.flush();
            }
            TagEnd::Item => self.flush(),
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::Emphasis => self.emph = self.emph.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => {
                self.link.pop();
            }
            TagEnd::FootnoteDefinition => {
                if let Some((index, interrupted)) = self.defining.take() {
                    let mut text = std::mem::replace(&mut self.inlines, interrupted);
                    text.retain(|i| !matches!(i, Inline::Note(_)));
                    self.source.notes[index] = text;
                    self.role = None;
                }
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.inlines);
                if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(cell);
                }
            }
            TagEnd::MetadataBlock(_) => {
                let text = self.front.take().unwrap_or_default();
                self.front_matter(&text);
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.source.parts.push(Part::Table(t));
                }
            }
            _ => {}
        }
    }

    /// The front matter's keys: title, subtitle, author and date become the document's first
    /// paragraphs in their roles (a date a paragraph `recognise` reads), lang its language.
    fn front_matter(&mut self, text: &str) {
        let mut frame: Vec<(Role, String)> = Vec::new();
        let mut date = None;
        for line in text.lines() {
            let Some((key, value)) = line.split_once(':') else { continue };
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim().to_string();
            if value.is_empty() {
                continue;
            }
            match key.trim() {
                "title" => frame.insert(0, (Role::Title, value)),
                "subtitle" => frame.push((Role::Subtitle, value)),
                "author" => frame.push((Role::Author, value)),
                "date" => date = Some(value),
                "lang" => self.source.language = Some(value),
                other => self.source.set_aside.push(format!("the front matter's `{other}`")),
            }
        }
        if let Some(d) = date {
            frame.push((Role::Body, d));
        }
        for (role, text) in frame {
            self.count += 1;
            let mut inlines = Vec::new();
            push_text(&mut inlines, &text, false, false, None);
            self.source.parts.push(Part::Para(Para { role, inlines, at: self.count }));
        }
    }

    /// The role of a paragraph where the reader is: in a list, a quotation, or the body.
    fn block_role(&self) -> Role {
        if let Some((numbered, list)) = self.lists.last() {
            let level = u8::try_from(self.lists.len() - 1).unwrap_or(u8::MAX);
            return Role::Item { numbered: *numbered, level, list: *list };
        }
        if self.quote > 0 { Role::Quote } else { Role::Body }
    }

    /// Ends the paragraph being read.
    fn flush(&mut self) {
        let Some(role) = self.role.take() else {
            self.inlines.clear();
            return;
        };
        let inlines = std::mem::take(&mut self.inlines);
        if plain(&inlines).trim().is_empty() {
            return;
        }
        self.count += 1;
        self.source.parts.push(Part::Para(Para { role, inlines, at: self.count }));
    }
}

/// A first-level heading that opens the document and is its only one is the title; the other
/// headings move one level up.
fn title_from_headings(source: &mut Source) {
    let ones =
        source.parts.iter().filter(|p| matches!(p, Part::Para(Para { role: Role::Heading(1), .. }))).count();
    let first_is_one = matches!(source.parts.first(), Some(Part::Para(Para { role: Role::Heading(1), .. })));
    if ones == 1 && first_is_one {
        for part in &mut source.parts {
            if let Part::Para(p) = part {
                p.role = match p.role {
                    Role::Heading(1) => Role::Title,
                    Role::Heading(n) => Role::Heading(n - 1),
                    r => r,
                };
            }
        }
    }
}
