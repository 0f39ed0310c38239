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

/// Presses `key` on the element the way a keyboard would deliver it: bubbling from the target.
fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn active_label(mount: &Element) -> String {
    let root: web_sys::ShadowRoot = mount.get_root_node().unchecked_into();
    let active = root.active_element().expect("focus is inside the widget");
    active
        .query_selector(".gmg-label")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

fn button_of(mount: &Element, label: &str) -> HtmlElement {
    let buttons = mount.query_selector_all(".gmg-item button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| {
            b.query_selector(".gmg-label")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
                == label
        })
        .unwrap_or_else(|| panic!("no item {label}"))
}

#[wasm_bindgen_test]
async fn arrows_move_focus_and_the_tab_stop_enter_and_escape_open_and_close() {
    let (_host, mount) = shadow_mount();
    let opts = options(&[("widget", "chairs"), ("today", "2014-06-01")]);
    let _handle = WidgetHandle::mount(mount.clone(), &opts).unwrap();
    yew::scheduler::flush().await;

    // The current chair holds the only tab stop.
    let ilo = button_of(&mount, "ILO");
    assert_eq!(ilo.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(ilo.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(
        mount
            .query_selector_all(".gmg-item [tabindex='0']")
            .unwrap()
            .length(),
        1
    );
    ilo.focus().unwrap();

    press(&ilo, "ArrowRight");
    yew::scheduler::flush().await;
    assert_eq!(active_label(&mount), "UN Women");
    assert_eq!(
        button_of(&mount, "UN Women")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    assert_eq!(ilo.get_attribute("tabindex").as_deref(), Some("-1"));

    // Home and End reach the ends of the current chair's row: the record starts in 2006.
    press(&button_of(&mount, "UN Women"), "Home");
    yew::scheduler::flush().await;
    assert_eq!(active_label(&mount), "UNHCR");
    press(&button_of(&mount, "UNHCR"), "End");
    yew::scheduler::flush().await;
    let last_label = active_label(&mount);
    assert_ne!(last_label, "UNHCR", "End moves away from the first term");

    // Activating opens the labelled details region; Escape closes it and focus comes back.
    let wb = button_of(&mount, &last_label);
    wb.click();
    yew::scheduler::flush().await;
    let details = mount
        .query_selector(".gmg-details")
        .unwrap()
        .expect("details open");
    assert!(details.text_content().unwrap().contains(&last_label));
    assert_eq!(wb.get_attribute("aria-expanded").as_deref(), Some("true"));
    press(&wb, "Escape");
    yew::scheduler::flush().await;
    assert!(
        mount.query_selector(".gmg-details").unwrap().is_none(),
        "Escape closes the details"
    );
    assert_eq!(active_label(&mount), last_label);
}

#[wasm_bindgen_test]
async fn arrows_follow_the_mirrored_axis_in_arabic() {
    let (_host, mount) = shadow_mount();
    let opts = options(&[
        ("widget", "chairs"),
        ("today", "2014-06-01"),
        ("lang", "ar"),
    ]);
    let _handle = WidgetHandle::mount(mount.clone(), &opts).unwrap();
    yew::scheduler::flush().await;
    let current = mount
        .query_selector("[aria-current=true]")
        .unwrap()
        .unwrap();
    let before: HtmlElement = current.clone().unchecked_into();
    before.focus().unwrap();
    // In Arabic the axis runs right to left: ArrowLeft goes to the later term (no source
    // names a chair for 2015, so the next term recorded is 2016).
    press(&current, "ArrowLeft");
    yew::scheduler::flush().await;
    let root: web_sys::ShadowRoot = mount.get_root_node().unchecked_into();
    let active = root.active_element().unwrap();
    let time = |el: &Element| {
        el.query_selector("time")
            .unwrap()
            .unwrap()
            .get_attribute("datetime")
            .unwrap()
    };
    assert_eq!(time(&current), "2014");
    assert_eq!(time(&active), "2016");
}

#[wasm_bindgen_test]
async fn zoom_buttons_and_keys_change_the_window() {
    let (_host, mount) = shadow_mount();
    let _handle = WidgetHandle::mount(mount.clone(), &options(&[("widget", "chairs")])).unwrap();
    yew::scheduler::flush().await;
    // The bar's share of the lane: its box's width (`data-w`, % of the lane) times the bar's
    // share of the box (`data-bw`, %); the box also holds the label, inside or beside the bar.
    let width = |m: &Element| -> f64 {
        let button = button_of(m, "ILO");
        let li = button.parent_element().unwrap();
        let bar = button.query_selector(".gmg-bar").unwrap().unwrap();
        let box_w: f64 = li.get_attribute("data-w").unwrap().parse().unwrap();
        let bar_w: f64 = bar.get_attribute("data-bw").unwrap().parse().unwrap();
        box_w * bar_w / 100.0
    };
    let before = width(&mount);
    let zoom_in: HtmlElement = mount
        .query_selector(".gmg-tool")
        .unwrap()
        .unwrap()
        .unchecked_into();
    zoom_in.click();
    yew::scheduler::flush().await;
    let after = width(&mount);
    assert!(
        after > before * 1.5,
        "zooming in widens the ILO bar: {before} -> {after}"
    );

    // The custom property the CSS positions with follows the attribute (CSP-safe CSSOM).
    let li: HtmlElement = button_of(&mount, "ILO")
        .parent_element()
        .unwrap()
        .unchecked_into();
    let w = li.style().get_property_value("--w").unwrap();
    assert_eq!(w, li.get_attribute("data-w").unwrap());

    press(&button_of(&mount, "ILO"), "0");
    yew::scheduler::flush().await;
    assert_eq!(width(&mount), before, "0 resets the view");
    press(&button_of(&mount, "ILO"), "-");
    yew::scheduler::flush().await;
    assert!(width(&mount) < before, "- zooms out");
}

#[wasm_bindgen_test]
async fn dates_are_written_as_the_server_writes_them_in_the_widgets_language() {
    let (_host, mount) = shadow_mount();
    let opts = options(&[("widget", "outcomes"), ("lang", "es")]);
    let _handle = WidgetHandle::mount(mount.clone(), &opts).unwrap();
    yew::scheduler::flush().await;
    // 28 November 2013 (the IOM Council panel) in Spanish, as the native formatter (and so the
    // pre-rendered markup) writes it, not as this browser's Intl would.
    let date = gmg_widgets::date::PartialDate::parse("2013-11-28").unwrap();
    let native = gmg_widgets::i18n::format_date(gmg_widgets::text::Lang::Es, &date);
    let whens = mount.query_selector_all(".gmg-when").unwrap();
    let texts: Vec<String> = (0..whens.length())
        .filter_map(|i| whens.item(i).and_then(|n| n.text_content()))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains(&native)),
        "a date reads as the server writes it, {native:?}: {texts:?}"
    );
    // The legend names the statuses in words, in Spanish.
    let legend = mount
        .query_selector(".gmg-legend")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(legend.contains("Confirmado"), "{legend}");
}

/// The text of the open details region in `mount` (failing when none is open).
fn details_shown(mount: &Element) -> String {
    mount
        .query_selector(".gmg-details")
        .unwrap()
        .expect("details open")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn selected_given_by_update_opens_that_item() {
    let (_host, mount) = shadow_mount();
    let mut handle = WidgetHandle::mount(mount.clone(), &options(&[("widget", "chairs")])).unwrap();
    yew::scheduler::flush().await;
    assert!(mount.query_selector(".gmg-details").unwrap().is_none());
    handle
        .update(&options(&[("selected", "chair-2016-un-women")]))
        .unwrap();
    yew::scheduler::flush().await;
    assert!(details_shown(&mount).contains("UN Women"));
}

/// The visitor's wasm reports a problem with the same path, line and column as the CLI, but as
/// a code and the values it names, with no hint: the English sentences are the maintainer's,
/// in the CLI and the tools wasm (natively these same problems read as sentences: the decoder's
/// and the validator's own tests).
#[wasm_bindgen_test]
fn the_visitors_wasm_reports_problems_as_codes_without_the_maintainers_texts() {
    let seen = |text: &str| -> Vec<(String, u32, u32, String, String)> {
        gmg_widgets::data::load(text)
            .problems
            .into_iter()
            .map(|p| (p.path, p.line, p.column, p.message, p.hint))
            .collect()
    };
    let problem = |path: &str, line, column, message: &str| {
        (
            path.to_owned(),
            line,
            column,
            message.to_owned(),
            String::new(),
        )
    };
    const { assert!(!gmg_widgets::data::TEXTS) };
    assert_eq!(
        seen("{\"version\": 1,}"),
        vec![problem("$", 1, 14, "trailing-comma")]
    );
    assert_eq!(
        seen(concat!(
            "{\"version\": 1, \"group\": {\"name\": 3},\n",
            "\"chair_terms\": [{\"id\": \"t\", \"member\": \"m\", \"from\": \"2025-13-01\", \"to\": \"2026\"}],\n",
            "\"sources\": [{\"id\": \"s\", \"title\": \"S\", \"link\": \"javascript:alert(1)\"}]}"
        )),
        vec![
            problem("group.short_name", 1, 25, "missing 'short_name'"),
            problem("group.name", 1, 34, "type a number"),
            // (The member 'm' that does not exist is the full validator's.)
            problem("chair_terms[0].from", 2, 52, "date '2025-13-01'"),
            problem("sources[0].link", 3, 47, "link 'javascript:'"),
        ]
    );
}

/// An app reused from the pool (a widget destroyed, then another mounted) starts a new view:
/// nothing of the last one's selection carries over, and the new one's `selected` shows from
/// its first render.
#[wasm_bindgen_test]
async fn a_reused_app_starts_a_new_view() {
    let (_host, mount) = shadow_mount();
    let mut handle = WidgetHandle::mount(mount.clone(), &options(&[("widget", "chairs")])).unwrap();
    handle
        .update(&options(&[("selected", "chair-2016-un-women")]))
        .unwrap();
    yew::scheduler::flush().await;
    assert!(mount.query_selector(".gmg-details").unwrap().is_some());
    drop(handle);
    yew::scheduler::flush().await;

    // The pool's app, mounted again elsewhere: no selection.
    let (_host, again) = shadow_mount();
    let handle = WidgetHandle::mount(again.clone(), &options(&[("widget", "chairs")])).unwrap();
    yew::scheduler::flush().await;
    assert!(
        again.query_selector(".gmg-details").unwrap().is_none(),
        "the last view's selection is gone"
    );
    assert!(again.query_selector(".gmg-selected").unwrap().is_none());
    drop(handle);
    yew::scheduler::flush().await;

    // And once more, with an item selected from the start.
    let (_host, third) = shadow_mount();
    let opts = options(&[("widget", "chairs"), ("selected", "chair-2016-un-women")]);
    let _handle = WidgetHandle::mount(third.clone(), &opts).unwrap();
    yew::scheduler::flush().await;
    assert!(details_shown(&third).contains("UN Women"));
}
