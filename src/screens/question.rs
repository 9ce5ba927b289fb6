//! One question page, following the GOV.UK question-page pattern: the
//! question as the legend's heading, a hint, radios, and an error summary
//! when nothing was chosen.

use super::components::{listen, BackLink, ErrorSummary, RadioItem, Radios};
use super::{use_law, use_page_title, use_words, Action};
use crate::questionnaire::{previous_question, question, Answer, Answers, Field, Route};
use super::components::{pictured, said};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub field: Field,
    pub changing: bool,
    pub answers: Answers,
    pub dispatch: Callback<Action>,
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let words = use_words();
    let law = use_law();
    let question = question(props.field);
    let selected = use_state(|| props.answers.get(question.field));
    let error = use_state(|| false);
    {
        // A new question (or a change of answers) resets the form.
        let selected = selected.clone();
        let error = error.clone();
        use_effect_with((props.field, props.answers.get(question.field)), move |(_, answer)| {
            selected.set(*answer);
            error.set(false);
        });
    }
    let heading = words.get(&question.message_id("heading"));
    use_page_title(heading.clone(), *error);
    {
        let error = *error;
        use_effect_with(error, |error| {
            if *error {
                crate::browser::focus("error-summary");
            }
        });
    }

    let back = if props.changing {
        Route::CheckAnswers
    } else {
        previous_question(question.field, &props.answers, &law)
            .map_or(Route::Start, |previous| Route::question(previous.field))
    };
    let onsubmit = {
        let selected = selected.clone();
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        let changing = props.changing;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match *selected {
                Some(answer) => dispatch.emit(Action::Answer { answer, changing }),
                None => error.set(true),
            }
        })
    };
    let on_select = {
        let selected = selected.clone();
        let field = question.field;
        Callback::from(move |code: AttrValue| selected.set(field.parse(&code)))
    };
    let item = |answer: Answer| RadioItem {
        value: answer.code().into(),
        id: input_id(answer),
        label: words.get(&answer.message_id()),
        idea: answer.message_id().into(),
        hint: words.optional_attribute(&answer.message_id(), "hint"),
    };
    let choices = question.choices();
    let first_input = input_id(choices[0]);
    let error_text = words.get(&question.message_id("error"));
    let hint_id = format!("{}-hint", question.slug());
    let error_id = format!("{}-error", question.slug());
    let described_by = if *error { format!("{hint_id} {error_id}") } else { hint_id.clone() };

    html! {
        <>
            <BackLink to={back} />
            { listen(&words, question.slug()) }
            if *error {
                <ErrorSummary errors={vec![(error_text.clone(), first_input)]} />
            }
            <form {onsubmit} novalidate=true>
                <div class={classes!("form-group", error.then_some("form-group--error"))}>
                    <fieldset aria-describedby={described_by}>
                        <legend>
                            <h1>{ pictured(&words, &question.message_id("heading"), html! { <>{ heading }</> }) }</h1>
                        </legend>
                        <p class="hint" id={hint_id}>{ words.get(&question.message_id("hint")) }</p>
                        if *error {
                            <p class="error-message" id={error_id}>{ error_text }</p>
                        }
                        if let Some(details) = question.details {
                            <details>
                                <summary>{ pictured(&words, &format!("{details}-heading"), html! { <>{ words.get(&format!("{details}-heading")) }</> }) }</summary>
                                <div><p>{ said(&words, details) }</p></div>
                            </details>
                        }
                        <Radios
                            name={question.slug()}
                            items={choices.iter().filter(|answer| Some(**answer) != question.dont_know).map(|answer| item(*answer)).collect::<Vec<_>>()}
                            dont_know={question.dont_know.map(item)}
                            selected={selected.map(|answer| AttrValue::from(answer.code()))}
                            {on_select}
                        />
                    </fieldset>
                </div>
                <button type="submit" class="button">{ words.get("continue-button") }</button>
            </form>
        </>
    }
}

/// An answer's radio input: `<slug>-<code>`.
fn input_id(answer: Answer) -> String {
    format!("{}-{}", answer.field().slug(), answer.code())
}
