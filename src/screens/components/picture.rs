//! Easy Read's pictures: one beside each idea, as Mencap's and NHS
//! England's Easy Read guidance expect. Which picture goes with which idea
//! is data, here only: `Picture` names the files of `assets/easyread/`
//! (OpenMoji, CC BY-SA 4.0; `assets/easyread/sources.json` says which), and
//! `for_message` gives the picture for a message id. A picture supports the
//! words beside it (its alt text is empty), and is shown, so downloaded,
//! only in Easy Read.

use crate::words::{LocaleInfo, Words};
use yew::prelude::*;

/// The locale whose pages have pictures.
pub const EASY_READ: &str = "en-GB-x-easyread";

/// Where the pictures are among the app's files (Trunk copies the folder).
pub const FOLDER: &str = "assets/easyread";

/// The folder of the app's files, ending in `/`, as the start-up script
/// says (on a trust's page, not where the page is); set once at start-up,
/// before the first render, so that rendering needs no browser API.
static ASSETS: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Records where the app's files are (see [`ASSETS`]).
pub fn set_assets(base: String) {
    let _ = ASSETS.set(base);
}

/// Whether pages in this locale show pictures.
pub fn shows_pictures(locale: &LocaleInfo) -> bool {
    locale.tag == EASY_READ
}

macro_rules! pictures {
    ($($variant:ident => $file:literal,)*) => {
        /// A picture of `assets/easyread/`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Picture { $($variant,)* }

        impl Picture {
            pub const ALL: &'static [Picture] = &[$(Picture::$variant,)*];

            /// Its file's name in `assets/easyread/`, without `.svg`.
            pub fn file(self) -> &'static str {
                match self { $(Picture::$variant => $file,)* }
            }
        }
    };
}

pictures! {
    Advocate => "advocate",
    Ask => "ask",
    Bed => "bed",
    Calendar => "calendar",
    Check => "check",
    Child => "child",
    Clock => "clock",
    Council => "council",
    Court => "court",
    Door => "door",
    Ect => "ect",
    Email => "email",
    England => "england",
    Family => "family",
    Free => "free",
    HealthWorker => "health-worker",
    Help => "help",
    Home => "home",
    Hospital => "hospital",
    Idea => "idea",
    Information => "information",
    KeptIn => "kept-in",
    Language => "language",
    Law => "law",
    Medicine => "medicine",
    MobilePhone => "mobile-phone",
    No => "no",
    Papers => "papers",
    Person => "person",
    Phone => "phone",
    Police => "police",
    Print => "print",
    Question => "question",
    Rights => "rights",
    Talk => "talk",
    Wales => "wales",
    Website => "website",
    Write => "write",
    Yes => "yes",
}

impl Picture {
    /// Where its file is.
    pub fn address(self) -> String {
        format!("{}{FOLDER}/{}.svg", ASSETS.get().map_or("./", String::as_str), self.file())
    }
}

use Picture::*;

