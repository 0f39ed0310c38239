//! The chair rotation: who chairs when under the dataset's rotation rule, and where the recorded
//! chair terms disagree with each other or with the rule.
//!
//! [`project`] walks the rule term by term from `rotation.start`. The *cycle* is the members that
//! take part in the rotation (`rotates` true, no `part_of`, not in `rotation.skip`), sorted by
//! English short name without regard to case. Each term is matched against the recorded chair
//! terms: a confirmed or inferred chair term starting within the term's period wins over the
//! rule, and when it names another member than the rule expects the projection reports
//! [`Conflict::OutOfOrder`] and carries on from the member actually recorded.
//!
//! When the dataset lists only part of the membership (`membership_complete` false) nothing is
//! invented: the first term is the rule's `first` member, later terms must be backed by recorded
//! chair terms, and the projection stops at the first term without one
//! ([`StopReason::PartialMembership`]), since an unlisted member could come next.
//!
//! Independently of the rule, every pair of chair terms sharing a day is a [`Conflict::Overlap`],
//! and days left uncovered between consecutive chair terms are a [`Conflict::Gap`].
//!
//! [`describe`] turns a projection into the plain English the command line prints.

use std::fmt::Write as _;

use crate::date::{civil_from_days, days_in_month, DateRange, DayNumber, PartialDate, Precision};
use crate::model::{ChairTerm, Dataset, Id, Member, RotationRule, Status};
use crate::text::Lang;

/// The largest year a projected term may reach; the data format writes four-digit years.
const MAX_YEAR: i64 = 9999;

/// How deep `part_of` chains are followed before giving up (guards against cycles in bad data).
const MAX_PART_OF_DEPTH: usize = 16;

/// One term of the projection.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedTerm {
    /// The rotating member holding the term. For a chair term held on behalf of another member
    /// (ESCAP for the Regional Commissions) this is the member taking part in the rotation.
    pub member: Id,
    /// The term's period under the rule, at year precision for whole-year terms starting on a
    /// year, at month or day precision otherwise.
    pub term: DateRange,
    /// [`Status::Confirmed`] if a confirmed chair term backs it, [`Status::Inferred`] if an
    /// inferred one does, [`Status::Projected`] when it comes from the rule alone.
    pub status: Status,
    /// The id of the recorded chair term backing it, if any.
    pub chair_term: Option<Id>,
}

/// A disagreement between recorded chair terms, or between them and the rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// Two chair terms share at least one day.
    Overlap {
        /// The chair term starting first.
        first: Id,
        /// The chair term starting later (or at the same time).
        second: Id,
    },
    /// Days between two consecutive chair terms that no chair term covers.
    Gap {
        /// The chair term reaching furthest before the gap.
        after: Id,
        /// The chair term starting after the gap.
        before: Id,
        /// The first uncovered day, at the coarsest precision that says it exactly.
        from: PartialDate,
        /// The last uncovered day, at the coarsest precision that says it exactly.
        to: PartialDate,
    },
    /// A recorded chair term names another member than the rule expects for its period.
    OutOfOrder {
        /// The chair term.
        term: Id,
        /// The member the rule expects.
        expected: Id,
        /// The member recorded (the member it chaired on behalf of, if any).
        found: Id,
    },
}

/// Why the projection holds fewer terms than asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum StopReason {
    /// The dataset has no rotation rule.
    NoRule,
    /// The membership is incomplete and no chair term is recorded for the next term, so the
    /// member following `after` cannot be determined.
    PartialMembership {
        /// The last member placed.
        after: Id,
    },
    /// No member takes part in the rotation.
    EmptyCycle,
    /// The rule's `first` member is not in the cycle (unknown, skipped, part of another member
    /// or not rotating).
    FirstNotInCycle {
        /// The rule's `first`.
        first: Id,
    },
    /// The rule's `term_months` is zero, so terms would not advance.
    ZeroTermLength,
    /// The next term would start after the year 9999.
    DateOutOfRange,
    /// The next term would start after the group's end (`group.end`): the group was
    /// succeeded, nothing is projected past it.
    GroupEnded {
        /// The group's end.
        end: PartialDate,
    },
}

/// The result of [`project`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projection {
    /// The terms, in order, starting at the rule's start.
    pub terms: Vec<ProjectedTerm>,
    /// Why the projection ended early; `None` when it holds every term asked for.
    pub stopped: Option<StopReason>,
    /// Overlaps and gaps between chair terms (in order of start), then out-of-order terms.
    pub conflicts: Vec<Conflict>,
}

