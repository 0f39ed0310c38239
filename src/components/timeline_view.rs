//! The timeline every widget shares: toolbar, axis, lanes of items, details, announcements.
//! State (window, selection, focus, filter) lives here; what to show comes as a [`Board`].

use std::rc::Rc;

use yew::events::KeyboardEvent;
use yew::prelude::*;

use super::details::DetailsPanel;
use super::item::ItemButton;
use super::toolbar::Toolbar;
use crate::date::DayNumber;
use crate::i18n::{self, Msg};
use crate::layout::labels;
use crate::layout::scale::{percent, Viewport};
use crate::layout::ticks;
use crate::nav::{self, Move};
use crate::text::Lang;
use crate::view::{self, Board, Placed};

/// Properties of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// What to show.
    pub board: Rc<Board>,
    /// Interface language.
    pub lang: Lang,
    /// The widget's title.
    pub title: AttrValue,
    /// The level of the title's heading (`h2` by default); group headings and the details
    /// panel's come one level under it.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Prefix for element ids, unique per widget on a page.
    #[prop_or(AttrValue::Static("gmg"))]
    pub id_prefix: AttrValue,
    /// The day that counts as today, marked on the axis.
    #[prop_or_default]
    pub today: Option<DayNumber>,
    /// Offer a filter by group (work-stream kind).
    #[prop_or_default]
    pub filterable: bool,
    /// The item selected at first (deep links).
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Called with an item's id when the reader selects it.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
    /// The lanes' width in rem (0: the narrow list), from the widget's width.
    #[prop_or(view::DEFAULT_LANE_WIDTH)]
    pub lane_width: f64,
}

/// A change of the timeline's state.
pub enum Action {
    /// Select an item and open its details.
    Select(AttrValue),
    /// Move keyboard focus to an item.
    Focus(AttrValue),
    /// Close the details.
    Close,
    /// Zoom by a factor (below 1: in).
    Zoom(f64),
    /// Pan by a fraction of the window (negative: earlier).
    Pan(f64),
    /// Back to the whole extent.
    Reset,
    /// Show only one group (`None`: all).
    Filter(Option<&'static str>),
    /// Show this window (`None`: fit the data); what Zoom, Pan and Reset become.
    Window(Option<Viewport>),
}

/// The timeline's state.
#[derive(Clone, Default, PartialEq)]
pub struct State {
    /// The zoomed window; `None` fits the data.
    pub window: Option<Viewport>,
    /// The selected item.
    pub selected: Option<AttrValue>,
    /// The item holding the roving tabindex.
    pub focus: Option<AttrValue>,
    /// Whether the details region is open.
    pub open: bool,
    /// Whether focus must move to `focus` after rendering (keyboard moves only).
    pub move_focus: bool,
    /// The group shown alone, if any.
    pub only: Option<&'static str>,
    /// Whether the last change was of the window (announced as "Showing ... to ...").
    pub moved: bool,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.move_focus = false;
        match action {
            Action::Select(id) => {
                s.moved = false;
                s.focus = Some(id.clone());
                s.selected = Some(id);
                s.open = true;
            }
            Action::Focus(id) => {
                s.focus = Some(id);
                s.move_focus = true;
            }
            Action::Close => {
                s.open = false;
                s.focus = s.selected.clone().or(s.focus);
                s.move_focus = true;
            }
            // Zoom, Pan and Reset are turned into Window by the view, which knows the extent.
            Action::Zoom(_) | Action::Pan(_) | Action::Reset => {}
            Action::Window(w) => {
                s.window = w;
                s.moved = true;
            }
            Action::Filter(only) => s.only = only,
        }
        Rc::new(s)
    }
}

/// A tick's text: the year at year starts, else the month.
fn tick_label(lang: Lang, tick: &ticks::Tick) -> String {
    if tick.major || tick.date.month.is_none() {
        i18n::format_date(lang, &crate::date::PartialDate::year(tick.date.year))
    } else {
        i18n::format_date(lang, &tick.date)
    }
}

/// Font size of a plan band's name (rem): the stylesheet's `.gmg-band-label`.
const BAND_SIZE: f64 = 0.75;

