//! Sign-on form exports for the tests and the benchmark, made here rather than kept as binaries:
//! CSV in the encodings and delimiters forms and Excel write, XLSX (`rust_xlsxwriter`) and ODS (a
//! zip of `OpenDocument` XML), and a campaign of any size with made-up organisation names.
//! `cargo run --example make-sheets -- DIR [ROWS]` writes them into a folder.

use std::io::Write;
use std::path::Path;

/// A table: headers and rows of text.
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&str], rows: &[&[&str]]) -> Self {
        Table {
            headers: headers.iter().map(std::string::ToString::to_string).collect(),
            rows: rows.iter().map(|r| r.iter().map(std::string::ToString::to_string).collect()).collect(),
        }
    }
}

/// How a CSV file is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    /// As Excel saves "CSV" on a Western European Windows machine.
    Windows1252,
    /// As Excel saves "Unicode text": UTF-16 little endian with its byte order mark.
    Utf16Le,
}

pub fn csv_bytes(t: &Table, delimiter: u8, encoding: Encoding) -> Vec<u8> {
    let mut w =
        csv::WriterBuilder::new().delimiter(delimiter).terminator(csv::Terminator::CRLF).from_writer(vec![]);
    w.write_record(&t.headers).unwrap();
    for r in &t.rows {
        w.write_record(r).unwrap();
    }
    let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
    match encoding {
        Encoding::Utf8 => text.into_bytes(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Windows1252 => {
            let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(&text);
            assert!(!bad, "the table has characters Windows-1252 lacks");
            bytes.into_owned()
        }
        Encoding::Utf16Le => {
            let mut out = vec![0xFF, 0xFE];
            for u in text.encode_utf16() {
                out.extend(u.to_le_bytes());
            }
            out
        }
    }
}

/// The table as an XLSX workbook; a cell that reads as a date (YYYY-MM-DD) is written as a date.
pub fn xlsx_bytes(t: &Table) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Form responses 1").unwrap();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in t.headers.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in t.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match rust_xlsxwriter::ExcelDateTime::parse_from_str(v) {
                Ok(d) if v.len() == 10 && v.as_bytes()[4] == b'-' => {
                    sheet.write_datetime_with_format(r, c, &d, &date_format).unwrap();
                }
                _ if v.is_empty() => {}
                _ => {
                    sheet.write_string(r, c, v).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The table as an `OpenDocument` spreadsheet (what `LibreOffice` saves).
pub fn ods_bytes(t: &Table) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Responses">"#,
    );
    for row in std::iter::once(&t.headers).chain(&t.rows) {
        content.push_str("<table:table-row>");
        for v in row {
            if v.is_empty() {
                content.push_str("<table:table-cell/>");
            } else {
                content.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    xml_escape(v)
                ));
            }
        }
        content.push_str("</table:table-row>");
    }
    content.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

const HEADERS: [&str; 6] = ["Timestamp", "Organisation name", "Country", "Date signed", "Name (fr)", "Email"];

/// The campaign's first export: five organisations signed before the statement's date
/// (2025-01-16), one of them twice under the same name.
pub fn first_export() -> Table {
    Table::new(
        &HEADERS,
        &[
            &["2025-01-10 09:12:00", "Justice Première Kenya", "KE", "2025-01-10", "", "a@example.org"],
            &[
                "2025-01-10 11:40:00",
                "Fundación Ejemplo por la Verdad",
                "Spain",
                "2025-01-10",
                "",
                "b@example.org",
            ],
            &[
                "2025-01-11 08:05:00",
                "Українська Правозахисна Мережа",
                "UA",
                "2025-01-11",
                "",
                "c@example.org",
            ],
            &[
                "2025-01-12 16:30:00",
                "Example Witness Project",
                "GB",
                "2025-01-12",
                "Projet Témoin Exemple",
                "d@example.org",
            ],
            &["2025-01-13 10:00:00", "JUSTICE PREMIÈRE KENYA", "KE", "2025-01-13", "", "e@example.org"],
            &[
                "2025-01-14 12:00:00",
                "Centre {Exemple} for *Rights*",
                "SN",
                "2025-01-14",
                "",
                "f@example.org",
            ],
        ],
    )
}

