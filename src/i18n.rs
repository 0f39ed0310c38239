//! Every piece of user-interface text, in the six UN languages, and the date formatting.
//!
//! Each language is one exhaustive `match`, so a string missing in any language is a compile
//! error. Placeholders `{0}`, `{1}` are filled with [`fill`]. Digits are Western. Dates are
//! written here, not by the browser's `Intl`: the pre-rendered markup (`gmg-widgets render`, the
//! built fragments) must be the very text the live widget draws, in every browser whatever its
//! locale data (Chromium's Intl writes "2014" in Russian where the UN writes "2014 г.").

use crate::model::{EventKind, Status, StreamKind};
use crate::text::Lang;

// With `fetched-langs` (the visitor's wasm) only English is compiled in; the others come as
// packs (`packs`), written from these by the renderer.
#[cfg(not(feature = "fetched-langs"))]
mod ar;
mod dates;
mod en;
#[cfg(not(feature = "fetched-langs"))]
mod es;
#[cfg(not(feature = "fetched-langs"))]
mod fr;
pub mod packs;
#[cfg(not(feature = "fetched-langs"))]
mod ru;
#[cfg(not(feature = "fetched-langs"))]
mod zh;

pub use dates::{format_date, format_number, format_range};

/// A user-interface string. Each variant's documentation is its English text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// "Chairs" (widget name).
    WidgetChairs,
    /// "Work streams" (widget name).
    WidgetStreams,
    /// "Outcomes" (widget name): those of the Dialogue and of the GMG's review, each under
    /// what produced it.
    WidgetOutcomes,
    /// "Overview" (widget name).
    WidgetOverview,
    /// "Chair".
    Chair,
    /// "Current chair".
    CurrentChair,
    /// "on behalf of {0}".
    OnBehalfOf,
    /// "Confirmed".
    Confirmed,
    /// "Projected".
    Projected,
    /// "Inferred".
    Inferred,
    /// "(projected)", the short marker after a name.
    ProjectedMark,
    /// "(inferred)", the short marker after a name.
    InferredMark,
    /// "Overarching work streams" (group heading).
    KindOverarching,
    /// "Thematic work streams" (group heading).
    KindThematic,
    /// "Working groups" (group heading).
    KindWorkingGroup,
    /// "Task forces" (group heading).
    KindTaskForce,
    /// "Support structures" (group heading).
    KindSupport,
    /// "Filter by kind".
    FilterByKind,
    /// "All kinds".
    AllKinds,
    /// "Meeting" (event kind).
    Meeting,
    /// "Decision" (event kind).
    Decision,
    /// "Milestone" (event kind).
    Milestone,
    /// "Plan" (event kind).
    Plan,
    /// "Milestones".
    Milestones,
    /// "Plan period".
    PlanPeriod,
    /// "existed before {0}".
    ExistedBefore,
    /// "Close details".
    CloseDetails,
    /// "Status".
    Status,
    /// "Source".
    Source,
    /// "Quote".
    Quote,
    /// "Note".
    Note,
    /// "Document".
    Document,
    /// "paragraph {0}" (after a document symbol: "A/RES/68/4, paragraph 32").
    Paragraph,
    /// "Concerns".
    Concerns,
    /// "Referred to by".
    ReferredToBy,
    /// "Part of" (the plan or stream an item belongs to).
    PartOf,
    /// "Description".
    Description,
    /// "Zoom in".
    ZoomIn,
    /// "Zoom out".
    ZoomOut,
    /// "Earlier".
    Earlier,
    /// "Later".
    Later,
    /// "Reset view".
    ResetView,
    /// "Time axis".
    TimeAxis,
    /// "Legend".
    Legend,
    /// "Today".
    Today,
    /// "{0} selected" (announcement).
    Selected,
    /// "Showing {0} to {1}" (announcement).
    Showing,
    /// "The timeline data could not be found ({0})."
    ErrNotFound,
    /// "The timeline data could not be loaded: network error."
    ErrNetwork,
    /// "The timeline data did not arrive in time."
    ErrTimeout,
    /// "The timeline data has {0} errors:"
    ErrCount,
    /// "Showing the copy saved on {0}."
    SavedCopy,
    /// "No items".
    NoItems,
    /// "Projection stops: the membership list is partial."
    ProjectionStops,
    /// A cluster of items too dense to draw one by one: "{0} items: zoom in".
    Cluster,
    /// After a failed load with no saved copy: "Showing the data built into the widget (updated {0})."
    BuiltInCopy,
    /// "Announced" (status: a source announced it before it happened).
    Announced,
    /// "(announced)", the short marker after a name.
    AnnouncedMark,
    /// "Announced for {0}; chaired in {1}."
    AnnouncedMoved,
    /// "Announced for {0}; chaired as announced."
    AnnouncedHeld,
    /// "A later source names {0} as chair for this period."
    LaterSourceDiffers,
    /// "Co-chair with {0}".
    CoChairWith,
    /// "The {2} was succeeded in {0} by the {1}; nothing is projected after that."
    Succeeded,
    /// "{0}: six-month terms."
    SixMonthTerms,
    /// "{0}: one-year terms."
    OneYearTerms,
    /// "{0}: terms of {1} months."
    MonthTerms,
    /// "The quote is in English: there is no official version in this language."
    InEnglish,
    /// Under a board with more lanes than are drawn: "{0} more work streams are not shown."
    MoreLanes,
    /// The server answered with an error status: "... the server answered {0}."
    ErrServer,
    /// The answer was not usable timeline data (an HTML page, empty, another version).
    ErrUnusable,
    /// The page embeds the widget wrongly (unknown kind, bad address): nothing can be shown.
    ErrSetup,
    /// "Announcement" (what an earlier source announced).
    Announcement,
    /// Data from `src` that arrived but could not be used (not JSON, or invalid): "This
    /// site's timeline data could not be used." The details go to the page's maintainer.
    ErrInvalid,
    /// Where `today` is fixed by the page: "As of {0}" (a full date).
    AsOf,
    /// "end not recorded", after an item's dates.
    EndNotRecorded,
    /// "End not recorded" (legend).
    KeyEndNotRecorded,
    /// "End not recorded; last known in the data: {0}.".
    LastKnown,
    /// "Set up for a limited time.".
    TimeBoundNote,
    /// "{0} chairs" (widget heading; {0}: the group's short name).
    HeadingChairs,
    /// "{0} work streams" (widget heading).
    HeadingStreams,
    /// "{0}: High-level Dialogue outcomes" (widget heading).
    HeadingOutcomes,
    /// "{0} timeline" (widget heading).
    HeadingOverview,
    /// "Source: {0}".
    SourceLine,
    /// "data updated {0}".
    DataUpdated,
    /// "The data records nothing after {0}.".
    DataEnds,
    /// "Single date" (legend: a marker).
    KeyPoint,
    /// "Existed before its first date" (legend).
    KeyExistedBefore,
    /// The source of the built-in data, after "Source: ": "data built into gmg-widgets".
    BuiltInData,
    /// "January", a month named on its own or before a year ("October 2013").
    Month01,
    /// "February", a month named on its own or before a year ("October 2013").
    Month02,
    /// "March", a month named on its own or before a year ("October 2013").
    Month03,
    /// "April", a month named on its own or before a year ("October 2013").
    Month04,
    /// "May", a month named on its own or before a year ("October 2013").
    Month05,
    /// "June", a month named on its own or before a year ("October 2013").
    Month06,
    /// "July", a month named on its own or before a year ("October 2013").
    Month07,
    /// "August", a month named on its own or before a year ("October 2013").
    Month08,
    /// "September", a month named on its own or before a year ("October 2013").
    Month09,
    /// "October", a month named on its own or before a year ("October 2013").
    Month10,
    /// "November", a month named on its own or before a year ("October 2013").
    Month11,
    /// "December", a month named on its own or before a year ("October 2013").
    Month12,
    /// "January" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen01,
    /// "February" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen02,
    /// "March" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen03,
    /// "April" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen04,
    /// "May" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen05,
    /// "June" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen06,
    /// "July" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen07,
    /// "August" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen08,
    /// "September" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen09,
    /// "October" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen10,
    /// "November" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen11,
    /// "December" after a day or "from" (the genitive in Russian: "3 октября", "с октября").
    MonthGen12,
}

