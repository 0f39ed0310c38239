//! The shared timeline's interaction model, natively: the reducer's every action, the screen
//! one render shows (tab stop, clusters, filter, today, announcement) and the keyboard over it.
// Native (or with the data compiled in): the default boards come from the built-in data.
#![cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]

use gmg_widgets::data::default_dataset;
use gmg_widgets::date::{DateRange, PartialDate};
use gmg_widgets::i18n::Msg;
use gmg_widgets::layout::scale::{Viewport, MAX_SPAN};
use gmg_widgets::model::{Id, Status};
use gmg_widgets::text::Lang;
use gmg_widgets::timeline::keys::Keys;
use gmg_widgets::timeline::lanes::{Placed, DEFAULT_LANE_WIDTH};
use gmg_widgets::timeline::state::Extent;
use gmg_widgets::timeline::{Action, Screen, State};
use gmg_widgets::view::{Board, Group, Item, Label, Lane, WidgetKind};

fn id(s: &str) -> Id {
    Id::from(s)
}

fn label(text: &str) -> Label {
    Label {
        text: text.into(),
        lang: None,
    }
}

/// A one-day item.
fn item(name: &str, date: PartialDate) -> Item {
    Item {
        id: id(name),
        label: label(name),
        range: DateRange {
            start: date,
            end: Some(date),
        },
        when: "".into(),
        point: true,
        status: Status::Confirmed,
        current: false,
        open_start: false,
        known_until: None,
        named_by_lane: false,
        details: vec![].into(),
    }
}

fn lane(name: &str, items: Vec<Item>) -> Lane {
    Lane {
        id: id(name),
        label: label(name),
        items,
    }
}

fn group(key: &'static str, heading: Msg, lanes: Vec<Lane>) -> Group {
    Group {
        heading,
        key,
        lanes,
    }
}

/// Two groups: "many" (one lane of 200 items from 2000 to 2030, too many to draw one by one)
/// and "few" (one lane of three items, in 2005, 2015 and 2025).
fn board() -> Board {
    let many = (0..200)
        .map(|i| {
            let day = PartialDate::day(2000, 1, 1).first_day() + i * 55;
            item(&format!("m{i}"), PartialDate::from_day_number(day))
        })
        .collect();
    let few = [2005, 2015, 2025]
        .into_iter()
        .map(|y| item(&format!("f{y}"), PartialDate::day(y, 6, 1)))
        .collect();
    Board {
        groups: vec![
            group("many", Msg::WidgetStreams, vec![lane("many-lane", many)]),
            group("few", Msg::WidgetOutcomes, vec![lane("few-lane", few)]),
        ],
        ..Board::default()
    }
}

fn extent(board: &Board) -> Extent {
    board.extent().expect("items")
}

/// The state after `actions`, one by one, as the component applies them.
fn after(board: &Board, actions: Vec<Action>) -> State {
    let e = extent(board);
    actions
        .into_iter()
        .fold(State::default(), |s, a| s.next(a, e))
}

fn screen<'a>(board: &'a Board, state: &'a State, lang: Lang) -> Screen<'a> {
    Screen::new(board, state, DEFAULT_LANE_WIDTH, lang, None)
}

/// The ids of the entries shown, lane by lane.
fn ids(screen: &Screen) -> Vec<Vec<String>> {
    screen
        .lanes()
        .map(|l| l.entries.iter().map(|e| e.id.to_string()).collect())
        .collect()
}

/// Where the tab stop is after pressing `keys` in turn from `state` (each key's action
/// applied), in `lang`.
fn press(board: &Board, mut state: State, lang: Lang, keys: &[&str]) -> Option<String> {
    for key in keys {
        let s = screen(board, &state, lang);
        let Some(action) = Keys::new(&s).action(key) else {
            continue;
        };
        state = state.next(action, extent(board));
    }
    screen(board, &state, lang).tab_stop.map(|t| t.to_string())
}

