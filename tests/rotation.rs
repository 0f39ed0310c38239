//! The chair rotation projection (`gmg_widgets::data::rotation`): wrap-around, skips,
//! re-anchoring on recorded chairs, overlaps and gaps, partial membership, half-year terms,
//! and the default dataset.

use gmg_widgets::data::load;
use gmg_widgets::data::rotation::{
    describe, project, project_terms, Conflict, Projection, StopReason,
};
use gmg_widgets::date::{DateRange, PartialDate};
use gmg_widgets::model::{
    ChairTerm, Dataset, Id, Member, Provenance, RotationOrder, RotationRule, Skip, Status,
};
use gmg_widgets::text::Text;

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap_or_else(|e| panic!("bad test date {s:?}: {e}"))
}

fn id(s: &str) -> Id {
    s.into()
}

fn range(from: &str, to: &str) -> DateRange {
    DateRange {
        start: date(from),
        end: Some(date(to)),
    }
}

/// Loads a JSON fixture and insists it is valid without warnings (but for its texts' missing
/// translations: these fixtures are about the rotation, written in English).
fn fixture(name: &str) -> Dataset {
    let path = format!(
        "{}/tests/fixtures/rotation/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let report = load(&text);
    let problems: Vec<String> = report
        .problems
        .iter()
        .map(ToString::to_string)
        .filter(|p| !p.contains("visitors reading"))
        .collect();
    assert!(problems.is_empty(), "{name}.json:\n{}", problems.join("\n"));
    report
        .dataset
        .unwrap_or_else(|| panic!("{name}.json did not load"))
}

fn member(id_: &str, short: &str) -> Member {
    Member {
        id: id(id_),
        short_name: Text::en(short),
        name: Text::en(short),
        part_of: None,
        rotates: true,
    }
}

fn chair(id_: &str, member_: &str, from: &str, to: &str, status: Status) -> ChairTerm {
    ChairTerm {
        id: id(id_),
        member: id(member_),
        on_behalf_of: None,
        term: range(from, to),
        co_chair: false,
        announced: None,
        provenance: Provenance {
            status,
            ..Provenance::default()
        },
    }
}

fn rule(start: &str, months: u32, first: &str) -> RotationRule {
    RotationRule {
        order: RotationOrder::Alphabetical,
        term_months: months,
        start: date(start),
        first: id(first),
        skip: Vec::new(),
        before: Vec::new(),
        provenance: Provenance::default(),
    }
}

/// A dataset built in code (for cases the validator would refuse, such as overlaps).
fn built(
    members: &[(&str, &str)],
    terms: Vec<ChairTerm>,
    rotation: Option<RotationRule>,
) -> Dataset {
    Dataset {
        version: 1,
        members: members.iter().map(|(i, s)| member(i, s)).collect(),
        membership_complete: true,
        chair_terms: terms,
        rotation,
        ..Dataset::default()
    }
}

fn members_of(p: &Projection) -> Vec<&str> {
    p.terms.iter().map(|t| &*t.member).collect()
}

fn starts_of(p: &Projection) -> Vec<String> {
    p.terms.iter().map(|t| t.term.start.to_string()).collect()
}

#[test]
fn complete_membership_wraps_around_in_case_insensitive_order() {
    let data = fixture("complete");
    let p = project(&data, 12);
    // fao, ilo, "UN Women" < "UNDP" < "unicef" (case-insensitive), world-bank; the member that
    // does not rotate and the one that is part of another are left out.
    assert_eq!(
        members_of(&p),
        [
            "undp",
            "unicef",
            "world-bank",
            "fao",
            "ilo",
            "un-women", //
            "undp",
            "unicef",
            "world-bank",
            "fao",
            "ilo",
            "un-women",
        ]
    );
    let years: Vec<String> = (2014..2026).map(|y| y.to_string()).collect();
    assert_eq!(starts_of(&p), years);
    for t in &p.terms {
        assert_eq!(
            t.term.end,
            Some(t.term.start),
            "a 12-month term from a year is that year"
        );
    }
    assert_eq!(p.stopped, None);
    assert_eq!(p.conflicts, []);
    assert_eq!(
        (p.terms[0].status, p.terms[0].chair_term.as_deref()),
        (Status::Confirmed, Some("chair-2014"))
    );
    assert_eq!(
        (p.terms[1].status, p.terms[1].chair_term.as_deref()),
        (Status::Inferred, Some("chair-2015"))
    );
    assert!(p.terms[2..]
        .iter()
        .all(|t| t.status == Status::Projected && t.chair_term.is_none()));
}

#[test]
fn skipped_members_are_passed_over() {
    let mut data = fixture("complete");
    if let Some(r) = data.rotation.as_mut() {
        r.skip.push(Skip {
            member: id("ilo"),
            reason: Text::en("test"),
        });
        r.skip.push(Skip {
            member: id("world-bank"),
            reason: Text::en("test"),
        });
    }
    let p = project(&data, 6);
    assert_eq!(
        members_of(&p),
        ["undp", "unicef", "fao", "un-women", "undp", "unicef"]
    );
    assert_eq!(p.conflicts, []);
}

/// The complete fixture with two chairs out of the rule's order: 2015 should be unicef but
/// world-bank is recorded (confirmed), so the cycle goes on from world-bank, fao is due in
/// 2016 and ilo in 2017, where undp is recorded (inferred).
fn out_of_order() -> Dataset {
    let mut data = fixture("complete");
    data.chair_terms[2] = chair(
        "chair-2015",
        "world-bank",
        "2015",
        "2015",
        Status::Confirmed,
    );
    data.chair_terms.push(chair(
        "chair-2017",
        "undp",
        "2017",
        "2017",
        Status::Inferred,
    ));
    data
}

#[test]
fn out_of_order_chair_is_reported_and_the_cycle_reanchored() {
    let data = out_of_order();
    let p = project(&data, 6);
    assert_eq!(
        members_of(&p),
        ["undp", "world-bank", "fao", "undp", "unicef", "world-bank"]
    );
    assert_eq!(
        p.conflicts,
        [
            Conflict::Gap {
                after: id("chair-2015"),
                before: id("chair-2017"),
                from: date("2016"),
                to: date("2016"),
            },
            Conflict::OutOfOrder {
                term: id("chair-2015"),
                expected: id("unicef"),
                found: id("world-bank")
            },
            Conflict::OutOfOrder {
                term: id("chair-2017"),
                expected: id("ilo"),
                found: id("undp")
            },
        ]
    );
    assert_eq!(p.terms[3].status, Status::Inferred);
    let text = describe(&data, &p);
    assert!(
        text.contains(
            "chair term chair-2015 (World Bank, 2015) names World Bank, but the rotation rule \
             expects unicef; the projection continues from World Bank"
        ),
        "{text}"
    );
}

#[test]
fn the_widgets_projection_has_the_same_terms_without_overlaps_and_gaps() {
    // The out-of-order case above, with an overlap added: what the widget draws
    // (`project_terms`) is `project` but for the overlaps and gaps between chair terms.
    let mut data = out_of_order();
    data.chair_terms
        .push(chair("late", "fao", "2017-06", "2018", Status::Confirmed));
    for fixture_data in [
        data,
        fixture("complete"),
        fixture("partial"),
        fixture("half_year"),
    ] {
        let full = project(&fixture_data, 8);
        let drawn = project_terms(&fixture_data, 8);
        assert_eq!(drawn.terms, full.terms);
        assert_eq!(drawn.stopped, full.stopped);
        let out_of_order: Vec<&Conflict> = full
            .conflicts
            .iter()
            .filter(|c| matches!(c, Conflict::OutOfOrder { .. }))
            .collect();
        assert_eq!(drawn.conflicts.iter().collect::<Vec<_>>(), out_of_order);
    }
    let mut data = fixture("complete");
    data.chair_terms
        .push(chair("late", "fao", "2014-06", "2015", Status::Confirmed));
    assert!(project(&data, 3)
        .conflicts
        .iter()
        .any(|c| matches!(c, Conflict::Overlap { .. })));
    assert!(project_terms(&data, 3).conflicts.is_empty());
}

#[test]
fn overlapping_chair_terms_are_reported_pairwise() {
    let data = built(
        &[("ilo", "ILO"), ("iom", "IOM")],
        vec![
            chair("c", "ilo", "2014", "2014", Status::Confirmed),
            chair("a", "ilo", "2013-01", "2013-08", Status::Confirmed),
            chair("b", "iom", "2013-07", "2013-12", Status::Inferred),
            chair("d", "iom", "2014-12-31", "2015", Status::Confirmed),
        ],
        None,
    );
    let p = project(&data, 3);
    assert_eq!(
        p.conflicts,
        [
            Conflict::Overlap {
                first: id("a"),
                second: id("b")
            },
            Conflict::Overlap {
                first: id("c"),
                second: id("d")
            },
        ]
    );
    let text = describe(&data, &p);
    assert!(text.contains("2 conflicts:"), "{text}");
    assert!(
        text.contains(
            "- chair terms a (ILO, 2013-01 to 2013-08) and b (IOM, 2013-07 to 2013-12) overlap"
        ),
        "{text}"
    );
}

#[test]
fn gaps_between_chair_terms_are_reported_at_natural_precision() {
    let data = built(
        &[("ilo", "ILO"), ("iom", "IOM")],
        vec![
            chair("h1", "ilo", "2013-01-01", "2013-06", Status::Confirmed),
            chair("y2014", "ilo", "2014", "2014", Status::Confirmed),
            chair("q1", "iom", "2015-01", "2015-03-15", Status::Confirmed),
            chair("q2", "iom", "2015-04", "2015-06", Status::Confirmed),
            chair("y2018", "ilo", "2018", "2018", Status::Confirmed),
        ],
        None,
    );
    let p = project(&data, 1);
    assert_eq!(
        p.conflicts,
        [
            Conflict::Gap {
                after: id("h1"),
                before: id("y2014"),
                from: date("2013-07"),
                to: date("2013-12")
            },
            Conflict::Gap {
                after: id("q1"),
                before: id("q2"),
                from: date("2015-03-16"),
                to: date("2015-03-31")
            },
            Conflict::Gap {
                after: id("q2"),
                before: id("y2018"),
                from: date("2015-07"),
                to: date("2017-12")
            },
        ]
    );
    let text = describe(&data, &p);
    assert!(
        text.contains(
            "- no chair is recorded from 2013-07 to 2013-12, between chair terms h1 (ILO, 2013-01-01 \
             to 2013-06) and y2014 (ILO, 2014)"
        ),
        "{text}"
    );

    // A term reaching over a shorter one still covers the days after it: no gap there.
    let covered = built(
        &[("ilo", "ILO"), ("iom", "IOM")],
        vec![
            chair("long", "ilo", "2013", "2014", Status::Confirmed),
            chair("short", "iom", "2013-03", "2013-04", Status::Confirmed),
            chair("next", "ilo", "2015", "2015", Status::Confirmed),
        ],
        None,
    );
    let conflicts = project(&covered, 0).conflicts;
    assert_eq!(
        conflicts,
        [Conflict::Overlap {
            first: id("long"),
            second: id("short")
        }]
    );
    let whole_years = built(
        &[("ilo", "ILO")],
        vec![
            chair("a", "ilo", "2013", "2013", Status::Confirmed),
            chair("b", "ilo", "2016", "2016", Status::Confirmed),
        ],
        None,
    );
    let conflicts = project(&whole_years, 0).conflicts;
    assert_eq!(
        conflicts,
        [Conflict::Gap {
            after: id("a"),
            before: id("b"),
            from: date("2014"),
            to: date("2015")
        }]
    );
}

#[test]
fn partial_membership_stops_where_no_chair_is_recorded() {
    let data = fixture("partial");
    let p = project(&data, 5);
    assert_eq!(members_of(&p), ["ilo", "un-women"]);
    assert_eq!(
        p.stopped,
        Some(StopReason::PartialMembership {
            after: id("un-women")
        })
    );
    assert!(describe(&data, &p).contains(
        "projection stops after 2015: the data lists only part of the membership \
         (membership_complete is false), so the member after UN Women cannot be determined"
    ));

    // With nothing recorded, the rule's own first member is all that can be said.
    let mut bare = data.clone();
    bare.chair_terms.clear();
    let p = project(&bare, 5);
    assert_eq!(members_of(&p), ["ilo"]);
    assert_eq!(p.terms[0].status, Status::Projected);
    assert_eq!(
        p.stopped,
        Some(StopReason::PartialMembership { after: id("ilo") })
    );

    // The same data with a complete membership projects freely.
    let mut complete = data.clone();
    complete.membership_complete = true;
    let p = project(&complete, 5);
    assert_eq!(
        members_of(&p),
        ["ilo", "un-women", "world-bank", "ilo", "un-women"]
    );
    assert_eq!(p.stopped, None);
}

#[test]
fn no_rule_means_no_projection_but_still_conflicts() {
    let data = built(
        &[("ilo", "ILO")],
        vec![
            chair("a", "ilo", "2013", "2013", Status::Confirmed),
            chair("b", "ilo", "2015", "2015", Status::Confirmed),
        ],
        None,
    );
    let p = project(&data, 9);
    assert!(p.terms.is_empty());
    assert_eq!(p.stopped, Some(StopReason::NoRule));
    assert_eq!(p.conflicts.len(), 1);
    let text = describe(&data, &p);
    assert!(
        text.starts_with("no projection: the data has no rotation rule\n"),
        "{text}"
    );
}

#[test]
fn rules_that_cannot_run_say_why() {
    let mut data = built(
        &[("ilo", "ILO"), ("iom", "IOM")],
        Vec::new(),
        Some(rule("2014", 12, "ilo")),
    );

    let mut empty = data.clone();
    empty.members.iter_mut().for_each(|m| m.rotates = false);
    assert_eq!(project(&empty, 3).stopped, Some(StopReason::EmptyCycle));

    let mut skipped_first = data.clone();
    if let Some(r) = skipped_first.rotation.as_mut() {
        r.skip.push(Skip {
            member: id("ilo"),
            reason: Text::en("test"),
        });
    }
    let p = project(&skipped_first, 3);
    assert_eq!(
        p.stopped,
        Some(StopReason::FirstNotInCycle { first: id("ilo") })
    );
    assert!(
        describe(&skipped_first, &p).contains("the rule's first member, ILO, does not take part")
    );

    let mut zero = data.clone();
    if let Some(r) = zero.rotation.as_mut() {
        r.term_months = 0;
    }
    assert_eq!(project(&zero, 3).stopped, Some(StopReason::ZeroTermLength));

    // Asking for more terms than the calendar holds stops at the year 9999, without panicking.
    data.rotation = Some(rule("9990", 12, "ilo"));
    let p = project(&data, usize::MAX);
    assert_eq!(p.terms.len(), 10);
    assert_eq!(p.stopped, Some(StopReason::DateOutOfRange));
    assert_eq!(project(&data, 0), Projection::default());
}

#[test]
fn half_year_terms_follow_months_and_count_on_behalf_of() {
    let data = fixture("half_year");
    let p = project(&data, 5);
    // ILO, IOM, Regional Commissions; ESCAP chaired for the Regional Commissions.
    assert_eq!(
        members_of(&p),
        [
            "regional-commissions",
            "ilo",
            "iom",
            "regional-commissions",
            "ilo"
        ]
    );
    let periods: Vec<DateRange> = p.terms.iter().map(|t| t.term).collect();
    assert_eq!(
        periods,
        [
            range("2013-01", "2013-06"),
            range("2013-07", "2013-12"),
            range("2014-01", "2014-06"),
            range("2014-07", "2014-12"),
            range("2015-01", "2015-06"),
        ]
    );
    assert_eq!(
        (p.terms[0].status, p.terms[0].chair_term.as_deref()),
        (Status::Confirmed, Some("chair-2013-h1"))
    );
    assert_eq!(p.conflicts, []);
    let text = describe(&data, &p);
    assert!(
        text.starts_with("2013-01 to 2013-06  Regional Commissions  confirmed\n"),
        "{text}"
    );

    // Other starts and lengths keep their natural precision.
    let mut other = data.clone();
    other.rotation = Some(rule("2013", 6, "ilo"));
    assert_eq!(
        project(&other, 2).terms[1].term,
        range("2013-07", "2013-12")
    );
    other.rotation = Some(rule("2014", 24, "ilo"));
    assert_eq!(project(&other, 2).terms[1].term, range("2016", "2017"));
    other.rotation = Some(rule("2014-03-15", 12, "ilo"));
    assert_eq!(
        project(&other, 2).terms[1].term,
        range("2015-03-15", "2016-03-14")
    );
    other.rotation = Some(rule("2014-01-31", 1, "ilo"));
    let p = project(&other, 2);
    assert_eq!(p.terms[0].term, range("2014-01-31", "2014-02-27"));
    assert_eq!(p.terms[1].term, range("2014-02-28", "2014-03-30"));
}

#[test]
fn default_data_projects_only_what_the_record_backs() {
    let report = load(include_str!("../data/gmg.json"));
    let problems: Vec<String> = report
        .problems
        .iter()
        .map(ToString::to_string)
        .filter(|p| !p.contains("visitors reading") && !p.contains("no chair is recorded"))
        .collect();
    assert!(
        problems.is_empty(),
        "data/gmg.json:\n{}",
        problems.join("\n")
    );
    let data = report.dataset.expect("the default data loads");
    let p = project(&data, 9);
    // ILO (2014) is the rule's first member; nobody is recorded for 2015 and the list of
    // members is partial, so the rule cannot say who came next.
    assert_eq!(members_of(&p), ["ilo"]);
    assert_eq!(starts_of(&p), ["2014"]);
    assert_eq!(p.terms[0].chair_term.as_deref(), Some("chair-2014-ilo"));
    assert_eq!(
        p.stopped,
        Some(StopReason::PartialMembership { after: id("ilo") })
    );
    let gaps: Vec<String> = p
        .conflicts
        .iter()
        .filter_map(|c| match c {
            Conflict::Gap { from, to, .. } => Some(format!("{from} {to}")),
            _ => None,
        })
        .collect();
    assert_eq!(gaps, ["2009-01 2009-05", "2012-06 2012-06", "2015 2015"]);
    assert_eq!(
        gaps.len(),
        p.conflicts.len(),
        "no overlap, no contradiction"
    );
}

#[test]
fn history_co_chairs_announcements_and_the_groups_end() {
    let data = fixture("../valid/history");
    let p = project(&data, 20);
    let years: Vec<String> = p.terms.iter().map(|t| t.term.start.to_string()).collect();
    assert_eq!(years, ["2014", "2015", "2016", "2017", "2018"]);
    assert_eq!(
        p.stopped,
        Some(StopReason::GroupEnded { end: date("2018") }),
        "nothing is projected after the group's end"
    );
    assert!(
        p.conflicts.is_empty(),
        "co-chairs of the same period and an announcement that a record contradicts do not \
         overlap: {:?}",
        p.conflicts
    );
    // The record wins over the announcement of the same year.
    assert_eq!(p.terms[2].chair_term.as_deref(), Some("chair-2016"));
    let text = describe(&data, &p);
    assert!(text.contains("2018  FAO + IOM"), "{text}");
    assert!(
        text.contains("succeeded by the United Nations Network on Migration"),
        "{text}"
    );
}

#[test]
fn validate_reports_what_the_rotation_finds() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/projection-contradicts-record.json"
    ))
    .unwrap();
    let report = gmg_widgets::data::load(&text);
    assert!(report.dataset.is_none(), "a contradiction is an error");
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("'chair-2016' names World Bank"),
        "{errors:?}"
    );
}
