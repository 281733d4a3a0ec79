//! An OpenDocument text (.odt, what LibreOffice writes) read into a `Source`: content.xml and
//! styles.xml read from the ZIP with the zip crate, their XML with quick-xml (`xml`); or a flat
//! OpenDocument text (.fodt), the same in one XML file.
//!
//! A paragraph's role comes from its style, followed through `style:parent-style-name` (an
//! automatic style of content.xml leads to a named one of styles.xml): `Title`, `Subtitle`,
//! `Heading N`, `Quotations`; a `text:h` is a heading of its outline level; a paragraph indented
//! on both sides is a quotation. Lists are `text:list`, numbered when their list style's level
//! is a number. Notes (`text:note`), links (`text:a`), bold and italic spans are read; frames
//! (images, text boxes) and comments (`office:annotation`) set aside; tracked changes not yet
//! accepted are an error.
//!
//! Owns: reading .odt. Must not: decide what a paragraph means to publish (`recognise`).

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::xml::{self, Element, Node};
use super::{Inline, Para, Part, Role, Source, Table, Unreadable, push_text};

/// A style: its display name, parent, list style, marks, indents.
#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    parent: Option<String>,
    list_style: Option<String>,
    bold: Option<bool>,
    italic: Option<bool>,
    outline: Option<u8>,
    indented: (bool, bool),
}

struct Reader {
    styles: HashMap<String, Style>,
    /// List style name → (level → numbered).
    lists: HashMap<String, HashMap<u8, bool>>,
    source: Source,
    count: usize,
    /// Tracked changes: how many regions the document records, and the paragraphs marked.
    regions: usize,
    tracked: Vec<usize>,
    list_count: u32,
}

fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Element>, Unreadable> {
    let Some(index) = zip.index_for_name(name) else { return Ok(None) };
    let broken = |why: String| {
        Unreadable::new(
            format!("its part {name} cannot be read: {why}"),
            "open it in LibreOffice and save it again as .odt",
        )
    };
    let mut file = zip.by_index(index).map_err(|e| broken(e.to_string()))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| broken(e.to_string()))?;
    xml::parse(&bytes).map(Some).map_err(broken)
}

/// Reads an .odt.
pub fn read(bytes: &[u8]) -> Result<Source, Unreadable> {
    crate::project::disk::zip_within_limits(bytes, "a document", "a draft")
        .map_err(|why| Unreadable::new(why, "import the document as LibreOffice saves it"))?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        Unreadable::new(format!("it is not a ZIP file as an .odt is: {e}"), "save it again as .odt")
    })?;
    if zip.index_for_name("META-INF/manifest.xml").is_some()
        && let Some(manifest) = part(&mut zip, "META-INF/manifest.xml")?
    {
        let mut entries = Vec::new();
        manifest.find_all("encryption-data", &mut entries);
        if !entries.is_empty() {
            return Err(Unreadable::new(
                "it is encrypted (saved with a password)",
                "open it in LibreOffice, save it without a password (File › Save As, untick \"Save with password\"), and import again",
            ));
        }
    }
    let content = part(&mut zip, "content.xml")?.ok_or_else(|| {
        Unreadable::new("it has no content.xml: not an OpenDocument text", "save the draft as .odt or .docx")
    })?;
    let styles_part = part(&mut zip, "styles.xml")?;
    let meta = part(&mut zip, "meta.xml")?;
    let mut source = from_parts(&content, styles_part.as_ref(), meta.as_ref())?;
    super::find_logo(&mut source, &mut |name| {
        let index = zip.index_for_name(name)?;
        let mut file = zip.by_index(index).ok()?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).ok()?;
        Some(bytes)
    });
    Ok(source)
}

/// Reads a flat OpenDocument text (.fodt): styles, metadata and text in one XML file.
pub fn read_flat(bytes: &[u8]) -> Result<Source, Unreadable> {
    let root = xml::parse(bytes).map_err(|why| {
        Unreadable::new(
            format!("it cannot be read as a flat OpenDocument text: {why}"),
            "open it in LibreOffice and save it as .odt",
        )
    })?;
    from_parts(&root, Some(&root), Some(&root))
}

