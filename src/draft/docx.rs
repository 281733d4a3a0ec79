//! A Word document (.docx, .docm; what Word, Google Docs' "Download as .docx" and LibreOffice
//! write) read into a `Source`: WordprocessingML's parts read from the ZIP with the zip crate,
//! their XML with quick-xml (`xml`).
//!
//! A paragraph's role comes from its style, followed through `basedOn`: the built-in names
//! (`Title`, `Subtitle`, `heading N`, `Quote`, `Intense Quote`, LibreOffice's `Quotations`),
//! which Word keeps in English whatever the language of its menus, then the outline level a
//! renamed or localised style carries ("Titre 1", "Überschrift 1" have `w:outlineLvl`). A
//! paragraph indented on both sides is a quotation. Lists come from the numbering definitions
//! (numbering.xml: a level's `numFmt` says bullet or number). Footnotes and endnotes are read
//! where they are marked; links from the document's relationships. Images, text boxes and
//! comments are set aside and named; tracked changes not yet accepted are an error.
//!
//! Owns: reading .docx. Must not: decide what a paragraph means to publish (`recognise`).

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::xml::{self, Element};
use super::{Inline, Para, Part, Role, Source, Table, Unreadable, push_text};

/// A paragraph style, as styles.xml defines it.
#[derive(Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    /// Its numbering (numId, level), for list styles.
    num: Option<(u32, u8)>,
    bold: Option<bool>,
    italic: Option<bool>,
    indent: (i64, i64),
}

/// The parts of the package the reader needs, read.
struct Package {
    document: Element,
    styles: HashMap<String, Style>,
    /// numId → (level → numbered).
    numbering: HashMap<u32, HashMap<u8, bool>>,
    /// Relationship id → external target.
    links: HashMap<String, String>,
    /// Relationship id → image part (`word/media/image1.png`).
    media: HashMap<String, String>,
    /// Footnote and endnote id → its paragraphs, by kind ("footnote", "endnote").
    notes: HashMap<(String, String), Element>,
    default_language: Option<String>,
}

/// The bytes of a part, if the package has it.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Vec<u8>>, Unreadable> {
    let Some(index) = zip.index_for_name(name) else { return Ok(None) };
    let mut file = zip.by_index(index).map_err(|e| broken(name, &e.to_string()))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| broken(name, &e.to_string()))?;
    Ok(Some(bytes))
}

fn broken(part: &str, why: &str) -> Unreadable {
    Unreadable::new(
        format!("its part {part} cannot be read: {why}"),
        "open it in Word or LibreOffice and save it again as .docx",
    )
}

fn parsed(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Element>, Unreadable> {
    match part(zip, name)? {
        None => Ok(None),
        Some(bytes) => xml::parse(&bytes).map(Some).map_err(|why| broken(name, &why)),
    }
}

/// Reads a .docx (or .docm: its macros are never run, and set aside).
pub fn read(bytes: &[u8]) -> Result<Source, Unreadable> {
    crate::project::disk::zip_within_limits(bytes, "a document", "a draft")
        .map_err(|why| Unreadable::new(why, "import the document as Word or LibreOffice saves it"))?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        Unreadable::new(format!("it is not a ZIP file as a .docx is: {e}"), "save it again as .docx")
    })?;
    let document = parsed(&mut zip, "word/document.xml")?.ok_or_else(|| {
        Unreadable::new(
            "it is a ZIP file without word/document.xml: not a Word document",
            "save the draft as .docx (Word, LibreOffice, Google Docs' File › Download › Microsoft Word)",
        )
    })?;
    let mut source = Source::default();
    if zip.index_for_name("word/vbaProject.bin").is_some() {
        source.set_aside.push("its macros (a .docm's Visual Basic project: never run, not kept)".into());
    }
    let (styles, default_language) = match parsed(&mut zip, "word/styles.xml")? {
        Some(s) => read_styles(&s),
        None => (HashMap::new(), None),
    };
    let numbering = parsed(&mut zip, "word/numbering.xml")?.map(|n| read_numbering(&n)).unwrap_or_default();
    let rels = parsed(&mut zip, "word/_rels/document.xml.rels")?;
    let links = rels.as_ref().map(read_links).unwrap_or_default();
    let media = rels.as_ref().map(read_media).unwrap_or_default();
    let mut notes = HashMap::new();
    for (file, kind) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
        if let Some(root) = parsed(&mut zip, file)? {
            for n in root.elements().filter(|e| e.local() == kind) {
                if n.attr("type").is_none_or(|t| t == "normal") {
                    notes.insert((kind.to_string(), n.attr("id").unwrap_or_default().to_string()), n.clone());
                }
            }
        }
    }
    let package = Package { document, styles, numbering, links, media, notes, default_language };
    let mut reader = Reader {
        package: &package,
        source,
        tracked: Vec::new(),
        count: 0,
        languages: HashMap::new(),
        note_ids: HashMap::new(),
    };
    reader.body()?;
    let Reader { mut source, languages, .. } = reader;
    source.language = languages.into_iter().max_by_key(|(tag, n)| (*n, tag.clone())).map(|(tag, _)| tag);
    super::find_logo(&mut source, &mut |name| part(&mut zip, name).ok().flatten());
    Ok(source)
}

