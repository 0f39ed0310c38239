//! Checks of meaning on a decoded dataset: dates in order, references that exist, unique
//! ids, one chair at a time, safe links, provenance notes. Each problem carries the JSON path,
//! line and column recorded while decoding ([`Positions`]).

use std::collections::HashMap;

use super::decode::Positions;
use super::problem::{closest, shown, Omitted, Problem, Problems};
use super::rotation::{self, Conflict};
use crate::date::DateRange;
use crate::model::{entries, sorted, Dataset, EventKind, Provenance, RotationRule, Status, Stream};
use crate::text::Lang;

/// Every problem of meaning in `dataset`, located with the `positions` its decoding recorded.
///
/// References are checked from `positions` (so that those of items left out as broken are
/// checked too): with `Positions::default()`, for a dataset built in code, they are not
/// checked and lines and columns are 0. At most [`super::MAX_PROBLEMS`] are listed, then one
/// that counts the rest.
pub fn check(dataset: &Dataset, positions: &Positions) -> Vec<Problem> {
    let (problems, omitted) = check_counted(dataset, positions);
    super::problem::finish(problems, omitted).0
}

/// How many candidate ids the "did you mean" hints may compare in all: on a huge broken file
/// the first hints are worth it, a million comparisons are not.
const SUGGESTION_BUDGET: usize = 20_000;

/// [`check`]'s problems in the order found (the first [`super::MAX_PROBLEMS`]) and the count
/// of the others.
pub fn check_counted(dataset: &Dataset, positions: &Positions) -> (Vec<Problem>, Omitted) {
    let mut ids: HashMap<&str, &'static str> = HashMap::new();
    let mut v = Check {
        positions,
        problems: Problems::default(),
        suggestions: SUGGESTION_BUDGET,
    };
    let mut first_path: HashMap<&str, &str> = HashMap::new();
    for d in &positions.ids {
        crate::work::tick(1);
        if let Some(first) = first_path.get(&*d.id) {
            let at = positions.pos(first);
            v.error(
                &d.path,
                format!(
                    "the id {} is already used by {} (line {}, column {})",
                    shown(&d.id),
                    item_of(first),
                    at.line,
                    at.column
                ),
                "ids must be unique across the whole file, even between different kinds of items; \
                 rename one of them",
            );
        } else {
            first_path.insert(&d.id, &d.path);
            ids.insert(&d.id, d.list);
        }
    }
    let ds = dataset;
    let lists = [
        (
            "members",
            ds.members.iter().map(|m| &*m.id).collect::<Vec<_>>(),
        ),
        (
            "chair_terms",
            ds.chair_terms.iter().map(|t| &*t.id).collect(),
        ),
        ("streams", ds.streams.iter().map(|s| &*s.id).collect()),
        ("events", ds.events.iter().map(|e| &*e.id).collect()),
        ("outcomes", ds.outcomes.iter().map(|o| &*o.id).collect()),
        ("sources", ds.sources.iter().map(|s| &*s.id).collect()),
    ];
    for (list, items) in &lists {
        for id in items {
            ids.entry(id).or_insert(list);
        }
    }
    v.references(ds, &ids);

    for (i, t) in ds.chair_terms.iter().enumerate() {
        let path = positions.item("chair_terms", i);
        v.range(&path, "from", "to", "term", &t.term);
        v.provenance(&path, &t.provenance);
    }
    v.overlaps(ds);
    v.co_chairs(ds);
    v.group_end(ds);
    if let Some(r) = &ds.rotation {
        v.provenance("rotation", &r.provenance);
        v.earlier_rules(r);
    }
    v.rotation_conflicts(ds);
    if let Some(s) = &ds.group.successor {
        v.provenance("group.succeeded_by", &s.provenance);
        if let Some(link) = &s.link {
            v.link("group.succeeded_by.link", link);
        }
    }
    for (i, s) in ds.streams.iter().enumerate() {
        let path = positions.item("streams", i);
        v.range(&path, "start", "end", "stream", &s.period);
        v.provenance(&path, &s.provenance);
    }
    v.stream_cycles(ds);
    v.member_cycles(ds);
    for (i, e) in ds.events.iter().enumerate() {
        let path = positions.item("events", i);
        v.range(&path, "date", "end", "event", &e.when);
        v.provenance(&path, &e.provenance);
    }
    for (i, o) in ds.outcomes.iter().enumerate() {
        let path = positions.item("outcomes", i);
        v.provenance(&path, &o.provenance);
        if let Some(link) = &o.document.link {
            v.link(&format!("{path}.document.link"), link);
        }
    }
    for (i, s) in ds.sources.iter().enumerate() {
        if let Some(link) = &s.link {
            v.link(&format!("{}.link", positions.item("sources", i)), link);
        }
    }
    (v.problems.list, v.problems.omitted)
}

