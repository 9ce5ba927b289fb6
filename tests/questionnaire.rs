//! The questionnaire's flow: which questions are asked, in what order, and
//! that every path through it ends in a situation the rules can assess.

mod common;
use common::law;

use imha_rights_checker::law::{assess, Jurisdiction, Status, Treatment};
use imha_rights_checker::questionnaire::{
    answered, next_step, previous_question, prune, question, Answer, Answers, Audience, Field, Route, Step, QUESTIONS,
};
use std::collections::BTreeSet;


fn answers(pairs: &[(Field, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (field, value) in pairs {
        assert!(answers.set_code(*field, value), "{field:?}={value}");
    }
    answers
}

fn asked(answers: &Answers, field: Field) -> bool {
    question(field).is_asked(answers, &law())
}

#[test]
fn the_first_questions_are_who_is_asking_then_country_then_situation() {
    let mut given = Answers::default();
    assert_eq!(next_step(&given, &law()), Step::Question(Field::Audience));
    given.set_code(Field::Audience, "carer");
    assert_eq!(next_step(&given, &law()), Step::Question(Field::Jurisdiction));
    given.set_code(Field::Jurisdiction, "england");
    assert_eq!(next_step(&given, &law()), Step::Question(Field::Setting));
}

#[test]
fn a_person_held_under_a_section_is_asked_which_one() {
    let given = answers(&[(Field::Audience, "patient"), (Field::Jurisdiction, "england"), (Field::Setting, "detained")]);
    assert_eq!(next_step(&given, &law()), Step::Question(Field::Section));
}

#[test]
fn not_knowing_the_section_leads_to_the_what_happened_helper() {
    let given = answers(&[
        (Field::Audience, "patient"),
        (Field::Jurisdiction, "england"),
        (Field::Setting, "detained"),
        (Field::Section, "unknown"),
    ]);
    assert_eq!(next_step(&given, &law()), Step::Question(Field::WhatHappened));
    let not_known = answers(&[(Field::Audience, "patient"), (Field::Jurisdiction, "england"), (Field::Setting, "unknown")]);
    assert_eq!(next_step(&not_known, &law()), Step::Question(Field::WhatHappened));
}

#[test]
fn the_helper_maps_everyday_words_to_a_status() {
    let cases = [
        ("police-public-place", Status::Section136),
        ("police-warrant-home", Status::Section135),
        ("nurse-stopped-leaving", Status::Section5_4),
        ("doctor-stopped-leaving", Status::Section5_2),
        ("court-sent", Status::DetainedLongerTerm),
        ("rules-outside-hospital", Status::Cto),
        ("free-to-leave", Status::InformalInpatient),
    ];
    for (what_happened, status) in cases {
        let given = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "unknown"), (Field::WhatHappened, what_happened)]);
        assert_eq!(given.status(), Some(status), "{what_happened}");
    }
    let held_still_not_sure = answers(&[
        (Field::Setting, "detained"),
        (Field::Section, "unknown"),
        (Field::WhatHappened, "still-not-sure"),
    ]);
    assert_eq!(held_still_not_sure.status(), Some(Status::DetainedSectionNotKnown));
    let still_not_sure = answers(&[(Field::Setting, "unknown"), (Field::WhatHappened, "still-not-sure")]);
    assert_eq!(still_not_sure.status(), Some(Status::Unknown));
}

#[test]
fn leave_is_asked_only_of_people_held_in_hospital() {
    let held = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "detained"), (Field::Section, "section-3")]);
    assert!(asked(&held, Field::OnLeave));
    let cto = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "cto")]);
    assert!(!asked(&cto, Field::OnLeave));
}

#[test]
fn treatment_is_asked_only_where_it_could_change_the_outcome() {
    let informal_england = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "informal-inpatient")]);
    assert!(asked(&informal_england, Field::TreatmentDiscussed));
    let section_3 = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "detained"), (Field::Section, "section-3")]);
    assert!(!asked(&section_3, Field::TreatmentDiscussed));
    let informal_wales = answers(&[(Field::Jurisdiction, "wales"), (Field::Setting, "informal-inpatient")]);
    assert!(!asked(&informal_wales, Field::TreatmentDiscussed), "every informal in-patient in Wales qualifies (s130J)");
    let short_term_england = answers(&[(Field::Jurisdiction, "england"), (Field::Setting, "detained"), (Field::Section, "section-136")]);
    assert!(asked(&short_term_england, Field::TreatmentDiscussed));
}

