//! Pure layout, in the manner of vis-timeline's `Stack.js` and `TimeStep.js`: the visible
//! window ([`scale`]), the axis ticks ([`mod@ticks`]) and lane packing ([`stack`]).
//!
//! No browser types. Every position is a fraction 0..1 of the visible window; the widgets turn
//! it into a CSS percentage on logical properties (`inset-inline-start`, `inline-size`), so
//! right-to-left mirroring and container resizing cost nothing here.

pub mod labels;
pub mod scale;
pub mod stack;
pub mod ticks;

pub use scale::{percent, Placement, Viewport};
pub use stack::{extent, pack, visible, Packing};
pub use ticks::{ticks, unit_for, Tick, TickUnit};