/// Whether the part of a `mailto:` link before `?` is one or more e-mail addresses,
/// `local@domain` separated by commas, read after percent-decoding: no second scheme
/// (`mailto:javascript:…`), no `//`, no markup.
fn is_mail_addresses(rest: &str) -> bool {
    let to = rest.split('?').next().unwrap_or("");
    let mut decoded = Vec::with_capacity(to.len());
    let mut bytes = to.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next(), bytes.next()];
            let digit = |d: Option<u8>| char::from(d.unwrap_or(b'x')).to_digit(16);
            match (digit(hex[0]), digit(hex[1])) {
                (Some(h), Some(l)) => decoded.push((h * 16 + l) as u8),
                _ => return false,
            }
        } else {
            decoded.push(b);
        }
    }
    let Ok(to) = String::from_utf8(decoded) else {
        return false;
    };
    to.split(',').all(|address| {
        let mut parts = address.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let plain = |s: &str| {
            !s.is_empty()
                && !s.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || matches!(
                            c,
                            ':' | '/' | '\\' | '<' | '>' | '"' | '\'' | '(' | ')' | ';'
                        )
                })
        };
        plain(local) && plain(domain) && domain.bytes().any(|b| b == b'.')
    })
}

/// The checks of [`check`] that keep a page safe whatever the data: links only to https:,
/// http: or mailto: (never script), and no stream whose parents loop. The visitor's wasm runs
/// only these ([`super::FULL_CHECKS`]).
pub fn safety(dataset: &Dataset, positions: &Positions) -> Vec<Problem> {
    let (problems, omitted) = safety_counted(dataset, positions);
    super::problem::finish(problems, omitted).0
}

/// [`safety`]'s problems (the first [`super::MAX_PROBLEMS`]) and the count of the others.
pub fn safety_counted(dataset: &Dataset, positions: &Positions) -> (Vec<Problem>, Omitted) {
    let mut v = Check {
        positions,
        problems: Problems::default(),
        suggestions: 0,
    };
    let ds = dataset;
    if let Some(link) = ds.group.successor.as_ref().and_then(|s| s.link.as_ref()) {
        v.link("group.succeeded_by.link", link);
    }
    v.stream_cycles(ds);
    for (i, o) in ds.outcomes.iter().enumerate() {
        if let Some(link) = &o.document.link {
            v.link(
                &format!("{}.document.link", positions.item("outcomes", i)),
                link,
            );
        }
    }
    for (i, s) in ds.sources.iter().enumerate() {
        if let Some(link) = &s.link {
            v.link(&format!("{}.link", positions.item("sources", i)), link);
        }
    }
    (v.problems.list, v.problems.omitted)
}

/// A warning for each text of a file that lacks a language the widgets show: a visitor reading
/// that language would silently get the English. Quotes and source titles are exempt: they are
/// the source's own words, shown as the source wrote them. [`super::load`] adds these only to a file without
/// errors, so that a long list of missing translations never hides an error.
pub fn languages(positions: &Positions) -> Vec<Problem> {
    let (problems, omitted) = languages_counted(positions);
    super::problem::finish(problems, omitted).0
}

