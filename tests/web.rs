//! Browser tests (headless Chromium through wasm-bindgen-test-runner): behaviour that only a
//! real DOM shows. Markup itself is covered natively by the SSR snapshots in `tests/ssr.rs`.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use std::cell::RefCell;
use std::rc::Rc;

use gmg_widgets::WidgetHandle;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element in the page with an open shadow root holding an empty mount div, as the
/// custom element builds it.
fn shadow_mount() -> (Element, Element) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let mount = document.create_element("div").unwrap();
    root.append_child(&mount).unwrap();
    (host, mount)
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
async fn click_in_shadow_root_selects_and_emits_a_composed_event() {
    let (host, mount) = shadow_mount();
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = seen.clone();
    // Listening on the host proves the event bubbled and crossed the shadow boundary.
    let listener = gloo::events::EventListener::new(&host, "gmg-select", move |e| {
        let detail = e.dyn_ref::<web_sys::CustomEvent>().unwrap().detail();
        let id = js_sys::Reflect::get(&detail, &"id".into())
            .unwrap()
            .as_string()
            .unwrap();
        sink.borrow_mut().push(id);
    });
    let handle = WidgetHandle::mount(mount.clone(), &options(&[("widget", "chairs")])).unwrap();
    yew::scheduler::flush().await;

    let button: HtmlElement = mount
        .query_selector("li button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    yew::scheduler::flush().await;

    assert_eq!(
        seen.borrow().len(),
        1,
        "one gmg-select event reached the host"
    );
    assert!(!seen.borrow()[0].is_empty());
    drop(listener);
    drop(handle);
    yew::scheduler::flush().await;
    assert_eq!(
        mount.child_element_count(),
        0,
        "dropping the handle tears the widget down"
    );
}

#[wasm_bindgen_test]
async fn invalid_data_shows_its_errors_instead_of_a_blank() {
    let (_host, mount) = shadow_mount();
    let _handle =
        WidgetHandle::mount(mount.clone(), &options(&[("data", "{\"version\": 1,")])).unwrap();
    yew::scheduler::flush().await;
    let alert = mount
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error panel");
    let text = alert.text_content().unwrap();
    assert!(text.contains("line 1"), "the error says where: {text}");
}
