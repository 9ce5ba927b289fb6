//! The privacy page: exactly what the service keeps on the device (every
//! session storage key, named from the code that writes it), for how long,
//! what is sent and to whom, and whom to ask: the trust's privacy contact
//! from its configuration.

use super::components::{organisation_contact, run_by, statement, BackLink, Block};
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

/// What the page renders itself, from data.
#[derive(Clone, Copy)]
enum Slot {
    RunBy,
    Stored,
    Contact,
}

const PAGE: &[Block<Slot>] = &[
    Block::Lead("privacy-intro"),
    Block::Slot(Slot::RunBy),
    Block::Heading(2, "privacy-stored-heading"),
    Block::Text("privacy-stored-intro"),
    Block::Slot(Slot::Stored),
    Block::Text("privacy-stored-nothing-else"),
    Block::Heading(2, "privacy-how-long-heading"),
    Block::Text("privacy-how-long"),
    Block::Text("privacy-history"),
    Block::Text("privacy-shared-device"),
    Block::Heading(2, "privacy-sent-heading"),
    Block::Text("privacy-sent"),
    Block::Text("privacy-files"),
    Block::Text("privacy-request"),
    Block::Text("privacy-read-aloud"),
    Block::Text("privacy-embedded"),
    Block::Heading(2, "privacy-contact-heading"),
    Block::Text("privacy-contact"),
    Block::Slot(Slot::Contact),
    Block::Text("privacy-ico"),
    Block::Link(ICO, "privacy-ico-link"),
];

#[function_component(PrivacyPage)]
pub fn privacy_page(props: &PrivacyProps) -> Html {
    let words = use_words();
    let heading = words.get("privacy-heading");
    use_page_title(heading.clone(), false);
    let slot = |slot: Slot| match slot {
        Slot::RunBy => html! { <p>{ run_by(&words, props.trust.as_ref()) }</p> },
        Slot::Stored => html! {
            <ul>
                { for Stored::ALL.iter().map(|stored| html! {
                    <li><code data-key={stored.key()}>{ stored.key() }</code>{ ": " }{ words.get(stored.message_id()) }</li>
                }) }
            </ul>
        },
        Slot::Contact => organisation_contact(&words, props.trust.as_ref().map(|trust| &trust.privacy)),
    };
    html! {
        <>
            <BackLink to={Route::Start} />
            <h1>{ heading }</h1>
            { statement(&words, PAGE, &slot) }
        </>
    }
}
