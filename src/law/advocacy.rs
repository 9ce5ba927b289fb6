//! What an IMHA does (England s130B; Wales s130F to s130H) and the duty to
//! tell patients about IMHAs (England s130D; Wales s130K and s130L).
//! Locale files: `advocate-<code>` and `duty-<code>`.

use super::assessment::{Assessment, Reason};
use super::commencement::{Change, LawInForce};
use super::situation::{Jurisdiction, Power, Situation};

/// Which provisions govern the help and the duty to inform: compulsory and
/// informal patients get different help, and in each country it is set out
/// in different sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    /// s130B and s130D; also used where the country is not known.
    EnglandCompulsory,
    /// From the day the 2025 Act's s130CA starts: s130B(2A) and s130DA.
    EnglandInformal,
    /// s130F, s130H and s130K.
    WalesCompulsory,
    /// s130G, s130H and s130L.
    WalesInformal,
}

impl Regime {
    pub const ALL: &'static [Regime] =
        &[Regime::EnglandCompulsory, Regime::EnglandInformal, Regime::WalesCompulsory, Regime::WalesInformal];

    /// An informal patient gets the informal help, unless a treatment
    /// discussion makes them a compulsory-patient case (s130C(3), s130I(3)).
    /// With the country not known, an informal patient's help is the
    /// Welsh one until s130CA starts (only Wales gives them an IMHA).
    pub fn of(situation: &Situation, assessment: &Assessment) -> Regime {
        let has = |reason| assessment.reasons.contains(&reason);
        let by_treatment = has(Reason::DiscussingSection57) || has(Reason::Under18DiscussingEct);
        let informal = situation.status.power() == Power::Informal && !by_treatment;
        match (situation.jurisdiction, informal) {
            (Jurisdiction::Wales, false) => Regime::WalesCompulsory,
            (Jurisdiction::Wales, true) => Regime::WalesInformal,
            (_, true) if has(Reason::EnglishInformalInpatient) => Regime::EnglandInformal,
            (Jurisdiction::Unknown, true) => Regime::WalesInformal,
            (_, _) => Regime::EnglandCompulsory,
        }
    }
}

/// What the staff page cites: who qualifies, the duty to inform as a whole,
/// and its parts in England and in Wales.
pub const STAFF_PAGE_QUALIFYING: &[&str] = &["130C", "130I", "130J"];
pub const STAFF_PAGE_DUTY: &[&str] = &["130D", "130K", "130L"];
pub const STAFF_PAGE_WHEN: &[&str] = &["130D(3)", "130K(3)", "130L(3)"];
pub const STAFF_PAGE_HOW: &[&str] = &["130D(4)", "130K(4)", "130L(4)"];
pub const STAFF_PAGE_COPY: &[&str] = &["130D(5)", "130K(5)", "130L(5)"];

/// Who arranges IMHA services: in England the local social services
/// authority (s130A(1)); in Wales the Welsh Ministers (s130E), who have the
/// local health boards do it (SI 2011/2501, regulation 3).
pub fn who_arranges_advocacy(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::England => &["130A(1)"],
        Jurisdiction::Wales => &["130E"],
        Jurisdiction::Unknown => &["130A(1)", "130E"],
    }
}

coded_enum! {
    /// The help an IMHA gives, and their powers.
    messages = "advocate-",
    pub enum AdvocateHelp {
        UnderstandRights = "understand-rights",
        UnderstandTreatment = "understand-treatment",
        UseRights = "use-rights",
        SpeakForYou = "speak-for-you",
        TakePartInDecisions = "take-part-in-decisions",
        Complain = "complain",
        OtherServices = "other-services",
        MeetInPrivate = "meet-in-private",
        SeeRecords = "see-records",
        VisitRequests = "visit-requests",
        VisitRequestsWalesCompulsory = "visit-requests-wales-compulsory",
        VisitRequestsWalesInformal = "visit-requests-wales-informal",
        /// The visit requests once the nominated person replaces the
        /// nearest relative (2025 Act, Schedule 2).
        VisitRequestsNominatedPerson = "visit-requests-nominated-person",
        VisitRequestsWalesCompulsoryNominatedPerson = "visit-requests-wales-compulsory-nominated-person",
    }
}

