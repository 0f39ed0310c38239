//! The little the components must do to the DOM directly (feature `csr`, effects only).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::NodeRef;

/// After each render: turn `data-s`/`data-w`/`data-r`/`data-rows` into CSS custom properties (a strict
/// Content-Security-Policy forbids style attributes, not the CSSOM), and move keyboard focus
/// where the reader's last key sent it.
pub fn after_render(root: &NodeRef, focus_id: Option<&str>, prefix: &str) {
    let Some(root) = root.cast::<HtmlElement>() else {
        return;
    };
    if let Ok(nodes) = root.query_selector_all("[data-s], [data-rows]") {
        for i in 0..nodes.length() {
            let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
                continue;
            };
            let style = el.style();
            for (attr, prop) in [
                ("data-s", "--s"),
                ("data-w", "--w"),
                ("data-r", "--r"),
                ("data-rows", "--rows"),
            ] {
                if let Some(v) = el.get_attribute(attr) {
                    let _ = style.set_property(prop, &v);
                }
            }
        }
    }
    if let Some(id) = focus_id {
        let selector = format!("[id=\"{prefix}-item-{id}\"]");
        if let Ok(Some(el)) = root.query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}
