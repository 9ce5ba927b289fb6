//! The flow of questions, declared once: which questions there are, in what
//! order, and when each is asked. The rules decide eligibility; this only
//! decides what to ask next. Questions whose answer cannot change the
//! outcome are not asked.

use super::answers::{Answer, Answers, Field, Setting, WhatHappened, YesNo};
use crate::law::{assess, Jurisdiction, LawInForce, Power, Situation, Status, Treatment};

/// One question page, `#/question/<slug>`, the slug being its field's. Its
/// words are the Fluent messages `question-<slug>-*`, and its choices
/// `option-<slug>-<code>`.
#[derive(Debug)]
pub struct Question {
    pub field: Field,
    /// Shown with an "or" divider before it, as in the GOV.UK pattern.
    pub dont_know: Option<Answer>,
    /// Help this question alone needs, behind a "details" disclosure: the
    /// Fluent message `<details>-heading` opens `<details>`.
    pub details: Option<&'static str>,
    asked_when: fn(&Answers, &LawInForce) -> bool,
}

impl Question {
    /// Whether the question is asked, given the answers so far and the law
    /// in force (which decides whether an answer could change the outcome).
    pub fn is_asked(&self, answers: &Answers, law: &LawInForce) -> bool {
        (self.asked_when)(answers, law)
    }

    pub fn slug(&self) -> &'static str {
        self.field.slug()
    }

    /// The Fluent message for one part of the page: `heading`, `hint`,
    /// `error` or `summary`.
    pub fn message_id(&self, part: &str) -> String {
        format!("question-{}-{part}", self.slug())
    }

    pub fn choices(&self) -> Vec<Answer> {
        self.field.answers()
    }
}

pub const QUESTIONS: &[Question] = &[
    Question { field: Field::Audience, dont_know: None, details: None, asked_when: always },
    Question {
        field: Field::Jurisdiction,
        dont_know: Some(Answer::Jurisdiction(Jurisdiction::Unknown)),
        details: None,
        asked_when: always,
    },
    Question { field: Field::Setting, dont_know: Some(Answer::Setting(Setting::Unknown)), details: None, asked_when: always },
    Question {
        field: Field::Section,
        dont_know: Some(Answer::Section(Status::Unknown)),
        details: None,
        asked_when: held_under_a_section,
    },
    Question {
        field: Field::WhatHappened,
        dont_know: Some(Answer::WhatHappened(WhatHappened::StillNotSure)),
        details: Some("question-what-happened-papers"),
        asked_when: section_not_known,
    },
    Question {
        field: Field::OnLeave,
        dont_know: Some(Answer::OnLeave(YesNo::NotKnown)),
        details: None,
        asked_when: detained_in_hospital,
    },
    Question {
        field: Field::TreatmentDiscussed,
        dont_know: Some(Answer::TreatmentDiscussed(Treatment::Unknown)),
        details: None,
        asked_when: treatment_could_change_the_outcome,
    },
    Question {
        field: Field::Under18,
        dont_know: Some(Answer::Under18(YesNo::NotKnown)),
        details: None,
        asked_when: age_could_change_the_outcome,
    },
];

pub fn question(field: Field) -> &'static Question {
    &QUESTIONS[position(field)]
}

/// Where the question about `field` comes in the order.
fn position(field: Field) -> usize {
    QUESTIONS.iter().position(|question| question.field == field).expect("every field has its question")
}

fn always(_: &Answers, _: &LawInForce) -> bool {
    true
}

fn held_under_a_section(answers: &Answers, _: &LawInForce) -> bool {
    matches!(answers.setting(), Some(Setting::Detained | Setting::DetainedOnLeave))
}

fn section_not_known(answers: &Answers, _: &LawInForce) -> bool {
    match answers.setting() {
        Some(Setting::Unknown) => true,
        Some(Setting::Detained | Setting::DetainedOnLeave) => answers.section() == Some(Status::Unknown),
        _ => false,
    }
}

