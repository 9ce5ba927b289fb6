//! A trust's configuration: its local IMHA provider(s), read from a small
//! JSON file served beside the app (schema: `provider-config.schema.json`).
//! Everything is checked before use; only `https:`, `tel:` and `mailto:`
//! links are ever made from it, and its text is shown as text, never HTML.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// Contact details of one IMHA provider, checked: each field's type
/// refuses what its rule does not allow, as the file is read.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Its key in `providers`, filled in after reading.
    #[serde(skip)]
    pub key: String,
    pub name: LocalText,
    pub phone: Option<PhoneNumber>,
    /// A number for text messages. Shown, not linked: configuration links
    /// are only ever `https:`, `tel:` or `mailto:`.
    pub text: Option<TextNumber>,
    pub email: Option<EmailAddress>,
    pub hours: Option<LocalText>,
    pub referral_url: Option<HttpsUrl>,
    pub bsl: Option<Bsl>,
    pub brand_colour: Option<BrandColour>,
    /// The ward's or room's devices are shared: see `DeviceUse`.
    #[serde(default)]
    pub shared_device: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// A UK phone number (`01234 567890`, `+44 1234 567890`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PhoneNumber {
    /// As the trust wrote it, for reading.
    pub display: String,
    /// `tel:+44...`
    pub href: String,
}

/// A number for text messages: a UK phone number or a 5- or 6-digit short
/// code.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct TextNumber(PhoneNumber);

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct EmailAddress {
    pub display: String,
    /// `mailto:...`
    pub href: String,
}

/// An `https:` link to a named host, with no characters that could end an
/// HTML attribute.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct HttpsUrl(pub String);

/// `#rrggbb` (lower case), dark enough for white text on it (WCAG AA,
/// 4.5:1), because the header shows white text on the brand colour.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct BrandColour(pub String);

/// All of a trust's providers, keyed by ward or locality, and the trust
/// itself.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The JSON Schema an editor may check the file against; not used here.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    pub default: Option<String>,
    pub providers: BTreeMap<String, Provider>,
    pub trust: Option<Trust>,
}

/// The organisation that publishes the service on its website (usually an
/// NHS trust), as its accessibility statement and privacy page name it.
/// Both contacts are required: the accessibility regulations require a way
/// to report a problem, and data protection law the controller's contact.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trust {
    pub name: LocalText,
    /// Where to ask for another format or report an accessibility problem.
    pub accessibility: TrustContact,
    /// The data protection officer, or the trust's privacy notice.
    pub privacy: TrustContact,
}

/// At least one way to reach a part of the trust.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustContact {
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
    /// A contact form or page.
    pub url: Option<HttpsUrl>,
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

