//! Zoom, pan and filter buttons.

use yew::prelude::*;

use crate::i18n::{self, Msg};
use crate::text::Lang;
use crate::timeline::Action;

/// Properties of [`Toolbar`].
pub struct ToolbarProps<'a> {
    /// Interface language.
    pub lang: Lang,
    /// Receives the buttons' actions.
    pub on_action: &'a Callback<Action>,
    /// Groups to filter by (key, heading); `None`: no filter.
    pub filter: Option<Vec<(&'static str, Msg)>>,
    /// The group shown alone.
    pub only: Option<&'static str>,
}

/// The timeline's controls, grouped as a toolbar.
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let button = |msg: Msg, symbol: &'static str, action: fn() -> Action| {
        let onclick = props.on_action.reform(move |_: MouseEvent| action());
        html! {
            <button type="button" class="gmg-tool" {onclick} title={i18n::t(lang, msg)}>
                <span aria-hidden="true">{ symbol }</span>
                <span class="gmg-sr">{ i18n::t(lang, msg) }</span>
            </button>
        }
    };
    let filter_button = |key: Option<&'static str>, label: &'static str| {
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::Filter(key));
        html! {
            <button type="button" class="gmg-filter" aria-pressed={(props.only == key).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <div class="gmg-tools">
            <div role="toolbar" aria-label={i18n::t(lang, Msg::TimeAxis)} class="gmg-toolbar">
                { button(Msg::ZoomIn, "+", || Action::Zoom(0.5)) }
                { button(Msg::ZoomOut, "−", || Action::Zoom(2.0)) }
                // The arrows point the way the axis runs: earlier is to the right in Arabic.
                { button(Msg::Earlier, if lang.is_rtl() { "›" } else { "‹" }, || Action::Pan(-0.5)) }
                { button(Msg::Later, if lang.is_rtl() { "‹" } else { "›" }, || Action::Pan(0.5)) }
                { button(Msg::ResetView, "⟲", || Action::Reset) }
            </div>
            if let Some(groups) = &props.filter {
                <div role="group" aria-label={i18n::t(lang, Msg::FilterByKind)} class="gmg-filters">
                    { filter_button(None, i18n::t(lang, Msg::AllKinds)) }
                    { for groups.iter().map(|(key, heading)| filter_button(Some(key), i18n::t(lang, *heading))) }
                </div>
            }
        </div>
    }
}
