//! Orosguiden's engine: the national flow as data, journeys through it, outcome assembly and
//! validation. Pure Rust without web dependencies, so that it is tested with plain `cargo test`
//! and shared by the CLI and the widget.

#![warn(missing_docs)]

pub mod child;
pub mod cond;
pub mod config;
pub mod diff;
pub mod flow;
pub mod graph;
pub mod i18n;
pub mod journey;
pub mod json;
pub mod keyed;
pub mod load;
pub mod outcome;
pub mod pack;
pub mod paths;
pub mod summary;
pub mod text;
pub mod validate;

pub use config::{Config, LocalTime};
pub use flow::Flow;
pub use journey::{Journey, Stage};
pub use outcome::{assemble, Outcome};
#[cfg(feature = "schema")]
pub mod schema;