impl AdvocateHelp {
    pub fn sections(self, regime: Regime) -> &'static [&'static str] {
        use AdvocateHelp::*;
        use Regime::*;
        match (self, regime) {
            (UnderstandRights, EnglandCompulsory) => &["130B(1)(a)", "130B(1)(b)", "130B(2)(a)"],
            (UnderstandTreatment, EnglandCompulsory) => &["130B(1)(c)", "130B(1)(d)", "130B(1)(e)"],
            (UseRights | SpeakForYou, EnglandCompulsory) => &["130B(2)(b)"],
            (TakePartInDecisions | Complain, EnglandCompulsory) => &["130B(2)(c)"],
            (OtherServices, EnglandCompulsory) => &["130B(2)(d)"],
            (UnderstandTreatment | TakePartInDecisions | Complain | OtherServices, EnglandInformal) => {
                &["130B(2A)", "130B(2B)"]
            }
            (MeetInPrivate, EnglandCompulsory | EnglandInformal) => &["130B(3)(a)", "130B(3)(b)"],
            (SeeRecords, EnglandCompulsory | EnglandInformal) => &["130B(3)(c)", "130B(3)(d)", "130B(4)"],
            (VisitRequests | VisitRequestsNominatedPerson, _) => &["130B(5)"],
            (UnderstandRights, _) => &["130F(1)(a)", "130F(1)(b)", "130F(2)(a)"],
            (UnderstandTreatment, WalesCompulsory) => &["130F(1)(c)", "130F(1)(d)", "130F(1)(e)"],
            (UnderstandTreatment, _) => &["130G(1)"],
            (UseRights | SpeakForYou, _) => &["130F(2)(b)(i)"],
            (TakePartInDecisions, WalesCompulsory) => &["130F(2)(b)(ii)"],
            (Complain, WalesCompulsory) => &["130F(2)(b)(iii)"],
            (OtherServices, WalesCompulsory) => &["130F(2)(c)"],
            (TakePartInDecisions, _) => &["130G(2)(a)(i)"],
            (Complain, _) => &["130G(2)(a)(ii)"],
            (OtherServices, _) => &["130G(2)(b)"],
            (MeetInPrivate, _) => &["130H(1)"],
            (SeeRecords, _) => &["130H(1)", "130H(2)"],
            (VisitRequestsWalesCompulsory | VisitRequestsWalesCompulsoryNominatedPerson | VisitRequestsWalesInformal, _) => {
                &["130H(3)"]
            }
        }
    }
}

/// The help an IMHA can give this person, under the law in force.
pub fn advocate_help(regime: Regime, law: &LawInForce) -> Vec<AdvocateHelp> {
    use AdvocateHelp::*;
    let nominated = law.has(Change::NominatedPerson);
    match regime {
        Regime::EnglandCompulsory => {
            let mut help = vec![UnderstandRights, UnderstandTreatment, UseRights, SpeakForYou];
            // The 2025 Act's new s130B(2)(c) and (d).
            if law.has(Change::MoreHelp) {
                help.extend([TakePartInDecisions, Complain, OtherServices]);
            }
            help.extend([
                MeetInPrivate,
                SeeRecords,
                if nominated { VisitRequestsNominatedPerson } else { VisitRequests },
            ]);
            help
        }
        Regime::EnglandInformal => vec![
            UnderstandTreatment,
            TakePartInDecisions,
            Complain,
            OtherServices,
            MeetInPrivate,
            SeeRecords,
            VisitRequestsNominatedPerson,
        ],
        Regime::WalesCompulsory => vec![
            UnderstandRights,
            UnderstandTreatment,
            UseRights,
            SpeakForYou,
            TakePartInDecisions,
            Complain,
            OtherServices,
            MeetInPrivate,
            SeeRecords,
            if nominated { VisitRequestsWalesCompulsoryNominatedPerson } else { VisitRequestsWalesCompulsory },
        ],
        Regime::WalesInformal => vec![
            UnderstandTreatment,
            TakePartInDecisions,
            Complain,
            OtherServices,
            MeetInPrivate,
            SeeRecords,
            VisitRequestsWalesInformal,
        ],
    }
}

coded_enum! {
    /// What the responsible person must do to tell a qualifying patient
    /// about IMHAs.
    messages = "duty-",
    pub enum Duty {
        WhoHospitalManagers = "who-hospital-managers",
        WhoResponsibleClinician = "who-responsible-clinician",
        WhoLocalAuthority = "who-local-authority",
        WhoResponsibleHospital = "who-responsible-hospital",
        WhoDoctorDiscussingTreatment = "who-doctor-discussing-treatment",
        AsSoonAsPracticable = "as-soon-as-practicable",
        OrallyAndInWriting = "orally-and-in-writing",
        CopyToNearestRelative = "copy-to-nearest-relative",
        /// The copy once the nominated person replaces the nearest relative.
        CopyToNominatedPerson = "copy-to-nominated-person",
        /// Wales, informal patients: a copy to the people s130L(6) names.
        CopyToInformalPatientsPeople = "copy-to-informal-patients-people",
        RepeatAtKeyMoments = "repeat-at-key-moments",
        CheckUnderstanding = "check-understanding",
        HelpToContact = "help-to-contact",
    }
}

