//! The nearest relative: who it is (s26), and what the law lets them do
//! for the person, for a carer or relative asking. The Mental Health Act
//! 2025 replaces the nearest relative with a nominated person the patient
//! chooses (its s24 and Schedule 2, which omit ss26 to 30); until that
//! starts, these rules stand. Checked against the text on 2026-12-04
//! (the source register has each section).

use super::commencement::{Change, LawInForce};
use super::situation::{Power, Situation, Status};

coded_enum! {
    /// One thing a carer is told about the nearest relative. Locale files:
    /// `nearest-relative-<code>`.
    messages = "nearest-relative-",
    pub enum NearestRelativePoint {
        /// Who the nearest relative is: the first on s26's list.
        WhoItIs = "who-it-is",
        /// Told of a section 2 application and of the power to discharge.
        ToldOfSection2 = "told-of-section-2",
        /// Consulted before section 3 or guardianship, and able to object.
        ConsultedBeforeSection3 = "consulted-before-section-3",
        /// Can ask the council to have an AMHP consider the person's case.
        AskForAssessment = "ask-for-assessment",
        /// Can order discharge from section 2, section 3 or a CTO, with 72
        /// hours' notice, which the responsible clinician can bar.
        OrderDischarge = "order-discharge",
        /// Can discharge from guardianship, with no barring.
        OrderGuardianshipDischarge = "order-guardianship-discharge",
        /// After a barring report, can apply to the Tribunal within 28 days.
        TribunalAfterBarring = "tribunal-after-barring",
        /// Cannot discharge a patient a court or the Secretary of State
        /// sent to hospital.
        CannotDischargeCourtPatient = "cannot-discharge-court-patient",
        /// Gets a copy of the information the patient is given about their
        /// rights, unless the patient says no.
        CopyOfInformation = "copy-of-information",
        /// The county court can appoint someone else.
        CountyCourt = "county-court",
    }
}

impl NearestRelativePoint {
    /// The sections each point rests on.
    pub fn sections(self) -> &'static [&'static str] {
        use NearestRelativePoint::*;
        match self {
            WhoItIs => &["26"],
            ToldOfSection2 => &["11(3)"],
            ConsultedBeforeSection3 => &["11(4)"],
            AskForAssessment => &["13(4)"],
            OrderDischarge => &["23(2)(a)", "23(2)(c)", "25(1)"],
            OrderGuardianshipDischarge => &["23(2)(b)"],
            TribunalAfterBarring => &["66(1)(g)", "66(2)(d)"],
            CannotDischargeCourtPatient => &["23"],
            CopyOfInformation => &["132(4)", "132A(3)"],
            CountyCourt => &["29(2)", "29(3)"],
        }
    }
}

/// What a carer or relative is told about the nearest relative of a person
/// in `situation`; nothing once the nominated person has replaced the
/// nearest relative (the law-changing section says so then).
pub fn nearest_relative(situation: &Situation, law: &LawInForce) -> Vec<NearestRelativePoint> {
    use NearestRelativePoint::*;
    use Status::*;
    if law.has(Change::NominatedPerson) {
        return Vec::new();
    }
    let status = situation.status;
    let mut points = vec![WhoItIs];
    if status == Section2 {
        points.push(ToldOfSection2);
    }
    // Not yet under section 3 or guardianship: one of them may be next.
    let before_section_3 = matches!(
        status.power(),
        Power::HoldingPower | Power::PlaceOfSafety | Power::Informal | Power::NotUnderTheAct | Power::Unknown
    ) || status == Section2;
    if before_section_3 {
        points.push(ConsultedBeforeSection3);
    }
    // Not detained: s13(4) asks for an assessment for admission.
    if matches!(status.power(), Power::Informal | Power::NotUnderTheAct | Power::Unknown) {
        points.push(AskForAssessment);
    }
    match status {
        Section2 => points.push(OrderDischarge),
        Section3 | Cto | CtoRecalled => points.extend([OrderDischarge, TribunalAfterBarring]),
        Guardianship => points.push(OrderGuardianshipDischarge),
        _ if status.is_part_3() => points.push(CannotDischargeCourtPatient),
        _ => {}
    }
    // s132(4) for detained patients, s132A(3) for community patients; not
    // for court and prison patients, whose information copy s130D(5) also
    // leaves out.
    let told_of_rights = matches!(status.power(), Power::LongerTermDetention | Power::HoldingPower | Power::CommunityTreatmentOrder);
    if told_of_rights && !status.is_part_3() {
        points.push(CopyOfInformation);
    }
    if matches!(status, Section2 | Section3 | Cto | CtoRecalled | Guardianship) || before_section_3 {
        points.push(CountyCourt);
    }
    points
}
