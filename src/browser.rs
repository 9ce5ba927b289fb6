//! The embedding in a browser page: the only module that touches `web_sys`.
//! Screens stay free of browser calls so that they can be prerendered.

use crate::screens::{App, AppProps};
use crate::words::Words;

/// Starts the app in the page's `#app` element.
pub fn start() {
    let words = Words::source();
    install_panic_message(&words);
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, AppProps { words }).render();
}

/// On a panic, replace the page with a short message that still tells the
/// person how to get help. The words are looked up now, not in the hook, so
/// that the hook itself cannot fail on them.
fn install_panic_message(words: &Words) {
    let heading = words.get("fallback-heading");
    let advice = words.get("fallback-advice");
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        let document = gloo::utils::document();
        let Some(body) = document.body() else { return };
        body.set_text_content(None);
        for (tag, text) in [("h1", &heading), ("p", &advice)] {
            if let Ok(element) = document.create_element(tag) {
                element.set_text_content(Some(text));
                let _ = body.append_child(&element);
            }
        }
    }));
}
