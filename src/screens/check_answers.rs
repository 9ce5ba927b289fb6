use super::components::BackLink;
use super::{use_law, use_page_title, use_words};
use crate::questionnaire::{answered, Answer, Answers, Route, QUESTIONS, SECTION_ORDER};
use crate::law::Status;
use super::components::{pictured, said};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub answers: Answers,
    /// The result of these answers, to continue to.
    pub result: Route,
}

/// The GOV.UK check-answers pattern: every answer with a "Change" link,
/// then the result.
#[function_component(CheckAnswersPage)]
pub fn check_answers_page(props: &CheckAnswersProps) -> Html {
    let words = use_words();
    let law = use_law();
    let heading = words.get("check-heading");
    use_page_title(heading.clone(), false);
    let back = QUESTIONS
        .iter()
        .rev()
        .find(|question| question.is_asked(&props.answers, &law))
        .map_or(Route::Start, |question| Route::question(question.field));
    html! {
        <>
            <BackLink to={back} />
            <h1>{ pictured(&words, "check-heading", html! { <>{ heading }</> }) }</h1>
            <p>{ said(&words, "check-intro") }</p>
            <dl class="summary-list">
                { for answered(&props.answers, &law).into_iter().map(|(question, answer)| {
                    let label = words.get(&question.message_id("summary"));
                    let change = Route::Question { field: question.field, changing: true };
                    html! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{ label.clone() }</dt>
                            <dd class="summary-list__value">
                                { pictured(&words, &answer.message_id(), html! { <>
                                    { words.get(&answer.message_id()) }
                                    // The helper's everyday answer stands for a section: say which.
                                    if let Some(section) = inferred_section(answer) {
                                        <span class="hint check-inferred">
                                            { words.get_with("check-inferred-section", &[("section", words.get(&section.message_id()).into())]) }
                                        </span>
                                    }
                                </> }) }
                            </dd>
                            <dd class="summary-list__actions">
                                <a href={change.href()}>
                                    { words.get("check-change") }
                                    <span class="visually-hidden">
                                        { " " }{ words.get_with("check-change-context", &[("question", label.into())]) }
                                    </span>
                                </a>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <a class="button" href={props.result.href()} role="button" draggable="false">{ words.get("check-continue") }</a>
        </>
    }
}

/// The section an answer to "what happened" stands for, if it is one the
/// section question offers.
fn inferred_section(answer: Answer) -> Option<Answer> {
    match answer {
        Answer::WhatHappened(what_happened) => {
            let status = what_happened.status();
            (status != Status::Unknown && SECTION_ORDER.contains(&status)).then_some(Answer::Section(status))
        }
        _ => None,
    }
}
