//! Which rights apply to a person, given their status. Each right rests on
//! the sections it names; its plain-language text is in the locale files,
//! under `right-<code>` (heading) with a `.body` attribute.

use super::commencement::{Change, LawInForce};
use super::push_new;
use super::situation::{Jurisdiction, Power, Situation, Status, Treatment};

coded_enum! {
    messages = "right-",
    pub enum Right {
        // Information every patient under the Act is given.
        InformationDetained = "information-detained",
        InformationCommunity = "information-community",
        /// s132 binds hospital managers; a place of safety may not be a
        /// hospital.
        InformationPlaceOfSafety = "information-place-of-safety",
        // Length of each power.
        Section2Length = "section-2-length",
        Section3Length = "section-3-length",
        Section4Length = "section-4-length",
        Section5_2Length = "section-5-2-length",
        Section5_4Length = "section-5-4-length",
        PlaceOfSafetyLength = "place-of-safety-length",
        Section35Length = "section-35-length",
        Section36Length = "section-36-length",
        Section37Length = "section-37-length",
        Section38Length = "section-38-length",
        PrisonTransfer = "prison-transfer",
        HospitalDirection = "hospital-direction",
        Restrictions = "restrictions",
        AskForYourPapers = "ask-for-your-papers",
        // The Tribunal.
        Section2Tribunal = "section-2-tribunal",
        Section3Tribunal = "section-3-tribunal",
        Section3Referral = "section-3-referral",
        Section37Tribunal = "section-37-tribunal",
        Section37Referral = "section-37-referral",
        RestrictedTribunal = "restricted-tribunal",
        /// Hospital directions and restricted transfers: the Tribunal only
        /// notifies and recommends (s74).
        RestrictedTransferTribunal = "restricted-transfer-tribunal",
        TransferTribunal = "transfer-tribunal",
        CtoTribunal = "cto-tribunal",
        CtoReferral = "cto-referral",
        GuardianshipTribunal = "guardianship-tribunal",
        ConditionalDischargeTribunal = "conditional-discharge-tribunal",
        DetainedTribunal = "detained-tribunal",
        // Others who can end a section.
        HospitalManagers = "hospital-managers",
        NearestRelativeDischarge = "nearest-relative-discharge",
        NearestRelativeCannotDischarge = "nearest-relative-cannot-discharge",
        NearestRelativeChange = "nearest-relative-change",
        GuardianshipDischarge = "guardianship-discharge",
        // Treatment.
        ConsentToTreatment = "consent-to-treatment",
        NoTreatmentWithoutConsent = "no-treatment-without-consent",
        Ect = "ect",
        /// ECT for a person to whom Part 4's emergency route (s62) does not
        /// reach: remand for a report, holding powers, places of safety,
        /// conditional discharge, community patients not recalled, informal
        /// patients.
        EctWithoutPart4 = "ect-without-part-4",
        Section57Treatment = "section-57-treatment",
        CtoTreatment = "cto-treatment",
        // Leave, recall and life after hospital.
        Leave = "leave",
        RestrictedLeave = "restricted-leave",
        CtoConditions = "cto-conditions",
        CtoRecall = "cto-recall",
        CtoLength = "cto-length",
        GuardianshipPowers = "guardianship-powers",
        GuardianshipLength = "guardianship-length",
        ConditionalDischargeConditions = "conditional-discharge-conditions",
        Aftercare = "aftercare",
        // Not under the Act.
        InformalCanLeave = "informal-can-leave",
        ShortTermMayBecomeLonger = "short-term-may-become-longer",
        // Complaints about the use of the Act, for everyone under it.
        ComplaintsEngland = "complaints-england",
        ComplaintsWales = "complaints-wales",
        // The same rights once the Mental Health Act 2025 changes them; see
        // `Right::replaced_by`.
        Section2Tribunal2025 = "section-2-tribunal-2025",
        Section3Tribunal2025 = "section-3-tribunal-2025",
        Section3Referral2025 = "section-3-referral-2025",
        Section3Length2025 = "section-3-length-2025",
        ConsentToTreatment2025 = "consent-to-treatment-2025",
        NominatedPersonDischarge = "nominated-person-discharge",
        NominatedPersonCannotDischarge = "nominated-person-cannot-discharge",
        NominatedPersonChange = "nominated-person-change",
        GuardianshipDischarge2025 = "guardianship-discharge-2025",
        Section37Referral2025 = "section-37-referral-2025",
        CtoReferral2025 = "cto-referral-2025",
    }
}

