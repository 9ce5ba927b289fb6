//! The privacy page: exactly what the service keeps on the device (every
//! session storage key, named from the code that writes it), for how long,
//! what is sent and to whom, and whom to ask: the trust's privacy contact
//! from its configuration.

use super::components::{run_by, said, BackLink, OrganisationContact};
use super::{use_page_title, use_words};
use crate::browser::Stored;
use crate::embed::Trust;
use crate::questionnaire::Route;
use yew::prelude::*;

const ICO: &str = "https://ico.org.uk/make-a-complaint/";

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    /// The organisation that runs the service, if its configuration says.
    pub trust: Option<Trust>,
}

#[function_component(PrivacyPage)]
pub fn privacy_page(props: &PrivacyProps) -> Html {
    let words = use_words();
    let heading = words.get("privacy-heading");
    use_page_title(heading.clone(), false);
    let contact = props.trust.as_ref().map(|trust| trust.privacy.clone());
    html! {
        <>
            <BackLink to={Route::Start} />
            <h1>{ heading }</h1>
            <p class="lead">{ said(&words, "privacy-intro") }</p>
            <p>{ run_by(&words, props.trust.as_ref()) }</p>

            <h2>{ words.get("privacy-stored-heading") }</h2>
            <p>{ said(&words, "privacy-stored-intro") }</p>
            <ul class="privacy-stored">
                { for Stored::ALL.iter().map(|stored| html! {
                    <li>
                        <code data-key={stored.key()}>{ stored.key() }</code>{ ": " }
                        { words.get(stored.message_id()) }
                    </li>
                }) }
            </ul>
            <p>{ said(&words, "privacy-stored-nothing-else") }</p>

            <h2>{ words.get("privacy-how-long-heading") }</h2>
            <p>{ said(&words, "privacy-how-long") }</p>
            <p>{ said(&words, "privacy-history") }</p>

            <h2>{ words.get("privacy-sent-heading") }</h2>
            <p>{ said(&words, "privacy-sent") }</p>
            <p>{ said(&words, "privacy-files") }</p>
            <p>{ said(&words, "privacy-request") }</p>
            <p>{ said(&words, "privacy-read-aloud") }</p>
            <p>{ said(&words, "privacy-embedded") }</p>

            <h2>{ words.get("privacy-contact-heading") }</h2>
            <p>{ said(&words, "privacy-contact") }</p>
            <OrganisationContact {contact} />
            <p>{ said(&words, "privacy-ico") }</p>
            <p><a href={ICO} rel="noopener">{ words.get("privacy-ico-link") }</a></p>
        </>
    }
}
