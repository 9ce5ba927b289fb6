//! The poster form: staff choose the languages, the provider (ward), the
//! service's name and phone for the posters, and the public address the
//! posters' QR codes open. What they type is kept only while the page is
//! open: nothing here is saved.

use crate::browser;
use crate::embed::{Config, HttpsUrl, PhoneNumber, Provider};
use crate::questionnaire::Route;
use crate::screens::components::{CheckboxItem, Checkboxes, ErrorSummary, ProviderRadios};
use crate::screens::{use_page_title, use_words};
use crate::words::{LocaleInfo, Words, LOCALES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What staff have chosen in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Locale tags, in the order they were ticked.
    pub languages: Vec<&'static str>,
    /// The key of the provider the posters name, if any.
    pub provider: Option<String>,
    /// The service's public address, as typed.
    pub address: String,
    /// The service's name as typed, in place of the provider's; `None`
    /// until something is typed.
    pub name: Option<String>,
    /// The service's phone number as typed, in place of the provider's.
    pub phone: Option<String>,
}

impl Choice {
    /// The language on screen only, no provider, and nothing typed yet.
    pub fn new(language: &'static str) -> Self {
        Choice { languages: vec![language], provider: None, address: String::new(), name: None, phone: None }
    }

    /// The same choice with a language ticked or not.
    fn with_language(&self, tag: &'static str, ticked: bool) -> Self {
        let mut languages = self.languages.clone();
        languages.retain(|chosen| *chosen != tag);
        if ticked {
            languages.push(tag);
        }
        Choice { languages, ..self.clone() }
    }

    /// The chosen locales, in the order of the locale table.
    fn locales(&self) -> Vec<&'static LocaleInfo> {
        LOCALES.iter().filter(|locale| self.languages.contains(&locale.tag)).collect()
    }

    /// Whether the address can go on a poster: an `https:` address, by the
    /// same rule as a trust's configured links.
    fn address_is_valid(&self) -> bool {
        HttpsUrl::try_from(self.address.clone()).is_ok()
    }

    /// The address a poster's QR code opens: the service, in the poster's
    /// language, with its provider.
    pub fn address_for(&self, tag: &str) -> String {
        let base = self.address.split(['?', '#']).next().unwrap_or(&self.address);
        match &self.provider {
            Some(key) => format!("{base}?lang={tag}&provider={key}"),
            None => format!("{base}?lang={tag}"),
        }
    }

    /// The service's name on a poster in `tag`: as typed, else the chosen
    /// provider's in that language; none if the typed name is blank.
    pub fn name_for(&self, provider: Option<&Provider>, tag: &str) -> Option<String> {
        match &self.name {
            Some(typed) => Some(typed.trim().to_owned()).filter(|name| !name.is_empty()),
            None => provider.map(|provider| provider.name.get(tag).to_owned()),
        }
    }

    /// The phone number on the posters: as typed, checked as a trust's
    /// configured number is, else the chosen provider's; none if the typed
    /// number is blank. `Err` if what was typed is not a UK number.
    pub fn phone_number(&self, provider: Option<&Provider>) -> Result<Option<PhoneNumber>, String> {
        match &self.phone {
            Some(typed) if typed.trim().is_empty() => Ok(None),
            Some(typed) => PhoneNumber::try_from(typed.clone()).map(Some),
            None => Ok(provider.and_then(|provider| provider.phone.clone())),
        }
    }
}

/// The posters to make: their languages, and the choice they were made
/// from, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    pub locales: Vec<&'static LocaleInfo>,
    pub choice: Choice,
    pub phone: Option<PhoneNumber>,
}

#[derive(Properties, PartialEq)]
pub struct PosterFormProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
    pub choice: Choice,
    /// Each change to the choice.
    pub on_change: Callback<Choice>,
    /// The posters to make, or `None` when the form has errors.
    pub on_make: Callback<Option<Made>>,
}

