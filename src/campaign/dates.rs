//! The dates forms and spreadsheets write, read: ISO, slashed (day or month first, as the file
//! tells or `--date-order` says), dotted; and a timestamp as a row's key.

use chrono::NaiveDate;

use super::columns::{Columns, Field};
use super::sheet::Sheet;

/// The order of day and month in dates like 03/04/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// Day first: `03/04/2025` is 3 April (`--date-order dmy`).
    DayMonth,
    /// Month first: `03/04/2025` is 4 March (`--date-order mdy`).
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
pub(super) fn timestamp_key(s: &str, order: Option<DateOrder>) -> String {
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
pub(super) fn infer_order(sheet: &Sheet, columns: &Columns) -> Result<Option<DateOrder>, String> {
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
