//! Each step has its own URL fragment, so the browser's back and forward
//! buttons work and a result can be opened from a link. The staff, poster,
//! sources, review, accessibility and privacy pages have theirs too.

use super::answers::Field;
use super::flow::Step;
use crate::words::LocaleInfo;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    /// `#/question/<slug>`; `?change` when reached from check-answers, so
    /// that answering returns there.
    Question { field: Field, changing: bool },
    CheckAnswers,
    /// `#/result?<answers>`: the answers travel in the link; `#/result`
    /// alone shows the answers so far (on a shared device, always).
    Result { query: String },
    /// `#/request`: a message asking the IMHA service for an advocate,
    /// from the answers of this visit.
    Request,
    /// `#/staff`: what ward staff must do to tell patients about IMHAs.
    Staff,
    /// `#/poster`: make a ward poster with a QR code.
    Poster,
    /// `#/sources`: where the information comes from, for reviewers.
    Sources,
    /// `#/accessibility`: the accessibility statement.
    Accessibility,
    /// `#/privacy`: what the service keeps, for how long, and what it sends.
    Privacy,
    /// `#/review?lang=<tag>`: every message of a translation beside its
    /// English, for a translator to review; without a known `lang`, the
    /// translations to choose from.
    Review { locale: Option<&'static LocaleInfo> },
    NotFound,
}

impl Route {
    /// The page of the question about `field`, reached in order.
    pub fn question(field: Field) -> Route {
        Route::Question { field, changing: false }
    }

    /// Reads a location fragment such as `#/question/country`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        match path.trim_end_matches('/').split('/').collect::<Vec<_>>().as_slice() {
            [] | [""] => Route::Start,
            ["", "question", slug] => match Field::from_slug(slug) {
                Some(field) => Route::Question { field, changing: query.split('&').any(|pair| pair == "change") },
                None => Route::NotFound,
            },
            ["", "check-answers"] => Route::CheckAnswers,
            ["", "result"] => Route::Result { query: query.to_owned() },
            ["", "request"] => Route::Request,
            ["", "staff"] => Route::Staff,
            ["", "poster"] => Route::Poster,
            ["", "sources"] => Route::Sources,
            ["", "accessibility"] => Route::Accessibility,
            ["", "privacy"] => Route::Privacy,
            ["", "review"] => Route::Review {
                locale: query.split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(LocaleInfo::find_or_base),
            },
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_owned(),
            Route::Question { field, changing: false } => format!("#/question/{}", field.slug()),
            Route::Question { field, changing: true } => format!("#/question/{}?change", field.slug()),
            Route::CheckAnswers => "#/check-answers".to_owned(),
            Route::Result { query } if query.is_empty() => "#/result".to_owned(),
            Route::Result { query } => format!("#/result?{query}"),
            Route::Request => "#/request".to_owned(),
            Route::Staff => "#/staff".to_owned(),
            Route::Poster => "#/poster".to_owned(),
            Route::Sources => "#/sources".to_owned(),
            Route::Accessibility => "#/accessibility".to_owned(),
            Route::Privacy => "#/privacy".to_owned(),
            Route::Review { locale: None } => "#/review".to_owned(),
            Route::Review { locale: Some(locale) } => format!("#/review?lang={}", locale.tag),
        }
    }
}

impl From<Step> for Route {
    fn from(step: Step) -> Route {
        match step {
            Step::Question(field) => Route::question(field),
            Step::CheckAnswers => Route::CheckAnswers,
        }
    }
}
