use crate::screens::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// Each problem, and the id of the input it is about.
    pub errors: Vec<(String, String)>,
}

/// The GOV.UK error summary: at the top of the page, focused when shown
/// (by the page's effect), each problem a link to its input.
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let words = use_words();
    html! {
        <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ words.get("error-summary-title") }</h2>
            <ul>
                { for props.errors.iter().map(|(text, input)| html! {
                    <li><a href={format!("#{input}")} onclick={focus_input(input.clone())}>{ text.clone() }</a></li>
                }) }
            </ul>
        </div>
    }
}

/// Error summary links point at an input; the fragment holds the route, so
/// move focus to the input instead of following the link.
fn focus_input(id: String) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus(&id);
    })
}
