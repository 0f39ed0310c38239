//! Axis ticks: the unit (years, quarters, months) and the ticks of a window.

use super::scale::{Viewport, LIMIT};
use crate::date::{civil_from_days, PartialDate};

/// What the ticks of a window mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// Starts of years (possibly every 2, 5, 10, 20, 50, 100, ... years).
    Year,
    /// Starts of quarters (January, April, July, October).
    Quarter,
    /// Starts of months.
    Month,
}

/// One tick of the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// The period it starts: year precision for [`TickUnit::Year`], month precision otherwise.
    pub date: PartialDate,
    /// The unit of the axis it belongs to.
    pub unit: TickUnit,
    /// Where it falls in the window, 0..1.
    pub fraction: f64,
    /// Whether it starts a year (every year tick, and January for quarters and months).
    pub major: bool,
}

/// The window's first and last day, clamped to where date arithmetic is safe.
fn days(viewport: &Viewport) -> (i32, i32) {
    let (start, end) = viewport.bounds();
    (
        start.clamp(-LIMIT, LIMIT) as i32,
        (end - 1).clamp(-LIMIT, LIMIT) as i32,
    )
}

/// Month numbers (`year * 12 + month - 1`) of the first and last month starting in the window.
fn months(viewport: &Viewport) -> (i64, i64) {
    let (first, last) = days(viewport);
    let (y, m, d) = civil_from_days(first);
    let (ly, lm, _) = civil_from_days(last);
    let index = |y: i32, m: u8| i64::from(y) * 12 + i64::from(m) - 1;
    (index(y, m) + i64::from(d > 1), index(ly, lm))
}

/// The first and last year starting (on 1 January) within months `m0..=m1`.
fn years((m0, m1): (i64, i64)) -> (i64, i64) {
    (
        m0.div_euclid(12) + i64::from(m0.rem_euclid(12) != 0),
        m1.div_euclid(12),
    )
}

/// How many multiples of `step` lie in `first..=last`, and the first of them.
fn multiples(first: i64, last: i64, step: i64) -> (i64, i64) {
    let from = -(-first).div_euclid(step);
    ((last.div_euclid(step) - from + 1).max(0), from * step)
}

/// The unit and the step (in years for years, in months otherwise) of at most `max_ticks`.
fn plan(viewport: &Viewport, max_ticks: usize) -> Option<(TickUnit, i64)> {
    let max = i64::try_from(max_ticks).unwrap_or(i64::MAX);
    if max == 0 {
        return None;
    }
    let (m0, m1) = months(viewport);
    if multiples(m0, m1, 1).0 <= max {
        return Some((TickUnit::Month, 1));
    }
    if multiples(m0, m1, 3).0 <= max {
        return Some((TickUnit::Quarter, 3));
    }
    let (y0, y1) = years((m0, m1));
    let mut step = 1;
    let mut k = 0;
    while multiples(y0, y1, step).0 > max && step < 1_000_000_000 {
        // 1, 2, 5, 10, 20, 50, 100, ...
        step = if k % 3 == 1 { step * 5 / 2 } else { step * 2 };
        k += 1;
    }
    Some((TickUnit::Year, step))
}

/// The unit [`ticks`] uses for this window: months if at most `max_ticks` month starts fall
/// in it, else quarters if those fit, else years.
pub fn unit_for(viewport: &Viewport, max_ticks: usize) -> TickUnit {
    plan(viewport, max_ticks).map_or(TickUnit::Year, |(unit, _)| unit)
}

