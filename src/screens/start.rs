use super::components::{pictured, said};
use super::{use_page_title, use_words};
use crate::questionnaire::{Route, QUESTIONS};
use yew::prelude::*;

#[function_component(StartPage)]
pub fn start_page() -> Html {
    let words = use_words();
    let heading = words.get("start-heading");
    use_page_title(heading.clone(), false);
    let first = Route::question(QUESTIONS[0].field);
    html! {
        <>
            <h1>{ pictured(&words, "start-heading", html! { <>{ heading }</> }) }</h1>
            <p class="lead">{ said(&words, "start-intro") }</p>
            <p>{ said(&words, "start-free") }</p>
            <p>{ said(&words, "start-time") }</p>
            <a class="button button--start" href={first.href()} role="button" draggable="false">
                { words.get("start-button") }
            </a>
            <p>{ pictured(&words, "staff-link", html! { <><a href={Route::Staff.href()}>{ words.get("staff-link") }</a></> }) }</p>
        </>
    }
}
