//! A page of prose, such as the accessibility statement or the privacy
//! page, as a list of blocks rendered in one place: written out element by
//! element, each page cost the first screen's download about 3 KB.

use super::said;
use crate::words::Words;
use yew::prelude::*;

/// One block of a page of prose; text blocks name their message.
pub enum Block {
    /// A heading, `h2` to `h4`.
    Heading(u8, &'static str),
    /// A paragraph, with its Easy Read picture.
    Text(&'static str),
    /// The page's opening paragraph.
    Lead(&'static str),
    /// A bulleted list, an item a message.
    Items(Vec<&'static str>),
    /// A link of its own, to a fixed address.
    Link(&'static str, &'static str),
    /// Anything else, already rendered.
    Html(Html),
}

/// The blocks, in order.
pub fn statement(words: &Words, blocks: Vec<Block>) -> Html {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading(level, id) => html! { <@{format!("h{level}")}>{ words.get(id) }</@> },
            Block::Text(id) => html! { <p>{ said(words, id) }</p> },
            Block::Lead(id) => html! { <p class="lead">{ said(words, id) }</p> },
            Block::Items(ids) => html! { <ul>{ for ids.into_iter().map(|id| html! { <li>{ said(words, id) }</li> }) }</ul> },
            Block::Link(href, id) => html! { <p><a href={href} rel="noopener">{ words.get(id) }</a></p> },
            Block::Html(html) => html,
        })
        .collect()
}
