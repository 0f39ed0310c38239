//! The Yew components. Thin: they render what the pure modules (`view`, `layout`, `data`)
//! computed. [`Widget`] is the one a Rust app (and the mount handle) renders.

mod details;
#[cfg(feature = "csr")]
mod dom;
mod item;
mod legend;
pub mod timeline_view;
mod toolbar;
mod widget;

pub use timeline_view::TimelineView;
pub use widget::{heading_tag, Widget, WidgetProps};

pub use crate::data::{LoadError, Loaded};
pub use crate::view::WidgetKind;
