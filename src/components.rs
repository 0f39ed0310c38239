//! The Yew components. Thin: they lay out what the pure modules (`layout`, `data`) computed.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::{self, Problem, Severity};
use crate::date::PartialDate;
use crate::model::Dataset;
use crate::text::Lang;

mod chairs;
mod details;
#[cfg(feature = "csr")]
mod dom;
mod item;
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

/// Which widget a [`Widget`] shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    /// Who chaired the group when.
    Chairs,
    /// Working groups, task forces and work-plan streams as lanes.
    WorkStreams,
    /// The outcomes of the 2013 High-level Dialogue.
    Outcomes,
    /// All three on one axis.
    Timeline,
}

impl WidgetKind {
    /// Reads the names used by the custom elements and the JS API.
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "chairs" => WidgetKind::Chairs,
            "work-streams" | "streams" => WidgetKind::WorkStreams,
            "outcomes" => WidgetKind::Outcomes,
            "timeline" | "overview" => WidgetKind::Timeline,
            _ => return None,
        })
    }
}

/// A dataset as loaded, with every problem found on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// What could be read (empty when the data had errors).
    pub dataset: Rc<Dataset>,
    /// Errors and warnings, in file order.
    pub problems: Rc<[Problem]>,
}

impl PartialEq for Loaded {
    // Pointer identity: a dataset is never mutated after loading, so this is exact and cheap.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && Rc::ptr_eq(&self.problems, &other.problems)
    }
}

impl Loaded {
    /// The data compiled into the crate (`data/gmg.json`).
    pub fn default_data() -> Self {
        Loaded {
            dataset: data::default_dataset(),
            problems: Rc::from(Vec::new()),
        }
    }

    /// Reads and validates JSON text.
    pub fn from_text(text: &str) -> Self {
        let report = data::load(text);
        Loaded {
            dataset: Rc::new(report.dataset.unwrap_or_default()),
            problems: report.problems.into(),
        }
    }

    /// Whether any problem is an error (the dataset is then empty).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
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
    let body = WidgetBody {
        data: props.data.dataset.clone(),
        lang,
        today: props.today,
        selected: props.selected.clone(),
        id_prefix: props.id_prefix.clone(),
        on_select: props.on_select.clone(),
    };
    let errors = props
        .data
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error);
    html! {
        <div class="gmg" lang={lang.code()} dir={lang.dir()}>
            if props.data.has_errors() {
                <div class="gmg-problems" role="alert">
                    <ul>
                        { for errors.map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul>
                </div>
            }
            { match props.kind {
                WidgetKind::Chairs => html! { <Chairs ..body /> },
                WidgetKind::WorkStreams => html! { <WorkStreams ..body /> },
                WidgetKind::Outcomes => html! { <Outcomes ..body /> },
                WidgetKind::Timeline => html! { <Overview ..body /> },
            } }
        </div>
    }
}
