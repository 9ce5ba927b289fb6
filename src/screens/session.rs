//! The state of one visit: where the person is, their answers, and any
//! notice to show. Changes come as actions; navigation the state asks for
//! is carried out by the app's effects.

use crate::embed::{DeviceUse, Idle};
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
    /// "Finish and clear" on a shared device.
    AnswersCleared,
    /// A shared device left unused for too long.
    AnswersClearedAfterInactivity,
}

impl Notice {
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::SavedAnswersUnreadable => "notice-saved-answers-unreadable",
            Notice::LinkUnreadable => "notice-link-unreadable",
            Notice::LanguageNotAvailable => "language-not-available",
            Notice::LanguageLoadFailed => "language-load-failed",
            Notice::AnswersCleared => "notice-answers-cleared",
            Notice::AnswersClearedAfterInactivity => "notice-answers-cleared-after-inactivity",
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
    /// On a shared device, the answers stay out of the page's address, so
    /// that the browser's history does not keep them.
    pub device: DeviceUse,
    /// A shared device unused for a while: warn that the answers will soon
    /// be cleared.
    pub warned: bool,
}

pub enum Action {
    /// The location fragment changed (a link, back or forward).
    Arrive(Route),
    /// An answer to a question. When `changing` (from the check-answers
    /// page), the person goes back there unless the new answer raises a
    /// question; otherwise to the next question in order.
    Answer { answer: Answer, changing: bool },
    /// "Clear my answers", confirmed.
    Clear,
    /// "Finish and clear", on a shared device.
    Finish,
    /// How long a shared device has gone unused: used again (or "I'm
    /// still here"), long enough for a warning, or for clearing.
    Idle(Idle),
    /// The device turned out to be shared (the provider's configuration
    /// says so, once loaded).
    UseDevice(DeviceUse),
}

impl Session {
    pub fn new(route: Route, answers: Answers, notice: Option<Notice>, law: LawInForce, device: DeviceUse) -> Session {
        let session = Session { route: Route::Start, answers, notice, navigation: None, law, device, warned: false };
        session.arrive(route, notice)
    }

    /// The result of these answers: a link that carries them, except on a
    /// shared device, where `#/result` shows them from memory.
    pub fn result_route(&self) -> Route {
        match self.device {
            DeviceUse::Personal => Route::Result { query: self.answers.to_result_query() },
            DeviceUse::Shared => Route::Result { query: String::new() },
        }
    }

    /// Arriving at a result link takes its answers; one that cannot be read
    /// in full goes to the first question still to answer, with a notice.
    /// On a shared device, the link's history entry becomes `#/result`,
    /// which shows the answers so far (if they are enough for a result).
    fn arrive(mut self, route: Route, notice: Option<Notice>) -> Session {
        self.notice = notice;
        self.navigation = None;
        let route = match route {
            Route::Result { query } if !query.is_empty() => {
                let (answers, unreadable) = Answers::from_query(&query);
                self.answers = answers.clone();
                prune(&mut self.answers, &self.law);
                if !unreadable.0.is_empty() || answers.situation().is_none() {
                    self.notice = Some(Notice::LinkUnreadable);
                    let next = Route::from(next_step(&self.answers, &self.law));
                    return self.go_instead(next);
                }
                match self.device {
                    DeviceUse::Personal => Route::Result { query },
                    DeviceUse::Shared => return self.go_instead(Route::Result { query: String::new() }),
                }
            }
            route => route,
        };
        // A page reached before the questions before it are answered (say,
        // from a bookmark, or by Back after clearing) goes to the first
        // question still to answer.
        let reachable = match &route {
            Route::Question { field, .. } => is_reachable(*field, &self.answers, &self.law),
            Route::CheckAnswers => next_step(&self.answers, &self.law) == Step::CheckAnswers,
            Route::Result { .. } => self.answers.situation().is_some(),
            _ => true,
        };
        if !reachable {
            let next = Route::from(next_step(&self.answers, &self.law));
            return self.go_instead(next);
        }
        self.route = route;
        self
    }

    /// `route` in place of the page asked for, and of its history entry.
    fn go_instead(mut self, route: Route) -> Session {
        self.navigation = Some(Navigation::Replace(route.href()));
        self.route = route;
        self
    }

    /// No answers, and the start page, with `notice` saying why if the
    /// person did not ask.
    fn cleared(self, notice: Option<Notice>) -> Session {
        Session {
            route: Route::Start,
            answers: Answers::default(),
            notice,
            navigation: Some(Navigation::Push(Route::Start.href())),
            warned: false,
            ..self
        }
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let unchanged = match action {
            Action::UseDevice(device) => device == self.device,
            Action::Idle(Idle::Active) => !self.warned,
            Action::Idle(Idle::Warned) => self.warned,
            _ => false,
        };
        if unchanged {
            return self;
        }
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
            Action::Clear => session.cleared(None),
            Action::Finish => session.cleared(Some(Notice::AnswersCleared)),
            Action::Idle(Idle::TimedOut) => session.cleared(Some(Notice::AnswersClearedAfterInactivity)),
            Action::Idle(idle) => Session { warned: idle == Idle::Warned, ..session },
            Action::UseDevice(device) => {
                let (route, notice) = (session.route.clone(), session.notice);
                Session { device, ..session }.arrive(route, notice)
            }
        })
    }
}
