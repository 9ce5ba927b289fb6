//! The only module that touches the page through `web_sys`: start-up, the
//! location fragment, session storage, the title, focus, downloads and the
//! embedding in a trust's page. Screens call these from effects and event
//! handlers, never while rendering, so that they can also be rendered on a
//! server.

use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

const SAVED_ANSWERS_KEY: &str = "imha-rights-checker/answers";
const SAVED_LANGUAGE_KEY: &str = "imha-rights-checker/language";
/// Bumped when the saved format changes, so old saved answers are not
/// misread.
const SAVED_ANSWERS_VERSION: &str = "v1:";
/// The message an app inside an iframe sends its parent with its height.
pub const HEIGHT_MESSAGE: &str = "imha-rights-checker:height";

/// Where the app is drawn: its own page, or a trust's page, inside a
/// shadow root on the trust's element.
#[derive(Clone)]
// Only the wasm start-up embeds; native builds (tests) never do.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Mount {
    Page,
    Embedded { host: web_sys::HtmlElement, shadow: web_sys::ShadowRoot },
}

thread_local! {
    static MOUNT: RefCell<Mount> = const { RefCell::new(Mount::Page) };
    static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
}

fn mount() -> Mount {
    MOUNT.with(|mount| mount.borrow().clone())
}

pub fn is_embedded() -> bool {
    matches!(mount(), Mount::Embedded { .. })
}

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

/// Session storage, if the browser allows it (some block it in private
/// windows or embedded frames): the app then simply does not remember.
fn session_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
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

/// Sets `lang` and `dir`, so that screen readers, fonts and the layout
/// follow the language: on the page, or only on the trust's element.
pub fn set_language(tag: &str, direction: &str) {
    let element: Option<web_sys::Element> = match mount() {
        Mount::Page => gloo::utils::document().document_element(),
        Mount::Embedded { host, .. } => Some(host.into()),
    };
    if let Some(element) = element {
        let _ = element.set_attribute("lang", tag);
        let _ = element.set_attribute("dir", direction);
    }
}

/// Sets the page title; an embedded app leaves the trust's title alone.
pub fn set_title(title: &str) {
    if !is_embedded() {
        gloo::utils::document().set_title(title);
    }
}

/// Sets the brand colour through the CSS object model, which a strict
/// Content Security Policy allows (an inline style attribute it would not).
pub fn set_brand_colour(colour: &str) {
    let element: Option<web_sys::HtmlElement> = match mount() {
        Mount::Page => gloo::utils::document().document_element().and_then(|e| e.dyn_into().ok()),
        Mount::Embedded { host, .. } => Some(host),
    };
    if let Some(element) = element {
        let _ = element.style().set_property("--brand", colour);
    }
}

/// Moves focus to the element with `id`, so that screen readers start
/// reading the new page or the error summary.
pub fn focus(id: &str) {
    let element = match mount() {
        Mount::Page => gloo::utils::document().get_element_by_id(id),
        Mount::Embedded { shadow, .. } => shadow.get_element_by_id(id),
    };
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves focus to a new page's main region, so that screen readers read it,
/// but not on the first page: focus would pull a trust's page down to the
/// embedded app as soon as it loads.
pub fn focus_new_page() {
    let shown = PAGES_SHOWN.with(|count| count.replace(count.get().saturating_add(1)));
    if shown > 0 {
        focus("main-content");
    }
}

/// Brings a new page into view: the top of the window, or of the trust's
/// element when the app is embedded.
pub fn scroll_to_top() {
    match mount() {
        Mount::Page => gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0),
        Mount::Embedded { host, .. } => {
            if host.get_bounding_client_rect().top() < 0.0 {
                host.scroll_into_view();
            }
        }
    }
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Where the app's files are: beside the script that started it, which
/// on a trust's page is not where the page is.
pub fn asset_url(name: &str) -> String {
    format!("{}{name}", start_up_setting("base").unwrap_or_else(|| "./".to_owned()))
}

/// The app's own public address, as a poster's QR code should open it.
pub fn app_address() -> String {
    start_up_setting("base").unwrap_or_else(|| {
        let location = gloo::utils::window().location();
        format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
    })
}

/// A value the start-up script (boot.js / embed.js) left for the app.
fn start_up_setting(name: &str) -> Option<String> {
    let settings = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("imhaRightsChecker")).ok()?;
    js_sys::Reflect::get(&settings, &JsValue::from_str(name)).ok()?.as_string()
}

/// Downloads a text file beside the app, such as a locale's messages.
/// `Ok(None)` when there is no such file.
pub async fn fetch_text(url: &str) -> Result<Option<String>, ()> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.map_err(drop)?;
    let response: web_sys::Response = response.dyn_into().map_err(drop)?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(drop)?).await.map_err(drop)?;
    text.as_string().map(Some).ok_or(())
}

/// Today on the device's clock, for the law in force. A clock that cannot
/// be read gives the day the rules were last checked, never a later law.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn today() -> crate::law::Date {
    let now = js_sys::Date::new_0();
    let day = u16::try_from(now.get_full_year()).ok().and_then(|year| {
        crate::law::Date::new(year, (now.get_month() + 1) as u8, now.get_date() as u8)
    });
    day.or(crate::law::Commencement::official().checked)
        .expect("commencement.json says when it was checked")
}

pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

#[cfg(target_arch = "wasm32")]
pub use start::start;

#[cfg(target_arch = "wasm32")]
mod start {
    use super::{Mount, MOUNT};
    use crate::questionnaire::{Answers, Route};
    use crate::screens::{App, AppProps, Notice};
    use crate::words::{choose_locale, LocaleInfo, Words};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The attribute that marks a trust's element to embed the app in.
    const HOST_ATTRIBUTE: &str = "data-imha-rights-checker";

