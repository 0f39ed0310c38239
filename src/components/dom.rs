//! The little the components must do to the DOM directly (feature `csr`, effects only).

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
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
/// where the reader's last key sent it, and measure the lanes' width in rem (`None` when
/// there is no lane to measure).
pub fn after_render(root: &NodeRef, focus_id: Option<&str>, prefix: &str) -> Option<f64> {
    let root = root.cast::<HtmlElement>()?;
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
    lane_width(&root)
}

/// The width of the first lane's items column in rem, rounded down to a quarter rem so that
/// sub-pixel changes do not re-render; 0 where the stylesheet shows the narrow list (its
/// container query hides the axis there); `None` without lanes. The rem is measured on the
/// axis, 1.5rem tall: no computed style to parse (the float parser is about 10 KB of wasm).
/// Its height is a whole number of pixels, so half a pixel is added: a rem taken a little
/// large gives a lane a little narrow, never labels wider than their room.
fn lane_width(root: &HtmlElement) -> Option<f64> {
    let lane = root.query_selector(".gmg-items").ok()??;
    let axis = root.query_selector(".gmg-axis").ok()??;
    let tall = f64::from(axis.client_height());
    if tall <= 0.0 {
        return Some(0.0);
    }
    let rem = (tall + 0.5) / 1.5;
    Some((f64::from(lane.client_width()) / rem * 4.0).floor() / 4.0)
}

/// Calls `on_width` with the lanes' width whenever the widget's root changes size. Dropping
/// the returned guard stops observing.
pub fn on_resize(root: &NodeRef, on_width: impl Fn(f64) + 'static) -> Option<ResizeGuard> {
    let el = root.cast::<HtmlElement>()?;
    let measured = el.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = lane_width(&measured) {
            on_width(w);
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&el);
    Some(ResizeGuard {
        observer,
        _callback: callback,
    })
}

/// Keeps a resize observer alive; dropping it disconnects the observer.
pub struct ResizeGuard {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for ResizeGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
