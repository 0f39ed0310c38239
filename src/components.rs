//! The Yew components. Thin: they render what the pure modules (`view`, `layout`, `data`)
//! computed. [`Widget`] is the one a Rust app (and the mount handle) renders.

/// `class_list!("a", cond.then_some("b"))`: an element's classes as one string, the parts
/// that are present spaced apart. Not Yew's `classes!`, which builds an ordered hash set (and
/// so brings the hash map code into the wasm) for what is here a handful of known names.
macro_rules! class_list {
    ($($part:expr),* $(,)?) => {{
        let mut classes = String::new();
        $( $crate::components::ClassPart::push_to($part, &mut classes); )*
        classes
    }};
}
pub(crate) use class_list;

/// A part of [`class_list!`]: a class name, or one that may be absent.
pub(crate) trait ClassPart {
    /// Appends the class (after a space when `classes` has one already).
    fn push_to(self, classes: &mut String);
}

impl ClassPart for &str {
    fn push_to(self, classes: &mut String) {
        if !self.is_empty() {
            if !classes.is_empty() {
                classes.push(' ');
            }
            classes.push_str(self);
        }
    }
}

impl ClassPart for String {
    fn push_to(self, classes: &mut String) {
        self.as_str().push_to(classes);
    }
}

impl ClassPart for Option<&str> {
    fn push_to(self, classes: &mut String) {
        self.unwrap_or_default().push_to(classes);
    }
}

mod cluster;
mod details;
#[cfg(feature = "csr")]
mod dom;
mod item;
mod lane;
mod legend;
pub mod timeline_view;
mod toolbar;
mod widget;

pub use timeline_view::TimelineView;
pub use widget::{heading_tag, Widget, WidgetProps};

pub use crate::data::{LoadError, Loaded};
pub use crate::view::WidgetKind;
