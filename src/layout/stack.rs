//! Lane packing and virtualisation for items given as `(first_day, last_day)`, where the last
//! day is inclusive and `None` means open-ended (never ends). A last day before the first day
//! counts as a one-day item.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::scale::Viewport;
use crate::date::DayNumber;

/// Which row each item goes in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Packing {
    /// The row of each item, 0 at the top, in the order the items were given.
    pub rows: Vec<u32>,
    /// How many rows are used.
    pub row_count: u32,
}

/// The last day of an item, as an i64 that is `i64::MAX` for an open end.
fn last(item: &(DayNumber, Option<DayNumber>)) -> i64 {
    item.1.map_or(i64::MAX, |l| i64::from(l.max(item.0)))
}

/// Greedy interval partitioning in O(n log n): items in order of start day (ties in input
/// order) take the lowest row that is free by then, else a new row. This uses the fewest
/// rows possible. Two items sharing a day (one ending the day the other starts) never share
/// a row; an open-ended item keeps its row forever.
pub fn pack(items: &[(DayNumber, Option<DayNumber>)]) -> Packing {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_unstable_by_key(|&i| (items[i].0, i));
    let mut rows = vec![0; items.len()];
    let mut row_count = 0;
    // Rows in use, by the last day they are taken; rows free again, lowest first.
    let mut busy: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();
    let mut free: BinaryHeap<Reverse<u32>> = BinaryHeap::new();
    for i in order {
        let start = i64::from(items[i].0);
        while let Some(&Reverse((end, row))) = busy.peek() {
            if end >= start {
                break;
            }
            busy.pop();
            free.push(Reverse(row));
        }
        let row = free.pop().map_or_else(
            || {
                row_count += 1;
                row_count - 1
            },
            |Reverse(row)| row,
        );
        rows[i] = row;
        busy.push(Reverse((last(&items[i]), row)));
    }
    Packing { rows, row_count }
}

/// The indices of the items that share at least one day with the window, in order, for
/// drawing only those. `items_sorted_by_start` must be sorted by first day (otherwise the
/// answer may miss items, but nothing panics): the search stops at the first item starting
/// after the window, in O(log n) plus the items before it.
pub fn visible(
    items_sorted_by_start: &[(DayNumber, Option<DayNumber>)],
    viewport: &Viewport,
) -> Vec<usize> {
    let (start, end) = viewport.bounds();
    let before_end = items_sorted_by_start.partition_point(|&(s, _)| i64::from(s) < end);
    items_sorted_by_start[..before_end]
        .iter()
        .enumerate()
        .filter(|(_, item)| last(item) >= start)
        .map(|(i, _)| i)
        .collect()
}

