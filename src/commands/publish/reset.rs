//! Setting paragraphs again: after a language is typeset, the preflight reads its pages
//! (`typeset::preflight`); a loose line, a runt, a word hyphenated too near its end or a ladder
//! of hyphens in a paragraph of the body is mended by typesetting again with that paragraph set
//! otherwise (the model's `print.reset`, which the layout library's `body` applies), as a
//! compositor resets a paragraph a proof-reader marked. Each round mends every paragraph faulted
//! in the round before, one step further; of all the rounds, the one with the fewest faults is
//! kept (the first compilation when none has fewer), never one that takes more pages but one
//! that mends every fault (of a document not fitted to its pages).
//!
//! Owns: choosing what to set again, and when to stop. Must not: know how a layout sets a
//! paragraph (the library says it).

use std::collections::BTreeMap;
use std::sync::Arc;

use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::model::{Document, Reset};
use crate::project::layout::Layout;
use crate::project::settings::Settings;
use crate::typeset::preflight::{self, Finding, Mend};
use crate::typeset::{self, Assets, world::Fonts};

/// The last step for a loose line: set ragged (the layout library's `_reset`).
pub const LEVELS: u8 = 2;

/// The most room kept below an entry whose note was set apart from it: the note's own room
/// times one more than this (a note moves down as many columns as come before its entry's).
pub const NOTE_LEVELS: u8 = 2;

/// The most steps the list's entries are set closer together (the layout library's
/// `signatory-list`: 0.75, then 0.55 of the layout's spacing between names).
pub const GATHER_LEVELS: u8 = 2;

/// The most blocks that go to a new page with a letter's closing.
pub const MAX_CARRY: u8 = 3;

/// The most rounds of setting again (each a compilation, Typst reusing what did not change).
pub const MAX_ROUNDS: usize = 6;

/// The next `print.reset` for `findings` on a document set with `reset`: each faulted paragraph
/// one step further. `None` when nothing is left to try.
pub fn next(reset: &BTreeMap<String, Reset>, findings: &[Finding]) -> Option<BTreeMap<String, Reset>> {
    let mut out = reset.clone();
    let mut changed = false;
    // One step per paragraph and kind of fault in a round, however many of its lines have it.
    let mut stepped = std::collections::HashSet::new();
    for f in findings {
        let (Some(block), Some(mend)) = (&f.block, &f.mend) else { continue };
        if !stepped.insert((block.clone(), mend.clone())) {
            continue;
        }
        let before = reset.get(block).cloned().unwrap_or_default();
        let was = out.entry(block.clone()).or_default();
        match mend {
            Mend::Loose => was.level = (before.level + 1).min(LEVELS),
            Mend::Runt(word) => {
                if let Some(word) = word.as_ref().filter(|w| !w.is_empty() && !before.keep.contains(w)) {
                    was.keep.push(word.clone());
                }
                if before.tie {
                    was.level = (before.level + 1).min(LEVELS);
                }
                was.tie = true;
            }
            Mend::Ladder => was.ladder = true,
            Mend::Note => was.level = (before.level + 1).min(NOTE_LEVELS),
            Mend::Carry => was.carry = (before.carry + 1).min(MAX_CARRY),
            Mend::Break => was.level = 1,
            Mend::Gather => was.level = (before.level + 1).min(GATHER_LEVELS),
            Mend::Fragment(word) => {
                if !word.is_empty() && !was.keep.contains(word) {
                    was.keep.push(word.clone());
                }
            }
        }
        changed |= *was != reset.get(block).cloned().unwrap_or_default();
    }
    changed.then_some(out)
}

