//! The start-up: finds where to draw the app, chooses the language, reads
//! the saved answers and the page's parameters (`lang`, `provider`,
//! `device`), and renders `App` with them.

use super::mount::{self, Mount};
use crate::embed::DeviceUse;
use crate::questionnaire::{Answers, Route};
use crate::screens::{App, AppProps, Bundle, Notice, Pages};
use crate::words::{choose_locale, LocaleInfo, Words};
use wasm_bindgen::JsCast;

/// The attribute that marks a trust's element to embed the app in.
const HOST_ATTRIBUTE: &str = "data-imha-rights-checker";

/// Starts the app with the pages `P` (the bundle of this page), in the
/// chosen language: in the trust's element if the page has one, else in
/// the page's own `#app` element.
pub fn start<P: Pages>() {
    // A link to a page of the other bundle opens it at once, before this
    // page downloads anything it would not use.
    let bundle = Bundle::of(&Route::parse(&super::fragment()));
    if bundle != P::BUNDLE {
        super::open_other_page(bundle.page_file());
        return;
    }
    let source = Words::source();
    install_panic_message(&source);
    let host = gloo::utils::document()
        .query_selector(&format!("[{HOST_ATTRIBUTE}]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let root = match host {
        Some(host) => mount::embed(host, &super::assets::stylesheet()),
        None => mount::page_root(),
    };
    let Some(root) = root else { return };
    super::speech::offer_read_aloud(&root);
    let parameters = super::page_parameters();
    let parameter = |name: &str| parameters.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let requested = parameter("lang").or_else(|| mount::host_attribute("data-lang"));
    let (locale, requested_missing) = choose_locale(
        requested.as_deref(),
        super::saved_language().as_deref(),
        &super::browser_languages(),
    );
    if requested.is_some() && !requested_missing {
        super::save_language(locale.tag);
    }
    let provider = parameter("provider").or_else(|| mount::host_attribute("data-provider"));
    let device = DeviceUse::from_parameter(parameter(DeviceUse::PARAMETER).as_deref());
    let config_url =
        mount::host_attribute("data-config").unwrap_or_else(|| super::asset_url("providers.json"));
    let other_parameters: Vec<(String, String)> =
        parameters.into_iter().filter(|(name, _)| name != "lang").collect();
    let start = Start {
        root,
        language_notice: requested_missing.then_some(Notice::LanguageNotAvailable),
        other_parameters,
        provider,
        config_url,
        device,
    };
    super::frame_height::report_height_to_parent();
    if locale.is_source() && !P::WAITS_FOR_ALL_WORDS {
        start.render::<P>(source);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match super::load_words(locale).await {
            Ok(words) => start.render::<P>(words),
            // Without the rest of the English, the page says so and offers to try again.
            Err(_) if locale.is_source() => start.render::<P>(source),
            Err(_) => Start { language_notice: Some(Notice::LanguageLoadFailed), ..start }.render::<P>(source),
        }
    });
}

struct Start {
    root: web_sys::Element,
    language_notice: Option<Notice>,
    other_parameters: Vec<(String, String)>,
    provider: Option<String>,
    config_url: String,
    device: DeviceUse,
}

impl Start {
    fn render<P: Pages>(self, words: Words) {
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
            device: self.device,
            config: None,
        };
        crate::screens::picture::set_assets(super::asset_url(""));
        yew::Renderer::<App<P>>::with_root_and_props(self.root, props).render();
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

/// On a panic, replace the page with a short message, in the person's
/// language, that still tells them how to get help. The words are looked
/// up now, not in the hook, so that the hook itself cannot fail on them.
fn install_panic_message(words: &Words) {
    let heading = words.get("fallback-heading");
    let advice = words.get("fallback-advice");
    std::panic::set_hook(Box::new(move |info| {
        super::console_error(&info.to_string());
        let document = gloo::utils::document();
        let target: Option<web_sys::Element> = match mount::mount() {
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
