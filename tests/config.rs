//! A trust's provider configuration: what is accepted, what is refused,
//! and which provider a page shows.

use imha_rights_checker::embed::{
    BrandColour, Config, DeviceUse, EmailAddress, HttpsUrl, Idle, LocalText, PhoneNumber, TextNumber,
};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../embed/providers.example.json");

fn refused(json: &str) -> Vec<String> {
    Config::parse(json).expect_err(json).iter().map(ToString::to_string).collect()
}

fn check<T: TryFrom<String, Error = String>>(value: &str) -> Result<T, String> {
    T::try_from(value.to_owned())
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
    let trust = config.trust.as_ref().unwrap();
    assert_eq!(trust.name.get("en-GB"), "Northshire NHS Foundation Trust");
    assert_eq!(trust.accessibility.phone.as_ref().unwrap().href, "tel:+443001234000");
    assert_eq!(trust.privacy.email.as_ref().unwrap().href, "mailto:dpo@northshire.example.nhs.uk");
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

#[test]
fn a_phone_number_is_a_uk_number_and_becomes_a_tel_link() {
    let number: PhoneNumber = check(" +44 (0)300 123 4567 ").unwrap();
    assert_eq!((number.display.as_str(), number.href.as_str()), ("+44 (0)300 123 4567", "tel:+443001234567"));
    for refused in ["85258", "0300 123", "+1 555 123 4567", "0300 CALL NOW", "0+300 123 4567"] {
        let message = check::<PhoneNumber>(refused).unwrap_err();
        assert!(message.contains("is not a UK phone number"), "{refused}: {message}");
    }
}

#[test]
fn a_text_number_is_a_phone_number_or_a_short_code() {
    assert_eq!(check::<TextNumber>("85258").unwrap().href, "tel:85258");
    assert_eq!(check::<TextNumber>("07700 900123").unwrap().href, "tel:+447700900123");
    for refused in ["8525", "1234567", "+85258", "text 85258"] {
        assert!(check::<TextNumber>(refused).is_err(), "{refused}");
    }
}

#[test]
fn an_email_address_has_a_local_part_and_a_dotted_domain_and_becomes_a_mailto_link() {
    assert_eq!(check::<EmailAddress>("imha+ward7@advocacy.example.org").unwrap().href, "mailto:imha+ward7@advocacy.example.org");
    for refused in ["imha@localhost", "@example.org", "imha@.example.org", "imha@example.org.", "<imha@example.org>", "imha at example.org"] {
        assert_eq!(check::<EmailAddress>(refused).unwrap_err(), format!("{refused:?} is not an email address"));
    }
}

#[test]
fn an_https_url_names_a_host_and_cannot_end_an_html_attribute() {
    assert_eq!(check::<HttpsUrl>("https://advocacy.example.org/refer?ward=7#form").unwrap().0, "https://advocacy.example.org/refer?ward=7#form");
    assert!(check::<HttpsUrl>("http://advocacy.example.org").unwrap_err().ends_with("must be an https: link"));
    for refused in ["https://", "https://localhost/", "https://user@evil.example.org", "https://example.org/\"x", "https://example.org/a b"] {
        assert!(check::<HttpsUrl>(refused).unwrap_err().ends_with("is not a valid https: link"), "{refused}");
    }
}

#[test]
fn a_brand_colour_is_rrggbb_kept_in_lower_case_and_dark_enough_for_white_text() {
    assert_eq!(check::<BrandColour>("#005EB8").unwrap().0, "#005eb8");
    assert!(check::<BrandColour>("#767676").is_ok(), "4.5:1 exactly is enough");
    assert!(check::<BrandColour>("#777777").unwrap_err().contains("too light for white text"));
    for refused in ["005eb8", "#05b", "#005eb8ff", "#00zzb8"] {
        assert!(check::<BrandColour>(refused).unwrap_err().contains("is not a colour like #005eb8"), "{refused}");
    }
}

#[test]
fn every_refused_value_in_every_provider_is_listed_with_the_other_problems() {
    let errors = refused(
        r##"{"default": "zz", "providers": {
            "b": {"name": "", "brand_colour": "#ffff00", "bsl": {"url": "http://x", "description": {}}},
            "a b": {"name": "A", "text": "85258", "hours": "", "phone": "0300 123"}}}"##,
    );
    let paths: Vec<&str> = errors.iter().map(|e| e.split(": ").next().unwrap()).collect();
    for path in [
        "providers.a b.phone",
        "providers.b.brand_colour",
        "providers.b.bsl.url",
        "providers.a b",
        "providers.a b.hours",
        "providers.b.name",
        "providers.b.bsl.description",
        "default",
    ] {
        assert!(paths.contains(&path), "{path} in {errors:?}");
    }
    assert_eq!(errors.len(), 8, "{errors:?}");
}