/// The next export: the first one's rows again, and after them late signatures, a duplicate
/// of a listed organisation, a near duplicate (an abbreviation) and a bad row.
pub fn second_export() -> Table {
    let mut t = first_export();
    let more: [&[&str]; 5] = [
        &["2025-01-18 09:00:00", "Example Accountability Network", "PH", "2025-01-18", "", "g@example.org"],
        &["2025-01-19 14:20:00", "Amnesty International", "GB", "2025-01-19", "", "h@example.org"],
        &["2025-01-20 08:30:00", "Example Witness Proj.", "GB", "2025-01-20", "", "i@example.org"],
        &["2025-01-20 10:45:00", "Example Survivors Forum", "Narnia", "2025-01-20", "", "j@example.org"],
        &["2025-01-20 11:00:00", "Example Survivors Forum", "KE", "2025-01-20", "", "k@example.org"],
    ];
    t.rows.extend(more.iter().map(|r| r.iter().map(std::string::ToString::to_string).collect()));
    t
}

/// A campaign of `n` rows of made-up organisations: two invented words (from syllables, by a
/// fixed pseudo-random sequence), a kind of organisation, a country; all signed after the
/// statement's date.
pub fn campaign(n: usize) -> Table {
    const SYLLABLES: [&str; 48] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi", "go", "ha", "ju", "ke", "la", "mo",
        "nu", "pa", "re", "si", "to", "wa", "zo", "an", "el", "in", "or", "ul", "am", "es", "ir", "ko", "li",
        "ma", "no", "pe", "ri", "su", "te", "vi", "ya", "bo", "da", "fe", "gi", "hu", "jo",
    ];
    const KINDS: [&str; 12] = [
        "Human Rights Centre",
        "Legal Aid Network",
        "Foundation for Justice",
        "Women's Rights Association",
        "Bar Association",
        "Institute for Accountability",
        "Victims' Forum",
        "Peace Initiative",
        "Law Clinic",
        "Media Freedom Group",
        "Community Paralegals",
        "Youth for Justice",
    ];
    const COUNTRIES: [&str; 16] =
        ["KE", "NG", "UG", "CD", "SN", "PH", "ID", "CO", "MX", "PE", "UA", "GE", "PS", "JO", "FR", "NL"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::with_capacity(n);
    while rows.len() < n {
        // Two invented words of three syllables: names a letter or two apart are rare (one in
        // tens of millions of pairs), as among real organisations.
        let mut word = || {
            let w: String = (0..3).map(|_| SYLLABLES[(next() % 48) as usize]).collect();
            let mut chars = w.chars();
            chars.next().unwrap().to_uppercase().chain(chars).collect::<String>()
        };
        let (a, b) = (word(), word());
        let kind = KINDS[(next() % 12) as usize];
        let name = format!("{a} {b} {kind}");
        if !seen.insert(name.clone()) {
            continue;
        }
        let i = rows.len();
        let day = 17 + (i % 10);
        rows.push(vec![
            format!("2025-01-{day:02} {:02}:{:02}:{:02}", i / 3600 % 24, i / 60 % 60, i % 60),
            name,
            COUNTRIES[i % 16].to_string(),
            format!("2025-01-{day:02}"),
            String::new(),
            format!("org{i}@example.org"),
        ]);
    }
    Table { headers: HEADERS.iter().map(std::string::ToString::to_string).collect(), rows }
}

/// The rows Windows-1252 can write (an export from Excel on a Western European machine has
/// no others).
pub fn latin(t: &Table) -> Table {
    let fits = |s: &String| !encoding_rs::WINDOWS_1252.encode(s).2;
    Table {
        headers: t.headers.clone(),
        rows: t.rows.iter().filter(|r| r.iter().all(fits)).cloned().collect(),
    }
}

/// Writes the fixtures (and a campaign of `rows` rows as CSV and XLSX) into a folder.
pub fn write_all(dir: &Path, rows: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let first = first_export();
    let second = second_export();
    std::fs::write(dir.join("first.csv"), csv_bytes(&first, b',', Encoding::Utf8Bom)).unwrap();
    std::fs::write(dir.join("first.xlsx"), xlsx_bytes(&first)).unwrap();
    std::fs::write(dir.join("second.xlsx"), xlsx_bytes(&second)).unwrap();
    std::fs::write(dir.join("second.ods"), ods_bytes(&second)).unwrap();
    std::fs::write(dir.join("second-excel-fr.csv"), csv_bytes(&latin(&second), b';', Encoding::Windows1252))
        .unwrap();
    std::fs::write(dir.join("second-unicode.txt"), csv_bytes(&second, b'\t', Encoding::Utf16Le)).unwrap();
    let c = campaign(rows);
    std::fs::write(dir.join(format!("campaign-{rows}.csv")), csv_bytes(&c, b',', Encoding::Utf8)).unwrap();
    std::fs::write(dir.join(format!("campaign-{rows}.xlsx")), xlsx_bytes(&c)).unwrap();
}