#[test]
fn the_reducer_selects_focuses_and_closes() {
    let b = board();
    let s = State::new(Some(id("f2015")));
    assert_eq!(
        (s.selected.as_deref(), s.focus.as_deref(), s.open),
        (Some("f2015"), Some("f2015"), true),
        "a deep link starts selected and open"
    );
    let s = after(&b, vec![Action::Select(id("f2005"))]);
    assert_eq!(s.selected.as_deref(), Some("f2005"));
    assert_eq!(s.focus.as_deref(), Some("f2005"));
    assert!(
        s.open && !s.move_focus,
        "a click does not move focus itself"
    );

    let s = s.next(Action::Focus(id("f2025")), extent(&b));
    assert_eq!(s.focus.as_deref(), Some("f2025"));
    assert_eq!(
        s.selected.as_deref(),
        Some("f2005"),
        "focus is not selection"
    );
    assert!(s.move_focus, "a key's move takes focus along");

    let s = s.next(Action::Close, extent(&b));
    assert!(!s.open);
    assert_eq!(
        s.focus.as_deref(),
        Some("f2005"),
        "closing the details sends focus back to the selected item"
    );
    assert!(s.move_focus);

    // Closing with nothing selected keeps the focus where it was.
    let s = after(&b, vec![Action::Focus(id("f2025")), Action::Close]);
    assert_eq!(s.focus.as_deref(), Some("f2025"));
}

#[test]
fn the_reducer_zooms_pans_resets_and_windows_by_itself() {
    let b = board();
    let e = extent(&b);
    let fit = Viewport::fit(e.0, e.1);
    assert_eq!(State::default().window(e), fit);

    let s = after(&b, vec![Action::Zoom(0.5)]);
    let w = s.window.expect("a zoomed window");
    assert!(s.moved);
    assert_eq!(w.span_days(), (fit.span_days() + 1) / 2);
    // The middle stays put.
    assert!(((w.start + w.end) - (fit.start + fit.end)).abs() <= 2);

    // Two zooms compose: the reducer zooms the window it holds.
    let s2 = after(&b, vec![Action::Zoom(0.5), Action::Zoom(0.5)]);
    assert!(s2.window.expect("zoomed").span_days() <= w.span_days() / 2 + 1);

    // Zooming out widens the window, up to two centuries.
    let out = after(&b, vec![Action::Zoom(2.0)]);
    assert_eq!(
        out.window.expect("a window").span_days(),
        2 * fit.span_days()
    );
    let out = after(&b, vec![Action::Zoom(2.0); 8]);
    assert_eq!(out.window.expect("a window").span_days(), MAX_SPAN);

    let later = s.next(Action::Pan(0.5), e);
    let lw = later.window.expect("a window");
    assert_eq!(lw.span_days(), w.span_days());
    assert!(lw.start > w.start, "panning later moves the window later");
    let earlier = s.next(Action::Pan(-0.5), e);
    assert!(earlier.window.expect("a window").start < w.start);

    let reset = later.next(Action::Reset, e);
    assert_eq!(reset.window, None);
    assert_eq!(reset.window(e), fit);
    assert!(
        reset.moved,
        "a reset is announced like any change of window"
    );

    let to = Viewport {
        start: PartialDate::day(2010, 1, 1).first_day(),
        end: PartialDate::day(2012, 1, 1).first_day(),
    };
    let s = after(&b, vec![Action::Window(Some(to))]);
    assert_eq!((s.window, s.moved), (Some(to), true));
    let s = s.next(Action::Window(None), e);
    assert_eq!((s.window, s.moved), (None, true));
}

#[test]
fn the_reducer_filters_and_keeps_the_rest() {
    let b = board();
    let s = after(
        &b,
        vec![Action::Select(id("f2005")), Action::Filter(Some("few"))],
    );
    assert_eq!(s.only, Some("few"));
    assert_eq!(s.selected.as_deref(), Some("f2005"));
    assert!(s.open && !s.moved && !s.move_focus);
    let s = s.next(Action::Filter(None), extent(&b));
    assert_eq!(s.only, None);
}

