//! The release archive (scripts/package): what a press officer downloads. Unpacked in an empty
//! folder and run with no Rust toolchain on PATH, it prints the built-in statement, byte for byte
//! the one a run from the repository makes. The script needs cargo-about (.ci/run installs it).
#![cfg(target_os = "linux")]

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::repo;

/// A path with its `..` resolved (the pictures are `../name.png` from docs/guide/).
fn normalise(path: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn package(args: &[&str], path: Option<&str>) -> Output {
    let mut cmd = Command::new("bash");
    cmd.arg(repo().join("scripts/package")).args(args);
    if let Some(p) = path {
        cmd.env("PATH", p);
    }
    cmd.output().expect("bash runs")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn the_linux_archive_runs_without_rust_and_prints_the_same_statement() {
    let dist = tempfile::tempdir().unwrap();
    let out =
        package(&["--binary", env!("CARGO_BIN_EXE_publish"), "--out", dist.path().to_str().unwrap()], None);
    assert!(out.status.success(), "scripts/package failed (is cargo-about installed?): {}", text(&out));

    let arch = std::env::consts::ARCH;
    let name = format!("publish-{}-{arch}-unknown-linux-gnu", env!("CARGO_PKG_VERSION"));
    let archive = dist.path().join(format!("{name}.tar.gz"));
    assert!(archive.is_file(), "{}", text(&out));

    // The sum file is what sha256sum -c reads, and it holds.
    let sums = fs::read_to_string(dist.path().join(format!("{name}.tar.gz.sha256"))).unwrap();
    assert!(sums.ends_with(&format!("  {name}.tar.gz\n")), "{sums}");
    let check = Command::new("sha256sum")
        .arg("-c")
        .arg(format!("{name}.tar.gz.sha256"))
        .current_dir(dist.path())
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check));

    // Unpacked in an empty folder: one folder with the binary, the README and every licence.
    let here = tempfile::tempdir().unwrap();
    let unpack = Command::new("tar").arg("xzf").arg(&archive).current_dir(here.path()).output().unwrap();
    assert!(unpack.status.success(), "{}", text(&unpack));
    let top: Vec<String> = fs::read_dir(here.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(top, std::slice::from_ref(&name));
    let folder = here.path().join(&name);
    for f in [
        "publish",
        "README.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "fonts/OFL.txt",
        "THIRD-PARTY-LICENSES.html",
    ] {
        assert!(folder.join(f).is_file(), "the archive lacks {f}");
    }
    assert_eq!(fs::read(folder.join("README.md")).unwrap(), fs::read(repo().join("README.md")).unwrap());
    // The guide, every page as in the repository, and every picture a page of it or the README
    // shows: the links work in the unpacked folder.
    let guide = repo().join("docs/guide");
    let mut pages = vec![repo().join("README.md")];
    for page in fs::read_dir(&guide).unwrap().flatten().map(|e| e.path()) {
        let name = page.file_name().unwrap().to_owned();
        assert_eq!(fs::read(folder.join("docs/guide").join(&name)).ok(), fs::read(&page).ok(), "{name:?}");
        pages.push(page);
    }
    for page in pages {
        let text = fs::read_to_string(&page).unwrap();
        for (at, _) in text.match_indices(".png)") {
            let start = text[..at].rfind('(').unwrap() + 1;
            let picture = page.parent().unwrap().join(&text[start..at + 4]);
            let inside = normalise(&folder.join(picture.strip_prefix(repo()).unwrap_or(&picture)));
            assert!(
                inside.is_file(),
                "{} shows {}, not in the archive",
                page.display(),
                &text[start..at + 4]
            );
        }
    }
    let ofl = fs::read_to_string(folder.join("fonts/OFL.txt")).unwrap();
    assert!(ofl.contains("SIL Open Font License, Version 1.1"), "fonts/OFL.txt is not the OFL");
    // Every crate compiled in has its licence text: a few the binary cannot do without.
    let third = fs::read_to_string(folder.join("THIRD-PARTY-LICENSES.html")).unwrap();
    for krate in
        ["<li>typst ", "<li>typst-pdf ", "<li>fluent-bundle ", "<li>icu_collator ", "<li>serde ", "<li>clap "]
    {
        assert!(third.contains(krate), "THIRD-PARTY-LICENSES.html does not list {krate}");
    }
    for licence in ["Apache License", "Permission is hereby granted", "UNICODE LICENSE V3"] {
        assert!(third.contains(licence), "THIRD-PARTY-LICENSES.html lacks the text of {licence}");
    }
    // Test-only crates are not in the binary, and not in its licences.
    for dev in ["<li>lopdf ", "<li>rust_xlsxwriter "] {
        assert!(!third.contains(dev), "a dev-dependency is listed: {dev}");
    }

    // Run it from an empty folder, with nothing of Rust reachable: no cargo, no rustc on PATH.
    let work = tempfile::tempdir().unwrap();
    let path = "/usr/bin:/bin";
    let which = Command::new("sh")
        .args(["-c", "command -v cargo || command -v rustc"])
        .env_clear()
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(!which.status.success(), "a Rust toolchain is on {path}: {}", text(&which));
    let run = Command::new(folder.join("publish"))
        .args(["--lang", "fr"])
        .current_dir(work.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", work.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run));
    let pdf = work.path().join("out/oppose-icc-sanctions.fr.pdf");
    assert!(pdf.is_file(), "{}", text(&run));

    // The same bytes as `cargo run --release -- --lang fr` in the repository makes.
    let reference = tempfile::tempdir().unwrap();
    let made = common::publish(&repo(), &["--lang", "fr", "--out", reference.path().to_str().unwrap()]);
    assert!(made.status.success(), "{}", common::stderr(&made));
    let expected = fs::read(reference.path().join("oppose-icc-sanctions.fr.pdf")).unwrap();
    assert!(fs::read(&pdf).unwrap() == expected, "the archive's statement differs from the repository's");
}

/// A fake `uname` first on PATH, saying what this machine is.
fn fake_uname(dir: &Path, system: &str, machine: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let script = format!("#!/bin/sh\ncase \"$1\" in -s) echo {system} ;; -m) echo {machine} ;; esac\n");
    let file = dir.join("uname");
    fs::write(&file, script).unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o755)).unwrap();
    format!("{}:{}", dir.display(), std::env::var("PATH").unwrap())
}

