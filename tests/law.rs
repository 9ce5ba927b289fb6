//! The eligibility rules, one test per provision, named after it. Items the
//! project's legal summary marks "(check)" say so in their test name, so a
//! reviewer can find them.

mod common;
use common::{law, every_situation};

use imha_rights_checker::law::{

    assess, cite, Eligibility, Jurisdiction, Note, Provision, Ask, Reason, Situation,
    Status, Treatment,
};


const LONGER_TERM_DETENTION: [Status; 12] = [
    Status::Section2,
    Status::Section3,
    Status::Section35,
    Status::Section36,
    Status::Section37,
    Status::Section37_41,
    Status::Section38,
    Status::Section45A,
    Status::Section47,
    Status::Section47_49,
    Status::Section48,
    Status::Section48_49,
];

const DETENTION_SECTIONS: [Status; 18] = [
    Status::Section2,
    Status::Section3,
    Status::Section35,
    Status::Section36,
    Status::Section37,
    Status::Section37_41,
    Status::Section38,
    Status::Section45A,
    Status::Section47,
    Status::Section47_49,
    Status::Section48,
    Status::Section48_49,
    Status::DetainedLongerTerm,
    Status::Section4,
    Status::Section5_2,
    Status::Section5_4,
    Status::Section135,
    Status::Section136,
];

const HOLDING_POWERS: [Status; 3] = [Status::Section4, Status::Section5_2, Status::Section5_4];

const PLACES_OF_SAFETY: [Status; 2] = [Status::Section135, Status::Section136];

fn situation(jurisdiction: Jurisdiction, status: Status) -> Situation {
    Situation::new(jurisdiction, status)
}

fn discussing(jurisdiction: Jurisdiction, status: Status, treatment: Treatment, under_18: Option<bool>) -> Situation {
    Situation {
        treatment_discussed: treatment,
        under_18,
        ..Situation::new(jurisdiction, status)
    }
}

fn sections(situation: &Situation) -> Vec<&'static str> {
    assess(situation, &law()).basis.iter().map(|p| p.section()).collect()
}

#[test]
fn s130c_2_a_liable_to_be_detained_under_sections_2_3_and_part_3_qualifies() {
    for status in LONGER_TERM_DETENTION {
        let it = situation(Jurisdiction::England, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::Yes, "{status:?}");
        assert_eq!(sections(&it), ["130C(2)(a)"], "{status:?}");
        assert_eq!(assessment.reasons, [Reason::LiableToBeDetained]);
    }
}

#[test]
fn s130c_2_a_excludes_the_holding_powers_4_5_2_and_5_4() {
    for status in HOLDING_POWERS {
        let it = situation(Jurisdiction::England, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::No, "{status:?}");
        assert_eq!(sections(&it), ["130C(2)(a)"]);
        assert_eq!(assessment.reasons, [Reason::HoldingPowerExcludedInEngland]);
        assert_eq!(assessment.notes, [Note::AskAgainIfDetainedLonger]);
    }
}

#[test]
fn s130c_2_a_excludes_places_of_safety_135_and_136() {
    for status in PLACES_OF_SAFETY {
        let it = situation(Jurisdiction::England, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::No, "{status:?}");
        assert_eq!(sections(&it), ["130C(2)(a)"]);
        assert_eq!(assessment.reasons, [Reason::PlaceOfSafetyExcluded]);
        assert_eq!(assessment.notes, [Note::AskAgainIfDetainedLonger]);
        assert_eq!(Note::AskAgainIfDetainedLonger.sections(Jurisdiction::England), ["130C(2)(a)"]);
    }
}

#[test]
fn s17_leave_of_absence_does_not_end_eligibility() {
    for jurisdiction in [Jurisdiction::England, Jurisdiction::Wales] {
        for status in LONGER_TERM_DETENTION {
            let on_leave = Situation { on_leave: true, ..situation(jurisdiction, status) };
            let assessment = assess(&on_leave, &law());
            assert_eq!(assessment.eligible, Eligibility::Yes, "{status:?}");
            assert_eq!(assessment.notes, [Note::LeaveDoesNotEndEligibility]);
            assert_eq!(Note::LeaveDoesNotEndEligibility.sections(jurisdiction), ["17"]);
        }
    }
}

#[test]
fn s130c_2_b_guardianship_qualifies() {
    let it = situation(Jurisdiction::England, Status::Guardianship);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130C(2)(b)"]);
}

#[test]
fn s130c_2_c_community_patient_qualifies() {
    let it = situation(Jurisdiction::England, Status::Cto);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130C(2)(c)"]);
    assert!(assess(&it, &law()).notes.is_empty());
}

