//! Importing a sign-on form's export from hostile bytes: CSV, TSV, XLSX or ODS (the first byte
//! chooses the file's name; the rest are its bytes), read by `campaign::sheet::read` and planned
//! against a list of two signatories and two groups, as `publish signatories import` does. Any
//! panic, abort or runaway allocation is a bug: bad input must become a clear refusal or
//! rejected rows.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use publish::campaign::{self, GroupName, Listed, Options, Statement};

const NAMES: [&str; 5] = ["form.csv", "form.tsv", "form.xlsx", "form.ods", "form.txt"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let Ok(sheet) = campaign::sheet::read(name, bytes, None) else { return };
    let listed = [
        Listed { id: "sig-amnesty".into(), names: vec!["Amnesty International".into()], key: None },
        Listed { id: "sig-cicc".into(), names: vec!["Coalition for the International Criminal Court".into()], key: Some("id:7".into()) },
    ];
    let groups = [
        GroupName { id: Some("group-africa".into()), text: Some("Africa".into()) },
        GroupName { id: Some("group-europe".into()), text: Some("Europe".into()) },
    ];
    let ids: HashSet<String> = ["sig-amnesty", "sig-cicc", "statement-title"].iter().map(|s| s.to_string()).collect();
    let locales = ["en-GB".to_string(), "fr".to_string()];
    let statement = Statement {
        listed: &listed,
        groups: &groups,
        message_ids: &ids,
        locales: &locales,
        reference: "en-GB",
        dismissed: &[],
    };
    let _ = campaign::plan(&sheet, &statement, &Options { group: Some("Africa".into()), ..Options::default() });
});