#[test]
fn the_script_refuses_a_platform_it_does_not_know_and_writes_nothing() {
    let bin = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    let out_dir = dist.path().join("dist");
    let args = ["--binary", env!("CARGO_BIN_EXE_publish"), "--out", out_dir.to_str().unwrap()];

    let path = fake_uname(bin.path(), "Plan9", "mips");
    let o = package(&args, Some(&path));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let t = text(&o);
    assert!(t.contains("this machine (Plan9 on mips) is not a platform publish is released for"), "{t}");
    assert!(t.contains("cargo build --release"), "the error says what to do instead: {t}");

    // A known system on an unknown processor is refused the same way.
    let path = fake_uname(bin.path(), "Linux", "riscv64");
    let o = package(&args, Some(&path));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("(Linux on riscv64)"), "{}", text(&o));

    // An unknown --target lists the known ones.
    let o = package(
        &[
            "--binary",
            env!("CARGO_BIN_EXE_publish"),
            "--target",
            "sparc-sun-solaris",
            "--out",
            out_dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o).contains("unknown target 'sparc-sun-solaris'")
            && text(&o).contains("x86_64-pc-windows-msvc"),
        "{}",
        text(&o)
    );

    // No binary, or one that is not there.
    let o = package(&["--out", out_dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("--binary is required"), "{}", text(&o));
    let o = package(&["--binary", "target/none/publish", "--out", out_dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("does not exist: build it first"), "{}", text(&o));

    // Without cargo-about there would be no licences to ship: refused, saying how to install it.
    let o = package(&args, Some("/usr/bin:/bin"));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("cargo install cargo-about --locked"), "{}", text(&o));

    assert!(!out_dir.exists(), "a refused run wrote into --out");
}

