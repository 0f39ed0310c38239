//! One lane of the timeline: its label, then its entries (items and clusters) in time order.

use yew::prelude::*;

use super::item::{item_button, name, rem, ItemButtonProps};
use crate::timeline::lanes::Placed;
use crate::timeline::screen::ShownLane;
use crate::timeline::{Action, Screen};

/// What every lane of one render shares.
pub struct LaneContext<'a> {
    /// The render.
    pub screen: &'a Screen<'a>,
    /// The widget's id prefix.
    pub prefix: &'a str,
    /// Id of the details region.
    pub details_id: &'a AttrValue,
    /// Selects an item.
    pub select: &'a Callback<AttrValue>,
    /// Applies an action (a cluster zooms in).
    pub dispatch: &'a Callback<Action>,
}

/// A lane of `cx.screen`.
pub fn lane(l: &ShownLane, cx: &LaneContext) -> Html {
    let screen = cx.screen;
    let lang = screen.lang;
    let lane_id = format!("{}-lane-{}", cx.prefix, l.lane.id);
    // A lane named as its group's heading (or, in a single-group widget, as the widget) keeps
    // its name for assistive technology only.
    let repeat = l.repeats_heading.then_some(if screen.headed {
        "gmg-repeat-heading"
    } else {
        "gmg-repeat-title"
    });
    html! {
        <div class="gmg-lane" key={&*l.lane.id} role="group" aria-labelledby={lane_id.clone()}>
            { super::classed!(super::class_list!("gmg-lane-label", repeat), <div id={lane_id}>{ name(&l.lane.label, None) }</div>) }
            <ol class="gmg-items" data-lh={rem(l.height)}>
                { for l.entries.iter().map(|e| {
                    let id = &e.id;
                    let dom_id = format!("{}-item-{id}", cx.prefix);
                    let tab = screen.tab_stop.as_ref() == Some(id);
                    match &e.placed {
                        Placed::Item { item, placement, slot } => {
                            let selected = screen.state.selected.as_ref() == Some(id);
                            item_button(ItemButtonProps {
                                item,
                                placement: *placement,
                                slot: *slot,
                                lang,
                                key: id,
                                dom_id,
                                tab_stop: tab,
                                selected,
                                expanded: screen.state.open && selected,
                                controls: cx.details_id,
                                on_select: cx.select,
                            })
                        }
                        Placed::Cluster { count, zoom_to, slot, .. } => {
                            let to = *zoom_to;
                            let onclick = cx.dispatch.reform(move |_: MouseEvent| Action::Window(Some(to)));
                            super::cluster::cluster(id, slot, *count, lang, dom_id, tab, onclick)
                        }
                    }
                }) }
            </ol>
        </div>
    }
}
