//! A kit as a Word document, for a translator with only a word processor: a table of three
//! columns (the unit, the reference's text with its notes, the translation), which they fill in
//! Word or LibreOffice. Emphasis is italic, strong emphasis bold, links are links; placeables
//! and footnote marks are grey (`{ $count }`, `[^count]`) and must be kept as they are written.
//! The document says it is a kit in its custom properties (`publish-kit`, the document, the
//! languages), which Word and LibreOffice keep when they save.
//!
//! Read back, only the third column is read, row by row by the unit in the first: its runs'
//! italic, bold and links become the notation again, and text in braces or `[^…]` becomes the
//! code it writes, styled grey or not.
//!
//! Owns: the Word form of a kit. Must not: know Fluent files.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Read, Write};

use super::apply::{Filled, FilledUnit, Piece, Problem};
use super::codes::{Code, CodeKind, Tok};
use super::{KIT_VERSION, Kit, Unit, esc};
use crate::draft::xml::{self, Element};

/// The custom property that makes a document a kit (its value: the kit's version).
const KIT_PROPERTY: &str = "publish-kit";

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// How a cell's text is written: its language, its direction.
struct Side<'a> {
    lang: &'a str,
    rtl: bool,
}

fn run_props(side: &Side<'_>, code: bool, emph: bool, strong: bool, link: bool, small: bool) -> String {
    let mut p = String::from("<w:rPr>");
    if code {
        p.push_str("<w:rStyle w:val=\"PublishCode\"/>");
    } else if link {
        p.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
    }
    if strong {
        p.push_str("<w:b/><w:bCs/>");
    }
    if emph {
        p.push_str("<w:i/><w:iCs/>");
    }
    if small {
        p.push_str("<w:color w:val=\"595959\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>");
    }
    if side.rtl {
        p.push_str("<w:rtl/>");
        let _ = write!(p, "<w:lang w:bidi=\"{}\"/>", esc(side.lang));
    } else {
        let _ = write!(p, "<w:lang w:val=\"{}\"/>", esc(side.lang));
    }
    p.push_str("</w:rPr>");
    p
}

fn run(props: &str, text: &str) -> String {
    // A code on several lines (a select the kit keeps whole) shows its lines.
    let lines: Vec<String> =
        text.split('\n').map(|l| format!("<w:t xml:space=\"preserve\">{}</w:t>", esc(l))).collect();
    format!("<w:r>{props}{}</w:r>", lines.join("<w:br/>"))
}

/// A paragraph of a cell from a unit's pieces; links are added to `rels`.
fn paragraph(toks: &[Tok], codes: &[Code], side: &Side<'_>, rels: &mut Vec<String>) -> String {
    let mut out = String::from("<w:p>");
    out.push_str(&paragraph_props(side));
    let (mut emph, mut strong, mut link) = (0usize, 0usize, false);
    for t in toks {
        match t {
            Tok::Text(s) => out.push_str(&run(&run_props(side, false, emph > 0, strong > 0, link, false), s)),
            // A code in right-to-left text is isolated left to right, so that its braces and
            // marks show as they are written (the isolates are taken out when it is read).
            Tok::Ph(k) if side.rtl => out.push_str(&run(
                &run_props(side, true, emph > 0, strong > 0, false, false),
                &format!("\u{2066}{}\u{2069}", codes[*k].start),
            )),
            Tok::Ph(k) => out
                .push_str(&run(&run_props(side, true, emph > 0, strong > 0, false, false), &codes[*k].start)),
            Tok::Open(k) => match codes[*k].kind {
                CodeKind::Emph => emph += 1,
                CodeKind::Strong => strong += 1,
                CodeKind::Link => {
                    let url = codes[*k].end.trim_start_matches("](").trim_end_matches(')').to_string();
                    rels.push(url);
                    let _ = write!(out, "<w:hyperlink r:id=\"rIdLink{}\">", rels.len());
                    link = true;
                }
                _ => {}
            },
            Tok::Close(k) => match codes[*k].kind {
                CodeKind::Emph => emph = emph.saturating_sub(1),
                CodeKind::Strong => strong = strong.saturating_sub(1),
                CodeKind::Link => {
                    out.push_str("</w:hyperlink>");
                    link = false;
                }
                _ => {}
            },
        }
    }
    if link {
        out.push_str("</w:hyperlink>");
    }
    out.push_str("</w:p>");
    out
}

