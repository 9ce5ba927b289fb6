//! The embedding: a trust's configuration of its local IMHA provider, and
//! the contact details it gives.

mod config;
mod contact;
mod qr;

pub use config::{
    BrandColour, Bsl, Config, ConfigError, EmailAddress, HttpsUrl, LocalText, PhoneNumber, Provider, TextNumber,
    Trust, TrustContact,
};
pub use contact::{load, Contact, Loaded};
pub use qr::{qr_path, QrPath};