impl Msg {
    /// Every message, in declaration order.
    pub const ALL: [Msg; 112] = [
        Msg::WidgetChairs,
        Msg::WidgetStreams,
        Msg::WidgetOutcomes,
        Msg::WidgetOverview,
        Msg::Chair,
        Msg::CurrentChair,
        Msg::OnBehalfOf,
        Msg::Confirmed,
        Msg::Projected,
        Msg::Inferred,
        Msg::ProjectedMark,
        Msg::InferredMark,
        Msg::KindOverarching,
        Msg::KindThematic,
        Msg::KindWorkingGroup,
        Msg::KindTaskForce,
        Msg::KindSupport,
        Msg::FilterByKind,
        Msg::AllKinds,
        Msg::Meeting,
        Msg::Decision,
        Msg::Milestone,
        Msg::Plan,
        Msg::Milestones,
        Msg::PlanPeriod,
        Msg::ExistedBefore,
        Msg::CloseDetails,
        Msg::Status,
        Msg::Source,
        Msg::Quote,
        Msg::Note,
        Msg::Document,
        Msg::Paragraph,
        Msg::Concerns,
        Msg::ReferredToBy,
        Msg::PartOf,
        Msg::Description,
        Msg::ZoomIn,
        Msg::ZoomOut,
        Msg::Earlier,
        Msg::Later,
        Msg::ResetView,
        Msg::TimeAxis,
        Msg::Legend,
        Msg::Today,
        Msg::Selected,
        Msg::Showing,
        Msg::ErrNotFound,
        Msg::ErrNetwork,
        Msg::ErrTimeout,
        Msg::ErrCount,
        Msg::SavedCopy,
        Msg::NoItems,
        Msg::ProjectionStops,
        Msg::Cluster,
        Msg::BuiltInCopy,
        Msg::Announced,
        Msg::AnnouncedMark,
        Msg::AnnouncedMoved,
        Msg::AnnouncedHeld,
        Msg::LaterSourceDiffers,
        Msg::CoChairWith,
        Msg::Succeeded,
        Msg::SixMonthTerms,
        Msg::OneYearTerms,
        Msg::MonthTerms,
        Msg::InEnglish,
        Msg::MoreLanes,
        Msg::ErrServer,
        Msg::ErrUnusable,
        Msg::ErrSetup,
        Msg::Announcement,
        Msg::ErrInvalid,
        Msg::AsOf,
        Msg::EndNotRecorded,
        Msg::KeyEndNotRecorded,
        Msg::LastKnown,
        Msg::TimeBoundNote,
        Msg::HeadingChairs,
        Msg::HeadingStreams,
        Msg::HeadingOutcomes,
        Msg::HeadingOverview,
        Msg::SourceLine,
        Msg::DataUpdated,
        Msg::DataEnds,
        Msg::KeyPoint,
        Msg::KeyExistedBefore,
        Msg::BuiltInData,
        Msg::Month01,
        Msg::Month02,
        Msg::Month03,
        Msg::Month04,
        Msg::Month05,
        Msg::Month06,
        Msg::Month07,
        Msg::Month08,
        Msg::Month09,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
        Msg::MonthGen01,
        Msg::MonthGen02,
        Msg::MonthGen03,
        Msg::MonthGen04,
        Msg::MonthGen05,
        Msg::MonthGen06,
        Msg::MonthGen07,
        Msg::MonthGen08,
        Msg::MonthGen09,
        Msg::MonthGen10,
        Msg::MonthGen11,
        Msg::MonthGen12,
    ];

