//! How the app tells a person to contact an IMHA service: the trust's
//! configured provider, or neutral advice to ask ward staff.

use super::config::{Config, Provider};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// No provider configured (or none chosen): ask ward staff.
    AskWardStaff,
    Provider(Box<Provider>),
    /// The configuration could not be used: say so, then ask ward staff.
    Unavailable,
}

impl Contact {
    /// The provider to contact, if there is one.
    pub fn provider(&self) -> Option<&Provider> {
        match self {
            Contact::Provider(provider) => Some(provider),
            _ => None,
        }
    }
}

/// What a trust's configuration gives a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub contact: Contact,
    /// Every provider, for the poster page; `None` if there is no usable
    /// configuration.
    pub config: Option<Config>,
    /// Problems to report to the trust's web team in the browser console.
    pub problems: Vec<String>,
}

/// The contact to show, from the trust's configuration file (`None` when
/// there is none) and the provider a link names.
pub fn load(config: Option<&str>, provider: Option<&str>) -> Loaded {
    let Some(config) = config else {
        return Loaded { contact: Contact::AskWardStaff, config: None, problems: Vec::new() };
    };
    let config = match Config::parse(config) {
        Ok(config) => config,
        Err(errors) => {
            let problems = errors.iter().map(ToString::to_string).collect();
            return Loaded { contact: Contact::Unavailable, config: None, problems };
        }
    };
    let (contact, problems) = match config.provider(provider) {
        Ok(Some(provider)) => (Contact::Provider(Box::new(provider.clone())), Vec::new()),
        Ok(None) => (Contact::AskWardStaff, Vec::new()),
        Err(error) => (Contact::Unavailable, vec![error.to_string()]),
    };
    Loaded { contact, config: Some(config), problems }
}
