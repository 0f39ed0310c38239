//! The registry of widget kinds: the one list every other list of widgets is checked against
//! (`tests/registry.rs`: the element module's `WIDGETS`, `custom-elements.json`, the
//! TypeScript declarations, the README, the demo's generator). Adding a widget kind starts here.

use crate::date::PartialDate;
use crate::i18n::Msg;
use crate::model::Dataset;
use crate::text::Lang;
use crate::view::{self, Board};

/// Which widget to show.
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

/// What the registry says of one widget kind.
#[derive(Debug)]
pub struct WidgetInfo {
    /// The kind.
    pub kind: WidgetKind,
    /// The name the element (`gmg-CODE`), `data-gmg-widget` and the JS API use.
    pub code: &'static str,
    /// Older names still read (`data-gmg-widget="streams"`).
    pub aliases: &'static [&'static str],
    /// Its title (the name of the widget).
    pub title: Msg,
    /// Its default heading, naming the group: "{0} chairs" and so on.
    pub heading: Msg,
    /// Whether it offers a filter by group.
    pub filterable: bool,
}

/// Every widget kind, in the order the documentation lists them.
pub const WIDGETS: [WidgetInfo; 4] = [
    WidgetInfo {
        kind: WidgetKind::Chairs,
        code: "chairs",
        aliases: &[],
        title: Msg::WidgetChairs,
        heading: Msg::HeadingChairs,
        filterable: false,
    },
    WidgetInfo {
        kind: WidgetKind::WorkStreams,
        code: "work-streams",
        aliases: &["streams"],
        title: Msg::WidgetStreams,
        heading: Msg::HeadingStreams,
        filterable: true,
    },
    WidgetInfo {
        kind: WidgetKind::Outcomes,
        code: "outcomes",
        aliases: &[],
        title: Msg::WidgetOutcomes,
        heading: Msg::HeadingOutcomes,
        filterable: false,
    },
    WidgetInfo {
        kind: WidgetKind::Timeline,
        code: "timeline",
        aliases: &["overview"],
        title: Msg::WidgetOverview,
        heading: Msg::HeadingOverview,
        filterable: true,
    },
];

/// How the documentation names each kind (in [`WIDGETS`] order): the element's class in the
/// TypeScript declarations and `custom-elements.json`, and what it shows, in English, as the
/// README's table and the declarations say it. Apart from [`WIDGETS`] so that the visitor's
/// wasm, which reads that table, does not carry these texts.
pub const DOCUMENTED: [(&str, &str); 4] = [
    (
        "GmgChairsElement",
        "who chaired the GMG when, with the chairs the rotation rule projects",
    ),
    (
        "GmgWorkStreamsElement",
        "working groups, task forces and work-plan streams as lanes over time",
    ),
    (
        "GmgOutcomesElement",
        "the outcomes of the 2013 High-level Dialogue",
    ),
    (
        "GmgTimelineElement",
        "chairs, work streams and outcomes on one axis",
    ),
];

impl WidgetKind {
    /// Every widget, in the order the documentation lists them.
    pub const ALL: [WidgetKind; 4] = [
        WIDGETS[0].kind,
        WIDGETS[1].kind,
        WIDGETS[2].kind,
        WIDGETS[3].kind,
    ];

    /// What the registry says of this kind.
    pub fn info(self) -> &'static WidgetInfo {
        // The registry lists the kinds in declaration order (checked by a test).
        &WIDGETS[self as usize]
    }

    /// The name the custom elements (`gmg-NAME`) and the JS API use.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// Reads the names used by the custom elements and the JS API (and the older aliases).
    pub fn from_code(code: &str) -> Option<Self> {
        WIDGETS
            .iter()
            .find(|w| w.code == code || w.aliases.contains(&code))
            .map(|w| w.kind)
    }

    /// The widget's title.
    pub fn title(self) -> Msg {
        self.info().title
    }

    /// The widget's default heading, naming the group: "{0} chairs" and so on.
    pub fn heading(self) -> Msg {
        self.info().heading
    }

    /// Whether it offers a filter by group.
    pub fn filterable(self) -> bool {
        self.info().filterable
    }

    /// What it shows of `ds`.
    pub fn board(self, ds: &Dataset, lang: Lang, today: Option<PartialDate>) -> Board {
        match self {
            WidgetKind::Chairs => view::chairs(ds, lang, today),
            WidgetKind::WorkStreams => view::work_streams(ds, lang),
            WidgetKind::Outcomes => view::outcomes(ds, lang),
            WidgetKind::Timeline => view::overview(ds, lang, today),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_lists_each_kind_once_in_declaration_order() {
        for (i, w) in WIDGETS.iter().enumerate() {
            assert_eq!(w.kind as usize, i, "{}", w.code);
            assert_eq!(WidgetKind::from_code(w.code), Some(w.kind));
            for alias in w.aliases {
                assert_eq!(WidgetKind::from_code(alias), Some(w.kind));
            }
        }
        assert_eq!(WidgetKind::from_code("gmg-chairs"), None);
    }
}
