//! What a widget shows, computed from a dataset without any browser or Yew type: lanes of
//! items with their places on the time axis and their details. The components only render a
//! [`Board`]; everything here is tested natively.

use std::rc::Rc;

use crate::data::rotation::{self, StopReason};
use crate::date::{DateRange, DayNumber, PartialDate, Precision};
use crate::i18n::{self, Msg};
use crate::layout::stack;
use crate::model::{ChairTerm, Dataset, EventKind, Id, Provenance, Source, Status, StreamKind};
use crate::text::{Lang, Text};

pub use crate::widgets::WidgetKind;

/// A text as shown: the string, and its language when that differs from the widget's.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The text (plain; the renderer escapes it).
    pub text: Rc<str>,
    /// `Some` when the text fell back to another language: the renderer marks `lang`/`dir`.
    pub lang: Option<Lang>,
}

impl Label {
    fn of(text: &Text, lang: Lang) -> Label {
        match text.resolve(lang) {
            Some(r) => Label {
                text: r.text,
                lang: r.fell_back.then_some(r.lang),
            },
            None => Label {
                text: "".into(),
                lang: None,
            },
        }
    }

    fn plain(text: impl Into<Rc<str>>) -> Label {
        Label {
            text: text.into(),
            lang: None,
        }
    }
}

/// One line of an item's details.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// A labelled text.
    Field(Msg, Label),
    /// A sentence of its own: a message whose `{0}` is the label.
    Sentence(Msg, Label),
    /// The item's status, with the note that explains an inferred one.
    Status(Status, Option<Label>),
    /// The source's own words.
    Quote(Label),
    /// The cited source: title, date, link.
    Source(Label, Option<Rc<str>>),
    /// A document reference: symbol and paragraph, title, link.
    Document {
        /// "A/RES/68/4, para. 32".
        reference: Label,
        /// Document title.
        title: Label,
        /// https/http/mailto link.
        link: Option<Rc<str>>,
    },
    /// Items this one points to or is pointed to by: (id, name).
    Links(Msg, Vec<(Id, Label)>),
    /// A remark on a line of its own: a message, with `{0}` filled by the label if any.
    Remark(Msg, Option<Label>),
}

/// One selectable thing on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Unique within the board.
    pub id: Id,
    /// Its name.
    pub label: Label,
    /// Its dates, as the data gives them.
    pub range: DateRange,
    /// The dates, formatted for the widget's language.
    pub when: Rc<str>,
    /// A single date drawn as a marker rather than a bar.
    pub point: bool,
    /// How sure the data is.
    pub status: Status,
    /// The current chair (by the widget's today).
    pub current: bool,
    /// Existed before its start date (drawn open at the start).
    pub open_start: bool,
    /// For an item whose end is not recorded: the last day the data knows it existed (its
    /// bar is drawn up to there, then marked "end not recorded"; never on to the edge).
    pub known_until: Option<DayNumber>,
    /// Its lane's label already names it (a work stream's lane): beside that label (on the
    /// lane's first row) the box shows only its dates and keeps the name for assistive
    /// technology; see [`crate::timeline::lanes::shows_name`].
    pub named_by_lane: bool,
    /// What the details region shows.
    pub details: Rc<[Detail]>,
}

impl Item {
    /// First day covered.
    pub fn first(&self) -> DayNumber {
        self.range.first_day()
    }

    /// Last day covered; `None` when open-ended.
    pub fn last(&self) -> Option<DayNumber> {
        self.range.last_day()
    }

    /// Last day drawn: the recorded end, else the last day the data knows of, else the
    /// start's last day.
    pub fn drawn_last(&self) -> DayNumber {
        self.last()
            .or(self.known_until)
            .unwrap_or_else(|| self.range.start.last_day())
            .max(self.first())
    }

    /// Whether its end is not recorded.
    pub fn end_unknown(&self) -> bool {
        self.range.end.is_none()
    }
}

/// A lane: one row of the timeline with its own label.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Unique within the board.
    pub id: Id,
    /// Its label.
    pub label: Label,
    /// Items, by start date.
    pub items: Vec<Item>,
}

