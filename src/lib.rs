//! gmg-widgets: timelines of the Global Migration Group (GMG) as Yew components.
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
pub mod nav;
pub mod text;
pub mod view;

/// The widgets' stylesheet (for a shadow root, or a page that renders them directly).
pub const STYLES: &str = include_str!("styles.css");
