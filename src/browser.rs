//! The only module that touches the page through `web_sys`: start-up, the
//! location fragment, session storage, the title and focus. Screens call
//! these from effects and event handlers, never while rendering, so that
//! they can also be rendered on a server.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

const SAVED_ANSWERS_KEY: &str = "imha-rights-checker/answers";
/// Bumped when the saved format changes, so old saved answers are not
/// misread.
const SAVED_ANSWERS_VERSION: &str = "v1:";

pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Goes to `href` (a `#/...` fragment), adding a history entry.
pub fn go(href: &str) {
    let _ = gloo::utils::window().location().set_hash(href);
}

/// Goes to `href` in place of the current history entry.
pub fn replace(href: &str) {
    let _ = gloo::utils::window().location().replace(href);
}

pub fn on_fragment_change(mut callback: impl FnMut(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| callback(fragment()))
}

/// The saved answers: `None` if there are none, `Some(Err)` if they cannot
/// be read (corrupt, or from an older version).
pub fn saved_answers() -> Option<Result<String, ()>> {
    let saved = session_storage()?.get_item(SAVED_ANSWERS_KEY).ok()??;
    Some(saved.strip_prefix(SAVED_ANSWERS_VERSION).map(str::to_owned).ok_or(()))
}

pub fn save_answers(query: &str) {
    let Some(storage) = session_storage() else { return };
    if query.is_empty() {
        let _ = storage.remove_item(SAVED_ANSWERS_KEY);
    } else {
        let _ = storage.set_item(SAVED_ANSWERS_KEY, &format!("{SAVED_ANSWERS_VERSION}{query}"));
    }
}

pub fn forget_answers() {
    save_answers("");
}

/// Session storage, if the browser allows it (some block it in private
/// windows or embedded frames): the app then simply does not remember.
fn session_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Moves focus to the element with `id`, so that screen readers start
/// reading the new page or the error summary.
pub fn focus(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

#[cfg(target_arch = "wasm32")]
pub use start::start;

#[cfg(target_arch = "wasm32")]
mod start {
    use crate::questionnaire::Route;
    use crate::screens::{App, AppProps, Notice};
    use crate::words::Words;

    /// Starts the app in the page's `#app` element.
    pub fn start() {
        let words = Words::source();
        install_panic_message(&words);
        let (answers, notice) = match super::saved_answers() {
            None => Default::default(),
            Some(Ok(query)) => {
                let (answers, unreadable) = crate::questionnaire::Answers::from_query(&query);
                let notice = (!unreadable.0.is_empty()).then_some(Notice::SavedAnswersUnreadable);
                (answers, notice)
            }
            Some(Err(())) => {
                super::forget_answers();
                (Default::default(), Some(Notice::SavedAnswersUnreadable))
            }
        };
        let document = gloo::utils::document();
        let root = document
            .get_element_by_id("app")
            .unwrap_or_else(|| gloo::utils::body().into());
        root.set_inner_html("");
        let props = AppProps { words, route: Route::parse(&super::fragment()), answers, notice };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }

    /// On a panic, replace the page with a short message that still tells
    /// the person how to get help. The words are looked up now, not in the
    /// hook, so that the hook itself cannot fail on them.
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
}
