//! The root of every app the mount handle makes: one widget, or nothing while the app waits
//! to be used again (see `csr`: apps are reused, because Yew never frees an app's root).

use yew::prelude::*;

use super::{Widget, WidgetProps};

/// Properties of [`Slot`].
#[derive(Properties, PartialEq, Clone)]
pub struct SlotProps {
    /// The widget shown; `None` while the app is idle.
    pub widget: Option<WidgetProps>,
    /// Which mount this is: a new number makes a new widget, so that nothing of the previous
    /// one (zoom, selection, open details) carries over into the next.
    pub mount: u64,
}

/// A widget under a key that changes with each mount, or nothing.
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <Widget key={props.mount} ..widget.clone() /> },
        None => Html::default(),
    }
}
