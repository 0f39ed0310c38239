//! From a JSON [`Value`] tree to a [`Dataset`], by hand, collecting every problem in one pass.
//!
//! Each problem names the JSON path of the offending value and its line and column. Items
//! whose own fields are broken are left out of the dataset (which is then unusable anyway),
//! but their ids are still recorded so that references to them do not cause more errors.
//! The fields known per kind of object are [`known_fields`], which the JSON Schema
//! (`schema/gmg.schema.json`) is tested against.

use std::rc::Rc;

use super::json::{Kind, Member as JsonMember, Pos, Value};
use super::problem::{closest, one_of, shown, Omitted, Problem, Problems};
use super::FULL_CHECKS;
use crate::date::DateRange;
use crate::date::PartialDate;
use crate::model::{
    entries, sorted, Announcement, ChairTerm, Dataset, DocumentRef, EarlierRule, Event, EventKind,
    Group, Id, Member, Outcome, Provenance, RotationOrder, RotationRule, Skip, Source, Status,
    Stream, StreamKind, Successor, SCHEMA_VERSION,
};
use crate::text::{Lang, Text, Translation};

const KNOWN: &[(&str, &[&str])] = &[
    (
        "dataset",
        &[
            // Editors such as VS Code read "$schema" to check the file as it is typed.
            "$schema",
            "version",
            "updated",
            "group",
            "members",
            "membership_complete",
            "chair_terms",
            "rotation",
            "streams",
            "events",
            "outcomes",
            "sources",
        ],
    ),
    ("group", &["name", "short_name", "end", "succeeded_by"]),
    (
        "successor",
        &["name", "link", "source", "status", "note", "quote"],
    ),
    (
        "member",
        &["id", "short_name", "name", "part_of", "rotates"],
    ),
    (
        "chair_term",
        &[
            "id",
            "member",
            "on_behalf_of",
            "from",
            "to",
            "co_chair",
            "announced",
            "source",
            "status",
            "note",
            "quote",
        ],
    ),
    (
        "rotation",
        &[
            "order",
            "term_months",
            "start",
            "first",
            "skip",
            "before",
            "source",
            "status",
            "note",
            "quote",
        ],
    ),
    ("skip", &["member", "reason"]),
    (
        "earlier_rule",
        &["term_months", "start", "source", "status", "note", "quote"],
    ),
    ("announcement", &["from", "to", "source", "quote"]),
    (
        "stream",
        &[
            "id",
            "kind",
            "name",
            "start",
            "end",
            "existed_before",
            "time_bound",
            "parent",
            "source",
            "status",
            "note",
            "quote",
        ],
    ),
    (
        "event",
        &[
            "id",
            "kind",
            "name",
            "date",
            "end",
            "description",
            "source",
            "status",
            "note",
            "quote",
        ],
    ),
    (
        "outcome",
        &[
            "id",
            "date",
            "title",
            "document",
            "concerns",
            "produced_by",
            "source",
            "status",
            "note",
            "quote",
        ],
    ),
    (
        "document",
        &["symbol", "paragraph", "title", "link", "source"],
    ),
    ("source", &["id", "title", "date", "author", "link", "note"]),
    (
        "text",
        &["ar", "zh", "en", "fr", "ru", "es", "needs_review"],
    ),
];

const REQUIRED: &[(&str, &[&str])] = &[
    ("dataset", &["version", "group"]),
    ("group", &["name", "short_name"]),
    ("successor", &["name"]),
    ("member", &["id", "short_name", "name"]),
    ("chair_term", &["id", "member", "from", "to"]),
    ("rotation", &["term_months", "start", "first"]),
    ("skip", &["member", "reason"]),
    ("earlier_rule", &["term_months", "start"]),
    ("announcement", &["from", "to"]),
    ("stream", &["id", "kind", "name", "start"]),
    ("event", &["id", "name", "date"]),
    ("outcome", &["id", "date", "title", "document"]),
    ("document", &["title"]),
    ("source", &["id", "title"]),
    ("text", &["en"]),
];

/// Every kind of object in the format with the fields the decoder knows, in schema order.
/// Kinds: `dataset` (the top level), `group`, `successor`, `member`, `chair_term`, `rotation`,
/// `skip`, `earlier_rule`, `announcement`, `stream`, `event`, `outcome`, `document`, `source`,
/// `text` (a Text written as an object).
pub fn known_fields() -> &'static [(&'static str, &'static [&'static str])] {
    KNOWN
}

/// The required fields of each kind of object in [`known_fields`].
pub fn required_fields() -> &'static [(&'static str, &'static [&'static str])] {
    REQUIRED
}

fn lookup(
    table: &'static [(&'static str, &'static [&'static str])],
    kind: &str,
) -> &'static [&'static str] {
    table
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, f)| *f)
}

/// "this chair term" for "chair_term", or "the file", for messages.
fn whose(kind: &str) -> String {
    if kind == "dataset" {
        "the file".into()
    } else {
        format!("this {}", human(kind))
    }
}

/// "chair term" for "chair_term", for messages.
fn human(kind: &str) -> &'static str {
    match kind {
        "dataset" => "the top level of the file",
        "group" => "group",
        "successor" => "successor",
        "earlier_rule" => "earlier rule",
        "announcement" => "announcement",
        "member" => "member",
        "chair_term" => "chair term",
        "rotation" => "rotation rule",
        "skip" => "skip entry",
        "stream" => "stream",
        "event" => "event",
        "outcome" => "outcome",
        "document" => "document",
        "source" => "source",
        _ => "text",
    }
}

