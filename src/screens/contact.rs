use super::citation::{after_sentence, cite_sections};
use super::components::{pictured, said};
use super::use_words;
use crate::embed::{Contact, PhoneNumber, Provider};
use crate::law::{who_arranges_advocacy, Jurisdiction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    pub contact: Contact,
    /// On a ward, ward staff give the details; elsewhere, the care team.
    pub in_hospital: bool,
    /// Whose duty it is to arrange IMHA services, cited away from a ward.
    pub jurisdiction: Jurisdiction,
}

/// How to contact an IMHA service: the trust's provider if configured,
/// else the advice to ask ward staff. The trust's words are shown as text,
/// and its links are only the checked `https:`, `tel:` and `mailto:` ones.
#[function_component(ContactCard)]
pub fn contact_card(props: &ContactProps) -> Html {
    let words = use_words();
    let ask = if props.in_hospital {
        html! { <p>{ said(&words, "contact-default") }</p> }
    } else {
        html! {
            <p>
                { pictured(&words, "contact-community", html! { <>
                    { words.get("contact-community") }
                    { after_sentence(cite_sections(&words, who_arranges_advocacy(props.jurisdiction))) }
                </> }) }
            </p>
        }
    };
    let body = match &props.contact {
        Contact::Provider(provider) => html! { <ProviderDetails provider={(**provider).clone()} /> },
        Contact::Unavailable => html! {
            <>
                <p>{ said(&words, "provider-unavailable") }</p>
                { ask }
            </>
        },
        Contact::AskWardStaff => ask,
    };
    html! {
        <section class="card contact" aria-labelledby="contact-heading" data-contact={contact_kind(&props.contact)}>
            <h3 id="contact-heading">{ words.get("contact-heading") }</h3>
            { body }
            <p>{ said(&words, "contact-self-referral") }</p>
        </section>
    }
}

fn contact_kind(contact: &Contact) -> &'static str {
    match contact {
        Contact::AskWardStaff => "ask-ward-staff",
        Contact::Provider(_) => "provider",
        Contact::Unavailable => "unavailable",
    }
}

#[derive(Properties, PartialEq)]
struct ProviderProps {
    provider: Provider,
}

#[function_component(ProviderDetails)]
fn provider_details(props: &ProviderProps) -> Html {
    let words = use_words();
    let tag = words.locale().tag;
    let provider = &props.provider;
    let row = |label: &str, value: Html| {
        html! {
            <>
                <dt>{ words.get(label) }</dt>
                <dd>{ value }</dd>
            </>
        }
    };
    let phone_link = |phone: &PhoneNumber| html! { <a href={phone.href.clone()}>{ phone.display.clone() }</a> };
    html! {
        <>
            <p>{ said(&words, "provider-intro") }</p>
            <p class="contact__name">{ provider.name.get(tag).to_owned() }</p>
            <dl>
                if let Some(phone) = &provider.phone {
                    { row("provider-phone", phone_link(phone)) }
                }
                if let Some(text) = &provider.text {
                    { row("provider-text", html! { text.display.clone() }) }
                }
                if let Some(email) = &provider.email {
                    { row("provider-email", html! { <a href={email.href.clone()}>{ email.display.clone() }</a> }) }
                }
                if let Some(hours) = &provider.hours {
                    { row("provider-hours", html! { hours.get(tag).to_owned() }) }
                }
                if let Some(url) = &provider.referral_url {
                    { row("provider-referral", html! { <a href={url.0.clone()}>{ url.0.clone() }</a> }) }
                }
                if let Some(bsl) = &provider.bsl {
                    { row("provider-bsl", html! {
                        <>
                            if let Some(description) = &bsl.description {
                                { description.get(tag).to_owned() }{ " " }
                            }
                            if let Some(url) = &bsl.url {
                                <a href={url.0.clone()}>{ url.0.clone() }</a>
                            }
                        </>
                    }) }
                }
            </dl>
        </>
    }
}