/// Lanes under one heading (one stream kind, "Chairs", "Milestones", ...).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The heading.
    pub heading: Msg,
    /// Filter key: a stream kind's code, or the widget's.
    pub key: &'static str,
    /// Its lanes.
    pub lanes: Vec<Lane>,
}

/// A background band: a plan period.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Its name.
    pub label: Label,
    /// Its dates.
    pub range: DateRange,
}

/// Everything one widget shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    /// Lane groups, top to bottom.
    pub groups: Vec<Group>,
    /// Background bands.
    pub bands: Vec<Band>,
    /// Remarks shown under the timeline (e.g. where the rotation projection stops).
    pub notes: Vec<Rc<str>>,
}

impl Board {
    /// First and last day of everything on the board, or `None` when empty.
    pub fn extent(&self) -> Option<(DayNumber, DayNumber)> {
        let ranges = self
            .groups
            .iter()
            .flat_map(|g| &g.lanes)
            .flat_map(|l| &l.items)
            .map(|i| (i.first(), Some(i.drawn_last())))
            .chain(
                self.bands
                    .iter()
                    .map(|b| (b.range.first_day(), b.range.last_day())),
            );
        let spans: Vec<_> = ranges.collect();
        stack::extent(&spans)
    }

    /// All items in reading order (group, lane, start).
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.groups
            .iter()
            .flat_map(|g| &g.lanes)
            .flat_map(|l| &l.items)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| &*i.id == id)
    }
}

fn provenance_details(ds: &Dataset, p: &Provenance, lang: Lang, out: &mut Vec<Detail>) {
    out.push(Detail::Status(
        p.status,
        p.note.as_ref().map(|n| Label::of(n, lang)),
    ));
    if let Some(q) = &p.quote {
        let quote = Label::of(q, lang);
        let in_english = quote.lang == Some(Lang::En);
        out.push(Detail::Quote(quote));
        if in_english {
            out.push(Detail::Field(
                Msg::Note,
                Label::plain(i18n::t(lang, Msg::InEnglish)),
            ));
        }
    }
    if let Some(src) = p.source.as_deref().and_then(|id| ds.source(id)) {
        out.push(Detail::Source(source_title(src, lang), src.link.clone()));
        if let Some(n) = &src.note {
            out.push(Detail::Field(Msg::Note, Label::of(n, lang)));
        }
    }
}

/// Name of whatever an id refers to (member short name, stream, event, term, outcome).
fn name_of(ds: &Dataset, id: &str, lang: Lang) -> Option<Label> {
    if let Some(t) = ds.chair_term(id) {
        let who = ds
            .member(&t.member)
            .map(|m| Label::of(&m.short_name, lang))?;
        let when = i18n::format_range(lang, &t.term.start, t.term.end.as_ref());
        return Some(Label {
            text: format!("{} ({when})", who.text).into(),
            lang: who.lang,
        });
    }
    let text = match (ds.stream(id), ds.event(id), ds.outcome(id)) {
        (Some(s), _, _) => &s.name,
        (None, Some(e), _) => &e.name,
        (None, None, Some(o)) => &o.title,
        (None, None, None) => return None,
    };
    Some(Label::of(text, lang))
}

/// Outcomes that name `id` among what they concern, as links back.
fn referred_by(ds: &Dataset, id: &str, lang: Lang) -> Option<Detail> {
    let refs: Vec<_> = ds
        .outcomes_concerning(id)
        .map(|o| (o.id.clone(), Label::of(&o.title, lang)))
        .collect();
    (!refs.is_empty()).then_some(Detail::Links(Msg::ReferredToBy, refs))
}

fn lane(id: Id, label: Label, mut items: Vec<Item>) -> Lane {
    crate::model::sort_by(&mut items, |a, b| a.first() < b.first());
    for item in &mut items {
        item.named_by_lane = item.label.text == label.text;
    }
    Lane { id, label, items }
}

