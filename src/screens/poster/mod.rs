//! The poster page: staff choose the languages, the provider (ward), the
//! service's name and phone and the public address in [`PosterForm`], and
//! get one printable A4 [`Poster`] per language, with a QR code that opens
//! the service in that language with that provider. Nothing typed here is
//! saved: it lives in this page's state until the page is left.

mod form;
mod sheet;

use super::use_words;
use crate::browser;
use crate::embed::Config;
use crate::words::{LocaleInfo, Words};
use form::{Choice, Made, PosterForm};
use sheet::Poster;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PosterProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
}

/// The form, then the posters made from it, as the form was when "Make the
/// poster" was pressed. A change to the form takes the posters away until
/// they are made again, so that what prints is what the form says.
#[function_component(PosterPage)]
pub fn poster_page(props: &PosterProps) -> Html {
    let words = use_words();
    let choice = use_state(|| Choice::new(words.locale().tag));
    let posters = use_state(|| None::<(Made, Vec<(&'static LocaleInfo, Words)>)>);
    {
        // The app's own address, and the provider a page would show without
        // one named (the default, or the only one), to start with.
        let choice = choice.clone();
        use_effect_with(props.config.clone(), move |config| {
            let provider = config.as_ref().and_then(|c| c.provider(None).ok().flatten()).map(|p| p.key.clone());
            let address = if choice.address.is_empty() { browser::app_address() } else { choice.address.clone() };
            choice.set(Choice { address, provider: choice.provider.clone().or(provider), ..(*choice).clone() });
        });
    }
    let on_change = {
        let (choice, posters) = (choice.clone(), posters.clone());
        Callback::from(move |chosen| {
            choice.set(chosen);
            posters.set(None);
        })
    };
    let on_make = {
        let (posters, words) = (posters.clone(), words.clone());
        Callback::from(move |made: Option<Made>| {
            let Some(made) = made else { return posters.set(None) };
            let (posters, words) = (posters.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut sheets = Vec::new();
                for locale in &made.locales {
                    sheets.push((*locale, words_for(locale, &words).await));
                }
                posters.set(Some((made, sheets)));
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <>
            <div class="no-print">
                <PosterForm config={props.config.clone()} choice={(*choice).clone()} {on_change} {on_make} />
                if posters.is_some() {
                    <button type="button" class="button button--secondary" onclick={print}>{ words.get("poster-print") }</button>
                }
            </div>
            if let Some((made, sheets)) = &*posters {
                { for sheets.iter().map(|(locale, poster_words)| {
                    let provider = made.choice.provider.as_ref().and_then(|key| props.config.as_ref()?.providers.get(key));
                    html! {
                        <Poster
                            locale={*locale}
                            words={poster_words.clone()}
                            address={made.choice.address_for(locale.tag)}
                            name={made.choice.name_for(provider, locale.tag)}
                            phone={made.phone.clone()}
                        />
                    }
                }) }
            }
        </>
    }
}

/// The words for a poster's language: those on screen, or the locale's,
/// loaded; the source's if they cannot be.
async fn words_for(locale: &'static LocaleInfo, current: &Words) -> Words {
    if locale == current.locale() {
        return current.for_audience(crate::questionnaire::Audience::Patient);
    }
    browser::load_words(locale).await.unwrap_or_else(|_| Words::source())
}
