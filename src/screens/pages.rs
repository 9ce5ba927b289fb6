//! The app's two page sets, each its own Wasm bundle on its own HTML page:
//! the patients' and carers' pages (`index.html`), and the staff,
//! translators' and reviewers' pages with the statements (`staff.html`),
//! which a ward phone never needs. `App` is generic over the set, so each
//! binary references only its own pages and the linker drops the others.

use super::accessibility::AccessibilityPage;
use super::check_answers::CheckAnswersPage;
use super::not_found::NotFoundPage;
use super::poster::PosterPage;
use super::privacy::PrivacyPage;
use super::question::QuestionPage;
use super::request::RequestPage;
use super::result::ResultPage;
use super::review::ReviewPage;
use super::session::{Action, Session};
use super::sources::SourcesPage;
use super::staff::StaffPage;
use super::start::StartPage;
use crate::embed::Loaded;
use crate::questionnaire::Route;
use yew::prelude::*;

/// Which page of the app, and so which bundle, shows a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    Patients,
    Staff,
}

impl Bundle {
    pub fn of(route: &Route) -> Bundle {
        match route {
            Route::Staff
            | Route::Poster
            | Route::Sources
            | Route::Review { .. }
            | Route::Accessibility
            | Route::Privacy => Bundle::Staff,
            Route::Start
            | Route::Question { .. }
            | Route::CheckAnswers
            | Route::Result { .. }
            | Route::Request
            | Route::NotFound => Bundle::Patients,
        }
    }

    /// The HTML page that loads this bundle, in the app's folder.
    pub fn page_file(self) -> &'static str {
        match self {
            Bundle::Patients => "index.html",
            Bundle::Staff => "staff.html",
        }
    }
}

/// What a page may be drawn from.
pub struct PageInputs<'a> {
    pub session: &'a Session,
    pub dispatch: &'a Callback<Action>,
    pub loaded: &'a Loaded,
}

/// One bundle's pages.
pub trait Pages: 'static {
    const BUNDLE: Bundle;

    /// Whether start-up waits for all of the locale's words before drawing
    /// (in English too, where the first screens' are compiled in): pages
    /// that all need the rest are then never drawn "Loading…" first.
    const WAITS_FOR_ALL_WORDS: bool;

    /// The page for `route`, one of this bundle's (`Bundle::of`); `App`
    /// opens the other page for the rest, so they are "page not found" here.
    fn page(route: &Route, inputs: PageInputs) -> Html;
}

/// The pages of `index.html`: the questions, the result, the request.
pub struct PatientPages;

impl Pages for PatientPages {
    const BUNDLE: Bundle = Bundle::Patients;
    const WAITS_FOR_ALL_WORDS: bool = false;

    fn page(route: &Route, inputs: PageInputs) -> Html {
        let PageInputs { session, dispatch, loaded } = inputs;
        let answers = &session.answers;
        match route {
            Route::Start => html! { <StartPage /> },
            Route::Question { field, changing } => html! {
                <QuestionPage field={*field} changing={*changing} answers={answers.clone()} dispatch={dispatch.clone()} />
            },
            Route::CheckAnswers => html! { <CheckAnswersPage answers={answers.clone()} result={session.result_route()} /> },
            Route::Result { .. } => html! { <ResultPage answers={answers.clone()} contact={loaded.contact.clone()} /> },
            Route::Request => html! {
                <RequestPage answers={answers.clone()} contact={loaded.contact.clone()} result={session.result_route()} />
            },
            _ => html! { <NotFoundPage /> },
        }
    }
}

/// The pages of `staff.html`: the staff page and its embed helper, the
/// poster, the translators' and reviewers' pages, and the statements.
pub struct StaffPages;

impl Pages for StaffPages {
    const BUNDLE: Bundle = Bundle::Staff;
    const WAITS_FOR_ALL_WORDS: bool = true;

    fn page(route: &Route, inputs: PageInputs) -> Html {
        let config = inputs.loaded.config.clone();
        let trust = config.as_ref().and_then(|config| config.trust.clone());
        match route {
            Route::Staff => html! { <StaffPage config={config} /> },
            Route::Poster => html! { <PosterPage config={config} /> },
            Route::Sources => html! { <SourcesPage /> },
            Route::Accessibility => html! { <AccessibilityPage trust={trust} /> },
            Route::Privacy => html! { <PrivacyPage trust={trust} /> },
            Route::Review { locale } => html! { <ReviewPage locale={*locale} /> },
            _ => html! { <NotFoundPage /> },
        }
    }
}