/// `document`, typeset from `doc`, with the faulted paragraphs set again while that leaves fewer
/// faults: the document and model kept, and the preflight's findings on it.
pub fn mend(
    settings: &Settings,
    fonts: &Arc<Fonts>,
    layout: &Arc<Layout>,
    mut document: PagedDocument,
    mut doc: Document,
    assets: &Assets,
    context: &str,
) -> (PagedDocument, Document, Vec<Finding>) {
    let fitted = doc.print.fit > 0.0;
    let mut found = preflight::findings(&document, context, fitted);
    // The latest try (each round goes on from it, better or not) and the best so far.
    let (mut reset, mut latest) = (doc.print.reset.clone(), found.clone());
    for _ in 0..MAX_ROUNDS {
        let Some(further) = next(&reset, &latest) else { break };
        reset = further;
        let mut again = doc.clone();
        again.print.reset = reset.clone();
        let (out, diags) =
            typeset::compile(fonts.clone(), layout.clone(), &again, settings.timestamp, assets.clone());
        let Some(out) = out else { break };
        if diags.iter().any(Diagnostic::is_error) {
            break;
        }
        latest = preflight::findings(&out, context, fitted);
        // Never a round that takes more pages, unless it mends every fault of a document not
        // fitted to its pages (a heading moved to a new page may push the rest on).
        let pages_ok = out.pages().len() <= document.pages().len() || !fitted && latest.is_empty();
        if latest.len() < found.len() && pages_ok {
            (document, doc, found) = (out, again, latest.clone());
        }
        if found.is_empty() {
            break;
        }
    }
    (document, doc, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(block: &str, mend: Mend) -> Finding {
        Finding {
            diagnostic: Diagnostic::warning("page-runt", "x"),
            block: Some(block.into()),
            mend: Some(mend),
        }
    }

    #[test]
    fn each_round_goes_one_step_further_and_stops_when_nothing_is_left() {
        let none = BTreeMap::new();
        // Every paragraph is tied at first: a runt left takes the next level.
        let first =
            next(&none, &[finding("2", Mend::Runt(Some("mandate".into()))), finding("3.1", Mend::Loose)])
                .unwrap();
        assert_eq!(first["2"], Reset { level: 1, keep: vec!["mandate".into()], ..Reset::default() });
        assert!(first["2"].tie);
        assert_eq!(first["3.1"].level, 1);
        let second = next(&first, &[finding("2", Mend::Runt(None)), finding("3.1", Mend::Loose)]).unwrap();
        assert_eq!(second["2"].level, 2);
        assert_eq!(second["3.1"].level, 2);
        let mut last = second;
        for _ in 0..3 {
            if let Some(n) = next(&last, &[finding("3.1", Mend::Loose)]) {
                last = n;
            }
        }
        assert_eq!(last["3.1"].level, LEVELS);
        assert!(next(&last, &[finding("3.1", Mend::Loose)]).is_none(), "ragged is the last step");
        let keep = next(&none, &[finding("0", Mend::Fragment("enforcement".into()))]).unwrap();
        assert_eq!(keep["0"].keep, vec!["enforcement".to_string()]);
        assert!(next(&keep, &[finding("0", Mend::Fragment("enforcement".into()))]).is_none());
        // A closing alone at a page's top carries one more block each round, up to MAX_CARRY;
        // a note parted from its entry asks for more room, up to NOTE_LEVELS.
        let mut carry = none.clone();
        for _ in 0..5 {
            if let Some(n) = next(&carry, &[finding("9", Mend::Carry), finding("entry.0.3", Mend::Note)]) {
                carry = n;
            }
        }
        assert_eq!((carry["9"].carry, carry["9"].level), (MAX_CARRY, 0));
        assert_eq!(carry["entry.0.3"].level, NOTE_LEVELS);
        // A last page of a few names: the list's names closer, up to GATHER_LEVELS.
        let mut gather = none.clone();
        for _ in 0..4 {
            if let Some(n) = next(&gather, &[finding("signatories", Mend::Gather)]) {
                gather = n;
            }
        }
        assert_eq!(gather["signatories"].level, GATHER_LEVELS);
        // A fault outside the body's paragraphs (a split entry, a short page) is not mended here.
        let plain =
            Finding { diagnostic: Diagnostic::warning("page-short-page", "x"), block: None, mend: None };
        assert!(next(&none, &[plain]).is_none());
    }
}