/// Projects `count` terms of the chair rotation starting at `rotation.start`, with the
/// conflicts found in the recorded chair terms. Never panics, whatever the data.
pub fn project(dataset: &Dataset, count: usize) -> Projection {
    let mut projection = project_terms(dataset, count);
    // Overlaps and gaps first, then the out-of-order terms the walk found.
    let mut conflicts = chair_conflicts(dataset);
    conflicts.append(&mut projection.conflicts);
    projection.conflicts = conflicts;
    projection
}

/// What [`project`] says without the overlaps and gaps between chair terms: the terms, why
/// they stopped, and the out-of-order terms only. What a widget draws needs no more, and the
/// visitor's wasm then carries no code to find the others (the validator and the CLI do).
pub fn project_terms(dataset: &Dataset, count: usize) -> Projection {
    let mut projection = Projection::default();
    let Some(rule) = &dataset.rotation else {
        projection.stopped = Some(StopReason::NoRule);
        return projection;
    };
    if rule.term_months == 0 {
        projection.stopped = Some(StopReason::ZeroTermLength);
        return projection;
    }
    let cycle = cycle(dataset, rule);
    if cycle.is_empty() {
        projection.stopped = Some(StopReason::EmptyCycle);
        return projection;
    }
    let Some(mut next) = cycle.iter().position(|m| m.id == rule.first) else {
        projection.stopped = Some(StopReason::FirstNotInCycle {
            first: rule.first.clone(),
        });
        return projection;
    };

    let index = Index::new(dataset);
    // Each member's place in the cycle (the first, for a member listed twice).
    let positions = crate::model::sorted(
        cycle
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect(),
    );
    let group_end = dataset.group.end.map(|e| e.last_day());
    for i in 0..count {
        crate::work::tick(1);
        let Some(term) = term_period(rule, i) else {
            projection.stopped = Some(StopReason::DateOutOfRange);
            break;
        };
        if let (Some(end), Some(last)) = (dataset.group.end, group_end) {
            if term.first_day() > last {
                projection.stopped = Some(StopReason::GroupEnded { end });
                break;
            }
        }
        let expected = &cycle[next].id;
        let recorded = index.recorded_term(&term, expected);
        let placed = match recorded {
            Some(ct) => {
                let found = index.rotating_member(ct);
                // With part of the membership listed, only the first term's member is known
                // from the rule; later ones could be members the file does not list.
                let knowable = i == 0 || dataset.membership_complete;
                if found != *expected && knowable {
                    projection.conflicts.push(Conflict::OutOfOrder {
                        term: ct.id.clone(),
                        expected: expected.clone(),
                        found: found.clone(),
                    });
                }
                // Re-anchor on the member recorded; one outside the cycle stands in for the
                // expected member, and the cycle goes on after the expected one.
                if let Some(&(_, pos)) = crate::model::entries(&positions, &found).first() {
                    next = pos;
                }
                ProjectedTerm {
                    member: found,
                    term,
                    status: ct.provenance.status,
                    chair_term: Some(ct.id.clone()),
                }
            }
            None if i > 0 && !dataset.membership_complete => {
                if let Some(last) = projection.terms.last() {
                    projection.stopped = Some(StopReason::PartialMembership {
                        after: last.member.clone(),
                    });
                }
                break;
            }
            None => ProjectedTerm {
                member: expected.clone(),
                term,
                status: Status::Projected,
                chair_term: index.projected_chair_term(&term, expected),
            },
        };
        projection.terms.push(placed);
        next = (next + 1) % cycle.len();
    }
    projection
}

/// The plain-English account the command line prints: one line per term ("2014  ILO  confirmed"),
/// then why the projection stopped, then the conflicts (or that there are none).
pub fn describe(dataset: &Dataset, projection: &Projection) -> String {
    let rows: Vec<(String, String, String)> = projection
        .terms
        .iter()
        .map(|t| {
            (
                range_label(&t.term),
                co_chair_names(dataset, t),
                t.status.code().to_string(),
            )
        })
        .collect();
    let label_width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let name_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (label, name, status) in &rows {
        let _ = writeln!(out, "{label:<label_width$}  {name:<name_width$}  {status}");
    }
    if let Some(reason) = &projection.stopped {
        out.push_str(&stop_text(dataset, projection, reason));
        out.push('\n');
    }
    if projection.conflicts.is_empty() {
        out.push_str("no conflicts in the recorded chair terms\n");
    } else {
        let n = projection.conflicts.len();
        let _ = writeln!(out, "{n} conflict{}:", if n == 1 { "" } else { "s" });
        for conflict in &projection.conflicts {
            let _ = writeln!(out, "- {}", conflict_text(dataset, conflict));
        }
    }
    out
}

