//! Everything the app and `imha-check` read from outside, property-tested:
//! the URL fragment and result links, saved answers, `?lang=`, `?device=`,
//! the provider configuration, the commencement file and the CLI's JSON.
//! Arbitrary and structure-aware inputs never panic and always give the
//! documented error or fallback. `PROPTEST_CASES` sets how many cases each
//! property tries (256 by default; `PROPTEST_CASES=20000 cargo test --test
//! properties` is the longer run).

use imha_rights_checker::embed::{Config, DeviceUse, PhoneNumber};
use imha_rights_checker::law::{Commencement, Date, Situation};
use imha_rights_checker::questionnaire::{Answers, Field, Route};
use imha_rights_checker::words::{choose_locale, LocaleInfo, LOCALES};
use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Stdio};

/// Text that looks like what the parsers read: their own separators and
/// codes, mixed with anything at all.
fn fragment_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("#".to_owned()),
        Just("/".to_owned()),
        Just("?".to_owned()),
        Just("&".to_owned()),
        Just("=".to_owned()),
        Just("%".to_owned()),
        Just("%2".to_owned()),
        Just("%E2%80".to_owned()),
        Just("question".to_owned()),
        Just("result".to_owned()),
        Just("change".to_owned()),
        Just("status".to_owned()),
        Just("section-3".to_owned()),
        prop::sample::select(Field::ALL.iter().map(|field| field.code().to_owned()).collect::<Vec<_>>()),
        prop::sample::select(Field::ALL.iter().map(|field| field.slug().to_owned()).collect::<Vec<_>>()),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// A valid set of answers, given as a field's answer or not at all.
fn answers() -> impl Strategy<Value = Answers> {
    let choices: Vec<_> = Field::ALL.iter().map(|field| prop::option::of(prop::sample::select(field.answers()))).collect();
    choices.prop_map(|chosen| {
        let mut answers = Answers::default();
        for answer in chosen.into_iter().flatten() {
            answers.set(answer);
        }
        answers
    })
}

proptest! {
    #[test]
    fn any_fragment_gives_a_route_and_a_route_survives_its_own_link(fragment in fragment_like()) {
        let route = Route::parse(&fragment);
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn any_query_or_saved_state_gives_answers_and_names_what_it_could_not_read(query in fragment_like()) {
        let (answers, unreadable) = Answers::from_query(&query);
        // What was read is itself a readable query.
        let (again, none) = Answers::from_query(&answers.to_query());
        prop_assert_eq!(again, answers);
        prop_assert!(none.0.is_empty());
        prop_assert!(unreadable.0.len() <= query.split('&').count());
    }

    #[test]
    fn valid_answers_survive_saved_state_and_a_result_link(answers in answers()) {
        let (again, unreadable) = Answers::from_query(&answers.to_query());
        prop_assert!(unreadable.0.is_empty());
        prop_assert_eq!(&again, &answers);
        let (linked, unreadable) = Answers::from_query(&answers.to_result_query());
        prop_assert!(unreadable.0.is_empty());
        prop_assert_eq!(linked.situation(), answers.situation());
    }

    #[test]
    fn any_lang_parameter_saved_choice_and_browser_languages_give_an_offered_language(
        requested in prop::option::of(prop_oneof![any::<String>(), prop::sample::select(vec!["cy-GB", "pt", "ur-PK", "en-x-easyread", "EN-gb", "zz", ""])
            .prop_map(str::to_owned)]),
        saved in prop::option::of(any::<String>()),
        browser in prop::collection::vec(any::<String>(), 0..4),
    ) {
        let (locale, missing) = choose_locale(requested.as_deref(), saved.as_deref(), &browser);
        prop_assert!(LOCALES.contains(locale));
        prop_assert_eq!(missing, requested.as_deref().is_some_and(|tag| LocaleInfo::find_or_base(tag).is_none()));
    }

    #[test]
    fn any_device_parameter_leaves_the_device_personal_unless_it_says_shared(
        value in prop::option::of(prop_oneof![any::<String>(), Just("shared".to_owned())]),
    ) {
        let shared = value.as_deref() == Some("shared");
        prop_assert_eq!(DeviceUse::from_parameter(value.as_deref()) == DeviceUse::Shared, shared);
    }

    #[test]
    fn any_text_as_a_provider_configuration_is_accepted_or_refused_with_its_problems(json in any::<String>()) {
        if let Err(problems) = Config::parse(&json) {
            prop_assert!(!problems.is_empty());
        }
    }

    #[test]
    fn a_damaged_example_configuration_is_accepted_or_refused_naming_where(cut in 0usize..2000, insert in "[\"{}\\[\\],:0-9a-z ]{0,3}") {
        let example = include_str!("../embed/providers.example.json");
        let at = example.char_indices().map(|(at, _)| at).nth(cut % example.chars().count()).unwrap();
        let damaged = format!("{}{insert}{}", &example[..at], &example[at..]);
        if let Err(problems) = Config::parse(&damaged) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(!problem.to_string().is_empty());
            }
        }
    }

    #[test]
    fn any_phone_number_is_refused_or_becomes_a_tel_link(number in "[0-9 +()\\-]{0,20}|.{0,20}") {
        if let Ok(phone) = PhoneNumber::try_from(number) {
            prop_assert!(phone.href.starts_with("tel:"));
            prop_assert!(phone.href[4..].chars().all(|c| c.is_ascii_digit() || c == '+'));
        }
    }

    #[test]
    fn any_day_is_read_or_refused_and_a_day_reads_back_as_itself(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}|.{0,12}") {
        if let Some(day) = Date::parse(&text) {
            prop_assert_eq!(Date::parse(&day.to_string()), Some(day));
        }
    }

    #[test]
    fn each_day_since_1970_is_a_real_day_and_the_next_one_follows_it(days in -719_468i64..3_000_000) {
        match (Date::from_days_since_1970(days), Date::from_days_since_1970(days + 1)) {
            (Some(day), Some(next)) => prop_assert!(day < next),
            (day, next) => prop_assert!(day.is_none() || next.is_none()),
        }
    }

    #[test]
    fn any_text_as_a_commencement_file_is_read_or_refused(text in any::<String>()) {
        let _ = Commencement::parse(&text);
    }

    #[test]
    fn any_json_as_a_situation_is_read_or_refused(json in any::<String>()) {
        let _ = serde_json::from_str::<Situation>(&json);
    }
}

proptest! {
    // Each case starts the program, so fewer of them.
    #![proptest_config(ProptestConfig { cases: (ProptestConfig::default().cases / 10).max(1), ..ProptestConfig::default() })]

    #[test]
    fn imha_check_answers_any_input_or_exits_2_with_one_line(json in prop_oneof![
        any::<String>(),
        Just(r#"{"jurisdiction":"england","status":"section-3"}"#.to_owned()),
        "\\{\"jurisdiction\":\"(england|wales|x)\",\"status\":\"[a-z0-9-]{0,12}\"(,\"under_18\":(true|null|1))?\\}",
    ]) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_imha-check"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = child.stdin.take().unwrap().write_all(json.as_bytes());
        let output = child.wait_with_output().unwrap();
        match output.status.code() {
            Some(0) => prop_assert!(serde_json::from_slice::<serde_json::Value>(&output.stdout).is_ok()),
            Some(2) => {
                let message = String::from_utf8_lossy(&output.stderr);
                prop_assert_eq!(message.trim_end().lines().count(), 1, "{}", message);
            }
            other => prop_assert!(false, "exit {:?}: {}", other, String::from_utf8_lossy(&output.stderr)),
        }
    }
}