/// [`languages`]'s warnings (the first [`super::MAX_PROBLEMS`]) and the count of the others.
pub fn languages_counted(positions: &Positions) -> (Vec<Problem>, Omitted) {
    let mut v = Check {
        positions,
        problems: Problems::default(),
        suggestions: 0,
    };
    for (path, missing) in &positions.incomplete_texts {
        // A source's title is the document's own title, in the language it was published in.
        let source_title = path.starts_with("sources[") && path.ends_with("].title");
        if path.ends_with(".quote") || source_title {
            continue;
        }
        let names: Vec<&str> = missing.iter().map(|l| language_name(*l)).collect();
        let codes: Vec<String> = missing
            .iter()
            .map(|l| format!("\"{}\"", l.code()))
            .collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let message = if missing.len() == 5 {
            "the text is in English only: visitors reading the widgets in the other five \
             languages see the English"
                .to_string()
        } else {
            format!(
                "the text has no {} version: visitors reading it in {} see the English",
                or_list(&names),
                if missing.len() == 1 {
                    "that language"
                } else {
                    "those languages"
                }
            )
        };
        let hint = format!(
            "add {} (and list them in \"needs_review\" until a language unit has checked them)",
            or_list(&codes).replace(" or ", " and ")
        );
        v.warning(path, message, hint);
    }
    (v.problems.list, v.problems.omitted)
}

/// "members[0]" for "members[0].id".
fn item_of(path: &str) -> &str {
    path.strip_suffix(".id").unwrap_or(path)
}

fn in_order(r: &DateRange) -> bool {
    r.last_day().is_none_or(|end| end >= r.first_day())
}

/// "2013-07 to 2014-06", or "2014" for a range within one written date.
fn span(r: &DateRange) -> String {
    match r.end {
        Some(end) if end == r.start => r.start.to_string(),
        Some(end) => format!("{} to {end}", r.start),
        None => format!("{} onwards", r.start),
    }
}

/// A language's English name, for messages.
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Arabic",
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Ru => "Russian",
        Lang::Es => "Spanish",
    }
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// What a list's items are called in messages.
fn singular(list: &str) -> &'static str {
    match list {
        "members" => "member",
        "chair_terms" => "chair term",
        "streams" => "stream",
        "events" => "event",
        "outcomes" => "outcome",
        _ => "source",
    }
}

struct Check<'p> {
    positions: &'p Positions,
    problems: Problems,
    /// How many more candidates the "did you mean" searches may compare (they are costly on
    /// huge broken files).
    suggestions: usize,
}

