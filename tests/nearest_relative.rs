//! The nearest relative, as a carer is told: one test per rule, named
//! after the section it follows.

mod common;
use common::{every_situation, law};

use imha_rights_checker::law::{nearest_relative, NearestRelativePoint::*, Situation, Status};

fn told(status: Status) -> Vec<imha_rights_checker::law::NearestRelativePoint> {
    let situation = every_situation().into_iter().find(|s: &Situation| s.status == status).unwrap();
    nearest_relative(&situation, &law())
}

#[test]
fn s26_every_carer_is_told_who_the_nearest_relative_is() {
    for situation in every_situation() {
        assert_eq!(nearest_relative(&situation, &law()).first(), Some(&WhoItIs), "{situation:?}");
    }
}

#[test]
fn s11_3_the_nearest_relative_is_told_of_a_section_2_application() {
    for status in Status::ALL {
        assert_eq!(told(*status).contains(&ToldOfSection2), *status == Status::Section2, "{status:?}");
    }
}

#[test]
fn s11_4_the_nearest_relative_is_consulted_and_may_object_before_section_3_not_once_under_it() {
    for status in [Status::Section2, Status::Section4, Status::Section136, Status::InformalInpatient, Status::NotUnderTheAct] {
        assert!(told(status).contains(&ConsultedBeforeSection3), "{status:?}");
    }
    for status in [Status::Section3, Status::Cto, Status::Guardianship, Status::Section37] {
        assert!(!told(status).contains(&ConsultedBeforeSection3), "{status:?}");
    }
}

#[test]
fn s13_4_the_nearest_relative_may_ask_for_an_assessment_of_someone_not_detained() {
    assert!(told(Status::InformalInpatient).contains(&AskForAssessment));
    assert!(told(Status::NotUnderTheAct).contains(&AskForAssessment));
    assert!(!told(Status::Section3).contains(&AskForAssessment));
}

#[test]
fn s23_2_and_s25_1_the_nearest_relative_may_order_discharge_from_section_2_section_3_and_a_cto() {
    for status in [Status::Section2, Status::Section3, Status::Cto, Status::CtoRecalled] {
        assert!(told(status).contains(&OrderDischarge), "{status:?}");
    }
    assert_eq!(OrderDischarge.sections(), &["23(2)(a)", "23(2)(c)", "25(1)"]);
}

#[test]
fn s23_2_b_the_nearest_relative_may_end_guardianship_without_notice_or_barring() {
    assert!(told(Status::Guardianship).contains(&OrderGuardianshipDischarge));
    assert!(!told(Status::Guardianship).contains(&OrderDischarge));
    assert!(!told(Status::Guardianship).contains(&TribunalAfterBarring));
}

#[test]
fn s66_1_g_after_barring_the_tribunal_for_section_3_and_cto_not_section_2() {
    assert!(told(Status::Section3).contains(&TribunalAfterBarring));
    assert!(told(Status::Cto).contains(&TribunalAfterBarring));
    assert!(!told(Status::Section2).contains(&TribunalAfterBarring));
}

#[test]
fn part_3_the_nearest_relative_cannot_discharge_a_court_or_prison_patient() {
    for status in Status::ALL.iter().filter(|status| status.is_part_3()) {
        let points = told(*status);
        assert!(points.contains(&CannotDischargeCourtPatient), "{status:?}");
        assert!(!points.contains(&OrderDischarge) && !points.contains(&CopyOfInformation), "{status:?}");
    }
}

#[test]
fn s132_4_and_s132a_3_the_nearest_relative_gets_a_copy_of_the_information_unless_the_patient_objects() {
    for status in [Status::Section2, Status::Section3, Status::Section5_2, Status::Cto] {
        assert!(told(status).contains(&CopyOfInformation), "{status:?}");
    }
    assert!(!told(Status::InformalInpatient).contains(&CopyOfInformation));
}

#[test]
fn s29_the_county_court_may_appoint_someone_else_for_a_civil_patient() {
    for status in [Status::Section2, Status::Section3, Status::Cto, Status::Guardianship] {
        assert!(told(status).contains(&CountyCourt), "{status:?}");
    }
    assert!(!told(Status::Section37_41).contains(&CountyCourt));
}
