//! The import's decisions: for each row of a sheet, whether it was imported before, is
//! dismissed, is added (with an id of its own), repeats a name on the list, is held as a near
//! duplicate, or is wrong, and why.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::columns::{Columns, Field, columns};
use super::dates::{DateOrder, infer_order, parse_date, timestamp_key};
use super::dedupe::{self, Index, Likeness};
use super::sheet::{Row, Sheet};

/// A signatory already on the list, as the import sees it.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The signatory's message id (`sig-amnesty-international`).
    pub id: String,
    /// Its name in each locale (the reference's first).
    pub names: Vec<String>,
    /// The key of the row it was imported from, if it was.
    pub key: Option<String>,
}

/// A group of the statement, as a row may name it.
#[derive(Debug, Clone)]
pub struct GroupName {
    /// The heading's message id (`group-africa`); `None` for a group without a heading.
    pub id: Option<String>,
    /// The heading's text in the reference (`Africa`); `None` when the group has no heading or
    /// the reference does not give its text.
    pub text: Option<String>,
}

/// What the import knows of the statement.
pub struct Statement<'a> {
    /// Every signatory on the list, every group's in order.
    pub listed: &'a [Listed],
    /// The statement's groups, in publish.toml's order (one without heading when it declares none).
    pub groups: &'a [GroupName],
    /// Every message id of the statement's locales (a new id must not take one).
    pub message_ids: &'a HashSet<String>,
    /// The statement's locale tags, in publish.toml's order.
    pub locales: &'a [String],
    /// The reference locale's tag.
    pub reference: &'a str,
    /// Keys of rows dismissed before (`--skip`, or a signatory removed): never imported again.
    pub dismissed: &'a [String],
}

/// What the user asked of this import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The columns `--column FIELD=HEADER` assigns, before any found by their headers.
    pub columns: Vec<(Field, String)>,
    /// Rows held as near duplicates that are to be imported anyway.
    pub accept: Vec<usize>,
    /// The order of day and month in slashed dates (`--date-order`); `None`: told by the file's
    /// dates.
    pub date_order: Option<DateOrder>,
    /// The group of rows that name none.
    pub group: Option<String>,
    /// Rows to dismiss (held or rejected ones that will not be imported): remembered, never
    /// imported or reported again.
    pub skip: Vec<usize>,
    /// Told how far the rows are read (rows done, rows in all), every thousand rows and at the
    /// end: the command line's progress bar on a long import.
    pub progress: Option<fn(usize, usize)>,
}

/// A signatory the import adds.
#[derive(Debug, Clone)]
pub struct Added {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// The message id it gets (`sig-amnesty-international`), unused by any message or signatory.
    pub id: String,
    /// The name the row gives, in the reference locale, its white space collapsed.
    pub name: String,
    /// Its name in each other locale that the file gives.
    pub names: BTreeMap<String, String>,
    /// Its ISO 3166 region code, upper case (`KE`); `None` when the row gives no country.
    pub country: Option<String>,
    /// The index of its group in `Statement::groups`; `None` when the list has no headed group.
    pub group: Option<usize>,
    /// A person's affiliation, as the row gives it; `None` when the cell is empty.
    pub affiliation: Option<String>,
    /// The note on the entry, as the row gives it; `None` when the cell is empty.
    pub note: Option<String>,
    /// The date it signed (the date column's, else the form's timestamp); `None` when the row gives
    /// neither.
    pub since: Option<NaiveDate>,
    /// What identifies the row across exports (`id:…`, `time:… name` or `name:…`), kept in
    /// publish.toml as the entry's `key`.
    pub key: String,
}

/// Who a row was found to repeat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    /// A signatory already on the list.
    Listed {
        /// Its message id (`sig-amnesty-international`).
        id: String,
        /// Its name in the reference.
        name: String,
    },
    /// An earlier row of the same sheet, added or held by this import.
    Row {
        /// The row's number, as the spreadsheet shows it.
        row: usize,
        /// The name the row gives.
        name: String,
    },
}

impl Known {
    /// The name quoted, with the signatory's id or the row's number: `"Amnesty" (sig-amnesty)`,
    /// `"Amnesty" (row 4)`.
    pub fn describe(&self) -> String {
        match self {
            Known::Listed { id, name } => format!("{name:?} ({id})"),
            Known::Row { row, name } => format!("{name:?} (row {row})"),
        }
    }
}

