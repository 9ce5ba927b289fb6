//! The trust's provider configuration, loaded after the first screen is
//! shown: only the result, request, poster, accessibility and privacy
//! pages use it.

use crate::browser;
use crate::embed::{self, Config, Contact, Loaded};
use std::rc::Rc;
use yew::prelude::*;

/// The trust's configuration from `url`, for the provider a link or the
/// trust's element names. Until it is loaded (and when there is no `url`, or
/// on a server) the contact is `before`, and the configuration `config`. Once loaded, its problems are told
/// to the trust's web team in the browser console, and the provider's brand
/// colour is set.
#[hook]
pub fn use_provider_config(url: Option<String>, provider: Option<String>, before: &Contact, config: &Option<Config>) -> Rc<Loaded> {
    let loaded = use_state(|| Rc::new(Loaded { contact: before.clone(), config: config.clone(), problems: Vec::new() }));
    {
        let loaded = loaded.clone();
        use_effect_with(url, move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let config = from_download(&url, browser::fetch_text(&url).await, provider.as_deref());
                    for problem in &config.problems {
                        browser::console_error(&format!("IMHA provider configuration: {problem}"));
                    }
                    if let Some(colour) = brand_colour(&config) {
                        browser::set_brand_colour(colour);
                    }
                    loaded.set(Rc::new(config));
                });
            }
        });
    }
    (*loaded).clone()
}

/// What downloading the configuration at `url` gave: its text (`None`
/// when there is no such file), or a failure, which makes the contact
/// unavailable.
fn from_download(url: &str, download: Result<Option<String>, ()>, provider: Option<&str>) -> Loaded {
    match download {
        Ok(text) => embed::load(text.as_deref(), provider),
        Err(()) => Loaded {
            contact: Contact::Unavailable,
            config: None,
            problems: vec![format!("{url} could not be downloaded")],
        },
    }
}

/// The brand colour of the provider to contact, if it has one.
fn brand_colour(loaded: &Loaded) -> Option<&str> {
    match &loaded.contact {
        Contact::Provider(provider) => provider.brand_colour.as_ref().map(|colour| colour.0.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../embed/providers.example.json");

    #[test]
    fn a_failed_download_makes_the_contact_unavailable_and_says_where() {
        let loaded = from_download("providers.json", Err(()), None);
        assert_eq!(loaded.contact, Contact::Unavailable);
        assert_eq!(loaded.config, None);
        assert_eq!(loaded.problems, ["providers.json could not be downloaded"]);
    }

    #[test]
    fn no_configuration_file_means_ask_ward_staff_with_no_problem() {
        let loaded = from_download("providers.json", Ok(None), Some("north"));
        assert_eq!(loaded.contact, Contact::AskWardStaff);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn the_named_provider_is_the_contact_and_gives_its_brand_colour() {
        let loaded = from_download("providers.json", Ok(Some(EXAMPLE.to_owned())), Some("north"));
        assert!(matches!(&loaded.contact, Contact::Provider(p) if p.key == "north"));
        assert!(loaded.config.is_some());
        assert_eq!(brand_colour(&loaded), Some("#005eb8"));
    }

    #[test]
    fn a_provider_without_a_brand_colour_leaves_the_colour_alone() {
        let loaded = from_download("providers.json", Ok(Some(EXAMPLE.to_owned())), Some("ward-7"));
        assert!(matches!(&loaded.contact, Contact::Provider(p) if p.key == "ward-7"));
        assert_eq!(brand_colour(&loaded), None);
    }
}
