//! Which rights apply to a person, given their status. Each right rests on
//! the sections it names; its plain-language text is in the locale files,
//! under `right-<code>` (heading) with a `.body` attribute.

use super::push_new;
use super::situation::{Power, Situation, Status, Treatment};

coded_enum! {
    pub enum Right {
        // Information every patient under the Act is given.
        InformationDetained = "information-detained",
        InformationCommunity = "information-community",
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
        Section37Tribunal = "section-37-tribunal",
        RestrictedTribunal = "restricted-tribunal",
        TransferTribunal = "transfer-tribunal",
        CtoTribunal = "cto-tribunal",
        GuardianshipTribunal = "guardianship-tribunal",
        ConditionalDischargeTribunal = "conditional-discharge-tribunal",
        DetainedTribunal = "detained-tribunal",
        // Others who can end a section.
        HospitalManagers = "hospital-managers",
        NearestRelativeDischarge = "nearest-relative-discharge",
        NearestRelativeCannotDischarge = "nearest-relative-cannot-discharge",
        // Treatment.
        ConsentToTreatment = "consent-to-treatment",
        NoTreatmentWithoutConsent = "no-treatment-without-consent",
        Ect = "ect",
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
    }
}

impl Right {
    /// The sections of the Mental Health Act 1983 the right rests on.
    pub fn sections(self) -> &'static [&'static str] {
        use Right::*;
        match self {
            InformationDetained => &["132"],
            InformationCommunity => &["132A"],
            Section2Length => &["2(4)"],
            Section3Length => &["3", "20"],
            Section4Length => &["4(4)"],
            Section5_2Length => &["5(2)"],
            Section5_4Length => &["5(4)"],
            PlaceOfSafetyLength => &["135", "136", "136B"],
            Section35Length => &["35(7)"],
            Section36Length => &["36(6)"],
            Section37Length => &["37", "20"],
            Section38Length => &["38(5)"],
            PrisonTransfer => &["47", "48", "50", "51", "53"],
            HospitalDirection => &["45A"],
            Restrictions => &["41", "49"],
            AskForYourPapers => &["132"],
            Section2Tribunal => &["66(1)(a)"],
            Section3Tribunal => &["66(1)(b)", "68"],
            Section37Tribunal => &["69(1)"],
            RestrictedTribunal => &["70"],
            TransferTribunal => &["69(2)(b)", "70"],
            CtoTribunal => &["66(1)(c)", "68"],
            GuardianshipTribunal => &["66(1)(c)"],
            ConditionalDischargeTribunal => &["75"],
            DetainedTribunal => &["66", "69", "70"],
            HospitalManagers => &["23"],
            NearestRelativeDischarge => &["23", "25", "66(1)(g)"],
            NearestRelativeCannotDischarge => &["69(1)(a)"],
            ConsentToTreatment => &["58", "63"],
            NoTreatmentWithoutConsent => &["56"],
            Ect => &["58A", "62"],
            Section57Treatment => &["57"],
            CtoTreatment => &["64A", "64C"],
            Leave => &["17"],
            RestrictedLeave => &["41(3)(c)"],
            CtoConditions => &["17B"],
            CtoRecall => &["17E", "17F"],
            CtoLength => &["20A"],
            GuardianshipPowers => &["8"],
            GuardianshipLength => &["20"],
            ConditionalDischargeConditions => &["42(2)", "42(3)", "73"],
            Aftercare => &["117"],
            InformalCanLeave => &["131", "5(2)", "5(4)"],
            ShortTermMayBecomeLonger => &["2", "3"],
        }
    }
}

/// The rights that apply to the person, most pressing first.
pub fn rights(situation: &Situation) -> Vec<Right> {
    use Right::*;
    use Status::*;
    let mut rights = match situation.status {
        Section2 => vec![
            InformationDetained,
            Section2Length,
            Section2Tribunal,
            HospitalManagers,
            NearestRelativeDischarge,
            ConsentToTreatment,
            Leave,
        ],
        Section3 => vec![
            InformationDetained,
            Section3Length,
            Section3Tribunal,
            HospitalManagers,
            NearestRelativeDischarge,
            ConsentToTreatment,
            Leave,
            Aftercare,
        ],
        Section4 => vec![InformationDetained, Section4Length, ShortTermMayBecomeLonger],
        Section5_2 => vec![InformationDetained, Section5_2Length, ShortTermMayBecomeLonger],
        Section5_4 => vec![InformationDetained, Section5_4Length, ShortTermMayBecomeLonger],
        Section135 | Section136 => {
            vec![InformationDetained, PlaceOfSafetyLength, ShortTermMayBecomeLonger]
        }
        Section35 => vec![InformationDetained, Section35Length, NoTreatmentWithoutConsent],
        Section36 => vec![InformationDetained, Section36Length, ConsentToTreatment],
        Section37 => vec![
            InformationDetained,
            Section37Length,
            Section37Tribunal,
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
            RestrictedTribunal,
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
            TransferTribunal,
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
            HospitalManagers,
            NearestRelativeDischarge,
            CtoTreatment,
            Aftercare,
        ],
        Guardianship => vec![
            GuardianshipPowers,
            GuardianshipLength,
            GuardianshipTribunal,
            NearestRelativeDischarge,
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
    let detained = matches!(
        situation.status.power(),
        Power::LongerTermDetention | Power::DetentionNotKnown
    );
    // ECT and s57 safeguards apply to detained patients, and to anyone
    // discussing those treatments.
    if detained || situation.treatment_discussed == Treatment::Section58A {
        push_new(&mut rights, Ect);
    }
    if situation.treatment_discussed == Treatment::Section57 {
        push_new(&mut rights, Section57Treatment);
    }
    rights
}
