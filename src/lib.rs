//! IMHA rights checker: tells a person detained under the Mental Health Act
//! 1983 whether they have the right to an Independent Mental Health Advocate,
//! and what their rights are.
//!
//! - [`law`]: the eligibility rules, pure Rust with no web dependencies.
//! - [`accessibility`]: the record of checks behind the accessibility
//!   statement.
//! - [`questionnaire`]: the flow of questions as data, answers, routes.
//! - [`embed`]: a trust's configuration of its local IMHA provider.
//! - [`words`]: Fluent messages from `locales/`.
//! - [`screens`]: Yew components that display.
//! - `browser`: the glue between the page and the screens.

#[macro_use]
mod codes;

pub mod accessibility;
pub mod embed;
pub mod law;
pub mod questionnaire;
pub mod screens;
pub mod words;

pub mod browser;

#[cfg(target_arch = "wasm32")]
pub use browser::start;