fn paragraph_props(side: &Side<'_>) -> String {
    if side.rtl { "<w:pPr><w:bidi/></w:pPr>".to_string() } else { String::new() }
}

fn cell(width: u32, body: &str, shade: bool) -> String {
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{}</w:tcPr>{body}</w:tc>",
        if shade { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>" } else { "" }
    )
}

/// Column widths (twentieths of a point) on A4 with 2 cm margins: the unit, the two texts.
const WIDTHS: [u32; 3] = [1700, 3970, 3970];

fn row(u: &Unit, kit: &Kit, rels: &mut Vec<String>) -> String {
    let source_side = Side { lang: &kit.source, rtl: false };
    let target_side = Side { lang: &kit.target, rtl: kit.target_rtl };
    let note_side = Side { lang: "en", rtl: false };
    let id = format!("<w:p>{}</w:p>", run(&run_props(&note_side, false, false, false, false, true), &u.id));
    let mut source = paragraph(&u.source, &u.codes, &source_side, rels);
    for n in &u.notes {
        let _ = write!(
            source,
            "<w:p>{}</w:p>",
            run(
                &run_props(&note_side, false, true, false, false, true),
                &format!("{}: {}", n.category, n.text)
            )
        );
    }
    let target = match &u.target {
        Some(t) => paragraph(t, &u.codes, &target_side, rels),
        None => format!("<w:p>{}</w:p>", paragraph_props(&target_side)),
    };
    format!(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}{}</w:tr>",
        cell(WIDTHS[0], &id, true),
        cell(WIDTHS[1], &source, true),
        cell(WIDTHS[2], &target, false)
    )
}

fn document(kit: &Kit, rels: &mut Vec<String>) -> String {
    let plain = Side { lang: "en", rtl: false };
    let p = |text: &str, style: &str| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{}</w:p>",
            run(&run_props(&plain, false, false, false, false, false), text)
        )
    };
    let mut body = String::new();
    body.push_str(&p(
        &format!("Translation of “{}”: {} → {}", kit.statement, kit.source, kit.target),
        "Title",
    ));
    for line in [
        "Write the translation of each text in the right-hand column, in the row's own cell. Leave the other columns as they are.",
        "Keep the grey codes exactly as they are written: { $name } is a value publish puts in (a number, a date, a name), [^name] marks where a footnote belongs. Move them where the sentence needs them.",
        "Italic, bold and links are kept as you set them. Rows with a plural form (one, few, many, other…) each take the sentence for that kind of number.",
        "Save the document as .docx, and send it back: `publish import` takes it.",
    ] {
        body.push_str(&p(line, "Normal"));
    }
    let header = |text: &str, w: u32| {
        cell(
            w,
            &format!("<w:p>{}</w:p>", run(&run_props(&plain, false, false, true, false, false), text)),
            true,
        )
    };
    let _ = write!(
        body,
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>{}</w:tblGrid>",
        WIDTHS.iter().sum::<u32>(),
        WIDTHS.iter().map(|w| format!("<w:gridCol w:w=\"{w}\"/>")).collect::<String>()
    );
    let _ = write!(
        body,
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{}{}{}</w:tr>",
        header("Unit", WIDTHS[0]),
        header(&format!("Reference ({})", kit.source), WIDTHS[1]),
        header(&format!("Translation ({})", kit.target), WIDTHS[2])
    );
    for u in kit.units().filter(|u| u.translate) {
        body.push_str(&row(u, kit, rels));
    }
    body.push_str("</w:tbl><w:p/>");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Sans Arabic" w:eastAsia="Noto Sans"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="character" w:styleId="PublishCode"><w:name w:val="Publish Code"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="555555"/><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

