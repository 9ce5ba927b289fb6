//! The state of one visit: where the person is, their answers, and any
//! notice to show. Changes come as actions; navigation the state asks for
//! is carried out by the app's effects.

use crate::law::LawInForce;
use crate::questionnaire::{following_question, is_reachable, next_step, prune, Answer, Answers, Route, Step};
use std::rc::Rc;
use yew::Reducible;

/// A short message shown once above the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    SavedAnswersUnreadable,
    LinkUnreadable,
    LanguageNotAvailable,
    LanguageLoadFailed,
}

impl Notice {
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::SavedAnswersUnreadable => "notice-saved-answers-unreadable",
            Notice::LinkUnreadable => "notice-link-unreadable",
            Notice::LanguageNotAvailable => "language-not-available",
            Notice::LanguageLoadFailed => "language-load-failed",
        }
    }
}

/// A change of page the state asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// A new history entry, as after answering a question.
    Push(String),
    /// In place of the current entry, as when a link could not be read.
    Replace(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub route: Route,
    pub answers: Answers,
    pub notice: Option<Notice>,
    pub navigation: Option<Navigation>,
    /// The law on the day of the visit: it decides which questions matter.
    pub law: LawInForce,
}

pub enum Action {
    /// The location fragment changed (a link, back or forward).
    Arrive(Route),
    /// An answer to a question. When `changing` (from the check-answers
    /// page), the person goes back there unless the new answer raises a
    /// question; otherwise to the next question in order.
    Answer { answer: Answer, changing: bool },
    Clear,
}

impl Session {
    pub fn new(route: Route, answers: Answers, notice: Option<Notice>, law: LawInForce) -> Session {
        let session = Session { route: Route::Start, answers, notice, navigation: None, law };
        session.arrive(route, notice)
    }

    /// Arriving at a result link takes its answers; one that cannot be read
    /// in full goes to the first question still to answer, with a notice.
    fn arrive(mut self, route: Route, notice: Option<Notice>) -> Session {
        self.notice = notice;
        self.navigation = None;
        if let Route::Result { query } = &route {
            let (answers, unreadable) = Answers::from_query(query);
            let mut pruned = answers.clone();
            prune(&mut pruned, &self.law);
            if !unreadable.0.is_empty() || answers.situation().is_none() {
                self.answers = pruned;
                let next = Route::from(next_step(&self.answers, &self.law));
                self.navigation = Some(Navigation::Replace(next.href()));
                self.notice = Some(Notice::LinkUnreadable);
                self.route = next;
                return self;
            }
            self.answers = pruned;
        }
        // A question or check-answers page reached before the questions
        // before it are answered (say, from a bookmark) goes to the first
        // question still to answer.
        let reachable = match &route {
            Route::Question { field, .. } => is_reachable(*field, &self.answers, &self.law),
            Route::CheckAnswers => next_step(&self.answers, &self.law) == Step::CheckAnswers,
            _ => true,
        };
        if !reachable {
            let next = Route::from(next_step(&self.answers, &self.law));
            self.navigation = Some(Navigation::Replace(next.href()));
            self.route = next;
            return self;
        }
        self.route = route;
        self
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let session = (*self).clone();
        Rc::new(match action {
            Action::Arrive(route) if route == session.route => Session { navigation: None, ..session },
            Action::Arrive(route) => session.arrive(route, None),
            Action::Answer { answer, changing } => {
                let mut answers = session.answers;
                answers.set(answer);
                prune(&mut answers, &session.law);
                let next = if changing {
                    Route::from(next_step(&answers, &session.law))
                } else {
                    following_question(answer.field(), &answers, &session.law)
                        .map_or(Route::CheckAnswers, |question| Route::question(question.field))
                };
                Session { navigation: Some(Navigation::Push(next.href())), answers, ..session }
            }
            Action::Clear => Session {
                route: Route::Start,
                answers: Answers::default(),
                notice: None,
                navigation: Some(Navigation::Push(Route::Start.href())),
                law: session.law,
            },
        })
    }
}
