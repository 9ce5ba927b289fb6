//! The words: every sentence a person reads comes from the Fluent files in
//! `locales/`, looked up here. Screens ask for messages by id; nothing in
//! Rust builds an English sentence.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// The source locale, compiled into the app so that a message missing from
/// another locale can always fall back to it.
pub const SOURCE_LOCALE: &str = "en-GB";

/// The source locale's files, in the order they are added to the bundle.
pub const SOURCE_FILES: &[(&str, &str)] = &[
    ("app.ftl", include_str!("../../locales/en-GB/app.ftl")),
    ("questions.ftl", include_str!("../../locales/en-GB/questions.ftl")),
    ("result.ftl", include_str!("../../locales/en-GB/result.ftl")),
    ("rights.ftl", include_str!("../../locales/en-GB/rights.ftl")),
    ("advocacy.ftl", include_str!("../../locales/en-GB/advocacy.ftl")),
    ("trust.ftl", include_str!("../../locales/en-GB/trust.ftl")),
];

/// Messages for one locale, with the source locale behind it. Cheap to
/// clone: the bundles are shared.
#[derive(Clone)]
pub struct Words {
    locale: LanguageIdentifier,
    bundles: Rc<Vec<FluentBundle<FluentResource>>>,
    audience: &'static str,
    missing: Rc<RefCell<Vec<String>>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale && self.audience == other.audience
    }
}

impl Words {
    /// The source locale on its own.
    pub fn source() -> Self {
        Words {
            locale: source_locale(),
            bundles: Rc::new(vec![bundle(source_locale(), SOURCE_FILES.iter().map(|(_, text)| *text))]),
            audience: "patient",
            missing: Rc::default(),
        }
    }

    /// The same words, spoken to another audience: every message receives
    /// `$audience` so that it can say "you" or "the person you're asking about".
    pub fn for_audience(&self, audience: &'static str) -> Self {
        Words { audience, ..self.clone() }
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    pub fn audience(&self) -> &'static str {
        self.audience
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

    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Ids asked for that no locale had. Tests fail when this is not empty.
    pub fn missing(&self) -> Vec<String> {
        self.missing.borrow().clone()
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("audience", self.audience);
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in self.bundles.iter() {
            let Some(message) = bundle.get_message(id) else { continue };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        let key = match attribute {
            Some(name) => format!("{id}.{name}"),
            None => id.to_owned(),
        };
        self.missing.borrow_mut().push(key);
        String::new()
    }
}

fn source_locale() -> LanguageIdentifier {
    SOURCE_LOCALE.parse().expect("the source locale tag is valid")
}

fn bundle<'a>(
    locale: LanguageIdentifier,
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
