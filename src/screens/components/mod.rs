//! Shared pieces of the pages, one component each, in the spirit of
//! nhsuk-frontend's one template per component.

mod back_link;
mod checkboxes;
mod error_summary;
mod listen;
pub mod picture;
mod provider_radios;
mod radios;

pub use back_link::BackLink;
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use error_summary::ErrorSummary;
pub use listen::listen;
pub use picture::{pictured, said};
pub use provider_radios::ProviderRadios;
pub use radios::{RadioItem, Radios};
