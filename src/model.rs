//! The dataset: what one `gmg.json` file holds once decoded and validated.
//!
//! Plain data, no browser types. Field names are those of the JSON file (schema version 1,
//! `schema/gmg.schema.json`); ids are the strings other items refer to.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::date::{DateRange, PartialDate};
use crate::text::Text;

/// An item's id, unique within the dataset.
pub type Id = Rc<str>;

/// The schema version this crate reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// `version`: the schema version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// `updated`: when the maintainers last changed the file.
    pub updated: Option<PartialDate>,
    /// `group`: the group itself.
    pub group: Group,
    /// `members`: member entities.
    pub members: Vec<Member>,
    /// `membership_complete`: whether `members` lists every member (rotation needs it).
    pub membership_complete: bool,
    /// `chair_terms`: who chaired, when.
    pub chair_terms: Vec<ChairTerm>,
    /// `rotation`: how the chair passes on.
    pub rotation: Option<RotationRule>,
    /// `streams`: working groups, task forces, work-plan streams, support structures.
    pub streams: Vec<Stream>,
    /// `events`: dated events, milestones and plan periods.
    pub events: Vec<Event>,
    /// `outcomes`: outcome texts with their document references.
    pub outcomes: Vec<Outcome>,
    /// `sources`: documents the items cite.
    pub sources: Vec<Source>,
    /// Look-ups by id, made on first use (not data: two datasets equal in their fields are
    /// equal whatever their look-ups).
    pub lookup: Lookup,
}

/// Tables for finding things by id by binary search, so that drawing a board is n log n in
/// the size of the data, where a scan per item would be items × members (or × outcomes):
/// 3,000 terms and 3,000 outcomes naming them would take nine million steps.
#[derive(Clone, Debug, Default)]
pub struct Lookup(OnceCell<Tables>);

#[derive(Clone, Debug)]
struct Tables {
    /// (id, list and index) of every member, chair term, stream, event, outcome and source,
    /// sorted: the list ([`IdList`]) in the high bits of the number, the index in it in the
    /// low bits, so that within one list the first of duplicate ids comes first.
    ids: Vec<(Id, usize)>,
    /// (concerned id, index in `outcomes`), sorted: the outcomes that name each id.
    referrers: Vec<(Id, usize)>,
    /// (the term's dates as text, index in `chair_terms`) of co-chaired terms, sorted: the
    /// members who shared each term.
    co_chairs: Vec<(Id, usize)>,
}

/// The dates of a term as one key (terms with equal keys cover the same dates).
fn term_key(term: &DateRange) -> Id {
    match &term.end {
        Some(end) => format!("{}/{end}", term.start).into(),
        None => format!("{}/", term.start).into(),
    }
}

/// The lists whose items [`Tables::ids`] finds by id.
#[derive(Clone, Copy)]
enum IdList {
    Members,
    ChairTerms,
    Streams,
    Events,
    Outcomes,
    Sources,
}

/// Where the list is put in an entry of [`Tables::ids`] (the index takes the bits below; a
/// data file of at most 4 MiB has far fewer items than 2^28).
const LIST_SHIFT: u32 = 28;

impl PartialEq for Lookup {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The entries of a sorted table whose key is `id`.
pub(crate) fn entries<'t>(table: &'t [(Id, usize)], id: &str) -> &'t [(Id, usize)] {
    let start = table.partition_point(|(k, _)| &**k < id);
    let len = table[start..].partition_point(|(k, _)| &**k == id);
    &table[start..start + len]
}

/// One function for every table keyed by id or JSON path (the look-ups here, the decoder's
/// positions, the rotation's cycle), so that the wasm carries no hash map.
#[inline(never)]
pub(crate) fn sorted(mut table: Vec<(Id, usize)>) -> Vec<(Id, usize)> {
    sort_by(&mut table, |a, b| a < b);
    table.dedup();
    table
}

/// Sorts `list` by `less` ("comes before"), keeping the order of equal elements (stable).
/// Every sort of the crate should go through this: the standard library's sorts are a copy of
/// 1.5 to 3.9 KB of wasm for each element type and comparison, this one's generic part is two
/// closures; the sort itself ([`order_by`]) and the moves ([`reorder`]) are one copy each.
pub(crate) fn sort_by<T>(list: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let order = order_by(list.len(), &|a, b| less(&list[a], &list[b]));
    reorder(order, &mut |a, b| list.swap(a, b));
}

