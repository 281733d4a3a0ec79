//! Which column of a sign-on form's export holds which field: by the headers forms write (in
//! English, French and Spanish), or as `--column FIELD=HEADER` says.

use std::collections::BTreeMap;

use super::sheet::{Row, Sheet};

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The signatory's name in the reference locale.
    Name,
    /// The name in one locale (`name:fr`).
    NameIn(String),
    /// The signatory's country: an ISO 3166 code, or its name in a language of the statement or
    /// English.
    Country,
    /// The group it belongs in: a heading's text in the reference, or its message id.
    Group,
    /// A person's affiliation.
    Affiliation,
    /// The note printed on the entry.
    Note,
    /// The date it signed.
    Date,
    /// The form's own id of the response.
    ResponseId,
    /// When the form received it.
    Timestamp,
}

impl Field {
    /// The field a `--column` option names (`name`, `name:fr`, `country`...).
    pub fn parse(s: &str) -> Option<Field> {
        let s = s.trim().to_ascii_lowercase();
        if let Some(tag) = s.strip_prefix("name:") {
            return Some(Field::NameIn(tag.to_string()));
        }
        Some(match s.as_str() {
            "name" => Field::Name,
            "country" => Field::Country,
            "group" => Field::Group,
            "affiliation" => Field::Affiliation,
            "note" => Field::Note,
            "date" => Field::Date,
            "id" | "response-id" => Field::ResponseId,
            "timestamp" => Field::Timestamp,
            _ => return None,
        })
    }

    /// The fields `--column` may name, as its help lists them.
    pub const NAMES: &'static str =
        "name, name:<locale>, country, group, affiliation, note, date, id, timestamp";

    /// The headers that hold it when no `--column` says otherwise (compared lower case), the
    /// first that a column has winning: as forms name them in English, French and Spanish
    /// (Google Forms' "Horodateur", "Marca temporal").
    fn headers(&self) -> &'static [&'static str] {
        match self {
            // The organisation's name before a bare "Name", which a form may ask of the person
            // who fills it in.
            Field::Name => &[
                "organisation name",
                "organization name",
                "name of organisation",
                "name of organization",
                "nom de l'organisation",
                "nom de l’organisation",
                "nombre de la organización",
                "organisation",
                "organization",
                "organización",
                "signatory name",
                "signatory",
                "signataire",
                "name",
                "nom",
                "nombre",
            ],
            Field::NameIn(_) => &[],
            Field::Country => &["country", "country code", "country/region", "pays", "país", "pais"],
            Field::Group => &["group", "category", "groupe", "catégorie", "grupo", "categoría"],
            Field::Affiliation => &["affiliation", "afiliación"],
            Field::Note => &["note", "notes", "footnote", "remarque", "nota"],
            Field::Date => &[
                "date",
                "date signed",
                "signed",
                "signed on",
                "signature date",
                "date de signature",
                "fecha",
                "fecha de firma",
            ],
            Field::ResponseId => {
                &["id", "response id", "submission id", "response_id", "submission_id", "entry id"]
            }
            Field::Timestamp => &[
                "timestamp",
                "submitted at",
                "submission time",
                "submitted",
                "horodateur",
                "horodatage",
                "marca temporal",
            ],
        }
    }
}

/// A header as compared: lower case, spaces collapsed, a form's trailing `*` or `:` left out.
fn header_key(h: &str) -> String {
    let h = h.trim().trim_end_matches(['*', ':']).trim().to_lowercase();
    h.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which column holds each field.
#[derive(Debug, Clone, Default)]
pub struct Columns(pub BTreeMap<Field, usize>);

/// Finds the columns by their headers; `overrides` (field, header) first. `locales`: the tags a
/// `name:<tag>` column may name.
pub fn columns(sheet: &Sheet, overrides: &[(Field, String)], locales: &[String]) -> Result<Columns, String> {
    let keys: Vec<String> = sheet.headers.iter().map(|h| header_key(h)).collect();
    let found = || {
        let shown: Vec<String> =
            sheet.headers.iter().filter(|h| !h.trim().is_empty()).map(|h| format!("{h:?}")).collect();
        if shown.is_empty() { "none".to_string() } else { shown.join(", ") }
    };
    let mut map = BTreeMap::new();
    for (field, header) in overrides {
        let at = keys.iter().position(|k| *k == header_key(header)).ok_or_else(|| {
            format!(
                "--column names the header {header:?}, which the file does not have (its headers: {})",
                found()
            )
        })?;
        map.insert(field.clone(), at);
    }
    for field in [
        Field::Name,
        Field::Country,
        Field::Group,
        Field::Affiliation,
        Field::Note,
        Field::Date,
        Field::ResponseId,
        Field::Timestamp,
    ] {
        if map.contains_key(&field) {
            continue;
        }
        if let Some(at) = field.headers().iter().find_map(|h| keys.iter().position(|k| k == h))
            && !map.values().any(|v| *v == at)
        {
            map.insert(field, at);
        }
    }
    // `name:fr`, `name (fr)`.
    for (at, k) in keys.iter().enumerate() {
        let tag = k
            .strip_prefix("name:")
            .or_else(|| k.strip_prefix("name (").and_then(|r| r.strip_suffix(')')))
            .map(str::trim);
        if let Some(tag) = tag {
            let Some(locale) = locales.iter().find(|l| l.eq_ignore_ascii_case(tag)) else {
                return Err(format!(
                    "the column {:?} is a name in `{tag}`, which is not a locale of the statement ({})",
                    sheet.headers[at],
                    locales.join(", ")
                ));
            };
            map.entry(Field::NameIn(locale.clone())).or_insert(at);
        }
    }
    for (field, at) in map.clone() {
        if let Field::NameIn(tag) = &field
            && !locales.contains(tag)
        {
            return Err(format!(
                "--column name:{tag}={:?}: `{tag}` is not a locale of the statement ({})",
                sheet.headers[at],
                locales.join(", ")
            ));
        }
    }
    if !map.contains_key(&Field::Name) {
        return Err(format!(
            "no column holds the names: no header is \"Name\" or \"Organisation\" (its headers: {})",
            found()
        ));
    }
    Ok(Columns(map))
}

impl Columns {
    /// A row's cell for a field ("" when no column holds it).
    pub(super) fn get<'r>(&self, row: &'r Row, field: &Field) -> &'r str {
        self.0.get(field).map_or("", |&at| row.cell(at))
    }
}
