//! Translation kits (`publish export`, `publish import` of a kit): XLIFF 2.1 for CAT tools and a
//! Word table, round trips in every language of the example letter (en-GB → fr, es, uk, ar;
//! plurals in uk and ar), kits filled by real software (the Translate Toolkit's XLIFF 2 engine,
//! LibreOffice), the XLIFF checked against the OASIS schema, and every way a kit can be wrong.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{copy_example, publish, repo, stderr};

const LANGUAGES: [&str; 4] = ["fr", "es", "uk", "ar"];

/// A copy of a project, to change.
type Copy = fn() -> tempfile::TempDir;

/// What the round trips run on: the example letter in its four translations, and the shipped
/// statement in French (whose paragraph on the Court selects on two numbers).
fn round_trips() -> Vec<(Copy, &'static str)> {
    LANGUAGES
        .iter()
        .map(|l| (copy_example as Copy, *l))
        .chain([(crate::common::copy_project as Copy, "fr")])
        .collect()
}

/// Every file of a project, by path, for "no byte changed" and "nothing was written".
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    crate::common::files_under(dir).into_iter().map(|p| (p.clone(), fs::read(&p).unwrap())).collect()
}

/// The project without a language: its folder gone, its tag out of publish.toml.
fn without(project: &Path, lang: &str) {
    fs::remove_dir_all(project.join("locales").join(lang)).unwrap();
    crate::common::replace_in(project, "publish.toml", &format!(", \"{lang}\""), "");
}

