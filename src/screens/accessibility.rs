//! The accessibility statement, in the form of the model statement for
//! public sector websites (the Public Sector Bodies (Websites and Mobile
//! Applications) (No. 2) Accessibility Regulations 2018, regulation 8) and
//! GOV.UK's sample statement, under the same headings. What can change
//! without anyone rewording it is data: the organisation and its contact
//! from the trust's configuration, whether any translation is still a
//! draft from the locale table, and the days and tools of the checks from
//! `docs/accessibility-checks.json`.

use super::components::{run_by, said, BackLink, OrganisationContact};
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

#[function_component(AccessibilityPage)]
pub fn accessibility_page(props: &AccessibilityProps) -> Html {
    let words = use_words();
    let heading = words.get("accessibility-heading");
    use_page_title(heading.clone(), false);
    let checks = ACCESSIBILITY_CHECKS;
    let link = |href: &'static str, id: &str| html! { <p><a href={href} rel="noopener">{ words.get(id) }</a></p> };
    let item = |id: &str| html! { <li>{ said(&words, id) }</li> };
    let contact = props.trust.as_ref().map(|trust| trust.accessibility.clone());
    let mut issues = Vec::new();
    if LOCALES.iter().any(|locale| locale.review == Review::Draft) {
        issues.push("accessibility-issue-draft-translations");
    }
    issues.extend(["accessibility-issue-one-language", "accessibility-issue-easy-read-pictures", "accessibility-issue-read-aloud", "accessibility-issue-bsl"]);
    if checks.manual.is_empty() {
        issues.push("accessibility-issue-no-manual-checks");
    }
    html! {
        <>
            <BackLink to={Route::Start} />
            <h1>{ heading }</h1>
            <p class="lead">{ said(&words, "accessibility-scope") }</p>
            <p>{ run_by(&words, props.trust.as_ref()) }</p>
            <p>{ said(&words, "accessibility-able-intro") }</p>
            <ul>
                { item("accessibility-able-keyboard") }
                <li>{ words.get_with("accessibility-able-languages", &[("count", (LOCALES.len() - 1).into())]) }</li>
                { item("accessibility-able-read-aloud") }
                { item("accessibility-able-print") }
            </ul>
            <p>{ words.get("accessibility-abilitynet") }</p>
            { link(ABILITYNET, "accessibility-abilitynet-link") }

            <h2>{ words.get("accessibility-how-heading") }</h2>
            <p>{ said(&words, "accessibility-how-intro") }</p>
            <ul>{ for issues.into_iter().map(item) }</ul>

            <h2>{ words.get("accessibility-feedback-heading") }</h2>
            <p>{ said(&words, "accessibility-feedback") }</p>
            <OrganisationContact contact={contact.clone()} />

            <h2>{ words.get("accessibility-reporting-heading") }</h2>
            <p>{ said(&words, "accessibility-reporting") }</p>
            <OrganisationContact {contact} />

            <h2>{ words.get("accessibility-enforcement-heading") }</h2>
            <p>{ said(&words, "accessibility-enforcement") }</p>
            { link(EASS, "accessibility-enforcement-eass-link") }
            <p>{ said(&words, "accessibility-enforcement-northern-ireland") }</p>
            { link(ECNI, "accessibility-enforcement-ecni-link") }

            <h2>{ words.get("accessibility-technical-heading") }</h2>
            <p>{ words.get("accessibility-technical") }</p>
            { link(REGULATIONS, "accessibility-regulations-link") }
            <h3>{ words.get("accessibility-compliance-heading") }</h3>
            <p>{ said(&words, "accessibility-compliance") }</p>
            { link(WCAG, "accessibility-wcag-link") }
            <h3>{ words.get("accessibility-non-accessible-heading") }</h3>
            <p>{ words.get("accessibility-non-accessible") }</p>
            <h4>{ words.get("accessibility-non-compliance-heading") }</h4>
            <p data-wcag="3.1.2">{ said(&words, "accessibility-non-compliance-language-of-parts") }</p>

            <h2>{ words.get("accessibility-improving-heading") }</h2>
            <p>{ said(&words, "accessibility-improving-intro") }</p>
            <ul>
                { item("accessibility-improving-translations") }
                { item("accessibility-improving-manual-checks") }
                { item("accessibility-improving-language-of-parts") }
                { item("accessibility-improving-bsl") }
            </ul>

            <h2>{ words.get("accessibility-preparation-heading") }</h2>
            <p data-prepared={checks.prepared} data-reviewed={checks.reviewed}>
                { words.get_with("accessibility-prepared", &[("prepared", checks.prepared.into()), ("reviewed", checks.reviewed.into())]) }
            </p>
            <p data-tested={checks.automated_on}>
                { words.get_with("accessibility-tested", &[("date", checks.automated_on.into()), ("axe", checks.axe_core.into())]) }
            </p>
            if checks.manual.is_empty() {
                <p>{ words.get("accessibility-manual-none") }</p>
            } else {
                <p>{ words.get("accessibility-manual-intro") }</p>
                <ul>
                    { for checks.manual.iter().map(|(day, check)| html! {
                        <li>{ words.get_with("accessibility-manual-check", &[("date", (*day).into()), ("check", words.get(check.message_id()).into())]) }</li>
                    }) }
                </ul>
            }
        </>
    }
}