impl Duty {
    /// Where the duty comes from. Code of Practice duties carry no section.
    pub fn sections(self, regime: Regime) -> &'static [&'static str] {
        use Duty::*;
        use Regime::*;
        match (self, regime) {
            (WhoHospitalManagers, EnglandCompulsory) => &["130D(2)(a)"],
            (WhoResponsibleClinician, EnglandCompulsory) => &["130D(2)(b)"],
            (WhoLocalAuthority, EnglandCompulsory) => &["130D(2)(c)"],
            (WhoResponsibleHospital, EnglandCompulsory) => &["130D(2)(d)"],
            (WhoDoctorDiscussingTreatment, EnglandCompulsory) => &["130D(2)(e)"],
            (AsSoonAsPracticable, EnglandCompulsory) => &["130D(3)"],
            (OrallyAndInWriting, EnglandCompulsory) => &["130D(4)"],
            (CopyToNearestRelative | CopyToNominatedPerson, EnglandCompulsory) => &["130D(5)", "130D(6)"],
            (_, EnglandInformal) => &["130DA"],
            (WhoHospitalManagers, WalesCompulsory) => &["130K(2)(a)"],
            (WhoResponsibleClinician, WalesCompulsory) => &["130K(2)(b)"],
            (WhoLocalAuthority | WhoResponsibleHospital | WhoDoctorDiscussingTreatment, WalesCompulsory) => {
                &["130K(2)"]
            }
            (AsSoonAsPracticable, WalesCompulsory) => &["130K(3)"],
            (OrallyAndInWriting, WalesCompulsory) => &["130K(4)"],
            (CopyToNearestRelative | CopyToNominatedPerson, WalesCompulsory) => &["130K(5)", "130K(6)"],
            (AsSoonAsPracticable, WalesInformal) => &["130L(3)"],
            (OrallyAndInWriting, WalesInformal) => &["130L(4)"],
            (CopyToInformalPatientsPeople, _) => &["130L(5)", "130L(6)"],
            (RepeatAtKeyMoments | CheckUnderstanding | HelpToContact, _) => &[],
            (_, WalesInformal) => &["130L(2)"],
        }
    }
}

/// The staff checklist for telling this person about IMHAs.
pub fn duties(situation: &Situation, regime: Regime, law: &LawInForce) -> Vec<Duty> {
    use Duty::*;
    let who = match (situation.status.power(), regime) {
        (_, Regime::WalesInformal | Regime::EnglandInformal) => WhoHospitalManagers,
        (Power::ConditionalDischarge, _) => WhoResponsibleClinician,
        (Power::Guardianship, _) => WhoLocalAuthority,
        (Power::CommunityTreatmentOrder, _) => WhoResponsibleHospital,
        (Power::Informal | Power::NotUnderTheAct | Power::HoldingPower | Power::PlaceOfSafety, Regime::EnglandCompulsory)
        | (Power::Informal | Power::NotUnderTheAct | Power::PlaceOfSafety, Regime::WalesCompulsory) => {
            WhoDoctorDiscussingTreatment
        }
        _ => WhoHospitalManagers,
    };
    let mut duties = vec![who, AsSoonAsPracticable, OrallyAndInWriting];
    // s130D(5) and s130K(5): the copy to the nearest relative is not for
    // Part 3 (court and prison) patients, nor for patients qualifying only
    // by a treatment discussion. s130L(5): an informal patient's copy goes
    // to the people in s130L(6).
    // A holding power qualifies by status in Wales only.
    let by_status = match situation.status.power() {
        Power::Informal | Power::NotUnderTheAct | Power::Unknown | Power::PlaceOfSafety => false,
        Power::HoldingPower => regime == Regime::WalesCompulsory,
        _ => true,
    };
    match regime {
        Regime::WalesInformal => duties.push(CopyToInformalPatientsPeople),
        Regime::EnglandInformal if law.has(Change::NominatedPerson) => duties.push(CopyToNominatedPerson),
        Regime::EnglandCompulsory | Regime::WalesCompulsory if by_status && !situation.status.is_part_3() => {
            duties.push(if law.has(Change::NominatedPerson) { CopyToNominatedPerson } else { CopyToNearestRelative })
        }
        _ => {}
    }
    duties.extend([RepeatAtKeyMoments, CheckUnderstanding, HelpToContact]);
    duties
}
