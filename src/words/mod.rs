//! The words: every sentence a person reads comes from the Fluent files in
//! `locales/`, looked up here. Screens ask for messages by id; nothing in
//! Rust builds an English sentence.

use crate::questionnaire::Audience;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::rc::Rc;

mod locales;
pub mod review;

pub use locales::{choose as choose_locale, LocaleInfo, Review, LOCALES, SOURCE, SOURCE_FLUENT_FIRST_SCREEN};
#[cfg(not(target_arch = "wasm32"))]
pub use locales::SOURCE_FLUENT_LATER;

/// Messages for one locale, with the source locale behind it. Cheap to
/// clone: the bundles are shared.
#[derive(Clone)]
pub struct Words {
    locale: &'static LocaleInfo,
    /// The locale's bundle, then the source locale's (only the source's
    /// when the locale is the source).
    bundles: Rc<Vec<FluentBundle<FluentResource>>>,
    audience: &'static str,
    /// False for the source locale until its later messages are in.
    complete: bool,
    missing: Rc<RefCell<Vec<String>>>,
    fallbacks: Rc<RefCell<Vec<String>>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
            && self.audience == other.audience
            && Rc::ptr_eq(&self.bundles, &other.bundles)
    }
}

impl Words {
    /// The source locale as the app starts with it: in the Wasm, only the
    /// first screens' messages (the rest are downloaded, see
    /// [`Words::complete_source`]); natively (tests, `imha-check`), all.
    pub fn source() -> Self {
        #[cfg(target_arch = "wasm32")]
        return Words::first_screen();
        #[cfg(not(target_arch = "wasm32"))]
        Words::complete_source(SOURCE_FLUENT_LATER)
    }

    /// Only the source messages compiled into the Wasm: those of the start
    /// page, the questions and check-answers.
    pub fn first_screen() -> Self {
        Words::with_bundles(SOURCE, vec![source_bundle()], false)
    }

    /// The whole source locale: the compiled-in messages and `later`, the
    /// rest of them, downloaded.
    pub fn complete_source(later: &str) -> Self {
        let bundle = bundle(SOURCE.language_identifier(), [SOURCE_FLUENT_FIRST_SCREEN, later].into_iter());
        Words::with_bundles(SOURCE, vec![bundle], true)
    }

    /// Whether every message is here: always for a translation (its one
    /// file has them all); for the source locale once the rest is loaded.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// A translation, read from the locale's Fluent text (its files joined),
    /// with the source locale behind it for any message it lacks.
    pub fn translated(locale: &'static LocaleInfo, fluent_text: &str) -> Self {
        if locale.is_source() {
            return Words::source();
        }
        let translation = bundle(locale.language_identifier(), std::iter::once(fluent_text));
        Words::with_bundles(locale, vec![translation, source_bundle()], true)
    }

    fn with_bundles(locale: &'static LocaleInfo, bundles: Vec<FluentBundle<FluentResource>>, complete: bool) -> Self {
        Words {
            locale,
            bundles: Rc::new(bundles),
            audience: "patient",
            complete,
            missing: Rc::default(),
            fallbacks: Rc::default(),
        }
    }

    /// The source locale's words, as in the English half of a draft notice.
    pub fn source_words(&self) -> Words {
        match self.bundles.len() {
            1 => self.clone(),
            _ => Words { audience: self.audience, ..Words::source() },
        }
    }

    /// The same words, spoken to another audience: every message receives
    /// `$audience` so that it can say "you" or "the person you're asking about".
    pub fn for_audience(&self, audience: Audience) -> Self {
        Words { audience: audience.code(), ..self.clone() }
    }

    pub fn locale(&self) -> &'static LocaleInfo {
        self.locale
    }


    /// A message with no variables but the audience.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    /// A message with variables.
    pub fn get_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.format(id, None, args)
    }

    /// An attribute of a message, e.g. a hint written as `.hint = ...`.
    pub fn attribute(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), &[])
    }

    /// An attribute that some messages have and others do not, such as an
    /// answer's hint: absent is not an error.
    pub fn optional_attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let present = self
            .bundles
            .iter()
            .any(|b| b.get_message(id).is_some_and(|m| m.get_attribute(attribute).is_some()));
        present.then(|| self.attribute(id, attribute))
    }

    /// Ids asked for that no locale had. Tests fail when this is not empty.
    pub fn missing(&self) -> Vec<String> {
        self.missing.borrow().clone()
    }

    /// Ids the translation lacked, shown from the source locale instead.
    /// Tests report these per locale.
    pub fn fallbacks(&self) -> Vec<String> {
        self.fallbacks.borrow().clone()
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("audience", self.audience);
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for (index, bundle) in self.bundles.iter().enumerate() {
            let Some(message) = bundle.get_message(id) else { continue };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    if index > 0 {
                        self.fallbacks.borrow_mut().push(key(id, attribute));
                    }
                    return text.into_owned();
                }
            }
        }
        self.missing.borrow_mut().push(key(id, attribute));
        String::new()
    }
}

fn key(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(name) => format!("{id}.{name}"),
        None => id.to_owned(),
    }
}

fn source_bundle() -> FluentBundle<FluentResource> {
    bundle(SOURCE.language_identifier(), std::iter::once(SOURCE_FLUENT_FIRST_SCREEN))
}

fn bundle<'a>(
    locale: unic_langid::LanguageIdentifier,
    texts: impl Iterator<Item = &'a str>,
) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale]);
    for text in texts {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first definition; the Fluent
        // linters in the test command report duplicates.
        let _ = bundle.add_resource(resource);
    }
    bundle
}
