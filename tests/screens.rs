//! Each screen rendered by Yew's server renderer, natively: the words it
//! shows all exist, and the result states what the rules decide.

mod common;
use common::law;

use imha_rights_checker::embed::{Config, Contact, DeviceUse, Idle};
use imha_rights_checker::law::{assess, Jurisdiction, Status};
use imha_rights_checker::questionnaire::{Answers, Field, Route, QUESTIONS};
use imha_rights_checker::screens::{idle_warning, Action, App, AppProps, Bundle, Navigation, Notice, PatientPages, Session, StaffPages};
use imha_rights_checker::words::{LocaleInfo, Review, Words, LOCALES};
use std::rc::Rc;
use yew::prelude::*;


thread_local! {
    /// One runtime for all of a test's renders (there are thousands).
    static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
}

fn render(route: Route, answers: Answers, notice: Option<Notice>) -> (String, Words) {
    render_in(Words::source(), route, answers, notice)
}

fn render_in(words: Words, route: Route, answers: Answers, notice: Option<Notice>) -> (String, Words) {
    render_with_contact(words, route, answers, notice, Contact::AskWardStaff)
}

fn render_with_contact(
    words: Words,
    route: Route,
    answers: Answers,
    notice: Option<Notice>,
    contact: Contact,
) -> (String, Words) {
    render_on(DeviceUse::Personal, words, route, answers, notice, contact)
}

fn render_on(
    device: DeviceUse,
    words: Words,
    route: Route,
    answers: Answers,
    notice: Option<Notice>,
    contact: Contact,
) -> (String, Words) {
    let props = AppProps { answers, notice, contact, device, ..props(words.clone(), route) };
    (render_app(props), words)
}

/// The app's properties for `route`: no answers, no notice, no provider,
/// a personal device.
fn props(words: Words, route: Route) -> AppProps {
    AppProps {
        words,
        law: law(),
        route,
        answers: Answers::default(),
        notice: None,
        other_parameters: vec![],
        provider: None,
        config_url: None,
        contact: Contact::AskWardStaff,
        config: None,
        device: DeviceUse::Personal,
    }
}

/// The app as the page that has the route draws it.
fn render_app(props: AppProps) -> String {
    RUNTIME.with(|runtime| {
        tokio::task::LocalSet::new().block_on(runtime, async move {
            match Bundle::of(&props.route) {
                Bundle::Patients => yew::LocalServerRenderer::<App<PatientPages>>::with_props(props).hydratable(false).render().await,
                Bundle::Staff => yew::LocalServerRenderer::<App<StaffPages>>::with_props(props).hydratable(false).render().await,
            }
        })
    })
}

fn render_ok(route: Route, answers: Answers) -> String {
    let (html, words) = render(route.clone(), answers, None);
    assert_eq!(words.missing(), Vec::<String>::new(), "messages missing on {route:?}");
    assert!(!html.contains("question-") && !html.contains("option-"), "a raw message id shows on {route:?}");
    html
}

fn answers(query: &str) -> Answers {
    let (answers, unreadable) = Answers::from_query(query);
    assert!(unreadable.0.is_empty());
    answers
}