impl Check<'_> {
    fn error(&mut self, path: &str, message: String, hint: impl Into<String>) {
        let at = self.positions.pos(path);
        self.problems
            .push(Problem::error(path, at.line, at.column, message, hint));
    }

    fn warning(&mut self, path: &str, message: String, hint: impl Into<String>) {
        let at = self.positions.pos(path);
        self.problems
            .push(Problem::warning(path, at.line, at.column, message, hint));
    }

    /// Checks that `id` (written at `path`) names an item of one of `lists`.
    fn reference(
        &mut self,
        ids: &HashMap<&str, &'static str>,
        path: &str,
        id: &str,
        lists: &[&str],
        what: &str,
    ) {
        match ids.get(id) {
            Some(list) if lists.contains(list) => return,
            Some(list) => {
                let hint = format!("give the id of a {what} here");
                self.error(
                    path,
                    format!(
                        "{} is the id of a {}, not of a {what}",
                        shown(id),
                        singular(list)
                    ),
                    hint,
                );
                return;
            }
            None => {}
        }
        crate::work::tick(1);
        let cost = ids.len().max(1);
        let hint = if self.suggestions < cost || self.problems.is_full() {
            format!("give the id of an existing {what}")
        } else {
            self.suggestions -= cost;
            crate::work::tick(cost);
            let mut candidates: Vec<&str> = ids
                .iter()
                .filter(|(_, l)| lists.contains(l))
                .map(|(id, _)| *id)
                .collect();
            candidates.sort_unstable();
            let near = closest(id, candidates.iter().copied());
            if !near.is_empty() {
                format!(
                    "did you mean {}?",
                    near.iter()
                        .map(|n| shown(n))
                        .collect::<Vec<_>>()
                        .join(" or ")
                )
            } else if candidates.is_empty() {
                format!("there is no {what} in the file yet")
            } else {
                let mut listed: Vec<String> =
                    candidates.iter().take(12).map(|c| shown(c)).collect();
                if candidates.len() > 12 {
                    listed.push("…".into());
                }
                format!("the {what} ids are: {}", listed.join(", "))
            }
        };
        self.error(
            path,
            format!("there is no {what} with the id {}", shown(id)),
            hint,
        );
    }

    fn references(&mut self, ds: &Dataset, ids: &HashMap<&str, &'static str>) {
        for r in &self.positions.refs {
            self.reference(ids, &r.path, &r.id, r.target.lists(), r.target.what());
        }
        let p = self.positions;
        for (i, m) in ds.members.iter().enumerate() {
            if m.part_of.as_ref() == Some(&m.id) {
                let path = format!("{}.part_of", p.item("members", i));
                self.error(
                    &path,
                    format!("the member {} cannot be part of itself", shown(&m.id)),
                    "remove part_of, or give the id of the member it belongs to",
                );
            }
        }
        for (i, s) in ds.streams.iter().enumerate() {
            let Some(parent) = &s.parent else { continue };
            let path = format!("{}.parent", p.item("streams", i));
            if parent == &s.id {
                self.error(
                    &path,
                    format!("the stream {} cannot be its own parent", shown(&s.id)),
                    "give the id of a plan or of another stream",
                );
            } else if let Some(e) = ds
                .events
                .iter()
                .find(|e| &e.id == parent)
                .filter(|e| e.kind != EventKind::Plan)
            {
                if ids.get(&**parent) == Some(&"events") {
                    self.error(
                        &path,
                        format!(
                            "the parent {} is an event of kind {}, not a plan",
                            shown(parent),
                            shown(e.kind.code())
                        ),
                        "a stream's parent is a stream or an event of kind \"plan\"",
                    );
                }
            }
        }
    }

    /// Reports a range whose end (field `to`) lies before its start (field `from`).
    fn range(&mut self, path: &str, from: &str, to: &str, what: &str, r: &DateRange) {
        if let Some(end) = r.end.filter(|_| !in_order(r)) {
            self.error(
                &format!("{path}.{to}"),
                format!("the {what} ends ({end}) before it starts ({})", r.start),
                format!("'{to}' must not be before '{from}'; check the years and months"),
            );
        }
    }

    /// A co-chair term needs another co-chair term of the same period.
    fn co_chairs(&mut self, ds: &Dataset) {
        for (i, t) in ds.chair_terms.iter().enumerate() {
            let partnered = ds
                .chair_terms
                .iter()
                .any(|o| o.id != t.id && o.co_chair && o.term == t.term);
            if t.co_chair && !partnered {
                let path = format!("{}.co_chair", self.positions.item("chair_terms", i));
                self.warning(
                    &path,
                    format!(
                        "chair term {} is a co-chair term, but no other co-chair term has the \
                         same dates ({})",
                        shown(&t.id),
                        span(&t.term)
                    ),
                    "give each co-chair its own chair term with \"co_chair\": true and the same \
                     \"from\" and \"to\"",
                );
            }
        }
    }

    /// Nothing starts after the group's end.
    fn group_end(&mut self, ds: &Dataset) {
        let Some(end) = ds.group.end else { return };
        let last = end.last_day();
        for (i, t) in ds.chair_terms.iter().enumerate() {
            if t.term.first_day() > last {
                let path = format!("{}.from", self.positions.item("chair_terms", i));
                self.error(
                    &path,
                    format!(
                        "chair term {} starts ({}) after the group's end ({end})",
                        shown(&t.id),
                        t.term.start
                    ),
                    "no one chairs a group that no longer exists: correct the dates, or \
                     group.end",
                );
            }
        }
    }

    /// Earlier rules start in order, each before the current rule.
    fn earlier_rules(&mut self, r: &RotationRule) {
        let starts: Vec<_> = r.before.iter().map(|b| b.start).chain([r.start]).collect();
        for (i, pair) in starts.windows(2).enumerate() {
            if pair[0].first_day() >= pair[1].first_day() {
                let path = format!("{}.start", self.positions.item("rotation.before", i));
                self.error(
                    &path,
                    format!(
                        "the earlier rule starting {} does not start before the next rule ({})",
                        pair[0], pair[1]
                    ),
                    "list the earlier rules oldest first, each starting before the next and \
                     before the rule's own start",
                );
            }
        }
    }

    /// What the rotation finds: a recorded term naming another member than the rule expects
    /// is an error (the projection would contradict the record), days no chair term covers
    /// are a warning (the record has a hole). Overlaps are reported by the term check above.
    fn rotation_conflicts(&mut self, ds: &Dataset) {
        let name = |id: &str| {
            ds.member(id)
                .map(|m| m.short_name.get(Lang::En).to_string())
                .unwrap_or_else(|| id.to_string())
        };
        let terms: HashMap<&str, usize> = ds
            .chair_terms
            .iter()
            .enumerate()
            .map(|(i, t)| (&*t.id, i))
            .collect();
        let index = |id: &str| terms.get(id).copied();
        for conflict in rotation::check(ds).conflicts {
            match conflict {
                Conflict::OutOfOrder {
                    term,
                    expected,
                    found,
                } => {
                    let Some(i) = index(&term) else { continue };
                    let path = format!("{}.member", self.positions.item("chair_terms", i));
                    self.error(
                        &path,
                        format!(
                            "chair term {} names {}, but the rotation rule expects {} for this \
                             term",
                            shown(&term),
                            name(&found),
                            name(&expected)
                        ),
                        "the record and the rule disagree: correct the term, add the member \
                         passed over to rotation.skip (with the reason), or set \
                         membership_complete to false if members are missing",
                    );
                }
                Conflict::Gap {
                    after,
                    before,
                    from,
                    to,
                } => {
                    let Some(i) = index(&before) else { continue };
                    let path = format!("{}.from", self.positions.item("chair_terms", i));
                    let span = if from == to {
                        format!("in {from}")
                    } else {
                        format!("from {from} to {to}")
                    };
                    self.warning(
                        &path,
                        format!(
                            "no chair is recorded {span}, between chair terms {} and {}",
                            shown(&after),
                            shown(&before)
                        ),
                        "if a source names the chair for that time, add its chair term; \
                         otherwise the widgets leave the time blank",
                    );
                }
                Conflict::Overlap { .. } => {}
            }
        }
    }

    fn provenance(&mut self, path: &str, p: &Provenance) {
        if p.status == Status::Inferred && p.note.is_none() {
            self.warning(
                &format!("{path}.status"),
                "the status is 'inferred' but there is no note saying how it was deduced".into(),
                "add \"note\": \"…\" explaining the deduction",
            );
        }
    }

    fn link(&mut self, path: &str, link: &str) {
        let scheme = link.split_once(':').map(|(s, _)| s).filter(|s| {
            s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        });
        let hint = || {
            en!("write the full address, like \"https://www.un.org/…\" \
                 (or \"mailto:name@example.org\")")
        };
        let shown_link = shown(link);
        let Some(scheme) = scheme else {
            self.error(
                path,
                say!("link" [shown_link]
                    "the link {shown_link} does not start with https:, http: or mailto:"
                ),
                hint(),
            );
            return;
        };
        let lower = scheme.to_ascii_lowercase();
        let rest = link.get(scheme.len() + 1..).unwrap_or("");
        if !matches!(lower.as_str(), "https" | "http" | "mailto") {
            let scheme = shown(&format!("{scheme}:"));
            self.error(
                path,
                say!("link" [scheme] "links may only use https:, http: or mailto:, not {scheme}"),
                hint(),
            );
        } else if link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || super::problem::is_bidi_control(c))
        {
            self.error(
                path,
                say!("link" [shown_link]
                    "the link {shown_link} contains spaces or invisible characters"
                ),
                en!("write spaces in an address as %20 and remove line breaks"),
            );
        } else if lower != "mailto" && !rest.starts_with("//") || rest.len() < 3 {
            self.error(
                path,
                say!("link" [shown_link] "the link {shown_link} is incomplete"),
                hint(),
            );
        } else if lower == "mailto" && !is_mail_addresses(rest) {
            self.error(
                path,
                say!("link" [shown_link] "the link {shown_link} is not an e-mail address"),
                en!(
                    "a mailto: link holds addresses like name@example.org, and nothing else \
                     before an optional ?subject=…"
                ),
            );
        }
    }

    /// Reports chair terms sharing a day (unless [`rotation::may_share_days`]: co-chairs, an
    /// announcement beside the record), one message per term at most: with
    /// [`rotation::overlaps`], n log n time (1,000 overlapping terms made 499,500 messages).
    fn overlaps(&mut self, ds: &Dataset) {
        for (j, i) in rotation::overlaps(&ds.chair_terms) {
            let (Some(t), Some(other)) = (ds.chair_terms.get(i), ds.chair_terms.get(j)) else {
                continue;
            };
            let path = self.positions.item("chair_terms", i);
            let at = self.positions.pos(&self.positions.item("chair_terms", j));
            self.error(
                &format!("{path}.from"),
                format!(
                    "chair term {} ({}) overlaps chair term {} ({}, line {})",
                    shown(&t.id),
                    span(&t.term),
                    shown(&other.id),
                    span(&other.term),
                    at.line
                ),
                "one member chairs at a time: correct the dates of one of the two terms \
                 (a year alone, like \"2014\", means the whole year)",
            );
        }
    }

    /// Reports members whose chain of `part_of` loops back to them (a member part of itself
    /// is reported on its own).
    fn member_cycles(&mut self, ds: &Dataset) {
        // By id, the last of a duplicated id (duplicates are reported on their own).
        let index = sorted(
            ds.members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.clone(), i))
                .collect(),
        );
        let parent = |i: usize| {
            ds.members
                .get(i)
                .and_then(|m| m.part_of.as_deref())
                .and_then(|p| entries(&index, p).last())
                .map(|(_, i)| *i)
        };
        for ring in cycles(ds.members.len(), parent) {
            let names: Vec<&str> = ring
                .iter()
                .chain(ring.first())
                .filter_map(|&k| ds.members.get(k))
                .map(|m| &*m.id)
                .collect();
            let Some(&first) = ring.first() else { continue };
            let id = ds.members.get(first).map_or("", |m| &*m.id);
            self.error(
                &format!("{}.part_of", self.positions.item("members", first)),
                format!(
                    "the member {} is part of itself through others: {}",
                    shown(id),
                    names.join(" → ")
                ),
                "one of these members must be part of none of the others: remove its part_of",
            );
        }
    }

    /// Reports streams whose chain of parents loops back to them (once per loop, at the
    /// first stream of the loop in file order).
    fn stream_cycles(&mut self, ds: &Dataset) {
        // By id, the last of a duplicated id (duplicates are reported on their own).
        let index = sorted(
            ds.streams
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect(),
        );
        let parent = |i: usize| {
            ds.streams
                .get(i)
                .and_then(|s| s.parent.as_deref())
                .and_then(|p| entries(&index, p).last())
                .map(|(_, i)| *i)
        };
        for ring in cycles(ds.streams.len(), parent) {
            let names: Vec<&str> = ring
                .iter()
                .chain(ring.first())
                .filter_map(|&k| ds.streams.get(k))
                .map(|s: &Stream| &*s.id)
                .collect();
            let Some(&first) = ring.first() else { continue };
            let id = ds.streams.get(first).map_or("", |s: &Stream| &*s.id);
            let names = names.join(" → ");
            self.error(
                &format!("{}.parent", self.positions.item("streams", first)),
                say!("circle" [names]
                    "the parents of the stream {} go round in a circle: {names}",
                    shown(id)
                ),
                en!("one of these streams must have a plan, or no parent, as its parent"),
            );
        }
    }
}