/// The widget width (rem) whose lanes are [`crate::timeline::lanes::DEFAULT_LANE_WIDTH`] wide.
pub const DEFAULT_WIDTH: u32 = 57;
/// The widget widths (rem) the live layout is quantised to, and the built fragments are laid
/// out for: the element module measures the element and takes the largest of these that is
/// not wider (0 at 40 rem or less, where the stylesheet's container query shows the list), so
/// the fragment it shows first is what the wasm then draws. Labels are laid out for the step's
/// width, never wider than their room. The element module has the same list (`WIDTHS`).
pub const WIDTHS: [u32; 9] = [0, 40, 44, 48, 52, 56, 64, 72, 80];

/// The lanes' items column (rem) in a widget `width` rem wide: its padding (0.5 rem each side)
/// and the lane names' column (the stylesheet's `--_label`, `min(11rem, 30%)`: 11 rem past
/// the list's 40 rem) come off; 0 (the list) at 40 rem or less.
pub fn lane_width(width: u32) -> f64 {
    if width == 0 {
        0.0
    } else {
        f64::from(width) - 12.0
    }
}

/// The most co-chairs a term's details name; more are counted ("+12").
const MAX_CO_CHAIRS_NAMED: usize = 8;

/// The chairs: confirmed and inferred terms, then the rotation's projected terms.
pub fn chairs(ds: &Dataset, lang: Lang, today: Option<PartialDate>) -> Board {
    let today_day = today.map(|d| d.first_day());
    let mut items: Vec<Item> = Vec::new();
    for term in &ds.chair_terms {
        let Some(member) = ds.member(&term.member) else {
            continue;
        };
        let mut details = vec![Detail::Field(Msg::Chair, Label::of(&member.name, lang))];
        if let Some(b) = term.on_behalf_of.as_deref().and_then(|id| ds.member(id)) {
            // The sentence is in the widget's language; only the name may have fallen back.
            details.push(Detail::Sentence(Msg::OnBehalfOf, Label::of(&b.name, lang)));
        }
        if term.co_chair {
            // Two or three members share a term; a file that makes thousands share one must
            // not make every term name every other (quadratic work and text): a few are
            // named and the rest counted.
            let (count, terms) = ds.co_chairs_of(term);
            let mut others: Vec<String> = terms
                .take(MAX_CO_CHAIRS_NAMED)
                .filter_map(|o| ds.member(&o.member))
                .map(|m| Label::of(&m.short_name, lang).text.to_string())
                .collect();
            if count > MAX_CO_CHAIRS_NAMED {
                let rest = (count - MAX_CO_CHAIRS_NAMED).to_string();
                others.push(format!("+{}", i18n::format_number(lang, &rest)));
            }
            if !others.is_empty() {
                details.push(Detail::Sentence(
                    Msg::CoChairWith,
                    Label::plain(others.join(", ")),
                ));
            }
        }
        provenance_details(ds, &term.provenance, lang, &mut details);
        announcement_details(ds, term, lang, &mut details);
        details.extend(referred_by(ds, &term.id, lang));
        items.push(Item {
            id: term.id.clone(),
            label: Label::of(&member.short_name, lang),
            range: term.term,
            when: i18n::format_range(lang, &term.term.start, term.term.end.as_ref()).into(),
            point: false,
            status: term.provenance.status,
            // An announcement is not who chairs: only a record (or a projection) is current.
            current: term.provenance.status != Status::Announced
                && today_day.is_some_and(|d| term.term.contains(d)),
            open_start: false,
            known_until: None,
            named_by_lane: false,
            details: details.into(),
        });
    }
    let projection = rotation::project_terms(ds, 12);
    let today_in_group = |d: DayNumber| ds.group.end.is_none_or(|e| d <= e.last_day());
    for (n, p) in projection.terms.iter().enumerate() {
        if p.chair_term.is_some() {
            continue;
        }
        let Some(member) = ds.member(&p.member) else {
            continue;
        };
        let mut details = vec![Detail::Field(Msg::Chair, Label::of(&member.name, lang))];
        // A projected term's provenance is the rule's, but its status is always "projected".
        if let Some(rule) = &ds.rotation {
            provenance_details(ds, &rule.provenance, lang, &mut details);
        }
        details.retain(|d| !matches!(d, Detail::Status(..)));
        details.insert(1, Detail::Status(Status::Projected, None));
        items.push(Item {
            // A dot: data ids are `[a-z0-9_-]+`, so no item of the file can take this id.
            id: format!("projected.{n}").into(),
            label: Label::of(&member.short_name, lang),
            range: p.term,
            when: i18n::format_range(lang, &p.term.start, p.term.end.as_ref()).into(),
            point: false,
            status: Status::Projected,
            // A projection is current only when today falls inside it, and never after the
            // group's end.
            current: today_day.is_some_and(|d| p.term.contains(d) && today_in_group(d)),
            open_start: false,
            known_until: None,
            named_by_lane: false,
            details: details.into(),
        });
    }
    let mut notes = rule_notes(ds, lang);
    if let Some(StopReason::PartialMembership { .. }) = projection.stopped {
        notes.push(i18n::t(lang, Msg::ProjectionStops).into());
    }
    notes.extend(succession_note(ds, lang));
    let lanes = vec![lane(
        "chairs".into(),
        Label::plain(i18n::t(lang, Msg::WidgetChairs)),
        items,
    )];
    Board {
        groups: vec![Group {
            heading: Msg::WidgetChairs,
            key: "chairs",
            lanes,
        }],
        bands: vec![],
        notes,
    }
}

