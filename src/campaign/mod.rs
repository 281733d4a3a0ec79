//! A sign-on campaign: signatures from a form's export turned into signatories of the statement.
//! Which row is whose name, country, group, date; which rows are already imported, duplicates,
//! near duplicates held for a decision, or wrong; the id each new signatory gets.
//!
//! Owns: the import's decisions (a `Plan`). Must not: read or write files (the signatories
//! command does), or typeset.

pub mod dedupe;
pub mod edit;
pub mod sheet;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use self::dedupe::{Index, Likeness};
use self::sheet::{Row, Sheet};

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    /// The name in one locale (`name:fr`).
    NameIn(String),
    Country,
    Group,
    Affiliation,
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
    fn get<'r>(&self, row: &'r Row, field: &Field) -> &'r str {
        self.0.get(field).map_or("", |&at| row.cell(at))
    }
}

/// The order of day and month in dates like 03/04/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayMonth,
    MonthDay,
}

/// A date as forms and spreadsheets write it: ISO (`2025-01-20`, with or without a time),
/// `2025/01/20`, `20/01/2025` or `1/20/2025` (by `order`), `20.01.2025`.
pub fn parse_date(s: &str, order: Option<DateOrder>) -> Result<NaiveDate, String> {
    let s = s.trim();
    let date = s.split([' ', 'T']).next().unwrap_or("");
    for f in ["%Y-%m-%d", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(date, f) {
            return Ok(d);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(date, "%d.%m.%Y") {
        return Ok(d);
    }
    let parts: Vec<&str> = date.split('/').collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
        let (a, b): (u32, u32) = (parts[0].parse().unwrap_or(0), parts[1].parse().unwrap_or(0));
        let order = match order {
            Some(o) => o,
            None if a > 12 => DateOrder::DayMonth,
            None if b > 12 => DateOrder::MonthDay,
            None => {
                return Err(format!(
                    "the date {s:?} can be read as day/month or as month/day: pass --date-order dmy or mdy"
                ));
            }
        };
        let f = match order {
            DateOrder::DayMonth => "%d/%m/%Y",
            DateOrder::MonthDay => "%m/%d/%Y",
        };
        return NaiveDate::parse_from_str(date, f).map_err(|_| format!("{s:?} is not a date"));
    }
    Err(format!("{s:?} is not a date (write it as YYYY-MM-DD)"))
}

/// A timestamp as a row's key: to the minute, in ISO order (`2025-01-16 09:00`), so that the
/// same response exported as CSV (French Excel writes `16/01/2025 09:00`) and as XLSX
/// (`2025-01-16 09:00:37`) is one row; as written when it is not a date.
fn timestamp_key(s: &str, order: Option<DateOrder>) -> String {
    let s = s.trim();
    let Ok(date) = parse_date(s, order) else {
        return s.to_string();
    };
    let time = s.split_once([' ', 'T']).map_or("", |(_, t)| t.trim());
    let mut parts = time.split(':').map(|p| p.trim().trim_end_matches('Z'));
    let (h, m) = (
        parts.next().and_then(|h| h.parse::<u32>().ok()),
        parts.next().and_then(|m| m.get(..2).unwrap_or(m).parse::<u32>().ok()),
    );
    match (h, m) {
        (Some(h), Some(m)) => format!("{} {h:02}:{m:02}", date.format("%Y-%m-%d")),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

/// The order the file's slashed dates are written in, when some tell (a first part over 12:
/// day first); an error when some tell one order and others the other.
fn infer_order(sheet: &Sheet, columns: &Columns) -> Result<Option<DateOrder>, String> {
    let mut day_first = None;
    let mut month_first = None;
    let mut ambiguous = None;
    for field in [Field::Date, Field::Timestamp] {
        for row in &sheet.rows {
            let s = columns.get(row, &field);
            let date = s.split([' ', 'T']).next().unwrap_or("");
            let parts: Vec<u32> = date.split('/').filter_map(|p| p.parse().ok()).collect();
            if parts.len() == 3 && parts[0] <= 31 {
                if parts[0] > 12 {
                    day_first.get_or_insert(row.number);
                }
                if parts[1] > 12 {
                    month_first.get_or_insert(row.number);
                }
                if parts[0] <= 12 && parts[1] <= 12 && parts[0] != parts[1] {
                    ambiguous.get_or_insert((row.number, s.to_string()));
                }
            }
        }
    }
    match (day_first, month_first) {
        (Some(d), Some(m)) => Err(format!(
            "the dates are written day first in row {d} and month first in row {m}: pass --date-order dmy or mdy"
        )),
        (Some(_), None) => Ok(Some(DateOrder::DayMonth)),
        (None, Some(_)) => Ok(Some(DateOrder::MonthDay)),
        (None, None) => match ambiguous {
            Some((row, date)) => Err(format!(
                "the date {date:?} (row {row}) can be read as day/month or as month/day, and no date tells which: pass --date-order dmy or mdy"
            )),
            None => Ok(None),
        },
    }
}

/// A signatory already on the list, as the import sees it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: String,
    /// Its name in each locale (the reference's first).
    pub names: Vec<String>,
    /// The key of the row it was imported from, if it was.
    pub key: Option<String>,
}

/// A group of the statement, as a row may name it.
#[derive(Debug, Clone)]
pub struct GroupName {
    /// The heading's message id (`group-africa`), and its text in the reference (`Africa`).
    pub id: Option<String>,
    pub text: Option<String>,
}

/// What the import knows of the statement.
pub struct Statement<'a> {
    pub listed: &'a [Listed],
    pub groups: &'a [GroupName],
    /// Every message id of the reference (a new id must not take one).
    pub message_ids: &'a HashSet<String>,
    pub locales: &'a [String],
    pub reference: &'a str,
    /// Keys of rows dismissed before (`--skip`, or a signatory removed): never imported again.
    pub dismissed: &'a [String],
}

/// What the user asked of this import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub columns: Vec<(Field, String)>,
    /// Rows held as near duplicates that are to be imported anyway.
    pub accept: Vec<usize>,
    pub date_order: Option<DateOrder>,
    /// The group of rows that name none.
    pub group: Option<String>,
    /// Rows to dismiss (held or rejected ones that will not be imported): remembered, never
    /// imported or reported again.
    pub skip: Vec<usize>,
}