/// The page's heading and the form. An address that is not `https:` or a
/// phone number that is not a UK one is refused with a GOV.UK error
/// summary and error messages, and no posters are made.
#[function_component(PosterForm)]
pub fn poster_form(props: &PosterFormProps) -> Html {
    let words = use_words();
    let heading = words.get("poster-heading");
    // The inputs in error (their ids and the start of their messages' ids),
    // and how many times the form was sent with errors (so that each such
    // try moves focus to the summary).
    let errors = use_state(|| (Vec::<(&'static str, &'static str)>::new(), 0_u32));
    use_page_title(heading.clone(), !errors.0.is_empty());
    use_effect_with(errors.1, |tries| {
        if *tries > 0 {
            browser::focus("error-summary");
        }
    });
    let choice = &props.choice;
    let providers: Vec<Provider> = props.config.iter().flat_map(|c| c.providers.values().cloned()).collect();
    let provider = choice.provider.as_ref().and_then(|key| props.config.as_ref()?.providers.get(key));
    let tag = words.locale().tag;

    let on_language = {
        let (choice, on_change) = (choice.clone(), props.on_change.clone());
        Callback::from(move |(tag, checked): (&'static str, bool)| on_change.emit(choice.with_language(tag, checked)))
    };
    let languages: Vec<CheckboxItem> = LOCALES
        .iter()
        .map(|locale| CheckboxItem {
            value: locale.tag,
            id: format!("poster-language-{}", locale.tag),
            label: html! {
                <>
                    <span lang={locale.tag} dir={locale.direction()}>{ locale.name }</span>
                    // Staff may not read every script: the English name helps them choose.
                    if locale.english_name != locale.name {
                        <span lang="en" dir="ltr">{ format!(" ({})", locale.english_name) }</span>
                    }
                </>
            },
            checked: choice.languages.contains(&locale.tag),
        })
        .collect();
    let on_provider = {
        let (choice, on_change) = (choice.clone(), props.on_change.clone());
        Callback::from(move |key: Option<String>| on_change.emit(Choice { provider: key, ..choice.clone() }))
    };
    let provider_choice = if providers.is_empty() {
        // Nothing to choose: the name and phone are typed.
        html! { <h2>{ words.get("poster-provider-label") }</h2> }
    } else {
        html! {
            <ProviderRadios
                name="poster-provider"
                legend={words.get("poster-provider-label")}
                {providers}
                selected={choice.provider.clone()}
                none="poster-provider-none"
                on_select={on_provider}
            />
        }
    };
    let typed = |update: fn(&Choice, String) -> Choice| {
        let (choice, on_change) = (choice.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            on_change.emit(update(&choice, event.target_unchecked_into::<HtmlInputElement>().value()));
        })
    };
    let on_name = typed(|choice, name| Choice { name: Some(name), ..choice.clone() });
    let on_phone = typed(|choice, phone| Choice { phone: Some(phone), ..choice.clone() });
    let on_address = typed(|choice, address| Choice { address, ..choice.clone() });
    // Until something is typed, the chosen provider's details.
    let name = choice.name.clone().or_else(|| provider.map(|p| p.name.get(tag).to_owned())).unwrap_or_default();
    let phone = choice.phone.clone().or_else(|| provider.and_then(|p| Some(p.phone.as_ref()?.display.clone()))).unwrap_or_default();

    let onsubmit = {
        let (choice, on_make, errors) = (choice.clone(), props.on_make.clone(), errors.clone());
        let provider = provider.cloned();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let phone = choice.phone_number(provider.as_ref());
            let mut wrong = Vec::new();
            if phone.is_err() {
                wrong.push(("poster-phone", "poster-phone"));
            }
            if !choice.address_is_valid() {
                wrong.push(("poster-address", "poster-url"));
            }
            match phone {
                Ok(phone) if wrong.is_empty() => {
                    errors.set((wrong, errors.1));
                    on_make.emit(Some(Made { locales: choice.locales(), choice: choice.clone(), phone }));
                }
                _ => {
                    errors.set((wrong, errors.1 + 1));
                    on_make.emit(None);
                }
            }
        })
    };
    let in_error = |input: &'static str| errors.0.iter().any(|(id, _)| *id == input);

    html! {
        <>
            <a class="back-link" href={Route::Staff.href()}>{ words.get("back-link") }</a>
            if !errors.0.is_empty() {
                <ErrorSummary errors={errors.0.iter().map(|(id, messages)| (words.get(&format!("{messages}-error")), (*id).to_owned())).collect::<Vec<_>>()} />
            }
            <h1>{ heading }</h1>
            <p>{ words.get("poster-intro") }</p>
            <form {onsubmit} novalidate=true>
                <fieldset class="form-group">
                    <legend><h2>{ words.get("poster-language-label") }</h2></legend>
                    <Checkboxes items={languages} on_toggle={on_language} />
                </fieldset>
                { provider_choice }
                { text_input(["poster-name", "poster-name", "text"], &words, false, name, on_name) }
                { text_input(["poster-phone", "poster-phone", "tel"], &words, in_error("poster-phone"), phone, on_phone) }
                { text_input(["poster-address", "poster-url", "url"], &words, in_error("poster-address"), choice.address.clone(), on_address) }
                <button type="submit" class="button">{ words.get("poster-make") }</button>
            </form>
        </>
    }
}

