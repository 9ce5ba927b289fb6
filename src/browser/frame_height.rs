//! Inside an iframe, the app tells the parent page the content's height
//! each time it changes, so that the trust's page can size the frame to fit
//! (see `embed/iframe-host.js`) and there is no inner scroll bar.
//!
//! Written in JavaScript, in `src/browser/browser.js`, which wasm-bindgen
//! copies to its own file (a strict Content Security Policy allows it: it
//! is not inline in the page).

/// The type of the message an app inside an iframe sends its parent with
/// its height: `{ type: HEIGHT_MESSAGE, height }`. `embed/iframe-host.js`
/// listens for this type.
pub const HEIGHT_MESSAGE: &str = "imha-rights-checker:height";

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/browser/browser.js")]
extern "C" {
    /// In an iframe, sends `{ type, height }` to the parent page now and
    /// whenever the height changes; elsewhere does nothing.
    #[wasm_bindgen(js_name = report_height_to_parent)]
    fn report_height_to_parent_as(message_type: &str);
}

/// In an iframe, reports the app's height to the parent page from now on.
#[cfg(target_arch = "wasm32")]
pub fn report_height_to_parent() {
    report_height_to_parent_as(HEIGHT_MESSAGE);
}