/// An id declared by an item (`members[0].id`), recorded even when the item is broken.
#[derive(Clone, Debug, PartialEq)]
pub struct Declared {
    /// The id as written.
    pub id: Id,
    /// The top-level list of the item: `members`, `chair_terms`, `streams`, `events`,
    /// `outcomes` or `sources`.
    pub list: &'static str,
    /// JSON path of the `id` field.
    pub path: String,
}

/// What kind of item a reference must name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A member (`member`, `on_behalf_of`, `part_of`, `rotation.first`, `skip[].member`).
    Member,
    /// A source (`source`).
    Source,
    /// A stream or an event of kind plan (`streams[].parent`).
    Parent,
    /// A stream, chair term or event (`outcomes[].concerns[]`).
    Concern,
    /// An event (`outcomes[].produced_by`).
    Event,
}

impl Target {
    /// The top-level lists whose items it may name.
    pub fn lists(self) -> &'static [&'static str] {
        match self {
            Target::Member => &["members"],
            Target::Source => &["sources"],
            Target::Parent => &["streams", "events"],
            Target::Concern => &["streams", "chair_terms", "events"],
            Target::Event => &["events"],
        }
    }

    /// What it names, for messages: "member", "stream or plan", ...
    pub fn what(self) -> &'static str {
        match self {
            Target::Member => "member",
            Target::Source => "source",
            Target::Parent => "stream or plan",
            Target::Concern => "stream, chair term or event",
            Target::Event => "event",
        }
    }
}

/// A reference to another item's id, recorded even when its item is broken.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The id referred to.
    pub id: Id,
    /// What it must name.
    pub target: Target,
    /// JSON path of the reference.
    pub path: String,
}

/// Where the decoded things were written, for the messages of later checks.
#[derive(Clone, Debug, Default)]
pub struct Positions {
    /// (JSON path, index in `places`), sorted by path when decoding ends: the last recorded
    /// place of a path counts. Sorted tables, not hash maps: see [`sorted`].
    at: Vec<(Id, usize)>,
    places: Vec<Pos>,
    /// (JSON path of a list, index in `kept`), sorted likewise: the indices of the items of
    /// each list that were decoded.
    origins: Vec<(Id, usize)>,
    kept: Vec<Vec<usize>>,
    /// Every id declared, in file order, including those of items left out as broken.
    pub ids: Vec<Declared>,
    /// Every reference to an id, in file order, including those of items left out as broken.
    pub refs: Vec<Reference>,
    /// Every text lacking one of the six languages: its JSON path and the languages missing
    /// (for the validator's warning; recorded here so that every text field, whatever item
    /// it belongs to, is covered).
    pub incomplete_texts: Vec<(String, Vec<Lang>)>,
}

impl Positions {
    /// The JSON path of the `index`-th decoded item of the list at `list` (a JSON path such
    /// as `chair_terms` or `outcomes[3].concerns`): items left out shift the indices.
    pub fn item(&self, list: &str, index: usize) -> String {
        let at = entries(&self.origins, list)
            .last()
            .and_then(|(_, k)| self.kept.get(*k))
            .and_then(|o| o.get(index))
            .copied()
            .unwrap_or(index);
        format!("{list}[{at}]")
    }

    /// Where the value at `path` was written, or its closest recorded ancestor.
    pub fn pos(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = entries(&self.at, p)
                .last()
                .and_then(|(_, i)| self.places.get(*i))
            {
                return *pos;
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = p.get(..cut).unwrap_or(""),
                None if p != "$" => p = "$",
                None => return Pos::default(),
            }
        }
    }

    /// Records that the value at `path` was written at `pos`.
    fn record(&mut self, path: &str, pos: Pos) {
        self.at.push((path.into(), self.places.len()));
        self.places.push(pos);
    }

    /// Sorts the tables for look-up, once decoding has recorded everything.
    fn finish(&mut self) {
        self.at = sorted(std::mem::take(&mut self.at));
        self.origins = sorted(std::mem::take(&mut self.origins));
    }
}

/// What decoding produced: the dataset (partial when there are errors), the problems, and
/// where everything was written.
#[derive(Clone, Debug, Default)]
pub struct Decoded {
    /// The dataset; items with errors are left out.
    pub dataset: Dataset,
    /// The problems found while decoding (the first [`super::MAX_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Those found beyond them, counted.
    pub omitted: Omitted,
    /// Positions of the decoded values, for [`super::validate::check`].
    pub positions: Positions,
}

/// Decodes a parsed data file.
pub fn decode(root: &Value) -> Decoded {
    let mut cx = Cx {
        problems: Problems::default(),
        positions: Positions::default(),
    };
    cx.positions.record("$", root.pos);
    let dataset = cx.dataset(root).unwrap_or_default();
    cx.positions.finish();
    Decoded {
        dataset,
        problems: cx.problems.list,
        omitted: cx.problems.omitted,
        positions: cx.positions,
    }
}

/// `parent.key`, or `parent["odd key"]` for keys that are not plain names.
fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    match (parent, plain) {
        ("$", true) => key.into(),
        (_, true) => format!("{parent}.{key}"),
        (_, false) => {
            let mut out = String::from(parent);
            out.push('[');
            super::json::write_string(&mut out, key);
            out.push(']');
            out
        }
    }
}

