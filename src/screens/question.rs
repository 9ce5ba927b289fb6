use super::{use_law, use_page_title, use_words, Action};
use crate::questionnaire::{previous_question, question, Answers, Route};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub slug: &'static str,
    pub changing: bool,
    pub answers: Answers,
    pub dispatch: Callback<Action>,
}

/// One question, following the GOV.UK question-page pattern: the question
/// as the legend's heading, a hint, radios, and an error summary when
/// nothing was chosen.
#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let words = use_words();
    let law = use_law();
    let question = question(props.slug).expect("routes only name known questions");
    let prefix = format!("question-{}", question.slug);
    let selected = use_state(|| props.answers.get(question.field));
    let error = use_state(|| false);
    {
        // A new question (or a change of answers) resets the form.
        let selected = selected.clone();
        let error = error.clone();
        use_effect_with((props.slug, props.answers.get(question.field)), move |(_, answer)| {
            selected.set(*answer);
            error.set(false);
        });
    }
    let heading = words.get(&format!("{prefix}-heading"));
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
        previous_question(question.slug, &props.answers, &law)
            .map_or(Route::Start, |q| Route::Question { slug: q.slug, changing: false })
    };
    let onsubmit = {
        let selected = selected.clone();
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        let (slug, field, changing) = (question.slug, question.field, props.changing);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match *selected {
                Some(value) => dispatch.emit(Action::Answer { slug, field, value, changing }),
                None => error.set(true),
            }
        })
    };
    let choices = question.choices();
    let first_input = format!("{}-{}", question.slug, choices[0]);
    let error_text = words.get(&format!("{prefix}-error"));
    let hint_id = format!("{}-hint", question.slug);
    let error_id = format!("{}-error", question.slug);
    let described_by = if *error { format!("{hint_id} {error_id}") } else { hint_id.clone() };

    let radio = |value: &'static str| {
        let id = format!("{}-{}", question.slug, value);
        let option = format!("option-{}-{}", question.slug, value);
        let hint = words.optional_attribute(&option, "hint");
        let item_hint_id = format!("{id}-hint");
        let onchange = {
            let selected = selected.clone();
            Callback::from(move |event: Event| {
                if event.target_unchecked_into::<HtmlInputElement>().checked() {
                    selected.set(Some(value));
                }
            })
        };
        html! {
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="radio"
                    id={id.clone()}
                    name={question.slug}
                    value={value}
                    checked={*selected == Some(value)}
                    aria-describedby={hint.as_ref().map(|_| item_hint_id.clone())}
                    {onchange}
                />
                <label class="radios__label" for={id}>{ words.get(&option) }</label>
                if let Some(hint) = hint {
                    <span id={item_hint_id} class="radios__hint">{ hint }</span>
                }
            </div>
        }
    };

    html! {
        <>
            <a class="back-link" href={back.href()}>{ words.get("back-link") }</a>
            if *error {
                <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{ words.get("error-summary-title") }</h2>
                    <ul>
                        <li><a href={format!("#{first_input}")} onclick={focus_input(first_input.clone())}>{ error_text.clone() }</a></li>
                    </ul>
                </div>
            }
            <form {onsubmit} novalidate=true>
                <div class={classes!("form-group", error.then_some("form-group--error"))}>
                    <fieldset aria-describedby={described_by}>
                        <legend>
                            <h1>{ heading }</h1>
                        </legend>
                        <p class="hint" id={hint_id.clone()}>{ words.get(&format!("{prefix}-hint")) }</p>
                        if *error {
                            <p class="error-message" id={error_id}>{ error_text }</p>
                        }
                        if question.slug == "what-happened" {
                            <details>
                                <summary>{ words.get("question-what-happened-papers-heading") }</summary>
                                <div><p>{ words.get("question-what-happened-papers") }</p></div>
                            </details>
                        }
                        <div class="radios">
                            { for choices.iter().filter(|value| Some(**value) != question.dont_know).map(|value| radio(value)) }
                            if let Some(dont_know) = question.dont_know {
                                <p class="radios__divider">{ words.get("or-divider") }</p>
                                { radio(dont_know) }
                            }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="button">{ words.get("continue-button") }</button>
            </form>
        </>
    }
}

/// Error summary links point at an input; the fragment holds the route, so
/// move focus to the input instead of following the link.
fn focus_input(id: String) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus(&id);
    })
}
