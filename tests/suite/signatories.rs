//! A sign-on campaign, as the README runs it: the form's first export imported into a copy of
//! the statement, published, the next export (late signatures, duplicates, a near duplicate, a
//! bad row) imported, the update published; the same export in every format and encoding; the
//! list commands; and the bad input, each a clear error with nothing written. The exports are
//! made by tests/suite/common/sheets.rs, not kept as binaries.

use crate::common;
use crate::common::sheets;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{copy_project, files_under, publish, publish_env, stderr};

/// The fixtures in a temp folder.
fn fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    sheets::write_all(dir.path(), 50);
    dir
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A copy of the statement's project and a sign-on form beside it (in a folder of its own, kept
/// while the test holds it): the project, that folder, the form's path.
fn with_form(csv: &str) -> (tempfile::TempDir, tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("form.csv");
    fs::write(&sheet, csv).unwrap();
    (copy_project(), dir, sheet)
}

/// Every file of a project, with its bytes: what "nothing was written" compares.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    files_under(dir).into_iter().map(|p| (p.clone(), fs::read(&p).unwrap())).collect()
}

fn pdftotext(pdf: &Path) -> Option<String> {
    let o = Command::new("pdftotext").args([arg(pdf), "-"]).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn a_campaign_from_the_first_export_to_the_published_update() {
    let project = copy_project();
    let p = project.path();
    let f = fixtures();
    let epoch = [("SOURCE_DATE_EPOCH", "1737331200")]; // 2025-01-20

    // The first export: five organisations, one of them twice.
    let o = publish_env(p, &["signatories", "import", arg(&f.path().join("first.csv"))], &epoch);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("5 added, 1 skipped as duplicates, 0 held for a decision, 0 rejected"), "{err}");
    assert!(
        err.contains("skipped row 6: \"JUSTICE PREMIÈRE KENYA\" is \"Justice Première Kenya\" (row 2)"),
        "{err}"
    );
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    assert!(toml.starts_with("# publish.toml: the language-independent description"), "comments kept");
    assert!(
        toml.contains("{ id = \"sig-justice-premiere-kenya\", country = \"KE\", since = 2025-01-10, key = \"time:2025-01-10 09:12 Justice Première Kenya\" }"),
        "{toml}"
    );
    assert!(
        toml.contains("{ id = \"sig-fundacion-ejemplo-por-la-verdad\", country = \"ES\""),
        "a country by its name"
    );
    let fr = fs::read_to_string(p.join("locales/fr/signatories.ftl")).unwrap();
    assert!(
        fr.contains("# Imported from first.csv, row 5, on 2025-01-20.\n# needs-review\nsig-example-witness-project = Projet Témoin Exemple\n"),
        "the locale's own column, the row and the date recorded: {fr}"
    );
    assert!(
        fr.contains("sig-centre-exemple-for-rights = Centre { \"{\" }Exemple{ \"}\" } for *Rights*\n"),
        "{fr}"
    );
    // The names wait for a review in every locale, the reference included.
    let o = publish(p, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let review: Vec<&serde_json::Value> =
        json["findings"].as_array().unwrap().iter().filter(|d| d["code"] == "needs-review").collect();
    assert_eq!(review.len(), 10, "{json:#}");
    assert!(review.iter().any(|d| d["locale"] == "en-GB") && review.iter().any(|d| d["locale"] == "fr"));
    assert_eq!(json["findings"].as_array().unwrap().len(), 10, "nothing else: {json:#}");

    // Published: the names print as typed; no update line (all signed before 16 January).
    let o = publish(p, &["--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = p.join("out/oppose-icc-sanctions.en-GB.pdf");
    if let Some(text) = pdftotext(&pdf) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // (Names that wrap in their column are whole in the reading order, line by line.)
        assert!(flat.contains("Centre {Exemple} for *Rights*, Senegal"), "{flat}");
        assert!(flat.contains("Українська Правозахисна Мережа, Ukraine"), "{flat}");
        assert!(!flat.contains("List updated"), "{flat}");
    }

    // The next export: the same rows again, then late signatures and trouble.
    let o = publish_env(p, &["signatories", "import", arg(&f.path().join("second.xlsx"))], &epoch);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "a rejected row fails the run: {err}");
    assert!(
        err.contains(
            "2 added, 2 skipped as duplicates, 1 held for a decision, 1 rejected; 5 imported before"
        ),
        "{err}"
    );
    assert!(err.contains("skipped row 9: \"Amnesty International\" is \"Amnesty International\" (sig-amnesty-international)"), "{err}");
    assert!(err.contains("held row 10: \"Example Witness Proj.\" looks like \"Example Witness Project\" (sig-example-witness-project): one abbreviates the other's words; if it is another organisation, import again with --accept 10"), "{err}");
    assert!(
        err.contains("rejected row 11: the country \"Narnia\" is not a country or region CLDR knows"),
        "{err}"
    );

    let o = publish(p, &["--lang", "en,fr", "--out", "out", "--manifest", "out/manifest.json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let manifest = fs::read_to_string(p.join("out/manifest.json")).unwrap();
    assert!(manifest.contains("\"updated\": \"2025-01-20\""), "{manifest}");
    if let Some(text) = pdftotext(&pdf) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("List updated on 20 January 2025: 2 organisations added."), "{flat}");
        let fr = pdftotext(&p.join("out/oppose-icc-sanctions.fr.pdf")).unwrap();
        let flat = fr.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Liste mise à jour le 20 janvier 2025 : 2 organisations ajoutées."), "{flat}");
        let info = Command::new("pdfinfo").arg(arg(&pdf)).output().unwrap();
        assert!(String::from_utf8_lossy(&info.stdout).contains("Jan 20"), "the PDF's date is the update's");
    }

    // Confirmed, the list passes the strict check; the same export again adds nothing.
    let o = publish(p, &["signatories", "review", "--all", "--lang", "all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = publish(p, &["check", "--strict"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(p);
    let o = publish_env(
        p,
        &["signatories", "import", arg(&f.path().join("second.xlsx")), "--accept", "10"],
        &epoch,
    );
    let err = stderr(&o);
    assert!(
        err.contains(
            "1 added, 2 skipped as duplicates, 0 held for a decision, 1 rejected; 7 imported before"
        ),
        "{err}"
    );
    let o = publish_env(
        p,
        &["signatories", "import", arg(&f.path().join("second.xlsx")), "--accept", "10"],
        &epoch,
    );
    assert!(stderr(&o).contains("0 added"), "{}", stderr(&o));
    assert_ne!(before, snapshot(p), "the accepted row was added once");
}

#[test]
fn every_format_and_encoding_reads_the_same_rows() {
    let project = copy_project();
    let p = project.path();
    let f = fixtures();
    let o = publish(p, &["signatories", "import", arg(&f.path().join("first.csv"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(p);
    let plan = |file: &str| {
        let o = publish(p, &["signatories", "import", "--dry-run", arg(&f.path().join(file))]);
        let err = stderr(&o);
        err.lines()
            .filter(|l| l.starts_with("would add") || l.starts_with("held") || l.starts_with("skipped"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let xlsx = plan("second.xlsx");
    assert_eq!(xlsx.len(), 5, "{xlsx:?}");
    assert_eq!(plan("second.ods"), xlsx);
    assert_eq!(plan("second-unicode.txt"), xlsx, "UTF-16 with tabs, as Excel saves Unicode text");
    // Windows-1252 has no Cyrillic: that export lacks the Ukrainian row (the rows after it are
    // numbered one less), nothing else differs.
    let unnumbered = |lines: Vec<String>| -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                let words: Vec<&str> = l.split(' ').collect();
                let kept: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| {
                        !(*i > 0
                            && (words[i - 1] == "row"
                                || words[i - 1] == "(row"
                                || words[i - 1] == "--accept")
                            && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    })
                    .map(|(_, w)| *w)
                    .collect();
                kept.join(" ")
            })
            .collect()
    };
    assert_eq!(unnumbered(plan("second-excel-fr.csv")), unnumbered(xlsx.clone()));
    let o = publish(p, &["signatories", "import", "--dry-run", arg(&f.path().join("second-excel-fr.csv"))]);
    assert!(stderr(&o).contains("read as Windows-1252"), "{}", stderr(&o));
    assert!(stderr(&o).contains("CSV (semicolon-separated)"), "{}", stderr(&o));
    assert_eq!(before, snapshot(p), "a dry run writes nothing");
}

#[test]
fn add_list_and_remove_one_signatory() {
    let project = copy_project();
    let p = project.path();
    let o = publish(
        p,
        &[
            "signatories",
            "add",
            "Ligue Exemple des Droits",
            "--country",
            "Senegal",
            "--name-in",
            "fr=Ligue Exemple des droits",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = publish(p, &["signatories", "add", "LIGUE EXEMPLE DES DROITS"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("is on the list already: \"Ligue Exemple des Droits\" (sig-ligue-exemple-des-droits)"),
        "{}",
        stderr(&o)
    );
    let o = publish(p, &["signatories", "add", "Amnesty Intl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));

    let o = publish(p, &["signatories", "list", "--lang", "fr", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = String::from_utf8(o.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("group,id,name,country,affiliation,note,signed,late"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 130, "129 and the one added");
    assert!(
        rows.contains(&",sig-ligue-exemple-des-droits,Ligue Exemple des droits,Sénégal,,,,false"),
        "{csv}"
    );
    // The order is the PDF's: French collation (case set aside: "burundaise" < "Exemple" < "pour").
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[2].to_string()).collect();
    let ligue = names.iter().position(|n| n == "Ligue Exemple des droits").unwrap();
    assert!(names[ligue - 1].starts_with("Ligue burundaise"), "{:?}", &names[ligue - 1..=ligue + 1]);
    assert!(names[ligue + 1].starts_with("Ligue pour la Paix"), "{:?}", &names[ligue - 1..=ligue + 1]);

    let o = publish(p, &["signatories", "remove", "sig-ligue-exemple-des-droits"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let root = common::repo();
    for file in ["publish.toml", "locales/en-GB/signatories.ftl", "locales/fr/signatories.ftl"] {
        assert_eq!(fs::read(p.join(file)).unwrap(), fs::read(root.join(file)).unwrap(), "{file} as it was");
    }
    let o = publish(p, &["signatories", "add", "Example Elsewhere Group", "--country", "Narnia"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot add \"Example Elsewhere Group\": the country \"Narnia\""),
        "{}",
        stderr(&o)
    );
    let o = publish(p, &["signatories", "review", "--all", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to confirm"), "{}", stderr(&o));
    for file in ["publish.toml", "locales/en-GB/signatories.ftl", "locales/fr/signatories.ftl"] {
        assert_eq!(
            fs::read(p.join(file)).unwrap(),
            fs::read(root.join(file)).unwrap(),
            "{file}: nothing written"
        );
    }
    let o = publish(p, &["signatories", "remove", "sig-nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not on the list: sig-nobody"), "{}", stderr(&o));
}

#[test]
fn bad_input_is_a_clear_error_and_nothing_is_written() {
    let project = copy_project();
    let p = project.path();
    let dir = tempfile::tempdir().unwrap();
    let before = snapshot(p);
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    };

    let no_name = write("no-name.csv", b"Email,Org name,Pays\nx@example.org,Example,KE\n");
    let o = publish(p, &["signatories", "import", arg(&no_name)]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("no column holds the names") && err.contains("\"Email\", \"Org name\", \"Pays\""),
        "{err}"
    );
    assert!(err.contains("--column name="), "{err}");

    let pdf = write("responses.xlsx", b"%PDF-1.7\n1 0 obj <<>> endobj\n");
    let o = publish(p, &["signatories", "import", arg(&pdf)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("it is a PDF, not a spreadsheet"), "{}", stderr(&o));

    let o = publish(p, &["signatories", "import", "missing.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read missing.csv"), "{}", stderr(&o));

    let ambiguous = write("dates.csv", b"Name,Date\nExample One,03/04/2025\n");
    let o = publish(p, &["signatories", "import", arg(&ambiguous)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--date-order dmy or mdy"), "{}", stderr(&o));
    assert_eq!(before, snapshot(p), "nothing written");

    // Bad rows are rejected, each with its row and reason; the good rows land.
    let rows = write(
        "rows.csv",
        "Name,Country\n,KE\nExample Narnia Group,Narnia\nExample \u{202E}Reversed,KE\nExample Good Group,KE\nExample Unknown Group,ZZ\nExample World Group,World\n".as_bytes(),
    );
    let o = publish(p, &["signatories", "import", arg(&rows)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("rejected row 2: the name is empty"), "{err}");
    assert!(err.contains("rejected row 3: the country \"Narnia\""), "{err}");
    assert!(err.contains("rejected row 4: it holds the invisible character U+202E"), "{err}");
    // CLDR's "Unknown Region" is refused, with what to write instead; a region by its name is
    // its UN M.49 code.
    assert!(err.contains("rejected row 6: the country \"ZZ\"") && err.contains("Unknown Region"), "{err}");
    assert!(err.contains("2 added"), "{err}");
    assert!(fs::read_to_string(p.join("publish.toml")).unwrap().contains("country = \"001\""));
}

#[test]
fn an_import_changes_nothing_when_publish_toml_cannot_be_replaced() {
    struct Undo<'a>(&'a Path);
    impl Drop for Undo<'_> {
        fn drop(&mut self) {
            let _ = Command::new("chattr").arg("-i").arg(self.0).status();
        }
    }
    let project = copy_project();
    let p = project.path();
    let f = fixtures();
    let toml = p.join("publish.toml");
    if !Command::new("chattr").arg("+i").arg(&toml).status().is_ok_and(|s| s.success()) {
        eprintln!("skipped: chattr +i is not supported on this file system");
        return;
    }
    let _undo = Undo(&toml);
    let before = snapshot(p);
    let o = publish(p, &["signatories", "import", arg(&f.path().join("first.csv"))]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("publish.toml"), "{}", stderr(&o));
    assert_eq!(before, snapshot(p), "neither publish.toml nor any .ftl file changed");
}

#[test]
fn ten_thousand_rows_import_with_no_duplicate_among_made_up_names() {
    // The benchmark's campaign: all rows are new organisations; the near-duplicate search holds
    // back only the few invented names a letter or two apart.
    let t = sheets::campaign(2000);
    let names: std::collections::HashSet<&String> = t.rows.iter().map(|r| &r[1]).collect();
    assert_eq!(names.len(), 2000);
    let project = copy_project();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campaign.csv");
    fs::write(&file, sheets::csv_bytes(&t, b',', sheets::Encoding::Utf8)).unwrap();
    let o = publish(project.path(), &["signatories", "import", arg(&file)]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let summary = err.lines().find(|l| l.starts_with("import:")).unwrap();
    let added: usize = summary["import: ".len()..].split(' ').next().unwrap().parse().unwrap();
    assert!(added > 1950, "{summary}");
}

#[test]
fn the_update_line_ends_the_list_on_the_page_of_its_last_names() {
    // Around the length where the French list fills its last page: the update line never stands
    // alone on a page (the last page's columns leave it room, or names move on with it).
    let campaign = sheets::campaign(80);
    for k in [56, 59, 60, 62, 66] {
        let project = copy_project();
        let p = project.path();
        let t = sheets::Table { headers: campaign.headers.clone(), rows: campaign.rows[..k].to_vec() };
        fs::write(p.join("c.csv"), sheets::csv_bytes(&t, b',', sheets::Encoding::Utf8)).unwrap();
        let o = publish(p, &["signatories", "import", "c.csv"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let o = publish(p, &["--lang", "fr", "--out", "out"]);
        assert!(o.status.success(), "{k} rows: {}", stderr(&o));
        let pdf = p.join("out/oppose-icc-sanctions.fr.pdf");
        let Some(all) = pdftotext(&pdf) else { return };
        let pages: Vec<&str> = all.split('\u{c}').filter(|s| !s.trim().is_empty()).collect();
        let at = pages
            .iter()
            .position(|s| s.contains("Liste mise à jour le 26 janvier 2025"))
            .expect("the update line");
        assert_eq!(at, pages.len() - 1, "{k} rows: the update line is on the last page");
        let names = pages[at].lines().filter(|l| !l.trim().is_empty()).count();
        assert!(names >= 4, "{k} rows: the update line stands alone on its page:\n{}", pages[at]);
    }
}

#[test]
fn rows_are_known_across_formats_never_lost_and_never_brought_back() {
    let project = copy_project();
    let p = project.path();
    let dir = tempfile::tempdir().unwrap();
    // French Excel: semicolons, Windows-1252, timestamps to the minute, two sign-ups in one
    // minute, a country named in French.
    let csv = "Horodateur;Nom de l'organisation;Pays\r\n16/01/2025 09:00;Ligue Exemple;Allemagne\r\n16/01/2025 09:00;Œuvre Exemple;Sénégal\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(csv);
    fs::write(dir.path().join("fr.csv"), &bytes).unwrap();
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("fr.csv"))]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("2 added"), "both rows of one minute: {err}");
    assert!(err.contains("sig-oeuvre-exemple"), "{err}");
    assert!(
        fs::read_to_string(p.join("publish.toml"))
            .unwrap()
            .contains("{ id = \"sig-ligue-exemple\", country = \"DE\"")
    );

    // The same responses exported as XLSX, with seconds: known already.
    let t = sheets::Table::new(
        &["Timestamp", "Organisation name", "Country"],
        &[
            &["2025-01-16 09:00:41", "Ligue Exemple", "DE"],
            &["2025-01-16 09:00:52", "Œuvre Exemple", "SN"],
            &["2025-01-17 10:00:00", "Example Near Org", "KE"],
        ],
    );
    fs::write(dir.path().join("all.xlsx"), sheets::xlsx_bytes(&t)).unwrap();
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("all.xlsx"))]);
    let err = stderr(&o);
    assert!(
        err.contains(
            "1 added, 0 skipped as duplicates, 0 held for a decision, 0 rejected; 2 imported before"
        ),
        "{err}"
    );

    // A signatory removed is not brought back by the next import of the same export.
    let o = publish(p, &["signatories", "remove", "sig-ligue-exemple"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("all.xlsx"))]);
    let err = stderr(&o);
    assert!(err.contains("0 added") && err.contains("2 imported before, 1 dismissed"), "{err}");

    // A row held (or rejected) is dismissed for good with --skip: not reported again.
    let t = sheets::Table::new(
        &["Timestamp", "Organisation name", "Country"],
        &[&["2025-01-18 10:00:00", "Example Near Org.", "Narnia"]],
    );
    fs::write(dir.path().join("late.csv"), sheets::csv_bytes(&t, b',', sheets::Encoding::Utf8)).unwrap();
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("late.csv"))]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("late.csv")), "--skip", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("dismissed row 2: \"Example Near Org.\""), "{}", stderr(&o));
    let o = publish(p, &["signatories", "import", arg(&dir.path().join("late.csv"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 rejected; 0 imported before, 1 dismissed"), "{}", stderr(&o));
}

#[test]
fn cells_a_spreadsheet_would_run_are_held_on_import_and_never_written_back_as_formulas() {
    let (project, _form, sheet) = with_form(
        "Organisation name,Country,Email\n\
         =cmd|' /C calc'!A0,KE,a@example.org\n\
         +SUM(1+1)*cmd,KE,b@example.org\n\
         @SUM(A1:A9),KE,c@example.org\n\
         \"=HYPERLINK(\"\"http://example.org\"\")\",KE,d@example.org\n\
         -2+3 Coalition,KE,e@example.org\n\
         Plain Example Network,KE,f@example.org\n",
    );
    let p = project.path();
    let o = publish(p, &["signatories", "import", arg(&sheet)]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("1 added, 0 skipped as duplicates, 5 held for a decision"), "{err}");
    assert!(
        err.contains("held row 2: the cell \"=cmd|' /C calc'!A0\" begins as a spreadsheet formula does"),
        "{err}"
    );
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    assert!(!toml.contains("sig-cmd") && !toml.contains("sig-sum"), "not imported unseen");
    // Accepted, as the organisation wrote it: imported, and the list's CSV neutralises it.
    let o = publish(p, &["signatories", "import", arg(&sheet), "--accept", "3", "--accept", "6"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = publish(p, &["signatories", "list", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let mut cells = 0;
    let mut names = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        for cell in &record {
            cells += 1;
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a formula written back: {cell:?}");
        }
        names.push(record[2].to_string());
    }
    assert!(cells > 1000, "every cell read: {cells}");
    assert!(names.contains(&"'+SUM(1+1)*cmd".to_string()), "{names:?}");
    assert!(names.contains(&"'-2+3 Coalition".to_string()), "{names:?}");
}

#[test]
fn two_rows_with_one_response_id_and_two_names_are_both_held_never_dropped() {
    let (project, _form, sheet) = with_form(
        "Response ID,Organisation name,Country\n\
         r-1,Alpha Example Org,KE\n\
         r-2,Beta Org,KE\n\
         r-3,Gamma Example Org,KE\n\
         r-2,Beta Org Different,KE\n\
         r-3,Gamma Example Org,KE\n",
    );
    let p = project.path();
    let o = publish(p, &["signatories", "import", arg(&sheet)]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    // Row 6 repeats row 4 whole (one response exported twice): imported once, as before.
    assert!(err.contains("2 added, 0 skipped as duplicates, 2 held for a decision"), "{err}");
    assert!(
        err.contains(
            "held row 3: \"Beta Org\" has the response id \"r-2\", as row 5 (\"Beta Org Different\")"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "held row 5: \"Beta Org Different\" has the response id \"r-2\", as row 3 (\"Beta Org\")"
        ),
        "{err}"
    );
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    assert!(!toml.contains("id:r-2"), "neither imported unseen");
    // The decision: row 5 is right; row 3 dismissed.
    let o = publish(p, &["signatories", "import", arg(&sheet), "--accept", "5", "--skip", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = fs::read_to_string(p.join("locales/en-GB/signatories.ftl")).unwrap();
    assert!(ftl.contains("= Beta Org Different") && !ftl.contains("= Beta Org\n"), "{ftl}");
}

#[test]
fn two_commands_changing_the_list_at_once_take_turns_and_lose_nothing() {
    use std::io::BufRead;
    let project = copy_project();
    let p = project.path();
    let gate = tempfile::tempdir().unwrap();
    let go = gate.path().join("go");
    let bin = env!("CARGO_BIN_EXE_publish");
    // The first has read the project and is paused before it writes (a debug build's fault point).
    let mut first = std::process::Command::new(bin)
        .args(["signatories", "add", "Alpha Concurrent Example"])
        .current_dir(p)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("PUBLISH_FAULT_PAUSE", format!("project-read:{}", go.display()))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let reached = gate.path().join("go.reached");
    while !reached.exists() {
        assert!(first.try_wait().unwrap().is_none(), "the first ended before its pause");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // The second reads only once the first is done: it says that it waits.
    let mut second = std::process::Command::new(bin)
        .args(["signatories", "add", "Beta Concurrent Example"])
        .current_dir(p)
        .env_remove("SOURCE_DATE_EPOCH")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(second.stderr.take().unwrap()).lines();
    let mut said = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let waits = line.contains("waiting for another publish run");
        said.push(line);
        if waits {
            break;
        }
    }
    fs::write(&go, b"").unwrap();
    assert!(first.wait().unwrap().success());
    said.extend(lines.map(Result::unwrap));
    assert!(second.wait().unwrap().success(), "{said:?}");
    assert!(said.iter().any(|l| l.contains("waiting for another publish run")), "{said:?}");
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    let ftl = fs::read_to_string(p.join("locales/en-GB/signatories.ftl")).unwrap();
    for (id, name) in [
        ("sig-alpha-concurrent-example", "Alpha Concurrent Example"),
        ("sig-beta-concurrent-example", "Beta Concurrent Example"),
    ] {
        assert!(toml.contains(id) && ftl.contains(name), "{id} lost: {said:?}");
    }
}

#[test]
fn an_import_that_would_make_publish_toml_too_large_to_read_writes_nothing() {
    let project = copy_project();
    let p = project.path();
    // publish.toml a little under the 4 MiB publish reads (a long comment), then 40 new names.
    let mut toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    let pad = 4 * 1024 * 1024 - toml.len() - 2_000;
    toml.push_str(&format!("# {}\n", "x".repeat(pad)));
    fs::write(p.join("publish.toml"), &toml).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("form.csv");
    let mut csv = String::from("Organisation name,Country\n");
    for i in 0..40u64 {
        // Words far apart (not held as near duplicates of each other).
        let mut n = (i + 1) * 2_654_435_761 % 308_915_776;
        let word: String = (0..6)
            .map(|_| {
                let c = (b'a' + (n % 26) as u8) as char;
                n /= 26;
                c
            })
            .collect();
        csv.push_str(&format!("{word} {word} Collective,KE\n"));
    }
    fs::write(&sheet, csv).unwrap();
    let before = snapshot(p);
    let o = publish(p, &["signatories", "import", arg(&sheet)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("publish.toml would grow to 4.0 MiB, over the 4 MiB publish reads"), "{err}");
    assert!(err.contains("of these 40 signatories fit"), "{err}");
    assert_eq!(snapshot(p), before, "nothing written");
    // Every later command still reads the project.
    assert!(publish(p, &["check"]).status.code() != Some(2));
}

#[test]
fn a_file_of_mixed_encodings_reads_its_utf8_rows_and_rejects_the_others_by_row() {
    let project = copy_project();
    let p = project.path();
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("mixed.csv");
    // UTF-8 rows, and one saved as Windows-1252 ("Café Cañada" with é = E9, ñ = F1).
    let mut bytes =
        "Organisation name,Country\nŁódź Rights Centre,PL\nÉcole Témoin Exemple,FR\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"Caf\xE9 Ca\xF1ada Collective,ES\n");
    fs::write(&sheet, &bytes).unwrap();
    let o = publish(p, &["signatories", "import", arg(&sheet)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "a row rejected: {err}");
    assert!(err.contains("2 added") && err.contains("1 rejected"), "{err}");
    assert!(err.contains("rejected row 4: its bytes are not UTF-8, where the rest of the file is"), "{err}");
    let ftl = fs::read_to_string(p.join("locales/en-GB/signatories.ftl")).unwrap();
    assert!(
        ftl.contains("= Łódź Rights Centre") && ftl.contains("= École Témoin Exemple"),
        "no mojibake: {ftl}"
    );
    assert!(!ftl.contains('\u{fffd}') && !ftl.contains("Ã"), "{ftl}");
}

#[cfg(unix)]
#[test]
fn a_command_killed_among_its_replacements_is_completed_by_the_next_one() {
    let project = copy_project();
    let p = project.path();
    let gate = tempfile::tempdir().unwrap();
    let go = gate.path().join("go");
    // Killed once publish.toml is replaced and before the .ftl files are (a debug build's fault
    // point before the second replacement, then SIGKILL: no handler runs).
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["signatories", "add", "Kappa Interrupted Example"])
        .current_dir(p)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("PUBLISH_FAULT_PAUSE", format!("replace-1:{}", go.display()))
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    while !gate.path().join("go.reached").exists() {
        assert!(child.try_wait().unwrap().is_none(), "ended before its pause");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    let ftl = fs::read_to_string(p.join("locales/en-GB/signatories.ftl")).unwrap();
    assert!(
        toml.contains("sig-kappa-interrupted-example") && !ftl.contains("Kappa"),
        "half made, as a kill leaves it"
    );
    // The next command, whatever it is, completes the commit before it reads anything.
    let o = publish(p, &["signatories", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Kappa Interrupted Example"));
    for f in ["locales/en-GB/signatories.ftl", "locales/fr/signatories.ftl"] {
        assert!(fs::read_to_string(p.join(f)).unwrap().contains("Kappa Interrupted Example"), "{f}");
    }
    let left: Vec<_> =
        files_under(p).into_iter().filter(|f| f.to_string_lossy().contains(".publish-")).collect();
    assert!(left.is_empty(), "{left:?}");
    let o = publish(p, &["check"]);
    assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
}
