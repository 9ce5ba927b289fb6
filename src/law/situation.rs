//! What a person tells us about their situation. The names and values are the
//! public vocabulary shared by `imha-check`'s JSON and the app's result links,
//! so they are spelt out once here, in serde attributes.

use serde::{Deserialize, Serialize};


coded_enum! {
    /// Where the hospital (or, for guardianship, the local social services
    /// authority; for a CTO, the responsible hospital) is. This, not where the
    /// person lives, decides whether the English or the Welsh provisions apply.
    pub enum Jurisdiction {
        England = "england",
        Wales = "wales",
        Unknown = "unknown",
    }
}

coded_enum! {
    /// Every status a person can be under, as the person (or the papers they
    /// were given) would name it.
    pub enum Status {
        Section2 = "section-2",
        Section3 = "section-3",
        Section4 = "section-4",
        Section5_2 = "section-5-2",
        Section5_4 = "section-5-4",
        Section35 = "section-35",
        Section36 = "section-36",
        Section37 = "section-37",
        Section37_41 = "section-37-41",
        Section38 = "section-38",
        Section45A = "section-45a",
        Section47 = "section-47",
        Section47_49 = "section-47-49",
        Section48 = "section-48",
        Section48_49 = "section-48-49",
        Section135 = "section-135",
        Section136 = "section-136",
        /// Held under a section that is neither a holding power nor a place
        /// of safety (for example, kept more than 72 hours, sent by a court,
        /// or moved from prison), the exact section not known.
        DetainedLongerTerm = "detained-longer-term",
        /// Held under a section, which one not known: it may be a holding
        /// power or a place of safety.
        DetainedSectionNotKnown = "detained-section-not-known",
        Cto = "cto",
        CtoRecalled = "cto-recalled",
        Guardianship = "guardianship",
        ConditionalDischarge = "conditional-discharge",
        InformalInpatient = "informal-inpatient",
        NotUnderTheAct = "none",
        Unknown = "unknown",
    }
}

coded_enum! {
    /// A treatment being discussed with a doctor or approved clinician, where
    /// the discussion itself can make a person a qualifying patient.
    pub enum Treatment {
        /// Neurosurgery for mental disorder, or surgical implantation of
        /// hormones to reduce male sex drive.
        Section57 = "section-57",
        /// Electroconvulsive therapy.
        Section58A = "section-58a",
        None = "none",
        Unknown = "unknown",
    }
}

/// How a status relates to the qualifying-patient provisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Power {
    /// Civil sections 2 and 3 and the Part 3 court and prison sections.
    LongerTermDetention,
    /// Sections 4, 5(2) and 5(4), which hold a person until an application
    /// can be made: excluded from s130C(2)(a) in England, included in
    /// s130I(2)(a) in Wales.
    HoldingPower,
    /// Sections 135 and 136, which take a person to a place of safety:
    /// excluded in both countries (s130C(2)(a), s130I(2)(a)).
    PlaceOfSafety,
    /// Detained, but whether under a holding power or a place of safety is
    /// not known.
    DetentionNotKnown,
    CommunityTreatmentOrder,
    Guardianship,
    ConditionalDischarge,
    Informal,
    NotUnderTheAct,
    Unknown,
}

impl Status {
    /// Court and prison sections (Part 3 of the Act), including a
    /// conditionally discharged restricted patient.
    pub fn is_part_3(self) -> bool {
        use Status::*;
        matches!(
            self,
            Section35
                | Section36
                | Section37
                | Section37_41
                | Section38
                | Section45A
                | Section47
                | Section47_49
                | Section48
                | Section48_49
                | ConditionalDischarge
        )
    }

    /// Whether Part 4 of the Act (consent to treatment, and its emergency
    /// route in s62) applies. s56(3) leaves out holding powers, places of
    /// safety, remand for a report (s35) and conditional discharge; a
    /// community patient is under Part 4A until recalled (s56(4)). Where the
    /// section is not known, the detained patient's rules are shown, since
    /// most detentions are under Part 4.
    pub fn part_4_applies(self) -> bool {
        use Status::*;
        match self.power() {
            Power::LongerTermDetention => self != Section35,
            Power::DetentionNotKnown => true,
            Power::CommunityTreatmentOrder => self == CtoRecalled,
            _ => false,
        }
    }

    pub fn power(self) -> Power {
        use Status::*;
        match self {
            Section2 | Section3 | Section35 | Section36 | Section37 | Section37_41 | Section38
            | Section45A | Section47 | Section47_49 | Section48 | Section48_49
            | DetainedLongerTerm => {
                Power::LongerTermDetention
            }
            Section4 | Section5_2 | Section5_4 => Power::HoldingPower,
            Section135 | Section136 => Power::PlaceOfSafety,
            DetainedSectionNotKnown => Power::DetentionNotKnown,
            Cto | CtoRecalled => Power::CommunityTreatmentOrder,
            Guardianship => Power::Guardianship,
            ConditionalDischarge => Power::ConditionalDischarge,
            InformalInpatient => Power::Informal,
            NotUnderTheAct => Power::NotUnderTheAct,
            Unknown => Power::Unknown,
        }
    }
}

/// One person's answers. `None` in an optional field means the question was
/// not asked or not answered, which is read as the everyday default: not on
/// leave, age not known, no treatment under discussion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub jurisdiction: Jurisdiction,
    pub status: Status,
    #[serde(default)]
    pub on_leave: bool,
    #[serde(default)]
    pub under_18: Option<bool>,
    #[serde(default = "no_treatment")]
    pub treatment_discussed: Treatment,
}

fn no_treatment() -> Treatment {
    Treatment::None
}

impl Situation {
    /// Whether the person is in hospital now, rather than at home or
    /// elsewhere: it decides whom to ask for the advocacy service's details.
    pub fn in_hospital(&self) -> bool {
        match self.status.power() {
            Power::LongerTermDetention | Power::DetentionNotKnown | Power::HoldingPower | Power::PlaceOfSafety => {
                !self.on_leave
            }
            Power::CommunityTreatmentOrder => self.status == Status::CtoRecalled,
            Power::Informal => true,
            Power::Guardianship | Power::ConditionalDischarge | Power::NotUnderTheAct | Power::Unknown => false,
        }
    }

    pub fn new(jurisdiction: Jurisdiction, status: Status) -> Self {
        Situation {
            jurisdiction,
            status,
            on_leave: false,
            under_18: None,
            treatment_discussed: Treatment::None,
        }
    }
}

