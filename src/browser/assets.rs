//! The app's own files: where they are, as the start-up script says, and
//! downloading them, such as a locale's words or the trust's configuration.

use crate::words::{LocaleInfo, Words};
use wasm_bindgen::{JsCast, JsValue};

/// The settings the start-up script (boot.js / embed.js) leaves for the
/// app: `globalThis.imhaRightsChecker = { base, stylesheet }`. The script is
/// written by `tools/no-inline-script.mjs`, whose `SETTINGS` is this name.
const SETTINGS: &str = "imhaRightsChecker";

/// One of the [`SETTINGS`]: `base`, the folder of the app's files, or
/// `stylesheet`, the address of its stylesheet.
fn setting(name: &str) -> Option<String> {
    let settings = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(SETTINGS)).ok()?;
    js_sys::Reflect::get(&settings, &JsValue::from_str(name)).ok()?.as_string()
}

/// The app's stylesheet, for a shadow root on a trust's page.
#[cfg(target_arch = "wasm32")]
pub(super) fn stylesheet() -> String {
    setting("stylesheet").unwrap_or_default()
}

/// Where the app's files are: beside the script that started it, which
/// on a trust's page is not where the page is.
pub fn asset_url(name: &str) -> String {
    format!("{}{name}", setting("base").unwrap_or_else(|| "./".to_owned()))
}

/// The app's own public address, as a poster's QR code should open it.
pub fn app_address() -> String {
    setting("base").unwrap_or_else(|| {
        let location = gloo::utils::window().location();
        format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
    })
}

/// Downloads a text file beside the app, such as a locale's messages.
/// `Ok(None)` when there is no such file.
pub async fn fetch_text(url: &str) -> Result<Option<String>, ()> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.map_err(drop)?;
    let response: web_sys::Response = response.dyn_into().map_err(drop)?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(drop)?).await.map_err(drop)?;
    text.as_string().map(Some).ok_or(())
}

/// Why a locale's words could not be loaded; the app then shows the
/// source locale's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The app has no messages for the locale.
    NotFound,
    /// The download failed: offline, or refused by the server.
    Failed,
}

/// A locale's words, all of them: a translation's are downloaded, in the
/// one file `tools/bundle-locales.mjs` joins its Fluent files into, and
/// read by `Words::translated`; the source locale's first screens are in
/// the app, and its other messages are downloaded the same way.
pub async fn load_words(locale: &'static LocaleInfo) -> Result<Words, LoadError> {
    let file = fetch_text(&asset_url(&format!("locales/{}.ftl", locale.tag))).await;
    match file {
        Ok(Some(text)) if locale.is_source() => Ok(Words::complete_source(&text)),
        Ok(Some(text)) => Ok(Words::translated(locale, &text)),
        Ok(None) => Err(LoadError::NotFound),
        Err(()) => Err(LoadError::Failed),
    }
}
