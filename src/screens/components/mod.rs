//! Shared pieces of the pages, one component each, in the spirit of
//! nhsuk-frontend's one template per component.

mod back_link;
mod checkboxes;
mod error_summary;
mod idle_warning;
mod listen;
mod organisation;
pub mod picture;
mod provider_radios;
mod radios;
mod statement;

pub use back_link::BackLink;
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use error_summary::ErrorSummary;
pub use idle_warning::idle_warning;
pub use listen::listen;
pub use organisation::{organisation_contact, run_by};
pub use picture::{pictured, said};
pub use provider_radios::ProviderRadios;
pub use radios::{RadioItem, Radios};
pub use statement::{items, statement, Block};
