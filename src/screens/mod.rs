//! The screens: Yew function components that only display. They read words
//! from the `Words` context and never call browser APIs while rendering, so
//! that the server renderer can prerender them.

mod start;

pub use start::StartPage;

use crate::law::LAW_AS_AT;
use crate::words::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub words: Words,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Words> context={props.words.clone()}>
            <Frame>
                <StartPage />
            </Frame>
        </ContextProvider<Words>>
    }
}

/// The words of the current locale and audience.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_else(Words::source)
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub children: Html,
}

/// Header, main region and footer around every screen.
#[function_component(Frame)]
pub fn frame(props: &FrameProps) -> Html {
    let words = use_words();
    html! {
        <>
            <a class="skip-link" href="#main-content">{ words.get("skip-link") }</a>
            <header class="site-header">
                <div class="width-container">
                    <span class="site-header__name">{ words.get("service-name") }</span>
                </div>
            </header>
            <div class="width-container">
                <main id="main-content" class="main" tabindex="-1">
                    { props.children.clone() }
                </main>
            </div>
            <footer class="site-footer">
                <div class="width-container">
                    <p>{ words.get("footer-privacy") }</p>
                    <p>{ words.get_with("footer-law-as-at", &[("date", LAW_AS_AT.into())]) }</p>
                </div>
            </footer>
        </>
    }
}