/// Relationship id → image part, for the images the body shows.
fn read_media(root: &Element) -> HashMap<String, String> {
    root.elements()
        .filter(|r| {
            r.attr("TargetMode") != Some("External") && r.attr("Type").is_some_and(|t| t.ends_with("/image"))
        })
        .filter_map(|r| {
            Some((
                r.attr("Id")?.to_string(),
                format!("word/{}", r.attr("Target")?.trim_start_matches('/').trim_start_matches("word/")),
            ))
        })
        .collect()
}

fn read_styles(root: &Element) -> (HashMap<String, Style>, Option<String>) {
    let mut styles = HashMap::new();
    for s in root.elements().filter(|e| e.local() == "style" && e.attr("type") == Some("paragraph")) {
        let Some(id) = s.attr("styleId") else { continue };
        let ppr = s.child("pPr");
        let rpr = s.child("rPr");
        let style = Style {
            name: s.child_val("name").unwrap_or(id).to_string(),
            based_on: s.child_val("basedOn").map(str::to_string),
            outline: ppr.and_then(|p| p.child_val("outlineLvl")).and_then(|v| v.parse().ok()),
            num: ppr.and_then(|p| p.child("numPr")).and_then(num_pr),
            bold: rpr.and_then(|r| toggle(r, "b")),
            italic: rpr.and_then(|r| toggle(r, "i")),
            indent: ppr.map(indent).unwrap_or_default(),
        };
        styles.insert(id.to_string(), style);
    }
    let language = root
        .child("docDefaults")
        .and_then(|d| d.child("rPrDefault"))
        .and_then(|d| d.child("rPr"))
        .and_then(|r| r.child("lang"))
        .and_then(|l| l.attr("val"))
        .map(str::to_string);
    (styles, language)
}