/// The order that sorts `len` elements by `less` on their positions, equal ones kept in
/// their first order: place `k` of the result is the position of the element that goes
/// there. A heap sort of the positions: n log n comparisons whatever the input, no memory but
/// the order itself, and code shared by every element type.
#[inline(never)]
pub(crate) fn order_by(len: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    crate::work::tick(len);
    // By (element, position): a total order, so any correct sort gives the stable result.
    let before = |a: usize, b: usize| less(a, b) || (a < b && !less(b, a));
    let sift = |order: &mut [usize], mut root: usize| {
        let end = order.len();
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && before(order[child], order[child + 1]) {
                child += 1;
            }
            if !before(order[root], order[child]) {
                return;
            }
            order.swap(root, child);
            root = child;
        }
    };
    let mut order: Vec<usize> = (0..len).collect();
    for root in (0..len / 2).rev() {
        sift(&mut order, root);
    }
    for end in (1..len).rev() {
        order.swap(0, end);
        sift(&mut order[..end], 0);
    }
    order
}

/// Moves elements by `swap` so that place `k` holds what was at `order[k]` (a permutation):
/// each cycle of the permutation walked once, fewer swaps than elements.
#[inline(never)]
pub(crate) fn reorder(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from != start {
                swap(at, from);
                at = from;
            }
        }
    }
}

/// `group`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// `name`: "Global Migration Group".
    pub name: Text,
    /// `short_name`: "GMG".
    pub short_name: Text,
    /// `end`: when the group ceased to exist; no term is projected after it.
    pub end: Option<PartialDate>,
    /// `succeeded_by`: the body that took over the group's role.
    pub successor: Option<Successor>,
}

/// `group.succeeded_by`: the body that replaced the group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Successor {
    /// `name`: "United Nations Network on Migration".
    pub name: Text,
    /// `link`: https, http or mailto only.
    pub link: Option<Rc<str>>,
    /// Provenance of the succession.
    pub provenance: Provenance,
}

/// How sure the data is of an item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Stated by the cited source.
    #[default]
    Confirmed,
    /// Computed from the rotation rule.
    Projected,
    /// Deduced; the provenance note says how.
    Inferred,
    /// Announced by the cited source before it happened; no source says it then happened.
    Announced,
}

impl Status {
    /// The JSON spelling.
    pub fn code(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Projected => "projected",
            Status::Inferred => "inferred",
            Status::Announced => "announced",
        }
    }

    /// Every status, in the order the JSON schema lists them.
    pub const ALL: [Status; 4] = [
        Status::Confirmed,
        Status::Projected,
        Status::Inferred,
        Status::Announced,
    ];

    /// Whether it records what happened (confirmed or inferred), as opposed to a plan
    /// (announced) or a computation (projected).
    pub fn is_record(self) -> bool {
        matches!(self, Status::Confirmed | Status::Inferred)
    }
}

/// Where an item comes from and how sure it is (`source`, `status`, `note`, `quote`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    /// `source`: id of a [`Source`].
    pub source: Option<Id>,
    /// `status`: defaults to confirmed.
    pub status: Status,
    /// `note`: how an inferred item was deduced, or other caveats.
    pub note: Option<Text>,
    /// `quote`: the source's own words.
    pub quote: Option<Text>,
}

/// `members[]`: a member entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Member {
    /// `id`.
    pub id: Id,
    /// `short_name`: "ILO".
    pub short_name: Text,
    /// `name`: "International Labour Organization".
    pub name: Text,
    /// `part_of`: the member this one belongs to (ESCAP is one of the Regional Commissions).
    pub part_of: Option<Id>,
    /// `rotates`: whether it takes part in the chair rotation (default true).
    pub rotates: bool,
}

/// `chair_terms[]`: one chairmanship.
#[derive(Clone, Debug, PartialEq)]
pub struct ChairTerm {
    /// `id`.
    pub id: Id,
    /// `member`: the chairing member.
    pub member: Id,
    /// `on_behalf_of`: the member it chaired for (ESCAP for the Regional Commissions).
    pub on_behalf_of: Option<Id>,
    /// `from` and `to`, both required.
    pub term: DateRange,
    /// `co_chair`: the term is shared with the other co-chair terms of the same period (2018:
    /// FAO and IOM); each co-chair has its own term.
    pub co_chair: bool,
    /// `announced`: what an earlier source announced for this member, when the item itself
    /// records what happened ("announced for 2015; chaired in 2016").
    pub announced: Option<Announcement>,
    /// Provenance.
    pub provenance: Provenance,
}

