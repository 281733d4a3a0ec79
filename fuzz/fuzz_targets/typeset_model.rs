//! Layouts from hostile models: the built-in statement's model, changed field by field by the
//! input, typeset by the built-in layouts (handout, large-print) on both papers and themes, with
//! the page checks and the PDF export. Any panic is a bug: a model a layout cannot set must
//! become diagnostics.
//!
//! The input is a list of edits, each an operation byte, a length (two bytes, little-endian)
//! and that many bytes of text (read as UTF-8, invalid bytes replaced): texts, lists, entries
//! added, removed or multiplied (to 2,000), notes, groups, countries, affiliations, headings,
//! quotations, emphasis and footnotes, contact blocks, the page label, language, region,
//! layout (handout, large-print, open-letter), paper, theme, bleed, marks.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use publish::model::{Block, Document, EntryNote, Group, Inline, Rich, Segment};
use publish::project::{self, Root};
use publish::request::{Paper, Theme};
use publish::typeset::{self, world::Fonts};

struct Base {
    docs: Vec<Document>,
    fonts: Arc<Fonts>,
}

fn base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let project = project::load(Root::Builtin).expect("the built-in project loads");
        let config = &project.config;
        let languages = config.languages();
        let (catalog, _) = publish::l10n::load(&project.root, config, &languages);
        let options = publish::model::Options {
            allow_fallback: true,
            ..Default::default()
        };
        let docs = languages.iter().map(|l| publish::model::build(config, &catalog, l, &options).0).collect();
        let (files, _) = project::fonts::font_files(&project.root);
        let (fonts, _) = Fonts::load(&files, false);
        Base { docs, fonts: Arc::new(fonts) }
    })
}

const MAX_ENTRIES: usize = 2000;

fn text_span(text: String) -> Inline {
    Inline::Text { text, emph: false, strong: false, link: None }
}

