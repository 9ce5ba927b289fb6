//! The questionnaire: the answers, the flow of questions as data, and the
//! routes between pages. Pure Rust; the screens display what this decides.

mod answers;
mod flow;
mod route;

pub use answers::{Answer, Answers, Audience, Field, Setting, Unreadable, WhatHappened, YesNo, SECTION_ORDER};
pub use flow::{answered, following_question, is_reachable, next_step, previous_question, prune, question, Question, Step, QUESTIONS};
pub use route::Route;