/// A GOV.UK text input, given its id, the start of its messages' ids
/// (`<messages>-label`, `-hint` and `-error`) and its type; with its error
/// message if it is in error, and what it holds.
fn text_input([id, messages, kind]: [&'static str; 3], words: &Words, error: bool, value: String, oninput: Callback<InputEvent>) -> Html {
    let message = |part: &str| words.get(&format!("{messages}-{part}"));
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described_by = if error { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    html! {
        <div class={classes!("form-group", error.then_some("form-group--error"))}>
            <label class="label" for={id}>{ message("label") }</label>
            <p class="hint" id={hint_id}>{ message("hint") }</p>
            if error {
                <p class="error-message" id={error_id}>{ message("error") }</p>
            }
            <input class="input" type={kind} {id} autocomplete="off" spellcheck="false" {value} aria-describedby={described_by} {oninput} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Choice;
    use crate::embed::Config;

    fn ward_7() -> crate::embed::Provider {
        Config::parse(include_str!("../../../embed/providers.example.json")).unwrap().providers["ward-7"].clone()
    }

    #[test]
    fn the_providers_name_and_phone_are_used_until_staff_type_their_own() {
        let chosen = choice("", Some("ward-7"));
        let provider = ward_7();
        assert_eq!(chosen.name_for(Some(&provider), "cy").as_deref(), Some("Riverside Ward 7 IMHA (Southvale Advocacy)"));
        assert_eq!(chosen.phone_number(Some(&provider)).unwrap().unwrap().href, "tel:+442079460000");
        let typed = Choice { name: Some(" Southvale ".into()), phone: Some("0300 123 4567".into()), ..chosen.clone() };
        assert_eq!(typed.name_for(Some(&provider), "en-GB").as_deref(), Some("Southvale"));
        assert_eq!(typed.phone_number(Some(&provider)).unwrap().unwrap().href, "tel:+443001234567");
        // Cleared: nothing on the poster, not the provider's.
        let cleared = Choice { name: Some("  ".into()), phone: Some(String::new()), ..chosen };
        assert_eq!(cleared.name_for(Some(&provider), "en-GB"), None);
        assert_eq!(cleared.phone_number(Some(&provider)), Ok(None));
    }

    #[test]
    fn with_no_provider_only_what_is_typed_goes_on_the_poster_and_a_bad_number_is_refused() {
        let none = Choice::new("en-GB");
        assert_eq!((none.name_for(None, "en-GB"), none.phone_number(None)), (None, Ok(None)));
        let typed = Choice { name: Some("Southvale Advocacy".into()), phone: Some("+44 300 123 4567".into()), ..none.clone() };
        assert_eq!(typed.name_for(None, "ar").as_deref(), Some("Southvale Advocacy"));
        assert_eq!(typed.phone_number(None).unwrap().unwrap().display, "+44 300 123 4567");
        for bad in ["12345", "call us", "0300 123", "+1 212 555 0100"] {
            assert!(Choice { phone: Some(bad.into()), ..none.clone() }.phone_number(None).is_err(), "{bad}");
        }
    }

    fn choice(address: &str, provider: Option<&str>) -> Choice {
        Choice { address: address.to_owned(), provider: provider.map(str::to_owned), ..Choice::new("en-GB") }
    }

    #[test]
    fn ticking_adds_a_language_and_unticking_removes_it() {
        let both = Choice::new("en-GB").with_language("cy", true);
        assert_eq!(both.languages, ["en-GB", "cy"]);
        assert_eq!(both.with_language("cy", true).languages, ["en-GB", "cy"]);
        assert_eq!(both.with_language("en-GB", false).languages, ["cy"]);
    }

    #[test]
    fn posters_are_made_in_the_locale_table_order() {
        let chosen = Choice::new("cy").with_language("en-GB", true);
        let tags: Vec<&str> = chosen.locales().iter().map(|locale| locale.tag).collect();
        assert_eq!(tags, ["en-GB", "cy"]);
    }

    #[test]
    fn only_an_https_address_goes_on_a_poster() {
        assert!(choice("https://imha.example.nhs.uk/", None).address_is_valid());
        assert!(!choice("http://example.org", None).address_is_valid());
        assert!(!choice("https://", None).address_is_valid());
        assert!(!choice("", None).address_is_valid());
    }

    #[test]
    fn a_posters_address_has_its_language_and_provider_in_place_of_any_query() {
        let chosen = choice("https://imha.example.nhs.uk/checker/?lang=fr#/result", Some("ward-7"));
        assert_eq!(chosen.address_for("cy"), "https://imha.example.nhs.uk/checker/?lang=cy&provider=ward-7");
        assert_eq!(choice("https://a.example/", None).address_for("ar"), "https://a.example/?lang=ar");
    }
}