/// The rotating members, sorted by English short name (case-insensitive, then by id).
fn cycle<'a>(dataset: &'a Dataset, rule: &RotationRule) -> Vec<&'a Member> {
    let members: Vec<&Member> = dataset
        .members
        .iter()
        .filter(|m| m.rotates && m.part_of.is_none())
        .filter(|m| !rule.skip.iter().any(|s| s.member == m.id))
        .collect();
    // By one text key (name, a NUL, id: the order of the pair) through the sorted tables of
    // model.rs, so that the wasm carries no other copy of the sort.
    let order = crate::model::sorted(
        members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let name = m.short_name.get(Lang::En).to_ascii_lowercase();
                (format!("{name}\u{0}{}", m.id).into(), i)
            })
            .collect(),
    );
    order
        .iter()
        .filter_map(|(_, i)| members.get(*i).copied())
        .collect()
}

/// The period of term `index` (0-based) under the rule, or `None` past the year 9999.
fn term_period(rule: &RotationRule, index: usize) -> Option<DateRange> {
    let months = i64::from(rule.term_months);
    let offset = i64::try_from(index).ok()?.checked_mul(months)?;
    let start = &rule.start;
    match start.precision() {
        Precision::Year if months % 12 == 0 => {
            let year = i64::from(start.year).checked_add(offset / 12)?;
            let last = year.checked_add(months / 12 - 1)?;
            Some(DateRange {
                start: PartialDate::year(year_in_range(year)?),
                end: Some(PartialDate::year(year_in_range(last)?)),
            })
        }
        Precision::Year | Precision::Month => {
            let base = i64::from(start.year) * 12 + i64::from(start.month.unwrap_or(1)) - 1;
            let first = base.checked_add(offset)?;
            let last = first.checked_add(months - 1)?;
            Some(DateRange {
                start: month_date(first)?,
                end: Some(month_date(last)?),
            })
        }
        Precision::Day => {
            let day = start.day.unwrap_or(1);
            let base = i64::from(start.year) * 12 + i64::from(start.month.unwrap_or(1)) - 1;
            let begin = day_in_month(base.checked_add(offset)?, day)?;
            let next = day_in_month(base.checked_add(offset)?.checked_add(months)?, day)?;
            let end = PartialDate::from_day_number(next.first_day() - 1);
            Some(DateRange {
                start: begin,
                end: Some(end),
            })
        }
    }
}

/// A year that fits the data format, or `None`.
fn year_in_range(year: i64) -> Option<i32> {
    if (0..=MAX_YEAR).contains(&year) {
        i32::try_from(year).ok()
    } else {
        None
    }
}

/// The month `total` months after January of year 0.
fn month_date(total: i64) -> Option<PartialDate> {
    let year = year_in_range(total.div_euclid(12))?;
    let month = u8::try_from(total.rem_euclid(12) + 1).ok()?;
    Some(PartialDate::month(year, month))
}

/// Day `day` of the month `total` months after January of year 0, clamped to the month's end.
fn day_in_month(total: i64, day: u8) -> Option<PartialDate> {
    let month = month_date(total)?;
    let m = month.month?;
    Some(PartialDate::day(
        month.year,
        m,
        day.min(days_in_month(month.year, m)),
    ))
}

/// What [`project`] looks up term after term, indexed once: members by id, chair terms by
/// start. Without it, 10,000 projected terms against 10,000 chair terms made 10⁸ steps.
struct Index<'a> {
    /// Members by id: the dataset's own look-up (the first of a duplicated id).
    dataset: &'a Dataset,
    /// Chair terms not marked projected, by first day.
    recorded: Vec<&'a ChairTerm>,
    /// Chair terms the data marks projected, by first day.
    projected: Vec<&'a ChairTerm>,
}

