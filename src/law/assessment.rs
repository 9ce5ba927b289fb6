//! Deciding whether a person is a qualifying patient.
//!
//! The answer is never a guess: an answer of "I don't know" leads to
//! `Eligibility::Unsure` with the questions to ask ward staff, unless every
//! possible answer to it gives the same outcome.

use super::citation::Provision::{self, *};
use super::commencement::{Change, LawInForce};
use super::push_new;
use super::situation::{Jurisdiction, Power, Situation, Status, Treatment};

coded_enum! {
    messages = "result-heading-",
    pub enum Eligibility {
        Yes = "yes",
        No = "no",
        Unsure = "unsure",
    }
}

coded_enum! {
    /// Why the outcome is what it is. Each has a plain-language explanation
    /// in the locale files, under `reason-<code>`.
    messages = "reason-",
    pub enum Reason {
        LiableToBeDetained = "liable-to-be-detained",
        HoldingPowerCoveredInWales = "holding-power-covered-in-wales",
        HoldingPowerExcludedInEngland = "holding-power-excluded-in-england",
        PlaceOfSafetyExcluded = "place-of-safety-excluded",
        CommunityPatient = "community-patient",
        Guardianship = "guardianship",
        ConditionallyDischarged = "conditionally-discharged",
        DiscussingSection57 = "discussing-section-57",
        Under18DiscussingEct = "under-18-discussing-ect",
        AdultDiscussingEctDoesNotQualify = "adult-discussing-ect-does-not-qualify",
        WelshInformalInpatient = "welsh-informal-inpatient",
        InformalInEngland = "informal-in-england",
        /// From the day s130CA of the 2025 Act starts.
        EnglishInformalInpatient = "english-informal-inpatient",
        NotUnderTheAct = "not-under-the-act",
        DependsOnAnswersNotKnown = "depends-on-answers-not-known",
    }
}

coded_enum! {
    /// What to ask ward staff when the answer depends on something the
    /// person does not know. Locale files: `ask-<code>`.
    messages = "ask-",
    pub enum Ask {
        WhichCountry = "which-country",
        WhichSection = "which-section",
        IsUnder18 = "is-under-18",
        WhichTreatment = "which-treatment",
    }
}

coded_enum! {
    /// Something the person should know alongside the outcome, each resting
    /// on its own section. Locale files: `note-<code>`.
    messages = "note-",
    pub enum Note {
        /// Section 17: a patient on leave of absence is still liable to be
        /// detained.
        LeaveDoesNotEndEligibility = "leave-does-not-end-eligibility",
        /// Section 17E: recall to hospital does not end a CTO.
        RecallDoesNotEndCto = "recall-does-not-end-cto",
        /// Section 130C(4): once the treatment is proposed, the patient stays
        /// qualifying until the proposal is withdrawn or the treatment is
        /// completed or discontinued.
        StaysQualifyingWhileTreatmentProposed = "stays-qualifying-while-treatment-proposed",
        /// A person held under a holding power or in a place of safety may
        /// go on to be detained under section 2 or 3, and from then on
        /// qualifies.
        AskAgainIfDetainedLonger = "ask-again-if-detained-longer",
        /// New s130B(2C), from the day the 2025 Act's opt-out advocacy
        /// starts: the provider arranges for an IMHA to visit.
        AdvocateWillVisit = "advocate-will-visit",
    }
}

