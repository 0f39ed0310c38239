//! One item on a lane: a button that names it, its dates and status in words.

use yew::prelude::*;

use crate::i18n::{self, Msg};
use crate::layout::scale::{percent, Placement};
use crate::model::Status;
use crate::text::Lang;
use crate::view::Item;

/// The `lang` and `dir` of a text that fell back to another language (`None`, `None` when it
/// is in the widget's language and inherits both).
pub fn lang_dir(lang: Option<Lang>) -> (Option<&'static str>, Option<&'static str>) {
    (lang.map(Lang::code), lang.map(Lang::dir))
}

/// A name isolated from the text around it (`<bdi>`), marked when it fell back.
pub fn name(label: &crate::view::Label, class: Option<&'static str>) -> Html {
    let (lang, dir) = lang_dir(label.lang);
    html! { <bdi {class} {lang} {dir}>{ label.text.clone() }</bdi> }
}

/// Properties of [`ItemButton`].
#[derive(Properties, PartialEq)]
pub struct ItemButtonProps {
    /// The item.
    pub item: Item,
    /// Where it sits in the window.
    pub placement: Placement,
    /// Sub-row in its lane.
    pub row: u32,
    /// Interface language.
    pub lang: Lang,
    /// The button's element id.
    pub dom_id: AttrValue,
    /// Holds the roving tabindex.
    pub tab_stop: bool,
    /// Currently selected.
    pub selected: bool,
    /// Its details are open.
    pub expanded: bool,
    /// Id of the details region.
    pub controls: AttrValue,
    /// Called with the item's id on activation.
    pub on_select: Callback<AttrValue>,
}

/// An item's button, positioned by `data-s`/`data-w`/`data-r` (applied as CSS custom
/// properties after render, since a strict CSP forbids style attributes).
#[component]
pub fn ItemButton(props: &ItemButtonProps) -> Html {
    let item = &props.item;
    let lang = props.lang;
    let p = props.placement;
    let class = classes!(
        "gmg-item",
        format!("gmg-{}", item.status.code()),
        item.point.then_some("gmg-point"),
        item.current.then_some("gmg-current"),
        p.open_end.then_some("gmg-open-end"),
        p.label_outside.then_some("gmg-label-out"),
        p.label_before.then_some("gmg-label-before"),
        (p.clipped_start || item.open_start).then_some("gmg-open-start"),
        props.selected.then_some("gmg-selected"),
    );
    let onclick = {
        let id = AttrValue::from(item.id.clone());
        props.on_select.reform(move |_: MouseEvent| id.clone())
    };
    let mark = match item.status {
        Status::Confirmed => None,
        Status::Projected => Some(Msg::ProjectedMark),
        Status::Inferred => Some(Msg::InferredMark),
        Status::Announced => Some(Msg::AnnouncedMark),
    };
    html! {
        <li {class} data-s={percent(p.start)} data-w={percent(p.width)} data-r={props.row.to_string()}>
            <button type="button" id={props.dom_id.clone()} tabindex={if props.tab_stop { "0" } else { "-1" }}
                aria-pressed={props.selected.to_string()} aria-expanded={props.expanded.to_string()}
                aria-controls={props.expanded.then(|| props.controls.clone())}
                aria-current={item.current.then_some("true")} {onclick}>
                { name(&item.label, Some("gmg-label")) }
                { " " }
                <time class="gmg-when" datetime={item.range.start.iso()}>{ item.when.clone() }</time>
                if let Some(m) = mark {
                    { " " }<span class="gmg-mark">{ i18n::t(lang, m) }</span>
                }
                if item.current {
                    { " " }<span class="gmg-badge">{ i18n::t(lang, Msg::CurrentChair) }</span>
                }
            </button>
        </li>
    }
}
