//! The screens: Yew function components that only display. They read words
//! from the `Words` context and never call browser APIs while rendering
//! (only in effects and event handlers), so that Yew's server renderer can
//! prerender them.

mod accessibility;
mod check_answers;
mod citation;
mod components;
mod contact;
mod embed_helper;
mod frame;
mod law_changing;
mod loading;
mod nearest_relative;
mod not_found;
mod pages;
mod poster;
mod privacy;
mod provider_config;
mod question;
mod request;
mod result;
mod review;
mod session;
mod sources;
mod staff;
mod start;

pub use components::{idle_warning, picture};
pub use frame::Frame;
pub use pages::{Bundle, PatientPages, Pages, StaffPages};
pub use review::{ReviewSheet, ReviewSheetProps};
pub use session::{Action, Navigation, Notice, Session};

use crate::browser;
use crate::embed::{Config, Contact, DeviceUse, Idle};
use crate::law::LawInForce;
use crate::questionnaire::{Answers, Route};
use crate::words::Words;
use loading::LoadingPage;
use pages::PageInputs;
use provider_config::use_provider_config;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub words: Words,
    /// The law on the day of the visit, with the 2025 Act's changes that
    /// have started by then.
    pub law: LawInForce,
    pub route: Route,
    pub answers: Answers,
    /// A notice from start-up, such as saved answers that could not be read.
    pub notice: Option<Notice>,
    /// The page's query parameters other than `lang`, kept by the links
    /// that change the language.
    #[prop_or_default]
    pub other_parameters: Vec<(String, String)>,
    /// The provider a link or the trust's element names, if any.
    #[prop_or_default]
    pub provider: Option<String>,
    /// Where the trust's provider configuration is; it is loaded after the
    /// first screen is shown, since only the result and poster pages use it.
    #[prop_or_default]
    pub config_url: Option<String>,
    /// The contact to show before (or without) loading a configuration.
    #[prop_or(Contact::AskWardStaff)]
    pub contact: Contact,
    /// Whether the page's link says the device is shared; the provider's
    /// configuration may say so too, once loaded.
    #[prop_or_default]
    pub device: DeviceUse,
    /// The configuration to use before (or without) loading one.
    #[prop_or_default]
    pub config: Option<Config>,
}

