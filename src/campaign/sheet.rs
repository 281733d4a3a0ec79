//! A sign-on form's export read into rows of text: CSV or TSV (UTF-8 with or without a BOM,
//! UTF-16 as Excel writes it, Windows-1252 when the bytes are not UTF-8; the delimiter sniffed),
//! or a spreadsheet (XLSX, ODS, XLS, read by calamine). The format is told by the bytes, not by
//! the file's name.
//!
//! Owns: bytes to rows. Must not: know what a column means.

use std::io::Cursor;

use calamine::{Data, Reader};

/// A table read from a file: its header row and data rows, each cell as text.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The header row's cells, trimmed (empty when the file holds nothing).
    pub headers: Vec<String>,
    /// The data rows after the header, in the file's order.
    pub rows: Vec<Row>,
    /// What the reading decided that the user should know ("read as Windows-1252").
    pub notes: Vec<String>,
    /// What it was read as: "CSV", "TSV", "XLSX"...
    pub kind: &'static str,
}

/// One data row: its number as the spreadsheet shows it (the header is row 1 when it is the
/// first), and its cells (dates as ISO 8601, whole numbers without decimals).
#[derive(Debug, Clone)]
pub struct Row {
    /// The row's number as the spreadsheet shows it, counting from 1.
    pub number: usize,
    /// The row's cells, in the columns' order, as text.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in a column, trimmed; empty when the row stops before it.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }
}

/// Why a file could not be read as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotASheet(pub String);

/// Reads a file's bytes as a table. `name` is the file's name, for the messages and for `.tsv`.
/// `sheet`: the worksheet to read in a workbook (default: the first).
pub fn read(name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, NotASheet> {
    let lower = name.to_ascii_lowercase();
    let claims_workbook = [".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"].iter().any(|e| lower.ends_with(e));
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return workbook(bytes, sheet);
    }
    if let Some(what) = known_other(bytes) {
        return Err(NotASheet(format!("it is {what}, not a spreadsheet or a CSV file")));
    }
    if claims_workbook {
        return Err(NotASheet(
            "its name says spreadsheet, but its bytes are not those of an XLSX, ODS or XLS file".into(),
        ));
    }
    if sheet.is_some() {
        return Err(NotASheet("--sheet names a worksheet, but this is a text file (CSV/TSV)".into()));
    }
    text(&lower, bytes)
}

/// Formats that are neither spreadsheets nor text, by their first bytes.
fn known_other(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (b"%PDF", "a PDF"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"{\\rtf", "an RTF document"),
        (b"\x7FELF", "a program"),
    ];
    MAGIC.iter().find(|(m, _)| bytes.starts_with(m)).map(|(_, what)| *what)
}

fn workbook(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet, NotASheet> {
    crate::project::disk::zip_within_limits(bytes, "a workbook", "a sign-on export").map_err(NotASheet)?;
    let cannot = |e: &dyn std::fmt::Display| {
        NotASheet(format!(
            "it is a ZIP or OLE file that calamine cannot read as a workbook (XLSX, ODS or XLS): {e}"
        ))
    };
    // A ZIP that says it is an XLSX workbook is read as one, so that its own error is told (the
    // automatic reader says only "Cannot detect file format").
    let is_xlsx = bytes.starts_with(b"PK")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|z| z.index_for_name("xl/workbook.xml").is_some());
    let mut book = if is_xlsx {
        calamine::Sheets::Xlsx(calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| cannot(&e))?)
    } else {
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| cannot(&e))?
    };
    let kind = match &book {
        calamine::Sheets::Xls(_) => "XLS",
        calamine::Sheets::Xlsx(_) => "XLSX",
        calamine::Sheets::Xlsb(_) => "XLSB",
        calamine::Sheets::Ods(_) => "ODS",
    };
    let names = book.sheet_names();
    let name = match wanted {
        Some(w) => {
            names.iter().find(|n| n.as_str() == w || n.eq_ignore_ascii_case(w)).cloned().ok_or_else(|| {
                NotASheet(format!("it has no worksheet named {w:?} (it has: {})", quoted(&names)))
            })?
        }
        None => names.first().cloned().ok_or_else(|| NotASheet("the workbook has no worksheet".into()))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| NotASheet(format!("its worksheet {name:?} cannot be read: {e}")))?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let mut rows: Vec<Row> = range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row { number: first_row + i + 1, cells: cells.iter().map(cell_text).collect() })
        .collect();
    let mut notes = Vec::new();
    if names.len() > 1 && wanted.is_none() {
        notes.push(format!("read its first worksheet, {name:?} (--sheet NAME reads another)"));
    }
    // The header is the first row with anything in it.
    let Some(at) = rows.iter().position(|r| r.cells.iter().any(|c| !c.trim().is_empty())) else {
        return Ok(Sheet { headers: Vec::new(), rows: Vec::new(), notes, kind });
    };
    let header = rows.remove(at);
    rows.drain(..at);
    Ok(Sheet { headers: header.cells.iter().map(|c| c.trim().to_string()).collect(), rows, notes, kind })
}

/// A cell as text: dates as ISO 8601, whole numbers without a decimal part.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.replacen('T', " ", 1),
    }
}

fn quoted(names: &[String]) -> String {
    names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ")
}

