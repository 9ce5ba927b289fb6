//! A trust's provider configuration: what is accepted, what is refused,
//! and which provider a page shows.

use imha_rights_checker::embed::{Config, LocalText};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../embed/providers.example.json");

fn refused(json: &str) -> Vec<String> {
    Config::parse(json).expect_err(json).iter().map(ToString::to_string).collect()
}

fn with_provider(fields: &str) -> String {
    format!(r#"{{"providers": {{"ward-7": {{"name": "Riverside IMHA", {fields}}}}}}}"#)
}

#[test]
fn the_documented_example_is_valid() {
    let config = Config::parse(EXAMPLE).unwrap();
    assert_eq!(config.providers.len(), 2);
    let north = &config.providers["north"];
    assert_eq!(north.phone.as_ref().unwrap().href, "tel:+443001234567");
    assert_eq!(north.email.as_ref().unwrap().href, "mailto:imha@northshire-advocacy.example.org");
    assert_eq!(north.hours.as_ref().unwrap().get("cy"), "Dydd Llun i ddydd Gwener, 9am i 5pm");
}

#[test]
fn every_invalid_example_is_refused_with_its_path() {
    let cases: Value = serde_json::from_str(include_str!("configs/invalid.json")).unwrap();
    for case in cases.as_array().unwrap() {
        let errors = refused(&case["config"].to_string());
        assert!(!errors.is_empty(), "{}", case["why"]);
        assert!(errors.iter().all(|e| !e.contains("panicked")));
    }
}

#[test]
fn unknown_keys_are_refused_naming_them() {
    let errors = refused(&with_provider(r#""fax": "0300 123 4567""#));
    assert!(errors[0].starts_with("providers.ward-7.fax: unknown field `fax`"), "{errors:?}");
}

#[test]
fn wrong_types_are_refused_naming_the_field() {
    let errors = refused(r#"{"providers": {"a": {"name": "A", "phone": 3001234567}}}"#);
    assert!(errors[0].starts_with("providers.a.phone:"), "{errors:?}");
}

#[test]
fn uk_phone_numbers_are_accepted_in_their_usual_forms() {
    for (number, href) in [
        ("0300 123 4567", "tel:+443001234567"),
        ("01234 567890", "tel:+441234567890"),
        ("+44 20 7946 0000", "tel:+442079460000"),
        ("+44 (0)20 7946 0000", "tel:+442079460000"),
        ("020-7946-0000", "tel:+442079460000"),
    ] {
        let config = Config::parse(&with_provider(&format!(r#""phone": "{number}""#))).unwrap();
        assert_eq!(config.providers["ward-7"].phone.as_ref().unwrap().href, href, "{number}");
    }
}

#[test]
fn bad_phone_numbers_are_refused() {
    for number in ["0300 CALL NOW", "0300 123", "+1 555 123 4567", "123456789012345", "0+300 123 4567", ""] {
        let errors = refused(&with_provider(&format!(r#""phone": "{number}""#)));
        assert!(errors[0].starts_with("providers.ward-7.phone:"), "{number}: {errors:?}");
    }
}

#[test]
fn a_text_number_may_be_a_short_code() {
    let config = Config::parse(&with_provider(r#""text": "85258""#)).unwrap();
    assert_eq!(config.providers["ward-7"].text.as_ref().unwrap().display, "85258");
    refused(&with_provider(r#""phone": "85258""#));
}

#[test]
fn only_https_links_are_accepted() {
    Config::parse(&with_provider(r#""referral_url": "https://advocacy.example.org/refer?ward=7""#)).unwrap();
    for url in [
        "http://advocacy.example.org",
        "javascript:alert(1)",
        "data:text/html,hi",
        "//advocacy.example.org",
        "https://",
        "https://user@evil.example.org",
        "https://advocacy.example.org/\"><script>",
    ] {
        let errors = refused(&with_provider(&format!(r#""referral_url": {}"#, Value::from(url))));
        assert!(errors[0].starts_with("providers.ward-7.referral_url:"), "{url}: {errors:?}");
    }
}

#[test]
fn email_addresses_are_checked() {
    Config::parse(&with_provider(r#""email": "imha.referrals@advocacy.example.org""#)).unwrap();
    for email in ["imha at example.org", "imha@localhost", "<imha@example.org>", "@example.org"] {
        refused(&with_provider(&format!(r#""email": "{email}""#)));
    }
}

#[test]
fn a_brand_colour_must_be_dark_enough_for_white_text() {
    Config::parse(&with_provider(r##""brand_colour": "#005EB8""##)).unwrap();
    for colour in ["#ffff00", "#aaaaaa", "blue", "#12345"] {
        let errors = refused(&with_provider(&format!(r#""brand_colour": "{colour}""#)));
        assert!(errors[0].starts_with("providers.ward-7.brand_colour:"), "{colour}");
    }
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let errors = refused(&with_provider(r#""phone": "x", "email": "y", "referral_url": "http://z.org""#));
    assert_eq!(errors.len(), 3, "{errors:?}");
}

#[test]
fn a_link_selects_a_provider_by_ward_or_locality() {
    let config = Config::parse(EXAMPLE).unwrap();
    assert_eq!(config.provider(Some("ward-7")).unwrap().unwrap().key, "ward-7");
    assert_eq!(config.provider(None).unwrap().unwrap().key, "north", "the default");
    assert!(config.provider(Some("ward-99")).is_err());
    let single = Config::parse(&with_provider(r#""phone": "0300 123 4567""#)).unwrap();
    assert_eq!(single.provider(None).unwrap().unwrap().key, "ward-7", "the only one");
    let two = Config::parse(r#"{"providers": {"a": {"name": "A"}, "b": {"name": "B"}}}"#).unwrap();
    assert_eq!(two.provider(None).unwrap(), None, "several and no default: none chosen");
}

#[test]
fn text_in_several_languages_falls_back_sensibly() {
    let text: LocalText = serde_json::from_str(r#"{"en-GB": "Monday", "cy": "Dydd Llun"}"#).unwrap();
    assert_eq!(text.get("cy"), "Dydd Llun");
    assert_eq!(text.get("cy-GB"), "Dydd Llun");
    assert_eq!(text.get("pl"), "Monday");
}