#[test]
fn start_page() {
    let html = render_ok(Route::Start, Answers::default());
    assert!(html.contains("Find out if you can get an independent mental health advocate"));
    assert!(html.contains(r##"href="#/question/audience""##));
}

#[test]
fn every_question_page_for_every_audience() {
    let all = "audience=AUDIENCE&jurisdiction=england&setting=detained&section=unknown&what_happened=kept-more-than-3-days";
    for audience in ["patient", "carer", "staff"] {
        let given = answers(&all.replace("AUDIENCE", audience));
        for question in QUESTIONS {
            let mut reachable = given.clone();
            // Answers that make the later questions asked.
            match question.field {
                Field::TreatmentDiscussed | Field::Under18 => {
                    reachable = answers(&format!(
                        "audience={audience}&jurisdiction=england&setting=informal-inpatient&treatment_discussed=section-58a"
                    ));
                }
                _ => {}
            }
            let slug = question.slug();
            let html = render_ok(Route::question(question.field), reachable);
            assert!(html.contains(r#"<form"#), "{slug} has a form");
            assert!(html.contains(r#"class="back-link""#), "{slug} has a back link");
            for value in question.choices() {
                let value = value.code();
                assert!(html.contains(&format!(r#"id="{slug}-{value}""#)), "{slug}: {value}");
            }
        }
    }
}

#[test]
fn the_questions_speak_to_who_is_asking() {
    let page = |audience| {
        render_ok(
            Route::question(Field::Section),
            answers(&format!("audience={audience}&jurisdiction=england&setting=detained")),
        )
    };
    assert!(page("patient").contains("Which section are you under?"));
    assert!(page("carer").contains("Which section is the person under?"));
    assert!(page("staff").contains("Which section is the patient under?"));
}

#[test]
fn check_answers_page_lists_answers_with_change_links() {
    let html = render_ok(
        Route::CheckAnswers,
        answers("audience=patient&jurisdiction=england&setting=detained&section=section-3&on_leave=false"),
    );
    assert!(html.contains("Check your answers"));
    assert!(html.contains(r##"href="#/question/section?change""##));
    assert!(html.contains("Section 3"));
    assert!(html.contains(r##"href="#/result?audience=patient&amp;jurisdiction=england&amp;status=section-3"##));
}

#[test]
fn result_page_states_the_outcome_of_the_rules_for_every_status_country_and_audience() {
    for jurisdiction in Jurisdiction::ALL {
        for status in Status::ALL {
            for audience in ["patient", "carer", "staff"] {
                let query = format!("audience={audience}&jurisdiction={}&status={}", jurisdiction.code(), status.code());
                let given = answers(&query);
                let expected = assess(&given.situation().unwrap(), &law()).eligible.code();
                let html = render_ok(Route::Result { query }, Answers::default());
                assert!(
                    html.contains(&format!(r#"data-eligible="{expected}""#)),
                    "{jurisdiction:?} {status:?} {audience}: expected {expected}"
                );
                assert!(html.contains("Mental Health Act 1983, section"), "cites its section");
            }
        }
    }
}

#[test]
fn result_page_shows_the_rights_and_the_staff_duty() {
    let html = render_ok(
        Route::Result { query: "audience=staff&jurisdiction=england&status=section-2".into() },
        Answers::default(),
    );
    assert!(html.contains(r#"data-right="section-2-tribunal""#));
    assert!(html.contains("66(1)(a)"));
    assert!(html.contains(r#"id="duty-heading""#));
    assert!(html.contains("130D(4)"));
}

#[test]
fn a_result_link_that_cannot_be_read_opens_the_first_unanswered_question_with_a_notice() {
    let (html, _) = render(
        Route::Result { query: "jurisdiction=narnia&status=section-3".into() },
        Answers::default(),
        None,
    );
    assert!(html.contains("Some answers in the link could not be read"));
    assert!(html.contains(r#"name="audience""#));
}

#[test]
fn saved_answers_that_cannot_be_read_start_afresh_with_a_notice() {
    let html = render(Route::Start, Answers::default(), Some(Notice::SavedAnswersUnreadable)).0;
    assert!(html.contains("We could not read your saved answers"));
}

#[test]
fn a_broken_link_still_says_how_to_get_an_advocate() {
    let html = render_ok(Route::NotFound, Answers::default());
    assert!(html.contains("Page not found"));
    assert!(html.contains("Ask ward staff for the details of your local independent mental health advocacy"));
}

#[test]
fn a_question_reached_before_its_turn_goes_to_the_first_unanswered_question() {
    let html = render_ok(Route::question(Field::OnLeave), Answers::default());
    assert!(html.contains(r#"name="audience""#));
}

/// A locale's Fluent files joined, as the build serves them.
fn translation(locale: &'static LocaleInfo) -> Words {
    let folder = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), locale.tag);
    let mut files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let text: String = files
        .iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| std::fs::read_to_string(path).unwrap() + "\n")
        .collect();
    Words::translated(locale, &text)
}

/// Every screen: start, each question, check answers, a result of each
/// outcome for each audience, not found, and the notices.
fn every_screen() -> Vec<(Route, Answers, Option<Notice>)> {
    let mut screens = vec![
        (Route::Start, Answers::default(), Some(Notice::SavedAnswersUnreadable)),
        (Route::Staff, Answers::default(), None),
        (Route::Poster, Answers::default(), None),
        (Route::Sources, Answers::default(), None),
        (Route::Accessibility, Answers::default(), None),
        (Route::Privacy, Answers::default(), None),
        (Route::Review { locale: None }, Answers::default(), None),
        (Route::NotFound, Answers::default(), Some(Notice::LanguageNotAvailable)),
        (Route::Start, Answers::default(), Some(Notice::LanguageLoadFailed)),
    ];
    for audience in ["patient", "carer", "staff"] {
        let held = answers(&format!(
            "audience={audience}&jurisdiction=england&setting=detained&section=unknown&what_happened=kept-more-than-3-days&on_leave=true"
        ));
        let informal = answers(&format!(
            "audience={audience}&jurisdiction=england&setting=informal-inpatient&treatment_discussed=section-58a&under_18=false"
        ));
        for question in QUESTIONS {
            let given = if matches!(question.field, Field::TreatmentDiscussed | Field::Under18) { informal.clone() } else { held.clone() };
            screens.push((Route::question(question.field), given, None));
        }
        screens.push((Route::CheckAnswers, held.clone(), None));
        screens.push((Route::Request, held.clone(), None));
        for status in Status::ALL {
            for jurisdiction in Jurisdiction::ALL {
                for treatment in ["none", "section-57", "section-58a"] {
                    let query = format!(
                        "audience={audience}&jurisdiction={}&status={}&treatment_discussed={treatment}&on_leave=true",
                        jurisdiction.code(),
                        status.code()
                    );
                    screens.push((Route::Result { query }, Answers::default(), None));
                }
            }
        }
    }
    screens
}

#[test]
fn every_screen_in_every_locale_has_every_message() {
    assert!(LOCALES.len() > 1, "translations are offered");
    for locale in LOCALES {
        let words = if locale.is_source() { Words::source() } else { translation(locale) };
        for (route, given, notice) in every_screen() {
            let (html, words) = render_in(words.clone(), route.clone(), given, notice);
            assert_eq!(words.missing(), Vec::<String>::new(), "{}: missing on {route:?}", locale.tag);
            let mut fallbacks = words.fallbacks();
            fallbacks.dedup();
            assert_eq!(fallbacks, Vec::<String>::new(), "{}: shown in English on {route:?}", locale.tag);
            for raw in ["question-", "option-", "reason-", "right-", "duty-", "advocate-", "note-", "ask-"] {
                assert!(!html.contains(&format!(">{raw}")), "{}: a raw id shows on {route:?}", locale.tag);
            }
        }
    }
}

#[test]
fn a_draft_translation_says_so_in_one_line_of_its_own_language_linking_to_english() {
    for locale in LOCALES.iter().filter(|l| l.review == Review::Draft) {
        let words = translation(locale);
        let (html, _) = render_in(words.clone(), Route::Start, Answers::default(), None);
        assert!(html.contains(&format!("<summary>{}</summary>", words.get("draft-notice-short"))), "{}", locale.tag);
        assert!(html.contains(&words.get("draft-notice")), "{}", locale.tag);
        assert!(!html.contains(&Words::source().get("draft-notice")), "{}: no English half", locale.tag);
        let notice = html.split("notice--draft").nth(1).and_then(|rest| rest.split("</details>").next()).unwrap_or_default();
        assert_eq!(notice.contains(r#"href="?lang=en-GB#/""#), !locale.is_source_language(), "{} links to English unless it is English", locale.tag);
    }
    let (english, _) = render(Route::Start, Answers::default(), None);
    assert!(!english.contains("not yet been checked"));
}

#[test]
fn the_language_switcher_lists_every_language_in_its_own_name() {
    let html = render_ok(Route::CheckAnswers, answers("audience=patient&jurisdiction=england&setting=cto"));
    for locale in LOCALES {
        assert!(html.contains(&format!(r##"href="?lang={}#/check-answers""##, locale.tag)), "{}", locale.tag);
        assert!(html.contains(&format!(">{}</a>", locale.name)), "{}", locale.tag);
    }
}

#[test]
fn a_configured_provider_and_an_unusable_configuration_in_every_locale() {
    let example = Config::parse(include_str!("../embed/providers.example.json")).unwrap();
    let provider = example.providers["north"].clone();
    for locale in LOCALES {
        let words = if locale.is_source() { Words::source() } else { translation(locale) };
        for contact in [Contact::Provider(Box::new(provider.clone())), Contact::Unavailable] {
            let route = Route::Result { query: "jurisdiction=england&status=section-3".into() };
            let (html, words) = render_with_contact(words.clone(), route, Answers::default(), None, contact.clone());
            assert_eq!(words.missing(), Vec::<String>::new(), "{}", locale.tag);
            assert_eq!(words.fallbacks(), Vec::<String>::new(), "{}", locale.tag);
            if let Contact::Provider(_) = contact {
                assert!(html.contains("Northshire Advocacy IMHA Service"));
                assert!(html.contains(r#"href="tel:+443001234567""#));
                assert!(html.contains(r#"href="https://northshire-advocacy.example.org/refer""#));
            }
        }
    }
}

#[test]
fn the_poster_page_with_no_configuration_asks_for_the_name_and_phone_and_offers_no_choice() {
    let html = render_ok(Route::Poster, Answers::default());
    assert!(html.contains(r#"id="poster-name""#) && html.contains(r#"id="poster-phone""#), "{html}");
    assert!(html.contains(r#"type="tel""#));
    assert!(!html.contains("<select") && !html.contains(r#"name="poster-provider""#), "nothing to choose: {html}");
}

#[test]
fn the_sources_page_lists_every_source_with_its_link_and_how_it_was_checked() {
    use imha_rights_checker::law::SOURCES;
    let html = render_ok(Route::Sources, Answers::default());
    assert!(html.contains("Where this information comes from"));
    for source in SOURCES {
        assert!(html.contains(&format!(r#"href="{}""#, source.url())), "{}", source.url());
    }
    assert_eq!(html.matches("<tr data-how=").count(), SOURCES.len());
    assert!(html.contains(r#"data-how="secondary""#) && html.contains(r#"data-how="primary-text""#));
    assert!(html.contains(r##"href="#/review""##), "links reviewers to the translators' review page");
}

#[test]
fn the_review_page_without_a_language_offers_every_translation() {
    let html = render_ok(Route::Review { locale: None }, Answers::default());
    for locale in LOCALES.iter().filter(|l| !l.is_source()) {
        assert!(html.contains(&format!(r##"href="#/review?lang={}""##, locale.tag)), "{}", locale.tag);
    }
    assert!(!html.contains(r##"href="#/review?lang=en-GB""##));
}

#[test]
fn every_page_links_to_the_sources_page() {
    for route in [Route::Start, Route::Staff, Route::NotFound] {
        assert!(render_ok(route, Answers::default()).contains(r##"href="#/sources""##));
    }
}

#[test]
fn check_answers_says_which_section_the_helper_inferred() {
    let html = render_ok(
        Route::CheckAnswers,
        answers("audience=carer&jurisdiction=england&setting=unknown&what_happened=police-public-place&treatment_discussed=none"),
    );
    assert!(html.contains("That means: \u{2068}Section 136\u{2069}"), "{html}");
    let not_a_section = render_ok(
        Route::CheckAnswers,
        answers("audience=carer&jurisdiction=england&setting=unknown&what_happened=guardian"),
    );
    assert!(!not_a_section.contains("That means:"));
}

#[test]
fn the_staff_page_says_as_soon_as_practicable_and_links_to_one_patients_answer() {
    let html = render_ok(Route::Staff, Answers::default());
    assert!(html.contains("As soon as practicable"));
    assert!(!html.contains("as soon as possible") && !html.contains("As soon as possible"));
    assert!(html.contains(r##"href="#/question/audience""##));
    assert!(!html.contains(r#"class="checklist""#), "plain bullets, not boxes that look tickable");
}

#[test]
fn the_result_puts_what_to_do_now_before_why_and_the_details_behind_disclosures() {
    let html = render_ok(
        Route::Result { query: "audience=patient&jurisdiction=england&status=section-3".into() },
        Answers::default(),
    );
    let do_now = html.find("What to do now").unwrap();
    let why = html.find(">Why<").unwrap();
    assert!(do_now < why, "what to do now comes first");
    assert!(html.contains("interpreter"));
    assert!(html.contains(r#"<summary><h2 id="rights-heading">"#), "the rights are behind a disclosure");
    assert!(html.contains(r#"<summary><h2 id="advocate-heading">"#));
    // Where the person is decides whom they ask.
    let on_leave = render_ok(
        Route::Result { query: "audience=patient&jurisdiction=england&status=section-3&on_leave=true".into() },
        Answers::default(),
    );
    assert!(on_leave.contains("care coordinator") && !on_leave.contains("Ask ward staff for the details"));
    let on_ward = render_ok(
        Route::Result { query: "audience=patient&jurisdiction=england&status=section-3".into() },
        Answers::default(),
    );
    assert!(on_ward.contains("Ask ward staff for the details"));
    let cto = render_ok(Route::Result { query: "audience=patient&jurisdiction=wales&status=cto".into() }, Answers::default());
    assert!(cto.contains("health board"));
}

#[test]
fn places_of_safety_and_holding_powers_say_how_long_they_last_and_to_ask_which_section_applies_now() {
    for (status, text) in [("section-136", "at most 24 hours"), ("section-5-2", "72 hours")] {
        let html = render_ok(Route::Result { query: format!("audience=patient&jurisdiction=england&status={status}") }, Answers::default());
        let do_now = &html[html.find("What to do now").unwrap()..html.find(">Why<").unwrap()];
        assert!(do_now.contains(text) && do_now.contains("which section applies"), "{status}");
    }
}

#[test]
fn the_first_screens_need_only_the_words_compiled_into_the_app() {
    for (route, given, notice) in every_screen() {
        let (html, words) = render_in(Words::first_screen(), route.clone(), given, notice);
        assert_eq!(words.missing(), Vec::<String>::new(), "missing on {route:?} before the rest is loaded");
        let shown_at_once = matches!(route, Route::Start | Route::Question { .. } | Route::CheckAnswers | Route::NotFound);
        let loading = html.contains(&Words::source().get("words-loading"));
        assert_eq!(loading, !shown_at_once, "{route:?}: shown at once {shown_at_once}, waits for words {loading}");
    }
}

fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn attribute_values<'a>(html: &'a str, prefix: &str) -> Vec<&'a str> {
    html.match_indices(prefix).map(|(at, _)| &html[at..at + html[at..].find('"').unwrap()]).collect()
}

#[test]
fn the_request_for_an_advocate_goes_to_the_provider_in_english_naming_the_section() {
    let example = Config::parse(include_str!("../embed/providers.example.json")).unwrap();
    let contact = Contact::Provider(Box::new(example.providers["north"].clone()));
    let urdu = LocaleInfo::find("ur").unwrap();
    let given = answers("audience=carer&jurisdiction=england&setting=detained&section=section-3");
    let (html, words) = render_with_contact(translation(urdu), Route::Request, given, None, contact);
    assert_eq!(words.missing(), Vec::<String>::new());
    let sms = attribute_values(&html, "sms:");
    assert_eq!(sms.len(), 1, "one text-message link");
    assert!(sms[0].starts_with("sms:+447700900123?body="));
    let body = decoded(sms[0].split_once("?body=").unwrap().1);
    let english = Words::source().for_audience(imha_rights_checker::questionnaire::Audience::Carer);
    assert!(body.starts_with(&english.get("request-line-hello")), "English, for the service: {body}");
    assert!(body.contains("Section or status: Section 3"), "{body}");
    assert!(body.contains("Language: Urdu"), "the language the reader chose, named in English: {body}");
    let email = attribute_values(&html, "mailto:imha@northshire-advocacy.example.org?subject=");
    assert_eq!(email.len(), 1, "one email link");
    assert!(decoded(email[0]).contains("\r\nLanguage: Urdu\r\n"));
    // The reader's own language beside it, to check.
    assert!(html.contains(&translation(urdu).for_audience(imha_rights_checker::questionnaire::Audience::Carer).get("request-line-hello")));
}

#[test]
fn without_a_provider_the_request_is_a_card_to_show_staff_in_both_languages() {
    let welsh = LocaleInfo::find("cy").unwrap();
    let given = answers("audience=patient&jurisdiction=wales&setting=cto");
    let (html, _) = render_in(translation(welsh), Route::Request, given, None);
    assert!(!html.contains("sms:") && !html.contains("mailto:"));
    assert!(html.contains(&translation(welsh).get("request-no-provider")));
    assert!(html.contains("Section or status: Community treatment order (CTO)"), "English for staff");
    assert!(html.contains(&translation(welsh).get("request-translation-heading")));
}

#[test]
fn a_carer_is_told_about_the_nearest_relative_and_a_patient_is_not() {
    let carer = render_ok(Route::Result { query: "audience=carer&jurisdiction=england&status=section-2".into() }, Answers::default());
    assert!(carer.contains("nearest-relative-heading") && carer.contains(r#"data-point="told-of-section-2""#));
    assert!(carer.contains(&Words::source().get("change-nominated-person")), "the nominated person is coming");
    let patient = render_ok(Route::Result { query: "audience=patient&jurisdiction=england&status=section-2".into() }, Answers::default());
    assert!(!patient.contains("nearest-relative-heading"));
}

#[test]
fn the_request_is_written_in_english_from_the_words_compiled_in_whatever_the_page_language() {
    let english = Words::first_screen();
    for id in ["request-email-subject", "request-line-hello", "request-line-name", "request-line-place", "request-line-status", "request-line-language", "request-line-contact", "request-line-interpreter", "request-line-thanks", "request-status"] {
        let given = [("value", "x".into()), ("needed", "yes".into()), ("status", "cto".into())];
        assert!(!english.get_with(id, &given).is_empty(), "{id}");
    }
    assert_eq!(english.missing(), Vec::<String>::new());
}

#[test]
fn question_and_result_pages_have_a_place_for_listen_in_the_page_language_but_no_button_until_a_browser_has_a_voice() {
    let result = Route::Result { query: "audience=patient&jurisdiction=wales&status=section-2".into() };
    let question = Route::question(Field::Audience);
    for locale in ["en-GB", "cy", "en-GB-x-easyread"] {
        let words = translation(LocaleInfo::find(locale).unwrap());
        let spoken_as = locale.trim_end_matches("-x-easyread");
        for route in [question.clone(), result.clone()] {
            let (html, _) = render_in(words.clone(), route.clone(), Answers::default(), None);
            // The place, however the renderer orders its attributes: empty.
            let at = html.find(r#"class="listen no-print""#).unwrap_or_else(|| panic!("{locale} {route:?}: no place for Listen"));
            let (open, close) = (html[..at].rfind("<div").unwrap(), at + html[at..].find('>').unwrap());
            let place = &html[open..=close];
            for attribute in [format!(r#"data-lang="{spoken_as}""#), format!(r#"data-listen="{}""#, words.get("listen-button")), format!(r#"data-stop="{}""#, words.get("listen-stop"))] {
                assert!(place.contains(&attribute), "{locale} {route:?}: {attribute} in {place}");
            }
            assert!(html[close..].starts_with("></div>"), "{locale} {route:?}: the place is empty");
            assert!(!html.contains(&format!(">{}<", words.get("listen-button"))), "{locale} {route:?}: no button in a server render");
        }
    }
    let (start, _) = render(Route::Start, Answers::default(), None);
    assert!(!start.contains("class=\"listen"), "only question and result pages");
}

#[test]
fn easy_read_screens_show_pictures_with_empty_alt_text_and_no_other_locale_shows_any() {
    let easy_read = translation(LocaleInfo::find("en-GB-x-easyread").unwrap());
    let others = [Words::source(), translation(LocaleInfo::find("ur").unwrap())];
    for (route, given, notice) in every_screen() {
        let (html, _) = render_in(easy_read.clone(), route.clone(), given.clone(), notice);
        let pictures = html.matches("class=\"idea__picture\"").count();
        if !matches!(route, Route::Poster | Route::Sources | Route::Review { .. }) {
            assert!(pictures >= 3, "{route:?}: {pictures} pictures");
        }
        assert_eq!(html.matches("alt=\"\"").count(), html.matches("<img").count(), "{route:?}: every picture has empty alt text");
        assert!(html.contains("https://openmoji.org/"), "{route:?}: the pictures are credited");
        for words in &others {
            let (html, _) = render_in(words.clone(), route.clone(), given.clone(), notice);
            assert!(!html.contains("assets/easyread") && !html.contains("openmoji.org"), "{route:?}: no picture outside Easy Read");
        }
    }
}

fn session(device: DeviceUse, route: Route, given: Answers) -> Rc<Session> {
    Rc::new(Session::new(route, given, None, law(), device))
}

const SECTION_3: &str = "audience=patient&jurisdiction=england&status=section-3";

#[test]
fn on_a_shared_device_a_result_link_leaves_the_address_and_its_answers_stay_in_memory() {
    let shared = session(DeviceUse::Shared, Route::Result { query: SECTION_3.into() }, Answers::default());
    assert_eq!(shared.route, Route::Result { query: String::new() });
    assert_eq!(shared.navigation, Some(Navigation::Replace("#/result".into())), "the link's history entry is replaced");
    assert!(shared.answers.situation().is_some());
    assert_eq!(shared.result_route().href(), "#/result", "check-answers and the request link to the result without answers");
    let personal = session(DeviceUse::Personal, Route::Result { query: SECTION_3.into() }, Answers::default());
    assert_eq!(personal.route, Route::Result { query: SECTION_3.into() });
    assert_eq!(personal.navigation, None);
    assert_eq!(personal.result_route().href(), format!("#/result?{SECTION_3}"));
}

#[test]
fn a_provider_set_up_for_a_shared_device_takes_the_answers_out_of_the_address_once_loaded() {
    let before = session(DeviceUse::Personal, Route::Result { query: SECTION_3.into() }, Answers::default());
    let after = before.clone().reduce(Action::UseDevice(DeviceUse::Shared));
    assert_eq!(after.device, DeviceUse::Shared);
    assert_eq!(after.navigation, Some(Navigation::Replace("#/result".into())));
    assert_eq!(after.answers, before.answers);
    let again = after.clone().reduce(Action::UseDevice(DeviceUse::Shared));
    assert!(Rc::ptr_eq(&after, &again), "no change, no new render");
}

#[test]
fn the_result_alone_shows_the_answers_so_far_and_without_them_the_first_question() {
    for device in [DeviceUse::Personal, DeviceUse::Shared] {
        let reload = session(device, Route::Result { query: String::new() }, answers(SECTION_3));
        assert_eq!(reload.route, Route::Result { query: String::new() }, "{device:?}: a reload of #/result");
        assert_eq!(reload.navigation, None);
        let empty = session(device, Route::Result { query: String::new() }, Answers::default());
        assert_eq!(empty.route, Route::question(Field::Audience), "{device:?}");
        assert_eq!(empty.notice, None, "{device:?}: nothing was unreadable");
    }
}

#[test]
fn finish_and_clear_and_a_time_out_forget_the_answers_and_say_so_at_the_start() {
    for (action, notice) in [
        (Action::Finish, Some(Notice::AnswersCleared)),
        (Action::Idle(Idle::TimedOut), Some(Notice::AnswersClearedAfterInactivity)),
        (Action::Clear, None),
    ] {
        let result = session(DeviceUse::Shared, Route::Result { query: SECTION_3.into() }, Answers::default());
        let cleared = result.reduce(action);
        assert!(cleared.answers.is_empty());
        assert_eq!(cleared.route, Route::Start);
        assert_eq!(cleared.notice, notice);
        assert_eq!(cleared.navigation, Some(Navigation::Push("#/".into())));
        assert_eq!(cleared.device, DeviceUse::Shared, "still a shared device");
        // The start page's own hashchange keeps the notice.
        let arrived = cleared.reduce(Action::Arrive(Route::Start));
        assert_eq!(arrived.notice, notice);
    }
}

#[test]
fn a_shared_device_unused_for_a_while_warns_and_use_takes_the_warning_away() {
    let result = session(DeviceUse::Shared, Route::Result { query: SECTION_3.into() }, Answers::default());
    assert!(!result.warned);
    let warned = result.clone().reduce(Action::Idle(Idle::Warned));
    assert!(warned.warned);
    assert_eq!(warned.answers, result.answers, "a warning clears nothing");
    let again = warned.clone().reduce(Action::Idle(Idle::Warned));
    assert!(Rc::ptr_eq(&warned, &again), "no change, no new render");
    let still_here = warned.reduce(Action::Idle(Idle::Active));
    assert!(!still_here.warned);
    assert_eq!(still_here.answers, result.answers);
    assert_eq!(still_here.route, result.route);
    let in_use = still_here.clone().reduce(Action::Idle(Idle::Active));
    assert!(Rc::ptr_eq(&still_here, &in_use), "use without a warning changes nothing");
    let timed_out = still_here.reduce(Action::Idle(Idle::Warned)).reduce(Action::Idle(Idle::TimedOut));
    assert!(!timed_out.warned && timed_out.answers.is_empty());
}

#[test]
fn after_clearing_back_to_the_result_or_a_question_shows_no_answers() {
    let result = session(DeviceUse::Shared, Route::Result { query: SECTION_3.into() }, Answers::default());
    let cleared = result.reduce(Action::Finish);
    for earlier in [Route::Result { query: String::new() }, Route::CheckAnswers, Route::question(Field::Section), Route::Request] {
        let back = cleared.clone().reduce(Action::Arrive(earlier.clone()));
        assert!(back.answers.is_empty(), "{earlier:?}");
        if earlier != Route::Request {
            assert_eq!(back.route, Route::question(Field::Audience), "{earlier:?} goes to the first question");
            assert!(matches!(back.navigation, Some(Navigation::Replace(_))), "{earlier:?} replaces its history entry");
        }
    }
}

#[test]
fn a_shared_devices_result_and_request_offer_finish_and_clear_in_place_of_clear_my_answers() {
    let shown = |device: DeviceUse, route: Route| {
        render_on(device, Words::source(), route, answers(SECTION_3), None, Contact::AskWardStaff).0
    };
    for route in [Route::Result { query: String::new() }, Route::Request] {
        let shared = shown(DeviceUse::Shared, route.clone());
        assert!(shared.contains(">Finish and clear<") && !shared.contains(">Clear my answers<"), "{route:?}");
        assert!(shared.contains("This device is shared."), "{route:?}");
        let personal = shown(DeviceUse::Personal, route.clone());
        assert!(personal.contains(">Clear my answers<") && !personal.contains("Finish and clear"), "{route:?}");
    }
    // Elsewhere, a shared device keeps "Clear my answers", which asks first.
    let question = shown(DeviceUse::Shared, Route::question(Field::OnLeave));
    assert!(question.contains(">Clear my answers<") && !question.contains("Finish and clear"));
    // No answers in the address: check-answers and the request link to #/result.
    let all = answers(&format!("{SECTION_3}&on_leave=false"));
    let check = render_on(DeviceUse::Shared, Words::source(), Route::CheckAnswers, all, None, Contact::AskWardStaff).0;
    assert!(check.contains(r##"href="#/result""##), "{check}");
    assert!(shown(DeviceUse::Shared, Route::Request).contains(r##"<a href="#/result" class="back-link">"##));
}

#[derive(Properties, PartialEq)]
struct WarningProps {
    words: Words,
}

#[function_component(WarningIn)]
fn warning_in(props: &WarningProps) -> Html {
    idle_warning(&props.words, Callback::noop())
}

#[test]
fn the_shared_devices_warning_notices_and_finish_and_clear_are_in_every_locale() {
    for locale in LOCALES {
        let words = if locale.is_source() { Words::source() } else { translation(locale) };
        let warning = RUNTIME.with(|runtime| {
            let props = WarningProps { words: words.clone() };
            tokio::task::LocalSet::new().block_on(runtime, async move {
                yew::LocalServerRenderer::<WarningIn>::with_props(props).hydratable(false).render().await
            })
        });
        assert!(warning.contains(r#"role="alertdialog" aria-labelledby="idle-warning-heading" aria-describedby="idle-warning-text""#), "{warning}");
        assert!(warning.contains(&words.get("idle-warning-still-here")), "{}", locale.tag);
        for notice in [Notice::AnswersCleared, Notice::AnswersClearedAfterInactivity] {
            render_in(words.clone(), Route::Start, Answers::default(), Some(notice));
        }
        let result = Route::Result { query: SECTION_3.into() };
        render_on(DeviceUse::Shared, words.clone(), result, Answers::default(), None, Contact::AskWardStaff);
        assert_eq!(words.missing(), Vec::<String>::new(), "{}", locale.tag);
        let mut fallbacks = words.fallbacks();
        fallbacks.dedup();
        assert_eq!(fallbacks, Vec::<String>::new(), "{}: shown in English", locale.tag);
    }
}

fn render_with_config(words: Words, route: Route, config: Config) -> (String, Words) {
    let props = AppProps { config: Some(config), ..props(words.clone(), route) };
    (render_app(props), words)
}

#[test]
fn the_accessibility_statement_follows_the_model_statement_with_its_dates() {
    use imha_rights_checker::accessibility::ACCESSIBILITY_CHECKS;
    let html = decoded_entities(&render_ok(Route::Accessibility, Answers::default()));
    for heading in [
        "<h1>Accessibility statement for “Your right to an advocate”</h1>",
        "<h2>How accessible this service is</h2>",
        "<h2>Feedback and contact information</h2>",
        "<h2>Reporting accessibility problems with this service</h2>",
        "<h2>Enforcement procedure</h2>",
        "<h2>Technical information about this service’s accessibility</h2>",
        "<h3>Compliance status</h3>",
        "<h3>Non-accessible content</h3>",
        "<h2>What we’re doing to improve accessibility</h2>",
        "<h2>Preparation of this accessibility statement</h2>",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    assert!(html.contains("Equality and Human Rights Commission (EHRC)"));
    for link in ["https://www.equalityadvisoryservice.com/", "https://www.equalityni.org/Home", "https://www.legislation.gov.uk/uksi/2018/952/contents/made"] {
        assert!(html.contains(&format!(r#"href="{link}""#)), "{link}");
    }
    assert!(html.contains(&format!(r#"data-tested="{}""#, ACCESSIBILITY_CHECKS.automated_on)));
    assert!(html.contains(&format!("last tested on \u{2068}{}\u{2069}", ACCESSIBILITY_CHECKS.automated_on)));
    assert!(html.contains(&format!("axe-core \u{2068}{}\u{2069}", ACCESSIBILITY_CHECKS.axe_core)));
    assert!(html.contains("partially compliant") && html.contains("success criterion 3.1.2 (Language of parts)"));
    assert_eq!(html.matches(r#"data-contact="ask""#).count(), 2, "with no organisation configured, ask ward staff: {html}");
    assert!(html.contains("No manual checks"), "none recorded, none claimed");
}

/// The HTML with the entities Yew's renderer writes put back, to compare
/// with the words.
fn decoded_entities(html: &str) -> String {
    html.replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&")
}

#[test]
fn the_privacy_page_names_every_session_storage_key_the_app_uses() {
    use imha_rights_checker::browser::Stored;
    let html = render_ok(Route::Privacy, Answers::default());
    for stored in Stored::ALL {
        assert!(html.contains(&format!(r#"<code data-key="{0}">{0}</code>"#, stored.key())), "{}", stored.key());
    }
    assert_eq!(html.matches("<code data-key=").count(), Stored::ALL.len());
    assert!(html.contains(r#"href="https://ico.org.uk/make-a-complaint/""#));
    assert!(html.contains(r#"data-contact="ask""#));
}

#[test]
fn the_statements_name_the_configured_trust_and_its_contacts_in_every_locale() {
    let config = Config::parse(include_str!("../embed/providers.example.json")).unwrap();
    for locale in LOCALES {
        let words = if locale.is_source() { Words::source() } else { translation(locale) };
        for (route, contact) in [
            (Route::Accessibility, [r#"href="mailto:accessibility@northshire.example.nhs.uk""#, r#"href="tel:+443001234000""#, r#"href="https://northshire.example.nhs.uk/accessibility""#].as_slice()),
            (Route::Privacy, [r#"href="mailto:dpo@northshire.example.nhs.uk""#, r#"href="https://northshire.example.nhs.uk/privacy""#].as_slice()),
        ] {
            let (html, words) = render_with_config(words.clone(), route.clone(), config.clone());
            assert_eq!(words.missing(), Vec::<String>::new(), "{} {route:?}", locale.tag);
            assert_eq!(words.fallbacks(), Vec::<String>::new(), "{} {route:?}", locale.tag);
            assert!(html.contains("Northshire NHS Foundation Trust"), "{} {route:?}", locale.tag);
            assert!(!html.contains(r#"data-contact="ask""#), "{} {route:?}", locale.tag);
            for link in contact {
                assert!(html.contains(link), "{} {route:?}: {link}", locale.tag);
            }
        }
    }
}

#[test]
fn every_kind_of_manual_check_has_its_words_in_every_locale() {
    use imha_rights_checker::accessibility::ManualCheck;
    for locale in LOCALES {
        let words = if locale.is_source() { Words::source() } else { translation(locale) };
        for kind in ManualCheck::ALL {
            let text = words.get_with("accessibility-manual-check", &[("date", "2027-01-01".into()), ("check", words.get(kind.message_id()).into())]);
            assert!(!text.is_empty(), "{} {}", locale.tag, kind.code());
        }
        assert_eq!(words.missing(), Vec::<String>::new(), "{}", locale.tag);
        assert_eq!(words.fallbacks(), Vec::<String>::new(), "{}", locale.tag);
    }
}

#[test]
fn every_page_links_to_the_accessibility_statement_and_the_privacy_page() {
    for route in [Route::Start, Route::question(Field::Audience), Route::Result { query: "jurisdiction=england&status=section-3".into() }, Route::NotFound] {
        let html = render_ok(route.clone(), Answers::default());
        let footer = html.split("<footer").nth(1).unwrap_or_default();
        assert!(footer.contains(r##"href="#/accessibility""##) && footer.contains(r##"href="#/privacy""##), "{route:?}");
    }
}

#[test]
fn a_page_of_the_other_bundle_draws_nothing_while_the_other_page_opens() {
    let render_with = |route: Route, staff: bool| {
        let props = props(Words::source(), route);
        RUNTIME.with(|runtime| {
            tokio::task::LocalSet::new().block_on(runtime, async move {
                if staff {
                    yew::LocalServerRenderer::<App<StaffPages>>::with_props(props).hydratable(false).render().await
                } else {
                    yew::LocalServerRenderer::<App<PatientPages>>::with_props(props).hydratable(false).render().await
                }
            })
        })
    };
    for route in [Route::Staff, Route::Poster, Route::Sources, Route::Review { locale: None }, Route::Accessibility, Route::Privacy] {
        assert_eq!(Bundle::of(&route), Bundle::Staff, "{route:?}");
        assert_eq!(render_with(route.clone(), false), "", "{route:?} on index.html");
    }
    for route in [Route::Start, Route::question(Field::Audience), Route::CheckAnswers, Route::Request, Route::NotFound] {
        assert_eq!(Bundle::of(&route), Bundle::Patients, "{route:?}");
        assert_eq!(render_with(route.clone(), true), "", "{route:?} on staff.html");
    }
}