#[test]
fn s17e_recall_to_hospital_does_not_end_a_community_treatment_order() {
    for jurisdiction in [Jurisdiction::England, Jurisdiction::Wales] {
        let it = situation(jurisdiction, Status::CtoRecalled);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::Yes);
        assert_eq!(assessment.reasons, [Reason::CommunityPatient]);
        assert_eq!(assessment.notes, [Note::RecallDoesNotEndCto]);
    }
    assert_eq!(sections(&situation(Jurisdiction::England, Status::CtoRecalled)), ["130C(2)(c)"]);
}

#[test]
fn s130d_2_b_conditionally_discharged_restricted_patient_is_liable_to_be_detained_under_s130c_2_a_check()
{
    let it = situation(Jurisdiction::England, Status::ConditionalDischarge);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(assess(&it, &law()).reasons, [Reason::ConditionallyDischarged]);
    assert_eq!(sections(&it), ["130C(2)(a)"]);
}

#[test]
fn s130c_3_a_any_other_patient_discussing_section_57_treatment_qualifies() {
    for status in [Status::InformalInpatient, Status::NotUnderTheAct, Status::Section136] {
        for under_18 in [Some(true), Some(false), None] {
            let it = discussing(Jurisdiction::England, status, Treatment::Section57, under_18);
            let assessment = assess(&it, &law());
            assert_eq!(assessment.eligible, Eligibility::Yes, "{status:?}");
            assert_eq!(sections(&it), ["130C(3)(a)"]);
            assert_eq!(assessment.reasons, [Reason::DiscussingSection57]);
        }
    }
}

#[test]
fn s130c_3_b_under_18_discussing_section_58a_treatment_qualifies() {
    let it = discussing(Jurisdiction::England, Status::InformalInpatient, Treatment::Section58A, Some(true));
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130C(3)(b)"]);
    assert_eq!(assess(&it, &law()).reasons, [Reason::Under18DiscussingEct]);
}

#[test]
fn s130c_3_b_adult_discussing_section_58a_treatment_does_not_qualify_by_that_alone() {
    let it = discussing(Jurisdiction::England, Status::InformalInpatient, Treatment::Section58A, Some(false));
    let assessment = assess(&it, &law());
    assert_eq!(assessment.eligible, Eligibility::No);
    assert_eq!(assessment.reasons, [Reason::InformalInEngland, Reason::AdultDiscussingEctDoesNotQualify]);
    assert!(sections(&it).contains(&"130C(3)(b)"));
}

#[test]
fn s130c_3_b_age_not_known_while_discussing_ect_is_unsure_and_asks_age() {
    let it = discussing(Jurisdiction::England, Status::InformalInpatient, Treatment::Section58A, None);
    let assessment = assess(&it, &law());
    assert_eq!(assessment.eligible, Eligibility::Unsure);
    assert_eq!(assessment.ask, [Ask::IsUnder18]);
}

#[test]
fn s130c_4_stays_qualifying_while_the_treatment_is_proposed_check() {
    let it = discussing(Jurisdiction::England, Status::NotUnderTheAct, Treatment::Section57, None);
    assert_eq!(assess(&it, &law()).notes, [Note::StaysQualifyingWhileTreatmentProposed]);
    assert_eq!(Note::StaysQualifyingWhileTreatmentProposed.sections(Jurisdiction::England), ["130C(4)"]);
}

#[test]
fn s130c_informal_patient_in_england_not_discussing_treatment_does_not_qualify() {
    let it = situation(Jurisdiction::England, Status::InformalInpatient);
    let assessment = assess(&it, &law());
    assert_eq!(assessment.eligible, Eligibility::No);
    assert_eq!(assessment.reasons, [Reason::InformalInEngland]);
    assert_eq!(sections(&it), ["130C"]);
}

#[test]
fn s130c_informal_patient_in_england_not_knowing_the_treatment_is_unsure() {
    let it = discussing(Jurisdiction::England, Status::InformalInpatient, Treatment::Unknown, Some(false));
    let assessment = assess(&it, &law());
    assert_eq!(assessment.eligible, Eligibility::Unsure);
    assert_eq!(assessment.ask, [Ask::WhichTreatment]);
}

#[test]
fn s130c_person_not_under_the_act_does_not_qualify() {
    let it = situation(Jurisdiction::England, Status::NotUnderTheAct);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::No);
    assert_eq!(assess(&it, &law()).reasons, [Reason::NotUnderTheAct]);
}

#[test]
fn s130i_2_a_liable_to_be_detained_in_wales_qualifies() {
    for status in LONGER_TERM_DETENTION {
        let it = situation(Jurisdiction::Wales, status);
        assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes, "{status:?}");
        assert_eq!(sections(&it), ["130I(2)(a)"]);
    }
}

