//! gmg-widgets: timelines of the Global Migration Group (GMG) as Yew components.
//!
//! Three widgets and an overview: who chaired the group when (with the chairs the rotation
//! rule projects), its work streams as lanes over time, and the outcomes of the 2013
//! High-level Dialogue, in the six UN languages, from one JSON data file (format version 1,
//! `docs/data-format.md`; the GMG data is compiled in).
//!
//! # Embedding (no Rust needed)
//!
//! ```html
//! <script type="module" src="https://your-host/gmg-widgets/0.1.0/gmg-widgets.HASH.js"
//!         integrity="sha384-..." crossorigin="anonymous"></script>
//! <gmg-chairs lang="fr" today="2014-06-01">
//!   <ol><li>2014 : OIT</li><li>2015 : ONU-Femmes</li></ol>  <!-- fallback without wasm -->
//! </gmg-chairs>
//! ```
//!
//! # Features
//!
//! - `csr`: the browser glue, `WidgetHandle` (`mount`/`update`/`destroy`, torn down on
//!   drop) and `validate` (the widget's own strict check); on for the visitor's wasm.
//! - `tools`: the maintainer's wasm (`validate` with every check of meaning, `defaultData`),
//!   built beside the visitor's as `gmg_tools.js`; the editor loads it on demand.
//! - `embedded-data`: the built-in data compiled into the wasm (always natively); without it
//!   the element module fetches `gmg-data.json` when a widget needs it.
//! - `ssr`: Yew's server renderer, for snapshots and fallback markup.
//! - `cli`: the `gmg-widgets` command (`validate`, `rotation`, `review`).
//!
//! Without any feature the crate is plain Rust: [`data`] reads and validates a file,
//! [`data::rotation`] projects chairs, [`view`] computes what each widget shows, [`layout`]
//! places it on a time axis.
//!
//! ```
//! use gmg_widgets::{data, date::PartialDate, text::Lang, view::WidgetKind};
//!
//! let report = data::load(r#"{"version": 1, "group": {"name": "G", "short_name": "G"}}"#);
//! assert!(report.is_valid());
//!
//! let gmg = data::default_dataset();
//! let board = WidgetKind::Chairs.board(&gmg, Lang::Fr, PartialDate::parse("2014-06-01").ok());
//! let current = board.items().find(|item| item.current).map(|item| item.label.text.clone());
//! assert_eq!(current.as_deref(), Some("OIT"));
//! ```
//!
//! In a Yew app, render [`components::Widget`] (its props: [`components::WidgetProps::new`])
//! with a [`components::Loaded`] dataset, and adopt [`STYLES`] where it renders.
#![deny(missing_docs)]

pub mod components;
#[cfg(feature = "csr")]
mod csr;
#[cfg(feature = "csr")]
pub use csr::WidgetHandle;
pub mod data;
pub mod date;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod prerender;
pub mod text;
pub mod timeline;
#[cfg(any(feature = "csr", feature = "tools"))]
mod tools;
pub mod view;
pub mod widgets;
#[doc(hidden)]
pub mod work;

/// The widgets' stylesheet (for a shadow root, or a page that renders them directly).
pub const STYLES: &str = include_str!("styles.css");

/// The wasm's allocator: talc, in place of the standard library's dlmalloc (the same reuse of
/// freed memory in fewer bytes; a single-threaded wasm has no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