#[test]
fn the_tab_stop_is_the_focus_else_the_current_chair_else_the_first_entry() {
    let ds = default_dataset();
    let today = PartialDate::parse("2014-06-01").ok();
    let chairs = WidgetKind::Chairs.board(&ds, Lang::En, today);
    let current = chairs
        .items()
        .find(|i| i.current)
        .expect("a current chair on 2014-06-01");
    let s = State::default();
    let sc = screen(&chairs, &s, Lang::En);
    assert_eq!(
        sc.tab_stop.as_deref(),
        Some(&*current.id),
        "Tab lands on the current chair"
    );
    assert_eq!(&*current.label.text, "ILO");

    let other = chairs.items().next().expect("items");
    assert_ne!(other.id, current.id);
    let s = State::default().next(Action::Focus(other.id.clone()), extent(&chairs));
    assert_eq!(
        screen(&chairs, &s, Lang::En).tab_stop.as_deref(),
        Some(&*other.id)
    );

    // An id not on screen falls back.
    let s = State::default().next(Action::Focus(id("nowhere")), extent(&chairs));
    assert_eq!(
        screen(&chairs, &s, Lang::En).tab_stop.as_deref(),
        Some(&*current.id)
    );

    // No current item: the first entry, here the first cluster of the crowded lane.
    let b = board();
    let s = State::default();
    assert_eq!(screen(&b, &s, Lang::En).tab_stop.as_deref(), Some("c0-0"));
}

#[test]
fn a_crowded_lane_shows_clusters_with_ids_from_its_lane_and_slice() {
    let b = board();
    let s = State::default();
    let sc = screen(&b, &s, Lang::En);
    let shown = ids(&sc);
    assert_eq!(shown.len(), 2);
    assert_eq!(shown[0].len(), 20, "{:?}", shown[0]);
    assert!(shown[0].iter().all(|i| i.starts_with("c0-")), "{shown:?}");
    assert_eq!(shown[1], ["f2005", "f2015", "f2025"]);
    let counted: usize = sc
        .lanes()
        .flat_map(|l| &l.entries)
        .map(|e| match e.placed {
            Placed::Cluster { count, .. } => count,
            Placed::Item { .. } => 1,
        })
        .sum();
    assert_eq!(counted, 203, "every item is an entry or counted in one");
    assert!(!sc.is_empty());
}

#[test]
fn arrows_move_along_a_lane_of_clusters_and_across_lanes_by_time() {
    let b = board();
    let start = State::default();
    assert_eq!(
        press(&b, start.clone(), Lang::En, &["ArrowRight"]).as_deref(),
        Some("c0-1")
    );
    assert_eq!(
        press(
            &b,
            start.clone(),
            Lang::En,
            &["ArrowRight", "ArrowRight", "ArrowLeft"]
        )
        .as_deref(),
        Some("c0-1")
    );
    assert_eq!(
        press(&b, start.clone(), Lang::En, &["End"]).as_deref(),
        Some("c0-19")
    );
    assert_eq!(
        press(&b, start.clone(), Lang::En, &["End", "Home"]).as_deref(),
        Some("c0-0")
    );
    // Left of the first entry there is nothing: the tab stop stays.
    assert_eq!(
        press(&b, start.clone(), Lang::En, &["ArrowLeft"]).as_deref(),
        Some("c0-0")
    );
    // In Arabic the axis runs right to left: Left is later.
    assert_eq!(
        press(&b, start.clone(), Lang::Ar, &["ArrowLeft"]).as_deref(),
        Some("c0-1")
    );
    // Down from the first cluster (2000) lands on the item nearest in time (2005); Up from
    // the 2015 item lands on the cluster of 2015.
    assert_eq!(
        press(&b, start.clone(), Lang::En, &["ArrowDown"]).as_deref(),
        Some("f2005")
    );
    let on_2015 = start.next(Action::Focus(id("f2015")), extent(&b));
    let up = press(&b, on_2015.clone(), Lang::En, &["ArrowUp"]).expect("a tab stop");
    let s = on_2015.next(Action::Focus(Id::from(up.as_str())), extent(&b));
    let sc = screen(&b, &s, Lang::En);
    let cluster = sc
        .lanes()
        .flat_map(|l| &l.entries)
        .find(|e| e.id.as_ref() == up.as_str())
        .expect("the entry moved to");
    let Placed::Cluster { zoom_to, .. } = cluster.placed else {
        panic!("a cluster expected, got {up}")
    };
    let day = PartialDate::day(2015, 6, 1).first_day();
    assert!(
        (zoom_to.start - 400..zoom_to.end + 400).contains(&day),
        "{up} ({zoom_to:?}) is near 2015"
    );
    // Down from the last lane goes nowhere.
    assert_eq!(
        press(&b, on_2015, Lang::En, &["ArrowDown"]).as_deref(),
        Some("f2015")
    );
}