/// How to write `s` as an id, with the id it could be.
fn id_hint(s: &str) -> String {
    let suggestion: String = s
        .trim()
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .filter(|c| matches!(c, 'a'..='z' | '0'..='9' | '-' | '_'))
        .collect();
    if is_valid_id(&suggestion) {
        format!(
            "ids use only lowercase a-z, digits 0-9, '-' and '_', for example {}",
            shown(&suggestion)
        )
    } else {
        "ids use only lowercase a-z, digits 0-9, '-' and '_'".into()
    }
}

/// The hint for `s`, which is not one of the `codes` of a `what`: the one it may be meant as.
fn code_hint(s: &str, what: &str, codes: &[&str]) -> String {
    match closest(s, codes.iter().copied()).first() {
        Some(near) => format!(
            "did you mean {}? The {what}s are {}",
            shown(near),
            one_of(codes)
        ),
        None => format!("use one of {}", one_of(codes)),
    }
}

/// The hint for a text's key `key` that is not a language code.
fn language_hint(key: &str) -> String {
    match Lang::from_tag(key) {
        Some(l) => format!("write the language code as {}", shown(l.code())),
        None => "the languages are ar, zh, en, fr, ru and es (plus needs_review)".into(),
    }
}

/// Whether `id` matches `[a-z0-9_-]+`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'))
}

struct Obj<'v> {
    kind: &'static str,
    path: String,
    pos: Pos,
    members: &'v [JsonMember],
}

impl<'v> Obj<'v> {
    fn get(&self, key: &str) -> Option<&'v Value> {
        crate::work::tick(self.members.len());
        self.members
            .iter()
            .find(|m| &*m.key == key)
            .map(|m| &m.value)
    }
}

type Reader<T> = fn(&mut Cx, &Value, &str) -> Option<T>;

struct Cx {
    problems: Problems,
    positions: Positions,
}

impl Cx {
    fn error(&mut self, path: &str, pos: Pos, message: String, hint: String) {
        self.problems
            .push(Problem::error(path, pos.line, pos.column, message, hint));
    }

    fn warning(&mut self, path: &str, pos: Pos, message: String, hint: String) {
        self.problems
            .push(Problem::warning(path, pos.line, pos.column, message, hint));
    }

    /// `v` is not of the type `expected` (`en!`: in the visitor's wasm the message is `type`
    /// and the JSON type found).
    #[inline(never)]
    fn wrong_type(&mut self, v: &Value, path: &str, expected: String, hint: String) {
        let hint = match &v.kind {
            Kind::Null => en!("leave the field out instead of writing null"),
            _ => hint,
        };
        let found = v.type_name();
        self.error(
            path,
            v.pos,
            say!("type" [found] "expected {expected}, found {found}"),
            hint,
        );
    }

