//! The Yew components. Thin: they lay out what the pure modules (`layout`, `data`) computed.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::{self, Problem, Severity};
use crate::date::PartialDate;
use crate::i18n;
use crate::model::Dataset;
use crate::text::Lang;

mod chairs;
mod details;
#[cfg(feature = "csr")]
mod dom;
mod item;
mod legend;
mod outcomes;
mod overview;
pub mod timeline_view;
mod toolbar;
mod work_streams;

pub use chairs::Chairs;
pub use outcomes::Outcomes;
pub use overview::Overview;
pub use timeline_view::TimelineView;
pub use work_streams::WorkStreams;

pub use crate::view::WidgetKind;

/// A dataset as loaded, with every problem found on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// What could be read (empty when the data had errors).
    pub dataset: Rc<Dataset>,
    /// Errors and warnings, in file order: the first ones, then one that counts the rest.
    pub problems: Rc<[Problem]>,
    /// How many errors were found, listed or not (the heading says this many).
    pub error_count: usize,
    /// Whether this is the built-in data (`data/gmg.json`, compiled in or fetched by the
    /// element module as `gmg-data.json`): a failed source then says so, with its date.
    pub built_in: bool,
}

impl PartialEq for Loaded {
    // Pointer identity: a dataset is never mutated after loading, so this is exact and cheap.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.problems, &other.problems)
            && self.built_in == other.built_in
    }
}

impl Loaded {
    /// The data compiled into the crate (`data/gmg.json`; on wasm with `embedded-data`).
    #[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
    pub fn default_data() -> Self {
        Loaded {
            dataset: data::default_dataset(),
            problems: Rc::from(Vec::new()),
            error_count: 0,
            built_in: true,
        }
    }

    /// No data yet: an empty dataset, no problems.
    pub fn empty() -> Self {
        Loaded {
            dataset: Rc::default(),
            problems: Rc::from(Vec::new()),
            error_count: 0,
            built_in: false,
        }
    }

    /// Reads and validates JSON text.
    pub fn from_text(text: &str) -> Self {
        let report = data::load(text);
        Loaded {
            error_count: report.error_count(),
            dataset: Rc::new(report.dataset.unwrap_or_default()),
            problems: report.problems.into(),
            built_in: false,
        }
    }

    /// Whether this is the built-in data (compiled in, or fetched as `gmg-data.json`).
    pub fn is_default(&self) -> bool {
        self.built_in
    }

    /// Whether any problem is an error (the dataset is then empty).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Why the data could not be fetched (the JS loader finds out; the widget says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered 404 or another error status.
    NotFound,
    /// The request failed (offline, DNS, CORS, ...).
    Network,
    /// No answer within the timeout.
    Timeout,
    /// The server answered with an error status (5xx, 403, ...): the text is the status.
    Server,
    /// An answer arrived but is not usable data (an HTML page, empty, invalid, another
    /// format version); a saved copy is shown instead.
    Unusable,
    /// The page embeds the widget wrongly (an address that is not one, ...).
    Setup,
    /// An answer that is not JSON, or not valid data: the last good copy (or the built-in
    /// data) stays on screen, and the details go to the page's maintainer (console,
    /// `gmg-error`, and the widget itself only where the page asks with `debug`).
    Invalid,
}

impl LoadError {
    /// Reads the codes the JS loader passes: "not-found", "network", "timeout", "invalid".
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "not-found" => LoadError::NotFound,
            "network" => LoadError::Network,
            "timeout" => LoadError::Timeout,
            "server" => LoadError::Server,
            "unusable" => LoadError::Unusable,
            "setup" => LoadError::Setup,
            "invalid" => LoadError::Invalid,
            _ => return None,
        })
    }
}

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

/// What each widget receives from [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetBody {
    /// The dataset.
    pub data: Rc<Dataset>,
    /// Interface and data language.
    pub lang: Lang,
    /// The date that counts as today.
    #[prop_or_default]
    pub today: Option<PartialDate>,
    /// The item selected at first.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Prefix for element ids.
    #[prop_or(AttrValue::Static("gmg"))]
    pub id_prefix: AttrValue,
    /// Called with an item's id when the reader selects it.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
}

/// Any of the widgets, chosen by `kind`, with the data's problems shown above it.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.lang;
    // The widget components (`Chairs`, ...) are for Rust users; the mount handle goes through
    // this one memo, so the wasm carries one component where it could carry four.
    let board = use_memo(
        (props.data.clone(), props.kind, lang, props.today),
        |(d, kind, lang, today)| kind.board(&d.dataset, *lang, *today),
    );
    if props.idle {
        return Html::default();
    }
    let ds = &props.data.dataset;
    let title = props.heading.clone().unwrap_or_else(|| {
        let group = ds.group.short_name.get(lang);
        i18n::fill(i18n::t(lang, props.kind.heading()), &[&group]).into()
    });
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
    let (source_before, source_after) = i18n::t(lang, i18n::Msg::SourceLine)
        .split_once("{0}")
        .unwrap_or(("", ""));
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
            <TimelineView key={props.mount} board={board} {lang} title={title} heading_level={props.heading_level}
                id_prefix={props.id_prefix.clone()} today={props.today.map(|d| d.first_day())}
                filterable={props.kind.filterable()}
                selected={props.selected.clone()} on_select={props.on_select.clone()} />
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
