//! On a shared device left unused: the answers will soon be cleared, and
//! a button to keep them.

use super::said;
use crate::words::Words;
use yew::prelude::*;

/// An alert dialog, so that a screen reader says it at once; its button
/// takes focus (see `browser::guard_shared_device`). Not modal: any use of
/// the page also keeps the answers. A function rather than a component, as
/// the first screen has little room left.
pub fn idle_warning(words: &Words, on_still_here: Callback<MouseEvent>) -> Html {
    html! {
        <div class="idle-warning no-print" role="alertdialog" aria-labelledby="idle-warning-heading" aria-describedby="idle-warning-text">
            <h2 id="idle-warning-heading">{ words.get("idle-warning-heading") }</h2>
            <p id="idle-warning-text">{ said(words, "idle-warning") }</p>
            <button type="button" class="button" onclick={on_still_here}>
                { words.get("idle-warning-still-here") }
            </button>
        </div>
    }
}
