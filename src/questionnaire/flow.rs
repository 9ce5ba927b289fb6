//! The flow of questions, declared once: which questions there are, in what
//! order, and when each is asked. The rules decide eligibility; this only
//! decides what to ask next. Questions whose answer cannot change the
//! outcome are not asked.

use super::answers::{Answers, Field};
use crate::law::{assess, LawInForce, Power, Situation, Treatment};

/// One question page, `#/question/<slug>`. Its words are the Fluent
/// messages `question-<slug>-*`, and its choices `option-<slug>-<value>`.
#[derive(Debug)]
pub struct Question {
    pub slug: &'static str,
    pub field: Field,
    /// Shown with an "or" divider before it, as in the GOV.UK pattern.
    pub dont_know: Option<&'static str>,
    asked_when: fn(&Answers, &LawInForce) -> bool,
}

impl Question {
    /// Whether the question is asked, given the answers so far and the law
    /// in force (which decides whether an answer could change the outcome).
    pub fn is_asked(&self, answers: &Answers, law: &LawInForce) -> bool {
        (self.asked_when)(answers, law)
    }

    pub fn choices(&self) -> Vec<&'static str> {
        self.field.values()
    }
}

pub const QUESTIONS: &[Question] = &[
    Question {
        slug: "audience",
        field: Field::Audience,
        dont_know: None,
        asked_when: always,
    },
    Question {
        slug: "country",
        field: Field::Jurisdiction,
        dont_know: Some("unknown"),
        asked_when: always,
    },
    Question {
        slug: "situation",
        field: Field::Setting,
        dont_know: Some("unknown"),
        asked_when: always,
    },
    Question {
        slug: "section",
        field: Field::Section,
        dont_know: Some("unknown"),
        asked_when: held_under_a_section,
    },
    Question {
        slug: "what-happened",
        field: Field::WhatHappened,
        dont_know: Some("still-not-sure"),
        asked_when: section_not_known,
    },
    Question {
        slug: "leave",
        field: Field::OnLeave,
        dont_know: Some("unknown"),
        asked_when: detained_in_hospital,
    },
    Question {
        slug: "treatment",
        field: Field::TreatmentDiscussed,
        dont_know: Some("unknown"),
        asked_when: treatment_could_change_the_outcome,
    },
    Question {
        slug: "age",
        field: Field::Under18,
        dont_know: Some("unknown"),
        asked_when: age_could_change_the_outcome,
    },
];

pub fn question(slug: &str) -> Option<&'static Question> {
    position(slug).map(|index| &QUESTIONS[index])
}

/// Where the question `slug` comes in the order.
fn position(slug: &str) -> Option<usize> {
    QUESTIONS.iter().position(|question| question.slug == slug)
}

fn always(_: &Answers, _: &LawInForce) -> bool {
    true
}

fn held_under_a_section(answers: &Answers, _: &LawInForce) -> bool {
    answers.get(Field::Setting) == Some("detained")
}

fn section_not_known(answers: &Answers, _: &LawInForce) -> bool {
    match answers.get(Field::Setting) {
        Some("unknown") => true,
        Some("detained") => answers.get(Field::Section) == Some("unknown"),
        _ => false,
    }
}

/// Leave (section 17) does not change eligibility, but it changes the
/// rights shown: leave, and recall from it.
fn detained_in_hospital(answers: &Answers, _: &LawInForce) -> bool {
    answers.situation().is_some_and(|situation| {
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
    Question(&'static str),
    CheckAnswers,
}

/// The first question still to answer, or the check-answers page.
pub fn next_step(answers: &Answers, law: &LawInForce) -> Step {
    QUESTIONS
        .iter()
        .find(|question| question.is_asked(answers, law) && answers.get(question.field).is_none())
        .map_or(Step::CheckAnswers, |question| Step::Question(question.slug))
}

/// The question asked before `slug`, for the back link; `None` before the
/// first question (the back link then goes to the start page).
pub fn previous_question(slug: &str, answers: &Answers, law: &LawInForce) -> Option<&'static Question> {
    let position = position(slug)?;
    QUESTIONS[..position].iter().rev().find(|question| question.is_asked(answers, law))
}

/// Whether the question `slug` is asked, and every question asked before
/// it has been answered.
pub fn is_reachable(slug: &str, answers: &Answers, law: &LawInForce) -> bool {
    let Some(position) = position(slug) else {
        return false;
    };
    QUESTIONS[position].is_asked(answers, law)
        && QUESTIONS[..position]
            .iter()
            .all(|question| !question.is_asked(answers, law) || answers.get(question.field).is_some())
}

/// The question asked after `slug`, in order, answered or not; `None`
/// after the last (then comes the check-answers page).
pub fn following_question(slug: &str, answers: &Answers, law: &LawInForce) -> Option<&'static Question> {
    let position = position(slug)?;
    QUESTIONS[position + 1..].iter().find(|question| question.is_asked(answers, law))
}

/// The questions asked, in order, with their answers, for the
/// check-answers page.
pub fn answered(answers: &Answers, law: &LawInForce) -> Vec<(&'static Question, &'static str)> {
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
