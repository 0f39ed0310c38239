// gmg-widgets: the JS API, with no side effects on import. `mount(element, options)` mounts a
// widget; `define()` registers the elements; `start()` does what the script tag does (define,
// and mount every <div data-gmg-widget>); `load()` starts the wasm, `tools()` the maintainer's
// wasm. The modules beside it, one job each:
//   env.js      what the page offers, captured at load (fetch, console, timers)
//   widgets.js  the widget kinds (checked against the Rust registry)
//   fetch.js    requests: one per address, timeout, size limit
//   sources.js  a widget's data: src, saved copy, built-in data, errors for the maintainer
//   assets.js   the stylesheet, the built fragments, the wasm and the tools wasm
//   links.js    deep links in the page's address
//   mount.js    one mounted widget: data, wasm handle, takeover, guard; mount()
//   element.js  the custom elements, the div scan, define() and start()
// Documented in docs/embedding.md.
export { WIDGETS } from './widgets.js';
export { load, tools } from './assets.js';
export { mount } from './mount.js';
export { define, GmgWidget, start } from './element.js';
