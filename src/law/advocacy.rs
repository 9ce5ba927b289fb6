//! What an IMHA does (England s130B; Wales s130F to s130H) and the duty to
//! tell patients about IMHAs (England s130D; Wales s130K and s130L).
//! Locale files: `advocate-<code>` and `duty-<code>`.

use super::situation::{Jurisdiction, Power, Situation};

coded_enum! {
    /// The help an IMHA gives, and their powers.
    pub enum AdvocateHelp {
        UnderstandRights = "understand-rights",
        UnderstandTreatment = "understand-treatment",
        UseRights = "use-rights",
        SpeakForYou = "speak-for-you",
        MeetInPrivate = "meet-in-private",
        SeeRecords = "see-records",
        VisitRequests = "visit-requests",
    }
}

impl AdvocateHelp {
    pub fn sections(self, jurisdiction: Jurisdiction) -> &'static [&'static str] {
        use AdvocateHelp::*;
        let wales = jurisdiction == Jurisdiction::Wales;
        match (self, wales) {
            (UnderstandRights, false) => &["130B(1)", "130B(2)(a)"],
            (UnderstandTreatment, false) => &["130B(1)(c)", "130B(1)(d)", "130B(1)(e)"],
            (UseRights | SpeakForYou, false) => &["130B(2)(b)"],
            (MeetInPrivate, false) => &["130B(3)(a)", "130B(3)(b)"],
            (SeeRecords, false) => &["130B(3)(c)", "130B(4)"],
            (VisitRequests, false) => &["130B(5)"],
            (UnderstandRights, true) => &["130F(1)", "130F(2)(a)"],
            (UnderstandTreatment, true) => &["130F(1)(c)", "130F(1)(d)", "130F(1)(e)"],
            (UseRights | SpeakForYou, true) => &["130F(2)(b)"],
            (MeetInPrivate | SeeRecords | VisitRequests, true) => &["130H"],
        }
    }
}

coded_enum! {
    /// What the responsible person must do to tell a qualifying patient
    /// about IMHAs.
    pub enum Duty {
        WhoHospitalManagers = "who-hospital-managers",
        WhoResponsibleClinician = "who-responsible-clinician",
        WhoLocalAuthority = "who-local-authority",
        WhoResponsibleHospital = "who-responsible-hospital",
        WhoDoctorDiscussingTreatment = "who-doctor-discussing-treatment",
        AsSoonAsPracticable = "as-soon-as-practicable",
        OrallyAndInWriting = "orally-and-in-writing",
        CopyToNearestRelative = "copy-to-nearest-relative",
        RepeatAtKeyMoments = "repeat-at-key-moments",
        CheckUnderstanding = "check-understanding",
        HelpToContact = "help-to-contact",
    }
}

impl Duty {
    /// Where the duty comes from. Code of Practice duties carry no section.
    pub fn sections(self, jurisdiction: Jurisdiction) -> &'static [&'static str] {
        use Duty::*;
        let wales = jurisdiction == Jurisdiction::Wales;
        match (self, wales) {
            (WhoHospitalManagers, false) => &["130D(2)(a)"],
            (WhoResponsibleClinician, false) => &["130D(2)(b)"],
            (WhoLocalAuthority, false) => &["130D(2)(c)"],
            (WhoResponsibleHospital, false) => &["130D(2)(d)"],
            (WhoDoctorDiscussingTreatment, false) => &["130D(2)(e)"],
            (AsSoonAsPracticable, false) => &["130D(3)"],
            (OrallyAndInWriting, false) => &["130D(4)"],
            (CopyToNearestRelative, false) => &["130D(5)", "130D(6)"],
            (WhoHospitalManagers, true) => &["130K(2)(a)", "130L(2)"],
            (WhoResponsibleClinician, true) => &["130K(2)(b)"],
            (WhoLocalAuthority | WhoResponsibleHospital | WhoDoctorDiscussingTreatment, true) => {
                &["130K(2)"]
            }
            (AsSoonAsPracticable, true) => &["130K", "130L(3)"],
            (OrallyAndInWriting, true) => &["130K", "130L(4)"],
            (CopyToNearestRelative, true) => &["130K", "130L(5)"],
            (RepeatAtKeyMoments | CheckUnderstanding | HelpToContact, _) => &[],
        }
    }
}

/// The staff checklist for telling this person about IMHAs.
pub fn duties(situation: &Situation) -> Vec<Duty> {
    use Duty::*;
    let who = match situation.status.power() {
        Power::ConditionalDischarge => WhoResponsibleClinician,
        Power::Guardianship => WhoLocalAuthority,
        Power::CommunityTreatmentOrder => WhoResponsibleHospital,
        Power::Informal | Power::NotUnderTheAct
            if situation.jurisdiction != Jurisdiction::Wales
                || situation.status.power() == Power::NotUnderTheAct =>
        {
            WhoDoctorDiscussingTreatment
        }
        _ => WhoHospitalManagers,
    };
    let mut duties = vec![who, AsSoonAsPracticable, OrallyAndInWriting];
    // s130D(5): the copy to the nearest relative is not for Part 3
    // (court and prison) patients, nor for patients qualifying only by a
    // treatment discussion.
    let part_3 = situation.status.is_part_3();
    let by_status = !matches!(
        situation.status.power(),
        Power::Informal | Power::NotUnderTheAct | Power::Unknown
    );
    if by_status && !part_3 {
        duties.push(CopyToNearestRelative);
    }
    duties.extend([RepeatAtKeyMoments, CheckUnderstanding, HelpToContact]);
    duties
}
