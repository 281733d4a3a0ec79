//! Fonts: the built-in ones, and those of the project's fonts/ folder, read by the rule of
//! `disk`.
//!
//! Owns: which font files publish loads. Must not: parse fonts (`typeset::world` does).

use std::fs;
use std::path::Path;

use super::disk::{self, Limit};
use super::{Root, embedded};
use crate::diag::Diagnostic;

/// A font file: its display name and its bytes (the built-in ones are not copied).
#[derive(Debug, Clone)]
pub struct FontFile {
    /// The file's display name (`<built-in>/fonts/noto/NotoSerif-Regular.ttf`, `fonts/Brand.otf`).
    pub name: String,
    /// The file's contents (a built-in font's borrowed from the binary).
    pub bytes: typst::foundations::Bytes,
}

/// Font files: the built-in ones, then those under the project's fonts/ folder that are not
/// byte-for-byte one of the built-in ones, read by the rules of [`disk`] (what is skipped is
/// said in the warnings returned).
pub fn font_files(root: &Root) -> (Vec<FontFile>, Vec<Diagnostic>) {
    let is_font = |p: &str| super::has_extension(p, &["ttf", "otf", "ttc", "otc"]);
    let builtin: Vec<(&str, &'static [u8])> = embedded::FILES
        .iter()
        .filter(|(p, _)| p.starts_with("fonts/") && is_font(p))
        .map(|(p, b)| (*p, *b))
        .collect();
    let mut out: Vec<FontFile> = builtin
        .iter()
        .map(|(p, b)| FontFile { name: format!("<built-in>/{p}"), bytes: typst::foundations::Bytes::new(*b) })
        .collect();
    let mut warnings = Vec::new();
    if let Some(dir) = root.dir() {
        let base = disk::real_base(dir);
        let wanted = |p: &Path| is_font(&p.to_string_lossy());
        let (found, skipped) = disk::walk(&base, &dir.join("fonts"), &wanted, Limit::Font);
        let shown = |p: &Path| {
            p.strip_prefix(dir)
                .map_or_else(|_| p.display().to_string(), |r| root.display(&r.to_string_lossy()))
        };
        for (path, why) in &skipped {
            warnings.push(why.skipped(&shown(path), "the project"));
        }
        for path in found {
            if builtin.iter().any(|(_, b)| same_bytes(&path, b)) {
                continue;
            }
            match disk::read(&base, &path, Limit::Font) {
                Ok(bytes) => {
                    out.push(FontFile { name: shown(&path), bytes: typst::foundations::Bytes::new(bytes) });
                }
                Err(e) => warnings.push(
                    Diagnostic::warning("skipped", format!("skipped {}: {e}", shown(&path)))
                        .help("publish reads only regular files inside the project"),
                ),
            }
        }
    }
    (out, warnings)
}

/// Whether the file at `path` holds exactly `bytes`: its size first, then its content read in
/// pieces (a font folder that copies the built-in fonts costs no second copy in memory).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    if fs::metadata(path).map(|m| m.len()).ok() != Some(bytes.len() as u64) {
        return false;
    }
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let mut buf = vec![0u8; 64 * 1024];
    let mut at = 0;
    loop {
        match file.read(&mut buf) {
            Ok(0) => return at == bytes.len(),
            Ok(n) if at + n <= bytes.len() && buf[..n] == bytes[at..at + n] => at += n,
            Ok(_) | Err(_) => return false,
        }
    }
}

/// What a reader of a missing-glyph error needs to find a font: the character's Unicode script
/// (its Script property, from `unicode-script`) and the Noto family that covers that script
/// ("Armenian script: Noto Sans Armenian covers it"). Noto names its families after the
/// scripts ("Noto Sans " and the script's name), but for the few scripts named otherwise here.
pub fn who_covers(c: char) -> String {
    use unicode_script::{Script, UnicodeScript};
    let script = c.script();
    let name = script.full_name().replace('_', " ");
    let family = match script {
        Script::Han | Script::Bopomofo => {
            "Noto Sans CJK (SC, TC, HK, JP or KR, as the language writes Han)".to_string()
        }
        Script::Hiragana | Script::Katakana => "Noto Sans CJK JP".to_string(),
        Script::Hangul => "Noto Sans CJK KR".to_string(),
        Script::Tibetan => "Noto Serif Tibetan".to_string(),
        Script::Latin | Script::Greek | Script::Cyrillic => {
            "Noto Sans or Noto Serif (their full versions)".to_string()
        }
        Script::Common | Script::Inherited | Script::Unknown => {
            let emoji = matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF);
            return if emoji {
                "an emoji (no script): Noto Color Emoji covers it".to_string()
            } else {
                "a symbol (no script): Noto Sans Symbols 2 or Noto Sans Math covers most".to_string()
            };
        }
        _ => format!("Noto Sans {name}"),
    };
    format!("{name} script (Unicode {}): {family} covers it", script.short_name())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_character_names_its_script_and_a_noto_family() {
        assert_eq!(super::who_covers('Հ'), "Armenian script (Unicode Armn): Noto Sans Armenian covers it");
        assert_eq!(super::who_covers('ሀ'), "Ethiopic script (Unicode Ethi): Noto Sans Ethiopic covers it");
        assert!(super::who_covers('漢').starts_with("Han script (Unicode Hani): Noto Sans CJK"));
        assert!(super::who_covers('ᐃ').contains("Noto Sans Canadian Aboriginal"));
        assert!(super::who_covers('🙂').contains("Noto Color Emoji"));
    }
}