/// `chair_terms[].announced`: an earlier announcement of a term, with its own source.
#[derive(Clone, Debug, PartialEq)]
pub struct Announcement {
    /// `from` and `to`: the period announced.
    pub term: DateRange,
    /// `source`: id of the [`Source`] that announced it.
    pub source: Option<Id>,
    /// `quote`: the announcement's own words.
    pub quote: Option<Text>,
}

/// The rotation rule's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RotationOrder {
    /// Alphabetical order of the members' English short names.
    #[default]
    Alphabetical,
}

/// `rotation.before[]`: a rule in force before the current one (from its `start` until the
/// next rule's start), known by its term length only: no order, nothing projected.
#[derive(Clone, Debug, PartialEq)]
pub struct EarlierRule {
    /// `term_months`.
    pub term_months: u32,
    /// `start`.
    pub start: PartialDate,
    /// Provenance.
    pub provenance: Provenance,
}

/// `rotation`: how the chair passes from member to member.
#[derive(Clone, Debug, PartialEq)]
pub struct RotationRule {
    /// `order`: "alphabetical".
    pub order: RotationOrder,
    /// `term_months`: the length of one term.
    pub term_months: u32,
    /// `start`: when the first term under this rule begins.
    pub start: PartialDate,
    /// `first`: the member holding the first term under the rule.
    pub first: Id,
    /// `skip`: members passed over, each with the reason.
    pub skip: Vec<Skip>,
    /// `before`: the rules in force before this one, oldest first (six-month terms from
    /// 2006 before the one-year terms of 2014).
    pub before: Vec<EarlierRule>,
    /// Provenance of the rule itself.
    pub provenance: Provenance,
}

/// `rotation.skip[]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Skip {
    /// `member`.
    pub member: Id,
    /// `reason`.
    pub reason: Text,
}

/// `streams[].kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamKind {
    /// "overarching": an overarching work stream of a work plan.
    Overarching,
    /// "thematic": a thematic work stream.
    Thematic,
    /// "working_group".
    WorkingGroup,
    /// "task_force".
    TaskForce,
    /// "support": a support structure (the administrative support team).
    Support,
}

impl StreamKind {
    /// In the order lanes are grouped.
    pub const ALL: [StreamKind; 5] = [
        StreamKind::Overarching,
        StreamKind::Thematic,
        StreamKind::WorkingGroup,
        StreamKind::TaskForce,
        StreamKind::Support,
    ];

    /// The JSON spelling.
    pub fn code(self) -> &'static str {
        match self {
            StreamKind::Overarching => "overarching",
            StreamKind::Thematic => "thematic",
            StreamKind::WorkingGroup => "working_group",
            StreamKind::TaskForce => "task_force",
            StreamKind::Support => "support",
        }
    }

    /// Reads the JSON spelling.
    pub fn from_code(code: &str) -> Option<Self> {
        StreamKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// `streams[]`: a lane of work over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Stream {
    /// `id`.
    pub id: Id,
    /// `kind`.
    pub kind: StreamKind,
    /// `name`.
    pub name: Text,
    /// `start` and `end` (no `end`: open-ended).
    pub period: DateRange,
    /// `existed_before`: the stream already existed at `start`; the source gives no start.
    pub existed_before: bool,
    /// `time_bound`: set up for a limited time, even if the end is not known.
    pub time_bound: bool,
    /// `parent`: the plan (an event of kind plan) or stream it belongs to.
    pub parent: Option<Id>,
    /// Provenance.
    pub provenance: Provenance,
}

/// `events[].kind`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventKind {
    /// "meeting".
    Meeting,
    /// "decision".
    Decision,
    /// "milestone" (default).
    #[default]
    Milestone,
    /// "plan": a plan period, drawn as a background band.
    Plan,
}

impl EventKind {
    /// The JSON spelling.
    pub fn code(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Decision => "decision",
            EventKind::Milestone => "milestone",
            EventKind::Plan => "plan",
        }
    }
}

/// `events[]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// `id`.
    pub id: Id,
    /// `kind`.
    pub kind: EventKind,
    /// `name`.
    pub name: Text,
    /// `date`, and `end` for events lasting more than one date.
    pub when: DateRange,
    /// `description`.
    pub description: Option<Text>,
    /// Provenance.
    pub provenance: Provenance,
}

