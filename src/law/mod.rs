//! The law: who is a qualifying patient for an Independent Mental Health
//! Advocate, in England (Mental Health Act 1983, section 130C) and in Wales
//! (sections 130I and 130J, inserted by the Mental Health (Wales) Measure
//! 2010). Plain Rust with no web dependencies, so that it builds and is
//! tested natively, and reviewers can run it through `imha-check`.

mod advocacy;
mod assessment;
mod citation;
mod rights;
mod situation;

pub use advocacy::{duties, AdvocateHelp, Duty};
pub use assessment::{assess, Assessment, Eligibility, Note, Question, Reason};
pub use citation::{cite, is_welsh_section, Provision, LAW_AS_AT};
pub use rights::{rights, Right};
pub use situation::{Jurisdiction, Power, Situation, Status, Treatment};

fn push_new<T: PartialEq>(items: &mut Vec<T>, item: T) {
    if !items.contains(&item) {
        items.push(item);
    }
}