/// The kit as a .docx (the same kit gives the same bytes: no dates, entries in one order).
pub fn write(kit: &Kit) -> Vec<u8> {
    let mut rels = Vec::new();
    let document = document(kit, &mut rels);
    let mut doc_rels = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    );
    for (k, url) in rels.iter().enumerate() {
        let _ = write!(
            doc_rels,
            "<Relationship Id=\"rIdLink{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            k + 1,
            esc(url)
        );
    }
    doc_rels.push_str("</Relationships>");
    let property = |pid: u32, name: &str, value: &str| {
        format!(
            "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{pid}\" name=\"{name}\"><vt:lpwstr>{}</vt:lpwstr></property>",
            esc(value)
        )
    };
    let custom = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">{}{}{}{}</Properties>",
        property(2, KIT_PROPERTY, KIT_VERSION),
        property(3, "publish-statement", &kit.statement),
        property(4, "publish-source", &kit.source),
        property(5, "publish-target", &kit.target)
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
        esc(&format!("Translation kit: {} ({} → {})", kit.statement, kit.source, kit.target)),
        esc(&kit.target)
    );
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>".to_string()),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>".to_string()),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES.to_string()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("docProps/core.xml", core),
        ("docProps/custom.xml", custom),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        zip.start_file(name, options).expect("writing into memory");
        zip.write_all(text.as_bytes()).expect("writing into memory");
    }
    zip.finish().expect("writing into memory").into_inner()
}

/// A part of the package, parsed.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Element>, String> {
    let Some(index) = zip.index_for_name(name) else { return Ok(None) };
    let mut file = zip.by_index(index).map_err(|e| format!("its part {name} cannot be read: {e}"))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| format!("its part {name} cannot be read: {e}"))?;
    xml::parse(&bytes).map(Some).map_err(|why| format!("its part {name} cannot be read: {why}"))
}

fn open(bytes: &[u8]) -> Result<zip::ZipArchive<Cursor<&[u8]>>, String> {
    crate::project::disk::zip_within_limits(bytes, "a kit", "a translation kit")?;
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("it is not a ZIP file as a .docx is: {e}"))
}

