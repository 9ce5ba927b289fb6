//! IMHA rights checker: tells a person detained under the Mental Health Act
//! 1983 whether they have the right to an Independent Mental Health Advocate,
//! and what their rights are.
//!
//! - [`law`]: the eligibility rules, pure Rust with no web dependencies.
//! - [`words`]: Fluent messages from `locales/`.
//! - [`screens`]: Yew components that display.
//! - `browser`: the glue between the page and the screens.

pub mod law;
pub mod screens;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::start;
