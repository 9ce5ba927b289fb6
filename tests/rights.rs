//! Rights, help and duties shown for each status, one test per rule.

mod common;
use common::law;

use imha_rights_checker::law::{
    advocate_help, assess, duties, rights, AdvocateHelp, Duty, Jurisdiction, Regime, Right,
    Situation, Status, Treatment,
};


fn regime(situation: &Situation) -> Regime {
    Regime::of(situation, &assess(situation, &law()))
}

fn shown(jurisdiction: Jurisdiction, status: Status) -> Vec<Right> {
    rights(&Situation::new(jurisdiction, status), &law())
}

#[test]
fn s130g_welsh_informal_patients_get_help_with_treatment_decisions_and_complaints_not_rights() {
    let informal = Situation::new(Jurisdiction::Wales, Status::InformalInpatient);
    assert_eq!(regime(&informal), Regime::WalesInformal);
    let help = advocate_help(Regime::WalesInformal, &law());
    for given in [AdvocateHelp::UnderstandTreatment, AdvocateHelp::TakePartInDecisions, AdvocateHelp::Complain, AdvocateHelp::OtherServices] {
        assert!(help.contains(&given), "{given:?}");
    }
    for not_given in [AdvocateHelp::UnderstandRights, AdvocateHelp::UseRights, AdvocateHelp::SpeakForYou] {
        assert!(!help.contains(&not_given), "{not_given:?} is s130F help, for compulsory patients");
    }
    assert_eq!(AdvocateHelp::UnderstandTreatment.sections(Regime::WalesInformal), ["130G(1)"]);
}

#[test]
fn s130f_welsh_compulsory_patients_get_the_english_help_and_more() {
    let help = advocate_help(Regime::WalesCompulsory, &law());
    for given in [AdvocateHelp::UnderstandRights, AdvocateHelp::UseRights, AdvocateHelp::TakePartInDecisions, AdvocateHelp::Complain, AdvocateHelp::OtherServices] {
        assert!(help.contains(&given), "{given:?}");
    }
    assert_eq!(AdvocateHelp::Complain.sections(Regime::WalesCompulsory), ["130F(2)(b)(iii)"]);
}

#[test]
fn s130h_3_who_may_ask_an_imha_to_visit_differs_for_welsh_compulsory_and_informal_patients() {
    assert!(advocate_help(Regime::WalesCompulsory, &law()).contains(&AdvocateHelp::VisitRequestsWalesCompulsory));
    assert!(advocate_help(Regime::WalesInformal, &law()).contains(&AdvocateHelp::VisitRequestsWalesInformal));
    assert!(advocate_help(Regime::EnglandCompulsory, &law()).contains(&AdvocateHelp::VisitRequests));
    assert_eq!(AdvocateHelp::VisitRequests.sections(Regime::EnglandCompulsory), ["130B(5)"]);
    assert_eq!(AdvocateHelp::VisitRequestsWalesInformal.sections(Regime::WalesInformal), ["130H(3)"]);
}

#[test]
fn a_treatment_discussion_makes_a_welsh_informal_patient_a_compulsory_patient_case() {
    let discussing = Situation { treatment_discussed: Treatment::Section57, ..Situation::new(Jurisdiction::Wales, Status::InformalInpatient) };
    assert_eq!(regime(&discussing), Regime::WalesCompulsory);
}

#[test]
fn s130l_5_a_welsh_informal_patients_copy_goes_to_the_people_in_s130l_6() {
    let informal = Situation::new(Jurisdiction::Wales, Status::InformalInpatient);
    let listed = duties(&informal, Regime::WalesInformal, &law());
    assert!(listed.contains(&Duty::CopyToInformalPatientsPeople));
    assert!(!listed.contains(&Duty::CopyToNearestRelative));
    assert_eq!(Duty::CopyToInformalPatientsPeople.sections(Regime::WalesInformal), ["130L(5)", "130L(6)"]);
    assert_eq!(Duty::WhoHospitalManagers.sections(Regime::WalesInformal), ["130L(2)"]);
}

