//! Reading a page aloud with the browser's speech synthesis
//! (`window.speechSynthesis`). Written in JavaScript: `offer_read_aloud` in
//! `src/browser/browser.js` watches the app for a page's `.listen` place
//! (see `screens::components::listen`) and downloads
//! `src/browser/listen.js` when one first appears, not with the first
//! screen: the same done through `web_sys` and a Yew component added about
//! 4.5 KB over brotli to the first screen, over its budget. `listen.js`
//! adds the button where the browser has a voice for the page's language,
//! and reads the page's main region one part at a time (heading,
//! paragraph, list item, label, hint), the part being read highlighted with
//! the class `listen-reading`, moving on at each part's `end` event. When
//! the place goes (another page), the reading stops.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/browser/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = offer_read_aloud)]
    fn offer_read_aloud_from(root: &web_sys::Element, url: &str);
}

/// From now on, offers read aloud on the pages drawn in `root`.
#[cfg(target_arch = "wasm32")]
pub fn offer_read_aloud(root: &web_sys::Element) {
    offer_read_aloud_from(root, &super::asset_url("listen.js"));
}
