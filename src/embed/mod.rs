//! The embedding: a trust's configuration of its local IMHA provider, the
//! contact details it gives, and the HTML a trust pastes to embed the app.

mod config;
mod contact;
mod qr;
mod snippet;

pub use config::{
    BrandColour, Bsl, Config, ConfigError, EmailAddress, HttpsUrl, LocalText, PhoneNumber, Provider, TextNumber,
    Trust, TrustContact,
};
pub use contact::{load, Contact, Loaded};
pub use qr::{qr_path, QrPath};
pub use snippet::{folder_of, EmbedChoice, Embedding};
