//! The validator for JavaScript, in both wasms: the visitor's (`csr`), where [`crate::data::load`]
//! decodes as strictly but runs only the checks of meaning that keep a page safe
//! ([`crate::data::FULL_CHECKS`] is off), and the maintainer's (feature `tools`, built as
//! `gmg_tools.js` + `gmg_tools_bg.wasm`, loaded on demand by the editor and the workbench), with
//! every check and warning, as the CLI runs them, and the built-in data as text.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// Validates dataset JSON text: an array of `{severity, path, line, column, message, hint}`
/// objects, errors and warnings in file order (empty when the data is clean). In the visitor's
/// wasm, the errors that stop a widget from showing the data; in the tools wasm, every check.
#[wasm_bindgen]
pub fn validate(text: &str) -> js_sys::Array {
    // In the visitor's wasm the text is read once: the widget that shows it next shares it.
    #[cfg(feature = "csr")]
    let problems = crate::csr::read_text(text, false).1.problems.clone();
    #[cfg(not(feature = "csr"))]
    let problems = crate::data::load(text).problems;
    problems
        .iter()
        .map(|p| {
            let o = Object::new();
            let set = |k: &str, v: JsValue| {
                let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
            };
            set("severity", JsValue::from_str(p.severity.code()));
            set("path", JsValue::from_str(&p.path));
            set("line", JsValue::from(p.line));
            set("column", JsValue::from(p.column));
            set("message", JsValue::from_str(&p.message));
            set("hint", JsValue::from_str(&p.hint));
            JsValue::from(o)
        })
        .collect()
}

/// The JSON text of the built-in data (`data/gmg.json`, the same as `gmg-data.json`).
#[cfg(feature = "tools")]
#[wasm_bindgen(js_name = defaultData)]
pub fn default_data() -> String {
    crate::data::DEFAULT_JSON.to_owned()
}