/// The first and last day of all the items (an open end counts as its start day: widen with
/// today if it should show); `None` for no items.
pub fn extent(items: &[(DayNumber, Option<DayNumber>)]) -> Option<(DayNumber, DayNumber)> {
    items.iter().fold(None, |acc, &(s, l)| {
        let l = l.map_or(s, |l| l.max(s));
        Some(acc.map_or((s, l), |(a, b): (DayNumber, DayNumber)| {
            (a.min(s), b.max(l))
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;

    type Item = (DayNumber, Option<DayNumber>);

    /// xorshift64*: small, deterministic, good enough for test data.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: u64) -> i32 {
            (self.next() % n) as i32
        }
    }

    fn random_items(rng: &mut Rng, n: usize, days: u64) -> Vec<Item> {
        (0..n)
            .map(|_| {
                let start = rng.below(days) - 1000;
                let end = match rng.below(20) {
                    0 => None,
                    1 => Some(start),
                    2 => Some(start - 3), // malformed: treated as one day
                    _ => Some(start + rng.below(400)),
                };
                (start, end)
            })
            .collect()
    }

    fn overlap(a: &Item, b: &Item) -> bool {
        i64::from(a.0) <= last(b) && i64::from(b.0) <= last(a)
    }

    /// The most items sharing one day: the least number of rows possible.
    fn naive_depth(items: &[Item]) -> u32 {
        items
            .iter()
            .map(|a| {
                items
                    .iter()
                    .filter(|b| overlap(&(a.0, Some(a.0)), b))
                    .count() as u32
            })
            .max()
            .unwrap_or(0)
    }

    /// The same by a sweep, for large inputs.
    fn sweep_depth(items: &[Item]) -> u32 {
        let mut events: Vec<(i64, i32)> = Vec::new();
        for it in items {
            events.push((i64::from(it.0), 1));
            if let Some(l) = it.1 {
                events.push((i64::from(l.max(it.0)) + 1, -1));
            }
        }
        events.sort_unstable(); // ends (-1) before starts on the same day
        let (mut depth, mut best) = (0, 0);
        for (_, d) in events {
            depth += d;
            best = best.max(depth);
        }
        best as u32
    }

    fn assert_valid_naive(items: &[Item], p: &Packing) {
        assert_eq!(p.rows.len(), items.len());
        for i in 0..items.len() {
            assert!(p.rows[i] < p.row_count);
            for j in i + 1..items.len() {
                if p.rows[i] == p.rows[j] {
                    assert!(
                        !overlap(&items[i], &items[j]),
                        "{:?} {:?}",
                        items[i],
                        items[j]
                    );
                }
            }
        }
        assert_eq!(p.row_count, naive_depth(items), "fewest rows");
    }

    fn assert_valid_fast(items: &[Item], p: &Packing) {
        let mut by_row: Vec<(u32, i64, i64)> = items
            .iter()
            .zip(&p.rows)
            .map(|(it, &r)| (r, i64::from(it.0), last(it)))
            .collect();
        by_row.sort_unstable();
        for w in by_row.windows(2) {
            assert!(w[0].0 < w[1].0 || w[0].2 < w[1].1, "{w:?}");
            assert!(w[0].0 < p.row_count && w[1].0 < p.row_count);
        }
        assert_eq!(p.row_count, sweep_depth(items));
    }

    #[test]
    fn empty_and_one_item() {
        assert_eq!(pack(&[]), Packing::default());
        assert_eq!(extent(&[]), None);
        assert!(visible(&[], &Viewport { start: 0, end: 10 }).is_empty());
        let p = pack(&[(5, Some(9))]);
        assert_eq!((p.rows, p.row_count), (vec![0], 1));
        assert_eq!(extent(&[(5, Some(9))]), Some((5, 9)));
    }

    #[test]
    fn zero_length_and_touching_ranges() {
        assert_eq!(pack(&[(3, Some(3)), (3, Some(3))]).rows, [0, 1], "same day");
        assert_eq!(pack(&[(3, Some(3)), (4, Some(4))]).rows, [0, 0]);
        assert_eq!(
            pack(&[(0, Some(5)), (5, Some(9))]).rows,
            [0, 1],
            "touching share day 5"
        );
        assert_eq!(pack(&[(0, Some(4)), (5, Some(9))]).rows, [0, 0]);
        assert_eq!(
            pack(&[(10, Some(2)), (11, Some(11))]).rows,
            [0, 0],
            "end before start"
        );
    }

    #[test]
    fn open_ends_keep_their_row() {
        let items = [
            (0, None),
            (10, Some(20)),
            (30, Some(40)),
            (50, None),
            (60, Some(70)),
        ];
        let p = pack(&items);
        assert_eq!((p.rows, p.row_count), (vec![0, 1, 1, 1, 2], 3));
        assert_eq!(extent(&items), Some((0, 70)));
        assert_eq!(extent(&[(100, None)]), Some((100, 100)));
    }

    #[test]
    fn input_order_is_kept_and_lowest_free_row_is_taken() {
        // Given out of order; the result follows the input.
        let items = [
            (50, Some(60)),
            (0, Some(100)),
            (10, Some(20)),
            (30, Some(55)),
        ];
        assert_eq!(pack(&items).rows, [2, 0, 1, 1]);
        // Rows 0 and 1 both free again: the next item goes to row 0.
        let items = [(0, Some(5)), (0, Some(3)), (10, Some(12))];
        assert_eq!(pack(&items).rows, [0, 1, 0]);
    }

    #[test]
    fn year_only_dates() {
        let year = |y| {
            let d = PartialDate::parse(y).unwrap();
            (d.first_day(), Some(d.last_day()))
        };
        let month = PartialDate::month(2014, 12);
        let items = [
            year("2014"),
            year("2015"),
            (month.first_day(), Some(month.last_day())),
        ];
        assert_eq!(pack(&items).rows, [0, 0, 1]);
        let v = Viewport {
            start: items[1].0,
            end: items[1].0 + 10,
        };
        assert_eq!(
            visible(&[items[0], items[1]], &v),
            [1],
            "2014 ends the day before"
        );
    }

    #[test]
    fn random_small_sets_match_naive_checks() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..40 {
            let items = random_items(&mut rng, 1 + round * 7, 2000);
            assert_valid_naive(&items, &pack(&items));
        }
    }

    #[test]
    fn ten_thousand_items() {
        let mut rng = Rng(42);
        let mut items = random_items(&mut rng, 10_000, 40_000);
        let p = pack(&items);
        assert_valid_fast(&items, &p);
        assert_eq!(extent(&items).map(|e| e.0), items.iter().map(|i| i.0).min());

        items.sort_unstable_by_key(|i| i.0);
        for _ in 0..20 {
            let start = rng.below(42_000) - 2000;
            let v = Viewport {
                start,
                end: start + 1 + rng.below(3000),
            };
            let want: Vec<usize> = (0..items.len())
                .filter(|&i| overlap(&items[i], &(v.start, Some(v.end - 1))))
                .collect();
            assert_eq!(visible(&items, &v), want);
        }
        let all = Viewport {
            start: DayNumber::MIN,
            end: DayNumber::MAX,
        };
        assert_eq!(visible(&items, &all).len(), items.len());
    }

    #[test]
    fn extreme_days_do_not_panic() {
        let items = [
            (DayNumber::MIN, Some(DayNumber::MAX)),
            (DayNumber::MAX, None),
            (0, Some(DayNumber::MIN)),
        ];
        let p = pack(&items);
        assert_eq!(p.row_count, 2);
        assert_eq!(extent(&items), Some((DayNumber::MIN, DayNumber::MAX)));
        assert_eq!(
            visible(
                &items[..2],
                &Viewport {
                    start: DayNumber::MAX - 1,
                    end: DayNumber::MAX
                }
            ),
            [0]
        );
    }
}
