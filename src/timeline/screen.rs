//! The screen model: what one render of a timeline shows, computed from the board, the state,
//! the lanes' measured width, the language and today, without any browser or Yew type.

use super::lanes::{self, Placed};
use super::state::{Extent, State};
use crate::date::{DayNumber, PartialDate};
use crate::i18n::{self, Msg};
use crate::layout::labels;
use crate::layout::scale::{Placement, Viewport};
use crate::layout::ticks::{self, Tick};
use crate::model::Id;
use crate::text::Lang;
use crate::view::{Band, Board, Group, Item, Lane};

/// Font size of a plan band's name (rem): the stylesheet's `.gmg-band-label`.
const BAND_SIZE: f64 = 0.75;
/// Font size of a tick's label (rem): the stylesheet's `.gmg-tick`.
const TICK_SIZE: f64 = 0.8125;

/// A plan band in the window.
pub struct ShownBand<'a> {
    /// The band.
    pub band: &'a Band,
    /// Where it sits in the window.
    pub placement: Placement,
    /// The room (rem) its name wraps in: from the band's start to the lane's end.
    pub room: f64,
}

/// A tick of the axis.
pub struct AxisTick {
    /// The tick.
    pub tick: Tick,
    /// Its text, when it fits before the axis ends.
    pub label: Option<String>,
}

/// One entry of a lane: an item or a cluster, with the id keyboard focus knows it by.
pub struct Entry<'a> {
    /// An item's own id; a cluster's `c{lane}-{slice}` (lane: its index among the lanes shown).
    pub id: Id,
    /// The entry and its box.
    pub placed: Placed<'a>,
}

/// A lane as shown.
pub struct ShownLane<'a> {
    /// The lane.
    pub lane: &'a Lane,
    /// Its label says what its group's heading (or the widget's title) says.
    pub repeats_heading: bool,
    /// What it shows in the window.
    pub entries: Vec<Entry<'a>>,
    /// Its height (rem).
    pub height: f64,
}

/// A group as shown.
pub struct ShownGroup<'a> {
    /// The group.
    pub group: &'a Group,
    /// Its lanes.
    pub lanes: Vec<ShownLane<'a>>,
}

/// Everything one render shows.
pub struct Screen<'a> {
    /// The board.
    pub board: &'a Board,
    /// The state it is shown in.
    pub state: &'a State,
    /// The interface language.
    pub lang: Lang,
    /// The extent of the board: what zooming, panning and fitting are bounded by.
    pub extent: Extent,
    /// The window.
    pub window: Viewport,
    /// The plan bands in the window.
    pub bands: Vec<ShownBand<'a>>,
    /// Lines kept free above the lanes for the bands' names.
    pub band_lines: u32,
    /// The groups shown (all, or the one filtered to).
    pub groups: Vec<ShownGroup<'a>>,
    /// Whether groups have headings of their own (more than one on the board).
    pub headed: bool,
    /// The entry holding the roving tabindex: the focused one if shown, else the current
    /// chair, else the first.
    pub tab_stop: Option<Id>,
    /// The axis' ticks.
    pub ticks: Vec<AxisTick>,
    /// Where today is on the axis, when it is in the window.
    pub today: Option<f64>,
    /// The item whose details are open.
    pub selected: Option<&'a Item>,
    /// What a screen reader is told (politely): the window after zooming or panning, else
    /// the selection.
    pub announcement: String,
}

