//! "Where this information comes from": every source in the register, with
//! its link, how it was checked and when, so that a reviewer can trace each
//! statement to the text it rests on.

use super::components::BackLink;
use super::citation::cite_one;
use super::{use_page_title, use_words};
use crate::law::{Cited, SOURCES};
use crate::questionnaire::Route;
use yew::prelude::*;

#[function_component(SourcesPage)]
pub fn sources_page() -> Html {
    let words = use_words();
    let heading = words.get("sources-heading");
    use_page_title(heading.clone(), false);
    html! {
        <>
            <BackLink to={Route::Staff} />
            <h1>{ heading }</h1>
            <p class="lead">{ words.get("sources-intro") }</p>
            <p>{ words.get("sources-unchecked") }</p>
            <table class="sources">
                <caption class="visually-hidden">{ words.get("sources-heading") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.get("sources-column-source") }</th>
                        <th scope="col">{ words.get("sources-column-how") }</th>
                        <th scope="col">{ words.get("sources-column-checked") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for SOURCES.iter().map(|source| {
                        let name = match source.cited {
                            Cited::Section(section) => cite_one(&words, section),
                            Cited::Document(document) => words.get(document.message_id()),
                        };
                        html! {
                            <tr data-how={source.how.code()}>
                                <td><a href={source.url()} rel="noopener">{ name }</a></td>
                                <td>{ words.get(source.how.message_id()) }</td>
                                <td>{ source.checked }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p><a href={Route::Review { locale: None }.href()}>{ words.get("review-link") }</a></p>
        </>
    }
}