/// A signatory the import adds.
#[derive(Debug, Clone)]
pub struct Added {
    pub row: usize,
    pub id: String,
    pub name: String,
    /// Its name in each other locale that the file gives.
    pub names: BTreeMap<String, String>,
    pub country: Option<String>,
    pub group: Option<usize>,
    pub affiliation: Option<String>,
    pub note: Option<String>,
    pub since: Option<NaiveDate>,
    pub key: String,
}

/// Who a row was found to repeat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    Listed { id: String, name: String },
    Row { row: usize, name: String },
}

impl Known {
    pub fn describe(&self) -> String {
        match self {
            Known::Listed { id, name } => format!("{name:?} ({id})"),
            Known::Row { row, name } => format!("{name:?} (row {row})"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Duplicate {
    pub row: usize,
    pub name: String,
    pub of: Known,
}

#[derive(Debug, Clone)]
pub struct Held {
    pub row: usize,
    pub name: String,
    pub like: Known,
    pub why: Likeness,
}

#[derive(Debug, Clone)]
pub struct Rejected {
    pub row: usize,
    pub why: String,
}

/// What an import does.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub added: Vec<Added>,
    pub duplicates: Vec<Duplicate>,
    pub held: Vec<Held>,
    pub rejected: Vec<Rejected>,
    /// Rows imported by an earlier run (matched by their key).
    pub already: usize,
    /// Rows dismissed before (`--skip`, or removed from the list), not imported again.
    pub dismissed_before: usize,
    /// Rows `--skip` dismisses now: their number, name and key.
    pub dismissed: Vec<(usize, String, String)>,
    /// Rows `--accept` names that needed no decision.
    pub accepted_unheld: Vec<usize>,
    /// Which column the row keys come from: "id", "timestamp" or "name".
    pub keyed_by: &'static str,
}

/// The id a name gets: `sig-` and the name in ASCII letters and digits (`sig-amnesty-
/// international`), at most 60 characters; a name with no such letters gets one from its hash.
pub fn id_for(name: &str, taken: &dyn Fn(&str) -> bool) -> String {
    // In ASCII: "Œuvre" is oeuvre, "Правозахисна" pravozakhisna (deunicode's transliteration).
    let ascii = deunicode::deunicode(name);
    let mut slug = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() && (c.is_whitespace() || c.is_ascii_punctuation())
        {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_matches('-').to_string();
    if slug.len() > 56 {
        let cut = slug[..56].rfind('-').unwrap_or(56);
        slug.truncate(cut);
    }
    if slug.chars().filter(|c| c.is_ascii_alphabetic()).count() < 2 {
        use sha2::Digest;
        let hash = sha2::Sha256::digest(name.as_bytes());
        slug = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    }
    let base = format!("sig-{slug}");
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).expect("an unused number")
}

/// Characters a name must not hold: controls and bidirectional formatting (publish isolates
/// text itself).
fn bad_character(s: &str) -> Option<char> {
    s.chars().find(|c| {
        (c.is_control() && *c != '\t')
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// The longest name a row may give.
const MAX_NAME: usize = 500;

/// Decides what to do with each row of a sheet.
pub fn plan(sheet: &Sheet, st: &Statement, options: &Options) -> Result<Plan, String> {
    let columns = columns(sheet, &options.columns, st.locales)?;
    let order = match options.date_order {
        Some(o) => Some(o),
        None => infer_order(sheet, &columns)?,
    };
    let keyed_by = if columns.0.contains_key(&Field::ResponseId) {
        "id"
    } else if columns.0.contains_key(&Field::Timestamp) {
        "timestamp"
    } else {
        "name"
    };
    let mut plan = Plan { keyed_by, ..Plan::default() };
    // Rows `--accept` let through a near duplicate.
    let mut accepted = HashSet::new();

    // What is listed already: by key, by name.
    let keys: HashSet<&str> = st.listed.iter().filter_map(|l| l.key.as_deref()).collect();
    let mut index: Index<Known> = Index::new();
    for l in st.listed {
        let mut seen = HashSet::new();
        for n in &l.names {
            let p = dedupe::prepare(n);
            if seen.insert(p.key.clone()) {
                index.add(p, Known::Listed { id: l.id.clone(), name: l.names[0].clone() });
            }
        }
    }
    let mut taken: HashSet<String> = st.message_ids.clone();
    taken.extend(st.listed.iter().map(|l| l.id.clone()));
    let mut keys_this_run: HashSet<String> = HashSet::new();
    let mut countries: Option<HashMap<String, String>> = None;

    for row in &sheet.rows {
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let name = columns.get(row, &Field::Name).split_whitespace().collect::<Vec<_>>().join(" ");
        let reject = |why: String| Rejected { row: row.number, why };
        if name.is_empty() {
            plan.rejected.push(reject("the name is empty".into()));
            continue;
        }
        let key = match plan.keyed_by {
            "id" if !columns.get(row, &Field::ResponseId).is_empty() => {
                format!("id:{}", columns.get(row, &Field::ResponseId))
            }
            // A timestamp is not unique (two sign-ups in one minute): with the name as typed.
            "timestamp" if !columns.get(row, &Field::Timestamp).is_empty() => {
                format!("time:{} {name}", timestamp_key(columns.get(row, &Field::Timestamp), order))
            }
            _ => format!("name:{name}"),
        };
        if keys.contains(key.as_str()) || keys_this_run.contains(&key) {
            plan.already += 1;
            continue;
        }
        if st.dismissed.contains(&key) {
            plan.dismissed_before += 1;
            continue;
        }
        if options.skip.contains(&row.number) {
            plan.dismissed.push((row.number, name, key));
            continue;
        }
        // What is wrong with the row, before comparing names.
        let mut names = BTreeMap::new();
        for field in columns.0.keys() {
            if let Field::NameIn(tag) = field {
                let n = columns.get(row, field).split_whitespace().collect::<Vec<_>>().join(" ");
                if !n.is_empty() && tag != st.reference {
                    names.insert(tag.clone(), n);
                }
            }
        }
        let affiliation = Some(columns.get(row, &Field::Affiliation).to_string()).filter(|s| !s.is_empty());
        let note = Some(columns.get(row, &Field::Note).to_string()).filter(|s| !s.is_empty());
        let texts = std::iter::once(&name).chain(names.values()).chain(&affiliation).chain(&note);
        if let Some(c) = texts.clone().find_map(|t| bad_character(t)) {
            plan.rejected.push(reject(format!(
                "it holds the invisible character U+{:04X}: remove it from the spreadsheet",
                c as u32
            )));
            continue;
        }
        if let Some(t) = texts.clone().find(|t| t.chars().count() > MAX_NAME) {
            plan.rejected.push(reject(format!(
                "a cell holds {} characters (at most {MAX_NAME}): is it the right column?",
                t.chars().count()
            )));
            continue;
        }
        let country = match columns.get(row, &Field::Country) {
            "" => None,
            c => {
                let code = c.to_ascii_uppercase();
                if crate::project::countries::is_region(&code) {
                    Some(code)
                } else {
                    // A name in any of the statement's languages (the reference's first), or in
                    // English.
                    let by_name = countries.get_or_insert_with(|| {
                        let mut m = crate::project::countries::codes_by_name(st.reference, dedupe::key);
                        for tag in st.locales.iter().map(String::as_str).chain(["en"]) {
                            for (k, v) in crate::project::countries::codes_by_name(tag, dedupe::key) {
                                m.entry(k).or_insert(v);
                            }
                        }
                        m
                    });
                    match by_name.get(&dedupe::key(c)) {
                        Some(code) => Some(code.clone()),
                        None => {
                            let hint = match code.as_str() {
                                "UK" => " (the United Kingdom's code is GB)",
                                "EL" => " (Greece's code is GR)",
                                _ => "",
                            };
                            plan.rejected.push(reject(format!(
                                "the country {c:?} is not a country or region CLDR knows, by ISO code or by name in {} or English{hint}",
                                st.locales.join(", ")
                            )));
                            continue;
                        }
                    }
                }
            }
        };
        let group = match (columns.get(row, &Field::Group), options.group.as_deref()) {
            ("", None) if st.groups.len() <= 1 => {
                (st.groups.len() == 1 && st.groups[0].id.is_some()).then_some(0)
            }
            ("", None) => {
                plan.rejected.push(reject(format!(
                    "it names no group, and the signatories are in groups ({}): fill the group column, or pass --group",
                    group_names(st.groups)
                )));
                continue;
            }
            (g, _) if st.groups.len() <= 1 && st.groups.first().is_some_and(|g| g.id.is_none()) => {
                plan.rejected.push(reject(format!(
                    "it names the group {g:?}, but the statement's signatories are not in groups: leave the group empty, or add [[signatories.groups]] to publish.toml"
                )));
                continue;
            }
            (g, default) => {
                let g = if g.is_empty() { default.unwrap_or("") } else { g };
                match find_group(st.groups, g) {
                    Some(i) => Some(i),
                    None => {
                        plan.rejected.push(reject(format!(
                            "the group {g:?} is none of the statement's ({}); add the group to publish.toml first",
                            group_names(st.groups)
                        )));
                        continue;
                    }
                }
            }
        };
        let date_cell = match columns.get(row, &Field::Date) {
            "" => columns.get(row, &Field::Timestamp),
            d => d,
        };
        let since = match date_cell {
            "" => None,
            d => match parse_date(d, order) {
                Ok(d) => Some(d),
                Err(why) => {
                    plan.rejected.push(reject(why));
                    continue;
                }
            },
        };

        let p = dedupe::prepare(&name);
        if let Some(of) = index.exact(&p) {
            plan.duplicates.push(Duplicate { row: row.number, name, of: of.clone() });
            continue;
        }
        if let Some((like, why)) = index.near(&p) {
            if options.accept.contains(&row.number) {
                accepted.insert(row.number);
            } else {
                let like = like.clone();
                index.add(p, Known::Row { row: row.number, name: name.clone() });
                plan.held.push(Held { row: row.number, name, like, why });
                continue;
            }
        }
        index.add(p, Known::Row { row: row.number, name: name.clone() });
        let id = id_for(&name, &|id| taken.contains(id));
        taken.insert(id.clone());
        keys_this_run.insert(key.clone());
        plan.added.push(Added {
            row: row.number,
            id,
            name,
            names,
            country,
            group,
            affiliation,
            note,
            since,
            key,
        });
    }
    plan.accepted_unheld = options.accept.iter().copied().filter(|r| !accepted.contains(r)).collect();
    Ok(plan)
}

fn group_names(groups: &[GroupName]) -> String {
    groups
        .iter()
        .map(|g| match (&g.text, &g.id) {
            (Some(t), _) => format!("{t:?}"),
            (None, Some(id)) => id.clone(),
            (None, None) => "(no heading)".into(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The group a row or `--group` names: by its heading's text in the reference or its message id.
pub fn find_group(groups: &[GroupName], name: &str) -> Option<usize> {
    let k = dedupe::key(name);
    groups.iter().position(|g| {
        g.id.as_deref().is_some_and(|id| id.eq_ignore_ascii_case(name.trim()))
            || g.text.as_deref().is_some_and(|t| dedupe::key(t) == k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(csv: &str) -> Sheet {
        sheet::read("x.csv", csv.as_bytes(), None).unwrap()
    }

    fn statement<'a>(listed: &'a [Listed], ids: &'a HashSet<String>, locales: &'a [String]) -> Statement<'a> {
        Statement { listed, groups: &[], message_ids: ids, locales, reference: "en-GB", dismissed: &[] }
    }

    #[test]
    fn rows_are_added_skipped_held_or_rejected() {
        let listed = vec![Listed {
            id: "sig-amnesty-international".into(),
            names: vec!["Amnesty International".into()],
            key: None,
        }];
        let ids = HashSet::new();
        let locales = vec!["en-GB".to_string(), "fr".to_string()];
        let s = sheet(
            "Timestamp,Organisation name,Country,Name:fr\n\
             2025-01-17 10:00,New Org,KE,Nouvelle Org\n\
             2025-01-17 11:00,AMNESTY INTERNATIONAL,,\n\
             2025-01-18 09:00,Amnesty Intl,GB,\n\
             2025-01-18 10:00,Another Org,Narnia,\n\
             2025-01-18 11:00,,KE,\n\
             2025-01-19 12:00,Third Org,Kenya,\n\
             2025-01-19 13:00,new org.,,\n",
        );
        let p = plan(&s, &statement(&listed, &ids, &locales), &Options::default()).unwrap();
        assert_eq!(p.keyed_by, "timestamp");
        let added: Vec<(&str, &str, Option<&str>)> =
            p.added.iter().map(|a| (a.id.as_str(), a.name.as_str(), a.country.as_deref())).collect();
        assert_eq!(
            added,
            [("sig-new-org", "New Org", Some("KE")), ("sig-third-org", "Third Org", Some("KE"))]
        );
        assert_eq!(p.added[0].names["fr"], "Nouvelle Org");
        assert_eq!(p.added[0].since, NaiveDate::from_ymd_opt(2025, 1, 17));
        assert_eq!(p.added[0].key, "time:2025-01-17 10:00 New Org");
        let dups: Vec<usize> = p.duplicates.iter().map(|d| d.row).collect();
        assert_eq!(dups, [3, 8]);
        assert_eq!(p.duplicates[1].of, Known::Row { row: 2, name: "New Org".into() });
        assert_eq!(p.held.len(), 1);
        assert_eq!((p.held[0].row, p.held[0].why), (4, Likeness::Abbreviation));
        let rejected: Vec<usize> = p.rejected.iter().map(|r| r.row).collect();
        assert_eq!(rejected, [5, 6]);
        assert!(p.rejected[0].why.contains("Narnia"), "{:?}", p.rejected);

        // Accepting the held row imports it; the rows imported before are not imported again.
        let mut listed2 = listed.clone();
        for a in &p.added {
            listed2.push(Listed { id: a.id.clone(), names: vec![a.name.clone()], key: Some(a.key.clone()) });
        }
        let options = Options { accept: vec![4], ..Options::default() };
        let again = plan(&s, &statement(&listed2, &ids, &locales), &options).unwrap();
        assert_eq!(again.already, 2);
        assert_eq!(again.added.iter().map(|a| a.row).collect::<Vec<_>>(), [4]);
        assert_eq!(again.added[0].id, "sig-amnesty-intl");
    }

    #[test]
    fn no_name_column_lists_the_headers_found() {
        let s = sheet("Email,Org\nx@y.z,A\n");
        let ids = HashSet::new();
        let locales = vec!["en-GB".to_string()];
        let e = plan(&s, &statement(&[], &ids, &locales), &Options::default()).unwrap_err();
        assert!(e.contains("\"Email\", \"Org\""), "{e}");
        let options = Options { columns: vec![(Field::Name, "org".into())], ..Options::default() };
        assert_eq!(plan(&s, &statement(&[], &ids, &locales), &options).unwrap().added.len(), 1);
    }

    #[test]
    fn a_french_form_is_read_without_options() {
        let s = sheet("Horodateur;Nom de l'organisation;Pays\n17/01/2025 10:00:00;Ligue Exemple;Sénégal\n");
        let ids = HashSet::new();
        let locales = vec!["fr".to_string()];
        let st = Statement {
            listed: &[],
            groups: &[],
            message_ids: &ids,
            locales: &locales,
            reference: "fr",
            dismissed: &[],
        };
        let p = plan(&s, &st, &Options::default()).unwrap();
        assert_eq!(p.keyed_by, "timestamp");
        assert_eq!(p.added[0].name, "Ligue Exemple");
        assert_eq!(p.added[0].country.as_deref(), Some("SN"));
        assert_eq!(p.added[0].since, NaiveDate::from_ymd_opt(2025, 1, 17));
        // The organisation's column, not the name of the person who filled the form in.
        let s = sheet("Name,Email,Organisation\nA. Person,a@example.org,Example Org\n");
        assert_eq!(plan(&s, &st, &Options::default()).unwrap().added[0].name, "Example Org");
    }

    #[test]
    fn dates_in_the_forms_ways() {
        let d = |s, o| parse_date(s, o).unwrap();
        assert_eq!(d("2025-01-20", None), NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
        assert_eq!(d("2025-01-20T10:11:12Z", None), NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
        assert_eq!(d("20/01/2025 10:11:12", None), NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
        assert_eq!(d("1/20/2025", None), NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
        assert_eq!(d("03/04/2025", Some(DateOrder::MonthDay)), NaiveDate::from_ymd_opt(2025, 3, 4).unwrap());
        assert!(parse_date("03/04/2025", None).unwrap_err().contains("--date-order"));
        assert_eq!(d("20.01.2025", None), NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
    }

    #[test]
    fn ids_are_ascii_and_unique() {
        let taken = |id: &str| id == "sig-cafe-libre";
        assert_eq!(id_for("Café Libre", &taken), "sig-cafe-libre-2");
        assert_eq!(id_for("The Group (TG) — Kenya", &|_| false), "sig-the-group-tg-kenya");
        assert_eq!(id_for("Œuvre pour la justice", &|_| false), "sig-oeuvre-pour-la-justice");
        assert_eq!(id_for("Правозахисна група", &|_| false), "sig-pravozakhisna-grupa");
        let arabic = id_for("مركز العدالة", &|_| false);
        assert!(arabic.starts_with("sig-") && arabic.len() > 6 && arabic.is_ascii(), "{arabic}");
        // Nothing to transliterate: an id from the name's hash.
        let marks = id_for("★ ★", &|_| false);
        assert!(marks.starts_with("sig-") && marks.len() == 12, "{marks}");
    }
}