#[test]
fn the_keys_zoom_pan_reset_and_close() {
    let b = board();
    let e = extent(&b);
    let closed = State::default();
    let sc = screen(&b, &closed, Lang::En);
    let keys = Keys::new(&sc);
    assert_eq!(keys.action("+"), Some(Action::Zoom(0.5)));
    assert_eq!(keys.action("="), Some(Action::Zoom(0.5)));
    assert_eq!(keys.action("-"), Some(Action::Zoom(2.0)));
    assert_eq!(keys.action("_"), Some(Action::Zoom(2.0)));
    assert_eq!(keys.action("PageUp"), Some(Action::Pan(-0.5)));
    assert_eq!(keys.action("PageDown"), Some(Action::Pan(0.5)));
    assert_eq!(keys.action("0"), Some(Action::Reset));
    assert_eq!(keys.action("Escape"), None, "nothing to close");
    assert_eq!(keys.action("a"), None);
    assert_eq!(keys.action("Tab"), None, "Tab is the browser's");
    let open = closed.next(Action::Select(id("f2015")), e);
    let sc = screen(&b, &open, Lang::En);
    assert_eq!(Keys::new(&sc).action("Escape"), Some(Action::Close));
}

#[test]
fn a_filter_shows_one_group_and_the_focus_comes_back_with_the_others() {
    let b = board();
    let e = extent(&b);
    let s = State::default()
        .next(Action::Focus(id("f2025")), e)
        .next(Action::Filter(Some("many")), e);
    let sc = screen(&b, &s, Lang::En);
    assert_eq!(sc.groups.len(), 1);
    assert_eq!(sc.groups[0].group.key, "many");
    assert_eq!(
        sc.tab_stop.as_deref(),
        Some("c0-0"),
        "the focused item is hidden: Tab lands on the first entry shown"
    );
    // The keyboard reaches only what is shown.
    assert_eq!(
        press(&b, s.clone(), Lang::En, &["ArrowDown"]).as_deref(),
        Some("c0-0")
    );
    // The other group alone: its lane is the first shown, its items keep their ids.
    let few = s.next(Action::Filter(Some("few")), e);
    let sc = screen(&b, &few, Lang::En);
    assert_eq!(ids(&sc), [["f2005", "f2015", "f2025"]]);
    assert_eq!(
        sc.tab_stop.as_deref(),
        Some("f2025"),
        "the focus is shown again"
    );
    let all = few.next(Action::Filter(None), e);
    assert_eq!(
        screen(&b, &all, Lang::En).tab_stop.as_deref(),
        Some("f2025")
    );
    assert_eq!(ids(&screen(&b, &all, Lang::En)).len(), 2);
}

#[test]
fn a_filter_to_a_group_with_nothing_in_the_window_shows_nothing() {
    let b = board();
    let e = extent(&b);
    let to = Viewport {
        start: PartialDate::day(2030, 1, 1).first_day(),
        end: PartialDate::day(2031, 1, 1).first_day(),
    };
    let s = State::default()
        .next(Action::Window(Some(to)), e)
        .next(Action::Filter(Some("few")), e);
    let sc = screen(&b, &s, Lang::En);
    assert!(sc.is_empty());
    assert_eq!(sc.tab_stop, None);
    assert_eq!(Keys::new(&sc).action("ArrowRight"), None);
}