impl Right {
    /// The sections of the Mental Health Act 1983 the right rests on.
    pub fn sections(self) -> &'static [&'static str] {
        use Right::*;
        match self {
            InformationDetained => &["132"],
            InformationCommunity => &["132A"],
            InformationPlaceOfSafety => &["132"],
            Section2Length => &["2(4)"],
            Section3Length => &["3", "20"],
            Section4Length => &["4(4)"],
            Section5_2Length => &["5(2)"],
            Section5_4Length => &["5(4)"],
            PlaceOfSafetyLength => &["135", "136", "136B"],
            Section35Length => &["35(7)", "35(8)"],
            Section36Length => &["36(6)", "36(7)"],
            Section37Length => &["37", "20"],
            Section38Length => &["38(5)"],
            PrisonTransfer => &["47", "48", "50", "51", "53"],
            HospitalDirection => &["45A"],
            Restrictions => &["41", "49"],
            AskForYourPapers => &["132"],
            Section2Tribunal => &["66(1)(a)"],
            Section3Tribunal => &["66(1)(b)", "66(1)(f)"],
            Section3Referral => &["68(2)", "68(4)", "68(6)"],
            Section37Tribunal => &["40(4)", "66(1)(f)"],
            Section37Referral => &["68(6)"],
            RestrictedTribunal => &["70", "71(2)"],
            RestrictedTransferTribunal => &["74(1)", "74(5A)"],
            TransferTribunal => &["69(2)(b)", "70"],
            CtoTribunal => &["66(1)(ca)", "66(1)(cb)", "66(1)(fza)"],
            CtoReferral => &["68(2)", "68(6)", "68(7)"],
            GuardianshipTribunal => &["66(1)(c)", "66(1)(f)"],
            ConditionalDischargeTribunal => &["75"],
            DetainedTribunal => &["66", "69", "70"],
            HospitalManagers => &["23"],
            NearestRelativeDischarge => &["23", "25", "66(1)(g)"],
            NearestRelativeCannotDischarge => &["69(1)(a)"],
            NearestRelativeChange => &["29(2)(za)", "29(3)(e)", "132(4)"],
            GuardianshipDischarge => &["23(2)(b)"],
            ConsentToTreatment => &["58", "63"],
            NoTreatmentWithoutConsent => &["56(3)"],
            Ect => &["58A", "62(1A)"],
            EctWithoutPart4 => &["56(3)", "56(5)", "58A(4)"],
            Section57Treatment => &["57(2)"],
            CtoTreatment => &["64C(2)", "64D", "64G"],
            Leave => &["17"],
            RestrictedLeave => &["41(3)(c)"],
            CtoConditions => &["17B(2)", "17B(3)", "17E(1)", "17E(2)"],
            CtoRecall => &["17E", "17F"],
            CtoLength => &["20A"],
            GuardianshipPowers => &["8"],
            GuardianshipLength => &["20"],
            ConditionalDischargeConditions => &["42(2)", "42(3)", "73"],
            Aftercare => &["117"],
            InformalCanLeave => &["131", "5(2)", "5(4)"],
            ShortTermMayBecomeLonger => &["2", "3"],
            ComplaintsEngland | ComplaintsWales => &["120"],
            Section2Tribunal2025 => &["66(1)(a)"],
            Section3Tribunal2025 => &["66(1)(b)", "66(1)(f)"],
            Section3Referral2025 => &["68"],
            Section3Length2025 => &["3", "20"],
            ConsentToTreatment2025 => &["58", "63"],
            NominatedPersonDischarge => &["23", "25", "66(1)(g)"],
            NominatedPersonCannotDischarge => &["69(1)(a)"],
            NominatedPersonChange => &["30A", "30B"],
            GuardianshipDischarge2025 => &["23(2)(b)"],
            Section37Referral2025 => &["68"],
            CtoReferral2025 => &["68"],
        }
    }

    /// The right as the Mental Health Act 2025 rewrites it, and the change
    /// that does so; from that change's day the newer right is shown.
    pub fn replaced_by(self) -> Option<(Change, Right)> {
        use Right::*;
        Some(match self {
            Section2Tribunal => (Change::TribunalWindows, Section2Tribunal2025),
            Section3Tribunal => (Change::TribunalWindows, Section3Tribunal2025),
            Section3Referral => (Change::AutomaticReferrals, Section3Referral2025),
            Section3Length => (Change::Section3Periods, Section3Length2025),
            ConsentToTreatment => (Change::MedicationSecondOpinion, ConsentToTreatment2025),
            NearestRelativeDischarge => (Change::NominatedPerson, NominatedPersonDischarge),
            NearestRelativeCannotDischarge => (Change::NominatedPerson, NominatedPersonCannotDischarge),
            NearestRelativeChange => (Change::NominatedPerson, NominatedPersonChange),
            GuardianshipDischarge => (Change::NominatedPerson, GuardianshipDischarge2025),
            Section37Referral => (Change::AutomaticReferrals, Section37Referral2025),
            CtoReferral => (Change::AutomaticReferrals, CtoReferral2025),
            _ => return None,
        })
    }
}

/// The rights that apply to the person under the law in force, most
/// pressing first.
pub fn rights(situation: &Situation, law: &LawInForce) -> Vec<Right> {
    rights_under_the_1983_act(situation)
        .into_iter()
        .map(|right| match right.replaced_by() {
            Some((change, newer)) if law.has(change) => newer,
            _ => right,
        })
        .collect()
}

