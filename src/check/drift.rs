//! Drift findings, when the statement has an `align.lock`: `source-drift` (a source block
//! changed since its translation was accepted: the word diff and a grade), `new-source` (a block
//! added since, that the translation lacks), `removed-source` (a block removed since, that the
//! translation still renders), `target-changed` (the translation changed while its source did
//! not).
//!
//! One fault gives one finding: a new block's `missing-segment` becomes `new-source`; a removed
//! block's `extra-segment` becomes `removed-source`; a list whose count differs only by new and
//! removed items is not also a `list-count`; and what the other checks say about a drifted
//! block (its numbers now differ from the stale translation's) is left out, since the drift
//! explains it — unless the drift is not an error (punctuation only, or configured lower),
//! which must not hide a real fault of the translation.

use serde_json::{Value, json};

use super::{Finding, Pair, Severity, detail};
use crate::drift::{Entry, State, change, compare, target_fingerprint};

/// The block id a segment id belongs to (`p3.s2` → `p3`).
fn block_of(segment: &str) -> &str {
    segment.split(".s").next().unwrap_or(segment)
}

fn source_block(f: &Finding) -> Option<&str> {
    f.source
        .as_ref()
        .and_then(|l| l.segment.as_deref())
        .map(block_of)
}

pub(super) fn run(pair: &Pair, entries: &[Entry], findings: &mut Vec<Finding>) {
    let (source, target) = (pair.source, pair.target);
    let c = compare(source, entries);
    let mut drifted: Vec<String> = Vec::new();
    let mut new_ids: Vec<String> = Vec::new();
    let mut added = Vec::new();
    for (i, state) in c.blocks.iter().enumerate() {
        let b = &source.blocks[i];
        let tloc = pair
            .alignment
            .for_source(i)
            .and_then(|bead| bead.tgt.first().copied())
            .map(|j| pair.tgt_block(j));
        match state {
            State::Drifted(e) => {
                let (parts, g) = change(&e.source_text, &b.text, source.lang);
                let mut f = pair.finding("source-drift", Some(pair.src_block(i)), tloc);
                if g == "punctuation" {
                    f.severity = Severity::Info;
                }
                // The severity it will be reported with (a configured one replaces the grade's).
                let severity = match pair.settings.configured("source-drift", &f.lang) {
                    Some(configured) => configured,
                    None => Some(f.severity),
                };
                detail(&mut f, "grade", g);
                detail(&mut f, "accepted", e.accepted.clone());
                detail(&mut f, "accepted_segment", e.segment.clone());
                detail(&mut f, "accepted_text", e.source_text.clone());
                detail(
                    &mut f,
                    "diff",
                    Value::Array(
                        parts
                            .iter()
                            .map(|p| json!({ "op": p.op, "text": p.text }))
                            .collect(),
                    ),
                );
                detail(&mut f, "changes", changes(&parts));
                // Only a drift that stops publication explains the block's other findings: a
                // comma added to the source must not hide a wrong number in the translation.
                if severity == Some(Severity::Error) {
                    drifted.push(b.id.clone());
                }
                added.push(f);
            }
            State::New => new_ids.push(b.id.clone()),
            State::Unchanged(e) => {
                let now = target_fingerprint(target, pair.alignment, i);
                if !e.target_fingerprint.is_empty()
                    && !now.is_empty()
                    && now != e.target_fingerprint
                {
                    let mut f = pair.finding("target-changed", Some(pair.src_block(i)), tloc);
                    detail(&mut f, "accepted", e.accepted.clone());
                    added.push(f);
                }
            }
        }
    }
    // What the drift explains is not reported again.
    findings.retain(|f| source_block(f).is_none_or(|b| !drifted.iter().any(|d| d == b)));
    // A new block the translation lacks: its missing-segment becomes new-source.
    for f in findings.iter_mut() {
        if f.check == "missing-segment"
            && source_block(f).is_some_and(|b| new_ids.iter().any(|n| n == b))
        {
            f.check = "new-source";
            f.severity = Severity::Error;
        }
    }
    // A removed block the translation still renders: its extra-segment becomes removed-source.
    let mut removed_in_lists: Vec<String> = Vec::new();
    for e in &c.removed {
        if e.segment.starts_with('l') {
            removed_in_lists.push(e.segment.clone());
        }
        let still = e.rendered_in(target);
        let Some(j) = still else {
            continue;
        };
        let id = target.blocks[j].id.clone();
        findings.retain(|f| {
            !(f.check == "extra-segment"
                && f.target
                    .as_ref()
                    .and_then(|l| l.segment.as_deref())
                    .map(block_of)
                    == Some(id.as_str()))
        });
        let mut f = pair.finding("removed-source", None, Some(pair.tgt_block(j)));
        detail(&mut f, "accepted_segment", e.segment.clone());
        detail(&mut f, "accepted_text", e.source_text.clone());
        detail(&mut f, "accepted", e.accepted.clone());
        added.push(f);
    }
    // A list that differs only by new and removed items.
    findings.retain(|f| {
        if f.check != "list-count" {
            return true;
        }
        let Some(list) = f.source.as_ref().and_then(|l| l.segment.clone()) else {
            return true;
        };
        let prefix = format!("{list}.");
        let n_new = new_ids.iter().filter(|id| id.starts_with(&prefix)).count() as i64;
        let n_removed = removed_in_lists
            .iter()
            .filter(|id| id.starts_with(&prefix))
            .count() as i64;
        let (src, tgt) = (
            f.details
                .get("source_items")
                .and_then(Value::as_i64)
                .unwrap_or(0),
            f.details
                .get("target_items")
                .and_then(Value::as_i64)
                .unwrap_or(0),
        );
        !(n_new + n_removed > 0 && src - tgt == n_new - n_removed)
    });
    findings.extend(added);
}

/// The diff in one line with `[-deleted-]{+inserted+}` marks (for messages).
fn changes(parts: &[crate::drift::Part]) -> String {
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        match p.op {
            "delete" => out.push_str(&format!("[-{}-]", p.text.trim())),
            "insert" => out.push_str(&format!("{{+{}+}}", p.text.trim())),
            _ => {
                // Only the words around a change, so the message stays one line.
                let words: Vec<&str> = p.text.split_whitespace().collect();
                let keep = 4;
                let text = if words.len() <= 2 * keep {
                    p.text.clone()
                } else if k == 0 {
                    format!("… {}", words[words.len() - keep..].join(" "))
                } else if k == parts.len() - 1 {
                    format!("{} …", words[..keep].join(" "))
                } else {
                    format!(
                        "{} … {}",
                        words[..keep].join(" "),
                        words[words.len() - keep..].join(" ")
                    )
                };
                let lead = if p.text.starts_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                let trail = if p.text.ends_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                out.push_str(&format!("{lead}{}{trail}", text.trim()));
            }
        }
    }
    out
}
