use super::components::said;
use super::{picture, use_words, Notice};
use crate::law::LAW_AS_AT;
use crate::questionnaire::Route;
use crate::words::{Review, LOCALES, SOURCE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub children: Html,
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// Whether to offer "Clear my answers".
    #[prop_or_default]
    pub has_answers: bool,
    #[prop_or_default]
    pub on_clear: Callback<()>,
    /// On a shared device's result and request pages: "Finish and clear"
    /// in place of "Clear my answers", with no question first, since
    /// leaving the answers is the greater harm there.
    #[prop_or_default]
    pub finishing: bool,
    #[prop_or_default]
    pub on_finish: Callback<()>,
    /// On the page a visit lands on, a draft translation says so.
    #[prop_or(true)]
    pub show_draft_notice: bool,
    /// The current page's fragment, kept when changing language.
    #[prop_or_default]
    pub route_href: String,
    #[prop_or_default]
    pub other_parameters: Vec<(String, String)>,
}

/// Header, main region and footer around every screen.
#[function_component(Frame)]
pub fn frame(props: &FrameProps) -> Html {
    let words = use_words();
    // Clearing asks first: answers about someone's detention are not
    // lost to a stray tap.
    let confirming = use_state(|| false);
    let ask_first = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_clear = {
        let (confirming, on_clear) = (confirming.clone(), props.on_clear.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_clear.emit(());
        })
    };
    let english_href = (!words.locale().is_source_language())
        .then(|| language_href(SOURCE.tag, &props.other_parameters, &props.route_href));
    html! {
        <>
            <a class="skip-link" href="#main-content" onclick={skip_to_main()}>{ words.get("skip-link") }</a>
            <header class="site-header">
                <div class="width-container">
                    <span class="site-header__name">{ words.get("service-name") }</span>
                    <LanguageSwitcher route_href={props.route_href.clone()} other_parameters={props.other_parameters.clone()} />
                </div>
            </header>
            <div class="width-container">
                <main id="main-content" class="main" tabindex="-1">
                    if words.locale().review == Review::Draft && props.show_draft_notice {
                        <DraftNotice {english_href} />
                    }
                    if let Some(notice) = props.notice {
                        <div class="notice" role="status">
                            <p>{ said(&words, notice.message_id()) }</p>
                        </div>
                    }
                    { props.children.clone() }
                    if props.finishing {
                        <div class="finish no-print">
                            <p>{ said(&words, "finish-hint") }</p>
                            <button type="button" class="button button--secondary" onclick={props.on_finish.reform(|_: MouseEvent| ())}>
                                { words.get("finish-and-clear") }
                            </button>
                        </div>
                    } else if props.has_answers {
                        <div class="clear-answers no-print">
                            if *confirming {
                                <p role="alert">{ words.get("clear-confirm") }</p>
                                <button type="button" class="button button--warning" onclick={on_clear}>
                                    { words.get("clear-confirm-yes") }
                                </button>
                                { " " }
                                <button type="button" class="link-button" onclick={keep}>
                                    { words.get("clear-confirm-no") }
                                </button>
                            } else {
                                <button type="button" class="link-button" onclick={ask_first}>
                                    { words.get("clear-answers") }
                                </button>
                            }
                        </div>
                    }
                </main>
            </div>
            <footer class="site-footer">
                <div class="width-container">
                    <p>{ words.get("footer-privacy") }</p>
                    <p>{ words.get_with("footer-law-as-at", &[("date", LAW_AS_AT.into())]) }</p>
                    <p><a href={Route::Accessibility.href()}>{ words.get("accessibility-link") }</a></p>
                    <p><a href={Route::Privacy.href()}>{ words.get("privacy-link") }</a></p>
                    <p><a href={Route::Sources.href()}>{ words.get("sources-link") }</a></p>
                    if picture::shows_pictures(words.locale()) {
                        <p class="pictures-credit">
                            { words.get("pictures-credit") }{ " " }
                            <a href="https://openmoji.org/">{ words.get("pictures-source") }</a>{ ", " }
                            <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">{ words.get("pictures-licence") }</a>
                        </p>
                    }
                </div>
            </footer>
        </>
    }
}

/// The skip link's target is an id, but the location fragment holds the
/// route, so move focus instead of following the link.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus("main-content");
    })
}

#[derive(Properties, PartialEq)]
struct LanguageSwitcherProps {
    route_href: String,
    other_parameters: Vec<(String, String)>,
}

/// Every language, each in its own name and script. Each is a plain link
/// that reloads the page in that language; the answers are kept in
/// session storage, so they survive the change.
#[function_component(LanguageSwitcher)]
fn language_switcher(props: &LanguageSwitcherProps) -> Html {
    let words = use_words();
    let current = words.locale();
    html! {
        <details class="language-switcher">
            <summary>
                { words.get("language-switcher-label") }{ ": " }
                <span lang={current.tag} dir={current.direction()}>{ current.name }</span>
            </summary>
            <ul>
                { for LOCALES.iter().map(|locale| html! {
                    <li>
                        <a
                            href={language_href(locale.tag, &props.other_parameters, &props.route_href)}
                            lang={locale.tag}
                            hreflang={locale.tag}
                            dir={locale.direction()}
                            aria-current={(locale == current).then_some("true")}
                        >
                            { locale.name }
                        </a>
                    </li>
                }) }
            </ul>
        </details>
    }
}

fn language_href(tag: &str, other_parameters: &[(String, String)], route_href: &str) -> String {
    let mut query = format!("?lang={tag}");
    for (name, value) in other_parameters {
        query.push_str(&format!("&{name}={value}"));
    }
    format!("{query}{route_href}")
}

#[derive(Properties, PartialEq)]
struct DraftNoticeProps {
    /// The same page in English, for a translation other than English's own.
    english_href: Option<String>,
}

/// A translation nobody qualified has checked says so, in one line in its
/// own language, with the details and the way to the English page behind it.
#[function_component(DraftNotice)]
fn draft_notice(props: &DraftNoticeProps) -> Html {
    let words = use_words();
    html! {
        <div class="notice notice--draft" role="note">
            <details>
                <summary>{ words.get("draft-notice-short") }</summary>
                <p>{ said(&words, "draft-notice") }</p>
                if let Some(english_href) = &props.english_href {
                    <p>
                        <a href={english_href.clone()} lang={SOURCE.tag} hreflang={SOURCE.tag} dir="ltr">
                            { words.source_words().get("draft-notice-english-link") }
                        </a>
                    </p>
                }
            </details>
        </div>
    }
}
