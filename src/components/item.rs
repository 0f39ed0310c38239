//! One item on a lane: a button that names it, its dates and status in words.

use yew::prelude::*;

use crate::i18n::{self, Msg};
use crate::layout::labels::{Side, Slot};
use crate::layout::scale::{percent, Placement};
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
    super::classed!(class.unwrap_or_default(), <bdi {lang} {dir}>{ label.text.clone() }</bdi>)
}

/// A length in rem as the number the stylesheet multiplies by `1rem`.
pub fn rem(value: f64) -> String {
    percent(value / 100.0)
}

/// The class naming where a label sits.
pub fn side_class(side: Side) -> &'static str {
    match side {
        Side::Inside => "gmg-inside",
        Side::After => "gmg-after",
        Side::Before => "gmg-before",
        Side::Below => "gmg-below",
    }
}

/// What [`item_button`] draws. A function, not a component: the timeline gives every item a
/// new `on_select` on each of its renders, so a component would be redrawn all the same, and
/// each component costs the visitor's wasm its own lifecycle code and type ids.
pub struct ItemButtonProps<'a> {
    /// The item.
    pub item: &'a Item,
    /// Where its bar sits in the window.
    pub placement: Placement,
    /// Its box on the lane.
    pub slot: Slot,
    /// Interface language.
    pub lang: Lang,
    /// Its key among the lane's entries (the item's id).
    pub key: &'a str,
    /// The button's element id.
    pub dom_id: String,
    /// Holds the roving tabindex.
    pub tab_stop: bool,
    /// Currently selected.
    pub selected: bool,
    /// Its details are open.
    pub expanded: bool,
    /// Id of the details region.
    pub controls: &'a AttrValue,
    /// Called with the item's id on activation.
    pub on_select: &'a Callback<AttrValue>,
}

/// An item's button, positioned by `data-*` numbers (applied as CSS custom properties after
/// render, since a strict CSP forbids style attributes): its box (`s`, `w` in % of the lane,
/// `y`, `h` in rem), its bar or marker and its text (`bs`, `bw`, `ts`, `tw` in % of the box).
pub fn item_button(props: ItemButtonProps) -> Html {
    let item = props.item;
    let lang = props.lang;
    let p = props.placement;
    let slot = props.slot;
    let class = super::class_list!(
        "gmg-item",
        format!("gmg-{}", item.status.code()),
        item.point.then_some("gmg-point"),
        item.current.then_some("gmg-current"),
        (p.open_end || p.clipped_end).then_some("gmg-open-end"),
        item.end_unknown().then_some("gmg-end-unknown"),
        (p.clipped_start || item.open_start).then_some("gmg-open-start"),
        props.selected.then_some("gmg-selected"),
        side_class(slot.side),
    );
    let onclick = {
        let id = AttrValue::from(item.id.clone());
        props.on_select.reform(move |_: MouseEvent| id.clone())
    };
    let (mark, end_unknown, current) = crate::timeline::lanes::when_line(item, lang);
    let label_class = if !crate::timeline::lanes::shows_name(item, &slot) {
        "gmg-label gmg-by-lane"
    } else {
        "gmg-label"
    };
    let (name_lang, name_dir) = lang_dir(item.label.lang);
    super::classed!(class,
        <li key={props.key} data-s={percent(slot.start)} data-w={percent(slot.width)} data-y={rem(slot.top)} data-h={rem(slot.height)}>
            <button type="button" id={props.dom_id} tabindex={if props.tab_stop { "0" } else { "-1" }}
                aria-pressed={props.selected.to_string()} aria-expanded={props.expanded.to_string()}
                aria-controls={props.expanded.then(|| props.controls.clone())}
                aria-current={item.current.then_some("true")} {onclick}>
                <span class="gmg-bar" aria-hidden="true" data-bs={percent(slot.bar_start)} data-bw={percent(slot.bar_width)}></span>
                <span class="gmg-text" data-ts={percent(slot.text_start)} data-tw={percent(slot.text_width)}>
                    { super::classed!(label_class, <bdi lang={name_lang} dir={name_dir}>{ item.label.text.clone() }</bdi>) }
                    { " " }
                    { super::classed!(if slot.dated { "gmg-when-line" } else { "gmg-when-line gmg-sr" }, <span>
                        <time class="gmg-when" datetime={item.range.start.iso()}>{ item.when.clone() }</time>
                        if let Some(m) = mark {
                            { " " }<span class="gmg-mark">{ m }</span>
                        }
                        if end_unknown {
                            { " · " }<span class="gmg-end">{ i18n::t(lang, Msg::EndNotRecorded) }</span>
                        }
                        if current {
                            { " " }<span class="gmg-badge">{ i18n::t(lang, Msg::CurrentChair) }</span>
                        }
                    </span>) }
                </span>
            </button>
        </li>
    )
}
