//! The words: every message a screen uses exists in en-GB, and the page's
//! own fallback text (shown when the app cannot start) matches it.

use imha_rights_checker::words::Words;

#[test]
fn index_html_fallback_repeats_the_en_gb_messages() {
    let index = include_str!("../index.html");
    let words = Words::source();
    for id in ["fallback-heading", "fallback-advice"] {
        let text = words.get(id);
        assert!(!text.is_empty(), "{id} is missing");
        assert!(index.contains(&text), "index.html should contain the text of {id}: {text}");
    }
    assert!(index.contains(&format!("<title>{}</title>", words.get("service-name"))));
}
