use crate::questionnaire::Route;
use crate::screens::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
}

/// The GOV.UK back link, above the page's heading.
#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let words = use_words();
    html! { <a class="back-link" href={props.to.href()}>{ words.get("back-link") }</a> }
}