impl<'a> Screen<'a> {
    /// What `board` shows in `state`, on lanes `lane_width` rem wide.
    pub fn new(
        board: &'a Board,
        state: &'a State,
        lane_width: f64,
        lang: Lang,
        today: Option<DayNumber>,
    ) -> Screen<'a> {
        let extent = board.extent().unwrap_or((0, 0));
        let window = state.window(extent);
        // Each plan band's name runs from the band's start to the lane's end, wrapped onto as
        // many lines as it needs there: never cut, never under an item.
        let bands: Vec<ShownBand> = board
            .bands
            .iter()
            .filter_map(|band| {
                let placement = window.place(band.range.first_day(), band.range.last_day())?;
                let room = (lane_width * (1.0 - placement.start) - 0.5).max(4.0);
                Some(ShownBand {
                    band,
                    placement,
                    room,
                })
            })
            .collect();
        let band_lines = bands
            .iter()
            .map(|b| {
                labels::wrap(&b.band.label.text, BAND_SIZE, b.room)
                    .lines
                    .max(1)
            })
            .max()
            .unwrap_or(0);
        let headed = board.groups.len() > 1;
        // The tab stop: the focused entry if shown, else the current chair, else the first.
        let (mut focused, mut current, mut first) = (None, None, None);
        let mut groups = Vec::new();
        let mut k = 0;
        for group in &board.groups {
            if state.only.is_some_and(|o| o != group.key) {
                continue;
            }
            let heading = i18n::t(lang, group.heading);
            let mut lanes = Vec::new();
            for lane in &group.lanes {
                let mut entries = Vec::new();
                let mut slots = Vec::new();
                for placed in lanes::place_lane(&lane.items, &window, lane_width, lang) {
                    let id: Id = match &placed {
                        Placed::Item { item, .. } => {
                            if item.current && current.is_none() {
                                current = Some(item.id.clone());
                            }
                            item.id.clone()
                        }
                        Placed::Cluster { slice, .. } => format!("c{k}-{slice}").into(),
                    };
                    if state.focus.as_ref() == Some(&id) {
                        focused = Some(id.clone());
                    }
                    if first.is_none() {
                        first = Some(id.clone());
                    }
                    slots.push(*placed.slot());
                    entries.push(Entry { id, placed });
                }
                k += 1;
                lanes.push(ShownLane {
                    lane,
                    repeats_heading: *lane.label.text == *heading,
                    height: labels::lane_height(&slots),
                    entries,
                });
            }
            groups.push(ShownGroup { group, lanes });
        }
        let tab_stop = focused.or(current).or(first);
        let selected = state
            .selected
            .as_deref()
            .and_then(|id| board.item(id))
            .filter(|_| state.open);
        let announcement = if state.moved {
            let month = |d| {
                let p = PartialDate::from_day_number(d);
                PartialDate::month(p.year, p.month.unwrap_or(1))
            };
            i18n::fill(
                i18n::t(lang, Msg::Showing),
                &[
                    &i18n::format_date(lang, &month(window.start)),
                    &i18n::format_date(lang, &month(window.end.saturating_sub(1))),
                ],
            )
        } else {
            selected
                .map(|i| i18n::fill(i18n::t(lang, Msg::Selected), &[&i.label.text]))
                .unwrap_or_default()
        };
        Screen {
            board,
            state,
            lang,
            extent,
            window,
            bands,
            band_lines,
            groups,
            headed,
            tab_stop,
            ticks: axis(&window, lane_width, lang),
            today: today
                .map(|d| window.fraction(d))
                .filter(|f| (0.0..=1.0).contains(f)),
            selected,
            announcement,
        }
    }

    /// The lanes shown, top to bottom (the keyboard's rows).
    pub fn lanes(&self) -> impl Iterator<Item = &ShownLane<'a>> {
        self.groups.iter().flat_map(|g| &g.lanes)
    }

    /// Whether no lane shows anything.
    pub fn is_empty(&self) -> bool {
        self.lanes().all(|l| l.entries.is_empty())
    }
}

/// A tick's text: the year at year starts, else the month.
fn tick_label(lang: Lang, tick: &Tick) -> String {
    if tick.major || tick.date.month.is_none() {
        i18n::format_date(lang, &PartialDate::year(tick.date.year))
    } else {
        i18n::format_date(lang, &tick.date)
    }
}

/// As many ticks as their labels have room for, each labelled unless its label would run
/// past the axis' end.
fn axis(window: &Viewport, lane_width: f64, lang: Lang) -> Vec<AxisTick> {
    let room = |ts: &[Tick]| {
        ts.iter()
            .map(|t| labels::text_width(&tick_label(lang, t), TICK_SIZE) + 0.75)
            .fold(0.0, f64::max)
    };
    let mut ts = ticks::ticks(window, 12);
    let r = room(&ts);
    if r * ts.len() as f64 > lane_width {
        ts = ticks::ticks(window, ((lane_width / r) as usize).max(1));
    }
    ts.into_iter()
        .map(|tick| {
            let text = tick_label(lang, &tick);
            let fits =
                (1.0 - tick.fraction) * lane_width >= labels::text_width(&text, TICK_SIZE) + 0.25;
            AxisTick {
                tick,
                label: fits.then_some(text),
            }
        })
        .collect()
}
