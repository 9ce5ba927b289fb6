//! What a shared device needs from the page while it holds answers:
//! whether it is still being used, so that they are cleared after a while
//! without use (the rule is `embed::Idle`), and no page from the
//! back-forward cache still showing answers cleared since.
//!
//! The listening is in JavaScript, `guard_shared_device` in
//! `src/browser/browser.js` (the same through `web_sys`, gloo's timers and
//! a focus effect cost the first screen about 2 KB over brotli): it calls
//! `look` with how long the page has gone unused now, at each use, when
//! the page is shown again, and when `look` last asked (`look` returns the
//! wait in milliseconds, or -1 for no more); it reloads the page when the
//! browser shows it from its back-forward cache; and it moves focus to the
//! warning's button when the warning appears, and back when it goes (unless
//! the person has moved it). A click or tap, a key, typing or a scroll is
//! use; a touch or a press alone is not, or the warning would go as a
//! finger touched its button, and the tap land on what was beneath it.
//! Time is read from the page's clock, not counted by timers, so that a
//! tablet that slept, or a tab the browser slowed in the background, is
//! judged by how long it really went unused.

use crate::embed::Idle;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser/browser.js")]
extern "C" {
    /// Calls `look` with how long the page has gone unused, until the
    /// function returned is called.
    #[wasm_bindgen(js_name = guard_shared_device)]
    fn guard(root: &web_sys::Node, look: &Closure<dyn FnMut(f64) -> f64>) -> js_sys::Function;
}

/// Watches the page until dropped.
pub struct SharedDeviceGuard {
    stop: js_sys::Function,
    _look: Closure<dyn FnMut(f64) -> f64>,
}

/// From now on: calls `on_change` when the page has gone unused long
/// enough for a warning, then for clearing, and when it is used again; and
/// loads the page afresh, from what session storage holds now, when the
/// browser shows it again from its back-forward cache (Back to it after a
/// change of language, say).
pub fn guard_shared_device(on_change: impl Fn(Idle) + 'static) -> SharedDeviceGuard {
    let mut idle = Idle::Active;
    let look = Closure::new(move |unused_for: f64| {
        let now = Idle::after(unused_for);
        if now != idle {
            idle = now;
            on_change(now);
        }
        Idle::next_change_in(unused_for).unwrap_or(-1.0)
    });
    SharedDeviceGuard { stop: guard(&super::mount::root_node(), &look), _look: look }
}

impl Drop for SharedDeviceGuard {
    fn drop(&mut self) {
        let _ = self.stop.call0(&JsValue::NULL);
    }
}