/// What a chair term's announcement adds: the announced period beside what happened ("announced
/// for 2015; chaired in 2016"), its words and source; for an announcement that a record of the
/// same time contradicts, who chaired according to the later source.
fn announcement_details(ds: &Dataset, term: &ChairTerm, lang: Lang, out: &mut Vec<Detail>) {
    let when = |r: &DateRange| i18n::format_range(lang, &r.start, r.end.as_ref());
    if let Some(a) = &term.announced {
        let sentence = if a.term == term.term {
            i18n::fill(i18n::t(lang, Msg::AnnouncedHeld), &[&when(&a.term)])
        } else {
            i18n::fill(
                i18n::t(lang, Msg::AnnouncedMoved),
                &[&when(&a.term), &when(&term.term)],
            )
        };
        out.push(Detail::Field(Msg::Announcement, Label::plain(sentence)));
        if let Some(q) = &a.quote {
            out.push(Detail::Quote(Label::of(q, lang)));
        }
        if let Some(src) = a.source.as_deref().and_then(|id| ds.source(id)) {
            out.push(Detail::Source(source_title(src, lang), src.link.clone()));
        }
    }
    if term.provenance.status == Status::Announced {
        for other in ds.chair_terms.iter().filter(|o| {
            o.provenance.status.is_record() && o.term.overlaps(&term.term) && o.id != term.id
        }) {
            if let Some(m) = ds.member(&other.member) {
                let who = Label::of(&m.short_name, lang);
                let text = format!("{} ({})", who.text, when(&other.term));
                out.push(Detail::Sentence(
                    Msg::LaterSourceDiffers,
                    Label {
                        text: text.into(),
                        lang: who.lang,
                    },
                ));
            }
        }
    }
}

/// The month before `date` ("2013-12" for "2014"), for the last month of an earlier rule.
fn month_before(date: PartialDate) -> PartialDate {
    match date.month {
        None | Some(1) => PartialDate::month(date.year - 1, 12),
        Some(m) => PartialDate::month(date.year, m - 1),
    }
}

/// The rule's periods, oldest first: "July 2006 to December 2013: six-month terms."
fn rule_notes(ds: &Dataset, lang: Lang) -> Vec<Rc<str>> {
    let Some(rule) = &ds.rotation else {
        return Vec::new();
    };
    let periods: Vec<(PartialDate, u32)> = rule
        .before
        .iter()
        .map(|b| (b.start, b.term_months))
        .chain([(rule.start, rule.term_months)])
        .collect();
    if periods.len() < 2 {
        return Vec::new();
    }
    periods
        .iter()
        .enumerate()
        .map(|(i, (start, months))| {
            let end = match periods.get(i + 1) {
                Some((next, _)) => Some(month_before(*next)),
                None => ds.group.end,
            };
            let when = i18n::format_range(lang, start, end.as_ref());
            let n = months.to_string();
            let msg = match months {
                6 => Msg::SixMonthTerms,
                12 => Msg::OneYearTerms,
                _ => Msg::MonthTerms,
            };
            i18n::fill(i18n::t(lang, msg), &[&when, &n]).into()
        })
        .collect()
}

