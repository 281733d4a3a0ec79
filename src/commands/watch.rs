//! `publish watch`: publish, then publish again whenever a file of the project changes. The
//! fonts stay loaded and Typst's memoization is kept between builds (evicting what has not been
//! used for a while, so memory stays flat over many edits).
//!
//! Owns: the watch loop. Must not: print (the caller gets each build's result).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::publish::{self, Report};
use crate::diag::{Diagnostic, Failure};
use crate::project::settings;
use crate::request::Request;

/// How long to wait for more changes after one (an editor's save is often several events, a
/// few milliseconds apart).
const SETTLE: Duration = Duration::from_millis(20);
/// Builds a memoized result may go unused before it is evicted.
const MAX_AGE: usize = 10;

/// Whether a changed path can change the output: the project's own files, not the files the
/// last build wrote (wherever they are: `--out .` puts them in the project), temporary files or
/// editors' backups.
fn relevant(path: &Path, root: &Path, written: &HashSet<PathBuf>, assets: &HashSet<PathBuf>) -> bool {
    if written.contains(path) {
        return false;
    }
    // The project's other files it reads (the logos), wherever they are in it.
    if assets.contains(path) {
        return true;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if name.starts_with('.') || name.ends_with('~') || crate::project::has_extension(&name, &["swp"]) {
        return false;
    }
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    rel == Path::new("publish.toml") || ["locales", "layouts", "fonts"].iter().any(|d| rel.starts_with(d))
}

/// Publishes, then waits for changes and publishes again, until the watcher fails or `builds`
/// builds have run (`None`: for ever). `report` receives each build's result and how long the
/// build took (from the change settling to the files written).
pub fn run(
    request: &Request,
    cwd: &Path,
    builds: Option<usize>,
    mut report: impl FnMut(Result<Report, Failure>, Duration),
) -> Result<(), Failure> {
    let first = settings::resolve(request, cwd)?;
    let Some(root) = first.project.root.dir().map(std::path::Path::to_path_buf) else {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                "there is no project folder to watch: the built-in example is in the binary",
            )
            .help("run it in a folder holding publish.toml, or pass --project"),
        ));
    };
    // The files the last build wrote (and the manifest), by their real paths as the watcher
    // reports them.
    let written: std::cell::RefCell<HashSet<PathBuf>> = Default::default();
    // The project's files the last build read besides its folders' (the logos).
    let assets: std::cell::RefCell<HashSet<PathBuf>> = Default::default();
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| watch_error(&root, &e))?;
    watcher.watch(&root, RecursiveMode::Recursive).map_err(|e| watch_error(&root, &e))?;
    // The folder above it too (not recursively): a project folder removed and made again (a
    // checkout, a restore) is watched again when it comes back.
    let parent = root.parent().map(Path::to_path_buf);
    if let Some(p) = &parent {
        let _ = watcher.watch(p, RecursiveMode::NonRecursive);
    }

    let matters = |event: &notify::Event| {
        is_change(&event.kind)
            && event.paths.iter().any(|p| relevant(p, &root, &written.borrow(), &assets.borrow()))
    };
    let mut settings = Some(first);
    // The fonts stay loaded until a file under fonts/ changes (or the settings ask for others).
    let mut fonts: Option<(publish::LoadedFonts, bool)> = None;
    let mut done = 0;
    loop {
        let start = Instant::now();
        let result = settings.take().map_or_else(|| settings::resolve(request, cwd), Ok).and_then(|s| {
            let loaded = match fonts.take() {
                Some((loaded, system)) if system == s.system_fonts => loaded,
                _ => publish::load_fonts(&s),
            };
            fonts = Some((loaded.clone(), s.system_fonts));
            let manifest = s.manifest.clone();
            {
                let mut a = assets.borrow_mut();
                a.clear();
                for path in s.assets.files.iter().filter_map(|a| a.disk.as_ref()) {
                    a.extend(std::fs::canonicalize(path));
                    a.insert(path.clone());
                }
            }
            // A layout of the project's runs in a worker process, under the time and memory
            // limits, as `publish` runs it: one that loops is stopped and said, and the watch
            // goes on. The built-in layouts run here, with the fonts kept loaded.
            let built = if s.layout.is_builtin() {
                publish::publish_with(&s, Some(loaded))
            } else {
                publish::run(&s)
            };
            built.inspect(|r| {
                let mut w = written.borrow_mut();
                w.clear();
                let paths = r.written.iter().map(|f| f.path(&s.out)).chain(manifest.clone());
                for p in paths {
                    w.extend(std::fs::canonicalize(&p));
                    w.insert(p);
                }
            })
        });
        report(result, start.elapsed());
        comemo::evict(MAX_AGE);
        done += 1;
        if builds.is_some_and(|n| done >= n) {
            return Ok(());
        }
        // Wait for a change that matters, then for the burst of events to settle.
        let fonts_dir = root.join("fonts");
        let mut forget_fonts = |event: &notify::Event| {
            if event.paths.iter().any(|p| p.starts_with(&fonts_dir)) {
                fonts = None;
            }
        };
        loop {
            match rx.recv() {
                // The project folder made again: watched again, and built.
                Ok(Ok(event))
                    if is_change(&event.kind) && event.paths.iter().any(|p| p == &root) && root.is_dir() =>
                {
                    let _ = watcher.watch(&root, RecursiveMode::Recursive);
                    forget_fonts(&notify::Event::new(notify::EventKind::Any).add_path(fonts_dir.clone()));
                    break;
                }
                // Reading a file is an event too (publish reads them all): only changes count.
                Ok(Ok(event)) if matters(&event) => {
                    forget_fonts(&event);
                    break;
                }
                Ok(_) => continue,
                Err(_) => return Ok(()),
            }
        }
        // Only changes that matter extend the wait: a log file written beside the project, or
        // files being read, must not hold the build back.
        let mut deadline = Instant::now() + SETTLE;
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(Ok(event)) if matters(&event) => {
                    forget_fonts(&event);
                    deadline = Instant::now() + SETTLE;
                }
                Ok(_) => continue,
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            }
        }
    }
}