impl Config {
    /// Reads and checks a configuration; lists every problem found.
    pub fn parse(json: &str) -> Result<Config, Vec<ConfigError>> {
        let (mut config, mut errors) = read(json)?;
        for (key, provider) in &mut config.providers {
            provider.key.clone_from(key);
            let at = |field: &str| format!("providers.{key}.{field}");
            if !is_key(key) {
                errors.push(problem(&format!("providers.{key}"), "a provider key may use only letters, digits and hyphens"));
            }
            check_text(&provider.name, &at("name"), &mut errors);
            if let Some(hours) = &provider.hours {
                check_text(hours, &at("hours"), &mut errors);
            }
            if let Some(description) = provider.bsl.as_ref().and_then(|bsl| bsl.description.as_ref()) {
                check_text(description, &at("bsl.description"), &mut errors);
            }
        }
        if let Some(trust) = &config.trust {
            check_text(&trust.name, "trust.name", &mut errors);
            for (contact, path) in [(&trust.accessibility, "trust.accessibility"), (&trust.privacy, "trust.privacy")] {
                if contact.email.is_none() && contact.phone.is_none() && contact.url.is_none() {
                    errors.push(problem(path, "give an email address, a phone number or an https: link"));
                }
            }
        }
        if let Some(default) = &config.default {
            if !config.providers.contains_key(default) {
                errors.push(problem("default", &format!("there is no provider called {default:?}")));
            }
        }
        if errors.is_empty() {
            Ok(config)
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

#[cfg(not(target_arch = "wasm32"))]
type ReadError = serde_path_to_error::Error<serde_json::Error>;

#[cfg(not(target_arch = "wasm32"))]
fn read_from<'de, T: Deserialize<'de>>(from: impl serde::Deserializer<'de, Error = serde_json::Error>) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(from)
}

#[cfg(not(target_arch = "wasm32"))]
fn read_error(error: ReadError) -> ConfigError {
    let path = error.path().to_string();
    ConfigError { path, problem: error.into_inner().to_string().replace('\n', " ") }
}

/// Reads a configuration in the browser, where the first problem is enough
/// to refuse the file: the console names it with its line and column, and a
/// web team checks the file with `imha-check`, which lists every problem
/// with its path. Doing that here (below) would cost every phone about 9 KB.
#[cfg(target_arch = "wasm32")]
fn read(json: &str) -> Result<(Config, Vec<ConfigError>), Vec<ConfigError>> {
    serde_json::from_str(json)
        .map(|config| (config, Vec::new()))
        .map_err(|error| vec![problem("providers.json", &error.to_string())])
}

/// Reads a configuration, with the values its newtypes refused. A refused
/// value stops serde, so to list every one, not just the first, each
/// refused string in a provider or a trust contact is left out and the rest
/// read again. Any other problem (bad JSON, a wrong type, a missing field)
/// ends the reading.
#[cfg(not(target_arch = "wasm32"))]
fn read(json: &str) -> Result<(Config, Vec<ConfigError>), Vec<ConfigError>> {
    use serde_json::Value;
    // From the text first, so that a problem with the file's structure is
    // reported with its line and column.
    let mut first = match read_from(&mut serde_json::Deserializer::from_str(json)) {
        Ok(config) => return Ok((config, Vec::new())),
        Err(error) => Some(error),
    };
    let mut values: Value = read_from(&mut serde_json::Deserializer::from_str(json)).map_err(|e| vec![read_error(e)])?;
    let mut refused = Vec::new();
    loop {
        let error = match read_from(&values) {
            Ok(config) => return Ok((config, refused)),
            Err(error) => error,
        };
        if !leave_out_refused_string(&mut values, error.path()) {
            // The same problem as read from the text gives its position.
            let same = first.take().filter(|first| first.path().to_string() == error.path().to_string());
            refused.push(read_error(same.unwrap_or(error)));
            return Err(refused);
        }
        refused.push(read_error(error));
    }
}

/// Removes the string at `path` if it is a field of a provider (or of its
/// `bsl`) or of a trust contact, where every field but `name` is optional
/// and `name` takes any string; says whether it did.
#[cfg(not(target_arch = "wasm32"))]
fn leave_out_refused_string(values: &mut serde_json::Value, path: &serde_path_to_error::Path) -> bool {
    use serde_json::Value;
    use serde_path_to_error::Segment;
    let keys: Vec<&str> = path
        .iter()
        .map(|segment| match segment {
            Segment::Map { key } => key.as_str(),
            _ => "",
        })
        .collect();
    let Some((field, parents)) = keys.split_last() else { return false };
    if parents.len() < 2 || !["providers", "trust"].contains(&parents[0]) {
        return false;
    }
    let parent = parents.iter().try_fold(&mut *values, |value, key| value.get_mut(*key));
    match parent.and_then(Value::as_object_mut) {
        Some(object) if object.get(*field).is_some_and(Value::is_string) => object.remove(*field).is_some(),
        _ => false,
    }
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

impl TryFrom<String> for PhoneNumber {
    type Error = String;

    fn try_from(number: String) -> Result<Self, String> {
        phone_number(&number, false)
    }
}

impl TryFrom<String> for TextNumber {
    type Error = String;

    fn try_from(number: String) -> Result<Self, String> {
        phone_number(&number, true).map(TextNumber)
    }
}

impl std::ops::Deref for TextNumber {
    type Target = PhoneNumber;

    fn deref(&self) -> &PhoneNumber {
        &self.0
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

impl TextNumber {
    /// An `sms:` link that opens the phone's messages app with `body`
    /// written, ready to send to this number.
    pub fn sms_href(&self, body: &str) -> String {
        format!("sms:{}?body={}", self.href.trim_start_matches("tel:"), percent_encoded(body))
    }
}

impl EmailAddress {
    /// A `mailto:` link that opens an email to this address with `subject`
    /// and `body` written (lines end CRLF, as RFC 6068 asks).
    pub fn mailto_href(&self, subject: &str, body: &str) -> String {
        let body = body.replace('\n', "\r\n");
        format!("{}?subject={}&body={}", self.href, percent_encoded(subject), percent_encoded(&body))
    }
}

/// Every byte but the unreserved characters of RFC 3986 as `%XX`, so that
/// anything a person types stays inside the link's query.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => char::from(byte).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

impl TryFrom<String> for EmailAddress {
    type Error = String;

    fn try_from(email: String) -> Result<Self, String> {
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
        Ok(EmailAddress { href: format!("mailto:{email}"), display: email })
    }
}

impl TryFrom<String> for HttpsUrl {
    type Error = String;

    fn try_from(url: String) -> Result<Self, String> {
        let Some(rest) = url.strip_prefix("https://") else {
            return Err(format!("{url:?} must be an https: link"));
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let safe = |c: char| c.is_ascii_graphic() && !"\"'<>\\`{}|^".contains(c);
        if host.is_empty() || !host.contains('.') || host.contains('@') || !url.chars().all(safe) {
            return Err(format!("{url:?} is not a valid https: link"));
        }
        Ok(HttpsUrl(url))
    }
}

impl TryFrom<String> for BrandColour {
    type Error = String;

    fn try_from(colour: String) -> Result<Self, String> {
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
        Ok(BrandColour(colour.to_lowercase()))
    }
}