/// The document's custom properties, by name.
fn properties(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<HashMap<String, String>, String> {
    let Some(root) = part(zip, "docProps/custom.xml")? else { return Ok(HashMap::new()) };
    Ok(root
        .elements()
        .filter(|e| e.local() == "property")
        .map(|e| (e.attr("name").unwrap_or_default().to_string(), e.text()))
        .collect())
}

/// Whether bytes are a Word document that says it is a kit.
pub fn is_kit(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK")
        && open(bytes).and_then(|mut z| properties(&mut z)).is_ok_and(|p| p.contains_key(KIT_PROPERTY))
}

/// What a kit says of itself.
pub fn header(bytes: &[u8]) -> Result<Filled, String> {
    let mut zip = open(bytes)?;
    let p = properties(&mut zip)?;
    let get = |k: &str| p.get(k).cloned();
    Ok(Filled {
        statement: get("publish-statement"),
        version: get(KIT_PROPERTY),
        source: get("publish-source").unwrap_or_default(),
        target: get("publish-target").ok_or("its properties name no target language (publish-target)")?,
        ..Filled::default()
    })
}

/// A stretch of a cell's text with one look: its words, italic, bold, the address it links to.
#[derive(Debug, Clone, PartialEq)]
struct Stretch {
    text: String,
    emph: bool,
    strong: bool,
    link: Option<String>,
}

/// Whether a run property is on (`<w:b/>`, not `<w:b w:val="0"/>`).
fn on(props: Option<&Element>, name: &str) -> bool {
    props
        .and_then(|p| p.child(name))
        .is_some_and(|e| !matches!(e.attr("val"), Some("0" | "false" | "off" | "none")))
}

/// The stretches of a paragraph (runs, links, insertions, fields' results, content controls).
fn stretches(e: &Element, link: Option<&str>, links: &HashMap<String, String>, out: &mut Vec<Stretch>) {
    for c in e.elements() {
        match c.local() {
            "r" => {
                let props = c.child("rPr");
                let (emph, strong) = (on(props, "i"), on(props, "b"));
                for t in c.elements() {
                    let text = match t.local() {
                        // Isolates are what the kit put around codes in right-to-left text;
                        // publish refuses them in messages.
                        "t" => t.text().chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect(),
                        "tab" => "\t".into(),
                        "br" | "cr" => " ".into(),
                        "noBreakHyphen" => "\u{2011}".into(),
                        _ => continue,
                    };
                    out.push(Stretch { text, emph, strong, link: link.map(str::to_string) });
                }
            }
            "hyperlink" => {
                // A link without an address (a word processor's leftover) is no link.
                let url = c
                    .attr_q("r:id")
                    .or_else(|| c.attr("id"))
                    .and_then(|id| links.get(id))
                    .map(String::as_str)
                    .filter(|u| !u.trim().is_empty());
                stretches(c, url.or(link), links, out);
            }
            "ins" | "smartTag" | "sdt" | "sdtContent" | "fldSimple" | "customXml" => {
                stretches(c, link, links, out);
            }
            _ => {}
        }
    }
}

/// Where the codes a translator sees are in words: `{ … }` (braces balanced), `[^name]`,
/// `<https://…>`.
fn split_codes(text: &str) -> Vec<(bool, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(bool, String)> = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        let end = match chars[i] {
            '{' => {
                let mut depth = 0;
                let mut found = None;
                for (k, &c) in chars.iter().enumerate().skip(i) {
                    if c == '{' {
                        depth += 1;
                    } else if c == '}' {
                        depth -= 1;
                        if depth == 0 {
                            found = Some(k + 1);
                            break;
                        }
                    }
                }
                found
            }
            '[' if chars.get(i + 1) == Some(&'^') => {
                chars[i..].iter().position(|&c| c == ']').map(|k| i + k + 1)
            }
            '<' => chars[i..]
                .iter()
                .position(|&c| c == '>' || c.is_whitespace())
                .filter(|&k| chars[i + k] == '>')
                .map(|k| i + k + 1),
            _ => None,
        };
        match end {
            Some(e) => {
                if !plain.is_empty() {
                    out.push((false, std::mem::take(&mut plain)));
                }
                out.push((true, chars[i..e].iter().collect()));
                i = e;
            }
            None => {
                plain.push(chars[i]);
                i += 1;
            }
        }
    }
    if !plain.is_empty() {
        out.push((false, plain));
    }
    out
}

fn code_for(text: &str) -> Code {
    let kind = if text.starts_with("[^") {
        CodeKind::Footnote
    } else if text.starts_with('<') {
        CodeKind::Autolink
    } else if super::codes::is_marker(text) {
        CodeKind::Select
    } else {
        CodeKind::Placeable
    };
    Code { kind, start: text.to_string(), end: String::new() }
}

/// Stretches as pieces: the notation's pairs opened and closed where the look changes.
fn pieces(stretches: &[Stretch]) -> Vec<Piece> {
    // Runs of one look together first: a word processor splits text into runs as it likes, and
    // a code (`{ $count }`) may lie across several.
    let mut joined: Vec<Stretch> = Vec::new();
    for s in stretches {
        match joined.last_mut() {
            Some(last) if last.emph == s.emph && last.strong == s.strong && last.link == s.link => {
                last.text.push_str(&s.text);
            }
            _ => joined.push(s.clone()),
        }
    }
    let stretches = joined.as_slice();
    let link_code = |url: &str| Code { kind: CodeKind::Link, start: "[".into(), end: format!("]({url})") };
    let emph = Code { kind: CodeKind::Emph, start: "*".into(), end: "*".into() };
    let strong = Code { kind: CodeKind::Strong, start: "**".into(), end: "**".into() };
    let mut out = Vec::new();
    // What is open, outermost first.
    let mut open: Vec<Code> = Vec::new();
    // White space between stretches: written where pairs close and open, never inside a pair's
    // edge (`*word *` is no emphasis in the notation).
    let mut pending = String::new();
    for s in stretches {
        let core = s.text.trim();
        let start = s.text.len() - s.text.trim_start().len();
        pending.push_str(&s.text[..start]);
        if core.is_empty() {
            continue;
        }
        let mut want: Vec<Code> = Vec::new();
        if let Some(u) = &s.link {
            want.push(link_code(u));
        }
        if s.strong {
            want.push(strong.clone());
        }
        if s.emph {
            want.push(emph.clone());
        }
        let keep = open.iter().zip(&want).take_while(|(a, b)| a == b).count();
        while open.len() > keep {
            out.push(Piece::End(open.pop().expect("open")));
        }
        if !pending.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut pending)));
        }
        for c in &want[keep..] {
            out.push(Piece::Start(c.clone()));
            open.push(c.clone());
        }
        for (code, text) in split_codes(core) {
            out.push(if code { Piece::Alone(code_for(&text)) } else { Piece::Text(text) });
        }
        pending.push_str(&s.text[start + core.len()..]);
    }
    while let Some(c) = open.pop() {
        out.push(Piece::End(c));
    }
    if !pending.is_empty() {
        out.push(Piece::Text(pending));
    }
    out
}

