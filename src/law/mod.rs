//! The law: who is a qualifying patient for an Independent Mental Health
//! Advocate, in England (Mental Health Act 1983, section 130C) and in Wales
//! (sections 130I and 130J, inserted by the Mental Health (Wales) Measure
//! 2010). Plain Rust with no web dependencies, so that it builds and is
//! tested natively, and reviewers can run it through `imha-check`.

mod advocacy;
mod assessment;
mod citation;
mod commencement;
mod nearest_relative;
mod rights;
mod situation;
mod sources;

pub use advocacy::{
    advocate_help, duties, who_arranges_advocacy, AdvocateHelp, Duty, Regime, STAFF_PAGE_COPY, STAFF_PAGE_DUTY, STAFF_PAGE_HOW,
    STAFF_PAGE_QUALIFYING, STAFF_PAGE_WHEN,
};
pub use assessment::{assess, Ask, Assessment, Eligibility, Note, Reason};
pub use citation::{cite, is_2025_act_section, is_welsh_section, Provision, LAW_AS_AT};
pub use commencement::{Change, Commencement, Date, LawInForce, Standing, OFFICIAL_COMMENCEMENT};
pub use nearest_relative::{nearest_relative, NearestRelativePoint};
pub use rights::{rights, Right};
pub use sources::{every_cited_section, source_of, Cited, Document, How, Source, SOURCES};
pub use situation::{Jurisdiction, Power, Situation, Status, Treatment};

fn push_new<T: PartialEq>(items: &mut Vec<T>, item: T) {
    if !items.contains(&item) {
        items.push(item);
    }
}
