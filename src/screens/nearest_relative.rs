//! For a carer or relative: who the nearest relative is and what the law
//! lets them do, with the sections, and that a nominated person is coming.

use super::citation::{after_sentence, cite_sections};
use super::components::{pictured, said};
use super::law_changing::standing;
use super::{use_law, use_words};
use crate::law::{nearest_relative, Change, Situation};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NearestRelativeProps {
    pub situation: Situation,
}

#[function_component(NearestRelative)]
pub fn nearest_relative_section(props: &NearestRelativeProps) -> Html {
    let words = use_words();
    let law = use_law();
    let points = nearest_relative(&props.situation, &law);
    if points.is_empty() {
        return html! {};
    }
    html! {
        <section class="nearest-relative" aria-labelledby="nearest-relative-heading">
            <details class="section-details">
                <summary><h2 id="nearest-relative-heading">{ words.get("nearest-relative-heading") }</h2></summary>
                <p>{ said(&words, "nearest-relative-intro") }</p>
                <ul>
                    { for points.iter().map(|point| html! {
                        <li data-point={point.code()}>
                            { pictured(&words, point.message_id(), html! { <>
                                { words.get(point.message_id()) }
                                { after_sentence(cite_sections(&words, point.sections())) }
                            </> }) }
                        </li>
                    }) }
                </ul>
                <p>
                    { pictured(&words, Change::NominatedPerson.message_id(), html! { <>
                        { words.get(Change::NominatedPerson.message_id()) }{ " " }
                        <strong>{ standing(&words, &law, Change::NominatedPerson) }</strong>
                    </> }) }
                </p>
            </details>
        </section>
    }
}
