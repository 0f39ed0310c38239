//! Dates, ranges and numbers as each language writes them (the UN's usage), by the widget's
//! own code, never the browser's `Intl`: the server and the live widget write the same text.

use std::fmt::Write;

use super::Msg;
use crate::date::{PartialDate, Precision};
use crate::text::Lang;

/// The twelve messages from `first` on in `Msg::ALL`, which lists the messages in declaration
/// order (a test checks it), each form's twelve months in a row.
const fn twelve(first: Msg) -> [Msg; 12] {
    let mut out = [first; 12];
    let mut i = 0;
    while i < 12 {
        out[i] = Msg::ALL[first as usize + i];
        i += 1;
    }
    out
}
/// The months' names are interface text, so that the visitor's wasm carries English only and
/// the other languages come with their packs. Arabic months are written as the United Nations
/// writes them: the Levantine name, a slash, the name from the Latin calendar ("كانون
/// الثاني/يناير"), the same in the data files.
const MONTHS: [Msg; 12] = twelve(Msg::Month01);
/// The months after a day or "from": the genitive in Russian ("3 октября", "с октября").
const MONTHS_GENITIVE: [Msg; 12] = twelve(Msg::MonthGen01);

/// A month's name (Russian: genitive if asked), without the year; months outside 1–12 are
/// clamped.
fn month_name(lang: Lang, month: u8, genitive: bool) -> String {
    let m = usize::from(month.clamp(1, 12) - 1);
    let table = if genitive { &MONTHS_GENITIVE } else { &MONTHS };
    super::t(lang, table[m]).into()
}

/// The language dates are written in for a widget in `lang`: `lang`, or English where its
/// interface text (the months' names among it) is not installed, so that a widget whose pack
/// could not be had writes "July to December 2006", never "July à December 2006".
#[cfg(feature = "fetched-langs")]
fn written_in(lang: Lang) -> Lang {
    super::packs::get(lang, Msg::Month01).map_or(Lang::En, |_| lang)
}

/// The language dates are written in for a widget in `lang`: every language is compiled in.
#[cfg(not(feature = "fetched-langs"))]
fn written_in(lang: Lang) -> Lang {
    lang
}

/// A day of the month as written before the month name ("1er" in French).
fn day_number(lang: Lang, day: u8) -> String {
    if lang == Lang::Fr && day == 1 {
        "1er".into()
    } else {
        day.to_string()
    }
}

/// Day and month without the year, `day` already written: "3 October", "3 de octubre",
/// "3 октября", "10月3日".
fn day_month(lang: Lang, day: &str, month: u8) -> String {
    let name = month_name(lang, month, true);
    match lang {
        Lang::Zh => format!("{name}{day}日"),
        Lang::Es => format!("{day} de {name}"),
        _ => format!("{day} {name}"),
    }
}

/// A year on its own: "2014", "2014 г.", "2014年".
fn year_only(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::Ru => format!("{year} г."),
        _ => year.to_string(),
    }
}

/// `body` (months or days) completed with its year: "October 2013", "octubre de 2013",
/// "октябрь 2013 г.", "2013年10月".
fn with_year(lang: Lang, body: &str, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年{body}"),
        Lang::Es => format!("{body} de {year}"),
        Lang::Ru => format!("{body} {year} г."),
        _ => format!("{body} {year}"),
    }
}

/// A date in `lang`, as precise as it is known: "2014", "October 2013", "3 October 2013"
/// (and "octobre 2013", "octubre de 2013", "октябрь 2013 г.", "2013年10月", "تشرين الأول/أكتوبر 2013").
pub fn format_date(lang: Lang, date: &PartialDate) -> String {
    let lang = written_in(lang);
    match (date.month, date.day) {
        (None, _) => year_only(lang, date.year),
        (Some(m), None) => with_year(lang, &month_name(lang, m, false), date.year),
        (Some(m), Some(d)) => with_year(lang, &day_month(lang, &day_number(lang, d), m), date.year),
    }
}

