//! What the app remembers in this session: the answers so far and the
//! language asked for. Session storage only, so everything is forgotten
//! when the browser closes.
//!
//! Written over `web_sys::Storage` rather than `gloo::storage`: gloo stores
//! every value as JSON (which would change what is saved under these keys)
//! and throws where the browser blocks storage, which the app must survive.

coded_enum! {
    /// What the app keeps in session storage: all of it, as the privacy
    /// page (`#/privacy`) lists it. Locale files: `privacy-stored-<code>`.
    messages = "privacy-stored-",
    pub enum Stored {
        /// The answers so far.
        Answers = "answers",
        /// The language a link or the language switcher asked for.
        Language = "language",
    }
}

impl Stored {
    /// Its key in session storage.
    pub const fn key(self) -> &'static str {
        match self {
            Stored::Answers => "imha-rights-checker/answers",
            Stored::Language => "imha-rights-checker/language",
        }
    }
}

const SAVED_ANSWERS_KEY: &str = Stored::Answers.key();
const SAVED_LANGUAGE_KEY: &str = Stored::Language.key();
/// Bumped when the saved format changes, so old saved answers are not
/// misread.
const SAVED_ANSWERS_VERSION: &str = "v1:";

/// The saved answers: `None` if there are none, `Some(Err)` if they cannot
/// be read (corrupt, or from an older version).
pub fn saved_answers() -> Option<Result<String, ()>> {
    let saved = session_storage()?.get_item(SAVED_ANSWERS_KEY).ok()??;
    Some(saved.strip_prefix(SAVED_ANSWERS_VERSION).map(str::to_owned).ok_or(()))
}

pub fn save_answers(query: &str) {
    let Some(storage) = session_storage() else { return };
    if query.is_empty() {
        let _ = storage.remove_item(SAVED_ANSWERS_KEY);
    } else {
        let _ = storage.set_item(SAVED_ANSWERS_KEY, &format!("{SAVED_ANSWERS_VERSION}{query}"));
    }
}

pub fn forget_answers() {
    save_answers("");
}

pub fn saved_language() -> Option<String> {
    session_storage()?.get_item(SAVED_LANGUAGE_KEY).ok()?
}

pub fn save_language(tag: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(SAVED_LANGUAGE_KEY, tag);
    }
}

/// Session storage, if the browser allows it (some block it in private
/// windows or embedded frames): the app then simply does not remember.
fn session_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}
