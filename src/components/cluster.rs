//! A cluster on a lane: a button that stands for many items and zooms in on them.

use yew::prelude::*;

use super::item::{rem, side_class};
use crate::layout::labels::Slot;
use crate::layout::scale::percent;
use crate::text::Lang;
use crate::timeline::lanes::cluster_text;

/// A cluster of `count` items in its box `slot`, with the element id `dom_id`; `tab`: it holds
/// the roving tabindex; `onclick` zooms in.
pub fn cluster(
    key: &str,
    slot: &Slot,
    count: usize,
    lang: Lang,
    dom_id: String,
    tab: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    super::classed!(super::class_list!("gmg-item gmg-cluster", side_class(slot.side)),
        <li key={key} data-s={percent(slot.start)} data-w={percent(slot.width)} data-y={rem(slot.top)} data-h={rem(slot.height)}>
            <button type="button" id={dom_id} tabindex={if tab { "0" } else { "-1" }} {onclick}>
                <span class="gmg-bar" aria-hidden="true" data-bs={percent(slot.bar_start)} data-bw={percent(slot.bar_width)}></span>
                <span class="gmg-text" data-ts={percent(slot.text_start)} data-tw={percent(slot.text_width)}>
                    <span class="gmg-label">{ cluster_text(lang, count) }</span>
                </span>
            </button>
        </li>
    )
}