/// A numbering reference: `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>`; numId 0
/// means "no list".
fn num_pr(n: &Element) -> Option<(u32, u8)> {
    let id: u32 = n.child_val("numId")?.parse().ok()?;
    let level: u8 = n.child_val("ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
    (id != 0).then_some((id, level))
}

/// A toggle property (`<w:b/>`, `<w:b w:val="0"/>`), if set.
fn toggle(rpr: &Element, name: &str) -> Option<bool> {
    rpr.child(name).map(|b| !matches!(b.attr("val"), Some("0" | "false" | "off")))
}

/// A paragraph's indents on the start and the end side, in twentieths of a point.
fn indent(ppr: &Element) -> (i64, i64) {
    let Some(ind) = ppr.child("ind") else { return (0, 0) };
    let num = |a: &str, b: &str| ind.attr_q(a).or(ind.attr_q(b)).and_then(|v| v.parse().ok()).unwrap_or(0);
    (num("w:left", "w:start"), num("w:right", "w:end"))
}

fn read_numbering(root: &Element) -> HashMap<u32, HashMap<u8, bool>> {
    let mut abstracts: HashMap<&str, HashMap<u8, bool>> = HashMap::new();
    for a in root.elements().filter(|e| e.local() == "abstractNum") {
        let levels = a
            .elements()
            .filter(|e| e.local() == "lvl")
            .filter_map(|l| {
                let level: u8 = l.attr("ilvl")?.parse().ok()?;
                let format = l.child_val("numFmt").unwrap_or("decimal");
                Some((level, !matches!(format, "bullet" | "none")))
            })
            .collect();
        abstracts.insert(a.attr("abstractNumId").unwrap_or_default(), levels);
    }
    root.elements()
        .filter(|e| e.local() == "num")
        .filter_map(|n| {
            let id: u32 = n.attr("numId")?.parse().ok()?;
            let levels = abstracts.get(n.child_val("abstractNumId")?)?.clone();
            Some((id, levels))
        })
        .collect()
}

fn read_links(root: &Element) -> HashMap<String, String> {
    root.elements()
        .filter(|r| {
            r.attr("TargetMode") == Some("External")
                && r.attr("Type").is_some_and(|t| t.ends_with("/hyperlink"))
        })
        .filter_map(|r| Some((r.attr("Id")?.to_string(), r.attr("Target")?.to_string())))
        .collect()
}

/// The marks a run carries.
#[derive(Debug, Clone, Default)]
struct Marks {
    emph: bool,
    strong: bool,
    link: Option<String>,
}

struct Reader<'a> {
    package: &'a Package,
    source: Source,
    /// Tracked changes not accepted: what, at which paragraph.
    tracked: Vec<(String, usize)>,
    /// Paragraphs with text so far (the reader's numbering).
    count: usize,
    /// Characters of text by language.
    languages: HashMap<String, usize>,
    /// A note's (kind, id) → its index in `source.notes`.
    note_ids: HashMap<(String, String), usize>,
}

impl<'a> Reader<'a> {
    fn body(&mut self) -> Result<(), Unreadable> {
        let package = self.package;
        let body = package
            .document
            .child("body")
            .ok_or_else(|| Unreadable::new("its word/document.xml has no body", "save it again as .docx"))?;
        self.blocks(body);
        if let Some((what, at)) = self.tracked.first() {
            return Err(Unreadable::new(
                format!(
                    "it has {} tracked change{} not yet accepted or rejected, the first ({what}) at paragraph {at}",
                    self.tracked.len(),
                    if self.tracked.len() == 1 { "" } else { "s" }
                ),
                "accept or reject them first (Word: Review › Accept › Accept All Changes; LibreOffice: Edit › Track Changes › Manage › Accept All), save, and import again",
            ));
        }
        Ok(())
    }

    /// The block-level children of the body, a cell or a content control.
    fn blocks(&mut self, parent: &Element) {
        for e in parent.elements() {
            match e.local() {
                "p" => {
                    if let Some(p) = self.paragraph(e) {
                        self.source.parts.push(Part::Para(p));
                    }
                }
                "tbl" => {
                    let table = self.table(e);
                    if table.rows.iter().any(|r| r.iter().any(|c| !c.is_empty())) {
                        self.source.parts.push(Part::Table(table));
                    }
                }
                "sdt" | "customXml" => {
                    if let Some(content) = e.child("sdtContent") {
                        self.blocks(content);
                    } else {
                        self.blocks(e);
                    }
                }
                "ins" | "del" | "moveFrom" | "moveTo" => {
                    self.tracked.push((change_name(e.local()).into(), self.count + 1));
                    self.blocks(e);
                }
                _ => {}
            }
        }
    }

    fn table(&mut self, tbl: &Element) -> Table {
        self.count += 1;
        let at = self.count;
        let mut rows = Vec::new();
        for tr in tbl.elements().filter(|e| e.local() == "tr") {
            let mut cells = Vec::new();
            for tc in tr.elements().filter(|e| e.local() == "tc") {
                let mut ps = Vec::new();
                tc.find_all("p", &mut ps);
                let paragraphs: Vec<Vec<Inline>> =
                    ps.into_iter().map(|p| self.inlines_of(p, &Marks::default()).0).collect();
                let inlines = super::join(paragraphs, false);
                cells.push(inlines);
            }
            rows.push(cells);
        }
        Table { rows, at }
    }