/// The loops of `parent` links among `count` nodes (rings of two or more; a node that is its
/// own parent is reported elsewhere), each starting at its lowest index, in the order found.
/// Linear time: each node is walked once.
fn cycles(count: usize, parent: impl Fn(usize) -> Option<usize>) -> Vec<Vec<usize>> {
    // 0: not seen, 1: on the current walk, 2: done.
    let mut state = vec![0u8; count];
    let mut rings = Vec::new();
    for start in 0..count {
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            crate::work::tick(1);
            match state.get(i) {
                Some(0) => {}
                Some(1) => {
                    let from = walk.iter().position(|&k| k == i).unwrap_or(0);
                    let ring = walk.get(from..).unwrap_or(&[]);
                    if let Some(&first) = ring.iter().min().filter(|_| ring.len() > 1) {
                        let at = ring.iter().position(|&k| k == first).unwrap_or(0);
                        rings.push(
                            ring.iter()
                                .cycle()
                                .skip(at)
                                .take(ring.len())
                                .copied()
                                .collect(),
                        );
                    }
                    break;
                }
                _ => break,
            }
            if let Some(s) = state.get_mut(i) {
                *s = 1;
            }
            walk.push(i);
            at = parent(i);
        }
        for i in walk {
            if let Some(s) = state.get_mut(i) {
                *s = 2;
            }
        }
    }
    rings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{decode::decode, json::parse};

    fn problems(text: &str) -> Vec<String> {
        let d = decode(&parse(text).unwrap());
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        check(&d.dataset, &d.positions)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const HEAD: &str = r#""version": 1, "group": {"name": "G", "short_name": "G"},
        "members": [{"id": "ilo", "short_name": "ILO", "name": "ILO"}, {"id": "iom", "short_name": "IOM", "name": "IOM"}]"#;

    #[test]
    fn finds_problems_of_meaning() {
        let p = problems(&format!(
            r#"{{{HEAD}, "chair_terms": [
                {{"id": "a", "member": "ilo", "from": "2013-07", "to": "2014-06"}},
                {{"id": "b", "member": "imo", "from": "2014", "to": "2014", "source": "nope"}},
                {{"id": "ilo", "member": "iom", "from": "2016", "to": "2015"}}],
              "sources": [{{"id": "src", "title": "T", "link": "javascript:alert(1)"}}],
              "events": [{{"id": "e", "name": "E", "date": "2014", "status": "inferred"}}],
              "streams": [{{"id": "s1", "kind": "thematic", "name": "S", "start": "2014", "parent": "s2"}},
                          {{"id": "s2", "kind": "thematic", "name": "S", "start": "2014", "parent": "s1"}},
                          {{"id": "s3", "kind": "thematic", "name": "S", "start": "2014", "parent": "e"}}]}}"#
        ));
        let all = p.join("\n");
        for want in [
            "there is no member with the id 'imo'",
            "did you mean 'ilo' or 'iom'?",
            "there is no source with the id 'nope'",
            "the id 'ilo' is already used by members[0]",
            "the term ends (2015) before it starts (2016)",
            "chair term 'b' (2014) overlaps chair term 'a' (2013-07 to 2014-06, line 3)",
            "links may only use https:, http: or mailto:, not 'javascript:'",
            "warning: events[0].status",
            "go round in a circle: s1 → s2 → s1",
            "the parent 'e' is an event of kind 'milestone', not a plan",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
        assert_eq!(all.matches("circle").count(), 1);
    }

    #[test]
    fn safety_keeps_the_checks_that_protect_a_page() {
        // What the visitor's wasm runs: unsafe links and parent loops, nothing of meaning.
        let d = decode(
            &parse(&format!(
                r#"{{{HEAD}, "chair_terms": [{{"id": "a", "member": "imo", "from": "2016", "to": "2015"}}],
              "sources": [{{"id": "src", "title": "T", "link": "javascript:alert(1)"}}],
              "streams": [{{"id": "s1", "kind": "thematic", "name": "S", "start": "2014", "parent": "s2"}},
                          {{"id": "s2", "kind": "thematic", "name": "S", "start": "2014", "parent": "s1"}}]}}"#
            ))
            .unwrap(),
        );
        let safe: Vec<String> = safety(&d.dataset, &d.positions)
            .iter()
            .map(ToString::to_string)
            .collect();
        let all = safe.join("\n");
        assert_eq!(safe.len(), 2, "{all}");
        assert!(all.contains("sources[0].link"), "{all}");
        assert!(all.contains("go round in a circle: s1 → s2 → s1"), "{all}");
        let full = check(&d.dataset, &d.positions);
        for p in safety(&d.dataset, &d.positions) {
            assert!(full.contains(&p), "check() reports {p} too");
        }
    }

    #[test]
    fn links() {
        let ok = [
            "https://www.un.org/x",
            "HTTP://a.b",
            "mailto:a@b.org",
            "mailto:a@b.org,c.d@e.int?subject=GMG%20chairs",
        ];
        let bad = [
            "JavaScript:alert(1)",
            " https://a.b",
            "java\tscript:x",
            "//evil.org",
            "www.un.org",
            "https:evil",
            "data:text/html,x",
            "https://a b",
            "mailto:javascript:alert(1)",
            "mailto:javascript:alert(1)//@x.org",
            "mailto:%6aavascript%3aalert(1)@x.org",
            "mailto://x@y.org",
            "mailto:a@b.org\u{202e}",
            "mailto:<a@b.org>",
            "mailto:%zz@b.org",
        ];
        for (link, good) in ok
            .iter()
            .map(|l| (l, true))
            .chain(bad.iter().map(|l| (l, false)))
        {
            let mut c = Check {
                positions: &Positions::default(),
                problems: Problems::default(),
                suggestions: 0,
            };
            c.link("l", link);
            assert_eq!(
                c.problems.list.is_empty(),
                good,
                "{link:?}: {:?}",
                c.problems.list
            );
        }
    }

    #[test]
    fn part_of_rings_are_errors() {
        let p = problems(
            r#"{"version": 1, "group": {"name": "G", "short_name": "G"}, "members": [
                {"id": "a", "short_name": "A", "name": "A", "part_of": "b"},
                {"id": "b", "short_name": "B", "name": "B", "part_of": "c"},
                {"id": "c", "short_name": "C", "name": "C", "part_of": "a"},
                {"id": "d", "short_name": "D", "name": "D", "part_of": "a"}]}"#,
        );
        let all = p.join("\n");
        assert!(
            all.contains("the member 'a' is part of itself through others: a → b → c → a"),
            "{all}"
        );
        assert_eq!(all.matches("part of itself").count(), 1, "{all}");
    }

    #[test]
    fn many_overlaps_make_one_message_each_and_a_count() {
        let terms: Vec<String> = (0..1000)
            .map(|i| format!(r#"{{"id": "t{i}", "member": "ilo", "from": "2000", "to": "2020"}}"#))
            .collect();
        let text = format!(r#"{{{HEAD}, "chair_terms": [{}]}}"#, terms.join(",\n"));
        let report = crate::data::load(&text);
        assert_eq!(report.problems.len(), crate::data::MAX_PROBLEMS + 1);
        // 999 overlaps (each term with the one reaching furthest before it), not 499,500.
        assert_eq!(report.error_count(), 999);
        let last = report
            .problems
            .last()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(
            last.contains("899 problems more not listed") || last.contains("899 more"),
            "{last}"
        );
        assert_eq!(report.summary(), "999 errors, 0 warnings");
    }

    #[test]
    fn bidi_controls_in_data_are_shown_escaped() {
        let p = problems(&format!(
            r#"{{{HEAD}, "chair_terms": [{{"id": "t", "member": "x\u202egnp.exe", "from": "2014", "to": "2014"}}]}}"#
        ));
        let all = p.join("\n");
        assert!(all.contains("'x\\u{202e}gnp.exe'"), "{all}");
        assert!(!all.contains('\u{202e}'), "{all}");
    }
}
