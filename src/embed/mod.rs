//! The embedding: a trust's configuration of its local IMHA provider.

mod config;

pub use config::{Bsl, Config, ConfigError, EmailAddress, HttpsUrl, LocalText, PhoneNumber, Provider};