#[test]
fn a_problem_with_the_structure_is_reported_with_its_line_and_column() {
    let errors = refused("{\"providers\": {\"a\": {\"name\": \"A\",\n \"phone\": 3001234567}}}");
    assert!(errors[0].ends_with("at line 2 column 20"), "{errors:?}");
    let errors = refused(r#"{"providers": {"a": {"name": "A", "phone": "x"}, "b": {"name": }}}"#);
    assert_eq!(errors.len(), 1, "bad JSON ends the reading: {errors:?}");
    assert!(errors[0].starts_with("providers.b.name: expected value"), "{errors:?}");
}

#[test]
fn a_provider_is_set_up_for_a_shared_device_only_by_shared_device_true() {
    let config = Config::parse(EXAMPLE).unwrap();
    assert!(!config.providers["north"].shared_device);
    assert!(!config.providers["ward-7"].shared_device, "not given: personal");
    let tablet = Config::parse(&with_provider(r#""shared_device": true"#)).unwrap();
    assert!(tablet.providers["ward-7"].shared_device);
    let errors = refused(&with_provider(r#""shared_device": "yes""#));
    assert!(errors[0].starts_with("providers.ward-7.shared_device:"), "{errors:?}");
}

#[test]
fn a_device_is_shared_when_the_link_or_the_provider_says_so() {
    assert_eq!(DeviceUse::from_parameter(Some("shared")), DeviceUse::Shared);
    for other in [None, Some(""), Some("personal"), Some("Shared"), Some("shared ")] {
        assert_eq!(DeviceUse::from_parameter(other), DeviceUse::Personal, "{other:?}");
    }
    let config = Config::parse(&with_provider(r#""shared_device": true"#)).unwrap();
    let tablet = config.provider(Some("ward-7")).unwrap();
    let example = Config::parse(EXAMPLE).unwrap();
    let personal = example.provider(Some("ward-7")).unwrap();
    assert_eq!(DeviceUse::Personal.with_provider(tablet), DeviceUse::Shared);
    assert_eq!(DeviceUse::Personal.with_provider(personal), DeviceUse::Personal);
    assert_eq!(DeviceUse::Personal.with_provider(None), DeviceUse::Personal);
    assert_eq!(DeviceUse::Shared.with_provider(personal), DeviceUse::Shared, "a provider cannot make a shared link personal");
}

#[test]
fn a_shared_device_warns_after_8_minutes_without_use_and_clears_after_10() {
    let minutes = |m: f64| m * 60_000.0;
    assert_eq!(Idle::after(0.0), Idle::Active);
    assert_eq!(Idle::after(minutes(7.99)), Idle::Active);
    assert_eq!(Idle::after(minutes(8.0)), Idle::Warned);
    assert_eq!(Idle::after(minutes(9.99)), Idle::Warned);
    assert_eq!(Idle::after(minutes(10.0)), Idle::TimedOut);
    assert_eq!(Idle::after(minutes(600.0)), Idle::TimedOut, "a device that slept is cleared at once");
    assert_eq!(Idle::after(-minutes(5.0)), Idle::Active, "a clock put back is not a reason to clear");
    // The next look is when the next change is due, never later.
    assert_eq!(Idle::next_change_in(0.0), Some(minutes(8.0)));
    assert_eq!(Idle::next_change_in(minutes(3.0)), Some(minutes(5.0)));
    assert_eq!(Idle::next_change_in(minutes(8.5)), Some(minutes(1.5)));
    assert_eq!(Idle::next_change_in(minutes(10.0)), None);
    assert_eq!(Idle::next_change_in(-minutes(5.0)), Some(minutes(8.0)));
}

fn with_trust(accessibility: &str, privacy: &str) -> String {
    format!(r#"{{"providers": {{}}, "trust": {{"name": "Northshire NHS Foundation Trust", "accessibility": {accessibility}, "privacy": {privacy}}}}}"#)
}

#[test]
fn the_trust_is_optional_and_names_an_accessibility_and_a_privacy_contact() {
    assert_eq!(Config::parse(r#"{"providers": {}}"#).unwrap().trust, None);
    let config = Config::parse(&with_trust(r#"{"url": "https://trust.example.nhs.uk/accessibility"}"#, r#"{"phone": "0300 123 4000"}"#)).unwrap();
    let trust = config.trust.unwrap();
    assert_eq!(trust.accessibility.url.unwrap().0, "https://trust.example.nhs.uk/accessibility");
    assert_eq!(trust.privacy.phone.unwrap().href, "tel:+443001234000");
    let missing = refused(r#"{"providers": {}, "trust": {"name": "T", "accessibility": {"email": "a@t.example.org"}}}"#);
    assert!(missing[0].starts_with("trust: missing field `privacy`"), "{missing:?}");
}

#[test]
fn a_trust_contact_needs_an_email_a_phone_or_an_https_link() {
    let errors = refused(&with_trust("{}", r#"{"email": "dpo@trust.example.nhs.uk"}"#));
    assert_eq!(errors, ["trust.accessibility: give an email address, a phone number or an https: link"]);
}

#[test]
fn every_refused_trust_contact_value_is_listed_with_its_path() {
    let errors = refused(&with_trust(
        r#"{"email": "access at trust", "phone": "0300 CALL NOW"}"#,
        r#"{"url": "javascript:alert(1)", "email": "dpo@trust.example.nhs.uk"}"#,
    ));
    let paths: Vec<&str> = errors.iter().map(|e| e.split(": ").next().unwrap()).collect();
    for path in ["trust.accessibility.email", "trust.accessibility.phone", "trust.privacy.url", "trust.accessibility"] {
        assert!(paths.contains(&path), "{path} in {errors:?}");
    }
    assert_eq!(errors.len(), 4, "with nothing left, the accessibility contact has no way to reach it: {errors:?}");
}

#[test]
fn the_trust_name_is_text_like_a_provider_name() {
    let errors = refused(
        r#"{"providers": {}, "trust": {"name": {"en-GB": " "}, "accessibility": {"email": "a@t.example.org"}, "privacy": {"email": "d@t.example.org"}}}"#,
    );
    assert_eq!(errors, ["trust.name: text must be between 1 and 200 characters"]);
}
