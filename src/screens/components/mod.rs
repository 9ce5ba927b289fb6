//! Shared pieces of the pages, one component each, in the spirit of
//! nhsuk-frontend's one template per component.

mod back_link;
mod checkboxes;
mod error_summary;
mod idle_warning;
mod listen;
pub mod picture;
mod radios;

pub use back_link::BackLink;
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use error_summary::ErrorSummary;
pub use idle_warning::idle_warning;
pub use listen::listen;
pub use picture::{pictured, said};
pub use radios::{RadioItem, Radios};
