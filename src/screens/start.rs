use super::use_words;
use yew::prelude::*;

#[function_component(StartPage)]
pub fn start_page() -> Html {
    let words = use_words();
    html! {
        <>
            <h1>{ words.get("start-heading") }</h1>
            <p class="lead">{ words.get("start-intro") }</p>
            <p>{ words.get("start-free") }</p>
            <p>{ words.get("start-time") }</p>
            <a class="button button--start" href="#/question/audience" role="button" draggable="false">
                { words.get("start-button") }
            </a>
        </>
    }
}
