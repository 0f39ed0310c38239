//! The timeline every widget shares: toolbar, axis, lanes of items, details, announcements.
//! It holds the state (`crate::timeline::State`) and renders the [`Screen`] computed from it
//! and the [`Board`]; what anything means is decided in `crate::timeline`.

use std::rc::Rc;

use yew::events::KeyboardEvent;
use yew::prelude::*;

use super::details::{details_panel, DetailsPanelProps};
use super::item::rem;
use super::lane::LaneContext;
use super::toolbar::{toolbar, ToolbarProps};
use crate::date::DayNumber;
use crate::i18n::{self, Msg};
use crate::layout::scale::percent;
use crate::model::Id;
use crate::text::Lang;
use crate::timeline::keys::Keys;
use crate::timeline::lanes;
use crate::timeline::{Action, Screen, State};
use crate::view::Board;

/// Properties of [`TimelineView`].
#[derive(Properties)]
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
    #[prop_or(lanes::DEFAULT_LANE_WIDTH)]
    pub lane_width: f64,
}

impl PartialEq for TimelineViewProps {
    // The board by identity: the widget makes a new one (a memo) only when what it shows
    // changes, so comparing its items, lanes and details one by one on every render would
    // cost time and code for the same answer. Every field is named, so that a new one
    // cannot be left out of the comparison.
    fn eq(&self, other: &Self) -> bool {
        let TimelineViewProps {
            board,
            lang,
            title,
            heading_level,
            id_prefix,
            today,
            filterable,
            selected,
            on_select,
            lane_width,
        } = self;
        Rc::ptr_eq(board, &other.board)
            && *lang == other.lang
            && *title == other.title
            && *heading_level == other.heading_level
            && *id_prefix == other.id_prefix
            && *today == other.today
            && *filterable == other.filterable
            && *selected == other.selected
            && *on_select == other.on_select
            && *lane_width == other.lane_width
    }
}

/// The shared timeline.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    use_timeline(props, 0, false)
}

