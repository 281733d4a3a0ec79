//! Embeds the built-in example project (publish.toml, locales/, layouts/, fonts/) and the
//! templates of `publish init` (templates/) into the binary, so that an installed `publish`
//! works from any folder. Files on disk override these at run time.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// On Linux with glibc the program is linked as a position-dependent executable: the dynamic
/// loader then has nothing to relocate at start (a position-independent build relocates some
/// 120,000 pointers, about 3 ms, and each process keeps its own dirtied copy of them, 5 MB: a run
/// of two languages is two processes). Libraries, heap and stack are still placed at random;
/// ARCHITECTURE.md, "Decisions", says what it costs and gains. Only the `publish` binary: the
/// objects stay position-independent. `PUBLISH_LINK_PIE=1` links it position-independent
/// (bench/startup.sh compares the two).
fn link_without_pie() {
    println!("cargo:rerun-if-env-changed=PUBLISH_LINK_PIE");
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && target_env == "gnu" && env::var_os("PUBLISH_LINK_PIE").is_none() {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    link_without_pie();
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("publish.toml")];
    for dir in ["locales", "layouts", "fonts", "templates"] {
        println!("cargo:rerun-if-changed={dir}");
        walk(&root.join(dir), &mut files);
    }
    println!("cargo:rerun-if-changed=publish.toml");
    let mut rel: Vec<(String, PathBuf)> = files
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let r = p.strip_prefix(&root).expect("inside the crate").to_string_lossy().replace('\\', "/");
            (r, p)
        })
        .collect();
    rel.sort();
    let mut code = String::from(
        "/// Files of the built-in example project, sorted by path.\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for (r, p) in &rel {
        code.push_str(&format!("    ({r:?}, include_bytes!({:?})),\n", p.to_string_lossy()));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(out, code).expect("write embedded.rs");
}
