//! The timeline's whole keyboard model, as pure logic: which key does what, and where the
//! arrows, Home and End move focus (a roving tabindex) over the grid of what is on screen:
//! lanes top to bottom, each a row of entries (items and clusters) in time order.

use super::screen::Screen;
use super::state::Action;
use crate::date::DayNumber;
use crate::model::Id;

/// What the keyboard can reach in one render: the entries' ids and days, lane by lane, and
/// where the tab stop is.
pub struct Keys {
    grid: Vec<Vec<(Id, DayNumber)>>,
    at: Option<(usize, usize)>,
    open: bool,
    rtl: bool,
}

impl Keys {
    /// The grid of `screen`.
    pub fn new(screen: &Screen) -> Keys {
        let (mut grid, mut at) = (Vec::new(), None);
        for (r, lane) in screen.lanes().enumerate() {
            let mut row = Vec::new();
            for (c, e) in lane.entries.iter().enumerate() {
                if screen.tab_stop.as_ref() == Some(&e.id) {
                    at = Some((r, c));
                }
                row.push((e.id.clone(), e.placed.first_day(&screen.window)));
            }
            grid.push(row);
        }
        Keys {
            grid,
            at,
            open: screen.state.open,
            rtl: screen.lang.is_rtl(),
        }
    }

    /// What a `KeyboardEvent.key` does: `None` for a key the timeline leaves alone (the
    /// browser keeps its default), or a move that goes nowhere.
    pub fn action(&self, key: &str) -> Option<Action> {
        Some(match key {
            "Escape" if self.open => Action::Close,
            "+" | "=" => Action::Zoom(0.5),
            "-" | "_" => Action::Zoom(2.0),
            "PageUp" => Action::Pan(-0.5),
            "PageDown" => Action::Pan(0.5),
            "0" => Action::Reset,
            _ => {
                let (r, c) = step(&self.grid, self.at?, Move::from_key(key)?, self.rtl)?;
                Action::Focus(self.grid.get(r)?.get(c)?.0.clone())
            }
        })
    }
}

/// A key the timeline understands, already mapped from `KeyboardEvent.key`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Visually left (earlier in LTR, later in RTL).
    Left,
    /// Visually right.
    Right,
    /// The lane above.
    Up,
    /// The lane below.
    Down,
    /// First item of the lane.
    Home,
    /// Last item of the lane.
    End,
}

impl Move {
    /// Maps a `KeyboardEvent.key` value; `None` for keys the grid does not use.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowLeft" => Move::Left,
            "ArrowRight" => Move::Right,
            "ArrowUp" => Move::Up,
            "ArrowDown" => Move::Down,
            "Home" => Move::Home,
            "End" => Move::End,
            _ => return None,
        })
    }
}

/// Where focus goes from `current` (a (lane, index) position) in a grid whose rows are lanes
/// and whose cells are entries by start, each with its id and first day. `rtl`: the axis is mirrored,
/// so Left means later. Up and Down land on the item of the next non-empty lane nearest in
/// time. Returns `None` when there is nowhere to go.
pub fn step(
    grid: &[Vec<(Id, DayNumber)>],
    current: (usize, usize),
    mv: Move,
    rtl: bool,
) -> Option<(usize, usize)> {
    let (lane, index) = current;
    let row = grid.get(lane)?;
    let day = row.get(index)?.1;
    let later = |i: usize| (i + 1 < row.len()).then_some((lane, i + 1));
    let earlier = |i: usize| i.checked_sub(1).map(|j| (lane, j));
    let nearest = |r: usize| -> Option<(usize, usize)> {
        let cells = grid.get(r)?;
        let best =
            (0..cells.len()).min_by_key(|&j| (i64::from(cells[j].1) - i64::from(day)).abs())?;
        Some((r, best))
    };
    match (mv, rtl) {
        (Move::Right, false) | (Move::Left, true) => later(index),
        (Move::Left, false) | (Move::Right, true) => earlier(index),
        (Move::Home, _) => (!row.is_empty() && index != 0).then_some((lane, 0)),
        (Move::End, _) => (index + 1 < row.len()).then(|| (lane, row.len() - 1)),
        (Move::Up, _) => (0..lane)
            .rev()
            .find(|&r| grid.get(r).is_some_and(|c| !c.is_empty()))
            .and_then(nearest),
        (Move::Down, _) => (lane + 1..grid.len())
            .find(|&r| grid.get(r).is_some_and(|c| !c.is_empty()))
            .and_then(nearest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Vec<Vec<(Id, DayNumber)>> {
        [vec![0, 100, 200], vec![], vec![90, 300]]
            .into_iter()
            .map(|row| row.into_iter().map(|d| (Id::from(""), d)).collect())
            .collect()
    }

    #[test]
    fn arrows_follow_the_visual_direction() {
        assert_eq!(step(&grid(), (0, 1), Move::Right, false), Some((0, 2)));
        assert_eq!(step(&grid(), (0, 1), Move::Right, true), Some((0, 0)));
        assert_eq!(step(&grid(), (0, 2), Move::Right, false), None);
        assert_eq!(step(&grid(), (0, 0), Move::Left, false), None);
    }

    #[test]
    fn up_and_down_skip_empty_lanes_and_keep_the_time() {
        assert_eq!(step(&grid(), (0, 1), Move::Down, false), Some((2, 0)));
        assert_eq!(step(&grid(), (2, 1), Move::Up, false), Some((0, 2)));
        assert_eq!(step(&grid(), (2, 0), Move::Down, false), None);
    }

    #[test]
    fn home_and_end() {
        assert_eq!(step(&grid(), (0, 1), Move::Home, false), Some((0, 0)));
        assert_eq!(step(&grid(), (0, 1), Move::End, false), Some((0, 2)));
        assert_eq!(step(&grid(), (0, 2), Move::End, false), None);
    }

    #[test]
    fn out_of_range_positions_go_nowhere() {
        assert_eq!(step(&grid(), (7, 0), Move::Right, false), None);
        assert_eq!(step(&grid(), (1, 0), Move::Right, false), None);
    }
}
