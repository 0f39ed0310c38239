//! `Widget`: any of the four widgets, chosen by kind, with what the page and the loader say
//! about its data (a failed source, errors, a fixed today, the footer with source and date).

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_view::{use_timeline, TimelineViewProps};
use crate::data::{LoadError, Loaded, Severity};
use crate::date::PartialDate;
use crate::i18n;
use crate::text::Lang;
use crate::view::{Board, WidgetKind};

/// Properties of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Which widget to show.
    pub kind: WidgetKind,
    /// The language of the interface and, where available, of the data.
    pub lang: Lang,
    /// The date that counts as today (the current chair); `None`: the visitor's today.
    #[prop_or_default]
    pub today: Option<PartialDate>,
    /// The data.
    pub data: Rc<Loaded>,
    /// Called with an item's id when the reader selects it.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
    /// The item selected at first (deep links).
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Prefix for element ids, unique per widget when several share one document.
    #[prop_or(AttrValue::Static("gmg"))]
    pub id_prefix: AttrValue,
    /// The data source that failed, if it did; `data` is then the last good copy (or the
    /// embedded default) and the widget says so.
    #[prop_or_default]
    pub load_error: Option<(LoadError, AttrValue)>,
    /// When the copy shown was saved (a last good copy kept by the loader), `YYYY-MM-DD`.
    #[prop_or_default]
    pub saved_on: Option<PartialDate>,
    /// The maintainer's details of a failed load (path, line and message, one per entry),
    /// shown under the visitor's sentence; the loader passes them only where the page asks
    /// for them (`debug`).
    #[prop_or_default]
    pub details: Rc<[AttrValue]>,
    /// Which mount this is, for an app that shows one widget after another (the mount handle
    /// reuses apps): a new number starts a new view, with nothing (zoom, selection, open
    /// details) carried over from the previous widget.
    #[prop_or_default]
    pub mount: u64,
    /// Draw nothing: the app waits, detached, for its next widget.
    #[prop_or_default]
    pub idle: bool,
    /// The page's own heading for the widget (`heading`); `None`: one naming the group
    /// ("GMG chairs") in the widget's language.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// The level of that heading, 1 to 6 (`heading-level`; 2 by default).
    #[prop_or(2)]
    pub heading_level: u8,
    /// The address the data came from (`src`, absolute), named and linked in the footer;
    /// `None`: the built-in data.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// The widget's width in rem, one of [`crate::view::WIDTHS`] (0: the narrow list), as the
    /// element module measured it; the lanes are laid out for it.
    #[prop_or(crate::view::DEFAULT_WIDTH)]
    pub width: u32,
}

impl WidgetProps {
    /// The props of `kind` showing `data` in `lang`, every other prop at its default (the
    /// visitor's today, no selection, no failed source, the group's own heading at level 2).
    pub fn new(kind: WidgetKind, lang: Lang, data: Rc<Loaded>) -> Self {
        WidgetProps {
            kind,
            lang,
            today: None,
            data,
            on_select: Callback::default(),
            selected: None,
            id_prefix: AttrValue::Static("gmg"),
            load_error: None,
            saved_on: None,
            details: Rc::from(Vec::new()),
            mount: 0,
            idle: false,
            heading: None,
            heading_level: 2,
            src: None,
            width: crate::view::DEFAULT_WIDTH,
        }
    }
}

/// `h1` to `h6` for a heading level (clamped).
pub fn heading_tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6)) - 1]
}

/// Today: the visitor's in a browser; the day of rendering on a server (pre-rendered
/// fragments say what the live widget will say: data that is old at build time stays old).
fn visitor_today() -> Option<crate::date::DayNumber> {
    #[cfg(feature = "csr")]
    {
        Some((js_sys::Date::now() / 86_400_000.0).floor() as crate::date::DayNumber)
    }
    #[cfg(not(feature = "csr"))]
    {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        crate::date::DayNumber::try_from(since.as_secs() / 86_400).ok()
    }
}

/// What a widget's board is drawn from: its data, kind, language and today.
type BoardDeps = (Rc<Loaded>, WidgetKind, Lang, Option<PartialDate>);