/// A row whose name is already on the list, or on an earlier row: not imported.
#[derive(Debug, Clone)]
pub struct Duplicate {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// The name the row gives.
    pub name: String,
    /// The signatory or the row it repeats.
    pub of: Known,
}

/// A row whose name is near one on the list or on an earlier row: held until `--accept` or
/// `--skip` decides.
#[derive(Debug, Clone)]
pub struct Held {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// The name the row gives.
    pub name: String,
    /// The signatory or the row it is like.
    pub like: Known,
    /// How the two names are alike.
    pub why: Likeness,
}

/// A row with a cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+SUM(…)`,
/// `@SUM(…)`, `-2+3`): held until `--accept` or `--skip` decides, never imported unseen.
#[derive(Debug, Clone)]
pub struct Formula {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// The cell, as it is.
    pub cell: String,
}

/// A row that shares its response id with another row giving another name: held, both of
/// them, until `--accept` or `--skip` decides (one id names one response).
#[derive(Debug, Clone)]
pub struct SharedId {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// The name the row gives.
    pub name: String,
    /// The response id.
    pub id: String,
    /// The other rows with that id: their numbers and names.
    pub others: Vec<(usize, String)>,
}

/// Whether a spreadsheet would take a cell for a formula: it begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return (OWASP's list for CSV injection).
pub fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A row that cannot be imported as it is.
#[derive(Debug, Clone)]
pub struct Rejected {
    /// The row's number, as the spreadsheet shows it.
    pub row: usize,
    /// Why it is refused, as a clause for the user ("the name is empty").
    pub why: String,
}

/// What an import does.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// The signatories to add, in the rows' order.
    pub added: Vec<Added>,
    /// Rows that repeat a name exactly.
    pub duplicates: Vec<Duplicate>,
    /// Rows held as near duplicates.
    pub held: Vec<Held>,
    /// Rows held for a cell a spreadsheet would run as a formula.
    pub formulas: Vec<Formula>,
    /// Rows held for a response id another row gives with another name.
    pub shared_ids: Vec<SharedId>,
    /// Rows refused, with why.
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
    if slug.chars().filter(char::is_ascii_alphabetic).count() < 2 {
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
/// What stands for bytes a file's encoding does not decode (U+FFFD): a row holding it is
/// rejected, never imported with it.
const UNDECODED: char = '\u{FFFD}';

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
    // What is listed already: by key, by name.
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
    let mut planner = Planner {
        st,
        options,
        columns,
        order,
        plan: Plan { keyed_by, ..Plan::default() },
        accepted: HashSet::new(),
        listed_keys: st.listed.iter().filter_map(|l| l.key.as_deref()).collect(),
        index,
        taken,
        keys_this_run: HashSet::new(),
        countries: None,
        shared: HashMap::new(),
    };
    // Response ids that rows give with different names: none of those rows is imported unseen.
    if keyed_by == "id" {
        let mut by_id: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        for row in &sheet.rows {
            let id = planner.columns.get(row, &Field::ResponseId).trim().to_string();
            let name = collapse(planner.columns.get(row, &Field::Name));
            if !id.is_empty() && !name.is_empty() {
                by_id.entry(id).or_default().push((row.number, name));
            }
        }
        by_id.retain(|_, rows| {
            let first = dedupe::prepare(&rows[0].1).key;
            rows.iter().any(|(_, n)| dedupe::prepare(n).key != first)
        });
        planner.shared = by_id;
    }
    let total = sheet.rows.len();
    for (done, row) in sheet.rows.iter().enumerate() {
        if let Some(progress) = options.progress.filter(|_| done % 1000 == 0) {
            progress(done, total);
        }
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Err(why) = planner.row(row) {
            planner.plan.rejected.push(Rejected { row: row.number, why });
        }
    }
    if let Some(progress) = options.progress {
        progress(total, total);
    }
    let mut plan = planner.plan;
    plan.accepted_unheld = options.accept.iter().copied().filter(|r| !planner.accepted.contains(r)).collect();
    Ok(plan)
}

/// The import under way: the plan so far, and what rows are compared with.
struct Planner<'a> {
    st: &'a Statement<'a>,
    options: &'a Options,
    columns: Columns,
    order: Option<DateOrder>,
    plan: Plan,
    /// Rows `--accept` let through a near duplicate.
    accepted: HashSet<usize>,
    /// The keys of the rows imported before.
    listed_keys: HashSet<&'a str>,
    /// The names listed, and those of the rows added or held so far.
    index: Index<Known>,
    /// Ids that a new signatory must not take.
    taken: HashSet<String>,
    /// Response ids that rows of this sheet give with different names, with those rows.
    shared: HashMap<String, Vec<(usize, String)>>,
    keys_this_run: HashSet<String>,
    /// Country codes by name in the statement's languages and English, made when first needed.
    countries: Option<HashMap<String, String>>,
}