/// The document from its parts: the content (its automatic styles and text), the named
/// styles, the metadata.
fn from_parts(
    content: &Element,
    styles: Option<&Element>,
    meta: Option<&Element>,
) -> Result<Source, Unreadable> {
    let mut reader = Reader {
        styles: HashMap::new(),
        lists: HashMap::new(),
        source: Source::default(),
        count: 0,
        regions: 0,
        tracked: Vec::new(),
        list_count: 0,
    };
    if let Some(s) = styles {
        reader.read_styles(s);
        reader.source.language = default_language(s);
    }
    reader.read_styles(content);
    if let Some(meta) = meta {
        let mut langs = Vec::new();
        meta.find_all("language", &mut langs);
        if let Some(l) =
            langs.iter().find(|l| l.name == "dc:language").map(|l| l.text()).filter(|l| !l.trim().is_empty())
        {
            reader.source.language = Some(l.trim().to_string());
        }
    }
    let mut texts = Vec::new();
    content.find_all("text", &mut texts);
    let text = texts.into_iter().find(|t| t.name == "office:text").ok_or_else(|| {
        Unreadable::new("it has no text body (office:text)", "save the draft as .odt from LibreOffice Writer")
    })?;
    reader.blocks(text, None, 0);
    if reader.regions > 0 || !reader.tracked.is_empty() {
        let n = reader.regions.max(reader.tracked.len());
        let first =
            reader.tracked.first().map_or(String::new(), |at| format!(", the first at paragraph {at}"));
        return Err(Unreadable::new(
            format!(
                "it has {n} tracked change{} not yet accepted or rejected{first}",
                if n == 1 { "" } else { "s" }
            ),
            "accept or reject them first (LibreOffice: Edit › Track Changes › Manage › Accept All), save, and import again",
        ));
    }
    Ok(reader.source)
}

fn default_language(styles: &Element) -> Option<String> {
    let mut defaults = Vec::new();
    styles.find_all("default-style", &mut defaults);
    let d = defaults.into_iter().find(|d| d.attr("family") == Some("paragraph"))?;
    let props = d.child("text-properties")?;
    let lang = props.attr_q("fo:language")?;
    Some(match props.attr_q("fo:country").filter(|c| *c != "none") {
        Some(c) => format!("{lang}-{c}"),
        None => lang.to_string(),
    })
}

/// An ODF length is positive ("0.5in", "1cm"; "0cm" and "-0.2cm" are not).
fn positive(length: Option<&str>) -> bool {
    length.is_some_and(|l| {
        let digits: String = l.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-').collect();
        digits.parse::<f64>().is_ok_and(|v| v > 0.0)
    })
}

impl Reader {
    fn read_styles(&mut self, root: &Element) {
        let mut found = Vec::new();
        root.find_all("style", &mut found);
        for s in found {
            let Some(name) = s.attr_q("style:name") else { continue };
            let text = s.child("text-properties");
            let para = s.child("paragraph-properties");
            let style = Style {
                name: s.attr_q("style:display-name").unwrap_or(name).replace("_20_", " "),
                parent: s.attr_q("style:parent-style-name").map(str::to_string),
                list_style: s.attr_q("style:list-style-name").map(str::to_string),
                bold: text
                    .and_then(|t| t.attr_q("fo:font-weight"))
                    .map(|w| w == "bold" || w.parse::<u32>().is_ok_and(|n| n >= 600)),
                italic: text.and_then(|t| t.attr_q("fo:font-style")).map(|f| f == "italic" || f == "oblique"),
                outline: s.attr_q("style:default-outline-level").and_then(|l| l.parse().ok()),
                indented: para.map_or((false, false), |p| {
                    (positive(p.attr_q("fo:margin-left")), positive(p.attr_q("fo:margin-right")))
                }),
            };
            self.styles.insert(name.to_string(), style);
        }
        let mut list_styles = Vec::new();
        root.find_all("list-style", &mut list_styles);
        for l in list_styles {
            let Some(name) = l.attr_q("style:name") else { continue };
            let levels = l
                .elements()
                .filter_map(|e| {
                    let level: u8 = e.attr_q("text:level")?.parse().ok()?;
                    Some((
                        level.saturating_sub(1),
                        e.local() == "list-level-style-number"
                            && e.attr_q("style:num-format").is_none_or(|f| !f.is_empty()),
                    ))
                })
                .collect();
            self.lists.insert(name.to_string(), levels);
        }
    }

