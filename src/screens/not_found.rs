use super::components::said;
use super::{use_page_title, use_words};
use crate::questionnaire::Route;
use yew::prelude::*;

/// A link to a page that does not exist still tells the person how to get
/// an advocate.
#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let words = use_words();
    let heading = words.get("not-found-heading");
    use_page_title(heading.clone(), false);
    html! {
        <>
            <h1>{ heading }</h1>
            <p>{ said(&words, "not-found-body") }</p>
            <p>{ said(&words, "fallback-advice") }</p>
            <p><a href={Route::Start.href()}>{ words.get("not-found-start") }</a></p>
        </>
    }
}
