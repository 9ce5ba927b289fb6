use super::{use_words, Notice};
use crate::law::LAW_AS_AT;
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
}

/// Header, main region and footer around every screen.
#[function_component(Frame)]
pub fn frame(props: &FrameProps) -> Html {
    let words = use_words();
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <>
            <a class="skip-link" href="#main-content" onclick={skip_to_main()}>{ words.get("skip-link") }</a>
            <header class="site-header">
                <div class="width-container">
                    <span class="site-header__name">{ words.get("service-name") }</span>
                </div>
            </header>
            <div class="width-container">
                <main id="main-content" class="main" tabindex="-1">
                    if let Some(notice) = props.notice {
                        <div class="notice" role="status">
                            <p>{ words.get(notice.message_id()) }</p>
                        </div>
                    }
                    { props.children.clone() }
                    if props.has_answers {
                        <p class="no-print">
                            <button type="button" class="link-button" onclick={on_clear}>
                                { words.get("clear-answers") }
                            </button>
                        </p>
                    }
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

/// The skip link's target is an id, but the location fragment holds the
/// route, so move focus instead of following the link.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus("main-content");
    })
}