#[test]
fn s130d_5_no_nearest_relative_copy_for_part_3_patients() {
    for status in [Status::Section37, Status::Section37_41, Status::ConditionalDischarge] {
        let it = Situation::new(Jurisdiction::England, status);
        assert!(!duties(&it, regime(&it), &law()).contains(&Duty::CopyToNearestRelative), "{status:?}");
    }
    let section_3 = Situation::new(Jurisdiction::England, Status::Section3);
    assert!(duties(&section_3, regime(&section_3), &law()).contains(&Duty::CopyToNearestRelative));
}

#[test]
fn s130k_2_welsh_holding_power_patients_are_told_by_the_hospital_managers() {
    let section_4 = Situation::new(Jurisdiction::Wales, Status::Section4);
    let listed = duties(&section_4, regime(&section_4), &law());
    assert_eq!(listed[0], Duty::WhoHospitalManagers);
    assert_eq!(Duty::WhoHospitalManagers.sections(Regime::WalesCompulsory), ["130K(2)(a)"]);
}

#[test]
fn s62_1a_the_emergency_route_for_ect_is_shown_only_where_part_4_applies() {
    for status in [Status::Section2, Status::Section3, Status::Section37, Status::CtoRecalled] {
        let it = Situation { treatment_discussed: Treatment::Section58A, ..Situation::new(Jurisdiction::England, status) };
        let listed = rights(&it, &law());
        assert!(listed.contains(&Right::Ect) && !listed.contains(&Right::EctWithoutPart4), "{status:?}");
    }
    // s56(3): remand for a report, holding powers, places of safety and
    // conditional discharge are outside Part 4; so are informal patients.
    for status in [Status::Section35, Status::Section5_2, Status::Section136, Status::ConditionalDischarge, Status::Cto, Status::InformalInpatient] {
        let it = Situation { treatment_discussed: Treatment::Section58A, ..Situation::new(Jurisdiction::England, status) };
        let listed = rights(&it, &law());
        assert!(listed.contains(&Right::EctWithoutPart4) && !listed.contains(&Right::Ect), "{status:?}");
    }
    assert_eq!(Right::Ect.sections(), ["58A", "62(1A)"]);
}

#[test]
fn s130i_2_a_may_become_longer_is_not_told_to_welsh_holding_power_patients_who_already_qualify() {
    for status in [Status::Section4, Status::Section5_2, Status::Section5_4] {
        assert!(shown(Jurisdiction::England, status).contains(&Right::ShortTermMayBecomeLonger), "{status:?}");
        assert!(!shown(Jurisdiction::Wales, status).contains(&Right::ShortTermMayBecomeLonger), "{status:?}");
    }
    for status in [Status::Section135, Status::Section136] {
        assert!(shown(Jurisdiction::Wales, status).contains(&Right::ShortTermMayBecomeLonger), "{status:?}");
    }
}

#[test]
fn s66_1_ca_cb_and_fza_the_community_patients_tribunal() {
    assert_eq!(Right::CtoTribunal.sections(), ["66(1)(ca)", "66(1)(cb)", "66(1)(fza)"]);
    assert_eq!(Right::GuardianshipTribunal.sections(), ["66(1)(c)", "66(1)(f)"]);
}

#[test]
fn s40_4_and_s66_1_f_a_hospital_order_patient_first_applies_on_renewal() {
    assert_eq!(Right::Section37Tribunal.sections(), ["40(4)", "66(1)(f)"]);
}

#[test]
fn s68_the_managers_refer_a_section_3_case_without_an_application() {
    assert!(shown(Jurisdiction::England, Status::Section3).contains(&Right::Section3Referral));
    assert_eq!(Right::Section3Referral.sections(), ["68(2)", "68(4)", "68(6)"]);
}

#[test]
fn s35_8_and_s36_7_an_independent_report_at_the_patients_own_expense() {
    assert_eq!(Right::Section35Length.sections(), ["35(7)", "35(8)"]);
    assert_eq!(Right::Section36Length.sections(), ["36(6)", "36(7)"]);
}

fn every_status_in(jurisdiction: Jurisdiction) -> impl Iterator<Item = (Status, Vec<Right>)> {
    Status::ALL.iter().map(move |status| (*status, shown(jurisdiction, *status)))
}

