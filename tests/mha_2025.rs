//! The Mental Health Act 2025, which starts on days still to be set: every
//! situation before and after each change's day, and "no day set" always
//! the 1983 Act as it stands.

mod common;
use common::every_situation;

use imha_rights_checker::law::{
    advocate_help, assess, duties, nearest_relative, rights, AdvocateHelp, NearestRelativePoint, Change, Commencement, Date, Duty, Eligibility,
    Jurisdiction, LawInForce, Note, Reason, Regime, Right, Situation, Standing, Status,
    OFFICIAL_COMMENCEMENT,
};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

const START: &str = "2028-04-01";

/// A commencement file in which only `change` has a day, `START`.
fn only(change: Change) -> Commencement {
    let mut value: serde_json::Value = serde_json::from_str(OFFICIAL_COMMENCEMENT).unwrap();
    for (code, entry) in value["changes"].as_object_mut().unwrap() {
        let starts = code == change.code();
        entry["in_force"] = if starts { START.into() } else { serde_json::Value::Null };
        entry["by"] = if starts { "A hypothetical commencement order".into() } else { serde_json::Value::Null };
    }
    Commencement::parse(&value.to_string()).unwrap()
}


/// Everything the result page tells a person in `situation` under `law`:
/// the help and the duties only where an IMHA may be had.
type Told = (imha_rights_checker::law::Assessment, Vec<Right>, Vec<AdvocateHelp>, Vec<Duty>, Vec<NearestRelativePoint>);

fn told(situation: &Situation, law: &LawInForce) -> Told {
    let assessment = assess(situation, law);
    let regime = Regime::of(situation, &assessment);
    let (help, duties) = if assessment.eligible == Eligibility::No {
        (vec![], vec![])
    } else {
        (advocate_help(regime, law), duties(situation, regime, law))
    };
    (assessment.clone(), rights(situation, law), help, duties, nearest_relative(situation, law))
}

