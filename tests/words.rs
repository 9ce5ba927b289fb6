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

use imha_rights_checker::law::{AdvocateHelp, Ask, Change, Document, Duty, Eligibility, How, Note, Reason, Right};
use imha_rights_checker::questionnaire::{Audience, QUESTIONS};

fn assert_has(words: &Words, id: &str) {
    for audience in Audience::ALL {
        let words = words.for_audience(*audience);
        assert!(!words.get(id).is_empty(), "{id} ({audience:?}) is empty");
        assert_eq!(words.missing(), Vec::<String>::new(), "{id} is missing");
    }
}

#[test]
fn every_code_the_law_can_produce_has_its_message() {
    let words = Words::source();
    let ids = Eligibility::ALL.iter().map(|e| e.message_id())
        .chain(Reason::ALL.iter().map(|r| r.message_id()))
        .chain(Note::ALL.iter().map(|n| n.message_id()))
        .chain(Ask::ALL.iter().map(|q| q.message_id()))
        .chain(Right::ALL.iter().map(|r| r.message_id()))
        .chain(AdvocateHelp::ALL.iter().map(|h| h.message_id()))
        .chain(Duty::ALL.iter().map(|d| d.message_id()))
        .chain(Change::ALL.iter().map(|c| c.message_id()))
        .chain(How::ALL.iter().map(|h| h.message_id()))
        .chain(Document::ALL.iter().map(|d| d.message_id()));
    for id in ids {
        assert_has(&words, id);
    }
    for right in Right::ALL {
        assert!(!words.attribute(right.message_id(), "body").is_empty(), "{right:?} has no body");
    }
}

#[test]
fn every_question_and_answer_has_its_messages() {
    let words = Words::source();
    for question in QUESTIONS {
        for part in ["heading", "hint", "error", "summary"] {
            assert_has(&words, &question.message_id(part));
        }
        if let Some(details) = question.details {
            assert_has(&words, details);
            assert_has(&words, &format!("{details}-heading"));
        }
        for answer in question.choices() {
            assert_has(&words, &answer.message_id());
        }
    }
}

#[test]
fn every_tribunal_card_says_a_solicitor_can_help_for_free() {
    let words = Words::source();
    for right in Right::ALL.iter().filter(|right| right.code().contains("tribunal")) {
        for audience in Audience::ALL {
            let body = words.for_audience(*audience).attribute(right.message_id(), "body");
            let body = body.to_lowercase();
            assert!(body.contains("solicitor") && body.contains("free"), "{right:?} ({audience:?}): {body}");
        }
    }
}