fn rights_under_the_1983_act(situation: &Situation) -> Vec<Right> {
    use Right::*;
    use Status::*;
    let mut rights = match situation.status {
        Section2 => vec![
            InformationDetained,
            Section2Length,
            Section2Tribunal,
            HospitalManagers,
            NearestRelativeDischarge,
            NearestRelativeChange,
            ConsentToTreatment,
            Leave,
        ],
        Section3 => vec![
            InformationDetained,
            Section3Length,
            Section3Tribunal,
            Section3Referral,
            HospitalManagers,
            NearestRelativeDischarge,
            NearestRelativeChange,
            ConsentToTreatment,
            Leave,
            Aftercare,
        ],
        // s56(3): Part 4 does not reach holding powers or places of safety,
        // so a person held under them may refuse treatment.
        Section4 => vec![InformationDetained, Section4Length, HospitalManagers, NoTreatmentWithoutConsent],
        Section5_2 => vec![InformationDetained, Section5_2Length, NoTreatmentWithoutConsent],
        Section5_4 => vec![InformationDetained, Section5_4Length, NoTreatmentWithoutConsent],
        Section135 | Section136 => {
            vec![InformationPlaceOfSafety, PlaceOfSafetyLength, NoTreatmentWithoutConsent, ShortTermMayBecomeLonger]
        }
        Section35 => vec![InformationDetained, Section35Length, NoTreatmentWithoutConsent],
        Section36 => vec![InformationDetained, Section36Length, ConsentToTreatment],
        Section37 => vec![
            InformationDetained,
            Section37Length,
            Section37Tribunal,
            Section37Referral,
            HospitalManagers,
            NearestRelativeCannotDischarge,
            ConsentToTreatment,
            Leave,
            Aftercare,
        ],
        Section37_41 => vec![
            InformationDetained,
            Restrictions,
            RestrictedTribunal,
            ConsentToTreatment,
            RestrictedLeave,
            Aftercare,
        ],
        Section38 => vec![InformationDetained, Section38Length, ConsentToTreatment],
        Section45A => vec![
            InformationDetained,
            HospitalDirection,
            Restrictions,
            RestrictedTransferTribunal,
            ConsentToTreatment,
            RestrictedLeave,
            Aftercare,
        ],
        Section47 | Section48 => vec![
            InformationDetained,
            PrisonTransfer,
            TransferTribunal,
            ConsentToTreatment,
            Leave,
            Aftercare,
        ],
        Section47_49 | Section48_49 => vec![
            InformationDetained,
            PrisonTransfer,
            Restrictions,
            RestrictedTransferTribunal,
            ConsentToTreatment,
            RestrictedLeave,
            Aftercare,
        ],
        DetainedLongerTerm | DetainedSectionNotKnown => vec![
            AskForYourPapers,
            DetainedTribunal,
            ConsentToTreatment,
            Leave,
        ],
        Cto | CtoRecalled => vec![
            InformationCommunity,
            CtoConditions,
            CtoRecall,
            CtoLength,
            CtoTribunal,
            CtoReferral,
            HospitalManagers,
            NearestRelativeDischarge,
            NearestRelativeChange,
            CtoTreatment,
            Aftercare,
        ],
        Guardianship => vec![
            GuardianshipPowers,
            GuardianshipLength,
            GuardianshipTribunal,
            GuardianshipDischarge,
            NearestRelativeChange,
        ],
        ConditionalDischarge => vec![
            ConditionalDischargeConditions,
            ConditionalDischargeTribunal,
            Aftercare,
        ],
        InformalInpatient => vec![InformalCanLeave],
        Unknown => vec![AskForYourPapers],
        NotUnderTheAct => vec![],
    };
    // In Wales a person held under a holding power already qualifies, so
    // "you can then get an IMHA" is for England (and a country not known).
    if situation.status.power() == Power::HoldingPower && situation.jurisdiction != Jurisdiction::Wales {
        push_new(&mut rights, ShortTermMayBecomeLonger);
    }
    let detained = matches!(
        situation.status.power(),
        Power::LongerTermDetention | Power::DetentionNotKnown
    );
    // ECT safeguards apply to detained patients, and to anyone discussing
    // ECT; the emergency route of s62 only to those Part 4 applies to.
    if detained || situation.treatment_discussed == Treatment::Section58A {
        push_new(&mut rights, if situation.status.part_4_applies() { Ect } else { EctWithoutPart4 });
    }
    if situation.treatment_discussed == Treatment::Section57 {
        push_new(&mut rights, Section57Treatment);
    }
    // Everyone the Act is used on may complain about how it was used: to the
    // CQC in England, to Healthcare Inspectorate Wales in Wales.
    if situation.status != NotUnderTheAct {
        match situation.jurisdiction {
            Jurisdiction::England => push_new(&mut rights, ComplaintsEngland),
            Jurisdiction::Wales => push_new(&mut rights, ComplaintsWales),
            Jurisdiction::Unknown => rights.extend([ComplaintsEngland, ComplaintsWales]),
        }
    }
    rights
}