#[test]
fn announcements_say_the_window_after_a_move_else_the_selection() {
    let b = board();
    let e = extent(&b);
    let s = State::default();
    assert_eq!(screen(&b, &s, Lang::En).announcement, "");
    let s = s.next(Action::Select(id("f2015")), e);
    assert_eq!(screen(&b, &s, Lang::En).announcement, "f2015 selected");
    let to = Viewport {
        start: PartialDate::day(2010, 3, 15).first_day(),
        end: PartialDate::day(2012, 7, 1).first_day(),
    };
    let s = s.next(Action::Window(Some(to)), e);
    let sc = screen(&b, &s, Lang::En);
    assert!(
        sc.announcement.starts_with("Showing ")
            && sc.announcement.contains("2010")
            && sc.announcement.contains("2012"),
        "{}",
        sc.announcement
    );
    let ru = screen(&b, &s, Lang::Ru).announcement;
    assert!(!ru.contains("Showing") && ru.contains("2010"), "{ru}");
    // Moving focus does not change what was said; selecting does.
    let focused = s.next(Action::Focus(id("f2005")), e);
    assert_eq!(screen(&b, &focused, Lang::En).announcement, sc.announcement);
    let s = s.next(Action::Select(id("f2005")), e);
    assert_eq!(screen(&b, &s, Lang::En).announcement, "f2005 selected");
    // Closed details: nothing to say.
    let s = s.next(Action::Close, e);
    assert_eq!(screen(&b, &s, Lang::En).announcement, "");
    assert!(screen(&b, &s, Lang::En).selected.is_none());
}

#[test]
fn today_is_shown_once_and_only_in_the_window() {
    let b = board();
    let e = extent(&b);
    let today = PartialDate::day(2015, 6, 1).first_day();
    let s = State::default();
    let at = Screen::new(&b, &s, DEFAULT_LANE_WIDTH, Lang::En, Some(today)).today;
    let f = at.expect("today is in the fitted window");
    assert!(f > 0.4 && f < 0.6, "{f}");
    let to = Viewport {
        start: PartialDate::day(2020, 1, 1).first_day(),
        end: PartialDate::day(2021, 1, 1).first_day(),
    };
    let s = s.next(Action::Window(Some(to)), e);
    assert_eq!(
        Screen::new(&b, &s, DEFAULT_LANE_WIDTH, Lang::En, Some(today)).today,
        None
    );
}

#[test]
fn ticks_are_labelled_only_where_the_label_fits() {
    let b = board();
    let s = State::default();
    for width in [20.0, 45.0, 90.0] {
        let sc = Screen::new(&b, &s, width, Lang::En, None);
        assert!(!sc.ticks.is_empty());
        assert!(sc.ticks.iter().any(|t| t.label.is_some()), "{width}");
        let last = sc.ticks.last().expect("ticks");
        if last.tick.fraction > 0.99 {
            assert!(
                last.label.is_none(),
                "a label at the very end would run past it"
            );
        }
    }
    let narrow = Screen::new(&b, &s, 20.0, Lang::En, None).ticks.len();
    let wide = Screen::new(&b, &s, 90.0, Lang::En, None).ticks.len();
    assert!(narrow < wide, "{narrow} ticks on 20 rem, {wide} on 90 rem");
}

#[test]
fn an_item_asked_for_is_selected_once_and_a_new_view_starts_as_asked() {
    let b = board();
    // Asked for: selected and open, as by a click, and remembered as asked.
    let s = after(&b, vec![Action::Ask(Some(id("f2015")))]);
    assert_eq!(s.selected, Some(id("f2015")));
    assert!(s.open);
    assert_eq!(s.asked, Some(id("f2015")));
    // The reader closes it; asking for nothing new changes nothing.
    let s = s.next(Action::Close, extent(&b));
    let again = s.next(Action::Ask(None), extent(&b));
    assert!(!again.open);
    assert_eq!(again.selected, Some(id("f2015")));
    assert_eq!(again.asked, None);
    // Asking for the item already selected does not reopen it.
    let same = s.next(Action::Ask(Some(id("f2015"))), extent(&b));
    assert!(!same.open);
    // A new view (another mount) starts from nothing but what it asks for.
    let fresh = State::start(7, None);
    assert_eq!(
        (
            fresh.window,
            fresh.selected.clone(),
            fresh.mount,
            fresh.open
        ),
        (None, None, 7, false)
    );
    let linked = State::start(8, Some(id("f2005")));
    assert_eq!(
        (linked.selected, linked.asked, linked.open),
        (Some(id("f2005")), Some(id("f2005")), true)
    );
}
