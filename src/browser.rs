//! The only module that touches the page through `web_sys`: start-up, the
//! location fragment, session storage, the title and focus. Screens call
//! these from effects and event handlers, never while rendering, so that
//! they can also be rendered on a server.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

const SAVED_ANSWERS_KEY: &str = "imha-rights-checker/answers";
const SAVED_LANGUAGE_KEY: &str = "imha-rights-checker/language";
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

pub fn saved_language() -> Option<String> {
    session_storage()?.get_item(SAVED_LANGUAGE_KEY).ok()?
}

pub fn save_language(tag: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(SAVED_LANGUAGE_KEY, tag);
    }
}

/// The page's query parameters (the part of the address before `#`), as
/// name and value pairs.
pub fn page_parameters() -> Vec<(String, String)> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect()
}

/// Sets `lang` and `dir` on the page, so that screen readers, fonts and
/// the layout follow the language.
pub fn set_document_language(tag: &str, direction: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", direction);
    }
}

/// Downloads a text file beside the app, such as a locale's messages.
pub async fn fetch_text(path: &str) -> Result<String, ()> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(path)).await.map_err(drop)?;
    let response: web_sys::Response = response.dyn_into().map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(drop)?).await.map_err(drop)?;
    text.as_string().ok_or(())
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
    use crate::questionnaire::{Answers, Route};
    use crate::screens::{App, AppProps, Notice};
    use crate::words::{choose_locale, LocaleInfo, Words};

    /// Starts the app in the page's `#app` element, in the chosen language.
    pub fn start() {
        let source = Words::source();
        install_panic_message(&source);
        let parameters = super::page_parameters();
        let requested = parameters.iter().find(|(name, _)| name == "lang").map(|(_, v)| v.clone());
        let (locale, requested_missing) = choose_locale(
            requested.as_deref(),
            super::saved_language().as_deref(),
            &super::browser_languages(),
        );
        if requested.is_some() && !requested_missing {
            super::save_language(locale.tag);
        }
        let other_parameters: Vec<(String, String)> =
            parameters.into_iter().filter(|(name, _)| name != "lang").collect();
        let language_notice = requested_missing.then_some(Notice::LanguageNotAvailable);
        if locale.is_source() {
            render(source, language_notice, other_parameters);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            match super::fetch_text(&format!("locales/{}.ftl", locale.tag)).await {
                Ok(text) => render(Words::translated(locale, &text), language_notice, other_parameters),
                Err(()) => render(source, Some(Notice::LanguageLoadFailed), other_parameters),
            }
        });
    }

    fn render(words: Words, language_notice: Option<Notice>, other_parameters: Vec<(String, String)>) {
        let locale: &LocaleInfo = words.locale();
        super::set_document_language(locale.tag, locale.direction());
        install_panic_message(&words);
        let (answers, saved_notice) = saved_answers();
        let document = gloo::utils::document();
        let root = document
            .get_element_by_id("app")
            .unwrap_or_else(|| gloo::utils::body().into());
        root.set_inner_html("");
        let props = AppProps {
            words,
            route: Route::parse(&super::fragment()),
            answers,
            notice: language_notice.or(saved_notice),
            other_parameters,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }

    /// Answers saved earlier in this session; unreadable ones are dropped
    /// with a notice.
    fn saved_answers() -> (Answers, Option<Notice>) {
        match super::saved_answers() {
            None => Default::default(),
            Some(Ok(query)) => {
                let (answers, unreadable) = Answers::from_query(&query);
                let notice = (!unreadable.0.is_empty()).then_some(Notice::SavedAnswersUnreadable);
                (answers, notice)
            }
            Some(Err(())) => {
                super::forget_answers();
                (Default::default(), Some(Notice::SavedAnswersUnreadable))
            }
        }
    }

    /// On a panic, replace the page with a short message, in the person's
    /// language, that still tells them how to get help. The words are looked
    /// up now, not in the hook, so that the hook itself cannot fail on them.
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