/// `outcomes[].document`: where an outcome is written.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentRef {
    /// `symbol`: UN document symbol, e.g. "A/RES/68/4".
    pub symbol: Option<Rc<str>>,
    /// `paragraph`: "32".
    pub paragraph: Option<Rc<str>>,
    /// `title`.
    pub title: Text,
    /// `link`: https, http or mailto only.
    pub link: Option<Rc<str>>,
    /// `source`: the source stating the symbol, title and link when the outcome's own source
    /// does not (the statement cites paragraph 32 but not the symbol A/RES/68/4).
    pub source: Option<Id>,
}

/// `outcomes[]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// `id`.
    pub id: Id,
    /// `date`.
    pub date: PartialDate,
    /// `title`.
    pub title: Text,
    /// `document`.
    pub document: DocumentRef,
    /// `concerns`: ids of streams, chair terms or events it concerns.
    pub concerns: Vec<Id>,
    /// `produced_by`: the event (a meeting or decision) whose outcome it is: the Dialogue for
    /// the Declaration, the Principals' review decision for the review's results. Widgets
    /// group outcomes under it.
    pub produced_by: Option<Id>,
    /// Provenance; its `quote` is the outcome's own words.
    pub provenance: Provenance,
}

/// `sources[]`: a cited document.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// `id`.
    pub id: Id,
    /// `title`.
    pub title: Text,
    /// `date`.
    pub date: Option<PartialDate>,
    /// `author`.
    pub author: Option<Text>,
    /// `link`: https, http or mailto only.
    pub link: Option<Rc<str>>,
    /// `note`: caveats about the source itself (a date it does not give in full, ...).
    pub note: Option<Text>,
}

impl Dataset {
    fn tables(&self) -> &Tables {
        self.lookup.0.get_or_init(|| {
            let mut ids = Vec::new();
            let mut add = |list: IdList, items: &mut dyn Iterator<Item = &Id>| {
                let list = (list as usize) << LIST_SHIFT;
                ids.extend(items.enumerate().map(|(i, id)| (id.clone(), list | i)));
            };
            add(IdList::Members, &mut self.members.iter().map(|m| &m.id));
            add(
                IdList::ChairTerms,
                &mut self.chair_terms.iter().map(|t| &t.id),
            );
            add(IdList::Streams, &mut self.streams.iter().map(|s| &s.id));
            add(IdList::Events, &mut self.events.iter().map(|e| &e.id));
            add(IdList::Outcomes, &mut self.outcomes.iter().map(|o| &o.id));
            add(IdList::Sources, &mut self.sources.iter().map(|s| &s.id));
            Tables {
                ids: sorted(ids),
                referrers: sorted(
                    self.outcomes
                        .iter()
                        .enumerate()
                        .flat_map(|(i, o)| o.concerns.iter().map(move |c| (c.clone(), i)))
                        .collect(),
                ),
                co_chairs: sorted(
                    self.chair_terms
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.co_chair)
                        .map(|(i, t)| (term_key(&t.term), i))
                        .collect(),
                ),
            }
        })
    }

    /// The index in `list` of the first item with this id, by look-up.
    fn index_of(&self, list: IdList, id: &str) -> Option<usize> {
        crate::work::tick(1);
        let list = list as usize;
        entries(&self.tables().ids, id)
            .iter()
            .find(|(_, at)| at >> LIST_SHIFT == list)
            .map(|(_, at)| at & ((1 << LIST_SHIFT) - 1))
    }

    /// The other co-chaired terms over the same dates as `term` (the members who shared it),
    /// in file order, with how many there are (found by look-up: counting them costs nothing,
    /// so that a caller can name a few and count the rest).
    pub fn co_chairs_of<'a>(
        &'a self,
        term: &'a ChairTerm,
    ) -> (usize, impl Iterator<Item = &'a ChairTerm> + 'a) {
        let found = self.co_chaired(term);
        let others = found.len().saturating_sub(1);
        let terms = found
            .iter()
            .filter_map(|(_, i)| self.chair_terms.get(*i))
            .filter(move |o| o.id != term.id);
        (others, terms)
    }

    /// Every co-chaired term over the same dates as `term`, itself included, in file order
    /// (none when `term` is not co-chaired).
    pub fn sharing_the_chair<'a>(
        &'a self,
        term: &ChairTerm,
    ) -> impl Iterator<Item = &'a ChairTerm> + 'a {
        self.co_chaired(term)
            .iter()
            .filter_map(|(_, i)| self.chair_terms.get(*i))
    }

    /// The entries of the co-chairs table for the dates of `term`.
    fn co_chaired(&self, term: &ChairTerm) -> &[(Id, usize)] {
        crate::work::tick(1);
        if term.co_chair {
            entries(&self.tables().co_chairs, &term_key(&term.term))
        } else {
            &[]
        }
    }

    /// The member with this id.
    pub fn member(&self, id: &str) -> Option<&Member> {
        self.members.get(self.index_of(IdList::Members, id)?)
    }

    /// The chair term with this id.
    pub fn chair_term(&self, id: &str) -> Option<&ChairTerm> {
        self.chair_terms.get(self.index_of(IdList::ChairTerms, id)?)
    }

    /// The stream with this id.
    pub fn stream(&self, id: &str) -> Option<&Stream> {
        self.streams.get(self.index_of(IdList::Streams, id)?)
    }

    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.get(self.index_of(IdList::Outcomes, id)?)
    }

    /// The outcomes whose `concerns` name `id`, in file order.
    pub fn outcomes_concerning<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Outcome> + 'a {
        let found = entries(&self.tables().referrers, id);
        crate::work::tick(1 + found.len());
        found.iter().filter_map(|(_, i)| self.outcomes.get(*i))
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.get(self.index_of(IdList::Events, id)?)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(self.index_of(IdList::Sources, id)?)
    }
}

