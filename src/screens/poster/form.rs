//! The poster form: staff choose the languages, the provider (ward) and the
//! public address the posters' QR codes open.

use crate::browser;
use crate::embed::{Config, HttpsUrl, Provider};
use crate::questionnaire::Route;
use crate::screens::components::{CheckboxItem, Checkboxes};
use crate::screens::{use_page_title, use_words};
use crate::words::{LocaleInfo, LOCALES};
use web_sys::{HtmlInputElement, HtmlSelectElement};
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
}

impl Choice {
    /// The language on screen only, no provider, and no address yet.
    pub fn new(language: &'static str) -> Self {
        Choice { languages: vec![language], provider: None, address: String::new() }
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

    /// The same choice with the provider the list gives: `""` for none.
    fn with_provider(&self, key: String) -> Self {
        Choice { provider: (!key.is_empty()).then_some(key), ..self.clone() }
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
}

#[derive(Properties, PartialEq)]
pub struct PosterFormProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
    pub choice: Choice,
    /// Each change to the choice.
    pub on_change: Callback<Choice>,
    /// The locales to make posters in, once the address is valid.
    pub on_make: Callback<Vec<&'static LocaleInfo>>,
}

/// The page's heading and the form. An address that is not `https:` is
/// refused with an error message, and no posters are made.
#[function_component(PosterForm)]
pub fn poster_form(props: &PosterFormProps) -> Html {
    let words = use_words();
    let heading = words.get("poster-heading");
    let address_error = use_state(|| false);
    use_page_title(heading.clone(), *address_error);
    let choice = &props.choice;
    let providers: Vec<&Provider> = props.config.iter().flat_map(|c| c.providers.values()).collect();

    let change = |update: fn(&Choice, &Event) -> Option<Choice>| {
        let (choice, on_change) = (choice.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            if let Some(chosen) = update(&choice, &event) {
                on_change.emit(chosen);
            }
        })
    };
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
    let on_provider =
        change(|choice, event| Some(choice.with_provider(event.target_unchecked_into::<HtmlSelectElement>().value())));
    let on_address = {
        let (choice, on_change) = (choice.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let address = event.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(Choice { address, ..choice.clone() });
        })
    };
    let onsubmit = {
        let (choice, on_make, address_error) = (choice.clone(), props.on_make.clone(), address_error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let valid = choice.address_is_valid();
            address_error.set(!valid);
            if valid {
                on_make.emit(choice.locales());
            } else {
                browser::focus("poster-address");
            }
        })
    };

    html! {
        <>
            <a class="back-link" href={Route::Staff.href()}>{ words.get("back-link") }</a>
            <h1>{ heading }</h1>
            <p>{ words.get("poster-intro") }</p>
            <form {onsubmit} novalidate=true>
                <fieldset class="form-group">
                    <legend><h2>{ words.get("poster-language-label") }</h2></legend>
                    <Checkboxes items={languages} on_toggle={on_language} />
                </fieldset>
                <div class="form-group">
                    <label class="label" for="poster-provider">{ words.get("poster-provider-label") }</label>
                    <select class="select" id="poster-provider" onchange={on_provider}>
                        <option value="" selected={choice.provider.is_none()}>{ words.get("contact-heading") }</option>
                        { for providers.iter().map(|p| html! {
                            <option value={p.key.clone()} selected={choice.provider.as_deref() == Some(p.key.as_str())}>
                                { format!("{} ({})", p.name.get(words.locale().tag), p.key) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class={classes!("form-group", address_error.then_some("form-group--error"))}>
                    <label class="label" for="poster-address">{ words.get("poster-url-label") }</label>
                    <p class="hint" id="poster-address-hint">{ words.get("poster-url-hint") }</p>
                    if *address_error {
                        <p class="error-message" id="poster-address-error">{ words.get("poster-url-error") }</p>
                    }
                    <input
                        class="input"
                        type="url"
                        id="poster-address"
                        value={choice.address.clone()}
                        aria-describedby={if *address_error { "poster-address-hint poster-address-error" } else { "poster-address-hint" }}
                        oninput={on_address}
                    />
                </div>
                <button type="submit" class="button">{ words.get("poster-make") }</button>
            </form>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::Choice;

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
    fn the_first_option_is_no_provider() {
        assert_eq!(Choice::new("en-GB").with_provider(String::new()).provider, None);
        assert_eq!(Choice::new("en-GB").with_provider("ward-7".into()).provider.as_deref(), Some("ward-7"));
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
