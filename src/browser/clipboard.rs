//! Copying text for the person, such as the embed helper's snippet.
//! Written in JavaScript, in `src/browser/browser.js`: `web_sys`'s
//! clipboard needs its unstable APIs switched on.

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/browser/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = copy_text)]
    fn copy_text_promise(text: &str) -> js_sys::Promise;
}

/// Copies `text`; `false` when the browser refuses (no permission, or an
/// insecure page), so the page can say to copy it by hand.
pub async fn copy_text(text: &str) -> bool {
    let copied = wasm_bindgen_futures::JsFuture::from(copy_text_promise(text)).await;
    copied.ok().and_then(|value| value.as_bool()).unwrap_or(false)
}