/// "The GMG was succeeded in 2018 by the United Nations Network on Migration; nothing is
/// projected after that."
fn succession_note(ds: &Dataset, lang: Lang) -> Option<Rc<str>> {
    let end = ds.group.end?;
    let successor = ds.group.successor.as_ref()?;
    let year = i18n::format_date(lang, &PartialDate::year(end.year));
    let name = Label::of(&successor.name, lang);
    let group = Label::of(&ds.group.short_name, lang);
    Some(
        i18n::fill(
            i18n::t(lang, Msg::Succeeded),
            &[&year, &name.text, &group.text],
        )
        .into(),
    )
}

fn source_title(src: &Source, lang: Lang) -> Label {
    let mut title = Label::of(&src.title, lang);
    if let Some(d) = &src.date {
        title.text = format!("{} ({})", title.text, i18n::format_date(lang, d)).into();
    }
    title
}

/// Plan periods as background bands.
fn bands(ds: &Dataset, lang: Lang) -> Vec<Band> {
    ds.events
        .iter()
        .filter(|e| e.kind == EventKind::Plan)
        .map(|e| Band {
            label: Label::of(&e.name, lang),
            range: e.when,
        })
        .collect()
}

/// The most stream lanes a board draws: beyond a few hundred a page cannot be read, and
/// 100,000 streams made 1.3 million DOM nodes. The rest are counted in a note.
pub const MAX_LANES: usize = 200;

/// The work streams, one lane per stream under its kind's heading, and the milestones.
pub fn work_streams(ds: &Dataset, lang: Lang) -> Board {
    let mut groups = Vec::new();
    let mut drawn = 0;
    for kind in StreamKind::ALL {
        let lanes: Vec<Lane> = ds
            .streams
            .iter()
            .filter(|s| s.kind == kind)
            .take(MAX_LANES.saturating_sub(drawn))
            .map(|s| {
                let mut details = Vec::new();
                let known_until = s.period.end.is_none().then(|| known_until(ds, s));
                if let Some(day) = known_until {
                    let last = PartialDate::from_day_number(day);
                    let last = PartialDate::month(last.year, last.month.unwrap_or(1));
                    details.push(Detail::Remark(
                        Msg::LastKnown,
                        Some(Label::plain(i18n::format_date(lang, &last))),
                    ));
                }
                if s.time_bound {
                    details.push(Detail::Remark(Msg::TimeBoundNote, None));
                }
                if let Some(parent) = s.parent.as_deref().and_then(|p| name_of(ds, p, lang)) {
                    details.push(Detail::Field(Msg::PartOf, parent));
                }
                provenance_details(ds, &s.provenance, lang, &mut details);
                details.extend(referred_by(ds, &s.id, lang));
                let item = Item {
                    id: s.id.clone(),
                    label: Label::of(&s.name, lang),
                    range: s.period,
                    when: stream_when(lang, s.period, s.existed_before).into(),
                    point: false,
                    status: s.provenance.status,
                    current: false,
                    open_start: s.existed_before,
                    known_until,
                    named_by_lane: false,
                    details: details.into(),
                };
                lane(
                    format!("lane-{}", s.id).into(),
                    Label::of(&s.name, lang),
                    vec![item],
                )
            })
            .collect();
        drawn += lanes.len();
        if !lanes.is_empty() {
            groups.push(Group {
                heading: Msg::kind(kind),
                key: kind.code(),
                lanes,
            });
        }
    }
    let milestones = milestone_items(ds, lang, |k| k != EventKind::Plan, false);
    if !milestones.is_empty() {
        let label = Label::plain(i18n::t(lang, Msg::Milestones));
        groups.push(Group {
            heading: Msg::Milestones,
            key: "milestones",
            lanes: vec![lane("milestones".into(), label, milestones)],
        });
    }
    let mut notes = Vec::new();
    if ds.streams.len() > drawn {
        let more = (ds.streams.len() - drawn).to_string();
        let more = i18n::format_number(lang, &more);
        notes.push(i18n::fill(i18n::t(lang, Msg::MoreLanes), &[&more]).into());
    }
    Board {
        groups,
        bands: bands(ds, lang),
        notes,
    }
}