/// SI 2011/2501's explanatory note: "liable to be detained (other than
/// under sections 135 and 136 of the Act)"; the statute's text itself was
/// not found, hence `_check`.
#[test]
fn s130i_2_a_in_wales_the_holding_powers_4_5_2_and_5_4_qualify_check() {
    for status in HOLDING_POWERS {
        let it = situation(Jurisdiction::Wales, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::Yes, "{status:?}");
        assert_eq!(assessment.reasons, [Reason::HoldingPowerCoveredInWales]);
        assert_eq!(sections(&it), ["130I(2)(a)"]);
    }
}

#[test]
fn s130i_2_a_in_wales_places_of_safety_135_and_136_do_not_qualify_check() {
    for status in PLACES_OF_SAFETY {
        let it = situation(Jurisdiction::Wales, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::No, "{status:?}");
        assert_eq!(assessment.reasons, [Reason::PlaceOfSafetyExcluded]);
        assert_eq!(sections(&it), ["130I(2)(a)"]);
        assert_eq!(assessment.notes, [Note::AskAgainIfDetainedLonger]);
        assert_eq!(Note::AskAgainIfDetainedLonger.sections(Jurisdiction::Wales), ["130I(2)(a)"]);
    }
}

#[test]
fn places_of_safety_do_not_qualify_in_either_country_so_country_not_known_is_no() {
    for status in PLACES_OF_SAFETY {
        let it = situation(Jurisdiction::Unknown, status);
        let assessment = assess(&it, &law());
        assert_eq!(assessment.eligible, Eligibility::No, "{status:?}");
        assert!(assessment.ask.is_empty());
        assert_eq!(sections(&it), ["130C(2)(a)", "130I(2)(a)"]);
    }
    let discussing_s57 = discussing(Jurisdiction::Unknown, Status::Section136, Treatment::Section57, None);
    assert_eq!(assess(&discussing_s57, &law()).eligible, Eligibility::Yes);
}

#[test]
fn s130k_2_b_conditionally_discharged_restricted_patient_in_wales_falls_within_s130i_2_a() {
    let it = situation(Jurisdiction::Wales, Status::ConditionalDischarge);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130I(2)(a)"]);
}

#[test]
fn s130i_2_b_guardianship_in_wales_qualifies_check() {
    let it = situation(Jurisdiction::Wales, Status::Guardianship);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130I(2)(b)"]);
}

#[test]
fn s130i_2_c_community_patient_in_wales_qualifies_check() {
    let it = situation(Jurisdiction::Wales, Status::Cto);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130I(2)(c)"]);
}

#[test]
fn s130i_3_in_wales_discussing_section_57_or_under_18_discussing_ect_qualifies_check() {
    let s57 = discussing(Jurisdiction::Wales, Status::NotUnderTheAct, Treatment::Section57, Some(false));
    assert_eq!(assess(&s57, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&s57), ["130I(3)(a)"]);
    let ect = discussing(Jurisdiction::Wales, Status::NotUnderTheAct, Treatment::Section58A, Some(true));
    assert_eq!(assess(&ect, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&ect), ["130I(3)(b)"]);
    let adult_ect = discussing(Jurisdiction::Wales, Status::NotUnderTheAct, Treatment::Section58A, Some(false));
    assert_eq!(assess(&adult_ect, &law()).eligible, Eligibility::No);
}

#[test]
fn s130j_informal_in_patient_in_wales_qualifies() {
    for treatment in Treatment::ALL {
        for under_18 in [Some(true), Some(false), None] {
            let it = discussing(Jurisdiction::Wales, Status::InformalInpatient, *treatment, under_18);
            assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes, "{treatment:?} {under_18:?}");
        }
    }
    let plain = situation(Jurisdiction::Wales, Status::InformalInpatient);
    assert_eq!(assess(&plain, &law()).reasons, [Reason::WelshInformalInpatient]);
    assert_eq!(sections(&plain), ["130J(2)"]);
}

#[test]
fn country_not_known_gives_an_answer_only_where_england_and_wales_agree() {
    let section_3 = situation(Jurisdiction::Unknown, Status::Section3);
    assert_eq!(assess(&section_3, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&section_3), ["130C(2)(a)", "130I(2)(a)"]);

    for status in [Status::Section4, Status::InformalInpatient] {
        let it = situation(Jurisdiction::Unknown, status);
        assert_eq!(assess(&it, &law()).eligible, Eligibility::Unsure, "{status:?}");
        assert_eq!(assess(&it, &law()).ask, [Ask::WhichCountry]);
    }
}

#[test]
fn section_not_known_is_unsure_and_asks_which_section() {
    for jurisdiction in [Jurisdiction::England, Jurisdiction::Wales] {
        let it = situation(jurisdiction, Status::Unknown);
        assert_eq!(assess(&it, &law()).eligible, Eligibility::Unsure);
        assert_eq!(assess(&it, &law()).ask, [Ask::WhichSection]);
    }
}

