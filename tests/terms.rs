//! The termbase: each translation's agreed legal terms, in
//! `locales/<tag>/terms.toml`. A message fails when it uses a forbidden
//! variant, or leaves a term in English where the locale has a translation
//! (other than as a gloss in brackets after it, such as "Trybunał
//! (Tribunal)").

use imha_rights_checker::words::LOCALES;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Termbase {
    term: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    english: String,
    /// The agreed translation; the English itself where the locale keeps it.
    translation: String,
    /// Where the translation comes from: an official text where one exists.
    source: String,
    #[serde(default)]
    forbidden: Vec<String>,
    /// For the translator reviewing it; the tests do not read it.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// What a message says, without the Fluent syntax around it: variables
/// (`$section`) and variant keys (`[guardianship]`) are not words of it.
fn said(line: &str) -> String {
    let trimmed = line.trim_start().trim_start_matches('*');
    let line = match trimmed.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((_, text)) => text,
        None => line,
    };
    let mut out = String::new();
    let mut in_variable = false;
    for c in line.chars() {
        if c == '$' {
            in_variable = true;
        } else if in_variable && !(c.is_alphanumeric() || c == '-' || c == '_') {
            in_variable = false;
        }
        if !in_variable {
            out.push(c);
        }
    }
    out
}

/// Every message and attribute of a locale as (id, text), comments left out.
fn messages(tag: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new("locales").join(tag))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut messages: Vec<(String, String)> = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once(" =") {
                Some((id, text)) if !line.starts_with(' ') => messages.push((id.to_owned(), said(text))),
                _ => {
                    if let Some((_, text)) = messages.last_mut() {
                        text.push('\n');
                        text.push_str(&said(line));
                    }
                }
            }
        }
    }
    messages
}

fn termbase(tag: &str) -> Option<Termbase> {
    let path = Path::new("locales").join(tag).join("terms.toml");
    let text = std::fs::read_to_string(&path).ok()?;
    Some(toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// Where `english` stands in `text` as a word of its own and not inside
/// brackets.
fn unglossed(text: &str, english: &str) -> bool {
    let mut depth = 0usize;
    let mut previous = ' ';
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && !previous.is_alphanumeric() && text[at..].starts_with(english) {
            let after = text[at + english.len()..].chars().next().unwrap_or(' ');
            if !after.is_alphanumeric() || !after.is_ascii() {
                return true;
            }
        }
        previous = c;
    }
    false
}

#[test]
fn every_translation_has_a_termbase_with_its_sources() {
    for locale in LOCALES.iter().filter(|locale| !locale.is_source_language()) {
        let terms = termbase(locale.tag).unwrap_or_else(|| panic!("locales/{}/terms.toml is missing", locale.tag));
        assert!(!terms.term.is_empty(), "{}", locale.tag);
        for term in &terms.term {
            assert!(!term.source.trim().is_empty(), "{}: {} has no source", locale.tag, term.english);
            assert!(!term.translation.trim().is_empty(), "{}: {} has no translation", locale.tag, term.english);
        }
    }
}

#[test]
fn no_message_uses_a_forbidden_variant_of_a_term() {
    let mut found = Vec::new();
    for locale in LOCALES {
        let Some(terms) = termbase(locale.tag) else { continue };
        for (id, text) in messages(locale.tag) {
            for term in &terms.term {
                for forbidden in &term.forbidden {
                    if text.to_lowercase().contains(&forbidden.to_lowercase()) {
                        found.push(format!("{}: {id} uses {forbidden:?} (agreed: {:?})", locale.tag, term.translation));
                    }
                }
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn no_message_leaves_a_term_in_english_where_the_locale_has_a_translation() {
    let mut found = Vec::new();
    for locale in LOCALES {
        let Some(terms) = termbase(locale.tag) else { continue };
        for (id, text) in messages(locale.tag) {
            for term in terms.term.iter().filter(|term| term.translation != term.english) {
                if unglossed(&text, &term.english) {
                    found.push(format!("{}: {id} has {:?} in English (agreed: {:?})", locale.tag, term.english, term.translation));
                }
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn an_english_term_in_brackets_after_its_translation_is_a_gloss_not_a_term_left_in_english() {
    assert!(!unglossed("przed Trybunałem (Tribunal)", "Tribunal"));
    assert!(unglossed("do Tribunal w ciągu 14 dni", "Tribunal"));
    assert!(unglossed("Tribunal-এ আবেদন", "Tribunal"));
    assert!(!unglossed("Tribunals", "Tribunal"));
}

#[test]
fn variables_and_variant_keys_are_not_words_of_a_message() {
    assert_eq!(said("        [guardianship] Gwarcheidiaeth"), " Gwarcheidiaeth");
    assert_eq!(said("       *[unknown] Nid yw'n hysbys"), " Nid yw'n hysbys");
    assert_eq!(said("adran { $section }"), "adran {  }");
}
