use super::{use_page_title, use_words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    /// The download failed: offline, or refused by the server.
    pub failed: bool,
    pub on_retry: Callback<()>,
}

/// While the rest of the words download (the app carries only those of
/// the first screens), or if they cannot: how to get an advocate anyway.
#[function_component(LoadingPage)]
pub fn loading_page(props: &LoadingProps) -> Html {
    let words = use_words();
    let heading = words.get(if props.failed { "words-load-failed-heading" } else { "words-loading" });
    use_page_title(heading.clone(), false);
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div aria-live="polite">
            <h1>{ heading }</h1>
            if props.failed {
                <p>{ words.get("words-load-failed-body") }</p>
                <p>{ words.get("fallback-advice") }</p>
                <button type="button" class="button" onclick={retry}>{ words.get("words-load-retry") }</button>
            }
        </div>
    }
}
