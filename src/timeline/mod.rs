//! The timeline every widget shares, as plain Rust: its [`state`] and reducer, the [`screen`]
//! one render shows, [`lanes`] (placement and clustering) and the [`keys`]. The component
//! (`components::TimelineView`) renders a [`screen::Screen`] and nothing else.

pub mod keys;
pub mod lanes;
pub mod screen;
pub mod state;

pub use screen::Screen;
pub use state::{Action, State};