/// A row's texts besides its name.
struct Texts {
    /// Its name in each other locale the file gives.
    names: BTreeMap<String, String>,
    affiliation: Option<String>,
    note: Option<String>,
}

/// Text as a cell gives it, its white space collapsed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Planner<'_> {
    /// One row: imported before, dismissed, added, a duplicate, held, or wrong (`Err`: why).
    fn row(&mut self, row: &Row) -> Result<(), String> {
        let name = collapse(self.columns.get(row, &Field::Name));
        if name.is_empty() {
            return Err("the name is empty".into());
        }
        let key = self.key(row, &name);
        if self.listed_keys.contains(key.as_str()) || self.keys_this_run.contains(&key) {
            self.plan.already += 1;
            return Ok(());
        }
        if self.st.dismissed.contains(&key) {
            self.plan.dismissed_before += 1;
            return Ok(());
        }
        if self.options.skip.contains(&row.number) {
            self.plan.dismissed.push((row.number, name, key));
            return Ok(());
        }
        let id = self.columns.get(row, &Field::ResponseId).trim();
        if let Some(rows) = self.shared.get(id) {
            if self.options.accept.contains(&row.number) {
                self.accepted.insert(row.number);
            } else {
                let others = rows.iter().filter(|(r, _)| *r != row.number).cloned().collect();
                self.plan.shared_ids.push(SharedId { row: row.number, name, id: id.to_string(), others });
                return Ok(());
            }
        }
        // What is wrong with the row, before comparing names.
        let Texts { names, affiliation, note } = self.texts(row, &name)?;
        // A cell that a spreadsheet would run, once the list is exported again: held.
        let raw = self.columns.get(row, &Field::Name);
        let formula = std::iter::once(raw)
            .chain(names.values().map(String::as_str))
            .chain(affiliation.as_deref())
            .chain(note.as_deref())
            .find(|c| is_formula(c));
        if let Some(cell) = formula {
            if self.options.accept.contains(&row.number) {
                self.accepted.insert(row.number);
            } else {
                self.plan.formulas.push(Formula { row: row.number, cell: cell.to_string() });
                return Ok(());
            }
        }
        let country = self.country(self.columns.get(row, &Field::Country))?;
        let group = self.group(self.columns.get(row, &Field::Group))?;
        let since = self.since(row)?;
        let added = Added {
            row: row.number,
            id: String::new(),
            name,
            names,
            country,
            group,
            affiliation,
            note,
            since,
            key,
        };
        self.compare(added);
        Ok(())
    }

    /// What identifies the row across exports: the form's response id, its timestamp (to the
    /// minute) with the name, or the name.
    fn key(&self, row: &Row, name: &str) -> String {
        let cell = |field| self.columns.get(row, &field);
        match self.plan.keyed_by {
            "id" if !cell(Field::ResponseId).is_empty() => format!("id:{}", cell(Field::ResponseId)),
            // A timestamp is not unique (two sign-ups in one minute): with the name as typed.
            "timestamp" if !cell(Field::Timestamp).is_empty() => {
                format!("time:{} {name}", timestamp_key(cell(Field::Timestamp), self.order))
            }
            _ => format!("name:{name}"),
        }
    }

    /// The row's names in other locales, affiliation and note, refused when one holds an
    /// invisible character or is too long to be a name.
    fn texts(&self, row: &Row, name: &String) -> Result<Texts, String> {
        let mut names = BTreeMap::new();
        for field in self.columns.0.keys() {
            if let Field::NameIn(tag) = field {
                let n = collapse(self.columns.get(row, field));
                if !n.is_empty() && tag != self.st.reference {
                    names.insert(tag.clone(), n);
                }
            }
        }
        let cell = |field| Some(self.columns.get(row, &field).to_string()).filter(|s| !s.is_empty());
        let (affiliation, note) = (cell(Field::Affiliation), cell(Field::Note));
        let texts = std::iter::once(name).chain(names.values()).chain(&affiliation).chain(&note);
        if texts.clone().any(|t| t.contains(UNDECODED)) {
            return Err(
                "its bytes are not UTF-8, where the rest of the file is (mixed encodings): re-save the file as UTF-8, or correct this row"
                    .into(),
            );
        }
        if let Some(c) = texts.clone().find_map(|t| bad_character(t)) {
            return Err(format!(
                "it holds the invisible character U+{:04X}: remove it from the spreadsheet",
                c as u32
            ));
        }
        if let Some(t) = texts.clone().find(|t| t.chars().count() > MAX_NAME) {
            return Err(format!(
                "a cell holds {} characters (at most {MAX_NAME}): is it the right column?",
                t.chars().count()
            ));
        }
        Ok(Texts { names, affiliation, note })
    }

    /// The country a cell names: an ISO code, or a name in any of the statement's languages
    /// (the reference's first) or in English.
    fn country(&mut self, c: &str) -> Result<Option<String>, String> {
        if c.is_empty() {
            return Ok(None);
        }
        let code = c.to_ascii_uppercase();
        if crate::project::countries::is_region(&code) {
            return Ok(Some(code));
        }
        let st = self.st;
        let by_name = self.countries.get_or_insert_with(|| {
            let mut m = crate::project::countries::codes_by_name(st.reference, dedupe::key);
            for tag in st.locales.iter().map(String::as_str).chain(["en"]) {
                for (k, v) in crate::project::countries::codes_by_name(tag, dedupe::key) {
                    m.entry(k).or_insert(v);
                }
            }
            m
        });
        if let Some(code) = by_name.get(&dedupe::key(c)) {
            return Ok(Some(code.clone()));
        }
        let hint = match crate::project::countries::hint(&code) {
            "" => String::new(),
            hint => format!(" ({hint})"),
        };
        Err(format!(
            "the country {c:?} is not a country or region CLDR knows, by ISO code or by name in {} or English{hint}",
            st.locales.join(", ")
        ))
    }

    /// The group a cell (or `--group`) names, by index; `None` when the list has no groups.
    fn group(&self, cell: &str) -> Result<Option<usize>, String> {
        let groups = self.st.groups;
        match (cell, self.options.group.as_deref()) {
            ("", None) if groups.len() <= 1 => Ok((groups.len() == 1 && groups[0].id.is_some()).then_some(0)),
            ("", None) => Err(format!(
                "it names no group, and the signatories are in groups ({}): fill the group column, or pass --group",
                group_names(groups)
            )),
            (g, _) if groups.len() <= 1 && groups.first().is_some_and(|g| g.id.is_none()) => Err(format!(
                "it names the group {g:?}, but the statement's signatories are not in groups: leave the group empty, or add [[signatories.groups]] to publish.toml"
            )),
            (g, default) => {
                let g = if g.is_empty() { default.unwrap_or("") } else { g };
                find_group(groups, g).map(Some).ok_or_else(|| {
                    format!(
                        "the group {g:?} is none of the statement's ({}); add the group to publish.toml first",
                        group_names(groups)
                    )
                })
            }
        }
    }

    /// The date it signed: the date column's, else the form's timestamp.
    fn since(&self, row: &Row) -> Result<Option<NaiveDate>, String> {
        let date_cell = match self.columns.get(row, &Field::Date) {
            "" => self.columns.get(row, &Field::Timestamp),
            d => d,
        };
        match date_cell {
            "" => Ok(None),
            d => parse_date(d, self.order).map(Some),
        }
    }

    /// A row compared with the list and the rows before it: a duplicate, held as a near
    /// duplicate (unless `--accept`ed), or added with an id of its own.
    fn compare(&mut self, mut added: Added) {
        let (row, name) = (added.row, added.name.clone());
        let p = dedupe::prepare(&name);
        if let Some(of) = self.index.exact(&p) {
            self.plan.duplicates.push(Duplicate { row, name, of: of.clone() });
            return;
        }
        if let Some((like, why)) = self.index.near(&p) {
            if self.options.accept.contains(&row) {
                self.accepted.insert(row);
            } else {
                let like = like.clone();
                self.index.add(p, Known::Row { row, name: name.clone() });
                self.plan.held.push(Held { row, name, like, why });
                return;
            }
        }
        self.index.add(p, Known::Row { row, name: name.clone() });
        added.id = id_for(&name, &|id| self.taken.contains(id));
        self.taken.insert(added.id.clone());
        self.keys_this_run.insert(added.key.clone());
        self.plan.added.push(added);
    }
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
