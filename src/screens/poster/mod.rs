//! The poster page: staff choose the languages, the provider (ward) and the
//! public address in [`PosterForm`], and get one printable A4 [`Poster`] per
//! language, with a QR code that opens the service in that language with
//! that provider.

mod form;
mod sheet;

use super::use_words;
use crate::browser;
use crate::embed::Config;
use crate::words::{LocaleInfo, Words};
use form::{Choice, PosterForm};
use sheet::Poster;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PosterProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
}

/// The form, then the posters made from it. The posters follow the form's
/// provider and address as they change; their languages are those chosen
/// when the posters were made.
#[function_component(PosterPage)]
pub fn poster_page(props: &PosterProps) -> Html {
    let words = use_words();
    let choice = use_state(|| Choice::new(words.locale().tag));
    let posters = use_state(|| None::<Vec<(&'static LocaleInfo, Words)>>);
    {
        let choice = choice.clone();
        use_effect_with((), move |_| choice.set(Choice { address: browser::app_address(), ..(*choice).clone() }));
    }
    let on_change = {
        let choice = choice.clone();
        Callback::from(move |chosen| choice.set(chosen))
    };
    let on_make = {
        let (posters, words) = (posters.clone(), words.clone());
        Callback::from(move |locales: Vec<&'static LocaleInfo>| {
            let (posters, words) = (posters.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut made = Vec::new();
                for locale in locales {
                    made.push((locale, words_for(locale, &words).await));
                }
                posters.set(Some(made));
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let provider = choice.provider.as_ref().and_then(|key| props.config.as_ref()?.providers.get(key));

    html! {
        <>
            <div class="no-print">
                <PosterForm config={props.config.clone()} choice={(*choice).clone()} {on_change} {on_make} />
                if posters.is_some() {
                    <button type="button" class="button button--secondary" onclick={print}>{ words.get("poster-print") }</button>
                }
            </div>
            if let Some(posters) = &*posters {
                { for posters.iter().map(|(locale, poster_words)| html! {
                    <Poster
                        locale={*locale}
                        words={poster_words.clone()}
                        address={choice.address_for(locale.tag)}
                        provider={provider.cloned()}
                    />
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