    /// A paragraph with its role, or `None` when it has no text.
    fn paragraph(&mut self, p: &Element) -> Option<Para> {
        let ppr = p.child("pPr");
        let style_id = ppr.and_then(|x| x.child_val("pStyle"));
        for change in ["pPrChange"] {
            if ppr.and_then(|x| x.child(change)).is_some() {
                self.tracked.push(("a change of formatting".into(), self.count + 1));
            }
        }
        if ppr
            .and_then(|x| x.child("rPr"))
            .is_some_and(|r| r.child("ins").is_some() || r.child("del").is_some())
        {
            self.tracked.push(("a paragraph mark inserted or deleted".into(), self.count + 1));
        }
        // A style the document names but never defines: known by its id alone ("Title",
        // "Heading1").
        let named = Style { name: style_id.unwrap_or_default().to_string(), ..Style::default() };
        let mut chain = self.chain(style_id);
        if style_id.is_some_and(|id| !self.package.styles.contains_key(id)) {
            chain.insert(0, &named);
        }
        let base = Marks {
            emph: chain.iter().find_map(|s| s.italic).unwrap_or(false),
            strong: chain.iter().find_map(|s| s.bold).unwrap_or(false),
            link: None,
        };
        let (mut inlines, objects) = self.inlines_of(p, &base);
        super::trim(&mut inlines);
        let has_text = !super::plain(&inlines).trim().is_empty();
        for what in objects {
            self.source.set_aside.push(if has_text {
                format!("{what} at paragraph {}", self.count + 1)
            } else if self.count == 0 {
                format!("{what} before the first paragraph")
            } else {
                format!("{what} after paragraph {}", self.count)
            });
        }
        if !has_text {
            return None;
        }
        self.count += 1;
        let own_num = ppr.and_then(|x| x.child("numPr")).map(num_pr);
        let num = match own_num {
            Some(n) => n,
            None => chain.iter().find_map(|s| s.num),
        };
        let role = self.role(&chain, ppr, num);
        // Emphasis the style gives the whole paragraph (a Title style's bold) is not the text's.
        if role != Role::Body && role != Role::Quote && !matches!(role, Role::Item { .. }) {
            for i in &mut inlines {
                if let Inline::Text { emph, strong, .. } = i {
                    *emph = false;
                    *strong = false;
                }
            }
        }
        Some(Para { role, inlines, at: self.count })
    }

