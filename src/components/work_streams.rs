//! The work-streams widget: lanes grouped by kind, the work plan as a background band.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_view::TimelineView;
use super::WidgetBody;
use crate::i18n::{self, Msg};
use crate::view;

/// Working groups, task forces and work-plan streams over time, with a filter by kind.
#[component]
pub fn WorkStreams(props: &WidgetBody) -> Html {
    let board = use_memo((props.data.clone(), props.lang), |(d, lang)| {
        view::work_streams(d, *lang)
    });
    html! {
        <TimelineView board={Rc::clone(&board)} lang={props.lang} title={i18n::t(props.lang, Msg::WidgetStreams)}
            id_prefix={props.id_prefix.clone()} today={props.today.map(|d| d.first_day())} filterable=true
            selected={props.selected.clone()} on_select={props.on_select.clone()} />
    }
}
