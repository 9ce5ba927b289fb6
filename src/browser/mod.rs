//! The only module that touches the page through `web_sys`: start-up, the
//! location fragment, session storage, the title, focus, downloads and the
//! embedding in a trust's page. Screens call these from effects and event
//! handlers, never while rendering, so that they can also be rendered on a
//! server.
//!
//! - [`mount`]: where the app is drawn (its own page, or a shadow root on a
//!   trust's element), and what follows from it: language, title, brand
//!   colour, focus, scrolling.
//! - [`storage`]: what the app remembers for the session.
//! - [`assets`]: where the app's files are (the start-up script's settings)
//!   and downloading them, such as a locale's words.
//! - [`clipboard`]: copying text, such as the embed helper's snippet.
//! - [`frame_height`]: the height an app inside an iframe tells its parent.
//! - [`shared_device`]: whether a shared device is still used, and no stale
//!   page from the back-forward cache.
//! - [`speech`]: reading a page aloud with the browser's speech synthesis.
//! - `start` (WebAssembly only): the start-up, from the page to `App`.

mod assets;
mod clipboard;
mod frame_height;
mod mount;
mod shared_device;
#[cfg(target_arch = "wasm32")]
mod speech;
#[cfg(target_arch = "wasm32")]
mod start;
mod storage;

use gloo::events::EventListener;

pub use assets::{app_address, asset_url, fetch_text, load_words, LoadError};
pub use clipboard::copy_text;
pub use frame_height::HEIGHT_MESSAGE;
pub use mount::{focus, focus_new_page, is_embedded, scroll_to_top, set_brand_colour, set_language, set_title};
#[cfg(target_arch = "wasm32")]
pub use start::start;
pub use shared_device::guard_shared_device;
pub use storage::{forget_answers, save_answers, save_language, saved_answers, saved_language, Stored};

pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Goes to `href` (a `#/...` fragment), adding a history entry.
pub fn go(href: &str) {
    let _ = gloo::utils::window().location().set_hash(href);
}

/// Goes to `href` in place of the current history entry.
pub fn replace(href: &str) {
    let _ = gloo::utils::window().location().replace(href);
}

/// Opens the app's other page, `file` in the app's folder, at this address's
/// query and fragment, in place of the current history entry (so that Back
/// still returns to the page before). Embedded on a trust's page, this
/// leaves that page for the app's own.
pub fn open_other_page(file: &str) {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{}{search}{fragment}", asset_url(file)));
}

pub fn on_fragment_change(mut callback: impl FnMut(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| callback(fragment()))
}

/// The page's query parameters (the part of the address before `#`), as
/// name and value pairs.
pub fn page_parameters() -> Vec<(String, String)> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect()
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Today on the device's clock, for the law in force. A clock that cannot
/// be read gives the day the rules were last checked, never a later law.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn today() -> crate::law::Date {
    let now = js_sys::Date::new_0();
    let day = u16::try_from(now.get_full_year()).ok().and_then(|year| {
        crate::law::Date::new(year, (now.get_month() + 1) as u8, now.get_date() as u8)
    });
    day.unwrap_or_else(crate::law::Commencement::official_checked_on)
}

pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}