    /// A style and the styles it is based on, nearest first.
    fn chain(&self, id: Option<&str>) -> Vec<&'a Style> {
        let package: &'a Package = self.package;
        let mut out: Vec<&'a Style> = Vec::new();
        let mut next = id.map(str::to_string).or_else(|| Some("Normal".into()));
        while let Some(id) = next {
            let Some(style) = package.styles.get(&id) else { break };
            if out.len() > 32 || out.iter().any(|s| std::ptr::eq(*s, style)) {
                break;
            }
            out.push(style);
            next = style.based_on.clone();
        }
        out
    }

    fn role(&self, chain: &[&Style], ppr: Option<&Element>, num: Option<(u32, u8)>) -> Role {
        if let Some(level) = ppr.and_then(|p| p.child_val("outlineLvl")).and_then(|v| v.parse::<u8>().ok())
            && level < 9
        {
            return Role::Heading(level + 1);
        }
        for style in chain {
            if let Some(role) = Role::named(&style.name.to_lowercase()) {
                return role;
            }
            if let Some(level) = style.outline.filter(|l| *l < 9) {
                return Role::Heading(level + 1);
            }
        }
        if let Some((id, level)) = num
            && let Some(levels) = self.package.numbering.get(&id)
        {
            let numbered = levels.get(&level).copied().unwrap_or(false);
            return Role::Item { numbered, level, list: id };
        }
        let (start, end) = ppr
            .map(indent)
            .filter(|i| *i != (0, 0))
            .unwrap_or_else(|| chain.iter().map(|s| s.indent).find(|i| *i != (0, 0)).unwrap_or_default());
        if start > 0 && end > 0 {
            return Role::Quote;
        }
        Role::Body
    }

    /// The text of a paragraph (or a note's), with the objects it holds that were set aside.
    fn inlines_of(&mut self, p: &Element, base: &Marks) -> (Vec<Inline>, Vec<String>) {
        let mut out = Vec::new();
        let mut objects = Vec::new();
        let mut field: Option<Field> = None;
        self.runs(p, base, &mut out, &mut objects, &mut field);
        (out, objects)
    }

    fn runs(
        &mut self,
        parent: &Element,
        marks: &Marks,
        out: &mut Vec<Inline>,
        objects: &mut Vec<String>,
        field: &mut Option<Field>,
    ) {
        for e in parent.elements() {
            match e.local() {
                "r" => self.run(e, marks, out, objects, field),
                "hyperlink" => {
                    let link = e.attr_q("r:id").and_then(|id| self.package.links.get(id)).cloned();
                    let inner = Marks { link: link.or(marks.link.clone()), ..marks.clone() };
                    self.runs(e, &inner, out, objects, field);
                }
                "ins" | "del" | "moveFrom" | "moveTo" => {
                    self.tracked.push((change_name(e.local()).into(), self.count + 1));
                    if e.local() != "del" && e.local() != "moveFrom" {
                        self.runs(e, marks, out, objects, field);
                    }
                }
                "fldSimple" => {
                    let inner = match hyperlink_target(e.attr("instr").unwrap_or_default()) {
                        Some(url) => Marks { link: Some(url), ..marks.clone() },
                        None => marks.clone(),
                    };
                    self.runs(e, &inner, out, objects, field);
                }
                "smartTag" | "customXml" | "sdt" | "sdtContent" | "dir" | "bdo" => {
                    self.runs(e, marks, out, objects, field);
                }
                "commentRangeStart" => objects.push("a comment".into()),
                _ => {}
            }
        }
    }

    fn run(
        &mut self,
        r: &Element,
        marks: &Marks,
        out: &mut Vec<Inline>,
        objects: &mut Vec<String>,
        field: &mut Option<Field>,
    ) {
        let rpr = r.child("rPr");
        if rpr.and_then(|x| x.child("rPrChange")).is_some() {
            self.tracked.push(("a change of formatting".into(), self.count + 1));
        }
        let char_style = rpr.and_then(|x| x.child_val("rStyle")).unwrap_or_default().to_lowercase();
        let emph = rpr.and_then(|x| toggle(x, "i")).unwrap_or(marks.emph || char_style.contains("emphasis"));
        let strong =
            rpr.and_then(|x| toggle(x, "b")).unwrap_or(marks.strong || char_style.contains("strong"));
        if rpr.and_then(|x| toggle(x, "vanish")) == Some(true) {
            return;
        }
        let language = rpr
            .and_then(|x| x.child("lang"))
            .and_then(|l| l.attr("val"))
            .map(str::to_string)
            .or_else(|| self.package.default_language.clone());
        for e in r.elements() {
            let link = field.as_ref().and_then(|f| f.link.clone()).or(marks.link.clone());
            let text = |t: &str, out: &mut Vec<Inline>| push_text(out, t, emph, strong, link.as_deref());
            match e.local() {
                "t" => {
                    if field.as_ref().is_some_and(|f| f.in_instruction) {
                        continue;
                    }
                    let t = e.text();
                    if let Some(lang) = &language {
                        *self.languages.entry(lang.clone()).or_default() += t.chars().count();
                    }
                    text(&t, out);
                }
                "instrText" => {
                    if let Some(f) = field.as_mut() {
                        f.instruction.push_str(&e.text());
                    }
                }
                "fldChar" => match e.attr("fldCharType") {
                    Some("begin") => *field = Some(Field { in_instruction: true, ..Field::default() }),
                    Some("separate") => {
                        if let Some(f) = field.as_mut() {
                            f.in_instruction = false;
                            f.link = hyperlink_target(&f.instruction);
                        }
                    }
                    Some("end") => *field = None,
                    _ => {}
                },
                "tab" | "br" | "cr" => text(" ", out),
                "noBreakHyphen" => text("\u{2011}", out),
                "sym" => {
                    if let Some(c) =
                        e.attr("char").and_then(|c| u32::from_str_radix(c, 16).ok()).and_then(char::from_u32)
                    {
                        text(&c.to_string(), out);
                    }
                }
                "footnoteReference" | "endnoteReference" => {
                    let kind = if e.local() == "footnoteReference" { "footnote" } else { "endnote" };
                    let key = (kind.to_string(), e.attr("id").unwrap_or_default().to_string());
                    if let Some(index) = self.note(&key) {
                        out.push(Inline::Note(index));
                    }
                }
                "drawing" | "pict" | "object" | "AlternateContent" => {
                    let name = object_name(e);
                    if name.starts_with("an image") {
                        let mut pr = Vec::new();
                        e.find_all("docPr", &mut pr);
                        let mut blips = Vec::new();
                        e.find_all("blip", &mut blips);
                        let part = blips
                            .first()
                            .and_then(|b| b.attr_q("r:embed"))
                            .and_then(|id| self.package.media.get(id))
                            .cloned();
                        self.source.images.push(super::Image {
                            at: self.count + 1,
                            name: pr.first().and_then(|d| d.attr("name")).unwrap_or("unnamed").to_string(),
                            alt: pr
                                .first()
                                .and_then(|d| d.attr("descr").or(d.attr("title")))
                                .map(str::to_string),
                            part,
                        });
                    }
                    objects.push(name);
                }
                "commentReference" => {}
                _ => {}
            }
        }
    }

    /// A note's index in the source, read the first time it is marked.
    fn note(&mut self, key: &(String, String)) -> Option<usize> {
        if let Some(i) = self.note_ids.get(key) {
            return Some(*i);
        }
        let package = self.package;
        let element = package.notes.get(key)?;
        let mut paragraphs = Vec::new();
        for p in element.elements().filter(|e| e.local() == "p") {
            let (runs, objects) = self.inlines_of(p, &Marks::default());
            for o in objects {
                self.source.set_aside.push(format!("{o} in a {}", key.0));
            }
            paragraphs.push(runs);
        }
        let text = super::join(paragraphs, true);
        let index = self.source.notes.len();
        self.source.notes.push(text);
        self.note_ids.insert(key.clone(), index);
        Some(index)
    }
}