/// Text in one of the encodings forms and Excel write, as its characters; and a note when it
/// was not UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), None);
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, bad) = encoding.decode(bytes);
        let note =
            format!("read as {}{}", encoding.name(), if bad { " (some bytes were not valid)" } else { "" });
        return (text.into_owned(), Some(note));
    }
    // UTF-16 without a byte order mark: every other byte zero in ASCII text.
    let even_zeros = bytes.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zeros = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if bytes.len() >= 4 && (odd_zeros * 3 > bytes.len() || even_zeros * 3 > bytes.len()) {
        let encoding = if odd_zeros > even_zeros { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let (text, _, _) = encoding.decode(bytes);
        return (text.into_owned(), Some(format!("read as {} (no byte order mark)", encoding.name())));
    }
    // UTF-8 here and not there: the file does not agree with itself. The rows that decode are
    // read as UTF-8; a row that does not keeps U+FFFD where its bytes were, and is rejected
    // (`UNDECODED`) rather than read in another encoding with every other row.
    let mut utf8_text = false;
    let mut invalid = false;
    for chunk in bytes.utf8_chunks() {
        utf8_text |= !chunk.valid().is_ascii();
        invalid |= !chunk.invalid().is_empty();
    }
    if invalid && utf8_text {
        return (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(
                "its bytes are UTF-8 but for some rows, which are rejected: re-save the file as UTF-8".into(),
            ),
        );
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (
                text.into_owned(),
                Some("its bytes are not UTF-8: read as Windows-1252 (as Excel saves CSV on Western European systems); check accented names".into()),
            )
        }
    }
}

/// The delimiter of a CSV file: the one of `,` `;` tab that its first line holds most of (outside
/// quotes); `,` when none.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if quoted => {}
            _ => {
                for (d, n) in &mut counts {
                    if c == *d as char {
                        *n += 1;
                    }
                }
            }
        }
    }
    counts.iter().filter(|(_, n)| *n > 0).max_by_key(|(_, n)| *n).map_or(b',', |(d, _)| *d)
}

fn text(lower_name: &str, bytes: &[u8]) -> Result<Sheet, NotASheet> {
    let (text, note) = decode(bytes);
    if text.contains('\0') {
        return Err(NotASheet("it holds NUL bytes: it is not a text (CSV) file".into()));
    }
    let delimiter = if crate::project::has_extension(lower_name, &["tsv", "tab"]) {
        b'\t'
    } else {
        sniff_delimiter(&text)
    };
    let kind = match delimiter {
        b'\t' => "TSV",
        b';' => "CSV (semicolon-separated)",
        _ => "CSV",
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(String::new(), |p| format!(" at line {}", p.line()));
            NotASheet(format!("it is not valid CSV{line}: {e}"))
        })?;
        rows.push(Row { number: i + 1, cells: record.iter().map(str::to_string).collect() });
    }
    let mut notes: Vec<String> = note.into_iter().collect();
    let Some(at) = rows.iter().position(|r| r.cells.iter().any(|c| !c.trim().is_empty())) else {
        return Ok(Sheet { headers: Vec::new(), rows: Vec::new(), notes, kind });
    };
    let header = rows.remove(at);
    rows.drain(..at);
    if header.cells.len() == 1 && !text.lines().next().unwrap_or("").is_empty() && rows.len() > 1 {
        notes.push("its header has one column: no `,` `;` or tab was found to separate columns".into());
    }
    Ok(Sheet { headers: header.cells.iter().map(|c| c.trim().to_string()).collect(), rows, notes, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_delimiters() {
        let s = read("x.csv", b"\xEF\xBB\xBFName;Country\r\nCaf\xC3\xA9 Libre;FR\r\n", None).unwrap();
        assert_eq!(s.headers, ["Name", "Country"]);
        assert_eq!(s.rows[0].cells, ["Café Libre", "FR"]);
        assert_eq!(s.rows[0].number, 2);
        assert!(s.notes.is_empty());

        let s = read("x.csv", b"Name;Country\nCaf\xE9 \x96 Libre;FR\n", None).unwrap();
        assert_eq!(s.rows[0].cells[0], "Café – Libre");
        assert!(s.notes[0].contains("Windows-1252"), "{:?}", s.notes);

        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Name\tCountry\nŁódź Group\tPL\n".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let s = read("x.txt", &utf16, None).unwrap();
        assert_eq!(s.rows[0].cells, ["Łódź Group", "PL"]);
        assert_eq!(s.kind, "TSV");

        let s = read("x.csv", b"\"Name, with comma\",Country\n\"A, B\",KE\n", None).unwrap();
        assert_eq!(s.headers, ["Name, with comma", "Country"]);
        assert_eq!(s.rows[0].cells, ["A, B", "KE"]);
    }

    #[test]
    fn what_is_not_a_spreadsheet_says_what_it_is() {
        let e = read("list.xlsx", b"%PDF-1.7\n...", None).unwrap_err();
        assert!(e.0.contains("a PDF"), "{e:?}");
        let e = read("list.xlsx", b"just text", None).unwrap_err();
        assert!(e.0.contains("not those of an XLSX"), "{e:?}");
        let e = read("list.xlsx", b"PK\x03\x04broken zip", None).unwrap_err();
        assert!(e.0.contains("cannot read"), "{e:?}");
    }
}
