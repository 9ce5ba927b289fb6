use super::components::BackLink;
use super::embed_helper::EmbedHelper;
use super::citation::{after_sentence, cite_sections};
use super::law_changing::LawChanging;
use super::{use_law, use_page_title, use_words};
use crate::embed::Config;
use crate::law::{Change, STAFF_PAGE_COPY, STAFF_PAGE_DUTY, STAFF_PAGE_HOW, STAFF_PAGE_QUALIFYING, STAFF_PAGE_WHEN};
use crate::questionnaire::{Field, Route};
use super::components::{pictured, said};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StaffProps {
    /// The trust's providers, once loaded, for the embed helper.
    pub config: Option<Config>,
}

/// For ward staff: who must be told about IMHAs, when and how, how to
/// refer, and what inspectors look for. Printable as a checklist. Then,
/// for the trust's web team, the embed helper.
#[function_component(StaffPage)]
pub fn staff_page(props: &StaffProps) -> Html {
    let words = use_words();
    let law = use_law();
    let heading = words.get("staff-heading");
    let copy = if law.has(Change::NominatedPerson) { "staff-nominated-person" } else { "staff-nearest-relative" };
    use_page_title(heading.clone(), false);
    let print = Callback::from(|_: MouseEvent| crate::browser::print());
    let cite = |sections: &[&str]| cite_sections(&words, sections);
    html! {
        <>
            <BackLink to={Route::Start} />
            <h1>{ pictured(&words, "staff-heading", html! { <>{ heading }</> }) }</h1>
            <p class="lead">{ said(&words, "staff-intro") }</p>
            <p class="citation">{ cite(STAFF_PAGE_DUTY) }</p>
            <h2>{ words.get("staff-who-heading") }</h2>
            <p>{ said(&words, "staff-who") }</p>
            <p class="citation">{ cite(STAFF_PAGE_QUALIFYING) }</p>
            <h2>{ words.get("staff-when-heading") }</h2>
            <ul>
                <li>{ pictured(&words, "staff-when-detention", html! { <>{ words.get("staff-when-detention") }{ after_sentence(cite(STAFF_PAGE_WHEN)) }</> }) }</li>
                <li>{ said(&words, "staff-when-change") }</li>
                <li>{ said(&words, "staff-when-ward-rounds") }</li>
                <li>{ said(&words, "staff-when-tribunal") }</li>
                <li>{ said(&words, "staff-when-medication") }</li>
            </ul>
            <p class="citation">{ words.get("citation-code-of-practice") }</p>
            <h2>{ words.get("staff-how-heading") }</h2>
            <ul>
                <li>{ pictured(&words, "staff-how", html! { <>{ words.get("staff-how") }{ after_sentence(cite(STAFF_PAGE_HOW)) }</> }) }</li>
                <li>{ pictured(&words, copy, html! { <>{ words.get(copy) }{ after_sentence(cite(STAFF_PAGE_COPY)) }</> }) }</li>
            </ul>
            <h2>{ words.get("staff-referral-heading") }</h2>
            <p>{ said(&words, "staff-referral") }</p>
            <h2>{ words.get("staff-cqc-heading") }</h2>
            <p>{ said(&words, "staff-cqc") }</p>
            <LawChanging situation={None} />
            <div class="no-print">
                <button type="button" class="button" onclick={print}>{ words.get("staff-print") }</button>
                <p>{ pictured(&words, "staff-patient-link", html! { <a href={Route::question(Field::Audience).href()}>{ words.get("staff-patient-link") }</a> }) }</p>
                <p>{ pictured(&words, "poster-link", html! { <a href={Route::Poster.href()}>{ words.get("poster-link") }</a> }) }</p>
                <p>{ pictured(&words, "sources-link", html! { <a href={Route::Sources.href()}>{ words.get("sources-link") }</a> }) }</p>
            </div>
            <EmbedHelper config={props.config.clone()} />
        </>
    }
}
