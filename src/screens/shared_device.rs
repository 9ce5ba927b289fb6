//! What a shared device does beyond the session: answers cleared after a
//! while without use, with a warning first, and no page from the browser's
//! back-forward cache that still shows answers cleared since.

use crate::browser::{self, IdleWatch};
use crate::embed::Idle;
use yew::prelude::*;

/// While `watching` (a shared device with answers to clear), whether to
/// warn that the answers will soon be cleared, and the callback for "I'm
/// still here"; `on_time_out` once the device has gone unused too long.
#[hook]
pub fn use_idle_warning(watching: bool, on_time_out: Callback<()>) -> (bool, Callback<()>) {
    let warned = use_state_eq(|| false);
    let watch = use_mut_ref(|| None::<IdleWatch>);
    {
        let (warned, watch) = (warned.clone(), watch.clone());
        use_effect_with(watching, move |watching| {
            if *watching {
                let warned = warned.clone();
                *watch.borrow_mut() = Some(browser::watch_idle(move |idle| {
                    warned.set(idle == Idle::Warned);
                    if idle == Idle::TimedOut {
                        on_time_out.emit(());
                    }
                }));
            }
            move || {
                drop(watch.borrow_mut().take());
                warned.set(false);
            }
        });
    }
    let still_here = Callback::from(move |()| {
        if let Some(watch) = watch.borrow().as_ref() {
            watch.used();
        }
    });
    (watching && *warned, still_here)
}

/// On a shared device, a page the browser shows again from its
/// back-forward cache (Back to it after a change of language, say) is
/// loaded afresh, so that it shows only what session storage holds now:
/// nothing, once the answers have been cleared.
#[hook]
pub fn use_fresh_page_when_restored(shared: bool) {
    use_effect_with(shared, |shared| {
        let listener = shared.then(|| browser::on_page_restored(browser::reload));
        move || drop(listener)
    });
}
