//! "The law is changing": what the Mental Health Act 2025 will change for
//! this person, and whether each change has started. People have heard of
//! "the new Mental Health Act"; this says what it means for them today.

use super::components::{pictured, said};
use super::{use_law, use_words};
use crate::law::{Change, LawInForce, Situation, Standing};
use crate::words::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LawChangingProps {
    /// The person's situation, or `None` for every change (the staff page).
    pub situation: Option<Situation>,
}

#[function_component(LawChanging)]
pub fn law_changing(props: &LawChangingProps) -> Html {
    let words = use_words();
    let law = use_law();
    let changes: Vec<Change> = Change::ALL
        .iter()
        .copied()
        .filter(|change| props.situation.as_ref().is_none_or(|situation| change.concerns(situation)))
        .collect();
    if changes.is_empty() {
        return html! {};
    }
    html! {
        <section class="law-changing" aria-labelledby="law-changing-heading">
            <details class="section-details">
            <summary><h2 id="law-changing-heading">{ words.get("change-heading") }</h2></summary>
            <div>
            <p>{ said(&words, "change-intro") }</p>
            <ul>
                { for changes.iter().map(|change| html! {
                    <li data-change={change.code()}>
                        { pictured(&words, change.message_id(), html! { <>
                            { words.get(change.message_id()) }{ " " }
                            <strong>{ standing(&words, &law, *change) }</strong>
                        </> }) }
                    </li>
                }) }
            </ul>
            </div>
            </details>
        </section>
    }
}

/// Whether a change has started: "In force since …", "Not started yet:
/// starts on …" or "Not started yet: no date has been set."
pub fn standing(words: &Words, law: &LawInForce, change: Change) -> String {
    match law.standing(change) {
        Standing::InForceSince(day) => words.get_with("change-in-force", &[("date", day.to_string().into())]),
        Standing::Starts(day) => words.get_with("change-starts", &[("date", day.to_string().into())]),
        Standing::NoDateSet => words.get("change-no-date"),
    }
}
