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

/// `classed!(class, <tag ...>...</tag>)`: the element written as in `html!`, with the classes
/// `class` (a `String`, e.g. from [`class_list!`], or a `&'static str`; none when empty).
/// Yew's `class={...}` takes every value that is not a literal through its `Classes`, an
/// ordered hash set whose hashing code is 1.8 KB brotli of wasm; here the element is written
/// with a literal placeholder class, a plain attribute, and [`with_class`] puts the string in
/// its place.
macro_rules! classed {
    ($class:expr, <$tag:ident $($rest:tt)*) => {
        $crate::components::with_class(
            ::yew::AttrValue::from($class),
            ::yew::html! { <$tag class="-" $($rest)* },
        )
    };
}
pub(crate) use classed;

/// The element `html` (made by [`classed!`]) with the class attribute `class`, or with none
/// when `class` is empty (as Yew's `Classes` would).
pub(crate) fn with_class(class: yew::AttrValue, mut html: yew::Html) -> yew::Html {
    use yew::virtual_dom::{AttributeOrProperty, Attributes};
    let value = (!class.is_empty()).then_some(AttributeOrProperty::Attribute(class));
    let mut placed = false;
    // Just made by `html!`, the element is not shared yet.
    if let Some(tag) = match &mut html {
        yew::Html::VTag(tag) => std::rc::Rc::get_mut(tag),
        _ => None,
    } {
        match &mut tag.attributes {
            // Other attributes are set by expressions: the class is one of a list of keys.
            Attributes::Dynamic { keys, values } => {
                if let Some(slot) = keys
                    .iter()
                    .position(|k| *k == "class")
                    .and_then(|at| values.get_mut(at))
                {
                    *slot = value;
                    placed = true;
                }
            }
            // Only literal attributes: `html!` made the class one of a fixed list, which
            // becomes a list of one key with its value.
            Attributes::Static(fixed) if fixed.len() == 1 && fixed[0].0 == "class" => {
                tag.attributes = Attributes::Dynamic {
                    keys: &["class"],
                    values: Box::new([value]),
                };
                placed = true;
            }
            _ => {}
        }
    }
    // An element whose other attributes are all literals keeps them in a fixed list the class
    // cannot join, and would be drawn with the placeholder: caught by the native tests (SSR
    // renders every component), never a panic in the visitor's release wasm.
    debug_assert!(
        placed,
        "classed!: no class attribute to set; give the element's other literal attributes as expressions"
    );
    html
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

#[cfg(test)]
mod tests {
    use yew::Html;

    fn attributes(html: Html) -> Vec<String> {
        match html {
            Html::VTag(tag) => tag
                .attributes
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect(),
            _ => vec!["not an element".into()],
        }
    }

    #[test]
    fn classed_elements_have_their_classes_in_place_of_the_placeholder() {
        let n = String::from("1");
        // With other attributes set by expressions, and with literal ones only.
        assert_eq!(
            attributes(classed!("a b", <li data-n={n.clone()}></li>)),
            ["data-n=1", "class=a b"]
        );
        assert_eq!(
            attributes(classed!(String::from("k"), <li></li>)),
            ["class=k"]
        );
        // No classes: no class attribute, as with Yew's own `class`.
        assert_eq!(attributes(classed!("", <li data-n={n}></li>)), ["data-n=1"]);
        assert!(attributes(classed!(String::new(), <li></li>)).is_empty());
    }

    #[test]
    #[should_panic(expected = "classed!: no class attribute to set")]
    fn a_classed_element_whose_other_attributes_are_literals_is_caught() {
        // Drawn, it would have the class "-": the native build says so instead.
        let _ = classed!("a", <li role="note"></li>);
    }
}
