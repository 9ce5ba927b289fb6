//! The result, action first: the outcome, what to do now, why and the law
//! it rests on; then what an advocate does, the person's rights and how the
//! law is changing, each behind a GOV.UK "details" disclosure.

use super::components::{listen, pictured, said};
use super::contact::ContactCard;
use super::law_changing::LawChanging;
use super::nearest_relative::NearestRelative;
use super::{use_law, use_page_title, use_words};
use crate::embed::Contact;
use super::citation::{after_sentence, cite_one, cite_sections};
use crate::law::{advocate_help, assess, duties, rights, Eligibility, Power, Regime, Right, Situation};
use crate::questionnaire::{Answers, Audience, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: Answers,
    pub contact: Contact,
}

/// The outcome in one sentence; what to do now (how to reach an advocate
/// from where the person is, or what to do instead); why, and the law it
/// rests on; then, behind disclosures, what an advocate does and the
/// person's rights.
#[function_component(ResultPage)]
pub fn result_page(props: &ResultProps) -> Html {
    let words = use_words();
    let law = use_law();
    let situation = props.answers.situation().expect("the session opens results only with a situation");
    let assessment = assess(&situation, &law);
    let regime = Regime::of(&situation, &assessment);
    let eligible = assessment.eligible.code();
    let heading = words.get(assessment.eligible.message_id());
    use_page_title(heading.clone(), false);
    let print = Callback::from(|_: MouseEvent| crate::browser::print());
    let change = Route::CheckAnswers;

    html! {
        <>
            { listen(&words, "result") }
            <div class="outcome" data-eligible={eligible}>
                <h1>{ pictured(&words, assessment.eligible.message_id(), html! { <>{ heading }</> }) }</h1>
                // Action first: what to do now, then why.
                <section class="do-now" aria-labelledby="do-now-heading">
                    <h2 id="do-now-heading">{ words.get("do-now-heading") }</h2>
                    // A short power ends soon, often in another section:
                    // which one applies next decides the answer.
                    if let Some((ask_now, sections)) = short_power_message(&situation) {
                        <p>{ pictured(&words, ask_now, html! { <>{ words.get(ask_now) }{ after_sentence(cite_sections(&words, sections)) }</> }) }</p>
                    }
                    if assessment.eligible == Eligibility::No {
                        <ul>
                            <li>{ said(&words, "instead-other-advocacy") }</li>
                            <li>{ said(&words, "instead-ask-again") }</li>
                        </ul>
                    } else {
                        if !assessment.ask.is_empty() {
                            <p>{ said(&words, "result-ask-heading") }</p>
                            <ul>
                                { for assessment.ask.iter().map(|ask| html! {
                                    <li>{ pictured(&words, ask.message_id(), html! { <>{ words.get(ask.message_id()) }</> }) }</li>
                                }) }
                            </ul>
                        }
                        <p><a class="button request-link" href={Route::Request.href()}>{ words.get("request-link") }</a></p>
                        <ContactCard contact={props.contact.clone()} in_hospital={situation.in_hospital()} jurisdiction={situation.jurisdiction} />
                        <p>{ said(&words, "do-now-interpreter") }</p>
                    }
                </section>
                <h2>{ words.get("result-why-heading") }</h2>
                { for assessment.reasons.iter().map(|reason| html! {
                    <p>{ pictured(&words, reason.message_id(), html! { <>{ words.get(reason.message_id()) }</> }) }</p>
                }) }
                { for assessment.notes.iter().map(|note| html! {
                    <p>
                        { pictured(&words, note.message_id(), html! { <>
                            { words.get(note.message_id()) }
                            { after_sentence(cite_sections(&words, note.sections(situation.jurisdiction))) }
                        </> }) }
                    </p>
                }) }
                <h2>{ words.get("result-basis-heading") }</h2>
                <ul class="citation">
                    { for assessment.basis.iter().map(|provision| html! {
                        <li>{ cite_one(&words, provision.section()) }</li>
                    }) }
                </ul>
            </div>

            if props.answers.audience() == Audience::Staff && assessment.eligible != Eligibility::No {
                <StaffDuties situation={situation} regime={regime} />
            }

            if props.answers.audience() == Audience::Carer {
                <NearestRelative situation={situation} />
            }

            if assessment.eligible != Eligibility::No {
                <AdvocateHelpList regime={regime} />
            } else {
                <section aria-labelledby="instead-heading">
                    <h2 id="instead-heading">{ words.get("instead-heading") }</h2>
                    <ul>
                        <li>{ said(&words, "instead-imca") }</li>
                        <li>{ said(&words, "instead-complaints") }</li>
                    </ul>
                </section>
            }

            <Rights situation={situation} />

            <LawChanging situation={Some(situation)} />

            <p class="citation">{ said(&words, "result-not-legal-advice") }</p>
            <div class="no-print">
                <button type="button" class="button" onclick={print}>{ words.get("print-button") }</button>
                <p>{ pictured(&words, "change-answers", html! { <><a href={change.href()}>{ words.get("change-answers") }</a></> }) }</p>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SituationProps {
    situation: Situation,
}

#[function_component(Rights)]
fn rights_section(props: &SituationProps) -> Html {
    let words = use_words();
    let law = use_law();
    let rights = rights(&props.situation, &law);
    if rights.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="rights-heading">
            <details class="section-details">
                <summary><h2 id="rights-heading">{ words.get("rights-heading") }</h2></summary>
                <p>{ said(&words, "rights-intro") }</p>
                { for rights.iter().map(|right| {
                    let id = right.message_id();
                    html! {
                        <div class="card" data-right={right.code()}>
                            <h3>{ words.get(id) }</h3>
                            <p>{ pictured(&words, id, html! { <>{ words.attribute(id, "body") }</> }) }</p>
                            <details class="citation">
                                <summary>{ words.get("right-sections-label") }</summary>
                                { " " }{ cite_sections(&words, right.sections()) }
                            </details>
                        </div>
                    }
                }) }
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RegimeProps {
    regime: Regime,
}

#[function_component(AdvocateHelpList)]
fn advocate_help_list(props: &RegimeProps) -> Html {
    let words = use_words();
    let law = use_law();
    html! {
        <section aria-labelledby="advocate-heading">
            <details class="section-details">
            <summary><h2 id="advocate-heading">{ words.get("advocate-heading") }</h2></summary>
            <p>{ said(&words, "advocate-intro") }</p>
            <ul>
                { for advocate_help(props.regime, &law).iter().map(|help| html! {
                    <li>
                        { pictured(&words, help.message_id(), html! { <>
                            { words.get(help.message_id()) }
                            { after_sentence(cite_sections(&words, help.sections(props.regime))) }
                        </> }) }
                    </li>
                }) }
            </ul>
            <h3>{ words.get("advocate-limits-heading") }</h3>
            <ul>
                <li>{ said(&words, "advocate-not-a-lawyer") }</li>
                <li>{ said(&words, "advocate-no-decisions") }</li>
                <li>{ said(&words, "advocate-can-say-no") }</li>
                <li>{ said(&words, "advocate-not-imca") }</li>
            </ul>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StaffDutiesProps {
    situation: Situation,
    regime: Regime,
}

#[function_component(StaffDuties)]
fn staff_duties(props: &StaffDutiesProps) -> Html {
    let words = use_words();
    let law = use_law();
    html! {
        <section class="card" aria-labelledby="duty-heading">
            <h2 id="duty-heading">{ words.get("duty-heading") }</h2>
            <p>{ said(&words, "duty-intro") }</p>
            <ul class="checklist">
                { for duties(&props.situation, props.regime, &law).iter().map(|duty| {
                    let sections = duty.sections(props.regime);
                    let citation = if sections.is_empty() {
                        words.get("citation-code-of-practice")
                    } else {
                        cite_sections(&words, sections)
                    };
                    html! {
                        <li>
                            { pictured(&words, duty.message_id(), html! { <>
                                { words.get(duty.message_id()) }
                                { after_sentence(citation) }
                            </> }) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// For a holding power or a place of safety: how long it lasts, and to ask
/// which section applies now, with the sections that set the time (the
/// same as its rights card's).
fn short_power_message(situation: &Situation) -> Option<(&'static str, &'static [&'static str])> {
    match situation.status.power() {
        Power::PlaceOfSafety => Some(("do-now-place-of-safety", Right::PlaceOfSafetyLength.sections())),
        Power::HoldingPower => Some(("do-now-holding-power", &["4(4)", "5(2)", "5(4)"])),
        _ => None,
    }
}