#[test]
fn age_is_asked_only_when_ect_is_discussed_by_someone_not_otherwise_qualifying() {
    let ect = answers(&[
        (Field::Jurisdiction, "england"),
        (Field::Setting, "informal-inpatient"),
        (Field::TreatmentDiscussed, "section-58a"),
    ]);
    assert!(asked(&ect, Field::Under18));
    let s57 = answers(&[
        (Field::Jurisdiction, "england"),
        (Field::Setting, "informal-inpatient"),
        (Field::TreatmentDiscussed, "section-57"),
    ]);
    assert!(!asked(&s57, Field::Under18));
}

#[test]
fn changing_an_answer_drops_answers_to_questions_no_longer_asked() {
    let mut given = answers(&[
        (Field::Audience, "patient"),
        (Field::Jurisdiction, "england"),
        (Field::Setting, "detained"),
        (Field::Section, "section-3"),
        (Field::OnLeave, "true"),
    ]);
    given.set_code(Field::Setting, "cto");
    prune(&mut given, &law());
    assert_eq!(given.get(Field::Section), None);
    assert_eq!(given.get(Field::OnLeave), None);
    assert_eq!(given.status(), Some(Status::Cto));
}

#[test]
fn the_back_link_goes_to_the_previous_question_asked() {
    let given = answers(&[(Field::Audience, "patient"), (Field::Jurisdiction, "england"), (Field::Setting, "cto")]);
    assert_eq!(previous_question(Field::Setting, &given, &law()).map(|q| q.field), Some(Field::Jurisdiction));
    assert_eq!(previous_question(Field::Audience, &given, &law()).map(|q| q.field), None);
    let helper = answers(&[(Field::Audience, "patient"), (Field::Jurisdiction, "england"), (Field::Setting, "unknown")]);
    assert_eq!(previous_question(Field::WhatHappened, &helper, &law()).map(|q| q.field), Some(Field::Setting));
}

#[test]
fn a_result_link_carries_the_situation_under_imha_check_names() {
    let (given, unreadable) =
        Answers::from_query("jurisdiction=england&status=section-3&audience=carer&under_18=true");
    assert!(unreadable.0.is_empty());
    let situation = given.situation().unwrap();
    assert_eq!(situation.jurisdiction, Jurisdiction::England);
    assert_eq!(situation.status, Status::Section3);
    assert_eq!(situation.under_18, Some(true));
    assert_eq!(given.audience(), Audience::Carer);
    let (again, _) = Answers::from_query(&given.to_result_query());
    assert_eq!(again.situation(), given.situation());
}

#[test]
fn every_status_survives_a_result_link() {
    for status in Status::ALL {
        let (given, unreadable) = Answers::from_query(&format!("jurisdiction=wales&status={}", status.code()));
        assert!(unreadable.0.is_empty(), "{status:?}");
        assert_eq!(given.status(), Some(*status));
        let (again, _) = Answers::from_query(&given.to_result_query());
        assert_eq!(again.status(), Some(*status));
    }
}

#[test]
fn a_link_with_invalid_values_names_them() {
    let (given, unreadable) = Answers::from_query("jurisdiction=narnia&status=section-3&treatment_discussed=x&foo=1");
    assert_eq!(unreadable.0, ["jurisdiction", "treatment_discussed", "foo"]);
    assert_eq!(given.jurisdiction(), None);
    let (escaped, unreadable) = Answers::from_query("jurisdiction=england&status=section%2D3&under_18=null");
    assert!(unreadable.0.is_empty());
    assert_eq!(escaped.status(), Some(Status::Section3));
}

