//! The timeline's state (window, selection, focus, filter) and [`State::next`], which applies
//! every action to it (the component keeps the state in a cell and draws again after each).

use crate::date::DayNumber;
use crate::layout::scale::Viewport;
use crate::model::Id;

/// First and last day of everything on the board shown: what zooming, panning and fitting
/// are bounded by.
pub type Extent = (DayNumber, DayNumber);

/// A change of the timeline's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select an item and open its details.
    Select(Id),
    /// Move keyboard focus to an entry (an item or a cluster).
    Focus(Id),
    /// Close the details.
    Close,
    /// Zoom by a factor (below 1: in) about the window's middle.
    Zoom(f64),
    /// Pan by a fraction of the window (negative: earlier).
    Pan(f64),
    /// Back to the whole extent.
    Reset,
    /// Show only one group (`None`: all).
    Filter(Option<&'static str>),
    /// Show this window (`None`: fit the data): what activating a cluster does.
    Window(Option<Viewport>),
    /// The page asks for this item to be selected (the JS API's update, a deep link): it is,
    /// as by a click, unless it already is; `None` asks for nothing.
    Ask(Option<Id>),
}

/// The timeline's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The zoomed window; `None` fits the data.
    pub window: Option<Viewport>,
    /// The selected item.
    pub selected: Option<Id>,
    /// The entry holding the roving tabindex.
    pub focus: Option<Id>,
    /// Whether the details region is open.
    pub open: bool,
    /// Whether focus must move to `focus` after rendering (keyboard moves only).
    pub move_focus: bool,
    /// The group shown alone, if any.
    pub only: Option<&'static str>,
    /// Whether the last change was of the window (announced as "Showing ... to ...").
    pub moved: bool,
    /// The mount this view belongs to (`Widget`'s `mount`; 0 for a `TimelineView` of its
    /// own): a view of another mount starts afresh.
    pub mount: u64,
    /// The selection the page asked for last (see [`Action::Ask`]).
    pub asked: Option<Id>,
}

impl State {
    /// The state at first: `selected` (a deep link) selected, its details open.
    pub fn new(selected: Option<Id>) -> State {
        State {
            open: selected.is_some(),
            focus: selected.clone(),
            selected,
            ..State::default()
        }
    }

    /// The state a view of mount `mount` starts in, with `selected` selected (as asked).
    pub fn start(mount: u64, selected: Option<Id>) -> State {
        State {
            mount,
            asked: selected.clone(),
            ..State::new(selected)
        }
    }

    /// The window shown on a board of this extent.
    pub fn window(&self, extent: Extent) -> Viewport {
        self.window
            .unwrap_or_else(|| Viewport::fit(extent.0, extent.1))
    }

    /// The state after `action`, on a board of this extent.
    pub fn next(&self, action: Action, extent: Extent) -> State {
        let mut s = self.clone();
        s.move_focus = false;
        let window = |s: &mut State, w| {
            s.window = w;
            s.moved = true;
        };
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
            Action::Zoom(f) => window(&mut s, Some(self.window(extent).zoom(f, 0.5, extent))),
            Action::Pan(f) => window(&mut s, Some(self.window(extent).pan(f, extent))),
            Action::Reset => window(&mut s, None),
            Action::Window(w) => window(&mut s, w),
            Action::Filter(only) => s.only = only,
            Action::Ask(asked) => {
                if let Some(id) = asked.as_ref().filter(|id| s.selected.as_ref() != Some(id)) {
                    s = s.next(Action::Select(id.clone()), extent);
                }
                s.asked = asked;
            }
        }
        s
    }
}
