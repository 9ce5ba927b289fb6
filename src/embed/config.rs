//! A trust's configuration: its local IMHA provider(s), read from a small
//! JSON file served beside the app (schema: `provider-config.schema.json`).
//! Everything is checked before use; only `https:`, `tel:` and `mailto:`
//! links are ever made from it, and its text is shown as text, never HTML.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// Contact details of one IMHA provider, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provider {
    pub key: String,
    pub name: LocalText,
    pub phone: Option<PhoneNumber>,
    /// A number for text messages. Shown, not linked: configuration links
    /// are only ever `https:`, `tel:` or `mailto:`.
    pub text: Option<PhoneNumber>,
    pub email: Option<EmailAddress>,
    pub hours: Option<LocalText>,
    pub referral_url: Option<HttpsUrl>,
    pub bsl: Option<Bsl>,
    /// `#rrggbb`, dark enough for white text on it.
    pub brand_colour: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bsl {
    pub description: Option<LocalText>,
    pub url: Option<HttpsUrl>,
}

/// Text a trust wrote, in one language or several (keyed by BCP 47 tag).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum LocalText {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

impl LocalText {
    /// The text for `tag`, else for its language without region, else
    /// English, else the first given.
    pub fn get(&self, tag: &str) -> &str {
        match self {
            LocalText::One(text) => text,
            LocalText::ByLanguage(texts) => {
                let language = tag.split('-').next().unwrap_or(tag);
                texts
                    .get(tag)
                    .or_else(|| texts.get(language))
                    .or_else(|| texts.get("en-GB"))
                    .or_else(|| texts.get("en"))
                    .or_else(|| texts.values().next())
                    .map_or("", String::as_str)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    /// As the trust wrote it, for reading.
    pub display: String,
    /// `tel:+44...`
    pub href: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress {
    pub display: String,
    /// `mailto:...`
    pub href: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpsUrl(pub String);

/// All of a trust's providers, keyed by ward or locality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub default: Option<String>,
    pub providers: BTreeMap<String, Provider>,
}

/// One thing wrong with a configuration, at a path such as
/// `providers.ward-7.phone`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(rename = "$schema")]
    _schema: Option<String>,
    default: Option<String>,
    providers: BTreeMap<String, RawProvider>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvider {
    name: LocalText,
    phone: Option<String>,
    text: Option<String>,
    email: Option<String>,
    hours: Option<LocalText>,
    referral_url: Option<String>,
    bsl: Option<RawBsl>,
    brand_colour: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBsl {
    description: Option<LocalText>,
    url: Option<String>,
}

impl Config {
    /// Reads and checks a configuration; lists every problem found.
    pub fn parse(json: &str) -> Result<Config, Vec<ConfigError>> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let raw: RawConfig = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            vec![ConfigError { path, problem: error.into_inner().to_string().replace('\n', " ") }]
        })?;
        let mut errors = Vec::new();
        let mut providers = BTreeMap::new();
        for (key, raw) in raw.providers {
            let at = |field: &str| format!("providers.{key}.{field}");
            if !is_key(&key) {
                errors.push(problem(&format!("providers.{key}"), "a provider key may use only letters, digits and hyphens"));
            }
            check_text(&raw.name, &at("name"), &mut errors);
            if let Some(hours) = &raw.hours {
                check_text(hours, &at("hours"), &mut errors);
            }
            let phone = raw.phone.as_deref().and_then(|p| collect(phone_number(p, false), &at("phone"), &mut errors));
            let text = raw.text.as_deref().and_then(|p| collect(phone_number(p, true), &at("text"), &mut errors));
            let email = raw.email.as_deref().and_then(|e| collect(email_address(e), &at("email"), &mut errors));
            let referral_url = raw
                .referral_url
                .as_deref()
                .and_then(|u| collect(https_url(u), &at("referral_url"), &mut errors));
            let bsl = raw.bsl.map(|bsl| Bsl {
                url: bsl.url.as_deref().and_then(|u| collect(https_url(u), &at("bsl.url"), &mut errors)),
                description: bsl.description.inspect(|d| check_text(d, &at("bsl.description"), &mut errors)),
            });
            let brand_colour = raw
                .brand_colour
                .as_deref()
                .and_then(|c| collect(brand_colour(c), &at("brand_colour"), &mut errors));
            providers.insert(
                key.clone(),
                Provider { key, name: raw.name, phone, text, email, hours: raw.hours, referral_url, bsl, brand_colour },
            );
        }
        if let Some(default) = &raw.default {
            if !providers.contains_key(default) {
                errors.push(problem("default", &format!("there is no provider called {default:?}")));
            }
        }
        if errors.is_empty() {
            Ok(Config { default: raw.default, providers })
        } else {
            Err(errors)
        }
    }

    /// The provider for a page: the one named in its link, else the
    /// default, else the only one.
    pub fn provider(&self, key: Option<&str>) -> Result<Option<&Provider>, ConfigError> {
        match key {
            Some(key) => self.providers.get(key).map(Some).ok_or_else(|| {
                problem("provider", &format!("the link names provider {key:?}, which is not configured"))
            }),
            None => Ok(match &self.default {
                Some(default) => self.providers.get(default),
                None if self.providers.len() == 1 => self.providers.values().next(),
                None => None,
            }),
        }
    }
}

fn problem(path: &str, problem: &str) -> ConfigError {
    ConfigError { path: path.to_owned(), problem: problem.to_owned() }
}

fn collect<T>(result: Result<T, String>, path: &str, errors: &mut Vec<ConfigError>) -> Option<T> {
    result.map_err(|message| errors.push(problem(path, &message))).ok()
}

fn is_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= 64 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn check_text(text: &LocalText, path: &str, errors: &mut Vec<ConfigError>) {
    let texts: Vec<&String> = match text {
        LocalText::One(text) => vec![text],
        LocalText::ByLanguage(texts) if texts.is_empty() => {
            errors.push(problem(path, "give the text in at least one language"));
            vec![]
        }
        LocalText::ByLanguage(texts) => texts.values().collect(),
    };
    for text in texts {
        if text.trim().is_empty() || text.chars().count() > 200 {
            errors.push(problem(path, "text must be between 1 and 200 characters"));
        }
    }
}

/// A UK phone number (`01234 567890`, `+44 1234 567890`) or, for text
/// messages, a 5- or 6-digit short code.
fn phone_number(number: &str, short_code_allowed: bool) -> Result<PhoneNumber, String> {
    let refuse = || Err(format!("{number:?} is not a UK phone number such as 0300 123 4567 or +44 300 123 4567"));
    if !number.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c)) || number.matches('+').count() > 1 {
        return refuse();
    }
    if number.contains('+') && !number.trim_start().starts_with('+') {
        return refuse();
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let international = if let Some(national) = digits.strip_prefix("44").filter(|_| number.trim_start().starts_with('+')) {
        national.trim_start_matches('0').to_owned()
    } else if let Some(national) = digits.strip_prefix('0') {
        if number.trim_start().starts_with('+') {
            return refuse();
        }
        national.to_owned()
    } else if short_code_allowed && (5..=6).contains(&digits.len()) && !number.contains('+') {
        return Ok(PhoneNumber { display: number.trim().to_owned(), href: format!("tel:{digits}") });
    } else {
        return refuse();
    };
    if !(9..=10).contains(&international.len()) {
        return refuse();
    }
    Ok(PhoneNumber { display: number.trim().to_owned(), href: format!("tel:+44{international}") })
}

fn email_address(email: &str) -> Result<EmailAddress, String> {
    let refuse = || Err(format!("{email:?} is not an email address"));
    let Some((local, domain)) = email.split_once('@') else { return refuse() };
    let allowed = |c: char| c.is_ascii_alphanumeric() || ".-_+".contains(c);
    if local.is_empty()
        || !local.chars().all(allowed)
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || !domain.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
    {
        return refuse();
    }
    Ok(EmailAddress { display: email.to_owned(), href: format!("mailto:{email}") })
}

fn https_url(url: &str) -> Result<HttpsUrl, String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("{url:?} must be an https: link"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let safe = |c: char| c.is_ascii_graphic() && !"\"'<>\\`{}|^".contains(c);
    if host.is_empty() || !host.contains('.') || host.contains('@') || !url.chars().all(safe) {
        return Err(format!("{url:?} is not a valid https: link"));
    }
    Ok(HttpsUrl(url.to_owned()))
}

/// `#rrggbb`, dark enough for white text on it (WCAG AA, 4.5:1), because
/// the header shows white text on the brand colour.
fn brand_colour(colour: &str) -> Result<String, String> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()));
    let Some(hex) = hex else {
        return Err(format!("{colour:?} is not a colour like #005eb8"));
    };
    let channel = |i: usize| {
        let value = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if value <= 0.03928 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    let contrast = 1.05 / (luminance + 0.05);
    if contrast < 4.5 {
        return Err(format!("{colour} is too light for white text (contrast {contrast:.1}:1, at least 4.5:1 needed)"));
    }
    Ok(colour.to_lowercase())
}
