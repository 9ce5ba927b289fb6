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

use imha_rights_checker::law::{AdvocateHelp, Change, Document, Duty, Eligibility, How, Note, Question, Reason, Right};
use imha_rights_checker::questionnaire::QUESTIONS;

fn assert_has(words: &Words, id: &str) {
    for audience in ["patient", "carer", "staff"] {
        let words = words.for_audience(audience);
        assert!(!words.get(id).is_empty(), "{id} ({audience}) is empty");
        assert_eq!(words.missing(), Vec::<String>::new(), "{id} is missing");
    }
}

#[test]
fn every_code_the_law_can_produce_has_its_message() {
    let words = Words::source();
    let ids = Eligibility::ALL.iter().map(|e| format!("result-heading-{}", e.code()))
        .chain(Reason::ALL.iter().map(|r| format!("reason-{}", r.code())))
        .chain(Note::ALL.iter().map(|n| format!("note-{}", n.code())))
        .chain(Question::ALL.iter().map(|q| format!("ask-{}", q.code())))
        .chain(Right::ALL.iter().map(|r| format!("right-{}", r.code())))
        .chain(AdvocateHelp::ALL.iter().map(|h| format!("advocate-{}", h.code())))
        .chain(Duty::ALL.iter().map(|d| format!("duty-{}", d.code())))
        .chain(Change::ALL.iter().map(|c| format!("change-{}", c.code())))
        .chain(How::ALL.iter().map(|h| format!("source-how-{}", h.code())))
        .chain(Document::ALL.iter().map(|d| format!("source-document-{}", d.code())));
    for id in ids {
        assert_has(&words, &id);
    }
    for right in Right::ALL {
        assert!(!words.attribute(&format!("right-{}", right.code()), "body").is_empty(), "{right:?} has no body");
    }
}

#[test]
fn every_question_and_answer_has_its_messages() {
    let words = Words::source();
    for question in QUESTIONS {
        for part in ["heading", "hint", "error", "summary"] {
            assert_has(&words, &format!("question-{}-{part}", question.slug));
        }
        for value in question.choices() {
            assert_has(&words, &format!("option-{}-{value}", question.slug));
        }
    }
}

#[test]
fn every_tribunal_card_says_a_solicitor_can_help_for_free() {
    let words = Words::source();
    for right in Right::ALL.iter().filter(|right| right.code().contains("tribunal")) {
        for audience in ["patient", "carer", "staff"] {
            let body = words.for_audience(audience).attribute(&format!("right-{}", right.code()), "body");
            let body = body.to_lowercase();
            assert!(body.contains("solicitor") && body.contains("free"), "{right:?} ({audience}): {body}");
        }
    }
}
