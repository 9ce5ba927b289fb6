//! "Listen": the place for the button that reads the page's main text
//! aloud with the browser's speech synthesis, in the page's language, one
//! part (heading, paragraph, list item, label) at a time with that part
//! highlighted; the button then says "Stop listening". The button is added
//! by `src/browser/listen.js` (see `browser::speech`), only where the
//! browser has a voice for the language: a server render has none. Leaving
//! the page stops the reading.
//!
//! A function rather than a component, and the rest in JavaScript
//! downloaded later, as the first screen has little room left.

use crate::words::Words;
use yew::prelude::*;

/// The place for the "Listen" button on the page `page` (a question's slug,
/// or "result"): another page is another place, so reading stops there.
pub fn listen(words: &Words, page: &'static str) -> Html {
    let locale = words.locale();
    html! {
        <div
            key={page}
            class="listen no-print"
            // Easy Read is read as English: its tag without the private use.
            data-lang={locale.tag.split("-x-").next().unwrap_or(locale.tag)}
            data-listen={words.get("listen-button")}
            data-stop={words.get("listen-stop")}
        />
    }
}
