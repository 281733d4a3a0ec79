//! An XML part of a document (a .docx's word/document.xml, an .odt's content.xml) read by
//! quick-xml into a small tree, so that the readers can walk paragraphs, tables and notes as the
//! format nests them.
//!
//! Hostile input is refused, not read: a document type declaration (the way to an entity bomb;
//! Word and LibreOffice never write one), an entity other than XML's five, nesting deeper than
//! `MAX_DEPTH` (the readers walk the tree recursively).
//!
//! Owns: the tree. Must not: know what any element means.

use quick_xml::events::Event;

/// The deepest nesting read: a table in a table in a text box is a few dozen levels; a hostile
/// file nests millions, which a recursive reader would not survive.
const MAX_DEPTH: usize = 256;

/// An element: its name as written (`w:p`), its attributes, its children.
#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    /// The byte offset of its start tag in the part.
    pub at: usize,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A child: an element or text.
#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

impl Element {
    /// The name without its prefix (`p` for `w:p`).
    pub fn local(&self) -> &str {
        local(&self.name)
    }

    /// An attribute by its local name (`val` for `w:val`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| local(k) == name).map(|(_, v)| v.as_str())
    }

    /// An attribute by its name as written (`r:id`, `xlink:href`).
    pub fn attr_q(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element of a local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.local() == name)
    }

    /// The value attribute (`val`) of a child: `<w:pStyle w:val="Title"/>`.
    pub fn child_val(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr("val"))
    }

    /// Every descendant element of a local name, in document order (not below a match).
    pub fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.local() == name {
                out.push(e);
            } else {
                e.find_all(name, out);
            }
        }
    }

    /// All the text below, in order.
    pub fn text(&self) -> String {
        fn walk(e: &Element, out: &mut String) {
            for n in &e.children {
                match n {
                    Node::Text(t) => out.push_str(t),
                    Node::Element(c) => walk(c, out),
                }
            }
        }
        let mut out = String::new();
        walk(self, &mut out);
        out
    }
}

/// Reads a part's XML into its root element; the error says what is wrong, for "`part`: …".
pub fn parse(bytes: &[u8]) -> Result<Element, String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().expand_empty_elements = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let at = reader.buffer_position();
        let event =
            reader.read_event().map_err(|e| format!("it is not well-formed XML at byte {at}: {e}"))?;
        match event {
            Event::Start(s) => {
                if stack.len() > MAX_DEPTH {
                    return Err(format!("its elements nest more than {MAX_DEPTH} deep at byte {at}"));
                }
                let name: String = String::from(s.name().as_ref());
                let mut attrs = Vec::new();
                for a in s.attributes().with_checks(false).flatten() {
                    let key: String = String::from(a.key.as_ref());
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| format!("an attribute of <{name}> at byte {at} cannot be read: {e}"))?;
                    attrs.push((key, value.into_owned()));
                }
                stack.push(Element {
                    name,
                    at: usize::try_from(at).unwrap_or(usize::MAX),
                    attrs,
                    children: Vec::new(),
                });
            }
            Event::End(_) => {
                let done = stack.pop().expect("an open element");
                let Some(parent) = stack.last_mut() else {
                    return Err(format!("it closes an element it never opened at byte {at}"));
                };
                parent.children.push(Node::Element(done));
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.into_inner()),
            Event::GeneralRef(r) => {
                let text = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .ok()
                        .flatten()
                        .map(String::from)
                        .ok_or_else(|| format!("it has a broken character reference at byte {at}"))?
                } else {
                    let name = r.xml10_content();
                    quick_xml::escape::resolve_predefined_entity(&name)
                        .map(String::from)
                        .ok_or_else(|| format!("it uses the entity &{name}; at byte {at}, which XML does not define (an entity of its own: publish reads none)"))?
                };
                push_text(&mut stack, &text);
            }
            Event::DocType(_) => {
                return Err(format!(
                    "it declares a document type at byte {at} (office software never writes one; it is how an entity bomb starts)"
                ));
            }
            Event::Eof => break,
            Event::Empty(_) | Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if stack.len() != 1 {
        return Err("it ends before its elements are closed".into());
    }
    let root = stack.pop().expect("the document");
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "it has no element".into())
}

fn push_text(stack: &mut [Element], text: &str) {
    let top = stack.last_mut().expect("an open element");
    if let Some(Node::Text(t)) = top.children.last_mut() {
        t.push_str(text);
    } else {
        top.children.push(Node::Text(text.to_string()));
    }
}
