//! The accessibility statement, in the form of the model statement for
//! public sector websites (the Public Sector Bodies (Websites and Mobile
//! Applications) (No. 2) Accessibility Regulations 2018, regulation 8) and
//! GOV.UK's sample statement, under the same headings. What can change
//! without anyone rewording it is data: the organisation and its contact
//! from the trust's configuration, whether any translation is still a
//! draft from the locale table, and the days and tools of the checks from
//! `docs/accessibility-checks.json`.

use super::components::{items, organisation_contact, run_by, said, statement, BackLink, Block};
use super::{use_page_title, use_words};
use crate::accessibility::ACCESSIBILITY_CHECKS;
use crate::embed::Trust;
use crate::questionnaire::Route;
use crate::words::{Review, LOCALES};
use yew::prelude::*;

const REGULATIONS: &str = "https://www.legislation.gov.uk/uksi/2018/952/contents/made";
const WCAG: &str = "https://www.w3.org/TR/WCAG22/";
const ABILITYNET: &str = "https://mcmw.abilitynet.org.uk/";
const EASS: &str = "https://www.equalityadvisoryservice.com/";
const ECNI: &str = "https://www.equalityni.org/Home";

#[derive(Properties, PartialEq)]
pub struct AccessibilityProps {
    /// The organisation that runs the service, if its configuration says.
    pub trust: Option<Trust>,
}

/// What the statement renders itself, from data.
#[derive(Clone, Copy)]
enum Slot {
    RunBy,
    Able,
    Issues,
    Contact,
    Prepared,
    Tested,
    Manual,
}

const STATEMENT: &[Block<Slot>] = &[
    Block::Lead("accessibility-scope"),
    Block::Slot(Slot::RunBy),
    Block::Text("accessibility-able-intro"),
    Block::Slot(Slot::Able),
    Block::Text("accessibility-abilitynet"),
    Block::Link(ABILITYNET, "accessibility-abilitynet-link"),
    Block::Heading(2, "accessibility-how-heading"),
    Block::Text("accessibility-how-intro"),
    Block::Slot(Slot::Issues),
    Block::Heading(2, "accessibility-feedback-heading"),
    Block::Text("accessibility-feedback"),
    Block::Slot(Slot::Contact),
    Block::Heading(2, "accessibility-reporting-heading"),
    Block::Text("accessibility-reporting"),
    Block::Slot(Slot::Contact),
    Block::Heading(2, "accessibility-enforcement-heading"),
    Block::Text("accessibility-enforcement"),
    Block::Link(EASS, "accessibility-enforcement-eass-link"),
    Block::Text("accessibility-enforcement-northern-ireland"),
    Block::Link(ECNI, "accessibility-enforcement-ecni-link"),
    Block::Heading(2, "accessibility-technical-heading"),
    Block::Text("accessibility-technical"),
    Block::Link(REGULATIONS, "accessibility-regulations-link"),
    Block::Heading(3, "accessibility-compliance-heading"),
    Block::Text("accessibility-compliance"),
    Block::Link(WCAG, "accessibility-wcag-link"),
    Block::Heading(3, "accessibility-non-accessible-heading"),
    Block::Text("accessibility-non-accessible"),
    Block::Heading(4, "accessibility-non-compliance-heading"),
    Block::Text("accessibility-non-compliance-language-of-parts"),
    Block::Heading(2, "accessibility-improving-heading"),
    Block::Text("accessibility-improving-intro"),
    Block::Items(&[
        "accessibility-improving-translations",
        "accessibility-improving-manual-checks",
        "accessibility-improving-language-of-parts",
        "accessibility-improving-bsl",
    ]),
    Block::Heading(2, "accessibility-preparation-heading"),
    Block::Slot(Slot::Prepared),
    Block::Slot(Slot::Tested),
    Block::Slot(Slot::Manual),
];

#[function_component(AccessibilityPage)]
pub fn accessibility_page(props: &AccessibilityProps) -> Html {
    let words = use_words();
    let heading = words.get("accessibility-heading");
    use_page_title(heading.clone(), false);
    let checks = ACCESSIBILITY_CHECKS;
    let slot = |slot: Slot| match slot {
        Slot::RunBy => html! { <p>{ run_by(&words, props.trust.as_ref()) }</p> },
        Slot::Able => html! {
            <ul>
                <li>{ said(&words, "accessibility-able-keyboard") }</li>
                <li>{ words.get_with("accessibility-able-languages", &[("count", (LOCALES.len() - 1).into())]) }</li>
                <li>{ said(&words, "accessibility-able-read-aloud") }</li>
                <li>{ said(&words, "accessibility-able-print") }</li>
            </ul>
        },
        Slot::Issues => {
            let drafts = LOCALES.iter().any(|locale| locale.review == Review::Draft);
            let issues: Vec<&str> = [
                ("accessibility-issue-draft-translations", drafts),
                ("accessibility-issue-one-language", true),
                ("accessibility-issue-easy-read-pictures", true),
                ("accessibility-issue-read-aloud", true),
                ("accessibility-issue-bsl", true),
                ("accessibility-issue-no-manual-checks", checks.manual.is_empty()),
            ]
            .into_iter()
            .filter_map(|(id, known)| known.then_some(id))
            .collect();
            items(&words, &issues)
        }
        Slot::Contact => organisation_contact(&words, props.trust.as_ref().map(|trust| &trust.accessibility)),
        Slot::Prepared => html! {
            <p>{ words.get_with("accessibility-prepared", &[("prepared", checks.prepared.into()), ("reviewed", checks.reviewed.into())]) }</p>
        },
        Slot::Tested => html! {
            <p data-tested={checks.automated_on}>
                { words.get_with("accessibility-tested", &[("date", checks.automated_on.into()), ("axe", checks.axe_core.into())]) }
            </p>
        },
        Slot::Manual if checks.manual.is_empty() => html! { <p>{ words.get("accessibility-manual-none") }</p> },
        Slot::Manual => html! {
            <>
                <p>{ words.get("accessibility-manual-intro") }</p>
                <ul>
                    { for checks.manual.iter().map(|(day, check)| html! {
                        <li>{ words.get_with("accessibility-manual-check", &[("date", (*day).into()), ("check", words.get(check.message_id()).into())]) }</li>
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <>
            <BackLink to={Route::Start} />
            <h1>{ heading }</h1>
            { statement(&words, STATEMENT, &slot) }
        </>
    }
}