    fn chain(&self, name: Option<&str>) -> Vec<&Style> {
        let mut out: Vec<&Style> = Vec::new();
        let mut next = name.map(str::to_string);
        while let Some(n) = next {
            let Some(s) = self.styles.get(&n) else { break };
            if out.len() > 32 {
                break;
            }
            out.push(s);
            next = s.parent.clone();
        }
        out
    }

    /// Block-level children: paragraphs, headings, lists, tables, sections.
    fn blocks(&mut self, parent: &Element, list: Option<(&str, u32)>, level: u8) {
        for e in parent.elements() {
            match e.name.as_str() {
                "text:p" | "text:h" => {
                    if let Some(p) = self.paragraph(e, list, level) {
                        self.source.parts.push(Part::Para(p));
                    }
                }
                "text:list" => {
                    let (style, id) = match list {
                        Some((s, id)) => (e.attr_q("text:style-name").unwrap_or(s).to_string(), id),
                        None => {
                            self.list_count += 1;
                            (e.attr_q("text:style-name").unwrap_or_default().to_string(), self.list_count)
                        }
                    };
                    let next_level = if list.is_some() { level + 1 } else { 0 };
                    for item in
                        e.elements().filter(|i| i.local() == "list-item" || i.local() == "list-header")
                    {
                        self.blocks(item, Some((&style, id)), next_level);
                    }
                }
                "table:table" => {
                    let t = self.table(e);
                    self.source.parts.push(Part::Table(t));
                }
                "text:section" | "text:index-body" => self.blocks(e, list, level),
                "text:tracked-changes" => {
                    self.regions += e.elements().filter(|r| r.local() == "changed-region").count();
                }
                _ => {}
            }
        }
    }

    fn table(&mut self, t: &Element) -> Table {
        self.count += 1;
        let at = self.count;
        let mut rows_el = Vec::new();
        t.find_all("table-row", &mut rows_el);
        let mut rows = Vec::new();
        for r in rows_el {
            let mut cells = Vec::new();
            for c in r.elements().filter(|c| c.local() == "table-cell") {
                let mut ps = Vec::new();
                c.find_all("p", &mut ps);
                let paragraphs: Vec<Vec<Inline>> = ps
                    .into_iter()
                    .map(|p| {
                        let (mut runs, mut objects) = (Vec::new(), Vec::new());
                        self.inlines(p, false, false, None, &mut runs, &mut objects);
                        runs
                    })
                    .collect();
                let inlines = super::join(paragraphs, false);
                cells.push(inlines);
            }
            rows.push(cells);
        }
        Table { rows, at }
    }

    fn paragraph(&mut self, p: &Element, list: Option<(&str, u32)>, level: u8) -> Option<Para> {
        let style_name = p.attr_q("text:style-name");
        let chain = self.chain(style_name);
        let bold = chain.iter().find_map(|s| s.bold).unwrap_or(false);
        let italic = chain.iter().find_map(|s| s.italic).unwrap_or(false);
        // A style the document names but never defines (pandoc's .odt names "Title" and leaves it
        // to the application): known by its name alone.
        let named = Style { name: style_name.unwrap_or_default().replace("_20_", " "), ..Style::default() };
        let mut chain = chain;
        if chain.is_empty() && style_name.is_some() {
            chain.push(&named);
        }
        let mut role = role(&chain, p);
        if let Some((style, id)) = list
            && role == Role::Body
        {
            let style = if style.is_empty() {
                chain.iter().find_map(|s| s.list_style.clone()).unwrap_or_default()
            } else {
                style.to_string()
            };
            let numbered = self.lists.get(&style).and_then(|l| l.get(&level)).copied().unwrap_or(false);
            role = Role::Item { numbered, level, list: id };
        }
        let mut inlines = Vec::new();
        let mut objects = Vec::new();
        let (b, i) = if role == Role::Body || role == Role::Quote || matches!(role, Role::Item { .. }) {
            (bold, italic)
        } else {
            (false, false)
        };
        self.inlines(p, i, b, None, &mut inlines, &mut objects);
        super::trim(&mut inlines);
        let has_text = !super::plain(&inlines).trim().is_empty();
        for what in objects {
            self.source.set_aside.push(if has_text {
                format!("{what} at paragraph {}", self.count + 1)
            } else {
                format!("{what} after paragraph {}", self.count)
            });
        }
        if !has_text {
            return None;
        }
        self.count += 1;
        Some(Para { role, inlines, at: self.count })
    }