fn export(project: &Path, lang: &str, format: &str, out: &Path) -> PathBuf {
    let o = publish(project, &["export", "--lang", lang, "--format", format, "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ext = if format == "xliff" { "xlf" } else { "docx" };
    let toml = fs::read_to_string(project.join("publish.toml")).unwrap();
    let id = toml.lines().find_map(|l| l.strip_prefix("id = \"")).unwrap().trim_end_matches('"');
    let path = out.join(format!("{id}.{lang}.{ext}"));
    assert!(path.is_file(), "{}", stderr(&o));
    path
}

fn import(project: &Path, kit: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import", kit.to_str().unwrap()];
    args.extend_from_slice(extra);
    publish(project, &args)
}

/// The units to translate of an XLIFF kit: id, and the inner XML of its target when it has one.
fn units(xliff: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for part in xliff.split("<unit id=\"").skip(1) {
        let id = part.split('"').next().unwrap().to_string();
        if part.split('>').next().unwrap().contains("translate=\"no\"") {
            continue;
        }
        let body = part.split("</unit>").next().unwrap();
        let target =
            body.split_once("<target>").map(|(_, t)| t.split("</target>").next().unwrap().to_string());
        out.push((id, target));
    }
    out
}

/// Whether a program runs here; CI installs what these tests need (.ci/run) and never skips.
fn have(program: &str, args: &[&str], package: &str) -> bool {
    if Command::new(program).args(args).output().is_ok_and(|o| o.status.success()) {
        return true;
    }
    let missing = format!("{program} is needed ({package})");
    assert!(std::env::var_os("CI").is_none(), "{missing}");
    eprintln!("skipped: {missing}; bash .ci/run installs it");
    false
}

/// The Python with the Translate Toolkit: `PUBLISH_TTK_PYTHON` (what .ci/run makes), else
/// `python3` when it has the toolkit.
fn toolkit() -> Option<String> {
    let python = std::env::var("PUBLISH_TTK_PYTHON").unwrap_or_else(|_| "python3".into());
    have(&python, &["-c", "import translate.storage.xliff2"], "pip install translate-toolkit")
        .then_some(python)
}

/// Fills `kit` with the Translate Toolkit: each (unit, target XML) of `fill`, in `state`.
fn toolkit_fill(python: &str, kit: &Path, out: &Path, fill: &[(String, String)], state: &str) {
    let tsv = out.with_extension("tsv");
    let text: String = fill
        .iter()
        .map(|(id, t)| {
            format!("{id}\t{}\n", t.replace('\\', "\\\\").replace('\n', "\\n").replace('\t', "\\t"))
        })
        .collect();
    fs::write(&tsv, text).unwrap();
    let o = Command::new(python)
        .arg(repo().join("tests/cat/ttk_fill.py"))
        .args([kit, out, &tsv])
        .arg(state)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The pages of a language, as PNG files' bytes.
fn pages(project: &Path, lang: &str) -> Vec<Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let o = publish(project, &["--lang", lang, "--emit", "png", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut files: Vec<PathBuf> = crate::common::files_under(out.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    files.sort();
    files.iter().map(|p| fs::read(p).unwrap()).collect()
}

/// Every message and attribute of the reference formatted in `lang` for many numbers: two
/// projects whose translations say the same give the same.
fn formatted(project: &Path, lang: &str) -> Vec<String> {
    use fluent_bundle::FluentValue;
    let root = publish::project::locate(Some(project), project).unwrap();
    let loaded = publish::project::load(root.clone()).unwrap();
    let config = &loaded.config;
    let language = config.locale(lang).unwrap().language.clone();
    let (catalog, _) = publish::l10n::load(&root, config, &[config.reference_language().clone(), language]);
    let reference = catalog.get(&config.reference).unwrap();
    let locale = catalog.get(lang).unwrap();
    let mut f = publish::l10n::Formatter::new(locale, reference, false);
    let mut ids: Vec<String> = reference.sites.keys().filter(|k| !k.starts_with('-')).cloned().collect();
    ids.sort();
    let mut out = Vec::new();
    for n in [0u32, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000] {
        let args = publish::l10n::args([
            ("count", FluentValue::from(n)),
            ("added", FluentValue::from(n)),
            ("date", FluentValue::from("2025-03-03")),
            ("updated", FluentValue::from("2025-03-04")),
            ("page", FluentValue::from(1)),
            ("pages", FluentValue::from(2)),
        ]);
        for id in &ids {
            out.push(format!("{n} {id} = {:?}", f.format(id, None, &args, true)));
            let attributes: Vec<String> = reference
                .bundle
                .get_message(id)
                .map(|m| m.attributes().map(|a| a.id().to_string()).collect())
                .unwrap_or_default();
            for attr in &attributes {
                out.push(format!("{n} {id}.{attr} = {:?}", f.format(id, Some(attr), &args, true)));
            }
        }
    }
    out
}

#[test]
fn an_unchanged_kit_changes_no_byte_in_any_language_or_format() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let before = snapshot(p.path());
    for lang in LANGUAGES {
        for format in ["xliff", "docx"] {
            let kit = export(p.path(), lang, format, kits.path());
            let o = import(p.path(), &kit, &[]);
            assert!(o.status.success(), "{lang} {format}: {}", stderr(&o));
            assert!(stderr(&o).contains("nothing to change"), "{lang} {format}: {}", stderr(&o));
            assert!(stderr(&o).contains("0 units changed"), "{lang} {format}: {}", stderr(&o));
            assert_eq!(snapshot(p.path()), before, "{lang} {format}");
        }
    }
}

#[test]
fn every_xliff_kit_validates_against_the_oasis_xliff_2_1_schema() {
    if !have("xmllint", &["--version"], "apt-get install libxml2-utils") {
        return;
    }
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let mut all: Vec<PathBuf> = LANGUAGES.iter().map(|l| export(p.path(), l, "xliff", kits.path())).collect();
    // A language the project does not have: every target empty.
    all.push(export(p.path(), "de", "xliff", kits.path()));
    let schema = repo().join("tests/fixtures/xliff/schema/kit.xsd");
    for kit in &all {
        let o = Command::new("xmllint")
            .args(["--noout", "--nonet", "--schema"])
            .arg(&schema)
            .arg(kit)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}: {}", kit.display(), String::from_utf8_lossy(&o.stderr));
    }
    // The schema is not a test that cannot fail: a kit with a state XLIFF does not have fails it.
    let broken = kits.path().join("broken.xlf");
    fs::write(
        &broken,
        fs::read_to_string(&all[0]).unwrap().replacen("state=\"reviewed\"", "state=\"done\"", 1),
    )
    .unwrap();
    let o = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&schema)
        .arg(&broken)
        .output()
        .unwrap();
    assert!(!o.status.success());
}

#[test]
fn a_kit_filled_by_a_cat_tool_makes_a_new_language_that_prints_as_the_translation_did() {
    let Some(python) = toolkit() else { return };
    let cases = round_trips();
    for (copy, lang) in cases {
        // The translation as the project has it, as a kit's targets.
        let full = copy();
        let kits = tempfile::tempdir().unwrap();
        let xliff = fs::read_to_string(export(full.path(), lang, "xliff", kits.path())).unwrap();
        let fill: Vec<(String, String)> =
            units(&xliff).into_iter().filter_map(|(id, t)| t.map(|t| (id, t))).collect();
        // The project without the language: its kit has the reference's text and no targets.
        let p = copy();
        without(p.path(), lang);
        let empties = tempfile::tempdir().unwrap();
        let empty = export(p.path(), lang, "xliff", empties.path());
        let text = fs::read_to_string(&empty).unwrap();
        assert!(units(&text).iter().all(|(_, t)| t.is_none()), "{lang}");
        assert!(text.contains("state=\"initial\""));
        let filled = kits.path().join(format!("filled.{lang}.xlf"));
        toolkit_fill(&python, &empty, &filled, &fill, "translated");
        let o = import(p.path(), &filled, &[]);
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        assert!(stderr(&o).contains(&format!("added \"{lang}\" to publish.toml")), "{}", stderr(&o));
        let check = publish(p.path(), &["check", "--lang", lang]);
        assert!(check.status.success(), "{lang}: {}", stderr(&check));
        assert!(stderr(&check).contains("0 errors"), "{lang}: {}", stderr(&check));
        // What the reader sees: the same pages, and every message the same for every number.
        assert_eq!(formatted(p.path(), lang), formatted(full.path(), lang), "{lang}");
        assert!(pages(p.path(), lang) == pages(full.path(), lang), "{lang}: the pages differ");
        // Each imported message waits for review, the date line excepted.
        let ftl: String = crate::common::files_under(&p.path().join("locales").join(lang))
            .iter()
            .map(|f| fs::read_to_string(f).unwrap())
            .collect();
        assert!(ftl.contains("# needs-review\nstatement-title = "), "{lang}");
        assert!(ftl.contains("# same-in-all-locales\nstatement-dateline = { DATETIME($date) }"), "{lang}");
    }
}

#[test]
fn a_word_kit_saved_again_by_libreoffice_round_trips_and_fills_a_new_language() {
    if !have("soffice", &["--version"], "apt-get install libreoffice-writer-nogui") {
        return;
    }
    let kits = tempfile::tempdir().unwrap();
    let saved = kits.path().join("saved");
    fs::create_dir_all(&saved).unwrap();
    let cases = round_trips();
    for (copy, lang) in cases {
        let full = copy();
        let kit = export(full.path(), lang, "docx", kits.path());
        // LibreOffice opens the kit and saves it as Word 2007–365 .docx.
        let profile = tempfile::tempdir().unwrap();
        let o = Command::new("soffice")
            .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
            .args(["--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir"])
            .arg(&saved)
            .arg(&kit)
            .output()
            .unwrap();
        let again = saved.join(kit.file_name().unwrap());
        assert!(again.is_file(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_ne!(fs::read(&again).unwrap(), fs::read(&kit).unwrap(), "LibreOffice wrote its own file");
        // Unchanged: no byte of the project changes.
        let before = snapshot(full.path());
        let o = import(full.path(), &again, &[]);
        assert!(o.status.success() && stderr(&o).contains("nothing to change"), "{lang}: {}", stderr(&o));
        assert_eq!(snapshot(full.path()), before, "{lang}");
        // Into the project without the language: the translation, as it was.
        let p = copy();
        without(p.path(), lang);
        let o = import(p.path(), &again, &[]);
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        let check = publish(p.path(), &["check", "--lang", lang]);
        assert!(stderr(&check).contains("0 errors"), "{lang}: {}", stderr(&check));
        assert_eq!(formatted(p.path(), lang), formatted(full.path(), lang), "{lang}");
    }
}

#[test]
fn a_changed_unit_rewrites_its_message_only_and_plural_forms_join_into_one_select() {
    let Some(python) = toolkit() else { return };
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    let text = fs::read_to_string(&kit).unwrap();
    let target = |id: &str| units(&text).into_iter().find(|(u, _)| u == id).unwrap().1.unwrap();
    let many = target("para-opening:many").replace("свідчень</pc>", "свідчень загалом</pc>");
    let fill = vec![
        ("heading-background".to_string(), "Передумови".to_string()),
        ("para-opening:many".to_string(), many),
    ];
    let filled = kits.path().join("filled.xlf");
    toolkit_fill(&python, &kit, &filled, &fill, "translated");
    let before = fs::read_to_string(p.path().join("locales/uk/letter.ftl")).unwrap();
    let others = snapshot(p.path());
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 units changed"), "{}", stderr(&o));
    let after = fs::read_to_string(p.path().join("locales/uk/letter.ftl")).unwrap();
    assert!(after.contains("# needs-review\nheading-background = Передумови\n"), "{after}");
    assert!(after.contains("       *[other] свідчення\n"), "{after}");
    assert!(after.contains("        [many] свідчень загалом\n"), "{after}");
    assert!(after.contains("}**[^count] людей"), "{after}");
    // Only those two messages changed: every other line is as it was.
    let changed: Vec<&str> = after.lines().filter(|l| !before.lines().any(|b| b == *l)).collect();
    assert!(
        changed.iter().all(|l| l.contains("Передумови")
            || l.contains("needs-review")
            || l.contains("свідч")
            || l.contains("para-opening")),
        "{changed:?}"
    );
    for (path, bytes) in others {
        if !path.ends_with("locales/uk/letter.ftl") {
            assert_eq!(fs::read(&path).unwrap(), bytes, "{}", path.display());
        }
    }
    let check = publish(p.path(), &["check", "--lang", "uk"]);
    assert!(stderr(&check).contains("0 errors"), "{}", stderr(&check));
    // The same kit again changes nothing.
    let written = snapshot(p.path());
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success() && stderr(&o).contains("nothing to change"), "{}", stderr(&o));
    assert_eq!(snapshot(p.path()), written);
    // A reviewer approves the two in the tool: they are marked reviewed, nothing else changes.
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    let approved = kits.path().join("approved.xlf");
    let same: Vec<(String, String)> = [
        "heading-background",
        "para-opening:one",
        "para-opening:few",
        "para-opening:many",
        "para-opening:other",
        "para-opening.note-count",
    ]
    .iter()
    .map(|id| {
        let t =
            units(&fs::read_to_string(&kit).unwrap()).into_iter().find(|(u, _)| u == id).unwrap().1.unwrap();
        ((*id).to_string(), t)
    })
    .collect();
    toolkit_fill(&python, &kit, &approved, &same, "reviewed");
    let o = import(p.path(), &approved, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let reviewed = fs::read_to_string(p.path().join("locales/uk/letter.ftl")).unwrap();
    assert!(!reviewed.contains("needs-review"), "{reviewed}");
    let check = publish(p.path(), &["check", "--lang", "uk", "--strict"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn a_kit_partly_translated_imports_what_is_translated_and_says_what_is_left() {
    let Some(python) = toolkit() else { return };
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "de", "xliff", kits.path());
    let filled = kits.path().join("de.xlf");
    let fill = vec![
        ("heading-background".to_string(), "Hintergrund".to_string()),
        ("salutation".to_string(), "Sehr geehrte Mitglieder des Vorstands,".to_string()),
        // A plural message is written only when every form the language has is there.
        (
            "meta-subject:one".to_string(),
            "Beispiel eines offenen Briefs von einer Unterzeichnerin".to_string(),
        ),
    ];
    toolkit_fill(&python, &kit, &filled, &fill, "translated");
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("4 units changed, 0 as they were, 65 not translated"), "{err}");
    assert!(err.contains("left to translate: statement-kicker, "), "{err}");
    let ftl = fs::read_to_string(p.path().join("locales/de/letter.ftl")).unwrap();
    assert!(ftl.contains("heading-background = Hintergrund"), "{ftl}");
    assert!(!ftl.contains("meta-subject"), "{ftl}");
    let toml = fs::read_to_string(p.path().join("publish.toml")).unwrap();
    assert!(toml.contains("\"ar\", \"de\"]"), "{toml}");
    // What is left, `publish check` lists.
    let check = publish(p.path(), &["check", "--lang", "de"]);
    assert!(stderr(&check).contains("message `meta-subject` is missing in locale de"), "{}", stderr(&check));
}

/// A change made to a kit's text.
type Edit = dyn Fn(String) -> String;

/// A kit of uk with `edit` applied to its text; its import's output and whether the project
/// stayed as it was.
fn import_edited(edit: &Edit, extra: &[&str]) -> (std::process::Output, bool) {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    let edited = kits.path().join("edited.xlf");
    fs::write(&edited, edit(fs::read_to_string(&kit).unwrap())).unwrap();
    let before = snapshot(p.path());
    let o = import(p.path(), &edited, extra);
    let kept = snapshot(p.path()) == before;
    (o, kept)
}

#[test]
fn a_kit_for_another_document_language_or_version_is_refused_and_nothing_is_written() {
    let cases: [(&str, &Edit, &[&str]); 5] = [
        (
            "kit of another document (`another-letter`)",
            &|t| t.replace(">example-open-letter<", ">another-letter<"),
            &[],
        ),
        ("is a kit for `uk`, not for `fr`", &|t| t, &["--lang", "fr"]),
        ("translates from `fr`", &|t| t.replace("srcLang=\"en-GB\"", "srcLang=\"fr\""), &[]),
        ("kit of version 7", &|t| t.replace("kit-version\">1<", "kit-version\">7<"), &[]),
        ("it is XLIFF 1.2", &|t| t.replace("version=\"2.1\"", "version=\"1.2\""), &[]),
    ];
    for (said, edit, extra) in cases {
        let (o, kept) = import_edited(edit, extra);
        assert_eq!(o.status.code(), Some(2), "{said}: {}", stderr(&o));
        assert!(stderr(&o).contains(said), "{said}: {}", stderr(&o));
        assert!(kept, "{said}: something was written");
    }
}

#[test]
fn a_broken_unit_is_named_at_its_line_in_the_kit_and_nothing_is_written() {
    let cases: [(&str, &Edit); 6] = [
        (
            "unit `heading-nowhere`: the kit has a unit `heading-nowhere` that the project does not know",
            &|t| t.replacen("<unit id=\"heading-background\"", "<unit id=\"heading-nowhere\"", 1),
        ),
        ("unit `para-background`: the code 9 is not one of the unit's codes", &|t| {
            t.replacen(
                "<ph id=\"2\" dataRef=\"d2\" canDelete=\"no\"/>. Нова",
                "<ph id=\"9\" dataRef=\"d9\"/>. Нова",
                1,
            )
        }),
        ("unit `para-background`: the target drops the footnote mark `[^charter]`", &|t| {
            t.replacen("<ph id=\"2\" dataRef=\"d2\" canDelete=\"no\"/>. Нова", ". Нова", 1)
        }),
        ("unit `para-background`: the source has 1 link and the target 0", &|t| {
            let at = t.find("див. <pc").unwrap();
            let end = at + t[at..].find("</pc>").unwrap();
            let words = t[at..end].split_once('>').unwrap().1.to_string();
            format!("{}див. {words}{}", &t[..at], &t[end + "</pc>".len()..])
        }),
        ("unit `concern-time`: the code 1 (`*`) is alone here but a pair in the source", &|t| {
            t.replacen("<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:i\">місяцями</pc>", "<ph id=\"1\" dataRef=\"d1\"/>місяцями", 1)
        }),
        ("it declares a document type", &|t| {
            t.replacen("<xliff ", "<!DOCTYPE x [<!ENTITY a \"b\">]><xliff ", 1)
        }),
    ];
    for (said, edit) in cases {
        let (o, kept) = import_edited(edit, &[]);
        assert!(!o.status.success(), "{said}");
        let err = stderr(&o);
        assert!(err.contains(said), "{said}: {err}");
        assert!(kept, "{said}: something was written");
        if said.starts_with("unit") {
            assert!(err.contains("edited.xlf:"), "{said}: the kit's place: {err}");
            assert!(err.contains("nothing was written"), "{err}");
        }
    }
}

#[test]
fn a_target_that_breaks_what_check_checks_is_refused_with_its_unit() {
    // A code the tool added, with data of its own: a variable the statement never passes.
    let (o, kept) = import_edited(
        &|t| {
            let unit = t.find("<unit id=\"para-background\"").unwrap();
            let data = unit + t[unit..].find("</originalData>").unwrap();
            let t = format!("{}<data id=\"d9\">{{ $nonsense }}</data>{}", &t[..data], &t[data..]);
            let target = unit + t[unit..].find(". Нова").unwrap();
            format!("{}<ph id=\"9\" dataRef=\"d9\"/>{}", &t[..target], &t[target..])
        },
        &[],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("do not pass `publish check`"), "{err}");
    assert!(err.contains("`para-background` uses `$nonsense`, which the reference does not"), "{err}");
    assert!(err.contains("from the kit's units at "), "{err}");
    assert!(kept);
}

#[test]
fn what_a_translator_types_prints_as_typed_never_as_fluent_or_notation() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    let typed = "Контекст { $evil } *зірка* \\ кінець";
    let text = fs::read_to_string(&kit).unwrap().replacen(
        "<target>Контекст</target>",
        &format!("<target>{typed}</target>"),
        1,
    );
    let text = text.replacen(
        "<target>Нова політика:</target>",
        "<target>Нова політика { \"a\" } *так* [^x]\nnew-message = injected</target>",
        1,
    );
    let edited = kits.path().join("typed.xlf");
    fs::write(&edited, text).unwrap();
    let o = import(p.path(), &edited, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let root = publish::project::locate(Some(p.path()), p.path()).unwrap();
    let loaded = publish::project::load(root.clone()).unwrap();
    let config = &loaded.config;
    let (catalog, diags) = publish::l10n::load(
        &root,
        config,
        &[config.reference_language().clone(), config.locale("uk").unwrap().language.clone()],
    );
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    let mut f =
        publish::l10n::Formatter::new(catalog.get("uk").unwrap(), catalog.get("en-GB").unwrap(), false);
    let args = publish::l10n::args([]);
    assert_eq!(f.format("heading-background", None, &args, true).unwrap(), typed);
    // The lead is rich text: its marks are escaped, and print as typed.
    let lead = f.format("concerns-lead", None, &args, true).unwrap();
    assert_eq!(lead, "Нова політика { \"a\" } \\*так\\* \\[^x\\] new-message = injected");
    assert!(!f.has_message("new-message"));
}

#[test]
fn export_refuses_the_reference_a_bad_tag_and_a_folder_without_a_project() {
    let p = copy_example();
    let o = publish(p.path(), &["export", "--lang", "en-GB"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`en-GB` is the reference"), "{}", stderr(&o));
    let o = publish(p.path(), &["export", "--lang", "not a tag"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a language tag"), "{}", stderr(&o));
    let empty = tempfile::tempdir().unwrap();
    let o = publish(empty.path(), &["export", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no publish.toml here"), "{}", stderr(&o));
    assert!(crate::common::files_under(empty.path()).is_empty());
}

#[test]
fn a_word_kit_is_a_table_with_the_kits_properties_and_right_to_left_cells() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "ar", "docx", kits.path());
    let bytes = fs::read(&kit).unwrap();
    // The same kit twice is the same bytes.
    let other = tempfile::tempdir().unwrap();
    let again = export(p.path(), "ar", "docx", other.path());
    assert_eq!(fs::read(again).unwrap(), bytes);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let custom = part("docProps/custom.xml");
    assert!(custom.contains("name=\"publish-kit\"") && custom.contains(">example-open-letter<"), "{custom}");
    let document = part("word/document.xml");
    assert!(document.contains("<w:bidi/>") && document.contains("<w:lang w:bidi=\"ar\"/>"));
    assert!(document.contains("para-opening:zero") && document.contains("para-opening:many"));
    // A code in Arabic text is isolated left to right, so that it shows as written.
    assert!(document.contains("\u{2066}[^count]\u{2069}"));
}

#[test]
fn a_word_kit_that_drops_a_footnote_or_names_a_row_publish_does_not_know_is_refused() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "docx", kits.path());
    let edit = |f: &dyn Fn(String) -> String, name: &str| -> PathBuf {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(fs::read(&kit).unwrap())).unwrap();
        let out = kits.path().join(name);
        let mut w = zip::ZipWriter::new(fs::File::create(&out).unwrap());
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            let name = file.name().unwrap().to_string();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            let text = if name == "word/document.xml" { f(text) } else { text };
            w.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
        out
    };
    let before = snapshot(p.path());
    // The translation's cell of para-background, its footnote mark gone.
    let dropped = edit(
        &|t| {
            let at = t.find("Власні правила").unwrap();
            let mark = at + t[at..].find("[^charter]").unwrap();
            format!("{}{}", &t[..mark], &t[mark + "[^charter]".len()..])
        },
        "dropped.docx",
    );
    let o = import(p.path(), &dropped, &[]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("unit `para-background`: the target drops the footnote mark `[^charter]`"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("dropped.docx, row"), "{}", stderr(&o));
    let renamed = edit(&|t| t.replacen(">heading-background<", ">heading-elsewhere<", 1), "renamed.docx");
    let o = import(p.path(), &renamed, &[]);
    assert!(stderr(&o).contains("the project has no unit `heading-elsewhere`"), "{}", stderr(&o));
    assert_eq!(snapshot(p.path()), before);
    // A changed cell: written, marked for review; --dry-run first writes nothing.
    let changed = edit(&|t| t.replacen(">Контекст<", ">Передумови<", 1), "changed.docx");
    let o = import(p.path(), &changed, &["--dry-run"]);
    assert!(o.status.success() && stderr(&o).contains("would write 1 message"), "{}", stderr(&o));
    assert_eq!(snapshot(p.path()), before);
    let o = import(p.path(), &changed, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = fs::read_to_string(p.path().join("locales/uk/letter.ftl")).unwrap();
    assert!(ftl.contains("# needs-review\nheading-background = Передумови\n"), "{ftl}");
}

#[test]
fn terms_and_message_references_are_units_and_codes_a_translator_cannot_break() {
    let Some(python) = toolkit() else { return };
    let p = copy_example();
    let en = "locales/en-GB/letter.ftl";
    let uk = "locales/uk/letter.ftl";
    crate::common::replace_in(
        p.path(),
        en,
        "para-closing = We would welcome the chance to discuss these points with you.",
        "-archive = the Example Archive\npara-closing = We would welcome the chance to discuss { -archive } with you, as { statement-author }.",
    );
    crate::common::replace_in(
        p.path(),
        uk,
        "para-closing = Ми будемо раді нагоді обговорити з вами ці питання.",
        "-archive = Архів «Приклад»\npara-closing = Ми будемо раді обговорити з вами { -archive }, як { statement-author }.",
    );
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    let text = fs::read_to_string(&kit).unwrap();
    assert!(text.contains("<unit id=\"-archive\" name=\"-archive\">"), "the term is a unit");
    let closing = units(&text).into_iter().find(|(id, _)| id == "para-closing").unwrap().1.unwrap();
    assert!(
        closing.contains("disp=\"{ -archive }\"") && closing.contains("disp=\"{ statement-author }\""),
        "{closing}"
    );
    // The translator rewrites the sentence and the term, moving the codes.
    let moved = closing
        .replace("Ми будемо раді обговорити з вами ", "Просимо обговорити ")
        .replace(", як ", " разом із ");
    let fill = vec![
        ("para-closing".to_string(), moved),
        ("-archive".to_string(), "Архів свідчень «Приклад»".to_string()),
    ];
    let filled = kits.path().join("filled.xlf");
    toolkit_fill(&python, &kit, &filled, &fill, "translated");
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = fs::read_to_string(p.path().join(uk)).unwrap();
    assert!(ftl.contains("# needs-review\n-archive = Архів свідчень «Приклад»\n"), "{ftl}");
    assert!(
        ftl.contains("para-closing = Просимо обговорити { -archive } разом із { statement-author }.\n"),
        "{ftl}"
    );
}

#[test]
fn a_tool_that_splits_segments_writes_codes_as_sc_and_ec_and_marks_terms_reads_back_the_same() {
    let (o, kept) = import_edited(
        &|t| {
            // para-background: two segments (split after "див."), its link as <sc>/<ec>, a term
            // marked with <mrk>.
            let unit = t.find("<unit id=\"para-background\"").unwrap();
            let end = unit + t[unit..].find("</unit>").unwrap();
            let body = &t[unit..end];
            let target = body.split("<target>").nth(1).unwrap().split("</target>").next().unwrap();
            let (first, rest) = target.split_once("див. ").unwrap();
            let rest = rest
                .replacen(
                    "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"link\" canDelete=\"no\">",
                    "<sc id=\"1\" dataRef=\"d1\" type=\"link\"/>",
                    1,
                )
                .replacen("</pc>", "<ec startRef=\"1\" dataRef=\"d1e\"/>", 1)
                .replacen("читальну залу", "<mrk id=\"m1\" type=\"term\">читальну залу</mrk>", 1);
            let segments = format!(
                "<segment state=\"reviewed\"><source>x</source><target>{first}див.</target></segment><ignorable><source> </source></ignorable><segment state=\"reviewed\"><source>y</source><target>{rest}</target></segment>"
            );
            let seg_start = unit + body.find("<segment").unwrap();
            let seg_end = unit + body.find("</segment>").unwrap() + "</segment>".len();
            format!("{}{segments}{}", &t[..seg_start], &t[seg_end..])
        },
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 units changed"), "{}", stderr(&o));
    assert!(kept);
}

#[test]
fn a_word_kit_filled_in_libreoffice_gives_italics_links_and_footnote_marks_back_as_the_notation() {
    if !have(
        "/usr/bin/python3",
        &["-c", "import uno"],
        "apt-get install python3-uno libreoffice-writer-nogui",
    ) {
        return;
    }
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "de", "docx", kits.path());
    let tsv = kits.path().join("de.tsv");
    fs::write(
        &tsv,
        "heading-background\tHintergrund\n\
         concern-time\tsie *monatelang* auf eine schriftliche Antwort warten ließe;\n\
         para-background\tDie Regeln der Stiftung erlauben es Überlebenden, einzusehen, was sie gesagt haben; siehe [die Satzung der Stiftung](https://example.org/charter)[^charter]. Eine neue Regel würde ihnen den Lesesaal verschließen.\n\
         para-background.note-charter\tSatzung der Stiftung Beispielarchiv, Artikel 7 (ein erfundenes Dokument).\n",
    )
    .unwrap();
    let filled = kits.path().join("filled.docx");
    let o = Command::new("/usr/bin/python3")
        .arg(repo().join("tests/cat/lo_fill.py"))
        .args([&kit, &filled, &tsv])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("not translated"), "{}", stderr(&o));
    let ftl = fs::read_to_string(p.path().join("locales/de/letter.ftl")).unwrap();
    assert!(
        ftl.contains("concern-time = sie *monatelang* auf eine schriftliche Antwort warten ließe;\n"),
        "{ftl}"
    );
    assert!(
        ftl.contains("siehe [die Satzung der Stiftung](https://example.org/charter)[^charter]. Eine neue"),
        "{ftl}"
    );
    assert!(ftl.contains("    .note-charter = Satzung der Stiftung Beispielarchiv, Artikel 7"), "{ftl}");
    assert!(ftl.contains("heading-background = Hintergrund\n"), "{ftl}");
}

#[test]
fn a_kit_imported_into_a_new_folder_is_refused_with_where_it_belongs() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "fr", "xliff", kits.path());
    let o = import(p.path(), &kit, &["elsewhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is a translation kit: it goes back into the project it came from"),
        "{}",
        stderr(&o)
    );
    assert!(!p.path().join("elsewhere").exists());
}

#[test]
fn a_translation_of_a_reference_text_changed_since_the_kit_was_made_is_never_marked_reviewed() {
    let Some(python) = toolkit() else { return };
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    // Meanwhile the reference's heading changes.
    crate::common::replace_in(
        p.path(),
        "locales/en-GB/letter.ftl",
        "heading-background = Background",
        "heading-background = Context",
    );
    let filled = kits.path().join("filled.xlf");
    toolkit_fill(&python, &kit, &filled, &[("heading-background".into(), "Передумови".into())], "reviewed");
    let o = import(p.path(), &filled, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("translated from an earlier text of the reference"), "{}", stderr(&o));
    assert!(stderr(&o).contains(": heading-background"), "{}", stderr(&o));
    let ftl = fs::read_to_string(p.path().join("locales/uk/letter.ftl")).unwrap();
    assert!(ftl.contains("# needs-review\nheading-background = Передумови\n"), "{ftl}");
}

#[test]
fn an_export_never_writes_over_a_kit_that_differs_from_it_such_as_a_filled_one() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let kit = export(p.path(), "uk", "xliff", kits.path());
    // The same kit again: written (nothing is lost).
    export(p.path(), "uk", "xliff", kits.path());
    // A translator's kit saved under the same name.
    let filled = fs::read_to_string(&kit).unwrap().replacen(
        "<target>Контекст</target>",
        "<target>Передумови</target>",
        1,
    );
    fs::write(&kit, &filled).unwrap();
    let o = publish(p.path(), &["export", "--lang", "uk", "--out", kits.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("exists and holds what the project does not"), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&kit).unwrap(), filled);
    // Once imported, the project says what it says: the next export writes over it.
    let o = import(p.path(), &kit, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    export(p.path(), "uk", "xliff", kits.path());
    // --force writes over a kit whatever it holds.
    fs::write(&kit, filled.replacen("Передумови", "Тло", 1)).unwrap();
    let o = publish(p.path(), &["export", "--lang", "uk", "--force", "--out", kits.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!fs::read_to_string(&kit).unwrap().contains("Тло"));
}

#[test]
fn an_export_where_a_pipe_stands_under_the_kits_name_is_refused_and_never_waits() {
    let p = copy_example();
    let kits = tempfile::tempdir().unwrap();
    let fifo = kits.path().join("example-open-letter.uk.xlf");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let o = publish(p.path(), &["export", "--lang", "uk", "--out", kits.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("example-open-letter.uk.xlf"), "{}", stderr(&o));
    let kind = fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&kind), "the pipe was replaced");
}
