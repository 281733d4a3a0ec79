//! A sign-on campaign: signatures from a form's export turned into signatories of the statement.
//! Which row is whose name, country, group, date; which rows are already imported, duplicates,
//! near duplicates held for a decision, or wrong; the id each new signatory gets.
//!
//! Owns: the import's decisions (a `Plan`). Must not: read or write files (the signatories
//! command does), or typeset.

mod columns;
mod dates;
pub mod dedupe;
pub mod edit;
mod plan;
pub mod sheet;

pub use columns::{Columns, Field, columns};
pub use dates::{DateOrder, parse_date};
pub use plan::{
    Added, Duplicate, Formula, GroupName, Held, Known, Listed, Options, Plan, Rejected, SharedId, Statement,
    find_group, id_for, is_formula, plan,
};

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::NaiveDate;

    use super::dedupe::Likeness;
    use super::sheet::Sheet;
    use super::*;

    fn sheet(csv: &str) -> Sheet {
        sheet::read("x.csv", csv.as_bytes(), None).unwrap()
    }

    fn statement<'a>(listed: &'a [Listed], ids: &'a HashSet<String>, locales: &'a [String]) -> Statement<'a> {
        Statement { listed, groups: &[], message_ids: ids, locales, reference: "en-GB", dismissed: &[] }
    }

    #[test]
    fn a_long_import_says_how_far_it_has_read() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        static LAST: AtomicUsize = AtomicUsize::new(0);
        fn progress(done: usize, total: usize) {
            CALLS.fetch_add(1, Ordering::Relaxed);
            LAST.store(done * 1_000_000 + total, Ordering::Relaxed);
        }
        let mut csv = String::from("Organisation name\n");
        for i in 0..2500 {
            csv.push_str(&format!("Org {i}\n"));
        }
        let ids = HashSet::new();
        let locales = vec!["en-GB".to_string()];
        let options = Options { progress: Some(progress), ..Options::default() };
        plan(&sheet(&csv), &statement(&[], &ids, &locales), &options).unwrap();
        // At rows 0, 1000 and 2000, and at the end.
        assert_eq!(CALLS.load(Ordering::Relaxed), 4);
        assert_eq!(LAST.load(Ordering::Relaxed), 2500 * 1_000_000 + 2500);
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