    /// Reports a duplicated key of `members` (which belong to the object at `path`).
    fn duplicates(&mut self, members: &[JsonMember], path: &str) {
        if members.len() < 2 {
            return;
        }
        // Keys sorted with their places (the sorted tables of model.rs: one copy of the sort in
        // the wasm): a key's first member comes first among its equals.
        let keys = sorted(
            members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.key.clone(), i))
                .collect(),
        );
        // For each member, the member that had its key first (when another one did).
        let mut first = vec![None; members.len()];
        for pair in keys.windows(2) {
            if let [(a, i), (b, j)] = pair {
                if a == b {
                    first[*j] = Some(first[*i].unwrap_or(*i));
                }
            }
        }
        for (m, first) in members.iter().zip(first) {
            let Some(at) = first.and_then(|i| members.get(i)).map(|f| f.key_pos) else {
                continue;
            };
            let key = shown(&m.key);
            self.error(
                &join(path, &m.key),
                m.key_pos,
                say!("twice" [key]
                    "the field {key} appears twice (first at line {}, column {})",
                    at.line,
                    at.column
                ),
                en!("remove one of them: only one value can count"),
            );
        }
    }

    /// Checks that `v` is an object, reports duplicate and unknown fields.
    #[inline(never)]
    fn object<'v>(&mut self, v: &'v Value, path: &str, kind: &'static str) -> Option<Obj<'v>> {
        let Some(members) = v.as_object() else {
            let expected = match kind {
                "dataset" => en!("the whole file to be one object, {{ … }}"),
                "document" => {
                    en!("a document reference: an object like {{\"symbol\": …, \"title\": …}}")
                }
                k => en!("a {} as an object, {{ … }}", human(k)),
            };
            self.wrong_type(v, path, expected, String::new());
            return None;
        };
        self.duplicates(members, path);
        // Unknown fields are ignored; saying so (with suggestions) is for the maintainer.
        #[cfg(any(feature = "tools", not(target_arch = "wasm32")))]
        self.unknown_fields(members, path, kind);
        Some(Obj {
            kind,
            path: path.into(),
            pos: v.pos,
            members,
        })
    }

    /// Warns of the fields of an object of `kind` that the format does not know, with a "did
    /// you mean" where one is close.
    #[cfg(any(feature = "tools", not(target_arch = "wasm32")))]
    fn unknown_fields(&mut self, members: &[JsonMember], path: &str, kind: &'static str) {
        let known = lookup(KNOWN, kind);
        for m in members {
            if known.contains(&&*m.key) {
                continue;
            }
            let near = closest(&m.key, known.iter().copied());
            let hint = match (near.first(), kind) {
                (Some(n), _) => format!("did you mean {}?", shown(n)),
                (None, "dataset") => {
                    format!("the fields at the top level are: {}", known.join(", "))
                }
                (None, k) => format!("the fields of a {} are: {}", human(k), known.join(", ")),
            };
            self.warning(
                &join(path, &m.key),
                m.key_pos,
                format!("unknown field {} is ignored", shown(&m.key)),
                hint,
            );
        }
    }

    /// Reads field `key` of `o` with `read`, reporting it when required and missing.
    fn field<T>(&mut self, o: &Obj, key: &str, read: Reader<T>) -> Option<T> {
        let (v, path) = self.at(o, key)?;
        read(self, v, &path)
    }

    /// The value of field `key` of `o` and its path, reporting it when required and missing.
    /// Not generic, and kept out of line: one copy for every kind of value read.
    #[inline(never)]
    fn at<'v>(&mut self, o: &Obj<'v>, key: &str) -> Option<(&'v Value, String)> {
        crate::work::tick(1);
        let path = join(&o.path, key);
        match o.get(key) {
            Some(v) => {
                self.positions.record(&path, v.pos);
                Some((v, path))
            }
            None => {
                if lookup(REQUIRED, o.kind).contains(&key) {
                    let field = shown(key);
                    self.error(
                        &path,
                        o.pos,
                        say!("missing" [field] "the required field {field} is missing"),
                        en!("add \"{key}\": … to {}", whose(o.kind)),
                    );
                }
                None
            }
        }
    }

    /// Reads the array `key` of `o` (absent: empty), decoding each item with `read`.
    fn list<T>(&mut self, o: &Obj, key: &str, read: Reader<T>) -> Vec<T> {
        let Some((items, path)) = self.items(o, key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut origins = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = self.item_path(&path, i, item);
            if let Some(t) = read(self, item, &item_path) {
                out.push(t);
                origins.push(i);
            }
        }
        self.kept(path, origins);
        out
    }

    /// The items of the array `key` of `o` and its path (absent or not an array: none).
    #[inline(never)]
    fn items<'v>(&mut self, o: &Obj<'v>, key: &str) -> Option<(&'v [Value], String)> {
        let path = join(&o.path, key);
        let v = o.get(key)?;
        self.positions.record(&path, v.pos);
        let Some(items) = v.as_array() else {
            self.wrong_type(
                v,
                &path,
                en!("a list, [ … ]"),
                en!("write the items between [ and ], separated by commas"),
            );
            return None;
        };
        Some((items, path))
    }

    /// The path of the `i`-th item of the list at `path`, recorded.
    #[inline(never)]
    fn item_path(&mut self, path: &str, i: usize, item: &Value) -> String {
        let item_path = format!("{path}[{i}]");
        self.positions.record(&item_path, item.pos);
        item_path
    }

    /// Records which items of the list at `path` were decoded.
    #[inline(never)]
    fn kept(&mut self, path: String, origins: Vec<usize>) {
        let kept = self.positions.kept.len();
        self.positions.origins.push((path.into(), kept));
        self.positions.kept.push(origins);
    }

    fn dataset(&mut self, root: &Value) -> Option<Dataset> {
        // Another version comes first and alone: the rest of the file follows other rules.
        if let Some(v) = root.get("version") {
            if let (Kind::Number(n), Some(_)) = (
                &v.kind,
                v.as_whole()
                    .filter(|n| *n != Some(i64::from(SCHEMA_VERSION))),
            ) {
                let n = shown(n);
                let n = n.trim_matches('\'');
                self.error(
                    "version",
                    v.pos,
                    say!("version" [n]
                        "unsupported schema version {n}; this widget reads version {SCHEMA_VERSION}"
                    ),
                    en!("this file is written for another version of the format; \
                         convert it to version {SCHEMA_VERSION} or use a widget that reads it"),
                );
                return None;
            }
        }
        let o = self.object(root, "$", "dataset")?;
        match o.get("version") {
            None => self.error(
                "version",
                o.pos,
                say!("missing" ["'version'"] "the field 'version' is missing"),
                en!("add \"version\": 1 at the start of the file (this widget reads version 1)"),
            ),
            Some(v) if v.as_whole().is_none() => self.wrong_type(
                v,
                "version",
                en!("the version as a number"),
                en!("write \"version\": 1 (a number, without quotes)"),
            ),
            Some(_) => {}
        }
        let updated = self.field(&o, "updated", Cx::date);
        let group = self.field(&o, "group", Cx::group);
        let members = self.list(&o, "members", Cx::member);
        let membership_complete = self
            .field(&o, "membership_complete", Cx::boolean)
            .unwrap_or(false);
        let chair_terms = self.list(&o, "chair_terms", Cx::chair_term);
        let rotation = self.field(&o, "rotation", Cx::rotation);
        let streams = self.list(&o, "streams", Cx::stream);
        let events = self.list(&o, "events", Cx::event);
        let outcomes = self.list(&o, "outcomes", Cx::outcome);
        let sources = self.list(&o, "sources", Cx::source);
        Some(Dataset {
            version: SCHEMA_VERSION,
            updated,
            group: group.unwrap_or_default(),
            members,
            membership_complete,
            chair_terms,
            rotation,
            streams,
            events,
            outcomes,
            sources,
            lookup: Default::default(),
        })
    }

    #[inline(never)]
    fn group(&mut self, v: &Value, path: &str) -> Option<Group> {
        let o = self.object(v, path, "group")?;
        let name = self.field(&o, "name", Cx::text);
        let short_name = self.field(&o, "short_name", Cx::text);
        let end = self.field(&o, "end", Cx::date);
        let successor = self.field(&o, "succeeded_by", Cx::successor);
        Some(Group {
            name: name?,
            short_name: short_name?,
            end,
            successor,
        })
    }

    #[inline(never)]
    fn successor(&mut self, v: &Value, path: &str) -> Option<Successor> {
        let o = self.object(v, path, "successor")?;
        let name = self.field(&o, "name", Cx::text);
        let link = self.field(&o, "link", Cx::string);
        let provenance = self.provenance(&o);
        Some(Successor {
            name: name?,
            link,
            provenance,
        })
    }

    /// The item's `id`, declared under `list` even when it is malformed.
    #[inline(never)]
    fn item_id(&mut self, o: &Obj, list: &'static str) -> Option<Id> {
        let path = join(&o.path, "id");
        // Recorded for the checks of meaning only (unique ids, references).
        if let Some(s) = o.get("id").and_then(Value::as_str).filter(|_| FULL_CHECKS) {
            self.positions.ids.push(Declared {
                id: s.into(),
                list,
                path,
            });
        }
        self.field(o, "id", Cx::id)
    }

    #[inline(never)]
    fn member(&mut self, v: &Value, path: &str) -> Option<Member> {
        let o = self.object(v, path, "member")?;
        let id = self.item_id(&o, "members");
        let short_name = self.field(&o, "short_name", Cx::text);
        let name = self.field(&o, "name", Cx::text);
        let part_of = self.field(&o, "part_of", Cx::member_ref);
        let rotates = self.field(&o, "rotates", Cx::boolean).unwrap_or(true);
        Some(Member {
            id: id?,
            short_name: short_name?,
            name: name?,
            part_of,
            rotates,
        })
    }

    #[inline(never)]
    fn provenance(&mut self, o: &Obj) -> Provenance {
        Provenance {
            source: self.field(o, "source", Cx::source_ref),
            status: self.field(o, "status", Cx::status).unwrap_or_default(),
            note: self.field(o, "note", Cx::text),
            quote: self.field(o, "quote", Cx::text),
        }
    }

    #[inline(never)]
    fn chair_term(&mut self, v: &Value, path: &str) -> Option<ChairTerm> {
        let o = self.object(v, path, "chair_term")?;
        let id = self.item_id(&o, "chair_terms");
        let member = self.field(&o, "member", Cx::member_ref);
        let on_behalf_of = self.field(&o, "on_behalf_of", Cx::member_ref);
        let from = self.field(&o, "from", Cx::date);
        let to = self.field(&o, "to", Cx::date);
        let co_chair = self.field(&o, "co_chair", Cx::boolean).unwrap_or(false);
        let announced = self.field(&o, "announced", Cx::announcement);
        let provenance = self.provenance(&o);
        Some(ChairTerm {
            id: id?,
            member: member?,
            on_behalf_of,
            term: DateRange {
                start: from?,
                end: Some(to?),
            },
            co_chair,
            announced,
            provenance,
        })
    }

    #[inline(never)]
    fn announcement(&mut self, v: &Value, path: &str) -> Option<Announcement> {
        let o = self.object(v, path, "announcement")?;
        let from = self.field(&o, "from", Cx::date);
        let to = self.field(&o, "to", Cx::date);
        let source = self.field(&o, "source", Cx::source_ref);
        let quote = self.field(&o, "quote", Cx::text);
        Some(Announcement {
            term: DateRange {
                start: from?,
                end: Some(to?),
            },
            source,
            quote,
        })
    }

    #[inline(never)]
    fn rotation(&mut self, v: &Value, path: &str) -> Option<RotationRule> {
        let o = self.object(v, path, "rotation")?;
        let order = self.field(&o, "order", Cx::order).unwrap_or_default();
        let term_months = self.field(&o, "term_months", Cx::term_months);
        let start = self.field(&o, "start", Cx::date);
        let first = self.field(&o, "first", Cx::member_ref);
        let skip = self.list(&o, "skip", Cx::skip);
        let before = self.list(&o, "before", Cx::earlier_rule);
        let provenance = self.provenance(&o);
        Some(RotationRule {
            order,
            term_months: term_months?,
            start: start?,
            first: first?,
            skip,
            before,
            provenance,
        })
    }

    #[inline(never)]
    fn earlier_rule(&mut self, v: &Value, path: &str) -> Option<EarlierRule> {
        let o = self.object(v, path, "earlier_rule")?;
        let term_months = self.field(&o, "term_months", Cx::term_months);
        let start = self.field(&o, "start", Cx::date);
        let provenance = self.provenance(&o);
        Some(EarlierRule {
            term_months: term_months?,
            start: start?,
            provenance,
        })
    }

    #[inline(never)]
    fn skip(&mut self, v: &Value, path: &str) -> Option<Skip> {
        let o = self.object(v, path, "skip")?;
        let member = self.field(&o, "member", Cx::member_ref);
        let reason = self.field(&o, "reason", Cx::text);
        Some(Skip {
            member: member?,
            reason: reason?,
        })
    }

    #[inline(never)]
    fn stream(&mut self, v: &Value, path: &str) -> Option<Stream> {
        let o = self.object(v, path, "stream")?;
        let id = self.item_id(&o, "streams");
        let kind = self.field(&o, "kind", Cx::stream_kind);
        let name = self.field(&o, "name", Cx::text);
        let start = self.field(&o, "start", Cx::date);
        let end = self.field(&o, "end", Cx::date);
        let existed_before = self
            .field(&o, "existed_before", Cx::boolean)
            .unwrap_or(false);
        let time_bound = self.field(&o, "time_bound", Cx::boolean).unwrap_or(false);
        let parent = self.field(&o, "parent", Cx::parent_ref);
        let provenance = self.provenance(&o);
        Some(Stream {
            id: id?,
            kind: kind?,
            name: name?,
            period: DateRange { start: start?, end },
            existed_before,
            time_bound,
            parent,
            provenance,
        })
    }

    #[inline(never)]
    fn event(&mut self, v: &Value, path: &str) -> Option<Event> {
        let o = self.object(v, path, "event")?;
        let id = self.item_id(&o, "events");
        let kind = self.field(&o, "kind", Cx::event_kind).unwrap_or_default();
        let name = self.field(&o, "name", Cx::text);
        let date = self.field(&o, "date", Cx::date);
        let end = self.field(&o, "end", Cx::date);
        let description = self.field(&o, "description", Cx::text);
        let provenance = self.provenance(&o);
        Some(Event {
            id: id?,
            kind,
            name: name?,
            when: DateRange { start: date?, end },
            description,
            provenance,
        })
    }

    #[inline(never)]
    fn outcome(&mut self, v: &Value, path: &str) -> Option<Outcome> {
        let o = self.object(v, path, "outcome")?;
        let id = self.item_id(&o, "outcomes");
        let date = self.field(&o, "date", Cx::date);
        let title = self.field(&o, "title", Cx::text);
        let document = self.field(&o, "document", Cx::document);
        let concerns = self.list(&o, "concerns", Cx::concern_ref);
        let produced_by = self.field(&o, "produced_by", Cx::event_ref);
        let provenance = self.provenance(&o);
        Some(Outcome {
            id: id?,
            date: date?,
            title: title?,
            document: document?,
            concerns,
            produced_by,
            provenance,
        })
    }

    #[inline(never)]
    fn document(&mut self, v: &Value, path: &str) -> Option<DocumentRef> {
        let o = self.object(v, path, "document")?;
        let symbol = self.field(&o, "symbol", Cx::string);
        let paragraph = self.field(&o, "paragraph", Cx::string);
        let title = self.field(&o, "title", Cx::text);
        let link = self.field(&o, "link", Cx::string);
        let source = self.field(&o, "source", Cx::source_ref);
        Some(DocumentRef {
            symbol,
            paragraph,
            title: title?,
            link,
            source,
        })
    }

    #[inline(never)]
    fn source(&mut self, v: &Value, path: &str) -> Option<Source> {
        let o = self.object(v, path, "source")?;
        let id = self.item_id(&o, "sources");
        let title = self.field(&o, "title", Cx::text);
        let date = self.field(&o, "date", Cx::date);
        let author = self.field(&o, "author", Cx::text);
        let link = self.field(&o, "link", Cx::string);
        let note = self.field(&o, "note", Cx::text);
        Some(Source {
            id: id?,
            title: title?,
            date,
            author,
            link,
            note,
        })
    }

    // Leaf readers.

    fn string(&mut self, v: &Value, path: &str) -> Option<Rc<str>> {
        match v.as_str() {
            Some(s) => Some(s.into()),
            None => {
                self.wrong_type(
                    v,
                    path,
                    en!("a string in double quotes"),
                    en!("write the value in double quotes, like \"32\""),
                );
                None
            }
        }
    }

    fn boolean(&mut self, v: &Value, path: &str) -> Option<bool> {
        if let Some(b) = v.as_bool() {
            return Some(b);
        }
        let hint = match v.as_str() {
            Some("true" | "false") => en!("write true or false without quotes"),
            _ => String::new(),
        };
        self.wrong_type(v, path, en!("true or false"), hint);
        None
    }

    fn member_ref(&mut self, v: &Value, path: &str) -> Option<Id> {
        self.target(v, path, Target::Member)
    }

    fn source_ref(&mut self, v: &Value, path: &str) -> Option<Id> {
        self.target(v, path, Target::Source)
    }

    fn parent_ref(&mut self, v: &Value, path: &str) -> Option<Id> {
        self.target(v, path, Target::Parent)
    }

    fn event_ref(&mut self, v: &Value, path: &str) -> Option<Id> {
        self.target(v, path, Target::Event)
    }

    fn concern_ref(&mut self, v: &Value, path: &str) -> Option<Id> {
        self.target(v, path, Target::Concern)
    }

    /// A reference, recorded for [`super::validate::check`].
    fn target(&mut self, v: &Value, path: &str, target: Target) -> Option<Id> {
        let id = self.reference(v, path)?;
        if !FULL_CHECKS {
            return Some(id);
        }
        self.positions.refs.push(Reference {
            id: id.clone(),
            target,
            path: path.into(),
        });
        Some(id)
    }

    fn reference(&mut self, v: &Value, path: &str) -> Option<Id> {
        match v.as_str() {
            Some(s) => Some(s.into()),
            None => {
                self.wrong_type(
                    v,
                    path,
                    en!("an id in double quotes"),
                    en!("write the id of the item meant, like \"ilo\""),
                );
                None
            }
        }
    }

    fn id(&mut self, v: &Value, path: &str) -> Option<Id> {
        let s = self.reference(v, path)?;
        if is_valid_id(&s) {
            return Some(s);
        }
        let id = shown(&s);
        let message = if s.is_empty() {
            say!("id" [] "the id is empty")
        } else {
            say!("id" [id] "{id} is not a valid id")
        };
        self.error(path, v.pos, message, en!("{}", id_hint(&s)));
        None
    }

    fn date(&mut self, v: &Value, path: &str) -> Option<PartialDate> {
        let Some(s) = v.as_str() else {
            let hint = match &v.kind {
                Kind::Number(n) => en!(
                    "write the date in double quotes: \"{}\"",
                    n.chars().take(10).collect::<String>()
                ),
                _ => en!("write YYYY, YYYY-MM or YYYY-MM-DD in double quotes, like \"2013-10\""),
            };
            self.wrong_type(
                v,
                path,
                en!("a date in double quotes, like \"2013-10\""),
                hint,
            );
            return None;
        };
        match PartialDate::parse(s) {
            Ok(d) => Some(d),
            Err(e) => {
                let date = shown(s);
                self.error(
                    path,
                    v.pos,
                    say!("date" [date] "{date} is not a valid date: {e}"),
                    en!("write YYYY, YYYY-MM or YYYY-MM-DD"),
                );
                None
            }
        }
    }

    fn code(&mut self, v: &Value, path: &str, what: &str, codes: &[&str]) -> Option<usize> {
        let Some(s) = v.as_str() else {
            self.wrong_type(
                v,
                path,
                en!("a {what} in double quotes"),
                en!("use one of {}", one_of(codes)),
            );
            return None;
        };
        if let Some(i) = codes.iter().position(|c| *c == s) {
            return Some(i);
        }
        let code = shown(s);
        self.error(
            path,
            v.pos,
            say!("code" [code] "{code} is not a {what}"),
            en!("{}", code_hint(s, what, codes)),
        );
        None
    }

    fn stream_kind(&mut self, v: &Value, path: &str) -> Option<StreamKind> {
        let codes = StreamKind::ALL.map(StreamKind::code);
        self.code(v, path, "stream kind", &codes)
            .and_then(|i| StreamKind::ALL.get(i).copied())
    }

    fn event_kind(&mut self, v: &Value, path: &str) -> Option<EventKind> {
        const ALL: [EventKind; 4] = [
            EventKind::Meeting,
            EventKind::Decision,
            EventKind::Milestone,
            EventKind::Plan,
        ];
        self.code(v, path, "event kind", &ALL.map(EventKind::code))
            .and_then(|i| ALL.get(i).copied())
    }

    fn status(&mut self, v: &Value, path: &str) -> Option<Status> {
        self.code(v, path, "status", &Status::ALL.map(Status::code))
            .and_then(|i| Status::ALL.get(i).copied())
    }

    fn order(&mut self, v: &Value, path: &str) -> Option<RotationOrder> {
        self.code(v, path, "rotation order", &["alphabetical"])
            .map(|_| RotationOrder::Alphabetical)
    }

    fn term_months(&mut self, v: &Value, path: &str) -> Option<u32> {
        let Some(n) = v.as_whole() else {
            let hint = if v.as_str().is_some() {
                en!("write the number without quotes, like 12")
            } else {
                String::new()
            };
            self.wrong_type(v, path, en!("a number of months"), hint);
            return None;
        };
        if let Some(n @ 1..=120) = n {
            return Some(n as u32);
        }
        let written = match &v.kind {
            Kind::Number(t) => shown(t),
            _ => String::new(),
        };
        let months = written.trim_matches('\'');
        self.error(
            path,
            v.pos,
            say!("months" [months] "a term cannot last {months} months"),
            en!("write a whole number of months from 1 to 120"),
        );
        None
    }

    fn text(&mut self, v: &Value, path: &str) -> Option<Text> {
        let members = match &v.kind {
            Kind::String(s) => {
                if s.trim().is_empty() {
                    self.error(
                        path,
                        v.pos,
                        say!("empty" [] "the text is empty"),
                        en!("write the English text, or leave the field out if it is optional"),
                    );
                }
                self.incomplete(path, &Text::en(s));
                return Some(Text::en(s));
            }
            Kind::Object(m) => m,
            _ => {
                self.wrong_type(
                    v,
                    path,
                    en!("a text: a string, or an object like {{\"en\": \"…\", \"fr\": \"…\"}}"),
                    String::new(),
                );
                return None;
            }
        };
        self.duplicates(members, path);
        let mut text = Text::default();
        let mut review = Vec::new();
        for m in members {
            let key_path = join(path, &m.key);
            if &*m.key == "needs_review" {
                self.positions.record(&key_path, m.value.pos);
                review = self.needs_review(&m.value, &key_path);
                continue;
            }
            let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == &*m.key) else {
                let key = shown(&m.key);
                self.error(
                    &key_path,
                    m.key_pos,
                    say!("language" [key] "{key} is not one of the six UN languages"),
                    en!("{}", language_hint(&m.key)),
                );
                continue;
            };
            let Some(s) = m.value.as_str() else {
                self.wrong_type(
                    &m.value,
                    &key_path,
                    en!("the text as a string"),
                    String::new(),
                );
                continue;
            };
            if s.trim().is_empty() {
                self.error(
                    &key_path,
                    m.value.pos,
                    say!("empty" [] "the text is empty"),
                    en!("write the text, or leave this language out"),
                );
            }
            if text.exact(lang).is_none() {
                text.translations.push(Translation {
                    lang,
                    text: s.into(),
                    needs_review: false,
                });
            }
        }
        for (lang, pos, rpath) in review {
            match text.translations.iter_mut().find(|t| t.lang == lang) {
                Some(t) => t.needs_review = true,
                None => {
                    let code = shown(lang.code());
                    self.warning(
                        &rpath,
                        pos,
                        say!("review" [code]
                            "needs_review lists {code} but there is no text in that language"
                        ),
                        en!(
                            "add the \"{}\" text or remove {code} from needs_review",
                            lang.code()
                        ),
                    );
                }
            }
        }
        if text.exact(Lang::En).is_none() {
            self.error(
                path,
                v.pos,
                say!("english" [] "there is no English text"),
                en!("English is required in every text: add \"en\": \"…\""),
            );
        } else {
            self.incomplete(path, &text);
        }
        Some(text)
    }

    /// Records `text` (at `path`) when it lacks one of the six languages.
    fn incomplete(&mut self, path: &str, text: &Text) {
        if !FULL_CHECKS {
            return; // only for the warnings of missing languages
        }
        let missing: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| text.exact(*l).is_none())
            .collect();
        if !missing.is_empty() {
            self.positions
                .incomplete_texts
                .push((path.to_string(), missing));
        }
    }

    fn needs_review(&mut self, v: &Value, path: &str) -> Vec<(Lang, Pos, String)> {
        let Some(items) = v.as_array() else {
            self.wrong_type(
                v,
                path,
                en!("a list of language codes, like [\"fr\", \"es\"]"),
                String::new(),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            let codes = Lang::ALL.map(Lang::code);
            if let Some(k) = self.code(item, &item_path, "language code", &codes) {
                if let Some(lang) = Lang::ALL.get(k) {
                    out.push((*lang, item.pos, item_path));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::json::parse;

    fn decode_str(text: &str) -> Decoded {
        decode(&parse(text).unwrap())
    }

    #[test]
    fn decodes_a_small_file() {
        let d = decode_str(
            r#"{"version": 1, "group": {"name": "Global Migration Group", "short_name": "GMG"},
               "members": [{"id": "ilo", "short_name": "ILO", "name": {"en": "International Labour Organization", "fr": "Organisation internationale du Travail", "needs_review": ["fr"]}}],
               "chair_terms": [{"id": "t1", "member": "ilo", "from": "2014", "to": "2014-06", "status": "inferred", "note": "from the minutes"}]}"#,
        );
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let m = &d.dataset.members[0];
        assert!(m.rotates);
        assert!(m.name.exact(Lang::Fr).unwrap().needs_review);
        assert_eq!(d.dataset.chair_terms[0].provenance.status, Status::Inferred);
        assert_eq!(
            d.positions.pos("chair_terms[0].to"),
            Pos {
                line: 3,
                column: 84
            }
        );
        assert_eq!(
            d.positions.pos("chair_terms[0].nothing[3]"),
            d.positions.pos("chair_terms[0]")
        );
        assert_eq!(d.positions.ids.len(), 2);
    }

    #[test]
    fn collects_every_problem() {
        let d = decode_str(
            r#"{"version": 1, "group": {"name": 3},
               "members": [{"id": "Bad Id", "short_name": "X"}, {"id": "ok", "short_name": "O", "name": "O", "colr": 1}],
               "streams": [{"id": "s", "kind": "workgroup", "name": "S", "start": "2013-13"}]}"#,
        );
        let messages: Vec<String> = d
            .problems
            .iter()
            .map(|p| format!("{} {}", p.path, p.message))
            .collect();
        let want = [
            "group.name expected a text",
            "group.short_name the required field 'short_name' is missing",
            "members[0].id 'Bad Id' is not a valid id",
            "members[0].name the required field 'name' is missing",
            "members[1].colr unknown field 'colr' is ignored",
            "streams[0].kind 'workgroup' is not a stream kind",
            "streams[0].start '2013-13' is not a valid date: month 13 does not exist (1 to 12)",
        ];
        for w in want {
            assert!(
                messages.iter().any(|m| m.starts_with(w)),
                "missing {w:?} in {messages:#?}"
            );
        }
        assert_eq!(d.dataset.members.len(), 1);
        assert_eq!(d.positions.item("members", 0), "members[1]");
        assert_eq!(d.positions.ids.len(), 3);
    }

    #[test]
    fn version_must_be_one() {
        let d = decode_str(r#"{"version": 2, "group": 5, "colour": 1}"#);
        assert_eq!(d.problems.len(), 1);
        assert_eq!(
            d.problems[0].message,
            "unsupported schema version 2; this widget reads version 1"
        );
        let d = decode_str(r#"{"group": {"name": "G", "short_name": "G"}}"#);
        assert_eq!(d.problems[0].message, "the field 'version' is missing");
        assert!(
            decode_str(r#"{"version": 1.0, "group": {"name": "G", "short_name": "G"}}"#)
                .problems
                .is_empty()
        );
    }

    #[test]
    fn odd_keys_get_bracket_paths() {
        assert_eq!(join("$", "a.b"), "$[\"a.b\"]");
        assert_eq!(join("members[0]", "x y"), "members[0][\"x y\"]");
        assert_eq!(join("$", "members"), "members");
    }

    #[test]
    fn tables_cover_the_same_kinds() {
        let kinds: Vec<_> = known_fields().iter().map(|(k, _)| *k).collect();
        let req: Vec<_> = required_fields().iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, req);
        for (kind, fields) in required_fields() {
            for f in *fields {
                assert!(lookup(KNOWN, kind).contains(f), "{kind}.{f}");
            }
        }
    }
}
