//! The time scale: which days the window shows, where a day falls in it, zoom and pan.

use crate::date::DayNumber;

/// The narrowest window zooming allows, in days.
pub const MIN_SPAN: DayNumber = 28;

/// The narrowest window [`Viewport::fit`] produces, in days: a single day still gets a month.
pub const FIT_MIN_SPAN: DayNumber = 31;

/// The widest window zooming out allows (200 years), unless the fitted data is wider still.
pub const MAX_SPAN: DayNumber = 73_049;

/// Every window stays within ±7,000,000 days (about ±19,000 years of 1970), so that no date
/// arithmetic on it can overflow, whatever the input.
pub(crate) const LIMIT: i64 = 7_000_000;

/// The visible window: days `start..end` (half-open; `end > start` for every window this
/// module builds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Viewport {
    /// First day shown.
    pub start: DayNumber,
    /// First day no longer shown.
    pub end: DayNumber,
}

/// Where an item's bar goes, as fractions of the window, already clipped to 0..1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Inline-start offset, 0..1.
    pub start: f64,
    /// Inline size, 0..1 (a one-day item gets one day's width, never zero).
    pub width: f64,
    /// The item starts before the window.
    pub clipped_start: bool,
    /// The bar does not show the item's end: it ends after the window, or never (open end).
    pub clipped_end: bool,
    /// The item has no end.
    pub open_end: bool,
}

impl Viewport {
    /// A window of `span` days from `start`, normalised: at least one day, within [`LIMIT`].
    fn at(start: i64, span: i64) -> Self {
        let span = span.clamp(1, 2 * LIMIT);
        let start = start.clamp(-LIMIT, LIMIT - span);
        Viewport {
            start: start as DayNumber,
            end: (start + span) as DayNumber,
        }
    }

    /// `(start, end)` widened to i64, with `end > start` even for a hand-built empty window.
    pub(crate) fn bounds(&self) -> (i64, i64) {
        let start = i64::from(self.start);
        (start, i64::from(self.end).max(start + 1))
    }

    /// The window that shows days `first..=last_inclusive` (in either order) with 5% padding
    /// on each side, centred, at least [`FIT_MIN_SPAN`] days wide.
    pub fn fit(first: DayNumber, last_inclusive: DayNumber) -> Self {
        let lo = i64::from(first.min(last_inclusive));
        let hi = i64::from(first.max(last_inclusive)) + 1;
        let span = (hi - lo + (hi - lo) / 10).max(i64::from(FIT_MIN_SPAN));
        Self::at((lo + hi - span).div_euclid(2), span)
    }

    /// Days shown (at least 1, at most `DayNumber::MAX`).
    pub fn span_days(&self) -> DayNumber {
        (i64::from(self.end) - i64::from(self.start)).clamp(1, i64::from(DayNumber::MAX))
            as DayNumber
    }

    /// Where the start of `day` falls: 0 at the window's start, 1 at its end (outside the
    /// window: below 0 or above 1).
    pub fn fraction(&self, day: DayNumber) -> f64 {
        let (start, end) = self.bounds();
        (i64::from(day) - start) as f64 / (end - start) as f64
    }

    /// The bar of an item covering `first_day..=last_day` (`None`: open-ended), clipped to the
    /// window; `None` when it is entirely outside. A `last_day` before `first_day` counts as
    /// a one-day item.
    pub fn place(&self, first_day: DayNumber, last_day: Option<DayNumber>) -> Option<Placement> {
        let (vs, ve) = self.bounds();
        let s = i64::from(first_day);
        let e = last_day.map_or(i64::MAX, |l| i64::from(l.max(first_day)) + 1);
        if e <= vs || s >= ve {
            return None;
        }
        let span = (ve - vs) as f64;
        let (a, b) = (s.max(vs), e.min(ve));
        Some(Placement {
            start: (a - vs) as f64 / span,
            width: (b - a) as f64 / span,
            clipped_start: s < vs,
            clipped_end: e > ve,
            open_end: last_day.is_none(),
        })
    }

    /// The window scaled by `factor` (below 1 zooms in) around `anchor` (0..1, the fraction
    /// that stays put, e.g. under the pointer; 0.5 for the buttons), between [`MIN_SPAN`] and
    /// the larger of [`MAX_SPAN`] and the fitted `data` extent (first and last day), then kept
    /// as [`Viewport::pan`] keeps it. A factor that is not a positive number changes nothing.
    pub fn zoom(&self, factor: f64, anchor: f64, data: (DayNumber, DayNumber)) -> Self {
        let (vs, ve) = self.bounds();
        let span = ve - vs;
        let factor = if factor > 0.0 && factor.is_finite() {
            factor
        } else {
            1.0
        };
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let max = i64::from(Self::fit(data.0, data.1).span_days()).max(i64::from(MAX_SPAN));
        let new_span = ((span as f64 * factor).round() as i64).clamp(i64::from(MIN_SPAN), max);
        let pivot = vs as f64 + anchor * span as f64;
        Self::at((pivot - anchor * new_span as f64).round() as i64, new_span).keep_near(data)
    }