/// The words around the two ends of a range: (before the start, between the ends).
fn connector(lang: Lang, days: bool) -> (&'static str, &'static str) {
    match lang {
        Lang::Ar => ("من ", " إلى "),
        Lang::Zh => ("", "至"),
        Lang::En => ("", " to "),
        Lang::Fr if days => ("", " au "),
        Lang::Fr => ("", " à "),
        Lang::Ru => ("", " – "),
        Lang::Es => ("", " a "),
    }
}

/// An open-ended range: "since 2013", "depuis le 3 octobre 2013", "с октября 2013 г.",
/// "2013年起".
fn since(lang: Lang, start: &PartialDate) -> String {
    let date = match (lang, start.month, start.day) {
        (Lang::Ru, Some(m), None) => with_year(lang, &month_name(lang, m, true), start.year),
        _ => format_date(lang, start),
    };
    let day = start.precision() == Precision::Day;
    match lang {
        Lang::Ar => format!("منذ {date}"),
        Lang::Zh => format!("{date}起"),
        Lang::En => format!("since {date}"),
        Lang::Fr if day => format!("depuis le {date}"),
        Lang::Fr => format!("depuis {date}"),
        Lang::Ru => format!("с {date}"),
        Lang::Es if day => format!("desde el {date}"),
        Lang::Es => format!("desde {date}"),
    }
}

/// A range of dates in `lang`, without repeating what both ends share: "2014" (a year term),
/// "2013–2015", "January to June 2013", "3–4 October 2013", "3 October to 5 November 2013",
/// "October 2013 to March 2014"; an open end gives "since 2013".
pub fn format_range(lang: Lang, start: &PartialDate, end: Option<&PartialDate>) -> String {
    let lang = written_in(lang);
    let Some(end) = end else {
        return since(lang, start);
    };
    if start == end {
        return format_date(lang, start);
    }
    // A shared year is written once ("июль – декабрь 2013 г."); the ends go through
    // `format_date`.
    let (a, b) = (start, end);
    let year = a.year;
    let days = a.precision() == Precision::Day;
    let (pre, mid) = connector(lang, days);
    let mut out = String::new();
    match (a.month, a.day, b.month, b.day) {
        (None, _, None, _) => {
            let _ = write!(out, "{}–{}", a.year, b.year);
            match lang {
                Lang::Zh => out.push('年'),
                Lang::Ru => out.push_str(" гг."),
                _ => {}
            }
        }
        (Some(m1), None, Some(m2), None) if b.year == year => {
            let body = format!(
                "{pre}{}{mid}{}",
                month_name(lang, m1, false),
                month_name(lang, m2, false)
            );
            out = with_year(lang, &body, year);
        }
        (Some(m1), Some(d1), Some(m2), Some(d2)) if b.year == year && m1 == m2 => {
            let body = match lang {
                Lang::Zh => format!("{m1}月{d1}日至{d2}日"),
                _ => {
                    let range = format!("{}–{}", day_number(lang, d1), day_number(lang, d2));
                    day_month(lang, &range, m1)
                }
            };
            out = with_year(lang, &body, year);
        }
        (Some(m1), Some(d1), Some(m2), Some(d2)) if b.year == year => {
            let body = format!(
                "{pre}{}{mid}{}",
                day_month(lang, &day_number(lang, d1), m1),
                day_month(lang, &day_number(lang, d2), m2)
            );
            out = with_year(lang, &body, year);
        }
        _ => {
            let _ = write!(
                out,
                "{pre}{}{mid}{}",
                format_date(lang, a),
                format_date(lang, b)
            );
        }
    }
    out
}

/// A whole number written for `lang` (Western digits, as everywhere in the widgets and in the
/// pre-rendered markup); text that is not a plain number is kept as it is.
pub fn format_number(lang: Lang, text: &str) -> String {
    let _ = lang;
    text.to_owned()
}
