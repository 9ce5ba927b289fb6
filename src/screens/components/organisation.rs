//! The organisation that runs the service, as the accessibility statement
//! and the privacy page name it: from the trust's configuration, or, with
//! none, whoever gave the person the link.

use super::said;
use crate::embed::{Trust, TrustContact};
use crate::words::Words;
use yew::prelude::*;

/// "This service is run by ...".
pub fn run_by(words: &Words, trust: Option<&Trust>) -> Html {
    match trust {
        Some(trust) => html! { words.get_with("statement-run-by", &[("trust", trust.name.get(words.locale().tag).to_owned().into())]) },
        None => said(words, "statement-run-by-no-trust"),
    }
}

/// How to reach the organisation, from one of the configured trust's
/// contacts: each way it gives, as a checked `mailto:`, `tel:` or `https:`
/// link; with no configuration, to ask ward staff or whoever gave the link.
pub fn organisation_contact(words: &Words, contact: Option<&TrustContact>) -> Html {
    let Some(contact) = contact else {
        return html! { <p data-contact="ask">{ said(words, "statement-contact-ask") }</p> };
    };
    let row = |label: &str, href: &str, text: &str| {
        html! {
            <>
                <dt>{ words.get(label) }</dt>
                <dd><a href={href.to_owned()}>{ text.to_owned() }</a></dd>
            </>
        }
    };
    html! {
        <dl class="contact" data-contact="trust">
            if let Some(email) = &contact.email {
                { row("provider-email", &email.href, &email.display) }
            }
            if let Some(phone) = &contact.phone {
                { row("provider-phone", &phone.href, &phone.display) }
            }
            if let Some(url) = &contact.url {
                { row("statement-contact-online", &url.0, &url.0) }
            }
        </dl>
    }
}
