use super::{use_page_title, use_words};
use crate::browser;
use crate::embed::{qr_path, Config, Provider};
use crate::questionnaire::Route;
use crate::words::{LocaleInfo, Words, LOCALES};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PosterProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
}

/// Staff choose the languages, the provider (ward) and the public address,
/// and get one printable A4 poster per language, with a QR code that opens
/// the service in that language with that provider.
#[function_component(PosterPage)]
pub fn poster_page(props: &PosterProps) -> Html {
    let words = use_words();
    let heading = words.get("poster-heading");
    let languages = use_state(|| vec![words.locale().tag]);
    let provider = use_state(|| None::<String>);
    let address = use_state(String::new);
    let address_error = use_state(|| false);
    let posters = use_state(|| None::<Vec<(&'static LocaleInfo, Words)>>);
    use_page_title(heading.clone(), *address_error);
    {
        let address = address.clone();
        use_effect_with((), move |_| address.set(browser::app_address()));
    }

    let providers: Vec<&Provider> = props.config.iter().flat_map(|c| c.providers.values()).collect();
    let chosen_provider = provider.as_ref().and_then(|key| props.config.as_ref()?.providers.get(key));

    let on_language = {
        let languages = languages.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(locale) = LocaleInfo::find(&input.value()) else { return };
            let mut chosen: Vec<&'static str> = (*languages).clone();
            chosen.retain(|tag| *tag != locale.tag);
            if input.checked() {
                chosen.push(locale.tag);
            }
            languages.set(chosen);
        })
    };
    let on_provider = {
        let provider = provider.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            provider.set((!value.is_empty()).then_some(value));
        })
    };
    let on_address = {
        let address = address.clone();
        Callback::from(move |event: InputEvent| {
            address.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onsubmit = {
        let (languages, address, address_error, posters) =
            (languages.clone(), address.clone(), address_error.clone(), posters.clone());
        let words = words.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let valid = address.starts_with("https://") && address.len() > "https://".len();
            address_error.set(!valid);
            if !valid {
                browser::focus("poster-address");
                return;
            }
            let chosen: Vec<&'static LocaleInfo> =
                LOCALES.iter().filter(|locale| languages.contains(&locale.tag)).collect();
            let (posters, words) = (posters.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut made = Vec::new();
                for locale in chosen {
                    made.push((locale, words_for(locale, &words).await));
                }
                posters.set(Some(made));
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <>
            <div class="no-print">
                <a class="back-link" href={Route::Staff.href()}>{ words.get("back-link") }</a>
                <h1>{ heading }</h1>
                <p>{ words.get("poster-intro") }</p>
                <form {onsubmit} novalidate=true>
                    <fieldset class="form-group">
                        <legend><h2>{ words.get("poster-language-label") }</h2></legend>
                        <div class="checkboxes">
                            { for LOCALES.iter().map(|locale| html! {
                                <div class="checkboxes__item">
                                    <input
                                        class="checkboxes__input"
                                        type="checkbox"
                                        id={format!("poster-language-{}", locale.tag)}
                                        value={locale.tag}
                                        checked={languages.contains(&locale.tag)}
                                        onchange={on_language.clone()}
                                    />
                                    <label class="checkboxes__label" for={format!("poster-language-{}", locale.tag)}>
                                        <span lang={locale.tag} dir={locale.direction()}>{ locale.name }</span>
                                        // Staff may not read every script: the English name helps them choose.
                                        if locale.english_name != locale.name {
                                            <span lang="en" dir="ltr">{ format!(" ({})", locale.english_name) }</span>
                                        }
                                    </label>
                                </div>
                            }) }
                        </div>
                    </fieldset>
                    <div class="form-group">
                        <label class="label" for="poster-provider">{ words.get("poster-provider-label") }</label>
                        <select class="select" id="poster-provider" onchange={on_provider}>
                            <option value="" selected={provider.is_none()}>{ words.get("contact-heading") }</option>
                            { for providers.iter().map(|p| html! {
                                <option value={p.key.clone()} selected={provider.as_deref() == Some(p.key.as_str())}>
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
                            value={(*address).clone()}
                            aria-describedby={if *address_error { "poster-address-hint poster-address-error" } else { "poster-address-hint" }}
                            oninput={on_address}
                        />
                    </div>
                    <button type="submit" class="button">{ words.get("poster-make") }</button>
                </form>
                if posters.is_some() {
                    <button type="button" class="button button--secondary" onclick={print}>{ words.get("poster-print") }</button>
                }
            </div>
            if let Some(posters) = &*posters {
                { for posters.iter().map(|(locale, poster_words)| html! {
                    <Poster
                        locale={*locale}
                        words={poster_words.clone()}
                        address={poster_address(&address, locale.tag, provider.as_deref())}
                        provider={chosen_provider.cloned()}
                    />
                }) }
            }
        </>
    }
}

/// The address a poster's QR code opens: the service, in the poster's
/// language, with its provider.
fn poster_address(address: &str, tag: &str, provider: Option<&str>) -> String {
    let base = address.split(['?', '#']).next().unwrap_or(address);
    match provider {
        Some(key) => format!("{base}?lang={tag}&provider={key}"),
        None => format!("{base}?lang={tag}"),
    }
}

/// The words for a poster's language: those on screen, or the locale's,
/// loaded; the source's if they cannot be.
async fn words_for(locale: &'static LocaleInfo, current: &Words) -> Words {
    if locale == current.locale() {
        return current.for_audience("patient");
    }
    browser::load_words(locale).await.unwrap_or_else(|_| Words::source())
}

#[derive(Properties, PartialEq)]
struct PosterOneProps {
    locale: &'static LocaleInfo,
    words: Words,
    address: String,
    provider: Option<Provider>,
}

#[function_component(Poster)]
fn poster(props: &PosterOneProps) -> Html {
    let words = &props.words;
    let tag = words.locale().tag;
    let qr = qr_path(&props.address);
    html! {
        <section class="poster" lang={tag} dir={words.locale().direction()} data-address={props.address.clone()}>
            <h2 class="poster__title">{ words.get("poster-title") }</h2>
            <p class="poster__body">{ words.get("poster-body") }</p>
            if let Some(qr) = qr {
                <svg
                    class="poster__qr"
                    viewBox={format!("0 0 {0} {0}", qr.size)}
                    role="img"
                    aria-label={words.get("poster-qr-label")}
                    shape-rendering="crispEdges"
                >
                    <rect width="100%" height="100%" fill="#ffffff" />
                    <path d={qr.path} fill="#000000" />
                </svg>
            }
            <p class="poster__scan">{ words.get("poster-scan") }</p>
            <p>{ words.get("poster-or-visit") }{ " " }<span class="poster__address" dir="ltr">{ props.address.clone() }</span></p>
            if let Some(provider) = &props.provider {
                <p class="poster__provider">{ provider.name.get(tag).to_owned() }</p>
                if let Some(phone) = &provider.phone {
                    <p>{ words.get("poster-call") }{ " " }<span class="poster__phone" dir="ltr">{ phone.display.clone() }</span></p>
                }
            }
        </section>
    }
}
