//! Citations, formatted through Fluent so that they can be translated.

use crate::law::{is_2025_act_section, is_welsh_section};
use crate::words::Words;
use yew::prelude::*;

/// A citation after the sentence it supports: " (Mental Health Act 1983,
/// section 17)".
pub fn after_sentence(citation: String) -> Html {
    html! { <>{ " " }<span class="citation">{ "(" }{ citation }{ ")" }</span></> }
}

/// "Mental Health Act 1983, section 130C(2)(a)", naming the Welsh Measure
/// for sections it inserted.
pub fn cite_one(words: &Words, section: &str) -> String {
    let id = if is_welsh_section(section) {
        "citation-section-wales"
    } else if is_2025_act_section(section) {
        "citation-section-2025"
    } else {
        "citation-section"
    };
    words.get_with(id, &[("section", section.to_owned().into())])
}

/// "Mental Health Act 1983, sections 23, 25 and 66(1)(g)" for a right or
/// duty resting on several sections.
pub fn cite_sections(words: &Words, sections: &[&str]) -> String {
    let list = sections.join(&words.get("list-separator"));
    let id = if sections.iter().any(|s| is_welsh_section(s)) {
        "citation-sections-wales"
    } else if sections.iter().any(|s| is_2025_act_section(s)) {
        "citation-sections-2025"
    } else {
        "citation-sections"
    };
    words.get_with(id, &[("count", sections.len().into()), ("sections", list.into())])
}
