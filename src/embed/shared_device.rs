//! Shared devices: ward tablets, family-room computers, a phone passed
//! round a family. Answers about someone's detention must not be left for
//! the next person, so on a shared device the app keeps them out of the
//! page's address, clears them after a while without use (warning first),
//! and offers "Finish and clear" on the result.

use super::config::Provider;

/// How the device the app runs on is used. A link's `?device=shared` or
/// the provider's `"shared_device": true` makes it shared; either is
/// enough, and neither can make a shared device personal again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeviceUse {
    /// One person's own phone or computer: answers stay for the session.
    #[default]
    Personal,
    /// Used by one person after another.
    Shared,
}

impl DeviceUse {
    /// The page parameter a poster or tablet link carries: `?device=shared`.
    pub const PARAMETER: &'static str = "device";

    /// From the page's `?device=`: `shared` makes the device shared;
    /// anything else, or none, leaves it personal.
    pub fn from_parameter(value: Option<&str>) -> DeviceUse {
        match value {
            Some("shared") => DeviceUse::Shared,
            _ => DeviceUse::Personal,
        }
    }

    /// This use, or shared if the provider to contact is set up for a
    /// shared device.
    pub fn with_provider(self, provider: Option<&Provider>) -> DeviceUse {
        match provider {
            Some(provider) if provider.shared_device => DeviceUse::Shared,
            _ => self,
        }
    }
}

/// How long a shared device may go without use: where the person stands
/// after `idle` milliseconds without touching, clicking, typing or
/// scrolling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// Warned that the answers will be cleared soon.
    Warned,
    /// Gone long enough that the answers are cleared.
    TimedOut,
}

impl Idle {
    /// Without use for this long, the person is warned ...
    pub const WARN_AFTER_MS: f64 = 8.0 * 60.0 * 1000.0;
    /// ... and for this long, the answers are cleared: two minutes later,
    /// as the warning says.
    pub const CLEAR_AFTER_MS: f64 = 10.0 * 60.0 * 1000.0;

    /// After `idle` milliseconds without use.
    pub fn after(idle: f64) -> Idle {
        if idle >= Idle::CLEAR_AFTER_MS {
            Idle::TimedOut
        } else if idle >= Idle::WARN_AFTER_MS {
            Idle::Warned
        } else {
            Idle::Active
        }
    }

    /// After `idle` milliseconds without use, how long until the next
    /// change, if there is one still to come.
    pub fn next_change_in(idle: f64) -> Option<f64> {
        match Idle::after(idle) {
            Idle::Active => Some(Idle::WARN_AFTER_MS - idle.max(0.0)),
            Idle::Warned => Some(Idle::CLEAR_AFTER_MS - idle),
            Idle::TimedOut => None,
        }
    }
}