impl Note {
    /// The sections the note rests on, in the country's law.
    pub fn sections(self, jurisdiction: Jurisdiction) -> &'static [&'static str] {
        match (self, jurisdiction) {
            (Note::LeaveDoesNotEndEligibility, _) => &["17"],
            (Note::RecallDoesNotEndCto, _) => &["17E"],
            (Note::StaysQualifyingWhileTreatmentProposed, _) => &["130C(4)"],
            (Note::AskAgainIfDetainedLonger, Jurisdiction::England) => &["130C(2)(a)"],
            (Note::AskAgainIfDetainedLonger, Jurisdiction::Wales) => &["130I(2)(a)"],
            (Note::AskAgainIfDetainedLonger, Jurisdiction::Unknown) => &["130C(2)(a)", "130I(2)(a)"],
            (Note::AdvocateWillVisit, _) => &["130B(2C)"],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub eligible: Eligibility,
    /// The provisions the outcome rests on; never empty.
    pub basis: Vec<Provision>,
    pub reasons: Vec<Reason>,
    /// For `Unsure`: what to ask ward staff. Empty otherwise.
    pub ask: Vec<Ask>,
    pub notes: Vec<Note>,
}

impl Assessment {
    fn new(eligible: Eligibility, reason: Reason, basis: &[Provision]) -> Self {
        Assessment {
            eligible,
            basis: basis.to_vec(),
            reasons: vec![reason],
            ask: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn yes(reason: Reason, basis: &[Provision]) -> Self {
        Self::new(Eligibility::Yes, reason, basis)
    }

    fn no(reason: Reason, basis: &[Provision]) -> Self {
        Self::new(Eligibility::No, reason, basis)
    }

    fn unsure(ask: &[Ask], basis: &[Provision]) -> Self {
        Assessment {
            ask: ask.to_vec(),
            ..Self::new(Eligibility::Unsure, Reason::DependsOnAnswersNotKnown, basis)
        }
    }

    fn noting(mut self, note: Note) -> Self {
        push_new(&mut self.notes, note);
        self
    }
}

/// Decides whether the person in `situation` is a qualifying patient,
/// under the law in force on the day `law` is judged at.
pub fn assess(situation: &Situation, law: &LawInForce) -> Assessment {
    match situation.jurisdiction {
        Jurisdiction::England => in_england(situation, law),
        Jurisdiction::Wales => in_wales(situation),
        Jurisdiction::Unknown => in_either(situation, law),
    }
}

/// The provisions of one country's law that the rules below choose from.
struct CountryLaw {
    /// England excludes the holding powers (sections 4, 5(2), 5(4)) from
    /// s130C(2)(a); Wales does not exclude them from s130I(2)(a). Both
    /// exclude places of safety (sections 135 and 136).
    holding_powers_qualify: bool,
    liable_to_be_detained: Provision,
    guardianship: Provision,
    community_patient: Provision,
    compulsory_categories: Provision,
    section_57_discussion: Provision,
    under_18_ect_discussion: Provision,
    whole_definition: Provision,
    /// s130C(4) keeps a patient qualifying while a discussed treatment is
    /// proposed. The Welsh equivalent is not yet confirmed, so Wales says
    /// nothing rather than guess.
    while_treatment_proposed: Option<Note>,
}

const ENGLAND: CountryLaw = CountryLaw {
    holding_powers_qualify: false,
    liable_to_be_detained: EnglandLiableToBeDetained,
    guardianship: EnglandGuardianship,
    community_patient: EnglandCommunityPatient,
    compulsory_categories: EnglandQualifyingCompulsory,
    section_57_discussion: EnglandSection57Discussion,
    under_18_ect_discussion: EnglandUnder18EctDiscussion,
    whole_definition: EnglandQualifyingPatient,
    while_treatment_proposed: Some(Note::StaysQualifyingWhileTreatmentProposed),
};

const WALES: CountryLaw = CountryLaw {
    holding_powers_qualify: true,
    liable_to_be_detained: WalesLiableToBeDetained,
    guardianship: WalesGuardianship,
    community_patient: WalesCommunityPatient,
    compulsory_categories: WalesQualifyingCompulsory,
    section_57_discussion: WalesSection57Discussion,
    under_18_ect_discussion: WalesUnder18EctDiscussion,
    whole_definition: WalesQualifyingCompulsoryPatient,
    while_treatment_proposed: None,
};

/// Outcomes that follow from the status alone, the same in both countries:
/// s130C(2) in England, s130I(2) in Wales.
fn by_compulsory_status(law: &CountryLaw, situation: &Situation) -> Option<Assessment> {
    let detained = |reason| {
        let assessment = Assessment::yes(reason, &[law.liable_to_be_detained]);
        if situation.on_leave {
            assessment.noting(Note::LeaveDoesNotEndEligibility)
        } else {
            assessment
        }
    };
    match situation.status.power() {
        Power::LongerTermDetention => Some(detained(Reason::LiableToBeDetained)),
        Power::ConditionalDischarge => Some(Assessment::yes(
            Reason::ConditionallyDischarged,
            &[law.liable_to_be_detained],
        )),
        Power::CommunityTreatmentOrder => {
            let assessment = Assessment::yes(Reason::CommunityPatient, &[law.community_patient]);
            Some(if situation.status == Status::CtoRecalled {
                assessment.noting(Note::RecallDoesNotEndCto)
            } else {
                assessment
            })
        }
        Power::Guardianship => Some(Assessment::yes(Reason::Guardianship, &[law.guardianship])),
        Power::HoldingPower if law.holding_powers_qualify => {
            Some(detained(Reason::HoldingPowerCoveredInWales))
        }
        Power::HoldingPower
        | Power::PlaceOfSafety
        | Power::DetentionNotKnown
        | Power::Informal
        | Power::NotUnderTheAct
        | Power::Unknown => None,
    }
}

/// What the treatment discussion alone says, for a person not already
/// qualifying by status: s130C(3) in England, s130I(3) in Wales.
enum Discussion {
    Qualifies(Assessment),
    DoesNotQualify { adult_discussing_ect: bool },
    NotKnown(Ask),
}

fn by_treatment_discussed(law: &CountryLaw, situation: &Situation) -> Discussion {
    let proposed = |reason, provision| {
        let assessment = Assessment::yes(reason, &[provision]);
        Discussion::Qualifies(match law.while_treatment_proposed {
            Some(note) => assessment.noting(note),
            None => assessment,
        })
    };
    match (situation.treatment_discussed, situation.under_18) {
        (Treatment::Section57, _) => {
            proposed(Reason::DiscussingSection57, law.section_57_discussion)
        }
        (Treatment::Section58A, Some(true)) => {
            proposed(Reason::Under18DiscussingEct, law.under_18_ect_discussion)
        }
        (Treatment::Section58A, Some(false)) => {
            Discussion::DoesNotQualify { adult_discussing_ect: true }
        }
        (Treatment::Section58A, None) => Discussion::NotKnown(Ask::IsUnder18),
        (Treatment::None, _) => Discussion::DoesNotQualify { adult_discussing_ect: false },
        (Treatment::Unknown, _) => Discussion::NotKnown(Ask::WhichTreatment),
    }
}

/// Combines the treatment route with what the status alone would give.
fn with_treatment_route(law: &CountryLaw, situation: &Situation, otherwise: Assessment) -> Assessment {
    match by_treatment_discussed(law, situation) {
        Discussion::Qualifies(assessment) => assessment,
        Discussion::DoesNotQualify { adult_discussing_ect: true }
            if otherwise.eligible == Eligibility::No =>
        {
            let mut assessment = otherwise;
            push_new(&mut assessment.reasons, Reason::AdultDiscussingEctDoesNotQualify);
            push_new(&mut assessment.basis, law.under_18_ect_discussion);
            assessment
        }
        Discussion::DoesNotQualify { .. } => otherwise,
        Discussion::NotKnown(_) if otherwise.eligible == Eligibility::Yes => otherwise,
        Discussion::NotKnown(question) => {
            let mut basis = otherwise.basis;
            push_new(&mut basis, law.section_57_discussion);
            push_new(&mut basis, law.under_18_ect_discussion);
            Assessment::unsure(&[question], &basis)
        }
    }
}

/// When the status is not known: only the treatment route can settle it,
/// because it applies whatever the status (s130C(3) covers everyone not
/// already within s130C(2), who qualifies anyway).
fn status_not_known(law: &CountryLaw, situation: &Situation) -> Assessment {
    match by_treatment_discussed(law, situation) {
        Discussion::Qualifies(mut assessment) => {
            assessment.basis.insert(0, law.compulsory_categories);
            assessment
        }
        Discussion::NotKnown(question) => {
            Assessment::unsure(&[Ask::WhichSection, question], &[law.whole_definition])
        }
        Discussion::DoesNotQualify { .. } => {
            Assessment::unsure(&[Ask::WhichSection], &[law.whole_definition])
        }
    }
}

/// Sections 135 and 136 are excluded from s130C(2)(a) and s130I(2)(a)
/// alike; a person may be detained under another section afterwards.
fn in_a_place_of_safety(law: &CountryLaw) -> Assessment {
    Assessment::no(Reason::PlaceOfSafetyExcluded, &[law.liable_to_be_detained])
        .noting(Note::AskAgainIfDetainedLonger)
}

fn in_england(situation: &Situation, law: &LawInForce) -> Assessment {
    let assessment = in_england_today(situation, law);
    // New s130B(2C): every English qualifying compulsory patient is visited.
    if law.has(Change::OptOutAdvocacy)
        && assessment.eligible == Eligibility::Yes
        && !assessment.reasons.contains(&Reason::EnglishInformalInpatient)
    {
        return assessment.noting(Note::AdvocateWillVisit);
    }
    assessment
}

fn in_england_today(situation: &Situation, law: &LawInForce) -> Assessment {
    if let Some(assessment) = by_compulsory_status(&ENGLAND, situation) {
        return assessment;
    }
    let otherwise = match situation.status.power() {
        Power::HoldingPower => Assessment::no(
            Reason::HoldingPowerExcludedInEngland,
            &[EnglandLiableToBeDetained],
        )
        .noting(Note::AskAgainIfDetainedLonger),
        Power::PlaceOfSafety => in_a_place_of_safety(&ENGLAND),
        // New s130CA (2025 Act): every in-patient being assessed or treated
        // for mental disorder in a hospital in England qualifies.
        Power::Informal if law.has(Change::EnglishInformalPatients) => {
            Assessment::yes(Reason::EnglishInformalInpatient, &[EnglandInformalInpatient])
        }
        Power::Informal => Assessment::no(Reason::InformalInEngland, &[EnglandQualifyingPatient]),
        Power::NotUnderTheAct => {
            Assessment::no(Reason::NotUnderTheAct, &[EnglandQualifyingPatient])
        }
        _ => return status_not_known(&ENGLAND, situation),
    };
    with_treatment_route(&ENGLAND, situation, otherwise)
}

fn in_wales(situation: &Situation) -> Assessment {
    if let Some(assessment) = by_compulsory_status(&WALES, situation) {
        return assessment;
    }
    let otherwise = match situation.status.power() {
        Power::PlaceOfSafety => in_a_place_of_safety(&WALES),
        // s130J: every in-patient being assessed or treated for mental
        // disorder in a hospital in Wales qualifies.
        Power::Informal => Assessment::yes(Reason::WelshInformalInpatient, &[WalesInformalInpatient]),
        Power::NotUnderTheAct => Assessment::no(
            Reason::NotUnderTheAct,
            &[WalesQualifyingCompulsoryPatient, WalesInformalInpatient],
        ),
        _ => return status_not_known(&WALES, situation),
    };
    with_treatment_route(&WALES, situation, otherwise)
}

/// Country not known: a definite answer only where both countries' law
/// give the same one.
fn in_either(situation: &Situation, law: &LawInForce) -> Assessment {
    let england = in_england(situation, law);
    let wales = in_wales(situation);
    let mut basis = england.basis.clone();
    for provision in &wales.basis {
        push_new(&mut basis, *provision);
    }
    if england.eligible == wales.eligible && england.eligible != Eligibility::Unsure {
        let mut combined = england;
        for reason in wales.reasons {
            push_new(&mut combined.reasons, reason);
        }
        for note in wales.notes {
            push_new(&mut combined.notes, note);
        }
        combined.basis = basis;
        return combined;
    }
    let mut ask = vec![Ask::WhichCountry];
    for question in england.ask.into_iter().chain(wales.ask) {
        push_new(&mut ask, question);
    }
    Assessment::unsure(&ask, &basis)
}