impl<'a> Index<'a> {
    fn new(dataset: &'a Dataset) -> Self {
        let by_start = |keep: fn(&ChairTerm) -> bool| {
            let mut terms: Vec<&ChairTerm> =
                dataset.chair_terms.iter().filter(|ct| keep(ct)).collect();
            in_order_of_start(&mut terms);
            crate::work::tick(terms.len());
            terms
        };
        Index {
            dataset,
            recorded: by_start(|ct| ct.provenance.status != Status::Projected),
            projected: by_start(|ct| ct.provenance.status == Status::Projected),
        }
    }

    /// The terms of `terms` (sorted by start) starting within `term`.
    fn starting_in<'t>(
        terms: &'t [&'a ChairTerm],
        term: &DateRange,
    ) -> impl Iterator<Item = &'a ChairTerm> + 't {
        let from = terms.partition_point(|ct| ct.term.first_day() < term.first_day());
        let last = term.last_day().unwrap_or(DayNumber::MAX);
        terms
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |ct| ct.term.first_day() <= last)
            .map(|ct| {
                crate::work::tick(1);
                *ct
            })
    }

    /// The chair term recorded for `term`: of those starting within it and not marked
    /// projected, a record (confirmed or inferred) before an announcement, then one naming the
    /// `expected` member (a co-chair), then the earliest.
    fn recorded_term(&self, term: &DateRange, expected: &Id) -> Option<&'a ChairTerm> {
        Self::starting_in(&self.recorded, term).min_by_key(|ct| {
            (
                !ct.provenance.status.is_record(),
                self.rotating_member(ct) != *expected,
                ct.term.first_day(),
                ct.term.last_day().unwrap_or(DayNumber::MAX),
            )
        })
    }

    /// A chair term the data itself marks projected, starting within `term` and naming
    /// `member`.
    fn projected_chair_term(&self, term: &DateRange, member: &Id) -> Option<Id> {
        Self::starting_in(&self.projected, term)
            .find(|ct| self.rotating_member(ct) == *member)
            .map(|ct| ct.id.clone())
    }

    /// The member a chair term counts for in the rotation: the member it chaired on behalf
    /// of, or its member, followed up `part_of` to the member that rotates.
    fn rotating_member(&self, term: &ChairTerm) -> Id {
        let mut id = term
            .on_behalf_of
            .clone()
            .unwrap_or_else(|| term.member.clone());
        for _ in 0..MAX_PART_OF_DEPTH {
            crate::work::tick(1);
            match self.dataset.member(&id).and_then(|m| m.part_of.clone()) {
                Some(parent) => id = parent,
                None => break,
            }
        }
        id
    }
}

/// Whether two overlapping chair terms may share days: co-chairs of the same period, or an
/// announcement that a record of what happened contradicts (a later source differs).
pub fn may_share_days(a: &ChairTerm, b: &ChairTerm) -> bool {
    let co_chairs = a.co_chair && b.co_chair && a.term == b.term;
    let (sa, sb) = (a.provenance.status, b.provenance.status);
    let superseded =
        (sa == Status::Announced && sb.is_record()) || (sb == Status::Announced && sa.is_record());
    co_chairs || superseded
}

/// Projects as many terms as it takes to reach every recorded chair term (at most 10,000),
/// so that every disagreement between the record and the rule is found.
pub fn check(dataset: &Dataset) -> Projection {
    let count = match &dataset.rotation {
        Some(rule) if rule.term_months > 0 => {
            let start = rule.start.first_day();
            let last = dataset
                .chair_terms
                .iter()
                .map(|ct| ct.term.first_day())
                .max()
                .unwrap_or(start);
            // A month is at least 28 days: this many terms reach past the last start.
            let days = i64::from(last) - i64::from(start);
            let terms = days.max(0) / (28 * i64::from(rule.term_months)) + 2;
            usize::try_from(terms.min(10_000)).unwrap_or(10_000)
        }
        _ => 0,
    };
    project(dataset, count)
}