#[test]
fn s25_the_72_hours_and_barring_are_not_shown_to_guardianship_patients() {
    let guardianship = shown(Jurisdiction::England, Status::Guardianship);
    assert!(!guardianship.contains(&Right::NearestRelativeDischarge));
    assert!(guardianship.contains(&Right::GuardianshipDischarge));
    assert_eq!(Right::GuardianshipDischarge.sections(), ["23(2)(b)"]);
    for status in [Status::Section2, Status::Section3, Status::Cto] {
        assert!(shown(Jurisdiction::England, status).contains(&Right::NearestRelativeDischarge), "{status:?}");
    }
}

#[test]
fn s29_the_county_court_can_replace_an_unsuitable_nearest_relative() {
    for status in [Status::Section2, Status::Section3, Status::Cto, Status::Guardianship] {
        assert!(shown(Jurisdiction::England, status).contains(&Right::NearestRelativeChange), "{status:?}");
    }
    assert_eq!(Right::NearestRelativeChange.sections(), ["29(2)(za)", "29(3)(e)", "132(4)"]);
}

#[test]
fn s74_for_hospital_directions_and_restricted_transfers_the_tribunal_can_only_recommend() {
    for status in [Status::Section45A, Status::Section47_49, Status::Section48_49] {
        let listed = shown(Jurisdiction::England, status);
        assert!(listed.contains(&Right::RestrictedTransferTribunal), "{status:?}");
        assert!(!listed.contains(&Right::RestrictedTribunal) && !listed.contains(&Right::TransferTribunal), "{status:?}");
    }
    assert!(shown(Jurisdiction::England, Status::Section37_41).contains(&Right::RestrictedTribunal));
    assert!(shown(Jurisdiction::England, Status::Section47).contains(&Right::TransferTribunal));
}

#[test]
fn s56_3_holding_powers_and_places_of_safety_may_refuse_treatment() {
    for status in [Status::Section4, Status::Section5_2, Status::Section5_4, Status::Section135, Status::Section136, Status::Section35] {
        assert!(shown(Jurisdiction::England, status).contains(&Right::NoTreatmentWithoutConsent), "{status:?}");
    }
    assert_eq!(Right::NoTreatmentWithoutConsent.sections(), ["56(3)"]);
}

#[test]
fn s23_a_section_4_patient_may_ask_the_hospital_managers_for_discharge() {
    assert!(shown(Jurisdiction::England, Status::Section4).contains(&Right::HospitalManagers));
}

#[test]
fn s17b_and_s17e_cto_conditions_need_an_amhp_and_recall_needs_more_than_a_broken_condition() {
    assert_eq!(Right::CtoConditions.sections(), ["17B(2)", "17B(3)", "17E(1)", "17E(2)"]);
    assert_eq!(Right::CtoTreatment.sections(), ["64C(2)", "64D", "64G"]);
}

#[test]
fn s68_6_and_s68_7_referrals_for_hospital_orders_and_community_patients() {
    assert!(shown(Jurisdiction::England, Status::Section37).contains(&Right::Section37Referral));
    assert!(shown(Jurisdiction::England, Status::Cto).contains(&Right::CtoReferral));
    assert_eq!(Right::CtoReferral.sections(), ["68(2)", "68(6)", "68(7)"]);
    assert_eq!(Right::RestrictedTribunal.sections(), ["70", "71(2)"]);
}

#[test]
fn complaints_about_the_use_of_the_act_for_every_status_go_to_the_cqc_in_england_and_hiw_in_wales() {
    for (status, listed) in every_status_in(Jurisdiction::England) {
        assert_eq!(listed.contains(&Right::ComplaintsEngland), status != Status::NotUnderTheAct, "{status:?}");
        assert!(!listed.contains(&Right::ComplaintsWales), "{status:?}");
    }
    for (status, listed) in every_status_in(Jurisdiction::Wales) {
        assert_eq!(listed.contains(&Right::ComplaintsWales), status != Status::NotUnderTheAct, "{status:?}");
    }
    let unknown = shown(Jurisdiction::Unknown, Status::Section3);
    assert!(unknown.contains(&Right::ComplaintsEngland) && unknown.contains(&Right::ComplaintsWales));
}