    /// The name of a status ("Confirmed", ...).
    pub fn status(status: Status) -> Msg {
        match status {
            Status::Confirmed => Msg::Confirmed,
            Status::Projected => Msg::Projected,
            Status::Inferred => Msg::Inferred,
            Status::Announced => Msg::Announced,
        }
    }

    /// The group heading of a stream kind ("Working groups", ...).
    pub fn kind(kind: StreamKind) -> Msg {
        match kind {
            StreamKind::Overarching => Msg::KindOverarching,
            StreamKind::Thematic => Msg::KindThematic,
            StreamKind::WorkingGroup => Msg::KindWorkingGroup,
            StreamKind::TaskForce => Msg::KindTaskForce,
            StreamKind::Support => Msg::KindSupport,
        }
    }

    /// The name of an event kind ("Meeting", ...).
    pub fn event(kind: EventKind) -> Msg {
        match kind {
            EventKind::Meeting => Msg::Meeting,
            EventKind::Decision => Msg::Decision,
            EventKind::Milestone => Msg::Milestone,
            EventKind::Plan => Msg::Plan,
        }
    }
}

/// The interface strings whose translation a United Nations language unit has checked, by
/// language. None has been yet: the developers wrote every translation of the interface, so
/// each one awaits review (`needs_review`, as a data file says of its own texts), and
/// `gmg-widgets review` without a file lists them with the English beside. Add a string here
/// once a language unit has approved it.
const REVIEWED: &[(Lang, &[Msg])] = &[
    (Lang::Ar, &[]),
    (Lang::Zh, &[]),
    (Lang::Fr, &[]),
    (Lang::Ru, &[]),
    (Lang::Es, &[]),
];