#[test]
fn section_not_known_does_not_matter_to_a_person_discussing_section_57_treatment() {
    let it = discussing(Jurisdiction::England, Status::Unknown, Treatment::Section57, None);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130C(2)", "130C(3)(a)"]);
}

#[test]
fn detained_but_section_not_known_is_unsure_in_both_countries_and_asks_which_section() {
    // It may be a place of safety, which qualifies in neither country.
    for jurisdiction in [Jurisdiction::England, Jurisdiction::Wales] {
        let it = situation(jurisdiction, Status::DetainedSectionNotKnown);
        assert_eq!(assess(&it, &law()).eligible, Eligibility::Unsure, "{jurisdiction:?}");
        assert_eq!(assess(&it, &law()).ask, [Ask::WhichSection]);
    }
}

#[test]
fn every_welsh_outcome_cites_130i_or_130j() {
    for it in every_situation().iter().filter(|it| it.jurisdiction == Jurisdiction::Wales) {
        let cited = sections(it);
        assert!(
            cited.iter().all(|section| section.starts_with("130I") || section.starts_with("130J")),
            "{it:?} cites {cited:?}"
        );
    }
}

#[test]
fn detained_longer_than_the_short_term_powers_allow_qualifies() {
    let it = situation(Jurisdiction::England, Status::DetainedLongerTerm);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert_eq!(sections(&it), ["130C(2)(a)"]);
}

#[test]
fn treatment_not_known_does_not_matter_to_a_detained_patient() {
    let it = discussing(Jurisdiction::England, Status::Section2, Treatment::Unknown, None);
    assert_eq!(assess(&it, &law()).eligible, Eligibility::Yes);
    assert!(assess(&it, &law()).ask.is_empty());
}

#[test]
fn citation_names_the_act_and_section() {
    assert_eq!(
        cite(&[Provision::EnglandLiableToBeDetained]),
        "Mental Health Act 1983, section 130C(2)(a)"
    );
    assert_eq!(
        cite(&[Provision::WalesInformalInpatient]),
        "Mental Health Act 1983, section 130J(2) (as inserted by the Mental Health (Wales) Measure 2010)"
    );
}


/// Every concrete situation an "I don't know" answer could stand for.
fn completions(it: &Situation) -> Vec<Situation> {
    let jurisdictions: Vec<Jurisdiction> = match it.jurisdiction {
        Jurisdiction::Unknown => vec![Jurisdiction::England, Jurisdiction::Wales],
        known => vec![known],
    };
    let statuses: Vec<Status> = match it.status {
        Status::Unknown => Status::ALL
            .iter()
            .copied()
            .filter(|s| !matches!(s, Status::Unknown | Status::DetainedSectionNotKnown))
            .collect(),
        Status::DetainedSectionNotKnown => DETENTION_SECTIONS.to_vec(),
        known => vec![known],
    };
    let ages = match it.under_18 {
        None => vec![Some(true), Some(false)],
        known => vec![known],
    };
    let treatments = match it.treatment_discussed {
        Treatment::Unknown => vec![Treatment::Section57, Treatment::Section58A, Treatment::None],
        known => vec![known],
    };
    let mut all = Vec::new();
    for &jurisdiction in &jurisdictions {
        for &status in &statuses {
            for &under_18 in &ages {
                for &treatment_discussed in &treatments {
                    all.push(Situation { jurisdiction, status, under_18, treatment_discussed, on_leave: it.on_leave });
                }
            }
        }
    }
    all
}

#[test]
fn every_combination_of_answers_has_a_cited_outcome_and_never_guesses() {
    let all = every_situation();
    assert_eq!(all.len(), 3 * 26 * 2 * 3 * 4);
    for it in &all {
        let assessment = assess(it, &law());
        assert!(!assessment.basis.is_empty(), "{it:?} has no basis");
        assert!(cite(&assessment.basis).starts_with("Mental Health Act 1983, section"), "{it:?}");
        assert!(!assessment.reasons.is_empty(), "{it:?} has no reason");
        assert_eq!(
            assessment.eligible == Eligibility::Unsure,
            !assessment.ask.is_empty(),
            "{it:?}: only 'not sure yet' asks questions, and it always does"
        );
        let outcomes: Vec<Eligibility> = completions(it).iter().map(|c| assess(c, &law()).eligible).collect();
        assert!(!outcomes.contains(&Eligibility::Unsure), "{it:?}: a fully known situation is never unsure");
        let all_agree = outcomes.iter().all(|o| *o == outcomes[0]);
        match assessment.eligible {
            Eligibility::Unsure => assert!(!all_agree, "{it:?}: unsure although the unknown answer does not matter"),
            definite => assert!(
                all_agree && outcomes[0] == definite,
                "{it:?}: {definite:?} is a guess; the possible answers give {outcomes:?}"
            ),
        }
    }
}
