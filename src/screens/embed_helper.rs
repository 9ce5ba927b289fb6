//! The staff page's embed helper, for a trust's web team: they choose a
//! provider (ward), a language and the way to embed the app, and copy the
//! exact HTML to paste into their page.

use super::components::{ProviderRadios, RadioItem, Radios};
use super::use_words;
use crate::browser;
use crate::embed::{folder_of, Config, EmbedChoice, Embedding, Provider};
use crate::words::LOCALES;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The Content Security Policy sources each way of embedding needs on the
/// trust's page: code, not words, so never translated.
fn policy_needed(embedding: Embedding) -> &'static str {
    match embedding {
        Embedding::Script => "script-src 'self' 'wasm-unsafe-eval'",
        Embedding::Frame => "frame-src 'self'",
    }
}

/// Whether the last copy worked.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    Refused,
}

#[derive(Properties, PartialEq)]
pub struct EmbedHelperProps {
    /// The trust's providers, once loaded.
    pub config: Option<Config>,
}

#[function_component(EmbedHelper)]
pub fn embed_helper(props: &EmbedHelperProps) -> Html {
    let words = use_words();
    let choice = use_state(|| EmbedChoice { embedding: Embedding::Script, provider: None, language: None });
    let copied = use_state(|| None::<Copied>);
    // Where the app's files are, read once the page is in the browser.
    let folder = use_state(String::new);
    {
        let folder = folder.clone();
        use_effect_with((), move |_| folder.set(folder_of(&browser::app_address())));
    }
    let providers: Vec<Provider> = props.config.iter().flat_map(|c| c.providers.values().cloned()).collect();
    let snippet = choice.snippet(&folder, &words.get("embed-frame-title"));

    let on_provider = {
        let (choice, copied) = (choice.clone(), copied.clone());
        Callback::from(move |provider: Option<String>| {
            copied.set(None);
            choice.set(EmbedChoice { provider, ..(*choice).clone() });
        })
    };
    let on_language = {
        let (choice, copied) = (choice.clone(), copied.clone());
        Callback::from(move |event: Event| {
            let tag = event.target_unchecked_into::<HtmlSelectElement>().value();
            copied.set(None);
            choice.set(EmbedChoice { language: LOCALES.iter().find(|l| l.tag == tag).map(|l| l.tag), ..(*choice).clone() });
        })
    };
    let on_embedding = {
        let (choice, copied) = (choice.clone(), copied.clone());
        Callback::from(move |code: AttrValue| {
            if let Some(embedding) = Embedding::from_code(&code) {
                copied.set(None);
                choice.set(EmbedChoice { embedding, ..(*choice).clone() });
            }
        })
    };
    let on_copy = {
        let (copied, snippet) = (copied.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, snippet) = (copied.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(if browser::copy_text(&snippet).await { Copied::Yes } else { Copied::Refused }));
            });
        })
    };
    let embeddings: Vec<RadioItem> = Embedding::ALL
        .iter()
        .map(|embedding| RadioItem {
            value: AttrValue::Static(embedding.code()),
            id: format!("embed-how-{}", embedding.code()),
            label: words.get(&format!("embed-how-{}", embedding.code())),
            idea: AttrValue::Static(""),
            hint: Some(words.get_with(&format!("embed-how-{}-hint", embedding.code()), &[("policy", policy_needed(*embedding).into())])),
        })
        .collect();

    html! {
        <section class="embed-helper no-print" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ words.get("embed-heading") }</h2>
            <p>{ words.get("embed-intro") }</p>
            if providers.is_empty() {
                <p>{ words.get("embed-no-providers") }</p>
            } else {
                <ProviderRadios
                    name="embed-provider"
                    legend={words.get("embed-provider-label")}
                    {providers}
                    selected={choice.provider.clone()}
                    none="embed-provider-default"
                    on_select={on_provider}
                />
            }
            <div class="form-group">
                <label class="label" for="embed-language"><h2>{ words.get("embed-language-label") }</h2></label>
                <select class="select" id="embed-language" onchange={on_language}>
                    <option value="" selected={choice.language.is_none()}>{ words.get("embed-language-browser") }</option>
                    { for LOCALES.iter().map(|locale| html! {
                        <option value={locale.tag} selected={choice.language == Some(locale.tag)}>
                            { locale.name }
                            if locale.english_name != locale.name {
                                { format!(" ({})", locale.english_name) }
                            }
                        </option>
                    }) }
                </select>
            </div>
            <fieldset class="form-group">
                <legend><h2>{ words.get("embed-how-label") }</h2></legend>
                <Radios
                    name="embed-how"
                    items={embeddings}
                    selected={AttrValue::Static(choice.embedding.code())}
                    on_select={on_embedding}
                />
            </fieldset>
            <h2 id="embed-code-label">{ words.get("embed-code-label") }</h2>
            <pre class="embed-code" aria-labelledby="embed-code-label" dir="ltr" translate="no" tabindex="0"><code>{ snippet }</code></pre>
            <button type="button" class="button" onclick={on_copy}>{ words.get("embed-copy") }</button>
            <p class="embed-copied" role="status">
                { match *copied {
                    Some(Copied::Yes) => words.get("embed-copied"),
                    Some(Copied::Refused) => words.get("embed-copy-failed"),
                    None => String::new(),
                } }
            </p>
        </section>
    }
}