/// Reads a filled Word kit; `kit` is the project's kit now.
pub fn read(bytes: &[u8], shown: &str, kit: &Kit) -> Result<Filled, String> {
    let mut filled = header(bytes)?;
    let mut zip = open(bytes)?;
    let document = part(&mut zip, "word/document.xml")?.ok_or("it has no word/document.xml")?;
    let links: HashMap<String, String> = part(&mut zip, "word/_rels/document.xml.rels")?
        .map(|r| {
            r.elements()
                .filter(|e| e.attr("TargetMode") == Some("External"))
                .map(|e| {
                    (
                        e.attr("Id").unwrap_or_default().to_string(),
                        e.attr("Target").unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut tables = Vec::new();
    document.find_all("tbl", &mut tables);
    let Some(table) = tables.first() else {
        return Err("it has no table: the kit's table was deleted".into());
    };
    let units = kit.by_id();
    let mut row_number = 0;
    for tr in table.elements().filter(|e| e.local() == "tr") {
        row_number += 1;
        if row_number == 1 {
            continue;
        }
        let cells: Vec<&Element> = tr.elements().filter(|e| e.local() == "tc").collect();
        let where_ = format!("{shown}, row {row_number} of the table");
        let id = cells.first().map(|c| c.text().trim().to_string()).unwrap_or_default();
        let Some(known) = units.get(id.as_str()).copied() else {
            filled.problems.push(Problem {
                unit: id.clone(),
                place: None,
                shown: Some(where_),
                message: if id.is_empty() {
                    "the row has no unit in its first column".into()
                } else {
                    format!("the project has no unit `{id}` (its first column was changed, or the kit is of another version of the document)")
                },
            });
            continue;
        };
        let Some(target) = cells.get(2) else {
            filled.problems.push(Problem {
                unit: id.clone(),
                place: None,
                shown: Some(where_),
                message: "the row has no third column (the translation's)".into(),
            });
            continue;
        };
        let mut all = Vec::new();
        for (k, p) in target.elements().filter(|e| e.local() == "p").enumerate() {
            if k > 0 {
                all.push(Stretch { text: " ".into(), emph: false, strong: false, link: None });
            }
            stretches(p, None, &links, &mut all);
        }
        let mut got = pieces(&all);
        // A code the source writes is the source's (a link's address stays as the kit gave it
        // unless the translator changed it).
        for p in &mut got {
            if let Piece::Alone(c) = p
                && let Some(same) = known.codes.iter().find(|k| k.same_as(c))
            {
                *c = same.clone();
            }
        }
        let has_words = got.iter().any(|p| !matches!(p, Piece::Text(t) if t.trim().is_empty()));
        // The reference's text as the kit gave it: its first paragraph (the notes follow).
        let mut source = Vec::new();
        if let Some(p) = cells.get(1).and_then(|c| c.elements().find(|e| e.local() == "p")) {
            stretches(p, None, &links, &mut source);
        }
        filled.units.push(FilledUnit {
            id,
            target: has_words.then_some(got),
            state: None,
            place: None,
            shown: where_,
            stale: !super::apply::same(&pieces(&source), &super::apply::pieces(known, &known.source)),
            exported: None,
        });
    }
    Ok(filled)
}
