//! What the accessibility statement (`#/accessibility`) says about its own
//! preparation and testing: the days it was prepared and reviewed, the day
//! of the last automated check and the axe-core version that made it, and
//! each manual check really done. The record is
//! `docs/accessibility-checks.json`, read at build time (`build.rs`);
//! `tests/statements.rs` holds it to its rules.

coded_enum! {
    /// A kind of manual accessibility check. Locale files:
    /// `accessibility-manual-kind-<code>`.
    messages = "accessibility-manual-kind-",
    pub enum ManualCheck {
        /// Every page used with a keyboard alone.
        Keyboard = "keyboard",
        /// Every page used with a screen reader.
        ScreenReader = "screen-reader",
        /// Every page zoomed to 400%, and at 320 CSS pixels wide.
        Zoom = "zoom",
        /// The service tried by disabled people who might use it.
        DisabledUsers = "disabled-users",
    }
}

/// The accessibility statement's dates, each `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessibilityChecks {
    pub prepared: &'static str,
    pub reviewed: &'static str,
    /// The last day the automated checks passed.
    pub automated_on: &'static str,
    /// The axe-core version those checks ran.
    pub axe_core: &'static str,
    /// Each manual check with its day, in the order done.
    pub manual: &'static [(&'static str, ManualCheck)],
}

pub const ACCESSIBILITY_CHECKS: AccessibilityChecks = include!(concat!(env!("OUT_DIR"), "/accessibility_checks.rs"));