/// The last day the data knows a stream without a recorded end existed: the latest of its
/// start, the date of the source it cites, the end of the plan it is part of, and the dates
/// of the outcomes and events that concern it.
fn known_until(ds: &Dataset, s: &crate::model::Stream) -> DayNumber {
    let source = s
        .provenance
        .source
        .as_deref()
        .and_then(|id| ds.source(id))
        .and_then(|src| src.date)
        .map(|d| d.last_day());
    let parent = s.parent.as_deref().and_then(|p| {
        ds.events
            .iter()
            .find(|e| &*e.id == p)
            .and_then(|e| e.when.last_day())
    });
    let concerned = ds
        .outcomes
        .iter()
        .filter(|o| o.concerns.contains(&s.id))
        .map(|o| o.date.last_day());
    [Some(s.period.start.last_day()), source, parent]
        .into_iter()
        .flatten()
        .chain(concerned)
        .max()
        .unwrap_or_else(|| s.period.start.last_day())
}

fn stream_when(lang: Lang, period: DateRange, existed_before: bool) -> String {
    match (period.end, existed_before) {
        (None, true) => i18n::fill(
            i18n::t(lang, Msg::ExistedBefore),
            &[&i18n::format_date(lang, &period.start)],
        ),
        _ => i18n::format_range(lang, &period.start, period.end.as_ref()),
    }
}

fn milestone_items(
    ds: &Dataset,
    lang: Lang,
    keep: impl Fn(EventKind) -> bool,
    with_links: bool,
) -> Vec<Item> {
    ds.events
        .iter()
        .filter(|e| keep(e.kind))
        .map(|e| {
            let mut details = Vec::new();
            if let Some(d) = &e.description {
                details.push(Detail::Field(Msg::Description, Label::of(d, lang)));
            }
            provenance_details(ds, &e.provenance, lang, &mut details);
            if with_links {
                details.extend(referred_by(ds, &e.id, lang));
            }
            Item {
                id: e.id.clone(),
                label: Label::of(&e.name, lang),
                // A one-date event covers that date, it is not open-ended.
                range: DateRange {
                    start: e.when.start,
                    end: Some(e.when.end.unwrap_or(e.when.start)),
                },
                when: match &e.when.end {
                    Some(end) => i18n::format_range(lang, &e.when.start, Some(end)),
                    None => i18n::format_date(lang, &e.when.start),
                }
                .into(),
                // A date known to the day is a marker; a month or a year is a bar over it.
                point: e.when.end.is_none() && e.when.start.precision() == Precision::Day,
                status: e.provenance.status,
                current: false,
                open_start: false,
                known_until: None,
                named_by_lane: false,
                details: details.into(),
            }
        })
        .collect()
}

/// One outcome as an item: its document reference, provenance and what it concerns.
fn outcome_item(ds: &Dataset, o: &crate::model::Outcome, lang: Lang) -> Item {
    let mut reference = String::new();
    if let Some(sym) = &o.document.symbol {
        reference.push_str(sym);
    }
    if let Some(p) = &o.document.paragraph {
        if !reference.is_empty() {
            reference.push_str(", ");
        }
        reference.push_str(&i18n::fill(
            i18n::t(lang, Msg::Paragraph),
            &[&i18n::format_number(lang, p)],
        ));
    }
    let mut details = vec![Detail::Document {
        reference: Label::plain(reference),
        title: Label::of(&o.document.title, lang),
        link: o.document.link.clone(),
    }];
    // The symbol and link may come from another source than the outcome's words.
    if let Some(src) = o
        .document
        .source
        .as_deref()
        .filter(|id| o.provenance.source.as_deref() != Some(*id))
        .and_then(|id| ds.source(id))
    {
        details.push(Detail::Source(source_title(src, lang), src.link.clone()));
    }
    provenance_details(ds, &o.provenance, lang, &mut details);
    let concerns: Vec<_> = o
        .concerns
        .iter()
        .filter_map(|id| name_of(ds, id, lang).map(|l| (id.clone(), l)))
        .collect();
    if !concerns.is_empty() {
        details.push(Detail::Links(Msg::Concerns, concerns));
    }
    Item {
        id: o.id.clone(),
        label: Label::of(&o.title, lang),
        range: DateRange {
            start: o.date,
            end: Some(o.date),
        },
        when: i18n::format_date(lang, &o.date).into(),
        point: o.date.precision() == Precision::Day,
        status: o.provenance.status,
        current: false,
        open_start: false,
        known_until: None,
        named_by_lane: false,
        details: details.into(),
    }
}