/// Pairs of chair terms sharing days that [`may_share_days`] does not allow, as indices
/// `(earlier, later)` in order of the later one's start. Each term is compared with the
/// earlier-starting terms reaching furthest (two per kind of status, so that a co-chair never
/// hides another overlap): n log n time and at most one pair per term, however many terms
/// overlap (every pair of 3,000 overlapping terms is 4.5 million).
pub fn overlaps(terms: &[ChairTerm]) -> Vec<(usize, usize)> {
    let end = |t: &ChairTerm| t.term.last_day().unwrap_or(DayNumber::MAX);
    let in_order = |t: &ChairTerm| t.term.last_day().is_none_or(|e| e >= t.term.first_day());
    // Terms are exempt by status only across these classes (announced beside a record).
    let class = |t: &ChairTerm| match t.provenance.status {
        Status::Announced => 0,
        s if s.is_record() => 1,
        _ => 2,
    };
    let same_seat = |a: &ChairTerm, b: &ChairTerm| a.co_chair && b.co_chair && a.term == b.term;
    let mut order: Vec<usize> = (0..terms.len())
        .filter(|&i| terms.get(i).is_some_and(in_order))
        .collect();
    // Through the crate's one sort (the index breaks ties; the sort counts its own work).
    let key = |i: usize| terms.get(i).map(|t| (t.term.first_day(), end(t), i));
    crate::model::sort_by(&mut order, |&a, &b| key(a) < key(b));
    // Per class: the term reaching furthest, and the one reaching furthest among those that
    // are not co-chairs of the first one's period.
    let mut reach: [[Option<usize>; 2]; 3] = [[None; 2]; 3];
    let mut pairs = Vec::new();
    for i in order {
        crate::work::tick(1);
        let Some(t) = terms.get(i) else { continue };
        let clash = reach.iter().flatten().flatten().copied().find(|&j| {
            terms
                .get(j)
                .is_some_and(|other| t.term.first_day() <= end(other) && !may_share_days(other, t))
        });
        if let Some(j) = clash {
            pairs.push((j, i));
        }
        let Some(slot) = reach.get_mut(class(t)) else {
            continue;
        };
        let reach_of = |k: Option<usize>| k.and_then(|k| terms.get(k)).map_or(DayNumber::MIN, end);
        let first = slot[0].and_then(|k| terms.get(k));
        if end(t) > reach_of(slot[0]) {
            if first.is_some_and(|f| !same_seat(f, t)) {
                slot[1] = slot[0];
            }
            slot[0] = Some(i);
        } else if first.is_some_and(|f| !same_seat(f, t)) && end(t) > reach_of(slot[1]) {
            slot[1] = Some(i);
        }
    }
    pairs
}

/// Chair terms in order of start, then of end (an open end last), then of id. One function
/// for the rotation's index and its conflicts, through the crate's one sort.
#[inline(never)]
fn in_order_of_start(terms: &mut [&ChairTerm]) {
    let key = |ct: &ChairTerm| {
        (
            ct.term.first_day(),
            ct.term.last_day().unwrap_or(DayNumber::MAX),
        )
    };
    crate::model::sort_by(terms, |a, b| (key(a), &a.id) < (key(b), &b.id));
}

/// Overlaps and gaps between all chair terms, taken in order of start.
fn chair_conflicts(dataset: &Dataset) -> Vec<Conflict> {
    let end_of = |ct: &ChairTerm| ct.term.last_day().unwrap_or(DayNumber::MAX);
    let mut terms: Vec<&ChairTerm> = dataset.chair_terms.iter().collect();
    in_order_of_start(&mut terms);
    let mut conflicts: Vec<Conflict> = overlaps(&dataset.chair_terms)
        .into_iter()
        .filter_map(|(a, b)| {
            let (a, b) = (dataset.chair_terms.get(a)?, dataset.chair_terms.get(b)?);
            Some(Conflict::Overlap {
                first: a.id.clone(),
                second: b.id.clone(),
            })
        })
        .collect();
    let mut reach: Option<(DayNumber, &ChairTerm)> = None;
    for ct in &terms {
        if let Some((covered, last)) = reach {
            let start = ct.term.first_day();
            if covered < DayNumber::MAX && start > covered + 1 {
                let (from, to) = span_dates(covered + 1, start - 1);
                conflicts.push(Conflict::Gap {
                    after: last.id.clone(),
                    before: ct.id.clone(),
                    from,
                    to,
                });
            }
        }
        if reach.is_none_or(|(covered, _)| end_of(ct) > covered) {
            reach = Some((end_of(ct), ct));
        }
    }
    conflicts
}

/// The days `first..=last` as a pair of dates at the coarsest precision that is still exact:
/// whole years as years, whole months as months, otherwise days.
fn span_dates(first: DayNumber, last: DayNumber) -> (PartialDate, PartialDate) {
    let (fy, fm, fd) = civil_from_days(first);
    let (ly, lm, ld) = civil_from_days(last);
    let month_end = ld == days_in_month(ly, lm);
    if fd == 1 && month_end {
        if fm == 1 && lm == 12 {
            (PartialDate::year(fy), PartialDate::year(ly))
        } else {
            (PartialDate::month(fy, fm), PartialDate::month(ly, lm))
        }
    } else {
        (PartialDate::day(fy, fm, fd), PartialDate::day(ly, lm, ld))
    }
}