/// Whether the interface string `msg` in `lang` awaits a language unit's review. English is
/// the text the others translate, so it never does.
pub fn awaiting_review(lang: Lang, msg: Msg) -> bool {
    lang != Lang::En
        && !REVIEWED
            .iter()
            .any(|(l, reviewed)| *l == lang && reviewed.contains(&msg))
}

/// The text of `msg` in `lang` (placeholders unfilled: see [`fill`]): from `lang`'s installed
/// pack, else English, where the other languages are not compiled in (`fetched-langs`).
#[cfg(feature = "fetched-langs")]
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    packs::get(lang, msg).unwrap_or_else(|| en::text(msg))
}

/// The text of `msg` in `lang` (placeholders unfilled: see [`fill`]).
#[cfg(not(feature = "fetched-langs"))]
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Ar => ar::text(msg),
        Lang::Zh => zh::text(msg),
        Lang::En => en::text(msg),
        Lang::Fr => fr::text(msg),
        Lang::Ru => ru::text(msg),
        Lang::Es => es::text(msg),
    }
}

/// Where `part` first stands in `text` (a byte offset), found by hand: a `&str` pattern
/// (`find`, `contains`, `split_once`) brings the standard library's two-way substring search
/// into the visitor's wasm.
pub(crate) fn position_of(text: &str, part: &str) -> Option<usize> {
    text.as_bytes()
        .windows(part.len())
        .position(|w| w == part.as_bytes())
}

/// `template` cut at its first `{0}`: the text before it and after it, or two empty texts
/// when it has none (for a template whose value is markup, not a string: "Source: {0}").
pub fn around_placeholder(template: &str) -> (&str, &str) {
    match position_of(template, "{0}") {
        Some(at) => (
            template.get(..at).unwrap_or(""),
            template.get(at + 3..).unwrap_or(""),
        ),
        None => ("", ""),
    }
}