/// Leave (section 17) does not change eligibility, but it changes the
/// rights shown: leave, and recall from it.
fn detained_in_hospital(answers: &Answers, _: &LawInForce) -> bool {
    // Someone who said they are on leave is not asked again.
    answers.setting() != Some(Setting::DetainedOnLeave)
        && answers.situation().is_some_and(|situation| {
        matches!(
            situation.status.power(),
            Power::LongerTermDetention | Power::DetentionNotKnown
        )
    })
}

fn outcomes_differ(situations: impl Iterator<Item = Situation>, law: &LawInForce) -> bool {
    let mut outcomes = situations.map(|situation| assess(&situation, law).eligible);
    let first = outcomes.next();
    outcomes.any(|outcome| Some(outcome) != first)
}

fn treatment_could_change_the_outcome(answers: &Answers, law: &LawInForce) -> bool {
    answers.situation().is_some_and(|situation| {
        outcomes_differ([Treatment::Section57, Treatment::Section58A, Treatment::None].map(
            |treatment_discussed| Situation { treatment_discussed, under_18: Some(true), ..situation },
        )
        .into_iter(), law)
    })
}

fn age_could_change_the_outcome(answers: &Answers, law: &LawInForce) -> bool {
    answers.situation().is_some_and(|situation| {
        outcomes_differ(
            [Some(true), Some(false)]
                .map(|under_18| Situation { under_18, ..situation })
                .into_iter(),
            law,
        )
    })
}

/// Where a person is in the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Question(Field),
    CheckAnswers,
}

/// The first question still to answer, or the check-answers page.
pub fn next_step(answers: &Answers, law: &LawInForce) -> Step {
    QUESTIONS
        .iter()
        .find(|question| question.is_asked(answers, law) && answers.get(question.field).is_none())
        .map_or(Step::CheckAnswers, |question| Step::Question(question.field))
}

/// The question asked before the one about `field`, for the back link;
/// `None` before the first question (the back link then goes to the start
/// page).
pub fn previous_question(field: Field, answers: &Answers, law: &LawInForce) -> Option<&'static Question> {
    let position = position(field);
    QUESTIONS[..position].iter().rev().find(|question| question.is_asked(answers, law))
}

/// Whether the question about `field` is asked, and every question asked
/// before it has been answered.
pub fn is_reachable(field: Field, answers: &Answers, law: &LawInForce) -> bool {
    let position = position(field);
    QUESTIONS[position].is_asked(answers, law)
        && QUESTIONS[..position]
            .iter()
            .all(|question| !question.is_asked(answers, law) || answers.get(question.field).is_some())
}

/// The question asked after the one about `field`, in order, answered or
/// not; `None` after the last (then comes the check-answers page).
pub fn following_question(field: Field, answers: &Answers, law: &LawInForce) -> Option<&'static Question> {
    let position = position(field);
    QUESTIONS[position + 1..].iter().find(|question| question.is_asked(answers, law))
}

/// The questions asked, in order, with their answers, for the
/// check-answers page.
pub fn answered(answers: &Answers, law: &LawInForce) -> Vec<(&'static Question, Answer)> {
    QUESTIONS
        .iter()
        .filter(|question| question.is_asked(answers, law))
        .filter_map(|question| answers.get(question.field).map(|value| (question, value)))
        .collect()
}

/// Drops answers to questions that are no longer asked (say, a section
/// after the person changed their situation to "community treatment
/// order"), so that nothing stale reaches the result.
pub fn prune(answers: &mut Answers, law: &LawInForce) {
    loop {
        let stale: Vec<Field> = answers
            .fields()
            .filter(|field| {
                QUESTIONS
                    .iter()
                    .filter(|question| question.field == *field)
                    .all(|question| !question.is_asked(answers, law))
            })
            .collect();
        if stale.is_empty() {
            return;
        }
        for field in stale {
            answers.remove(field);
        }
    }
}