/// Any of the widgets, chosen by `kind`, with the data's problems shown above it.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.lang;
    // One memo for the four kinds: the wasm carries one component where it could carry four.
    // Kept in a `use_mut_ref` cell by hand, not with `use_memo`: the same, in less code (each
    // kind of hook costs the visitor's wasm its own).
    let memo = use_mut_ref(|| None::<(BoardDeps, Rc<Board>)>);
    let board = {
        let deps = (props.data.clone(), props.kind, lang, props.today);
        match memo.try_borrow_mut() {
            Ok(mut memo) => match &*memo {
                Some((seen, board)) if *seen == deps => board.clone(),
                _ => {
                    let board = Rc::new(props.kind.board(&props.data.dataset, lang, props.today));
                    *memo = Some((deps, board.clone()));
                    board
                }
            },
            // Not reached (nothing else holds the cell during a render): drawn unremembered
            // rather than panicking, which would end every widget on the page.
            Err(_) => Rc::new(props.kind.board(&props.data.dataset, lang, props.today)),
        }
    };
    let ds = &props.data.dataset;
    let title = props.heading.clone().unwrap_or_else(|| {
        let group = ds.group.short_name.get(lang);
        i18n::fill(i18n::t(lang, props.kind.heading()), &[&group]).into()
    });
    // The timeline's hooks run in every render, idle or not (Yew's order of hooks).
    let timeline = use_timeline(
        &TimelineViewProps {
            board: board.clone(),
            lang,
            title,
            heading_level: props.heading_level,
            id_prefix: props.id_prefix.clone(),
            today: props.today.map(|d| d.first_day()),
            filterable: props.kind.filterable(),
            selected: props.selected.clone(),
            on_select: props.on_select.clone(),
            lane_width: crate::view::lane_width(props.width),
        },
        props.mount,
        props.idle,
    );
    if props.idle {
        return Html::default();
    }
    // Today after the last date the data records: said, not left to guesswork.
    let stale = board
        .extent()
        .map(|(_, last)| last)
        .filter(|last| {
            props
                .today
                .map(|d| d.first_day())
                .or_else(visitor_today)
                .is_some_and(|today| today > *last)
        })
        .map(PartialDate::from_day_number);
    // "Source: {0}": the data's address, linked where it is a web address.
    let (source_before, source_after) =
        i18n::around_placeholder(i18n::t(lang, i18n::Msg::SourceLine));
    // A saved copy stands for the data of `src`, not the built-in data.
    let built_in = props.data.is_default() && props.saved_on.is_none();
    let source: Html = match &props.src {
        _ if built_in => html! { i18n::t(lang, i18n::Msg::BuiltInData) },
        Some(src) if src.starts_with("https://") || src.starts_with("http://") => html! {
            <a href={src.clone()} rel="noopener noreferrer" target="_blank" dir="ltr">{ src.clone() }</a>
        },
        Some(src) => html! { <bdi dir="ltr">{ src.clone() }</bdi> },
        // Data given inline by the page: the page is its source.
        None => Html::default(),
    };
    let has_source = props.src.is_some() || built_in;
    let errors = props
        .data
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error);
    html! {
        <div class="gmg" lang={lang.code()} dir={lang.dir()}>
            if let Some((error, src)) = &props.load_error {
                <div class="gmg-problems" role="alert">
                    <p>{ i18n::fill(i18n::t(lang, match error {
                        LoadError::NotFound => i18n::Msg::ErrNotFound,
                        LoadError::Network => i18n::Msg::ErrNetwork,
                        LoadError::Timeout => i18n::Msg::ErrTimeout,
                        LoadError::Server => i18n::Msg::ErrServer,
                        LoadError::Unusable => i18n::Msg::ErrUnusable,
                        LoadError::Setup => i18n::Msg::ErrSetup,
                        LoadError::Invalid => i18n::Msg::ErrInvalid,
                    }), &[src]) }</p>
                    if let Some(day) = &props.saved_on {
                        <p>{ i18n::fill(i18n::t(lang, i18n::Msg::SavedCopy), &[&i18n::format_date(lang, day)]) }</p>
                    } else if let Some(day) = props.data.dataset.updated.filter(|_| props.data.is_default()) {
                        // Nothing saved: say that what shows is the data compiled in, and its age.
                        <p>{ i18n::fill(i18n::t(lang, i18n::Msg::BuiltInCopy), &[&i18n::format_date(lang, &day)]) }</p>
                    }
                    if !props.details.is_empty() {
                        <ul class="gmg-maintainer" lang="en" dir="ltr">
                            { for props.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }
                        </ul>
                    }
                </div>
            }
            if props.data.has_errors() {
                <div class="gmg-problems" role="alert">
                    <p>{ i18n::fill(i18n::t(lang, i18n::Msg::ErrCount), &[&i18n::format_number(lang, &props.data.error_count.to_string())]) }</p>
                    <ul>
                        { for errors.map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul>
                </div>
            }
            if let Some(day) = &props.today {
                // A fixed today (archived pages, the demo) is said, not silently assumed.
                <p class="gmg-as-of">{ i18n::fill(i18n::t(lang, i18n::Msg::AsOf), &[&i18n::format_date(lang, day)]) }</p>
            }
            { timeline }
            <div class="gmg-footer">
                if let Some(last) = stale {
                    <p class="gmg-stale">{ i18n::fill(i18n::t(lang, i18n::Msg::DataEnds), &[&i18n::format_date(lang, &last)]) }</p>
                }
                <p>
                    if has_source {
                        { source_before }{ source }{ source_after }
                        if ds.updated.is_some() { { " · " } }
                    }
                    if let Some(day) = &ds.updated {
                        { i18n::fill(i18n::t(lang, i18n::Msg::DataUpdated), &[&i18n::format_date(lang, day)]) }
                    }
                </p>
            </div>
        </div>
    }
}
