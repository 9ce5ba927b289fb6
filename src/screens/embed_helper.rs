//! The staff page's embed helper, for a trust's web team: they choose a
//! provider (ward), a language and the way to embed the app, and copy the
//! exact HTML to paste into their page.

use super::components::{said, ProviderRadios, RadioItem, Radios};
use super::use_words;
use crate::browser;
use crate::embed::{folder_of, Config, EmbedChoice, Embedding, Provider};
use crate::words::LOCALES;
use yew::prelude::*;

/// The Content Security Policy sources each way of embedding needs on the
/// trust's page: code, not words, so never translated.
fn policy_needed(embedding: Embedding) -> &'static str {
    match embedding {
        Embedding::Script => "script-src 'self' 'wasm-unsafe-eval'",
        Embedding::Frame => "frame-src 'self'",
    }
}

/// The id of the message naming a way of embedding (its hint's is this
/// with `-hint`).
fn message(embedding: Embedding) -> &'static str {
    match embedding {
        Embedding::Script => "embed-how-script",
        Embedding::Frame => "embed-how-iframe",
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

    // A new choice makes a new snippet, not yet copied.
    let choose = {
        let (choice, copied) = (choice.clone(), copied.clone());
        Callback::from(move |chosen: EmbedChoice| {
            copied.set(None);
            choice.set(chosen);
        })
    };
    let current = (*choice).clone();
    let on_provider = {
        let current = current.clone();
        choose.reform(move |provider| EmbedChoice { provider, ..current.clone() })
    };
    let on_language = {
        let current = current.clone();
        choose.reform(move |tag: AttrValue| EmbedChoice {
            language: LOCALES.iter().find(|l| l.tag == tag).map(|l| l.tag),
            ..current.clone()
        })
    };
    let on_embedding = choose.reform(move |code: AttrValue| EmbedChoice {
        embedding: Embedding::from_code(&code).unwrap_or(current.embedding),
        ..current.clone()
    });
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
            label: words.get(message(*embedding)),
            idea: AttrValue::Static(message(*embedding)),
            hint: Some(words.get_with(&format!("{}-hint", message(*embedding)), &[("policy", policy_needed(*embedding).into())])),
        })
        .collect();

    let readers_own = RadioItem {
        value: AttrValue::Static(""),
        id: "embed-language-browser".into(),
        label: words.get("embed-language-browser"),
        idea: AttrValue::Static("embed-language-browser"),
        hint: None,
    };
    let languages: Vec<RadioItem> = std::iter::once(readers_own)
        .chain(LOCALES.iter().map(|locale| RadioItem {
            value: AttrValue::Static(locale.tag),
            id: format!("embed-language-{}", locale.tag),
            // Staff may not read every script: the English name helps them choose.
            label: if locale.english_name == locale.name { locale.name.to_owned() } else { format!("{} ({})", locale.name, locale.english_name) },
            idea: AttrValue::Static("embed-language-label"),
            hint: None,
        }))
        .collect();
    html! {
        <section class="embed-helper no-print" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ words.get("embed-heading") }</h2>
            <p>{ said(&words, "embed-intro") }</p>
            if providers.is_empty() {
                <p>{ said(&words, "embed-no-providers") }</p>
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
            <fieldset class="form-group">
                <legend><h2>{ words.get("embed-language-label") }</h2></legend>
                <Radios
                    name="embed-language"
                    items={languages}
                    selected={AttrValue::Static(choice.language.unwrap_or_default())}
                    on_select={on_language}
                />
            </fieldset>
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
                    Some(Copied::Yes) => said(&words, "embed-copied"),
                    Some(Copied::Refused) => said(&words, "embed-copy-failed"),
                    None => Html::default(),
                } }
            </p>
        </section>
    }
}
