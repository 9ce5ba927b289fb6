//! IMHA rights checker: tells a person detained under the Mental Health Act
//! 1983 whether they have the right to an Independent Mental Health Advocate,
//! and what their rights are.
//!
//! - [`law`]: the eligibility rules, pure Rust.

pub mod law;