#[test]
fn routes_round_trip_through_their_fragments() {
    let routes = [
        Route::Start,
        Route::question(Field::Jurisdiction),
        Route::Question { field: Field::Section, changing: true },
        Route::CheckAnswers,
        Route::Result { query: "jurisdiction=england&status=section-3".into() },
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.href()), route);
    }
    assert_eq!(Route::parse(""), Route::Start);
    assert_eq!(Route::parse("#/question/nonsense"), Route::NotFound);
    assert_eq!(Route::parse("#/question/treatment-discussed"), Route::question(Field::TreatmentDiscussed));
    assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
}

/// Every sequence of answers a person can give, following the flow.
fn every_path() -> Vec<Answers> {
    let mut finished = Vec::new();
    let mut pending = vec![Answers::default()];
    while let Some(given) = pending.pop() {
        match next_step(&given, &law()) {
            Step::CheckAnswers => finished.push(given),
            Step::Question(field) => {
                for answer in question(field).choices() {
                    let mut next = given.clone();
                    next.set(answer);
                    prune(&mut next, &law());
                    pending.push(next);
                }
            }
        }
    }
    finished
}

#[test]
fn every_path_through_the_questions_ends_in_a_cited_outcome_and_reaches_every_status() {
    let paths = every_path();
    let mut statuses = BTreeSet::new();
    let mut treatments = BTreeSet::new();
    for given in &paths {
        let situation = given.situation().expect("a finished path has a situation");
        let assessment = assess(&situation, &law());
        assert!(!assessment.basis.is_empty());
        assert!(!answered(given, &law()).is_empty());
        statuses.insert(situation.status);
        treatments.insert(situation.treatment_discussed);
    }
    let every: BTreeSet<Status> = Status::ALL.iter().copied().collect();
    assert_eq!(statuses, every, "some status cannot be reached by answering the questions");
    assert!(treatments.contains(&Treatment::Section57) && treatments.contains(&Treatment::Section58A));
    assert!(paths.len() > 100, "{} paths", paths.len());
}

#[test]
fn each_question_is_named_after_its_field_and_offers_that_fields_codes() {
    for question in QUESTIONS {
        assert_eq!(question.slug(), question.field.code().replace('_', "-"));
        assert_eq!(Field::from_slug(question.slug()), Some(question.field));
        for answer in question.choices() {
            assert_eq!(answer.field(), question.field);
            assert_eq!(question.field.parse(answer.code()), Some(answer));
        }
        if let Some(dont_know) = question.dont_know {
            assert!(question.choices().contains(&dont_know), "{:?}", question.field);
        }
    }
}

#[test]
fn the_value_lists_come_from_the_laws_enums() {
    let codes = |field: Field| field.answers().iter().map(|answer| answer.code()).collect::<Vec<_>>();
    assert_eq!(codes(Field::Jurisdiction), Jurisdiction::ALL.iter().map(|it| it.code()).collect::<Vec<_>>());
    assert_eq!(codes(Field::TreatmentDiscussed), Treatment::ALL.iter().map(|it| it.code()).collect::<Vec<_>>());
    for answer in Field::Section.answers() {
        let Answer::Section(status) = answer else { panic!("{answer:?}") };
        assert_eq!(Status::from_code(answer.code()), Some(status));
    }
}

#[test]
fn s17_a_patient_on_leave_says_so_and_is_asked_their_section_but_not_about_leave_again() {
    let given = answers(&[(Field::Audience, "patient"), (Field::Jurisdiction, "england"), (Field::Setting, "detained-on-leave")]);
    assert_eq!(next_step(&given, &law()), Step::Question(Field::Section));
    let with_section = answers(&[
        (Field::Audience, "patient"),
        (Field::Jurisdiction, "england"),
        (Field::Setting, "detained-on-leave"),
        (Field::Section, "section-3"),
    ]);
    assert!(!asked(&with_section, Field::OnLeave));
    let situation = with_section.situation().unwrap();
    assert!(situation.on_leave && situation.status == Status::Section3);
    assert!(!situation.in_hospital(), "on leave, they ask their care team, not ward staff");
    let (again, _) = Answers::from_query(&with_section.to_result_query());
    assert_eq!(again.situation(), Some(situation), "a result link keeps the leave");
}
