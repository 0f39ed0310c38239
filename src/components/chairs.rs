//! The chairs widget: who chaired the group when, confirmed, inferred and projected.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_view::TimelineView;
use super::WidgetBody;
use crate::i18n::{self, Msg};
use crate::view;

/// The sequence of chairs as a band of terms, the current one marked.
#[component]
pub fn Chairs(props: &WidgetBody) -> Html {
    let board = use_memo(
        (props.data.clone(), props.lang, props.today),
        |(d, lang, today)| view::chairs(d, *lang, *today),
    );
    html! {
        <TimelineView board={Rc::clone(&board)} lang={props.lang} title={i18n::t(props.lang, Msg::WidgetChairs)}
            id_prefix={props.id_prefix.clone()} today={props.today.map(|d| d.first_day())}
            selected={props.selected.clone()} on_select={props.on_select.clone()} />
    }
}