/// The outcomes, each under what produced it: one lane per producing event (the Dialogue, the
/// GMG review), labelled with that event's name and holding the event and its outcomes; the
/// other events under "Milestones", not under any producer's heading.
pub fn outcomes(ds: &Dataset, lang: Lang) -> Board {
    let events = milestone_items(ds, lang, |k| k != EventKind::Plan, true);
    let mut producers: Vec<&Id> = Vec::new();
    for o in &ds.outcomes {
        if let Some(p) = o.produced_by.as_ref().filter(|p| ds.event(p).is_some()) {
            if !producers.contains(&p) {
                producers.push(p);
            }
        }
    }
    let mut lanes = Vec::new();
    for p in &producers {
        let Some(event) = ds.event(p) else { continue };
        let mut items: Vec<Item> = events.iter().filter(|e| e.id == **p).cloned().collect();
        items.extend(
            ds.outcomes
                .iter()
                .filter(|o| o.produced_by.as_ref() == Some(p))
                .map(|o| outcome_item(ds, o, lang)),
        );
        lanes.push(lane(
            format!("outcomes-{p}").into(),
            Label::of(&event.name, lang),
            items,
        ));
    }
    let unattributed: Vec<Item> = ds
        .outcomes
        .iter()
        .filter(|o| {
            !o.produced_by
                .as_ref()
                .is_some_and(|p| producers.contains(&p))
        })
        .map(|o| outcome_item(ds, o, lang))
        .collect();
    if !unattributed.is_empty() {
        lanes.push(lane(
            "outcomes".into(),
            Label::plain(i18n::t(lang, Msg::WidgetOutcomes)),
            unattributed,
        ));
    }
    let others: Vec<Item> = events
        .into_iter()
        .filter(|e| !producers.iter().any(|p| **p == e.id))
        .collect();
    let mut groups = Vec::new();
    if !lanes.is_empty() {
        groups.push(Group {
            heading: Msg::WidgetOutcomes,
            key: "outcomes",
            lanes,
        });
    }
    if !others.is_empty() {
        let label = Label::plain(i18n::t(lang, Msg::Milestones));
        groups.push(Group {
            heading: Msg::Milestones,
            key: "milestones",
            lanes: vec![lane("events".into(), label, others)],
        });
    }
    Board {
        groups,
        bands: bands(ds, lang),
        notes: vec![],
    }
}