/// A complex field being read (`w:fldChar` begin, its instruction, separate, its result, end).
#[derive(Debug, Default)]
struct Field {
    in_instruction: bool,
    instruction: String,
    link: Option<String>,
}

/// A HYPERLINK field's address: `HYPERLINK "https://…"` (not `\l`, a place in the document).
fn hyperlink_target(instruction: &str) -> Option<String> {
    let rest = instruction.trim().strip_prefix("HYPERLINK")?.trim();
    if rest.starts_with("\\l") {
        return None;
    }
    let url = rest.strip_prefix('"')?.split('"').next()?;
    Some(url.to_string())
}

fn change_name(local: &str) -> &'static str {
    match local {
        "ins" => "an insertion",
        "del" => "a deletion",
        _ => "a move",
    }
}

/// What an object in a run is: a text box (its text not read), an image, another object.
fn object_name(e: &Element) -> String {
    let mut boxes = Vec::new();
    e.find_all("txbxContent", &mut boxes);
    if let Some(b) = boxes.first() {
        let text: String = b.text().chars().take(40).collect();
        return format!("a text box (\"{}\")", text.trim());
    }
    let mut names = Vec::new();
    e.find_all("docPr", &mut names);
    match names.first().and_then(|d| d.attr("name")) {
        Some(name) => format!("an image ({name})"),
        None => "an image or object".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hyperlink_field_gives_its_address_and_a_bookmark_none() {
        assert_eq!(
            super::hyperlink_target(" HYPERLINK \"https://example.org/a\" "),
            Some("https://example.org/a".into())
        );
        assert_eq!(super::hyperlink_target("HYPERLINK \\l \"_Toc1\""), None);
        assert_eq!(super::hyperlink_target("PAGE"), None);
    }
}
