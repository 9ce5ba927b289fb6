//! The languages the app has, from each `locales/<tag>/locale.json` (read
//! by build.rs), and how one is chosen for a visit.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// Whether a qualified translator has checked a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// The source language, en-GB.
    Source,
    /// Not yet checked: the app says so, in that language and in English.
    Draft,
    /// Checked by a qualified translator (`locale.json` records when, in
    /// `reviewed_on`, for the record; the app needs only the fact).
    Reviewed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// The BCP 47 tag, also the folder name under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub english_name: &'static str,
    pub right_to_left: bool,
    pub review: Review,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The source locale: compiled into the app, so that every message can
/// fall back to it.
pub const SOURCE: &LocaleInfo = &LOCALES[0];

impl LocaleInfo {
    pub fn find(tag: &str) -> Option<&'static LocaleInfo> {
        LOCALES.iter().find(|locale| locale.tag.eq_ignore_ascii_case(tag))
    }

    /// The locale with this tag, or else one in the same language (`cy-GB`
    /// gives `cy`, `pt` gives `pt-PT`), as a link or a saved choice may
    /// name a language more or less exactly than the app does. A
    /// private-use style such as Easy Read is only found by its own tag.
    pub fn find_or_base(tag: &str) -> Option<&'static LocaleInfo> {
        LocaleInfo::find(tag).or_else(|| {
            let language = tag.parse::<LanguageIdentifier>().ok()?.language;
            LOCALES.iter().find(|locale| !locale.is_private_use() && locale.language_identifier().language == language)
        })
    }

    pub fn is_source(&self) -> bool {
        self.review == Review::Source
    }

    /// A private-use tag (such as `en-GB-x-easyread` for Easy Read) is a
    /// style of a language, chosen on purpose, never negotiated from the
    /// browser's languages.
    pub fn is_private_use(&self) -> bool {
        self.tag.contains("-x-")
    }

    /// The identifier Fluent uses for plural rules and number formatting:
    /// the tag without its private-use part.
    pub fn language_identifier(&self) -> LanguageIdentifier {
        let public = self.tag.split("-x-").next().unwrap_or(self.tag);
        public.parse().unwrap_or_default()
    }

    /// Whether this locale is the source language in another style (Easy
    /// Read is English): it has no other English page to point to.
    pub fn is_source_language(&self) -> bool {
        self.language_identifier().language == SOURCE.language_identifier().language
    }

    pub fn direction(&self) -> &'static str {
        if self.right_to_left {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The language for a visit: a `?lang=` parameter (so a poster's QR code
/// can open the right language), then the choice saved earlier in this
/// session, then the browser's languages, then en-GB. The second value is
/// true when `?lang=` asked for a language the app does not have.
pub fn choose(
    requested: Option<&str>,
    saved: Option<&str>,
    browser_languages: &[String],
) -> (&'static LocaleInfo, bool) {
    let requested_missing = requested.is_some_and(|tag| LocaleInfo::find_or_base(tag).is_none());
    if let Some(locale) = requested.and_then(LocaleInfo::find_or_base) {
        return (locale, false);
    }
    if let Some(locale) = saved.and_then(LocaleInfo::find_or_base) {
        return (locale, requested_missing);
    }
    (negotiate(browser_languages), requested_missing)
}

fn negotiate(browser_languages: &[String]) -> &'static LocaleInfo {
    let requested: Vec<LanguageIdentifier> =
        browser_languages.iter().filter_map(|tag| tag.parse().ok()).collect();
    let candidates: Vec<&LocaleInfo> = LOCALES.iter().filter(|l| !l.is_private_use()).collect();
    let available: Vec<LanguageIdentifier> =
        candidates.iter().map(|locale| locale.language_identifier()).collect();
    let default = SOURCE.language_identifier();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| available.iter().position(|a| a == *id))
        .map_or(SOURCE, |index| candidates[index])
}
