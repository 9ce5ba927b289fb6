//! The HTML a trust's web team pastes into a page to embed the app, as the
//! staff page's embed helper makes it: the two ways the README describes
//! (script and element, or iframe), for a chosen provider and language.

/// How the app goes into the trust's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Embedding {
    /// `embed.js` draws the app in a shadow root in the trust's element.
    Script,
    /// The app's own page in an iframe, sized by `iframe-host.js`.
    Frame,
}

impl Embedding {
    pub const ALL: [Embedding; 2] = [Embedding::Script, Embedding::Frame];

    /// Its value in the helper's form and the end of its messages' ids.
    pub fn code(self) -> &'static str {
        match self {
            Embedding::Script => "script",
            Embedding::Frame => "iframe",
        }
    }

    pub fn from_code(code: &str) -> Option<Embedding> {
        Embedding::ALL.into_iter().find(|embedding| embedding.code() == code)
    }
}

/// What the web team chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoice {
    pub embedding: Embedding,
    /// A configured provider's key; `None` leaves the choice to the
    /// configuration's default.
    pub provider: Option<String>,
    /// A locale tag; `None` lets the app follow the reader's browser.
    pub language: Option<&'static str>,
}

impl EmbedChoice {
    /// The snippet, for the app whose files are in `folder` (a path from
    /// the site's root, such as `/imha/`), with `frame_title` as the
    /// iframe's accessible name.
    pub fn snippet(&self, folder: &str, frame_title: &str) -> String {
        let mut parameters = Vec::new();
        if let Some(language) = self.language {
            parameters.push(("lang", language));
        }
        if let Some(provider) = &self.provider {
            parameters.push(("provider", provider.as_str()));
        }
        match self.embedding {
            Embedding::Script => {
                let attributes: String = parameters
                    .iter()
                    .map(|(name, value)| format!(" data-{name}=\"{}\"", attribute(value)))
                    .collect();
                format!(
                    "<div data-imha-rights-checker{attributes}></div>\n<script type=\"module\" src=\"{}embed.js\"></script>",
                    attribute(folder)
                )
            }
            Embedding::Frame => {
                let query: Vec<String> = parameters.iter().map(|(name, value)| format!("{name}={value}")).collect();
                let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
                format!(
                    "<iframe data-imha-rights-checker-frame src=\"{folder}index.html{query}\"\n        title=\"{title}\" class=\"imha-frame\"></iframe>\n<script src=\"{folder}iframe-host.js\" defer></script>",
                    folder = attribute(folder),
                    query = attribute(&query),
                    title = attribute(frame_title),
                )
            }
        }
    }
}

/// The folder of the app's files as a path from the site's root, from the
/// app's own address (`https://trust.example/imha/` or `…/imha/index.html`):
/// the snippet then works on any page of the trust's site.
pub fn folder_of(address: &str) -> String {
    let without_origin = match address.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |at| &rest[at..]),
        None => address,
    };
    let path = without_origin.split(['?', '#']).next().unwrap_or_default();
    match path.rfind('/') {
        Some(at) if path.starts_with('/') => path[..=at].to_owned(),
        _ => "/".to_owned(),
    }
}

/// `text` as the value of a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