#[test]
fn the_commencement_file_names_every_change_once_with_its_day_or_null() {
    let official = Commencement::official();
    for change in Change::ALL {
        // Parsing fails on a missing change, and on a day without `by`.
        let _ = official.day(*change);
    }
    assert_eq!(
        official.day(Change::ConditionalDischargeDeprivationOfLiberty),
        Some(day("2026-02-18")),
        "s56(1) of the 2025 Act: two months after Royal Assent on 18 December 2025"
    );
    assert!(Commencement::parse(r#"{"checked":"2026-12-04","source":"x","changes":{}}"#).is_err());
    // The app's table, made at build time, reads the file as imha-check does.
    assert_eq!(Commencement::parse(OFFICIAL_COMMENCEMENT), Ok(official));
    let file: serde_json::Value = serde_json::from_str(OFFICIAL_COMMENCEMENT).unwrap();
    assert_eq!(Some(Commencement::official_checked_on()), file["checked"].as_str().and_then(Date::parse));
}

#[test]
fn no_day_set_always_gives_the_1983_act_as_it_stands() {
    for on in ["2026-12-04", "2031-06-30", "2099-01-01"] {
        let official = LawInForce::official(day(on));
        let as_it_stands = LawInForce::as_it_stands(day(on));
        for situation in every_situation() {
            assert_eq!(told(&situation, &official), told(&situation, &as_it_stands), "{situation:?} on {on}");
        }
    }
}

#[test]
fn every_situation_before_and_after_each_change_changes_only_what_the_change_concerns() {
    let before = day("2028-03-31");
    let after = day(START);
    for change in Change::ALL {
        let commencement = only(*change);
        let law_before = LawInForce::on(before, commencement.clone());
        let law_after = LawInForce::on(after, commencement);
        assert_eq!(law_before.standing(*change), Standing::Starts(after));
        assert_eq!(law_after.standing(*change), Standing::InForceSince(after));
        for situation in every_situation() {
            let as_it_stands = told(&situation, &LawInForce::as_it_stands(before));
            assert_eq!(told(&situation, &law_before), as_it_stands, "{change:?} {situation:?}: before its day");
            if told(&situation, &law_after) != as_it_stands {
                assert!(change.concerns(&situation), "{change:?} changes {situation:?} without saying it concerns them");
            }
        }
    }
}

fn after(change: Change) -> LawInForce {
    LawInForce::on(day(START), only(change))
}

#[test]
fn s130ca_informal_in_patients_in_england_qualify_from_its_day() {
    let informal = Situation::new(Jurisdiction::England, Status::InformalInpatient);
    let assessment = assess(&informal, &after(Change::EnglishInformalPatients));
    assert_eq!(assessment.eligible, Eligibility::Yes);
    assert_eq!(assessment.reasons, [Reason::EnglishInformalInpatient]);
    assert_eq!(assessment.basis.iter().map(|p| p.section()).collect::<Vec<_>>(), ["130CA"]);
    assert_eq!(Regime::of(&informal, &assessment), Regime::EnglandInformal);
    let help = advocate_help(Regime::EnglandInformal, &after(Change::EnglishInformalPatients));
    assert!(!help.contains(&AdvocateHelp::UnderstandRights), "s130B(2A): no help with rights under the Act");
    // A country not known now agrees: yes in both.
    let unknown = Situation::new(Jurisdiction::Unknown, Status::InformalInpatient);
    assert_eq!(assess(&unknown, &after(Change::EnglishInformalPatients)).eligible, Eligibility::Yes);
}

#[test]
fn s130b_2c_an_imha_visits_every_english_compulsory_patient_from_its_day() {
    let section_3 = Situation::new(Jurisdiction::England, Status::Section3);
    assert!(assess(&section_3, &after(Change::OptOutAdvocacy)).notes.contains(&Note::AdvocateWillVisit));
    let wales = Situation::new(Jurisdiction::Wales, Status::Section3);
    assert!(!assess(&wales, &after(Change::OptOutAdvocacy)).notes.contains(&Note::AdvocateWillVisit), "no opt-out in Wales");
    assert_eq!(Note::AdvocateWillVisit.sections(Jurisdiction::England), ["130B(2C)"]);
}

#[test]
fn s24_the_nominated_person_replaces_the_nearest_relative_from_its_day() {
    let law = after(Change::NominatedPerson);
    let section_3 = Situation::new(Jurisdiction::England, Status::Section3);
    let shown = rights(&section_3, &law);
    assert!(shown.contains(&Right::NominatedPersonDischarge) && !shown.contains(&Right::NearestRelativeDischarge));
    let section_37 = Situation::new(Jurisdiction::England, Status::Section37);
    assert!(rights(&section_37, &law).contains(&Right::NominatedPersonCannotDischarge));
    assert!(duties(&section_3, Regime::EnglandCompulsory, &law).contains(&Duty::CopyToNominatedPerson));
    assert!(advocate_help(Regime::EnglandCompulsory, &law).contains(&AdvocateHelp::VisitRequestsNominatedPerson));
    assert!(advocate_help(Regime::WalesCompulsory, &law).contains(&AdvocateHelp::VisitRequestsWalesCompulsoryNominatedPerson));
}

#[test]
fn each_rewritten_right_is_shown_from_its_changes_day_and_not_before() {
    for right in Right::ALL {
        if let Some((change, newer)) = right.replaced_by() {
            assert!(newer.replaced_by().is_none(), "{newer:?} is itself replaced");
            let shown_before: Vec<Right> = every_situation().iter().flat_map(|s| rights(s, &LawInForce::as_it_stands(day(START)))).collect();
            assert!(!shown_before.contains(&newer), "{newer:?} shown before {change:?}");
            let shown_after: Vec<Right> = every_situation().iter().flat_map(|s| rights(s, &after(change))).collect();
            assert!(shown_after.contains(&newer) && !shown_after.contains(right), "{right:?} → {newer:?} after {change:?}");
        }
    }
}

#[test]
fn s30_1_section_2_tribunal_within_21_days_and_section_3_in_the_first_3_months_from_its_day() {
    let law = after(Change::TribunalWindows);
    assert!(rights(&Situation::new(Jurisdiction::England, Status::Section2), &law).contains(&Right::Section2Tribunal2025));
    assert!(rights(&Situation::new(Jurisdiction::Wales, Status::Section3), &law).contains(&Right::Section3Tribunal2025));
}

#[test]
fn s14_medication_second_opinion_after_2_months_from_its_day() {
    let law = after(Change::MedicationSecondOpinion);
    assert!(rights(&Situation::new(Jurisdiction::England, Status::Section3), &law).contains(&Right::ConsentToTreatment2025));
}

#[test]
fn s41_the_conditional_discharge_change_is_in_force_since_18_february_2026() {
    let law = LawInForce::official(day("2026-12-04"));
    assert_eq!(law.standing(Change::ConditionalDischargeDeprivationOfLiberty), Standing::InForceSince(day("2026-02-18")));
    assert!(Change::ConditionalDischargeDeprivationOfLiberty.concerns(&Situation::new(Jurisdiction::England, Status::ConditionalDischarge)));
    assert_eq!(law.standing(Change::EnglishInformalPatients), Standing::NoDateSet);
}

#[test]
fn a_date_must_be_a_real_day() {
    assert!(Date::parse("2026-02-29").is_none());
    assert!(Date::parse("2028-02-29").is_some());
    assert!(Date::parse("2026-1-01").is_none());
    assert_eq!(day("2026-02-18").to_string(), "2026-02-18");
}

#[test]
fn schedule_2_the_nominated_person_replaces_the_nearest_relative_from_its_day() {
    for situation in every_situation() {
        assert_eq!(nearest_relative(&situation, &after(Change::NominatedPerson)), vec![], "{situation:?}");
        assert!(nearest_relative(&situation, &LawInForce::as_it_stands(day(START))).contains(&NearestRelativePoint::WhoItIs));
    }
}