/// All three on one axis: chairs, work streams (with milestones) and outcomes.
pub fn overview(ds: &Dataset, lang: Lang, today: Option<PartialDate>) -> Board {
    let mut board = chairs(ds, lang, today);
    let streams = work_streams(ds, lang);
    board
        .groups
        .extend(streams.groups.into_iter().filter(|g| g.key != "milestones"));
    board.groups.extend(outcomes(ds, lang).groups);
    board.bands = streams.bands;
    board.notes.extend(streams.notes);
    board
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn default_data_boards_name_what_the_seed_states() {
        let ds = data::default_dataset();
        let chairs = chairs(&ds, Lang::En, Some(PartialDate::day(2014, 6, 1)));
        let names: Vec<&str> = chairs.items().map(|i| &*i.label.text).collect();
        assert_eq!(
            names,
            [
                "UNHCR",
                "IOM",
                "UN DESA",
                "UNFPA",
                "UNCTAD",
                "UNITAR",
                "UNDP",
                "OHCHR",
                "UNICEF",
                "UNESCO",
                "UNESCO",
                "UNODC",
                "ESCAP",
                "IOM",
                "ILO",
                "UN Women",
                "World Bank",
                "UNU",
                "FAO",
                "IOM"
            ]
        );
        assert_eq!(chairs.items().filter(|i| i.current).count(), 1);
        assert_eq!(
            chairs.items().find(|i| i.current).map(|i| &*i.label.text),
            Some("ILO")
        );
        assert_eq!(
            chairs
                .items()
                .find(|i| &*i.id == "chair-2013-h2-iom")
                .map(|i| i.status),
            Some(Status::Inferred)
        );
        assert_eq!(
            chairs.notes.len(),
            4,
            "two rule periods, where the projection stops, the succession: {:?}",
            chairs.notes
        );

        let streams = work_streams(&ds, Lang::En);
        let kinds: Vec<&str> = streams.groups.iter().map(|g| g.key).collect();
        assert_eq!(
            kinds,
            [
                "overarching",
                "thematic",
                "working_group",
                "task_force",
                "support",
                "milestones"
            ]
        );
        assert_eq!(streams.groups[0].lanes.len(), 2);
        assert_eq!(streams.groups[1].lanes.len(), 5);
        assert_eq!(streams.bands.len(), 1, "the 2013-2015 work plan");

        let outcomes = outcomes(&ds, Lang::En);
        let para32 = outcomes.items().find(|i| {
            i.details.iter().any(|d| matches!(d, Detail::Document { reference, .. } if reference.text.contains("32")))
        });
        let para32 = para32.expect("paragraph 32 of the Declaration");
        assert!(para32
            .details
            .iter()
            .any(|d| matches!(d, Detail::Links(Msg::Concerns, l) if !l.is_empty())));
    }

    #[test]
    fn projected_chairs_follow_the_rule_and_say_so() {
        let text = include_str!("../tests/fixtures/rotation/complete.json");
        let ds = data::load(text).dataset.expect("the fixture is valid");
        let board = chairs(&ds, Lang::En, None);
        let projected: Vec<_> = board
            .items()
            .filter(|i| i.status == Status::Projected)
            .collect();
        assert!(!projected.is_empty());
        for item in projected {
            let statuses: Vec<_> = item
                .details
                .iter()
                .filter(|d| matches!(d, Detail::Status(..)))
                .collect();
            assert_eq!(
                statuses,
                [&Detail::Status(Status::Projected, None)],
                "{}",
                item.label.text
            );
        }
        assert!(
            board.notes.is_empty(),
            "a complete membership projects without stopping"
        );
    }

    #[test]
    fn open_ended_streams_end_where_the_data_stops_knowing_them() {
        let ds = data::default_dataset();
        let board = work_streams(&ds, Lang::En);
        let open: Vec<_> = board.items().filter(|i| i.end_unknown()).collect();
        assert!(!open.is_empty());
        let (_, last) = board.extent().expect("items");
        for item in open {
            assert!(item.known_until.is_some(), "{}", item.label.text);
            assert!(
                item.drawn_last() < last,
                "{} runs to the edge",
                item.label.text
            );
            assert!(item
                .details
                .iter()
                .any(|d| matches!(d, Detail::Remark(Msg::LastKnown, Some(_)))));
        }
    }

    #[test]
    fn fallback_texts_carry_their_own_language() {
        let ds = data::default_dataset();
        let board = chairs(&ds, Lang::Ar, None);
        // Agency short names are given in Arabic where official; quotes stay English.
        let fell_back: Vec<_> = board.items().filter(|i| i.label.lang.is_some()).collect();
        for item in fell_back {
            assert_eq!(item.label.lang, Some(Lang::En));
        }
        let quote = board
            .items()
            .flat_map(|i| i.details.iter())
            .find_map(|d| match d {
                Detail::Quote(q) => Some(q.clone()),
                _ => None,
            });
        assert_eq!(quote.expect("a quote").lang, Some(Lang::En));
    }
}
