//! On a shared device left unused: the answers will soon be cleared, and
//! a button to keep them.

use super::said;
use crate::browser;
use crate::screens::use_words;
use yew::prelude::*;

const BUTTON: &str = "idle-warning-button";

#[derive(Properties, PartialEq)]
pub struct IdleWarningProps {
    pub on_still_here: Callback<()>,
}

/// An alert dialog, so that a screen reader says it at once; focus goes to
/// its button "I'm still here", and back to where it was once answered.
/// Not modal: any use of the page also keeps the answers.
#[function_component(IdleWarning)]
pub fn idle_warning(props: &IdleWarningProps) -> Html {
    let words = use_words();
    use_effect_with((), |_| {
        let focus = browser::focus_for_now(BUTTON);
        move || drop(focus)
    });
    html! {
        <div class="idle-warning no-print" role="alertdialog" aria-labelledby="idle-warning-heading" aria-describedby="idle-warning-text">
            <h2 id="idle-warning-heading">{ words.get("idle-warning-heading") }</h2>
            <p id="idle-warning-text">{ said(&words, "idle-warning") }</p>
            <button type="button" class="button" id={BUTTON} onclick={props.on_still_here.reform(|_: MouseEvent| ())}>
                { words.get("idle-warning-still-here") }
            </button>
        </div>
    }
}