    /// The window moved by `fraction_of_span` of its width (negative: earlier), kept so that
    /// it leaves the `data` extent (first and last day) by at most half its width: its centre
    /// stays on the data.
    pub fn pan(&self, fraction_of_span: f64, data: (DayNumber, DayNumber)) -> Self {
        let (vs, ve) = self.bounds();
        let shift = (fraction_of_span * (ve - vs) as f64).round() as i64;
        Self::at(vs.saturating_add(shift), ve - vs).keep_near(data)
    }

    /// Clamps the window so it leaves `data` by at most half its span on either side.
    fn keep_near(self, data: (DayNumber, DayNumber)) -> Self {
        let (vs, ve) = self.bounds();
        let span = ve - vs;
        let lo = i64::from(data.0.min(data.1));
        let hi = i64::from(data.0.max(data.1)) + 1;
        let half = span / 2;
        Self::at(vs.clamp(lo - half, hi + half - span), span)
    }
}

/// A fraction as a CSS percentage number with at most two decimals and no trailing zeros:
/// 0.125 → "12.5", 0 → "0", 1 → "100", 1/3 → "33.33". Not-a-number gives "0". (Integer
/// arithmetic only, so the wasm carries no float formatting.) Two decimals are 0.13 px on a
/// 1280 px axis, and few enough values for the shipped stylesheet to position pre-rendered
/// markup by attribute selectors alone ([`crate::prerender::position_css`]).
pub fn percent(fraction: f64) -> String {
    let hundredths = (fraction * 10_000.0).round() as i64;
    let abs = hundredths.unsigned_abs();
    let mut out = String::new();
    if hundredths < 0 {
        out.push('-');
    }
    out += &(abs / 100).to_string();
    let decimals = abs % 100;
    if decimals != 0 {
        out.push('.');
        out.push(char::from(b'0' + (decimals / 10) as u8));
        if decimals % 10 != 0 {
            out.push(char::from(b'0' + (decimals % 10) as u8));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{days_from_civil, PartialDate};

    const DATA: (DayNumber, DayNumber) = (13_149, 16_435); // 2006-01-01 ..= 2014-12-31

    #[test]
    fn fit_pads_and_centres() {
        let v = Viewport::fit(DATA.0, DATA.1);
        let days = DATA.1 - DATA.0 + 1;
        assert!(v.start < DATA.0 && v.end > DATA.1 + 1);
        assert_eq!(v.span_days(), days + days / 10);
        assert!((v.fraction(DATA.0) - (1.0 - v.fraction(DATA.1 + 1))).abs() < 1e-3);
        assert_eq!(
            Viewport::fit(DATA.1, DATA.0),
            v,
            "order of arguments does not matter"
        );
    }

    #[test]
    fn fit_of_a_single_day_is_a_sane_window() {
        let day = days_from_civil(2013, 10, 3);
        let v = Viewport::fit(day, day);
        assert_eq!(v.span_days(), FIT_MIN_SPAN);
        assert_eq!(
            v,
            Viewport {
                start: day - 15,
                end: day + 16
            }
        );
        let p = v.place(day, Some(day)).unwrap();
        assert!((p.width - 1.0 / 31.0).abs() < 1e-12);
        assert!((p.start - 15.0 / 31.0).abs() < 1e-12);
    }

    #[test]
    fn extreme_input_never_panics_and_stays_valid() {
        for (a, b) in [
            (DayNumber::MIN, DayNumber::MAX),
            (DayNumber::MAX, DayNumber::MAX),
            (0, 0),
        ] {
            let v = Viewport::fit(a, b);
            assert!(v.end > v.start);
            for w in [
                v.zoom(f64::NAN, f64::NAN, (a, b)),
                v.zoom(1e300, 0.5, (a, b)),
                v.zoom(-1.0, 2.0, (a, b)),
                v.zoom(1e-300, 0.0, (a, b)),
                v.pan(f64::INFINITY, (a, b)),
                v.pan(f64::NEG_INFINITY, (a, b)),
            ] {
                assert!(w.end > w.start, "{w:?}");
            }
        }
        let broken = Viewport { start: 5, end: -5 };
        assert_eq!(broken.span_days(), 1);
        assert!(broken.fraction(5).is_finite());
        assert!(broken.place(DayNumber::MIN, Some(DayNumber::MAX)).is_some());
        let wide = Viewport {
            start: DayNumber::MIN,
            end: DayNumber::MAX,
        };
        assert!(wide.place(0, None).is_some());
    }

    #[test]
    fn place_clips_and_flags() {
        let v = Viewport {
            start: 100,
            end: 200,
        };
        let inside = v.place(110, Some(119)).unwrap();
        assert_eq!((inside.start, inside.width), (0.1, 0.1));
        assert!(!inside.clipped_start && !inside.clipped_end && !inside.open_end);

        let both = v.place(50, Some(250)).unwrap();
        assert_eq!(
            (both.start, both.width, both.clipped_start, both.clipped_end),
            (0.0, 1.0, true, true)
        );

        let open = v.place(150, None).unwrap();
        assert_eq!((open.start, open.width), (0.5, 0.5));
        assert!(open.open_end && open.clipped_end && !open.clipped_start);

        let last_day = v.place(199, Some(199)).unwrap();
        assert_eq!(
            (last_day.start, last_day.width, last_day.clipped_end),
            (0.99, 0.01, false)
        );

        assert_eq!(v.place(0, Some(99)), None, "ends the day before");
        assert_eq!(v.place(200, Some(300)), None, "starts the day after");
        assert_eq!(v.place(200, None), None);
        assert!(v.place(0, None).is_some());
        // An end before the start is a one-day item.
        assert_eq!(v.place(120, Some(10)).unwrap().width, 0.01);
    }

    #[test]
    fn year_only_dates_cover_the_whole_year() {
        let y = PartialDate::parse("2014").unwrap();
        let v = Viewport {
            start: y.first_day(),
            end: y.last_day() + 1,
        };
        let p = v.place(y.first_day(), Some(y.last_day())).unwrap();
        assert_eq!(
            (p.start, p.width, p.clipped_start, p.clipped_end),
            (0.0, 1.0, false, false)
        );
        assert_eq!(v.span_days(), 365);
    }

    #[test]
    fn zoom_clamps_and_keeps_the_anchor() {
        let v = Viewport::fit(DATA.0, DATA.1);
        let z = v.zoom(0.5, 0.25, DATA);
        assert_eq!(
            z.span_days(),
            (v.span_days() as f64 * 0.5).round() as DayNumber
        );
        let pivot = v.start as f64 + 0.25 * v.span_days() as f64;
        assert!((z.start as f64 + 0.25 * z.span_days() as f64 - pivot).abs() <= 1.0);

        let mut tight = v;
        for _ in 0..50 {
            tight = tight.zoom(0.5, 0.5, DATA);
        }
        assert_eq!(tight.span_days(), MIN_SPAN);

        let mut wide = v;
        for _ in 0..50 {
            wide = wide.zoom(2.0, 0.5, DATA);
        }
        assert_eq!(wide.span_days(), MAX_SPAN);
        let centre = (i64::from(wide.start) + i64::from(wide.end)) / 2;
        assert!(centre >= i64::from(DATA.0) && centre <= i64::from(DATA.1) + 1);

        // Data wider than 200 years can still be seen whole.
        let huge = (0, 100_000);
        let out = Viewport::fit(0, 0).zoom(1e9, 0.5, huge);
        assert_eq!(out.span_days(), Viewport::fit(0, 100_000).span_days());
        let whole = Viewport::fit(0, 100_000);
        assert_eq!(whole.zoom(2.0, 0.5, huge), whole);
        // A zoom at the edge may not push the window off the data.
        let edge = Viewport::fit(DATA.0, DATA.1).zoom(0.001, 1.0, DATA);
        assert_eq!(edge.span_days(), MIN_SPAN);
        assert!(edge.end <= DATA.1 + 1 + MIN_SPAN / 2);
    }

    #[test]
    fn pan_stays_within_half_a_span_of_the_data() {
        let v = Viewport::fit(DATA.0, DATA.1).zoom(0.1, 0.5, DATA);
        let span = v.span_days();
        let right = v.pan(0.5, DATA);
        assert_eq!(
            right.start - v.start,
            (f64::from(span) * 0.5).round() as DayNumber
        );
        assert_eq!(right.span_days(), span);

        let far_right = v.pan(1000.0, DATA);
        assert_eq!(far_right.end, DATA.1 + 1 + span / 2);
        let far_left = v.pan(-1000.0, DATA);
        assert_eq!(far_left.start, DATA.0 - span / 2);
        assert_eq!(far_left.span_days(), span);
        assert_eq!(v.pan(f64::NAN, DATA), v);
    }

    #[test]
    fn percent_has_at_most_two_decimals() {
        let cases = [
            (0.125, "12.5"),
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "100"),
            (1.0 / 3.0, "33.33"),
            (2.0 / 3.0, "66.67"),
            (0.0001, "0.01"),
            (0.00304, "0.3"),
            (0.000004, "0"),
            (-0.000004, "0"),
            (-0.5, "-50"),
            (-0.0105, "-1.05"),
            (0.07, "7"),
            (f64::NAN, "0"),
        ];
        for (x, want) in cases {
            assert_eq!(percent(x), want, "{x}");
        }
        assert!(!percent(f64::INFINITY).is_empty());
    }
}