/// At most `max_ticks` ticks for the window, in date order: every month, every quarter, or
/// every 1, 2, 5, 10, 20, 50, 100, ... years (on multiples of the step), whichever is the
/// finest that fits. Empty when `max_ticks` is 0.
pub fn ticks(viewport: &Viewport, max_ticks: usize) -> Vec<Tick> {
    let Some((unit, step)) = plan(viewport, max_ticks) else {
        return Vec::new();
    };
    let (first, last) = match unit {
        TickUnit::Year => years(months(viewport)),
        _ => months(viewport),
    };
    let (count, from) = multiples(first, last, step);
    (0..count)
        .map(|i| {
            let n = from + i * step;
            let date = match unit {
                TickUnit::Year => PartialDate::year(n as i32),
                _ => PartialDate::month(n.div_euclid(12) as i32, (n.rem_euclid(12) + 1) as u8),
            };
            Tick {
                date,
                unit,
                fraction: viewport.fraction(date.first_day()),
                major: date.month.is_none_or(|m| m == 1),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{days_from_civil, DayNumber};

    fn window(from: (i32, u8, u8), to: (i32, u8, u8)) -> Viewport {
        Viewport {
            start: days_from_civil(from.0, from.1, from.2),
            end: days_from_civil(to.0, to.1, to.2),
        }
    }

    fn labels(ticks: &[Tick]) -> Vec<String> {
        ticks.iter().map(|t| t.date.to_string()).collect()
    }

    #[test]
    fn month_zoom_is_exact() {
        let v = window((2013, 1, 15), (2013, 5, 1));
        assert_eq!(unit_for(&v, 12), TickUnit::Month);
        let t = ticks(&v, 12);
        assert_eq!(
            labels(&t),
            ["2013-02", "2013-03", "2013-04"],
            "half-open: May 1 is out"
        );
        assert!(t.iter().all(|t| t.unit == TickUnit::Month && !t.major));
        let feb = f64::from(days_from_civil(2013, 2, 1) - v.start) / f64::from(v.span_days());
        assert_eq!(t[0].fraction, feb);

        let v = window((2012, 12, 1), (2013, 3, 1));
        let t = ticks(&v, 12);
        assert_eq!(labels(&t), ["2012-12", "2013-01", "2013-02"]);
        assert_eq!(
            t.iter().map(|t| t.major).collect::<Vec<_>>(),
            [false, true, false]
        );
        assert_eq!(t[0].fraction, 0.0);
    }

    #[test]
    fn quarter_zoom_is_exact() {
        let v = window((2012, 11, 1), (2014, 1, 1));
        assert_eq!(unit_for(&v, 6), TickUnit::Quarter);
        let t = ticks(&v, 6);
        assert_eq!(labels(&t), ["2013-01", "2013-04", "2013-07", "2013-10"]);
        assert_eq!(
            t.iter().map(|t| t.major).collect::<Vec<_>>(),
            [true, false, false, false]
        );
        assert!(t.iter().all(|t| t.unit == TickUnit::Quarter));
        assert_eq!(unit_for(&v, 14), TickUnit::Month);
        assert_eq!(ticks(&v, 14).len(), 14);
    }

    #[test]
    fn year_zoom_steps_to_stay_within_max() {
        let v = window((2006, 1, 1), (2021, 1, 1));
        assert_eq!(unit_for(&v, 15), TickUnit::Year);
        assert_eq!(ticks(&v, 15).len(), 15);
        let t = ticks(&v, 10);
        assert_eq!(
            labels(&t),
            ["2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020"]
        );
        assert!(t.iter().all(|t| t.unit == TickUnit::Year && t.major));
        assert_eq!(t[0].fraction, 0.0);

        let century = window((1900, 1, 1), (2100, 1, 1));
        let t = ticks(&century, 10);
        assert_eq!(t.len(), 10);
        assert_eq!(
            (labels(&t)[0].as_str(), labels(&t)[9].as_str()),
            ("1900", "2080")
        );
        assert_eq!(
            labels(&ticks(&century, 4)),
            ["1900", "1950", "2000", "2050"]
        );
        assert_eq!(labels(&ticks(&century, 2)), ["1900", "2000"]);
        assert_eq!(
            labels(&ticks(&window((1999, 6, 1), (2001, 6, 1)), 3)),
            ["2000", "2001"]
        );
    }

    #[test]
    fn ticks_never_exceed_max_and_never_panic() {
        let windows = [
            Viewport { start: 0, end: 1 },
            Viewport { start: 5, end: -5 },
            Viewport {
                start: DayNumber::MIN,
                end: DayNumber::MAX,
            },
            Viewport {
                start: DayNumber::MAX - 1,
                end: DayNumber::MAX,
            },
            window((2013, 10, 3), (2013, 10, 31)),
            window((-500, 1, 1), (3000, 1, 1)),
        ];
        for v in windows {
            assert!(ticks(&v, 0).is_empty());
            for max in [1, 2, 3, 7, 12, 40] {
                let t = ticks(&v, max);
                assert!(t.len() <= max, "{v:?} {max}");
                assert!(t.windows(2).all(|w| w[0].fraction < w[1].fraction));
            }
        }
        // A month-long window inside one month has no month start at all.
        assert!(ticks(&window((2013, 10, 2), (2013, 10, 30)), 10).is_empty());
    }
}
