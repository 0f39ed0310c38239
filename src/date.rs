//! Dates of mixed precision ("2014", "2013-10", "2013-10-03") and the day arithmetic the
//! layout needs. No time zones: the group's calendar is civil dates only.

use std::fmt;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: "2014".
    Year,
    /// Year and month: "2013-10".
    Month,
    /// A full calendar day: "2013-10-03".
    Day,
}

/// A calendar date known to a year, a month or a day.
///
/// As the start of a range it stands for its first day, as the end for its last day, so that
/// the term "2014"–"2014" covers the whole year and "2013-01"–"2013-06" six months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// Proleptic Gregorian year.
    pub year: i32,
    /// 1–12 when known.
    pub month: Option<u8>,
    /// 1–31 when known (only with a month).
    pub day: Option<u8>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    Format,
    /// The month is not 1–12.
    Month(u32),
    /// The day does not exist in that month.
    Day(u32),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Month(m) => write!(f, "month {m} does not exist (1 to 12)"),
            DateError::Day(d) => write!(f, "day {d} does not exist in that month"),
        }
    }
}

/// Days since 1970-01-01 (negative before), the unit of every time axis.
pub type DayNumber = i32;

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day number of a civil date (Howard Hinnant's days_from_civil, valid for all i32 years we use).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> DayNumber {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i32::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day number; inverse of [`days_from_civil`].
pub fn civil_from_days(days: DayNumber) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl PartialDate {
    /// A year-only date.
    pub const fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A year-and-month date.
    pub const fn month(year: i32, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A full date.
    pub const fn day(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The date of a day number, at day precision.
    pub fn from_day_number(days: DayNumber) -> Self {
        let (y, m, d) = civil_from_days(days);
        PartialDate::day(y, m, d)
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (four-digit years 0000–9999).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let digits = |s: &[u8]| -> Option<u32> {
            if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some(s.iter().fold(0, |acc, b| acc * 10 + u32::from(b - b'0')))
        };
        let (year, month, day) = match bytes.len() {
            4 => (digits(bytes), None, None),
            7 if bytes[4] == b'-' => (digits(&bytes[..4]), digits(&bytes[5..]).map(Some), None),
            10 if bytes[4] == b'-' && bytes[7] == b'-' => (
                digits(&bytes[..4]),
                digits(&bytes[5..7]).map(Some),
                digits(&bytes[8..]).map(Some),
            ),
            _ => return Err(DateError::Format),
        };
        let year = year.ok_or(DateError::Format)? as i32;
        let month = match month {
            None => None,
            Some(None) => return Err(DateError::Format),
            Some(Some(m)) if (1..=12).contains(&m) => Some(m as u8),
            Some(Some(m)) => return Err(DateError::Month(m)),
        };
        let day = match (day, month) {
            (None, _) => None,
            (Some(None), _) | (Some(Some(_)), None) => return Err(DateError::Format),
            (Some(Some(d)), Some(m)) if d >= 1 && d <= u32::from(days_in_month(year, m)) => {
                Some(d as u8)
            }
            (Some(Some(d)), Some(_)) => return Err(DateError::Day(d)),
        };
        Ok(PartialDate { year, month, day })
    }

    /// How much of this date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The first day this date can mean (the start of a range).
    pub fn first_day(&self) -> DayNumber {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean (the inclusive end of a range).
    pub fn last_day(&self) -> DayNumber {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        days_from_civil(self.year, month, day)
    }

    /// The machine-readable form, as written in the data and in `<time datetime>`.
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A span of days with a known start and a possibly open end, as drawn on an axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// Where the range starts.
    pub start: PartialDate,
    /// Where it ends (inclusive); `None` is open-ended.
    pub end: Option<PartialDate>,
}

impl DateRange {
    /// First day covered.
    pub fn first_day(&self) -> DayNumber {
        self.start.first_day()
    }

    /// Last day covered, or `None` when open-ended.
    pub fn last_day(&self) -> Option<DayNumber> {
        self.end.map(|e| e.last_day())
    }

    /// Whether `day` lies in the range (an open end runs forever).
    pub fn contains(&self, day: DayNumber) -> bool {
        day >= self.first_day() && self.last_day().is_none_or(|end| day <= end)
    }

    /// Whether two ranges share at least one day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        let a_end = self.last_day().unwrap_or(DayNumber::MAX);
        let b_end = other.last_day().unwrap_or(DayNumber::MAX);
        self.first_day() <= b_end && other.first_day() <= a_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2014"), Ok(PartialDate::year(2014)));
        assert_eq!(
            PartialDate::parse("2013-10"),
            Ok(PartialDate::month(2013, 10))
        );
        assert_eq!(
            PartialDate::parse("2013-10-03"),
            Ok(PartialDate::day(2013, 10, 3))
        );
    }

    #[test]
    fn rejects_impossible_dates_with_reason() {
        assert_eq!(PartialDate::parse("2025-13-01"), Err(DateError::Month(13)));
        assert_eq!(PartialDate::parse("2015-02-29"), Err(DateError::Day(29)));
        assert!(PartialDate::parse("2016-02-29").is_ok());
        for bad in [
            "",
            "14",
            "2014-1",
            "2014/10",
            "2014-10-3",
            "２０１４",
            "2014-00",
            "+201",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn year_term_covers_whole_year_and_half_year_six_months() {
        let y = PartialDate::year(2014);
        assert_eq!(y.last_day() - y.first_day() + 1, 365);
        let half = DateRange {
            start: PartialDate::month(2013, 1),
            end: Some(PartialDate::month(2013, 6)),
        };
        assert_eq!(half.last_day().unwrap() - half.first_day() + 1, 181);
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        for d in [-800_000, -1, 0, 1, 15_706, 20_000, 2_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn display_matches_input() {
        for s in ["2014", "2013-10", "2013-10-03", "0999-01-31"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn open_ranges_overlap_everything_after_start() {
        let open = DateRange {
            start: PartialDate::year(2013),
            end: None,
        };
        let later = DateRange {
            start: PartialDate::year(2030),
            end: Some(PartialDate::year(2031)),
        };
        assert!(open.overlaps(&later));
        assert!(open.contains(PartialDate::year(2100).first_day()));
        assert!(!open.contains(PartialDate::year(2012).first_day()));
    }
}