/// The shared timeline.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let board = &props.board;
    let extent = board.extent().unwrap_or((0, 0));
    let state = {
        let selected = props.selected.clone();
        use_reducer(move || State {
            open: selected.is_some(),
            focus: selected.clone(),
            selected,
            ..State::default()
        })
    };
    let lang = props.lang;
    let rtl = lang.is_rtl();
    let prefix = props.id_prefix.clone();
    let window = state
        .window
        .unwrap_or_else(|| Viewport::fit(extent.0, extent.1));
    let root = use_node_ref();
    #[cfg(feature = "csr")]
    super::dom::drawing(&root);
    // A `selected` given later (the JS API's update, a deep link) selects like a click would.
    {
        let state = state.clone();
        use_effect_with(props.selected.clone(), move |selected| {
            if let Some(id) = selected
                .clone()
                .filter(|id| state.selected.as_ref() != Some(id))
            {
                state.dispatch(Action::Select(id));
            }
        });
    }
    // Every action passes through here: zooming and panning need this render's window.
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| {
            let action = match action {
                Action::Zoom(f) => Action::Window(Some(window.zoom(f, 0.5, extent))),
                Action::Pan(f) => Action::Window(Some(window.pan(f, extent))),
                Action::Reset => Action::Window(None),
                other => other,
            };
            state.dispatch(action);
        })
    };

    #[cfg(feature = "csr")]
    {
        let root = root.clone();
        let focus_id = state.move_focus.then(|| state.focus.clone()).flatten();
        let prefix = prefix.clone();
        use_effect(move || super::dom::after_render(&root, focus_id.as_deref(), &prefix));
    }
    let lane_width = props.lane_width;
    // Each plan band's name runs from the band's start to the lane's end, wrapped onto as many
    // lines as it needs there (the body keeps that many lines free above the lanes): never
    // cut, never under an item.
    let bands: Vec<_> = board
        .bands
        .iter()
        .filter_map(|b| {
            let p = window.place(b.range.first_day(), b.range.last_day())?;
            Some((b, p, (lane_width * (1.0 - p.start) - 0.5).max(4.0)))
        })
        .collect();
    let band_lines = bands
        .iter()
        .map(|(b, _, room)| labels::wrap(&b.label.text, BAND_SIZE, *room).lines.max(1))
        .max()
        .unwrap_or(0);

    // What is on screen: lanes of the shown groups, items that intersect the window.
    let shown_groups: Vec<_> = board
        .groups
        .iter()
        .filter(|g| state.only.is_none_or(|k| k == g.key))
        .collect();
    let lanes: Vec<&crate::view::Lane> = shown_groups.iter().flat_map(|g| &g.lanes).collect();
    // Index in `lanes` of each shown group's first lane.
    let group_starts = shown_groups.iter().scan(0, |next, g| {
        let first = *next;
        *next += g.lanes.len();
        Some(first)
    });
    let placed: Vec<Vec<Placed>> = lanes
        .iter()
        .map(|l| view::place_lane(&l.items, &window, lane_width, lang))
        .collect();
    // Keyboard grid: an entry's id (a cluster's is made from its lane and slice) and day.
    let entry_id = |lane: usize, p: &Placed| -> AttrValue {
        match p {
            Placed::Item { item, .. } => AttrValue::from(item.id.clone()),
            Placed::Cluster { slice, .. } => AttrValue::from(format!("c{lane}-{slice}")),
        }
    };
    let ids: Vec<Vec<AttrValue>> = placed
        .iter()
        .enumerate()
        .map(|(k, row)| row.iter().map(|p| entry_id(k, p)).collect())
        .collect();
    let tab_stop: Option<AttrValue> = state
        .focus
        .clone()
        .filter(|f| ids.iter().flatten().any(|i| i == f))
        .or_else(|| {
            placed.iter().flatten().find_map(|p| match p {
                Placed::Item { item, .. } if item.current => Some(AttrValue::from(item.id.clone())),
                _ => None,
            })
        })
        .or_else(|| ids.iter().flatten().next().cloned());

    let onkeydown = {
        let dispatch = dispatch.clone();
        let open = state.open;
        let days: Vec<Vec<i32>> = placed
            .iter()
            .map(|r| r.iter().map(|p| p.first_day(&window)).collect())
            .collect();
        let ids = ids.clone();
        let tab_stop = tab_stop.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let action = match key.as_str() {
                "Escape" if open => Some(Action::Close),
                "+" | "=" => Some(Action::Zoom(0.5)),
                "-" | "_" => Some(Action::Zoom(2.0)),
                "PageUp" => Some(Action::Pan(-0.5)),
                "PageDown" => Some(Action::Pan(0.5)),
                "0" => Some(Action::Reset),
                _ => Move::from_key(&key).and_then(|mv| {
                    let current = tab_stop.as_ref().and_then(|t| {
                        ids.iter()
                            .enumerate()
                            .find_map(|(r, row)| row.iter().position(|id| id == t).map(|c| (r, c)))
                    })?;
                    let (r, c) = nav::step(&days, current, mv, rtl)?;
                    ids.get(r)?.get(c).cloned().map(Action::Focus)
                }),
            };
            if let Some(action) = action {
                e.prevent_default();
                dispatch.emit(action);
            }
        })
    };

    // As many ticks as their labels have room for, and none whose label would run past the end.
    let tick_room = |ts: &[ticks::Tick]| {
        ts.iter()
            .map(|t| labels::text_width(&tick_label(lang, t), 0.8125) + 0.75)
            .fold(0.0, f64::max)
    };
    let mut ticks = ticks::ticks(&window, 12);
    let room = tick_room(&ticks);
    if room * ticks.len() as f64 > lane_width {
        ticks = ticks::ticks(&window, ((lane_width / room) as usize).max(1));
    }
    let tick_fits = |t: &ticks::Tick| {
        (1.0 - t.fraction) * lane_width >= labels::text_width(&tick_label(lang, t), 0.8125) + 0.25
    };
    let title_id = format!("{prefix}-title");
    let details_id = format!("{prefix}-details");
    let selected_item = state
        .selected
        .as_deref()
        .and_then(|id| board.item(id))
        .filter(|_| state.open);
    // Said politely (aria-live): the window after zooming or panning, else the selection.
    let announce = if state.moved {
        let month = |d| {
            let p = crate::date::PartialDate::from_day_number(d);
            crate::date::PartialDate::month(p.year, p.month.unwrap_or(1))
        };
        i18n::fill(
            i18n::t(lang, Msg::Showing),
            &[
                &i18n::format_date(lang, &month(window.start)),
                &i18n::format_date(lang, &month(window.end.saturating_sub(1))),
            ],
        )
    } else {
        selected_item
            .map(|i| i18n::fill(i18n::t(lang, Msg::Selected), &[&i.label.text]))
            .unwrap_or_default()
    };
    let today_shown = props
        .today
        .is_some_and(|d| (0.0..=1.0).contains(&window.fraction(d)));
    let select = {
        let state = state.clone();
        let on_select = props.on_select.clone();
        Callback::from(move |id: AttrValue| {
            on_select.emit(id.clone());
            state.dispatch(Action::Select(id));
        })
    };

    html! {
        <section class={classes!("gmg-timeline", rtl.then_some("gmg-rtl"))} aria-labelledby={title_id.clone()} ref={root}>
            <div class="gmg-head">
                <@{super::heading_tag(props.heading_level)} id={title_id} class="gmg-title">{ props.title.clone() }</@>
                <Toolbar {lang} on_action={dispatch.clone()} filter={props.filterable.then(|| board.groups.iter().map(|g| (g.key, g.heading)).collect::<Vec<_>>())} only={state.only} />
            </div>
            { super::legend::legend(board, lang, format!("{prefix}-legend"), today_shown) }
            <div class="gmg-axis" aria-hidden="true">
                { for ticks.iter().map(|t| html! {
                    <span class={classes!("gmg-tick", t.major.then_some("gmg-major"))} data-s={percent(t.fraction)}>
                        if tick_fits(t) { { tick_label(lang, t) } }
                    </span>
                }) }
                if let Some(day) = props.today.filter(|d| (0.0..=1.0).contains(&window.fraction(*d))) {
                    <span class="gmg-today" data-s={percent(window.fraction(day))}>{ i18n::t(lang, Msg::Today) }</span>
                }
            </div>
            <div class={classes!("gmg-body", (band_lines > 0).then_some("gmg-has-bands"))} data-bl={band_lines.to_string()} {onkeydown}>
                { for bands.iter().map(|(b, p, room)| html! {
                    <div class="gmg-band" data-s={percent(p.start)} data-w={percent(p.width)} data-bm={super::item::rem(*room)}>
                        <span class="gmg-band-label">{ super::item::name(&b.label, None) }</span>
                    </div>
                }) }
                { for shown_groups.iter().zip(group_starts).map(|(g, first_lane)| html! {
                    <div class="gmg-group" key={g.key}>
                        // One group needs no heading of its own: the widget's title says it.
                        if board.groups.len() > 1 {
                            <@{super::heading_tag(props.heading_level + 1)} class="gmg-group-title">{ i18n::t(lang, g.heading) }</@>
                        }
                        { for g.lanes.iter().enumerate().map(|(j, l)| {
                            let k = first_lane + j;
                            let lane_id = format!("{prefix}-lane-{}", l.id);
                            let entries = placed.get(k).map(Vec::as_slice).unwrap_or_default();
                            let entry_ids = ids.get(k).map(Vec::as_slice).unwrap_or_default();
                            let slots: Vec<_> = entries.iter().map(|p| *p.slot()).collect();
                            let height = labels::lane_height(&slots);
                            html! {
                                <div class="gmg-lane" key={&*l.id} role="group" aria-labelledby={lane_id.clone()}>
                                    // A lane named as its group's heading (or, in a single-group widget, as the
                                    // widget) keeps its name for assistive technology only.
                                    <div class={classes!("gmg-lane-label", (*l.label.text == *i18n::t(lang, g.heading)).then_some(if board.groups.len() > 1 { "gmg-repeat-heading" } else { "gmg-repeat-title" }))} id={lane_id}>{ super::item::name(&l.label, None) }</div>
                                    <ol class="gmg-items" data-lh={super::item::rem(height)}>
                                        { for entries.iter().zip(entry_ids).map(|(p, id)| {
                                            let id = id.clone();
                                            let dom_id = format!("{prefix}-item-{id}");
                                            let tab = tab_stop.as_ref() == Some(&id);
                                            match p {
                                                Placed::Item { item, placement, slot } => html! {
                                                    <ItemButton key={&*id} item={(*item).clone()} placement={*placement} slot={*slot} {lang}
                                                        {dom_id} tab_stop={tab}
                                                        selected={state.selected.as_ref() == Some(&id)}
                                                        expanded={state.open && state.selected.as_ref() == Some(&id)}
                                                        controls={details_id.clone()}
                                                        on_select={select.clone()} />
                                                },
                                                Placed::Cluster { count, zoom_to, slot, .. } => {
                                                    let to = *zoom_to;
                                                    let onclick = dispatch.reform(move |_: MouseEvent| Action::Window(Some(to)));
                                                    let rem = super::item::rem;
                                                    html! {
                                                        <li key={&*id} class={classes!("gmg-item", "gmg-cluster", super::item::side_class(slot.side))} data-s={percent(slot.start)} data-w={percent(slot.width)} data-y={rem(slot.top)} data-h={rem(slot.height)}>
                                                            <button type="button" id={dom_id} tabindex={if tab { "0" } else { "-1" }} {onclick}>
                                                                <span class="gmg-bar" aria-hidden="true" data-bs={percent(slot.bar_start)} data-bw={percent(slot.bar_width)}></span>
                                                                <span class="gmg-text" data-ts={percent(slot.text_start)} data-tw={percent(slot.text_width)}>
                                                                    <span class="gmg-label">{ view::cluster_text(lang, *count) }</span>
                                                                </span>
                                                            </button>
                                                        </li>
                                                    }
                                                }
                                            }
                                        }) }
                                    </ol>
                                </div>
                            }
                        }) }
                    </div>
                }) }
                if ids.iter().all(|r| r.is_empty()) {
                    <p class="gmg-empty">{ i18n::t(lang, Msg::NoItems) }</p>
                }
            </div>
            { for board.notes.iter().map(|n| html! { <p class="gmg-note">{ n.clone() }</p> }) }
            if let Some(item) = selected_item {
                <DetailsPanel item={item.clone()} {lang} dom_id={details_id.clone()} title_id={format!("{prefix}-title")}
                    on_close={dispatch.reform(|_| Action::Close)}
                    on_link={select.clone()} known={board.items().map(|i| AttrValue::from(i.id.clone())).collect::<Rc<[AttrValue]>>()}
                    level={props.heading_level + 1} />
            }
            { super::legend::print_list(board, lang) }
            <p class="gmg-sr" aria-live="polite">{ announce }</p>
        </section>
    }
}