    fn inlines(
        &mut self,
        e: &Element,
        emph: bool,
        strong: bool,
        link: Option<&str>,
        out: &mut Vec<Inline>,
        objects: &mut Vec<String>,
    ) {
        for n in &e.children {
            match n {
                Node::Text(t) => push_text(out, &t.replace(['\n', '\r', '\t'], " "), emph, strong, link),
                Node::Element(c) => match c.name.as_str() {
                    "text:span" => {
                        let chain = self.chain(c.attr_q("text:style-name"));
                        let i = chain.iter().find_map(|s| s.italic).unwrap_or(emph);
                        let b = chain.iter().find_map(|s| s.bold).unwrap_or(strong);
                        self.inlines(c, i, b, link, out, objects);
                    }
                    "text:a" => {
                        let href = c.attr_q("xlink:href").map(str::to_string);
                        let href = href.filter(|h| !h.starts_with('#'));
                        self.inlines(c, emph, strong, href.as_deref().or(link), out, objects);
                    }
                    "text:s" => {
                        let n: usize = c.attr_q("text:c").and_then(|n| n.parse().ok()).unwrap_or(1);
                        push_text(out, &" ".repeat(n.min(8)), emph, strong, link);
                    }
                    "text:tab" | "text:line-break" => push_text(out, " ", emph, strong, link),
                    "text:note" => {
                        let body = c.child("note-body");
                        let mut paragraphs = Vec::new();
                        if let Some(body) = body {
                            let mut ps = Vec::new();
                            body.find_all("p", &mut ps);
                            for p in ps {
                                let mut runs = Vec::new();
                                self.inlines(p, false, false, None, &mut runs, objects);
                                paragraphs.push(runs);
                            }
                        }
                        let text = super::join(paragraphs, true);
                        let index = self.source.notes.len();
                        self.source.notes.push(text);
                        out.push(Inline::Note(index));
                    }
                    "draw:frame" | "draw:a" => {
                        let mut boxes = Vec::new();
                        c.find_all("text-box", &mut boxes);
                        if let Some(b) = boxes.first() {
                            let t: String = b.text().chars().take(40).collect();
                            objects.push(format!("a text box (\"{}\")", t.trim()));
                        } else {
                            let name = c.attr_q("draw:name").unwrap_or("unnamed").to_string();
                            let mut images = Vec::new();
                            c.find_all("image", &mut images);
                            let alt = c.child("desc").or(c.child("title")).map(Element::text);
                            self.source.images.push(super::Image {
                                at: self.count + 1,
                                name: name.clone(),
                                alt,
                                part: images.first().and_then(|i| i.attr_q("xlink:href")).map(str::to_string),
                            });
                            objects.push(format!("an image ({name})"));
                        }
                    }
                    "office:annotation" => objects.push("a comment".into()),
                    "text:change" | "text:change-start" => {
                        if !self.tracked.contains(&(self.count + 1)) {
                            self.tracked.push(self.count + 1);
                        }
                    }
                    "text:bookmark"
                    | "text:bookmark-start"
                    | "text:bookmark-end"
                    | "text:soft-page-break"
                    | "office:annotation-end"
                    | "text:change-end" => {}
                    _ => self.inlines(c, emph, strong, link, out, objects),
                },
            }
        }
    }
}

/// A paragraph's role from its style chain and its element (`text:h` is a heading).
fn role(chain: &[&Style], p: &Element) -> Role {
    // A heading's own level before its style's name ("Heading 1" for a text:h of level 2).
    let named = chain.iter().find_map(|s| Role::named(&s.name.to_lowercase()));
    if let Some(role) = named.filter(|r| !matches!(r, Role::Heading(_))) {
        return role;
    }
    if p.name == "text:h" {
        let level = p
            .attr_q("text:outline-level")
            .and_then(|l| l.parse::<u8>().ok())
            .or_else(|| chain.iter().find_map(|s| s.outline))
            .unwrap_or(1);
        return Role::Heading(level.clamp(1, 9));
    }
    if let Some(role) = named {
        return role;
    }
    if chain.iter().find(|s| s.indented != (false, false)).is_some_and(|s| s.indented == (true, true)) {
        return Role::Quote;
    }
    Role::Body
}