fuzz_target!(|data: &[u8]| {
    let base = base();
    let mut doc = base.docs[data.first().map_or(0, |b| *b as usize) % base.docs.len()].clone();
    let mut layout = "handout";
    let mut notes = 0;
    let mut at = 1;
    while at + 3 <= data.len() {
        let op = data[at];
        let len = u16::from_le_bytes([data[at + 1], data[at + 2]]) as usize;
        let end = (at + 3 + len).min(data.len());
        let text = String::from_utf8_lossy(&data[at + 3..end]).into_owned();
        let index = len;
        at = end;
        let groups = doc.signatories.groups.len();
        let g = index % groups.max(1);
        let n = doc.signatories.groups.get(g).map_or(0, |g| g.entries.len());
        let total: usize = doc.signatories.groups.iter().map(|g| g.entries.len()).sum();
        match op % 32 {
            0 => doc.kicker = Some(text),
            1 => doc.title = Some(text),
            2 => doc.dateline = Some(text),
            3 => doc.author = Some(text),
            4 => {
                let paragraphs: Vec<&mut Block> =
                    doc.blocks.iter_mut().filter(|b| matches!(b, Block::Paragraph { .. })).collect();
                let count = paragraphs.len();
                if let Some(Block::Paragraph { text: t, spans, .. }) = paragraphs.into_iter().nth(index % count.max(1)) {
                    *t = text.clone();
                    *spans = vec![text_span(text)];
                }
            }
            5 => {
                if let Some(Block::List { items, .. }) = doc.blocks.iter_mut().find(|b| matches!(b, Block::List { .. })) {
                    let rich = Rich { text: text.clone(), spans: vec![text_span(text)] };
                    if items.is_empty() {
                        items.push(rich);
                    } else {
                        let i = index % items.len();
                        items[i] = rich;
                    }
                }
            }
            6 if n > 0 => doc.signatories.groups[g].entries[index % n].name = text,
            7 if n > 0 => {
                let mark = publish::model::note_mark(notes);
                notes += 1;
                doc.signatories.notes.push(EntryNote { mark: mark.clone(), text, shared: false });
                doc.signatories.groups[g].entries[index % n].note = Some(mark);
            }
            8 if n > 0 && total < MAX_ENTRIES => {
                let mut e = doc.signatories.groups[g].entries[0].clone();
                e.id = format!("sig-fuzz-{total}");
                e.name = text;
                e.note = None;
                doc.signatories.groups[g].entries.push(e);
            }
            9 if n > 0 => {
                let copies = (text.len() * 16).min(MAX_ENTRIES.saturating_sub(total));
                let list = doc.signatories.groups[g].entries.clone();
                for i in 0..copies {
                    doc.signatories.groups[g].entries.push(list[i % list.len()].clone());
                }
            }
            10 if n > 0 => {
                doc.signatories.groups[g].entries.remove(index % n);
            }
            11 => doc.signatories.heading = Some(text),
            12 => doc.signatories.lead = Some(text),
            13 => {
                doc.furniture.page_label = text
                    .split('%')
                    .enumerate()
                    .map(|(i, s)| match (i % 2, s) {
                        (1, "page") | (1, "pages") => Segment::Field { field: s.to_string() },
                        _ => Segment::Text { text: s.to_string() },
                    })
                    .collect()
            }
            14 => doc.furniture.running_footer = text,
            15 => layout = ["handout", "large-print", "open-letter"][index % 3],
            16 => doc.paper = if index % 2 == 0 { Paper::A4 } else { Paper::UsLetter },
            17 => doc.print.theme = if index % 2 == 0 { Theme::Default } else { Theme::Contrast },
            18 => doc.print.bleed_mm = (index % 21) as f64,
            19 => doc.print.marks = index % 2 == 1,
            20 => doc.lang = text,
            21 => doc.region = (!text.is_empty()).then_some(text),
            22 => doc.blocks.push(Block::Paragraph { id: "fuzz".into(), text: text.clone(), spans: vec![text_span(text)] }),
            23 => doc.blocks.clear(),
            24 => doc.blocks.push(Block::Heading { level: 2 + (index % 2) as u8, text }),
            25 => doc.blocks.push(Block::Quote {
                lead: (index % 3 == 0).then(|| Rich { text: text.clone(), spans: vec![text_span(text.clone())] }),
                text: text.clone(),
                spans: vec![text_span(text.clone())],
                attribution: (index % 2 == 0).then_some(text),
            }),
            26 => doc.blocks.push(Block::Paragraph {
                id: "fuzz".into(),
                text: text.clone(),
                spans: vec![
                    Inline::Text { text: text.clone(), emph: index % 2 == 0, strong: index % 3 == 0, link: None },
                    Inline::Note { number: index % 1000, spans: vec![text_span(text)] },
                ],
            }),
            27 => doc.signatories.groups.push(Group {
                heading: (!text.is_empty()).then_some(text),
                note: None,
                entries: base.docs[0].signatories.groups[0].entries.iter().take(index % 40).cloned().collect(),
            }),
            28 if n > 0 => doc.signatories.groups[g].entries[index % n].country = Some(text),
            29 if n > 0 => doc.signatories.groups[g].entries[index % n].affiliation = Some(text),
            30 => doc.blocks.push(Block::List {
                numbered: index % 2 == 0,
                lead: None,
                items: vec![Rich { text: text.clone(), spans: vec![text_span(text)] }; 1 + index % 12],
            }),
            31 => doc.blocks.push(Block::Contact { label: (index % 2 == 0).then(|| text.clone()), name: text, role: None, email: Some("a@example.org".into()), phone: None, tel: None }),
            _ => {}
        }
    }
    let Ok(layout) = project::layout::find_layout(&Root::Builtin, layout) else { return };
    let date = typst::foundations::Datetime::from_ymd(2025, 1, 16).expect("a date");
    let (document, _) = typeset::compile(base.fonts.clone(), Arc::new(layout), &doc, date, Arc::new(Vec::new()));
    if let Some(document) = document {
        let _ = typeset::check(&document, &doc);
        let standards = [typst_pdf::PdfStandard::A_2b, typst_pdf::PdfStandard::Ua_1];
        let _ = typeset::pdf(&document, "fuzz", date, &standards);
    }
    // Typst's memoization would keep every input's layout for ever: forget what the last runs
    // did not use, as `publish watch` does between builds.
    comemo::evict(2);
});