fn is_change(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::ModifyKind;
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        _ => false,
    }
}

fn watch_error(root: &Path, e: &notify::Error) -> Failure {
    Failure::usage(
        Diagnostic::error("watch", format!("cannot watch {}: {e}", root.display()))
            .help("check that the folder exists and that the system allows more file watches"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_projects_own_files_trigger_a_build() {
        let root = Path::new("/p");
        let out: HashSet<PathBuf> = [PathBuf::from("/p/out/x.fr.pdf")].into();
        let none = HashSet::new();
        assert!(relevant(Path::new("/p/locales/fr/a.ftl"), root, &out, &none));
        assert!(relevant(Path::new("/p/publish.toml"), root, &out, &none));
        assert!(relevant(Path::new("/p/layouts/handout/main.typ"), root, &out, &none));
        assert!(!relevant(Path::new("/p/out/x.fr.pdf"), root, &out, &none));
        assert!(!relevant(Path::new("/p/locales/fr/.publish-1.tmp"), root, &out, &none));
        assert!(!relevant(Path::new("/p/README.md"), root, &out, &none));
        assert!(!relevant(Path::new("/p/locales/fr/a.ftl~"), root, &out, &none));
        // `--out .`: the project's own files still count, the PDFs written there do not.
        let here: HashSet<PathBuf> = [PathBuf::from("/p/x.fr.pdf")].into();
        assert!(relevant(Path::new("/p/locales/fr/a.ftl"), root, &here, &none));
        assert!(!relevant(Path::new("/p/x.fr.pdf"), root, &here, &none));
        // A logo, wherever it is in the project.
        let logo: HashSet<PathBuf> = [PathBuf::from("/p/branding/logo.svg")].into();
        assert!(relevant(Path::new("/p/branding/logo.svg"), root, &none, &logo));
        assert!(!relevant(Path::new("/p/branding/other.svg"), root, &none, &logo));
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify::EventKind;
        use notify::event::{AccessKind, CreateKind, DataChange, ModifyKind, RemoveKind};
        assert!(!is_change(&EventKind::Access(AccessKind::Any)));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(DataChange::Any))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
        assert!(is_change(&EventKind::Remove(RemoveKind::File)));
    }
}