/// `template` with each `{n}` replaced by `args[n]`; a placeholder without an argument, and
/// any other brace, is kept as written.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let arg = after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|n| args.get(n));
        match arg {
            Some(arg) if after[digits..].starts_with('}') => {
                out.push_str(arg);
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;

    /// The `{…}` of a text, sorted (also what `packs`' tests compare placeholders with).
    pub(super) fn placeholders(s: &str) -> Vec<String> {
        let mut found: Vec<String> = s
            .match_indices('{')
            .map(|(i, _)| s[i..].split_inclusive('}').next().unwrap_or("").to_string())
            .collect();
        found.sort();
        found
    }

    #[test]
    fn all_lists_every_message_once() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i);
        }
        assert_eq!(Msg::ALL.len(), Msg::MonthGen12 as usize + 1);
    }

    #[test]
    fn no_string_is_empty_and_placeholders_match() {
        for msg in Msg::ALL {
            let want = placeholders(t(Lang::En, msg));
            for lang in Lang::ALL {
                let s = t(lang, msg);
                assert!(!s.trim().is_empty(), "{lang:?} {msg:?}");
                assert_eq!(placeholders(s), want, "{lang:?} {msg:?}: {s}");
                assert!(!s.contains("{}"), "{lang:?} {msg:?}");
            }
        }
        assert_eq!(placeholders(t(Lang::Ru, Msg::Showing)), ["{0}", "{1}"]);
    }

    #[test]
    fn translations_differ_from_english() {
        // Catch a language left in English by copy and paste.
        for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
            for msg in Msg::ALL {
                assert_ne!(t(lang, msg), t(Lang::En, msg), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn english_never_awaits_review_and_unreviewed_translations_do() {
        for msg in Msg::ALL {
            assert!(!awaiting_review(Lang::En, msg));
        }
        for (lang, reviewed) in REVIEWED {
            for msg in Msg::ALL {
                assert_eq!(awaiting_review(*lang, msg), !reviewed.contains(&msg));
            }
        }
        assert_eq!(REVIEWED.len(), 5, "every language but English has its list");
    }

    #[test]
    fn a_template_is_cut_around_its_first_placeholder() {
        assert_eq!(around_placeholder("来源：{0}"), ("来源：", ""));
        assert_eq!(around_placeholder("{0} – {0}"), ("", " – {0}"));
        assert_eq!(around_placeholder("au nom de {0} »"), ("au nom de ", " »"));
        assert_eq!(around_placeholder("{1} only"), ("", ""));
        assert_eq!(around_placeholder(""), ("", ""));
    }

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill(t(Lang::En, Msg::Selected), &["IOM"]), "IOM selected");
        assert_eq!(
            fill(t(Lang::En, Msg::Showing), &["2013", "2015"]),
            "Showing 2013 to 2015"
        );
        assert_eq!(fill("{1}{0}{1}", &["a", "b"]), "bab");
        assert_eq!(fill("{0} and {1}", &["a"]), "a and {1}");
        assert_eq!(fill("{} {x} {0 {", &["a"]), "{} {x} {0 {");
        assert_eq!(
            fill("{99999999999999999999999}", &["a"]),
            "{99999999999999999999999}"
        );
        assert_eq!(fill("à {0}…", &["é"]), "à é…");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn helpers_map_model_enums() {
        assert_eq!(
            t(Lang::Fr, Msg::kind(StreamKind::TaskForce)),
            "Équipes spéciales"
        );
        assert_eq!(t(Lang::En, Msg::status(Status::Projected)), "Projected");
        assert_eq!(t(Lang::Es, Msg::event(EventKind::Milestone)), "Hito");
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn all(d: &str) -> Vec<String> {
        Lang::ALL
            .iter()
            .map(|&l| format_date(l, &date(d)))
            .collect()
    }

    #[test]
    fn dates_in_every_language() {
        assert_eq!(
            all("2014"),
            ["2014", "2014年", "2014", "2014", "2014 г.", "2014"]
        );
        assert_eq!(
            all("2013-10"),
            [
                "تشرين الأول/أكتوبر 2013",
                "2013年10月",
                "October 2013",
                "octobre 2013",
                "октябрь 2013 г.",
                "octubre de 2013"
            ]
        );
        assert_eq!(
            all("2013-10-03"),
            [
                "3 تشرين الأول/أكتوبر 2013",
                "2013年10月3日",
                "3 October 2013",
                "3 octobre 2013",
                "3 октября 2013 г.",
                "3 de octubre de 2013"
            ]
        );
        assert_eq!(
            format_date(Lang::Fr, &date("2014-01-01")),
            "1er janvier 2014"
        );
    }

    #[test]
    fn malformed_dates_do_not_panic() {
        for d in [
            PartialDate {
                year: i32::MIN,
                month: Some(0),
                day: Some(0),
            },
            PartialDate {
                year: i32::MAX,
                month: Some(13),
                day: Some(99),
            },
            PartialDate {
                year: -5,
                month: None,
                day: Some(3),
            },
        ] {
            for lang in Lang::ALL {
                assert!(!format_date(lang, &d).is_empty());
                assert!(!format_range(lang, &d, Some(&date("2014"))).is_empty());
                assert!(!format_range(lang, &date("2014-05-06"), Some(&d)).is_empty());
                assert!(!format_range(lang, &d, None).is_empty());
            }
        }
    }

    fn range(lang: Lang, a: &str, b: Option<&str>) -> String {
        format_range(lang, &date(a), b.map(date).as_ref())
    }

    #[test]
    fn ranges_in_english() {
        let en = |a, b| range(Lang::En, a, b);
        assert_eq!(en("2014", Some("2014")), "2014");
        assert_eq!(en("2013", Some("2015")), "2013–2015");
        assert_eq!(en("2013-01", Some("2013-06")), "January to June 2013");
        assert_eq!(en("2013-10", Some("2014-03")), "October 2013 to March 2014");
        assert_eq!(en("2013-10", Some("2013-10")), "October 2013");
        assert_eq!(en("2013-10-03", Some("2013-10-04")), "3–4 October 2013");
        assert_eq!(
            en("2013-10-03", Some("2013-11-05")),
            "3 October to 5 November 2013"
        );
        assert_eq!(
            en("2013-10-03", Some("2014-01-05")),
            "3 October 2013 to 5 January 2014"
        );
        assert_eq!(en("2013-10-03", Some("2013-10-03")), "3 October 2013");
        assert_eq!(en("2013", Some("2015-06")), "2013 to June 2015");
        assert_eq!(en("2013", None), "since 2013");
        assert_eq!(en("2013-10-03", None), "since 3 October 2013");
    }

    #[test]
    fn ranges_in_french() {
        let fr = |a, b| range(Lang::Fr, a, b);
        assert_eq!(fr("2014", Some("2014")), "2014");
        assert_eq!(fr("2013", Some("2015")), "2013–2015");
        assert_eq!(fr("2013-01", Some("2013-06")), "janvier à juin 2013");
        assert_eq!(fr("2013-10-01", Some("2013-10-04")), "1er–4 octobre 2013");
        assert_eq!(
            fr("2013-10-03", Some("2013-11-05")),
            "3 octobre au 5 novembre 2013"
        );
        assert_eq!(fr("2013", None), "depuis 2013");
        assert_eq!(fr("2013-10-03", None), "depuis le 3 octobre 2013");
    }

    #[test]
    fn ranges_in_arabic() {
        let ar = |a, b| range(Lang::Ar, a, b);
        assert_eq!(ar("2014", Some("2014")), "2014");
        assert_eq!(ar("2013", Some("2015")), "2013–2015");
        assert_eq!(
            ar("2013-01", Some("2013-06")),
            "من كانون الثاني/يناير إلى حزيران/يونيه 2013"
        );
        assert_eq!(
            ar("2013-10-03", Some("2013-10-04")),
            "3–4 تشرين الأول/أكتوبر 2013"
        );
        assert_eq!(
            ar("2013-10", Some("2014-03")),
            "من تشرين الأول/أكتوبر 2013 إلى آذار/مارس 2014"
        );
        assert_eq!(ar("2013", None), "منذ 2013");
    }

    #[test]
    fn ranges_in_chinese() {
        let zh = |a, b| range(Lang::Zh, a, b);
        assert_eq!(zh("2014", Some("2014")), "2014年");
        assert_eq!(zh("2013", Some("2015")), "2013–2015年");
        assert_eq!(zh("2013-01", Some("2013-06")), "2013年1月至6月");
        assert_eq!(zh("2013-10-03", Some("2013-10-04")), "2013年10月3日至4日");
        assert_eq!(
            zh("2013-10-03", Some("2013-11-05")),
            "2013年10月3日至11月5日"
        );
        assert_eq!(zh("2013-10", Some("2014-03")), "2013年10月至2014年3月");
        assert_eq!(zh("2013", None), "2013年起");
    }

    #[test]
    fn ranges_in_russian_and_spanish() {
        let ru = |a, b| range(Lang::Ru, a, b);
        assert_eq!(ru("2013", Some("2015")), "2013–2015 гг.");
        assert_eq!(ru("2013-01", Some("2013-06")), "январь – июнь 2013 г.");
        assert_eq!(ru("2013-10-03", Some("2013-10-04")), "3–4 октября 2013 г.");
        assert_eq!(ru("2013-10", None), "с октября 2013 г.");
        let es = |a, b| range(Lang::Es, a, b);
        assert_eq!(es("2013-01", Some("2013-06")), "enero a junio de 2013");
        assert_eq!(
            es("2013-10-03", Some("2013-10-04")),
            "3–4 de octubre de 2013"
        );
        assert_eq!(es("2013-10-03", None), "desde el 3 de octubre de 2013");
    }
}
