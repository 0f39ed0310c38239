//! The default data (`data/gmg.json`) against its sources: outcomes under what produced them,
//! no fact from outside the 2013 statement shown as confirmed by it, the chairs from 2006 to
//! 2018 each with a source, co-chairs drawn as two, announcements beside what happened in
//! every language, nothing projected after the group's end.
// Native (or with the data compiled in): the visitor's wasm fetches the built-in data instead.
#![cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]

use gmg_widgets::data::{default_dataset, rotation};
use gmg_widgets::date::{PartialDate, Precision};
use gmg_widgets::i18n::{self, Msg};
use gmg_widgets::layout::scale::Viewport;
use gmg_widgets::model::{Dataset, Status};
use gmg_widgets::text::Lang;
use gmg_widgets::timeline::lanes::{self, place_lane, Placed};
use gmg_widgets::view::{self, Detail};

const SEED: &str = "unece-statement-2013-11-28";

fn ds() -> std::rc::Rc<Dataset> {
    default_dataset()
}

#[test]
fn the_dialogue_shows_only_what_the_dialogue_produced() {
    let ds = ds();
    for lang in Lang::ALL {
        let board = view::outcomes(&ds, lang);
        let dialogue = board
            .groups
            .iter()
            .flat_map(|g| &g.lanes)
            .find(|l| &*l.id == "outcomes-hld-2013")
            .expect("a lane for the Dialogue");
        for item in &dialogue.items {
            let produced = ds
                .outcomes
                .iter()
                .any(|o| o.id == item.id && o.produced_by.as_deref() == Some("hld-2013"));
            assert!(
                produced || &*item.id == "hld-2013",
                "{} under the Dialogue in {lang:?}",
                item.id
            );
        }
        let review = board
            .groups
            .iter()
            .flat_map(|g| &g.lanes)
            .find(|l| &*l.id == "outcomes-review-decision-2012")
            .expect("a lane for the review");
        let ids: Vec<&str> = review.items.iter().map(|i| &*i.id).collect();
        for id in [
            "review-decision-2012",
            "review-chairing-arrangements",
            "review-support-team",
            "review-working-groups-task-forces",
            "review-work-plan",
        ] {
            assert!(ids.contains(&id), "{id} under the review: {ids:?}");
        }
        // The IOM Council panel is a milestone, under no producer's heading.
        let milestones = board.groups.iter().find(|g| g.key == "milestones").unwrap();
        assert_eq!(milestones.heading, Msg::Milestones);
        assert!(milestones.lanes[0]
            .items
            .iter()
            .any(|i| &*i.id == "iom-council-103-panel"));
    }
    // The overview keeps the same grouping.
    let overview = view::overview(&ds, Lang::En, None);
    let hld = overview
        .groups
        .iter()
        .flat_map(|g| &g.lanes)
        .find(|l| &*l.id == "outcomes-hld-2013")
        .unwrap();
    assert!(hld
        .items
        .iter()
        .all(|i| &*i.id != "iom-council-103-panel" && &*i.id != "review-decision-2012"));
}

#[test]
fn nothing_outside_the_statement_is_confirmed_by_it() {
    let ds = ds();
    let seed_days = ["2013-01-01", "2013-10-03", "2013-10-04"];
    let seed_sourced = |src: &Option<std::rc::Rc<str>>| src.as_deref() == Some(SEED);
    // Chair terms after the statement: the statement can only announce them.
    for t in &ds.chair_terms {
        if seed_sourced(&t.provenance.source) && t.term.start.year >= 2014 {
            assert_eq!(
                t.provenance.status,
                Status::Announced,
                "{} is after the statement of 28 November 2013",
                t.id
            );
        }
    }
    // Days the statement writes in full; any other day needs another source or "inferred".
    let events = ds
        .events
        .iter()
        .map(|e| (&e.id, e.when.start, &e.provenance));
    let outcomes = ds.outcomes.iter().map(|o| (&o.id, o.date, &o.provenance));
    for (id, date, p) in events.chain(outcomes) {
        if date.precision() == Precision::Day
            && seed_sourced(&p.source)
            && p.status == Status::Confirmed
        {
            assert!(
                seed_days.contains(&date.iso().as_str()),
                "{id}: the statement does not give the day {date}"
            );
        }
    }
    // The Declaration's symbol has its own source.
    let para32 = ds
        .outcomes
        .iter()
        .find(|o| o.id.as_ref() == "hld-declaration-para-32")
        .unwrap();
    assert_eq!(para32.document.symbol.as_deref(), Some("A/RES/68/4"));
    let doc_source = para32
        .document
        .source
        .as_deref()
        .expect("a source for the symbol");
    assert_ne!(doc_source, SEED);
    assert!(ds
        .source(doc_source)
        .and_then(|s| s.link.as_ref())
        .is_some());
    // The adoption day and the year of "28 November" are inferred, with notes.
    for id in ["hld-declaration-2013", "iom-council-103-panel"] {
        let e = ds.event(id).unwrap();
        assert_eq!(e.provenance.status, Status::Inferred, "{id}");
        assert!(e.provenance.note.is_some(), "{id}");
    }
    // Every cited source exists and can be checked.
    for s in &ds.sources {
        assert!(
            s.link.is_some() || s.id.as_ref() == SEED,
            "{} has no link",
            s.id
        );
    }
}

