//! Choosing the language: `?lang=`, then this session's earlier choice,
//! then the browser's languages, then en-GB.

use imha_rights_checker::words::{choose_locale, LocaleInfo, Review, LOCALES, SOURCE};

fn browser(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| tag.to_string()).collect()
}

fn offered(tag: &str) -> bool {
    LocaleInfo::find(tag).is_some()
}

#[test]
fn the_source_locale_is_en_gb_and_comes_first() {
    assert_eq!(SOURCE.tag, "en-GB");
    assert_eq!(LOCALES[0].tag, "en-GB");
    assert_eq!(SOURCE.review, Review::Source);
}

#[test]
fn a_lang_parameter_comes_first() {
    for locale in LOCALES {
        assert_eq!(choose_locale(Some(locale.tag), Some("en-GB"), &browser(&["en-GB"])).0.tag, locale.tag);
    }
}

#[test]
fn then_the_choice_saved_in_this_session() {
    let other = LOCALES.last().unwrap();
    assert_eq!(choose_locale(None, Some(other.tag), &browser(&["en-GB"])).0.tag, other.tag);
}

#[test]
fn then_the_browser_languages_then_en_gb() {
    if offered("cy") {
        assert_eq!(choose_locale(None, None, &browser(&["cy-GB", "en-GB"])).0.tag, "cy");
    }
    if offered("pt-PT") {
        assert_eq!(choose_locale(None, None, &browser(&["pt-BR"])).0.tag, "pt-PT");
    }
    assert_eq!(choose_locale(None, None, &browser(&["en-US"])).0.tag, "en-GB");
    assert_eq!(choose_locale(None, None, &browser(&["ja"])).0.tag, "en-GB");
    assert_eq!(choose_locale(None, None, &[]).0.tag, "en-GB");
}

#[test]
fn a_lang_parameter_or_saved_choice_in_a_regional_or_bare_form_opens_the_same_language() {
    for (asked, opened) in [("cy-GB", "cy"), ("CY", "cy"), ("pt", "pt-PT"), ("pt-BR", "pt-PT"), ("ur-PK", "ur"), ("en-US", "en-GB")] {
        let (locale, missing) = choose_locale(Some(asked), None, &[]);
        assert_eq!((locale.tag, missing), (opened, false), "?lang={asked}");
        assert_eq!(choose_locale(None, Some(asked), &[]).0.tag, opened, "saved {asked}");
    }
    assert_eq!(choose_locale(Some("en-x-easyread"), None, &[]).0.tag, "en-GB", "Easy Read only by its own tag");
}

#[test]
fn portuguese_is_european_portuguese_and_tagged_so() {
    let portuguese = LocaleInfo::find("pt-PT").expect("Portuguese is offered as pt-PT");
    assert_eq!(portuguese.language_identifier().to_string(), "pt-PT");
}

#[test]
fn an_unknown_lang_parameter_is_flagged_and_the_next_choice_used() {
    let (locale, missing) = choose_locale(Some("xx"), None, &browser(&["en-GB"]));
    assert_eq!(locale.tag, "en-GB");
    assert!(missing);
    assert!(!choose_locale(Some("en-GB"), None, &[]).1);
}

#[test]
fn easy_read_is_chosen_only_on_purpose() {
    let easy_read = LOCALES.iter().find(|l| l.is_private_use());
    if let Some(easy_read) = easy_read {
        assert_eq!(easy_read.tag, "en-GB-x-easyread");
        assert_eq!(easy_read.language_identifier().to_string(), "en-GB");
        assert_eq!(choose_locale(Some(easy_read.tag), None, &[]).0, easy_read);
        assert_eq!(choose_locale(None, None, &browser(&["en-GB"])).0.tag, "en-GB");
    }
}

#[test]
fn right_to_left_languages_say_so() {
    for tag in ["ur", "ar"] {
        if let Some(locale) = LocaleInfo::find(tag) {
            assert_eq!(locale.direction(), "rtl", "{tag}");
        }
    }
    assert_eq!(SOURCE.direction(), "ltr");
}
