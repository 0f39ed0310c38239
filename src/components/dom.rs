//! The little the components must do to the DOM directly (feature `csr`, effects only).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::NodeRef;

/// Tells the element module, before the widget changes its own nodes, that the changes coming
/// are the widget's (a `gmg-drawing` event on its root): it watches for changes made by other
/// scripts, which Yew could not reconcile. A render that Yew starts on its own (a state change
/// from an effect, a slice after the scheduler yielded) is announced like one that an event or
/// an update started. The first render has no root yet: the module opened its window itself.
pub fn drawing(root: &NodeRef) {
    if let Some(root) = root.get() {
        signal(&root, "gmg-drawing");
    }
}

fn signal(target: &web_sys::EventTarget, name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        // A listener that throws must not stop the render.
        let _ = target.dispatch_event(&event);
    }
}

/// `data-*` attributes turned into CSS custom properties of the same element.
const PROPERTIES: [(&str, &str); 11] = [
    ("data-s", "--s"),
    ("data-w", "--w"),
    ("data-y", "--y"),
    ("data-h", "--h"),
    ("data-lh", "--lh"),
    ("data-bs", "--bs"),
    ("data-bw", "--bw"),
    ("data-ts", "--ts"),
    ("data-tw", "--tw"),
    ("data-bm", "--bm"),
    ("data-bl", "--bl"),
];

/// After each render: turn the `data-*` numbers into CSS custom properties (a strict
/// Content-Security-Policy forbids style attributes, not the CSSOM), move keyboard focus
/// where the reader's last key sent it. (The lanes' width comes from the element module,
/// which measures the element: see `view::WIDTHS`.)
pub fn after_render(root: &NodeRef, focus_id: Option<&str>, prefix: &str) {
    let Some(root) = root.cast::<HtmlElement>() else {
        return;
    };
    if let Ok(nodes) =
        root.query_selector_all("[data-s], [data-lh], [data-bs], [data-ts], [data-bl]")
    {
        for i in 0..nodes.length() {
            let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
                continue;
            };
            let style = el.style();
            for (attr, prop) in PROPERTIES {
                if let Some(v) = el.get_attribute(attr) {
                    let _ = style.set_property(prop, &v);
                }
            }
        }
    }
    // The widget's own changes are done (see `drawing`).
    signal(&root, "gmg-drawn");
    if let Some(id) = focus_id {
        let selector = format!("[id=\"{prefix}-item-{id}\"]");
        if let Ok(Some(el)) = root.query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}