#[cfg(test)]
mod tests {
    use crate::data::{decode::decode, json::parse};

    #[test]
    fn look_ups_find_the_first_item_with_the_id_in_its_own_list() {
        // One id, "x", in every list (twice among the events): each look-up finds its own
        // list's item, and the first of two events, as the scans it replaces did.
        let text = r#"{"version": 1, "group": {"name": "G", "short_name": "G"},
            "members": [{"id": "m", "short_name": "M", "name": "M"},
                        {"id": "x", "short_name": "X member", "name": "X"}],
            "chair_terms": [{"id": "x", "member": "x", "from": "2014", "to": "2014", "co_chair": true},
                            {"id": "y", "member": "m", "from": "2014", "to": "2014", "co_chair": true},
                            {"id": "z", "member": "m", "from": "2015", "to": "2015", "co_chair": true}],
            "streams": [{"id": "x", "kind": "working_group", "name": "X stream", "start": "2013"}],
            "events": [{"id": "e", "name": "E", "date": "2013"}, {"id": "x", "name": "X event", "date": "2013"},
                       {"id": "x", "name": "X event again", "date": "2014"}],
            "outcomes": [{"id": "x", "date": "2013", "title": "X outcome", "document": {"title": "D"}}],
            "sources": [{"id": "x", "title": "X source"}]}"#;
        let decoded = decode(&parse(text).unwrap());
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        let ds = decoded.dataset;
        let en = |t: &crate::text::Text| t.get(crate::text::Lang::En).to_string();
        assert_eq!(en(&ds.member("x").unwrap().short_name), "X member");
        assert_eq!(&*ds.chair_term("x").unwrap().member, "x");
        assert_eq!(en(&ds.stream("x").unwrap().name), "X stream");
        assert_eq!(en(&ds.event("x").unwrap().name), "X event");
        assert_eq!(en(&ds.outcome("x").unwrap().title), "X outcome");
        assert_eq!(en(&ds.source("x").unwrap().title), "X source");
        assert!(ds.member("e").is_none() && ds.event("m").is_none() && ds.source("y").is_none());
        let shared: Vec<_> = ds
            .sharing_the_chair(ds.chair_term("y").unwrap())
            .map(|t| &*t.id)
            .collect();
        assert_eq!(shared, ["x", "y"]);
        let (others, _) = ds.co_chairs_of(ds.chair_term("z").unwrap());
        assert_eq!(others, 0);
    }

    #[test]
    fn the_crate_sort_orders_like_the_standard_stable_sort() {
        // Lists of every length up to 40 and a longer one, with few distinct keys (many ties,
        // whose first order must be kept) and with many, against `slice::sort_by_key`.
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in (0..=40).chain([1000]) {
            for keys in [3, 1000] {
                let list: Vec<(u64, usize)> = (0..len).map(|i| (next() % keys, i)).collect();
                let mut ours = list.clone();
                super::sort_by(&mut ours, |a, b| a.0 < b.0);
                let mut theirs = list;
                theirs.sort_by_key(|e| e.0);
                assert_eq!(ours, theirs, "{len} elements, {keys} keys");
            }
        }
        let mut descending: Vec<u32> = (0..100).rev().collect();
        super::sort_by(&mut descending, |a, b| a < b);
        assert_eq!(descending, (0..100).collect::<Vec<_>>());
    }
}
