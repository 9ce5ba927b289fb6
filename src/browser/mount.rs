//! Where the app is drawn: its own page, or a trust's page, inside a shadow
//! root on the trust's element. The language, title, brand colour, focus
//! and scrolling go to the one or the other.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

#[derive(Clone)]
// Only the wasm start-up embeds; native builds (tests) never do.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(super) enum Mount {
    Page,
    Embedded { host: web_sys::HtmlElement, shadow: web_sys::ShadowRoot },
}

thread_local! {
    static MOUNT: RefCell<Mount> = const { RefCell::new(Mount::Page) };
    static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
}

pub(super) fn mount() -> Mount {
    MOUNT.with(|mount| mount.borrow().clone())
}

pub fn is_embedded() -> bool {
    matches!(mount(), Mount::Embedded { .. })
}

/// The element to draw the app in: the page's own `#app` element (or its
/// body).
#[cfg(target_arch = "wasm32")]
pub(super) fn page_root() -> Option<web_sys::Element> {
    let document = gloo::utils::document();
    document.get_element_by_id("app").or_else(|| document.body().map(Into::into))
}

/// Draws the app in a shadow root on the trust's element, with its own
/// stylesheet, so that neither page's styles reach the other. From then on
/// the app is embedded.
#[cfg(target_arch = "wasm32")]
pub(super) fn embed(host: web_sys::HtmlElement, stylesheet_href: &str) -> Option<web_sys::Element> {
    let shadow = host
        .shadow_root()
        .or_else(|| host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok())?;
    let document = gloo::utils::document();
    let stylesheet = document.create_element("link").ok()?;
    stylesheet.set_attribute("rel", "stylesheet").ok()?;
    stylesheet.set_attribute("href", stylesheet_href).ok()?;
    let root = document.create_element("div").ok()?;
    shadow.append_child(&stylesheet).ok()?;
    shadow.append_child(&root).ok()?;
    MOUNT.with(|mount| *mount.borrow_mut() = Mount::Embedded { host, shadow });
    Some(root)
}

/// Where the app's elements are: the page, or the shadow root on the
/// trust's element.
pub(super) fn root_node() -> web_sys::Node {
    match mount() {
        Mount::Page => gloo::utils::document().into(),
        Mount::Embedded { shadow, .. } => shadow.into(),
    }
}

/// An attribute of the trust's element, such as `data-lang`; none on the
/// app's own page.
#[cfg(target_arch = "wasm32")]
pub(super) fn host_attribute(name: &str) -> Option<String> {
    match mount() {
        Mount::Embedded { host, .. } => host.get_attribute(name),
        Mount::Page => None,
    }
}

/// Sets `lang` and `dir`, so that screen readers, fonts and the layout
/// follow the language: on the page, or only on the trust's element.
pub fn set_language(tag: &str, direction: &str) {
    let element: Option<web_sys::Element> = match mount() {
        Mount::Page => gloo::utils::document().document_element(),
        Mount::Embedded { host, .. } => Some(host.into()),
    };
    if let Some(element) = element {
        let _ = element.set_attribute("lang", tag);
        let _ = element.set_attribute("dir", direction);
    }
}

/// Sets the page title; an embedded app leaves the trust's title alone.
pub fn set_title(title: &str) {
    if !is_embedded() {
        gloo::utils::document().set_title(title);
    }
}

/// Sets the brand colour through the CSS object model, which a strict
/// Content Security Policy allows (an inline style attribute it would not).
pub fn set_brand_colour(colour: &str) {
    let element: Option<web_sys::HtmlElement> = match mount() {
        Mount::Page => gloo::utils::document().document_element().and_then(|e| e.dyn_into().ok()),
        Mount::Embedded { host, .. } => Some(host),
    };
    if let Some(element) = element {
        let _ = element.style().set_property("--brand", colour);
    }
}

/// Moves focus to the element with `id`, so that screen readers start
/// reading the new page or the error summary.
pub fn focus(id: &str) {
    let element = match mount() {
        Mount::Page => gloo::utils::document().get_element_by_id(id),
        Mount::Embedded { shadow, .. } => shadow.get_element_by_id(id),
    };
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves focus to a new page's main region, so that screen readers read it,
/// but not on the first page: focus would pull a trust's page down to the
/// embedded app as soon as it loads.
pub fn focus_new_page() {
    let shown = PAGES_SHOWN.with(|count| count.replace(count.get().saturating_add(1)));
    if shown > 0 {
        focus("main-content");
    }
}

/// Brings a new page into view: the top of the window, or of the trust's
/// element when the app is embedded.
pub fn scroll_to_top() {
    match mount() {
        Mount::Page => gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0),
        Mount::Embedded { host, .. } => {
            if host.get_bounding_client_rect().top() < 0.0 {
                host.scroll_into_view();
            }
        }
    }
}
