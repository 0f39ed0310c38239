//! The combined overview: chairs, work streams and outcomes on one axis.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_view::TimelineView;
use super::WidgetBody;
use crate::i18n::{self, Msg};
use crate::view;

/// All three timelines on one shared axis, with links between outcomes and what they concern.
#[component]
pub fn Overview(props: &WidgetBody) -> Html {
    let board = use_memo(
        (props.data.clone(), props.lang, props.today),
        |(d, lang, today)| view::overview(d, *lang, *today),
    );
    html! {
        <TimelineView board={Rc::clone(&board)} lang={props.lang} title={i18n::t(props.lang, Msg::WidgetOverview)}
            id_prefix={props.id_prefix.clone()} today={props.today.map(|d| d.first_day())} filterable=true
            selected={props.selected.clone()} on_select={props.on_select.clone()} />
    }
}