/// The timeline of [`TimelineView`], as a hook: [`super::Widget`] calls it directly rather than
/// rendering a `TimelineView`, because every component costs the visitor's wasm its own
/// lifecycle code. A view of another `mount` than the state's starts afresh, as a new
/// `TimelineView` would (the widget's key used to do that); `idle` draws nothing (the hooks
/// still run, in the same order, as Yew requires).
#[hook]
pub(crate) fn use_timeline(props: &TimelineViewProps, mount: u64, idle: bool) -> Html {
    let selected = props.selected.as_ref().map(|id| Id::from(id.as_str()));
    // The state in a cell of this component's, with a way to draw again: what `use_reducer`
    // does, in less code (each kind of hook costs the visitor's wasm its own).
    let cell = {
        let selected = selected.clone();
        use_mut_ref(move || State::start(mount, selected))
    };
    let redraw = use_force_update();
    // Another mount starts afresh; a `selected` asked for later (the JS API's update, a deep
    // link) selects like a click would. Both are applied before this render draws.
    let state: State = match cell.try_borrow_mut() {
        Ok(mut stored) => {
            if stored.mount != mount {
                *stored = State::start(mount, selected);
            } else if stored.asked != selected && !idle {
                *stored = stored.next(Action::Ask(selected), (0, 0));
            }
            stored.clone()
        }
        // Not reached (nothing else holds the cell during a render); were it, this render
        // shows a new view rather than panicking, which would end every widget on the page.
        Err(_) => State::start(mount, selected),
    };
    let state = &state;
    let lang = props.lang;
    let rtl = lang.is_rtl();
    let prefix = props.id_prefix.clone();
    let root = use_mut_ref(NodeRef::default).borrow().clone();
    #[cfg(feature = "csr")]
    if !idle {
        super::dom::drawing(&root);
    }
    let board = &*props.board;
    let screen = Screen::new(board, state, props.lane_width, lang, props.today);
    let dispatch = {
        let extent = screen.extent;
        Callback::from(move |action: Action| {
            // An action while the cell is in use (never: actions come from events) is dropped
            // rather than risking a panic, which would end every widget on the page.
            let Ok(mut stored) = cell.try_borrow_mut() else {
                return;
            };
            *stored = stored.next(action, extent);
            drop(stored);
            redraw.force_update();
        })
    };
    #[cfg(feature = "csr")]
    {
        let root = root.clone();
        let focus_id = state.move_focus.then(|| state.focus.clone()).flatten();
        let prefix = prefix.clone();
        use_effect(move || {
            if !idle {
                super::dom::after_render(&root, focus_id.as_deref(), &prefix)
            }
        });
    }
    if idle {
        return Html::default();
    }
    let onkeydown = {
        let keys = Keys::new(&screen);
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = keys.action(&e.key()) {
                e.prevent_default();
                dispatch.emit(action);
            }
        })
    };
    let title_id = format!("{prefix}-title");
    let details_id = AttrValue::from(format!("{prefix}-details"));
    let select = {
        let on_select = props.on_select.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |id: AttrValue| {
            on_select.emit(id.clone());
            dispatch.emit(Action::Select(Id::from(id.as_str())));
        })
    };
    let cx = LaneContext {
        screen: &screen,
        prefix: &prefix,
        details_id: &details_id,
        select: &select,
        dispatch: &dispatch,
    };

    super::classed!(super::class_list!("gmg-timeline", rtl.then_some("gmg-rtl")),
        <section aria-labelledby={title_id.clone()} ref={root}>
            <div class="gmg-head">
                <@{super::heading_tag(props.heading_level)} id={title_id.clone()} class="gmg-title">{ props.title.clone() }</@>
                { toolbar(&ToolbarProps { lang, on_action: &dispatch, filter: props.filterable.then(|| board.groups.iter().map(|g| (g.key, g.heading)).collect::<Vec<_>>()), only: state.only }) }
            </div>
            { super::legend::legend(board, lang, format!("{prefix}-legend"), screen.today.is_some()) }
            <div class="gmg-axis" aria-hidden="true">
                { for screen.ticks.iter().map(|t| super::classed!(
                    super::class_list!("gmg-tick", t.tick.major.then_some("gmg-major")),
                    <span data-s={percent(t.tick.fraction)}>
                        if let Some(label) = &t.label { { label.clone() } }
                    </span>
                )) }
                if let Some(at) = screen.today {
                    <span class="gmg-today" data-s={percent(at)}>{ i18n::t(lang, Msg::Today) }</span>
                }
            </div>
            { super::classed!(super::class_list!("gmg-body", (screen.band_lines > 0).then_some("gmg-has-bands")),
            <div data-bl={screen.band_lines.to_string()} {onkeydown}>
                { for screen.bands.iter().map(|b| html! {
                    <div class="gmg-band" data-s={percent(b.placement.start)} data-w={percent(b.placement.width)} data-bm={rem(b.room)}>
                        <span class="gmg-band-label">{ super::item::name(&b.band.label, None) }</span>
                    </div>
                }) }
                { for screen.groups.iter().map(|g| html! {
                    <div class="gmg-group" key={g.group.key}>
                        // One group needs no heading of its own: the widget's title says it.
                        if screen.headed {
                            <@{super::heading_tag(props.heading_level + 1)} class="gmg-group-title">{ i18n::t(lang, g.group.heading) }</@>
                        }
                        { for g.lanes.iter().map(|l| super::lane::lane(l, &cx)) }
                    </div>
                }) }
                if screen.is_empty() {
                    <p class="gmg-empty">{ i18n::t(lang, Msg::NoItems) }</p>
                }
            </div>) }
            { for board.notes.iter().map(|n| html! { <p class="gmg-note">{ n.clone() }</p> }) }
            if let Some(item) = screen.selected {
                { details_panel(&DetailsPanelProps {
                    item, lang, dom_id: &details_id, title_id: &title_id,
                    on_close: dispatch.reform(|_| Action::Close), on_link: &select, board,
                    level: props.heading_level + 1,
                }) }
            }
            { super::legend::print_list(board, lang) }
            <p class="gmg-sr" aria-live="polite">{ screen.announcement.clone() }</p>
        </section>
    )
}
