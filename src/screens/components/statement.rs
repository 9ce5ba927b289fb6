//! A page of prose, such as the accessibility statement or the privacy
//! page, as a constant list of blocks rendered in one place: written out
//! element by element, the two pages cost the first screen's download
//! several KB.

use super::said;
use crate::words::Words;
use yew::prelude::*;

/// One block of a page of prose; text blocks name their message, and
/// `Slot` is for what the page renders itself (`S` says which).
#[derive(Clone, Copy)]
pub enum Block<S: 'static> {
    /// A heading, `h2` to `h4`.
    Heading(u8, &'static str),
    /// A paragraph, with its Easy Read picture.
    Text(&'static str),
    /// The page's opening paragraph.
    Lead(&'static str),
    /// A bulleted list, an item a message.
    Items(&'static [&'static str]),
    /// A link of its own, to a fixed address.
    Link(&'static str, &'static str),
    Slot(S),
}

/// The blocks, in order, with `slot` rendering the page's own.
pub fn statement<S: Copy>(words: &Words, blocks: &[Block<S>], slot: &dyn Fn(S) -> Html) -> Html {
    blocks
        .iter()
        .map(|block| match *block {
            Block::Heading(level, id) => html! { <@{format!("h{level}")}>{ words.get(id) }</@> },
            Block::Text(id) => html! { <p>{ said(words, id) }</p> },
            Block::Lead(id) => html! { <p class="lead">{ said(words, id) }</p> },
            Block::Items(ids) => items(words, ids),
            Block::Link(href, id) => html! { <p><a href={href} rel="noopener">{ words.get(id) }</a></p> },
            Block::Slot(which) => slot(which),
        })
        .collect()
}

/// A bulleted list, an item a message, each with its Easy Read picture.
pub fn items(words: &Words, ids: &[&str]) -> Html {
    html! { <ul>{ for ids.iter().map(|id| html! { <li>{ said(words, id) }</li> }) }</ul> }
}