/// The app, showing the pages `P` has; any other route opens the app's
/// other page at the same address.
#[function_component(App)]
pub fn app<P: Pages>(props: &AppProps) -> Html {
    let session = use_reducer(|| {
        Session::new(props.route.clone(), props.answers.clone(), props.notice, props.law.clone(), props.device)
    });

    let loaded = use_provider_config(props.config_url.clone(), props.provider.clone(), &props.contact, &props.config);
    // A shared device (from the link, or from the provider once its
    // configuration is loaded) is watched for use while it holds answers.
    // One effect for both: each effect costs the first screen's download.
    {
        let session = session.clone();
        let device = props.device.with_provider(loaded.contact.provider());
        let guarding = device == DeviceUse::Shared && !session.answers.is_empty();
        use_effect_with((device, guarding), move |&(device, guarding)| {
            session.dispatch(Action::UseDevice(device));
            let guard = guarding.then(|| browser::guard_shared_device(move |idle| session.dispatch(Action::Idle(idle))));
            move || drop(guard)
        });
    }
    let (all_words, load_words) = use_all_words(&props.words);
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move |fragment| {
                session.dispatch(Action::Arrive(Route::parse(&fragment)));
            });
            move || drop(listener)
        });
    }
    use_effect_with(session.navigation.clone(), |navigation| match navigation {
        Some(Navigation::Push(href)) => browser::go(href),
        Some(Navigation::Replace(href)) => browser::replace(href),
        None => {}
    });
    use_effect_with(session.answers.to_query(), |query| browser::save_answers(query));
    // The draft-translation notice is for the page a visit lands on only.
    let landing = use_state(|| session.route.clone());
    let moved_on = use_state(|| false);
    {
        let (landing, moved_on) = (landing.clone(), moved_on.clone());
        use_effect_with(session.route.clone(), move |route| {
            if *route != *landing {
                moved_on.set(true);
            }
            browser::scroll_to_top();
        });
    }

    let dispatch = {
        let session = session.clone();
        Callback::from(move |action| session.dispatch(action))
    };
    let shared = session.device == DeviceUse::Shared;
    let words = all_words.words.for_audience(session.answers.audience());
    let elsewhere = Some(Bundle::of(&session.route)).filter(|bundle| *bundle != P::BUNDLE);
    use_effect_with(elsewhere, |elsewhere| {
        if let Some(bundle) = elsewhere {
            browser::open_other_page(bundle.page_file());
        }
    });
    if elsewhere.is_some() {
        // Nothing, not even a heading, while the other page opens.
        return html! {};
    }
    let page = if !words.is_complete() && !shown_with_first_screen_words(&session.route) {
        html! { <LoadingPage failed={all_words.failed} on_retry={load_words} /> }
    } else {
        P::page(&session.route, PageInputs { session: &session, dispatch: &dispatch, loaded: &loaded })
    };
    html! {
        <ContextProvider<Words> context={words.clone()}>
        <ContextProvider<LawInForce> context={props.law.clone()}>
            <Frame
                notice={session.notice}
                has_answers={!session.answers.is_empty()}
                show_draft_notice={!*moved_on}
                on_clear={dispatch.reform(|_| Action::Clear)}
                finishing={shared && matches!(session.route, Route::Result { .. } | Route::Request)}
                on_finish={dispatch.reform(|_| Action::Finish)}
                route_href={session.route.href()}
                other_parameters={props.other_parameters.clone()}
            >
                { page }
            </Frame>
            if session.warned {
                // Any use of the page keeps the answers; this button says so.
                { idle_warning(&words, dispatch.reform(|_| Action::Idle(Idle::Active))) }
            }
        </ContextProvider<LawInForce>>
        </ContextProvider<Words>>
    }
}

/// The pages the words compiled into the app are enough for, so that the
/// first screen needs no second download.
fn shown_with_first_screen_words(route: &Route) -> bool {
    matches!(route, Route::Start | Route::Question { .. } | Route::CheckAnswers | Route::NotFound)
}

#[derive(Clone, PartialEq)]
struct AllWords {
    words: Words,
    failed: bool,
}

/// The locale's words, completed by a download as soon as the app starts
/// when only the first screens' are in (so that the result is there by
/// the time the person reaches it); and a callback to try again.
#[hook]
fn use_all_words(words: &Words) -> (AllWords, Callback<()>) {
    let state = use_state(|| AllWords { words: words.clone(), failed: false });
    let load = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            let locale = state.words.locale();
            state.set(AllWords { failed: false, ..(*state).clone() });
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match browser::load_words(locale).await {
                    Ok(words) => AllWords { words, failed: false },
                    Err(_) => AllWords { failed: true, ..(*state).clone() },
                });
            });
        })
    };
    {
        let (load, complete) = (load.clone(), state.words.is_complete());
        use_effect_with((), move |_| {
            if !complete {
                load.emit(());
            }
        });
    }
    ((*state).clone(), load)
}

/// The words of the current locale and audience.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_else(Words::source)
}

/// The law on the day of the visit.
#[hook]
pub fn use_law() -> LawInForce {
    use_context::<LawInForce>().expect("App provides the law in force")
}

/// Sets the page title to the page's heading (with "Error:" when the page
/// shows an error), and moves focus to the page, so that screen readers
/// announce each new page of this single-page app.
#[hook]
pub fn use_page_title(heading: String, error: bool) {
    let words = use_words();
    let title = words.get_with("page-title", &[("page", heading.clone().into())]);
    let title = if error {
        words.get_with("page-title-error", &[("page", heading.into())])
    } else {
        title
    };
    // Bidi isolation marks have no place in a window title.
    let title = title.replace(['\u{2068}', '\u{2069}'], "");
    use_effect_with((title, error), |(title, error)| {
        browser::set_title(title);
        if !error {
            browser::focus_new_page();
        }
    });
}