#[test]
fn chairs_from_2006_to_2018_each_with_its_source() {
    let ds = ds();
    let mut years: Vec<i32> = ds
        .chair_terms
        .iter()
        .filter(|t| t.provenance.status.is_record())
        .map(|t| t.term.start.year)
        .collect();
    years.dedup();
    assert_eq!(
        years,
        [2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2016, 2017, 2018],
        "2015: no source found names the chair"
    );
    for t in &ds.chair_terms {
        let source = t.provenance.source.as_deref().expect("a source");
        assert!(ds.source(source).is_some(), "{}: {source}", t.id);
        assert!(t.provenance.quote.is_some(), "{}: the source's words", t.id);
    }
    // The rule changed: six-month terms, then one-year terms from 2014.
    let rule = ds.rotation.as_ref().unwrap();
    assert_eq!(rule.term_months, 12);
    assert_eq!(rule.before[0].term_months, 6);
    let notes = view::chairs(&ds, Lang::En, None).notes;
    assert!(
        notes.iter().any(|n| n.contains("six-month terms")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("one-year terms")),
        "{notes:?}"
    );
}

#[test]
fn the_2018_co_chairs_are_drawn_as_two() {
    let ds = ds();
    let board = view::chairs(&ds, Lang::En, Some(PartialDate::day(2018, 6, 1)));
    let lane = &board.groups[0].lanes[0];
    let (first, last) = board.extent().unwrap();
    let window = Viewport::fit(first, last);
    let placed = place_lane(&lane.items, &window, lanes::DEFAULT_LANE_WIDTH, Lang::En);
    let rows: Vec<(String, f64)> = placed
        .iter()
        .filter_map(|p| match p {
            Placed::Item { item, slot, .. } if item.range.start.year == 2018 => {
                Some((item.label.text.to_string(), slot.top))
            }
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_ne!(rows[0].1, rows[1].1, "one above the other: {rows:?}");
    let current: Vec<&str> = board
        .items()
        .filter(|i| i.current)
        .map(|i| &*i.label.text)
        .collect();
    assert_eq!(current, ["FAO", "IOM"]);
    let fao = board.item("chair-2018-fao").unwrap();
    assert!(fao
        .details
        .iter()
        .any(|d| matches!(d, Detail::Sentence(Msg::CoChairWith, l) if &*l.text == "IOM")));
}

#[test]
fn announced_versus_chaired_in_words_in_six_languages() {
    let ds = ds();
    for lang in Lang::ALL {
        let board = view::chairs(&ds, lang, None);
        let un_women = board.item("chair-2016-un-women").unwrap();
        let y = |year| i18n::format_date(lang, &PartialDate::year(year));
        let want = i18n::fill(i18n::t(lang, Msg::AnnouncedMoved), &[&y(2015), &y(2016)]);
        assert!(
            un_women
                .details
                .iter()
                .any(|d| matches!(d, Detail::Field(Msg::Announcement, l) if *l.text == *want)),
            "{lang:?}: {want}"
        );
        assert!(want.contains("2015") && want.contains("2016"));
        let world_bank = board.item("chair-2016-world-bank").unwrap();
        assert_eq!(world_bank.status, Status::Announced);
        assert!(world_bank
            .details
            .iter()
            .any(|d| matches!(d, Detail::Sentence(Msg::LaterSourceDiffers, _))));
        let ilo = board.item("chair-2014-ilo").unwrap();
        assert_eq!(ilo.status, Status::Confirmed);
    }
    // In 2016 the chair is the one the record names, not the one announced.
    let board = view::chairs(&ds, Lang::En, Some(PartialDate::day(2016, 6, 1)));
    let current: Vec<&str> = board
        .items()
        .filter(|i| i.current)
        .map(|i| &*i.id)
        .collect();
    assert_eq!(current, ["chair-2016-un-women"]);
}

#[test]
fn nothing_is_projected_after_the_groups_end() {
    let mut ds = (*ds()).clone();
    // Even with the membership declared complete (so that the rule would go on), the
    // projection stops at the end of 2018 and says why.
    ds.membership_complete = true;
    let p = rotation::project(&ds, 40);
    assert!(p.terms.iter().all(|t| t.term.start.year <= 2018), "{p:?}");
    assert!(matches!(
        p.stopped,
        Some(rotation::StopReason::GroupEnded { .. })
    ));
    for today in [PartialDate::day(2026, 12, 2), PartialDate::day(2019, 1, 1)] {
        let board = view::chairs(&ds, Lang::En, Some(today));
        assert!(
            board.items().all(|i| !i.current),
            "nothing current after the end"
        );
        assert!(board
            .items()
            .all(|i| i.status != Status::Projected || i.range.start.year <= 2018));
    }
    let board = view::chairs(&default_dataset(), Lang::Ar, None);
    let note = board.notes.last().unwrap();
    assert!(note.contains("شبكة الأمم المتحدة المعنية بالهجرة"), "{note}");
    assert!(note.contains("2018"), "{note}");
}