/// Packs `stage/name` with scripts/pack.py.
fn pack(stage: &Path, name: &str, format: &str, out: &Path, mtime: &str) {
    let o = Command::new("python3")
        .arg(repo().join("scripts/pack.py"))
        .args(["pack", stage.to_str().unwrap(), name, format, out.to_str().unwrap(), mtime])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn the_packer_makes_the_same_bytes_whatever_the_files_modes_and_times() {
    use std::os::unix::fs::PermissionsExt;
    let set = |stage: &Path, file_mode: u32, binary_mode: u32| {
        let folder = stage.join("publish-1.0.0-x");
        fs::create_dir_all(folder.join("docs/guide")).unwrap();
        for (f, body) in
            [("README.md", "read me"), ("docs/guide/a.md", "a"), ("docs/b.png", "b"), ("LICENSE-MIT", "mit")]
        {
            fs::write(folder.join(f), body).unwrap();
            fs::set_permissions(folder.join(f), fs::Permissions::from_mode(file_mode)).unwrap();
        }
        fs::write(folder.join("publish"), "\x7fELF binary").unwrap();
        fs::set_permissions(folder.join("publish"), fs::Permissions::from_mode(binary_mode)).unwrap();
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    set(a.path(), 0o644, 0o755);
    // Another machine: files made under another umask, at another time.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    set(b.path(), 0o600, 0o700);
    let out = tempfile::tempdir().unwrap();
    for format in ["tar.gz", "zip"] {
        let (x, y) = (out.path().join(format!("a.{format}")), out.path().join(format!("b.{format}")));
        pack(a.path(), "publish-1.0.0-x", format, &x, "1737000000");
        pack(b.path(), "publish-1.0.0-x", format, &y, "1737000000");
        assert_eq!(fs::read(&x).unwrap(), fs::read(&y).unwrap(), "{format}: not the same bytes");
        // The modes as the archive gives them: the binary executable, the rest read-only to others.
        let listing = if format == "zip" {
            Command::new("python3").args(["-c", "import sys,zipfile; [print(oct(i.external_attr >> 16), i.filename) for i in zipfile.ZipFile(sys.argv[1]).infolist()]"]).arg(&x).output().unwrap()
        } else {
            Command::new("tar").arg("tvzf").arg(&x).output().unwrap()
        };
        let listing = text(&listing);
        let line = |f: &str| {
            listing.lines().find(|l| l.ends_with(f)).unwrap_or_else(|| panic!("{f}: {listing}")).to_string()
        };
        let (binary, readme) = (line("/publish"), line("/README.md"));
        if format == "zip" {
            assert!(binary.starts_with("0o100755") && readme.starts_with("0o100644"), "{listing}");
        } else {
            assert!(
                binary.starts_with("-rwxr-xr-x 0/0") && readme.starts_with("-rw-r--r-- 0/0"),
                "{listing}"
            );
            assert!(readme.contains("2025-01-16"), "the time is SOURCE_DATE_EPOCH's: {listing}");
        }
        // Sorted, the folder before what it holds.
        let order: Vec<&str> = listing.lines().map(|l| l.rsplit(' ').next().unwrap()).collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(order, sorted, "{listing}");
    }
}

#[test]
fn the_script_takes_paths_from_the_callers_folder_and_refuses_a_binary_of_another_target() {
    // Run from a folder of its own, with paths relative to it.
    let caller = tempfile::tempdir().unwrap();
    fs::copy(env!("CARGO_BIN_EXE_publish"), caller.path().join("publish")).unwrap();
    let o = Command::new("bash")
        .arg(repo().join("scripts/package"))
        .args(["--binary", "publish", "--target", "aarch64-apple-darwin", "--out", "dist"])
        .current_dir(caller.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let arch = std::env::consts::ARCH;
    assert!(
        text(&o).contains(&format!("is an ELF executable for {arch}, not what --target aarch64-apple-darwin needs (Mach-O for aarch64)")),
        "{}",
        text(&o)
    );
    assert!(!caller.path().join("dist").exists(), "something was written");
}
