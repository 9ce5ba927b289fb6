//! Whether the page is still being used: on a shared device the answers
//! are cleared after a while without use (see `embed::Idle`). A touch, a
//! click, a key or a scroll is use. Time is read from the page's clock, not
//! counted by timers, so that a tablet that slept, or a tab the browser
//! slowed in the background, is judged by how long it really went unused.

use crate::embed::Idle;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// The events that count as use. `click` too: a screen reader's
/// activation may come without a pointer or key event.
const USE: [&str; 6] = ["pointerdown", "touchstart", "keydown", "click", "input", "scroll"];

/// Watches for use until dropped, telling each change of [`Idle`].
pub struct IdleWatch {
    state: Rc<State>,
    _listeners: Vec<EventListener>,
}

struct State {
    last_use: Cell<f64>,
    idle: Cell<Idle>,
    /// Due at the next change: the next warning or clearing.
    next_check: RefCell<Option<Timeout>>,
    on_change: Box<dyn Fn(Idle)>,
}

/// From now on, calls `on_change` when the page has gone unused long
/// enough for a warning, then for clearing, and when it is used again.
pub fn watch_idle(on_change: impl Fn(Idle) + 'static) -> IdleWatch {
    let state = Rc::new(State {
        last_use: Cell::new(js_sys::Date::now()),
        idle: Cell::new(Idle::Active),
        next_check: RefCell::default(),
        on_change: Box::new(on_change),
    });
    let on = |target: &web_sys::EventTarget, event: &'static str, act: fn(&Rc<State>)| {
        let state = Rc::downgrade(&state);
        EventListener::new_with_options(target, event, EventListenerOptions::run_in_capture_phase(), move |_| {
            if let Some(state) = state.upgrade() {
                act(&state);
            }
        })
    };
    let window = gloo::utils::window();
    let mut listeners: Vec<EventListener> = USE.iter().map(|event| on(&window, event, State::used)).collect();
    // A page shown again, such as a tablet woken up, is judged at once.
    listeners.push(on(&gloo::utils::document(), "visibilitychange", State::check));
    state.check();
    IdleWatch { state, _listeners: listeners }
}

impl IdleWatch {
    /// The person said they are still here.
    pub fn used(&self) {
        self.state.used();
    }
}

impl State {
    fn used(self: &Rc<Self>) {
        self.last_use.set(js_sys::Date::now());
        if self.idle.get() != Idle::Active {
            self.check();
        }
    }

    fn check(self: &Rc<Self>) {
        let unused_for = js_sys::Date::now() - self.last_use.get();
        let idle = Idle::after(unused_for);
        if self.idle.replace(idle) != idle {
            (self.on_change)(idle);
        }
        let state: Weak<State> = Rc::downgrade(self);
        let next = Idle::next_change_in(unused_for).map(|wait| {
            Timeout::new(wait.ceil() as u32, move || {
                if let Some(state) = state.upgrade() {
                    state.check();
                }
            })
        });
        self.next_check.replace(next);
    }
}
