//! The provisions an outcome can rest on. Each names a section of the Mental
//! Health Act 1983; the Welsh ones were inserted by the Mental Health (Wales)
//! Measure 2010.

use serde::Serialize;

/// The month of the legal summary these rules were written from. Screens
/// that state the law show it, so readers know when it was last checked.
pub const LAW_AS_AT: &str = "2026-12";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Provision {
    /// England: liable to be detained, except under ss 4, 5(2), 5(4), 135, 136.
    /// Conditionally discharged restricted patients are still liable to be
    /// detained (s130D(2)(b) names them as falling within s130C(2)(a)).
    EnglandLiableToBeDetained,
    /// England: subject to guardianship.
    EnglandGuardianship,
    /// England: a community patient (including while recalled).
    EnglandCommunityPatient,
    /// England: the qualifying-patient categories of subsection (2) as a whole.
    EnglandQualifyingCompulsory,
    /// England: discussing a section 57 treatment.
    EnglandSection57Discussion,
    /// England: under 18 and discussing a section 58A treatment (ECT).
    EnglandUnder18EctDiscussion,
    /// England: who is a qualifying patient, as a whole.
    EnglandQualifyingPatient,
    /// England, from the day the 2025 Act's s130CA starts: an informal
    /// in-patient being assessed or treated for mental disorder.
    EnglandInformalInpatient,
    /// Wales: liable to be detained in a hospital in Wales, holding powers
    /// included and places of safety excluded, and conditionally discharged
    /// restricted patients.
    WalesLiableToBeDetained,
    /// Wales: subject to guardianship of a Welsh local authority.
    WalesGuardianship,
    /// Wales: a community patient of a Welsh responsible hospital.
    WalesCommunityPatient,
    /// Wales: the compulsory-patient categories of subsection (2) as a whole.
    WalesQualifyingCompulsory,
    /// Wales: discussing a section 57 treatment.
    WalesSection57Discussion,
    /// Wales: under 18 and discussing a section 58A treatment (ECT).
    WalesUnder18EctDiscussion,
    /// Wales: an informal in-patient being assessed or treated for mental
    /// disorder.
    WalesInformalInpatient,
    /// Wales: who is a qualifying compulsory patient, as a whole.
    WalesQualifyingCompulsoryPatient,
}

impl Provision {
    pub const ALL: &'static [Provision] = &[
        Provision::EnglandLiableToBeDetained,
        Provision::EnglandGuardianship,
        Provision::EnglandCommunityPatient,
        Provision::EnglandQualifyingCompulsory,
        Provision::EnglandSection57Discussion,
        Provision::EnglandUnder18EctDiscussion,
        Provision::EnglandQualifyingPatient,
        Provision::EnglandInformalInpatient,
        Provision::WalesLiableToBeDetained,
        Provision::WalesGuardianship,
        Provision::WalesCommunityPatient,
        Provision::WalesQualifyingCompulsory,
        Provision::WalesSection57Discussion,
        Provision::WalesUnder18EctDiscussion,
        Provision::WalesInformalInpatient,
        Provision::WalesQualifyingCompulsoryPatient,
    ];

    /// The section reference exactly as the Act numbers it.
    pub fn section(self) -> &'static str {
        use Provision::*;
        match self {
            EnglandLiableToBeDetained => "130C(2)(a)",
            EnglandGuardianship => "130C(2)(b)",
            EnglandCommunityPatient => "130C(2)(c)",
            EnglandQualifyingCompulsory => "130C(2)",
            EnglandSection57Discussion => "130C(3)(a)",
            EnglandUnder18EctDiscussion => "130C(3)(b)",
            EnglandQualifyingPatient => "130C",
            EnglandInformalInpatient => "130CA",
            WalesLiableToBeDetained => "130I(2)(a)",
            WalesGuardianship => "130I(2)(b)",
            WalesCommunityPatient => "130I(2)(c)",
            WalesQualifyingCompulsory => "130I(2)",
            WalesSection57Discussion => "130I(3)(a)",
            WalesUnder18EctDiscussion => "130I(3)(b)",
            WalesInformalInpatient => "130J(2)",
            WalesQualifyingCompulsoryPatient => "130I",
        }
    }

    pub fn is_welsh(self) -> bool {
        is_welsh_section(self.section())
    }
}

/// Sections 130E to 130L were inserted by the Mental Health (Wales)
/// Measure 2010.
pub fn is_welsh_section(section: &str) -> bool {
    section
        .strip_prefix("130")
        .and_then(|rest| rest.chars().next())
        .is_some_and(|letter| ('E'..='L').contains(&letter))
}

/// Sections the Mental Health Act 2025 inserts: s130CA to s130CC, s130DA,
/// subsections (2A) to (2D) of s130B, and s30A and s30B (the nominated
/// person).
pub fn is_2025_act_section(section: &str) -> bool {
    ["130CA", "130CB", "130CC", "130DA", "130B(2A)", "130B(2B)", "130B(2C)", "130B(2D)", "30A", "30B"]
        .iter()
        .any(|inserted| section.starts_with(inserted))
}

/// The citation as one line of text for reviewers, e.g.
/// "Mental Health Act 1983, section 130C(2)(a)". The app formats citations
/// through Fluent instead, so that they can be translated.
pub fn cite(provisions: &[Provision]) -> String {
    let sections: Vec<&str> = provisions.iter().map(|p| p.section()).collect();
    let (noun, list) = match sections.as_slice() {
        [] => return String::new(),
        [one] => ("section", (*one).to_owned()),
        [init @ .., last] => ("sections", format!("{} and {}", init.join(", "), last)),
    };
    let measure = if provisions.iter().any(|p| p.is_welsh()) {
        " (as inserted by the Mental Health (Wales) Measure 2010)"
    } else if provisions.iter().any(|p| is_2025_act_section(p.section())) {
        " (as inserted by the Mental Health Act 2025)"
    } else {
        ""
    };
    format!("Mental Health Act 1983, {noun} {list}{measure}")
}