    /// Starts the app, in the chosen language: in the trust's element if
    /// the page has one, else in the page's own `#app` element.
    pub fn start() {
        let source = Words::source();
        install_panic_message(&source);
        let host = gloo::utils::document()
            .query_selector(&format!("[{HOST_ATTRIBUTE}]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let root = match host {
            Some(host) => embed(host),
            None => page_root(),
        };
        let Some(root) = root else { return };
        let parameters = super::page_parameters();
        let parameter = |name: &str| parameters.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        let host_attribute = |name: &str| match super::mount() {
            Mount::Embedded { host, .. } => host.get_attribute(name),
            Mount::Page => None,
        };
        let requested = parameter("lang").or_else(|| host_attribute("data-lang"));
        let (locale, requested_missing) = choose_locale(
            requested.as_deref(),
            super::saved_language().as_deref(),
            &super::browser_languages(),
        );
        if requested.is_some() && !requested_missing {
            super::save_language(locale.tag);
        }
        let provider = parameter("provider").or_else(|| host_attribute("data-provider"));
        let config_url = host_attribute("data-config")
            .unwrap_or_else(|| super::asset_url("providers.json"));
        let other_parameters: Vec<(String, String)> =
            parameters.into_iter().filter(|(name, _)| name != "lang").collect();
        let start = Start {
            root,
            language_notice: requested_missing.then_some(Notice::LanguageNotAvailable),
            other_parameters,
            provider,
            config_url,
        };
        if in_iframe() {
            report_height_to_parent();
        }
        if locale.is_source() {
            start.render(source);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let url = super::asset_url(&format!("locales/{}.ftl", locale.tag));
            match super::fetch_text(&url).await {
                Ok(Some(text)) => start.render(Words::translated(locale, &text)),
                _ => Start { language_notice: Some(Notice::LanguageLoadFailed), ..start }.render(source),
            }
        });
    }

    fn page_root() -> Option<web_sys::Element> {
        let document = gloo::utils::document();
        document.get_element_by_id("app").or_else(|| document.body().map(Into::into))
    }

    /// Draws the app in a shadow root on the trust's element, with its own
    /// stylesheet, so that neither page's styles reach the other.
    fn embed(host: web_sys::HtmlElement) -> Option<web_sys::Element> {
        let shadow = host
            .shadow_root()
            .or_else(|| host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok())?;
        let document = gloo::utils::document();
        let stylesheet = document.create_element("link").ok()?;
        stylesheet.set_attribute("rel", "stylesheet").ok()?;
        let href = super::start_up_setting("stylesheet").unwrap_or_default();
        stylesheet.set_attribute("href", &href).ok()?;
        let root = document.create_element("div").ok()?;
        shadow.append_child(&stylesheet).ok()?;
        shadow.append_child(&root).ok()?;
        MOUNT.with(|mount| *mount.borrow_mut() = Mount::Embedded { host, shadow });
        Some(root)
    }

    struct Start {
        root: web_sys::Element,
        language_notice: Option<Notice>,
        other_parameters: Vec<(String, String)>,
        provider: Option<String>,
        config_url: String,
    }

    impl Start {
        fn render(self, words: Words) {
            let locale: &LocaleInfo = words.locale();
            super::set_language(locale.tag, locale.direction());
            install_panic_message(&words);
            let (answers, saved_notice) = saved_answers();
            self.root.set_inner_html("");
            self.root.set_class_name("imha-app");
            let props = AppProps {
                words,
                law: crate::law::LawInForce::official(super::today()),
                route: Route::parse(&super::fragment()),
                answers,
                notice: self.language_notice.or(saved_notice),
                other_parameters: self.other_parameters,
                provider: self.provider,
                config_url: Some(self.config_url),
                contact: crate::embed::Contact::AskWardStaff,
            };
            yew::Renderer::<App>::with_root_and_props(self.root, props).render();
        }
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

    fn in_iframe() -> bool {
        let window = gloo::utils::window();
        window.parent().ok().flatten().is_some_and(|parent| parent != window)
    }

    /// Inside an iframe, tells the parent page the content's height each
    /// time it changes, so the trust's page can size the frame to fit
    /// (see `embed/iframe-host.js`) and there is no inner scroll bar.
    fn report_height_to_parent() {
        let callback = Closure::<dyn FnMut()>::new(|| {
            let window = gloo::utils::window();
            let height = gloo::utils::document()
                .document_element()
                .map_or(0, |root| root.scroll_height());
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &super::HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            if let Ok(Some(parent)) = window.parent() {
                // The height is all that is sent: nothing about the person.
                let _ = parent.post_message(&message, "*");
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            if let Some(root) = gloo::utils::document().document_element() {
                observer.observe(&root);
            }
        }
        callback.forget();
    }

    /// On a panic, replace the page with a short message, in the person's
    /// language, that still tells them how to get help. The words are looked
    /// up now, not in the hook, so that the hook itself cannot fail on them.
    fn install_panic_message(words: &Words) {
        let heading = words.get("fallback-heading");
        let advice = words.get("fallback-advice");
        std::panic::set_hook(Box::new(move |info| {
            super::console_error(&info.to_string());
            let document = gloo::utils::document();
            let target: Option<web_sys::Element> = match super::mount() {
                Mount::Embedded { shadow, .. } => shadow.last_element_child(),
                Mount::Page => document.body().map(Into::into),
            };
            let Some(target) = target else { return };
            target.set_text_content(None);
            for (tag, text) in [("h1", &heading), ("p", &advice)] {
                if let Ok(element) = document.create_element(tag) {
                    element.set_text_content(Some(text));
                    let _ = target.append_child(&element);
                }
            }
        }));
    }
}