/// "2014" for a range within one date, "2013-07 to 2013-12" otherwise.
fn range_label(range: &DateRange) -> String {
    match range.end {
        Some(end) if end == range.start => end.to_string(),
        Some(end) => format!("{} to {}", range.start, end),
        None => format!("from {}", range.start),
    }
}

/// The term's member, or all its co-chairs joined by " + " ("FAO + IOM").
fn co_chair_names(dataset: &Dataset, t: &ProjectedTerm) -> String {
    let recorded = t
        .chair_term
        .as_deref()
        .and_then(|id| dataset.chair_term(id));
    match recorded {
        Some(ct) if ct.co_chair => dataset
            .sharing_the_chair(ct)
            .map(|o| member_name(dataset, &o.member))
            .collect::<Vec<_>>()
            .join(" + "),
        _ => member_name(dataset, &t.member),
    }
}

/// A member's English short name, or its id when it is not listed.
fn member_name(dataset: &Dataset, id: &str) -> String {
    match dataset.member(id) {
        Some(m) if !m.short_name.is_empty() => m.short_name.get(Lang::En).to_string(),
        _ => id.to_string(),
    }
}

/// "chair-2014 (ILO, 2014)": a chair term with its member and period.
fn chair_term_text(dataset: &Dataset, id: &str) -> String {
    match dataset.chair_term(id) {
        Some(ct) => {
            format!(
                "{id} ({}, {})",
                member_name(dataset, &ct.member),
                range_label(&ct.term)
            )
        }
        None => id.to_string(),
    }
}

/// The sentence for a stop reason.
fn stop_text(dataset: &Dataset, projection: &Projection, reason: &StopReason) -> String {
    match reason {
        StopReason::NoRule => "no projection: the data has no rotation rule".to_string(),
        StopReason::PartialMembership { after } => {
            let when = projection
                .terms
                .last()
                .and_then(|t| t.term.end)
                .map(|end| format!("after {end}"))
                .unwrap_or_else(|| "at the start".to_string());
            format!(
                "projection stops {when}: the data lists only part of the membership \
                 (membership_complete is false), so the member after {} cannot be determined",
                member_name(dataset, after)
            )
        }
        StopReason::EmptyCycle => "no projection: no member takes part in the rotation (each is \
                                   skipped, part of another member or marked rotates: false)"
            .to_string(),
        StopReason::FirstNotInCycle { first } => format!(
            "no projection: the rule's first member, {}, does not take part in the rotation \
             (it is unknown, skipped, part of another member or marked rotates: false)",
            member_name(dataset, first)
        ),
        StopReason::ZeroTermLength => {
            "no projection: the rule's term_months is 0, so terms would not advance".to_string()
        }
        StopReason::DateOutOfRange => {
            "projection stops: the next term would start after the year 9999".to_string()
        }
        StopReason::GroupEnded { end } => {
            let successor = dataset
                .group
                .successor
                .as_ref()
                .map(|s| format!(", succeeded by the {}", s.name.get(Lang::En)))
                .unwrap_or_default();
            format!(
                "projection stops at the group's end ({end}{successor}): nothing is projected \
                 after it"
            )
        }
    }
}

/// The sentence for a conflict.
fn conflict_text(dataset: &Dataset, conflict: &Conflict) -> String {
    match conflict {
        Conflict::Overlap { first, second } => format!(
            "chair terms {} and {} overlap",
            chair_term_text(dataset, first),
            chair_term_text(dataset, second)
        ),
        Conflict::Gap {
            after,
            before,
            from,
            to,
        } => {
            let span = if from == to {
                format!("in {from}")
            } else {
                format!("from {from} to {to}")
            };
            format!(
                "no chair is recorded {span}, between chair terms {} and {}",
                chair_term_text(dataset, after),
                chair_term_text(dataset, before)
            )
        }
        Conflict::OutOfOrder {
            term,
            expected,
            found,
        } => format!(
            "chair term {} names {}, but the rotation rule expects {}; the projection continues \
             from {}",
            chair_term_text(dataset, term),
            member_name(dataset, found),
            member_name(dataset, expected),
            member_name(dataset, found)
        ),
    }
}
