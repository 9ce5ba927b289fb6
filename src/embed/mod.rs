//! The embedding: a trust's configuration of its local IMHA provider, the
//! contact details it gives, the HTML a trust pastes to embed the app, and
//! what a shared device does.

mod config;
mod contact;
mod qr;
mod shared_device;
mod snippet;

pub use config::{
    BrandColour, Bsl, Config, ConfigError, EmailAddress, HttpsUrl, LocalText, PhoneNumber, Provider, TextNumber,
    Trust, TrustContact,
};
pub use contact::{load, Contact, Loaded};
pub use qr::{qr_path, QrPath};
pub use shared_device::{DeviceUse, Idle};
pub use snippet::{folder_of, EmbedChoice, Embedding};
