//! gmg-widgets: timelines of the Global Migration Group (GMG) as Yew components.
#![deny(missing_docs)]

pub mod data;
pub mod date;
pub mod layout;
pub mod model;
pub mod text;