/// Messages with a picture of their own.
const MESSAGES: &[(&str, Picture)] = &[
    // The start page.
    ("start-heading", Advocate),
    ("start-intro", Person),
    ("start-free", Free),
    ("start-time", Clock),
    ("staff-link", HealthWorker),
    // The questions, and their answers.
    ("question-audience-heading", Person),
    ("option-audience-patient", Person),
    ("option-audience-carer", Family),
    ("option-audience-staff", HealthWorker),
    ("question-jurisdiction-heading", Hospital),
    ("option-jurisdiction-england", England),
    ("option-jurisdiction-wales", Wales),
    ("question-setting-heading", Question),
    ("option-setting-detained", KeptIn),
    ("option-setting-detained-on-leave", Door),
    ("option-setting-cto", Home),
    ("option-setting-cto-recalled", Hospital),
    ("option-setting-guardianship", Council),
    ("option-setting-conditional-discharge", Court),
    ("option-setting-informal-inpatient", Bed),
    ("option-setting-none", Home),
    ("question-section-heading", Papers),
    ("option-section-section-2", Hospital),
    ("option-section-section-3", Hospital),
    ("option-section-section-4", Hospital),
    ("option-section-section-5-2", HealthWorker),
    ("option-section-section-5-4", HealthWorker),
    ("option-section-section-47", KeptIn),
    ("option-section-section-47-49", KeptIn),
    ("option-section-section-48", KeptIn),
    ("option-section-section-48-49", KeptIn),
    ("question-what-happened-heading", Question),
    ("question-what-happened-papers-heading", Papers),
    ("question-what-happened-papers", Papers),
    ("option-what-happened-nurse-stopped-leaving", HealthWorker),
    ("option-what-happened-doctor-stopped-leaving", HealthWorker),
    ("option-what-happened-kept-more-than-3-days", Calendar),
    ("option-what-happened-moved-from-prison", KeptIn),
    ("option-what-happened-rules-outside-hospital", Home),
    ("option-what-happened-guardian", Council),
    ("option-what-happened-free-to-leave", Door),
    ("option-what-happened-not-in-hospital", Home),
    ("question-on-leave-heading", Door),
    ("question-treatment-discussed-heading", Medicine),
    ("option-treatment-discussed-section-57", Medicine),
    ("option-treatment-discussed-section-58a", Ect),
    ("option-treatment-discussed-none", No),
    ("question-under-18-heading", Child),
    ("check-heading", Check),
    ("check-intro", Write),
    // The result.
    ("result-heading-yes", Yes),
    ("result-heading-no", No),
    ("result-heading-unsure", Question),
    ("result-ask-heading", Ask),
    ("ask-which-country", Hospital),
    ("ask-which-section", Papers),
    ("ask-is-under-18", Child),
    ("ask-which-treatment", Medicine),
    ("instead-other-advocacy", Help),
    ("instead-ask-again", Talk),
    ("instead-imca", Help),
    ("instead-complaints", Write),
    ("do-now-place-of-safety", Clock),
    ("do-now-holding-power", Clock),
    ("do-now-interpreter", Language),
    ("contact-default", HealthWorker),
    ("contact-community", HealthWorker),
    ("contact-self-referral", Phone),
    ("provider-intro", Phone),
    ("provider-unavailable", Information),
    ("reason-liable-to-be-detained", KeptIn),
    ("reason-community-patient", Home),
    ("reason-guardianship", Council),
    ("reason-conditionally-discharged", Court),
    ("reason-not-under-the-act", Home),
    ("reason-depends-on-answers-not-known", Question),
    ("note-leave-does-not-end-eligibility", Door),
    ("note-recall-does-not-end-cto", Hospital),
    ("note-ask-again-if-detained-longer", Calendar),
    ("note-advocate-will-visit", Advocate),
    ("result-not-legal-advice", Information),
    ("change-answers", Write),
    ("rights-intro", Rights),
    ("advocate-intro", Advocate),
    ("advocate-speak-for-you", Advocate),
    ("advocate-complain", Write),
    ("advocate-meet-in-private", Talk),
    ("advocate-see-records", Papers),
    ("advocate-not-a-lawyer", Law),
    ("advocate-no-decisions", Information),
    ("advocate-can-say-no", No),
    ("advocate-not-imca", Help),
    ("nearest-relative-intro", Family),
    ("duty-intro", Check),
    ("change-intro", Calendar),
    // The request for an advocate.
    ("request-heading", Advocate),
    ("request-intro", Write),
    ("request-name-label", Person),
    ("request-place-label", Hospital),
    ("request-contact-label", Phone),
    ("request-language-label", Language),
    ("request-other-language-label", Language),
    ("request-interpreter-legend", Language),
    ("request-yes", Yes),
    ("request-no", No),
    ("request-not-saved", KeptIn),
    ("request-no-provider", HealthWorker),
    ("request-or-call", Phone),
    // The staff page.
    ("staff-heading", HealthWorker),
    ("staff-intro", HealthWorker),
    ("staff-who", Person),
    ("staff-when-detention", KeptIn),
    ("staff-when-change", Papers),
    ("staff-when-ward-rounds", HealthWorker),
    ("staff-when-tribunal", Court),
    ("staff-when-medication", Medicine),
    ("staff-how", Talk),
    ("staff-nearest-relative", Family),
    ("staff-nominated-person", Family),
    ("staff-referral", Phone),
    ("staff-cqc", Check),
    // A shared device.
    ("idle-warning", Clock),
    ("finish-hint", KeptIn),
    // The page not found.
    ("not-found-body", Question),
    ("fallback-advice", HealthWorker),
    ("staff-patient-link", Person),
    ("poster-link", Print),
    ("sources-link", Papers),
    // The staff page's embed helper.
    ("embed-intro", Website),
    ("embed-no-providers", Information),
    ("embed-how-script", Website),
    ("embed-how-iframe", Website),
    ("embed-copied", Yes),
    ("embed-copy-failed", No),
    // The accessibility statement.
    ("accessibility-scope", Information),
    ("statement-run-by-no-trust", Hospital),
    ("statement-contact-ask", HealthWorker),
    ("accessibility-able-intro", Help),
    ("accessibility-able-keyboard", Write),
    ("accessibility-able-read-aloud", Talk),
    ("accessibility-able-print", Print),
    ("accessibility-how-intro", Information),
    ("accessibility-issue-draft-translations", Language),
    ("accessibility-issue-one-language", Language),
    ("accessibility-issue-easy-read-pictures", Idea),
    ("accessibility-issue-read-aloud", Talk),
    ("accessibility-issue-bsl", No),
    ("accessibility-issue-no-manual-checks", Check),
    ("accessibility-feedback", Ask),
    ("accessibility-reporting", Write),
    ("accessibility-enforcement", Law),
    ("accessibility-enforcement-northern-ireland", Law),
    ("accessibility-compliance", Check),
    ("accessibility-non-compliance-language-of-parts", Language),
    ("accessibility-improving-intro", Idea),
    ("accessibility-improving-translations", Language),
    ("accessibility-improving-manual-checks", Check),
    ("accessibility-improving-language-of-parts", Language),
    ("accessibility-improving-bsl", Talk),
    // The privacy page.
    ("privacy-intro", KeptIn),
    ("privacy-stored-intro", MobilePhone),
    ("privacy-stored-nothing-else", No),
    ("privacy-how-long", Clock),
    ("privacy-history", Papers),
    ("privacy-shared-device", Clock),
    ("privacy-sent", No),
    ("privacy-files", Information),
    ("privacy-request", Phone),
    ("privacy-read-aloud", Talk),
    ("privacy-embedded", Information),
    ("privacy-contact", Email),
    ("privacy-ico", Law),
];

