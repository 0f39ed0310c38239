//! The High-level Dialogue outcomes widget.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_view::TimelineView;
use super::WidgetBody;
use crate::i18n::{self, Msg};
use crate::view;

/// Dated milestones from the review decision through the Dialogue, and its outcomes with
/// their document references and quotes.
#[component]
pub fn Outcomes(props: &WidgetBody) -> Html {
    let board = use_memo((props.data.clone(), props.lang), |(d, lang)| {
        view::outcomes(d, *lang)
    });
    html! {
        <TimelineView board={Rc::clone(&board)} lang={props.lang} title={i18n::t(props.lang, Msg::WidgetOutcomes)}
            id_prefix={props.id_prefix.clone()} today={props.today.map(|d| d.first_day())}
            selected={props.selected.clone()} on_select={props.on_select.clone()} />
    }
}