/// Families of messages, by a part of their id, for those without a
/// picture of their own; the first that fits wins.
const FAMILIES: &[(&str, Picture)] = &[
    ("notice", Information),
    ("language-", Language),
    ("-unknown", Question),
    ("-still-not-sure", Question),
    ("-true", Yes),
    ("-false", No),
    ("police", Police),
    ("court", Court),
    ("option-section-", Court),
    ("tribunal", Court),
    ("referral", Court),
    ("-length", Calendar),
    ("nearest-relative", Family),
    ("nominated-person", Family),
    ("ect", Ect),
    ("treatment", Medicine),
    ("medication", Medicine),
    ("reason-", Law),
    ("note-", Idea),
    ("right-", Rights),
    ("advocate-", Advocate),
    ("duty-", Check),
    ("change-", Calendar),
];

/// The picture for a message, if it has one.
pub fn for_message(id: &str) -> Option<Picture> {
    let own = MESSAGES.iter().find(|(key, _)| *key == id);
    own.or_else(|| FAMILIES.iter().find(|(part, _)| id.contains(part))).map(|(_, picture)| *picture)
}

/// The message `id`'s words, with its picture in Easy Read.
pub fn said(words: &Words, id: &str) -> Html {
    pictured(words, id, html! { words.get(id) })
}

/// The words of the message `idea`, with its picture before them in Easy
/// Read (in the reading direction: on the right in a right-to-left page);
/// only the words in every other locale.
pub fn pictured(words: &Words, idea: &str, text: Html) -> Html {
    match for_message(idea).filter(|_| shows_pictures(words.locale())) {
        Some(picture) => html! {
            <span class="idea">
                <img class="idea__picture" src={picture.address()} alt="" width="40" height="40" />
                <span class="idea__text">{ text }</span>
            </span>
        },
        None => text,
    }
}
