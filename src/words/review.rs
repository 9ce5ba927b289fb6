//! The review sheet for translators: every message of a locale beside its
//! English source, grouped as the Fluent files group them (the file, then
//! its `##` group comments), one row for each message, attribute and
//! variant. It reads the Fluent files with `fluent_syntax`'s full parser,
//! which keeps the comments the app's bundles leave out.
//!
//! The files arrive joined, each after a resource comment naming it
//! (`### file: app.ftl`), as `tools/bundle-locales.mjs` writes them to
//! `dist/locales/review/<tag>.ftl` (see [`joined`]).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// How a joined file names the file that follows: a resource comment
/// `### file: <name>`.
pub const FILE_MARKER: &str = "file: ";

/// Fluent files joined as `tools/bundle-locales.mjs` joins them for the
/// review page: each after a resource comment naming it.
pub fn joined<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    files.into_iter().map(|(name, text)| format!("### {FILE_MARKER}{name}\n\n{text}\n")).collect()
}

/// One line of the sheet: a message or attribute (`id` or `id.hint`) in
/// one variant (`$audience=carer`, empty when it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub variant: String,
    /// None when the English has no such message.
    pub english: Option<String>,
    /// None when the translation lacks it.
    pub translation: Option<String>,
}

/// The messages under one group comment of one file: one screen, or one
/// part of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub file: String,
    /// The group comment, in English (empty before the first).
    pub heading: String,
    pub rows: Vec<Row>,
}

/// A termbase entry: the English term and its agreed translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub english: String,
    pub translation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub groups: Vec<Group>,
    pub terms: Vec<Term>,
}

type Resource<'s> = fluent_syntax::ast::Resource<&'s str>;
type Pat<'s> = Pattern<&'s str>;

/// Each message and term of a joined text, with the file and group it is in.
struct Located<'a, 's> {
    file: String,
    heading: String,
    /// The message's id; a term's with its `-`.
    id: String,
    value: Option<&'a Pat<'s>>,
    attributes: Vec<(&'s str, &'a Pat<'s>)>,
}

fn parse(text: &str) -> Resource<'_> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial)
}

fn located<'a, 's>(resource: &'a Resource<'s>) -> Vec<Located<'a, 's>> {
    let (mut file, mut heading) = (String::new(), String::new());
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::ResourceComment(comment) => {
                if let Some(name) = comment.content.first().and_then(|line| line.strip_prefix(FILE_MARKER)) {
                    file = name.to_owned();
                    heading.clear();
                }
                continue;
            }
            Entry::GroupComment(comment) => {
                heading = comment.content.join(" ").trim().to_owned();
                continue;
            }
            Entry::Message(message) => (message.id.name.to_owned(), message.value.as_ref(), &message.attributes),
            Entry::Term(term) => (format!("-{}", term.id.name), Some(&term.value), &term.attributes),
            _ => continue,
        };
        let attributes = attributes.iter().map(|a| (a.id.name, &a.value)).collect();
        out.push(Located { file: file.clone(), heading: heading.clone(), id, value, attributes });
    }
    out
}

impl Sheet {
    /// The sheet of a translation: `english` and `translation` are joined
    /// Fluent files (see [`joined`]), `terms` the locale's `terms.toml`
    /// if it has one. Rows follow the English files and groups; messages
    /// only the translation has come last, under its own groups.
    pub fn new(english: &str, translation: &str, terms: Option<&str>) -> Sheet {
        let (english, translation) = (parse(english), parse(translation));
        let (english, translation) = (located(&english), located(&translation));
        // A few hundred messages: a search is smaller in the Wasm than a map.
        let mut groups: Vec<Group> = Vec::new();
        let only_translated = translation.iter().filter(|t| !english.iter().any(|e| e.id == t.id));
        for (entry, other, english_side) in english
            .iter()
            .map(|e| (e, translation.iter().find(|t| t.id == e.id), true))
            .chain(only_translated.map(|t| (t, None, false)))
        {
            if groups.last().is_none_or(|g| g.file != entry.file || g.heading != entry.heading) {
                groups.push(Group { file: entry.file.clone(), heading: entry.heading.clone(), rows: Vec::new() });
            }
            let rows = &mut groups.last_mut().expect("pushed").rows;
            let (english, translation) = if english_side { (Some(entry), other) } else { (None, Some(entry)) };
            let id = entry.id.clone();
            let mut attributes: Vec<Option<&str>> = vec![None];
            for side in [english, translation].into_iter().flatten() {
                for (name, _) in &side.attributes {
                    if !attributes.contains(&Some(name)) {
                        attributes.push(Some(name));
                    }
                }
            }
            for attribute in attributes {
                let sides = [pair(english, attribute), pair(translation, attribute)];
                if sides.iter().all(Option::is_none) {
                    continue;
                }
                let row_id = match attribute {
                    Some(name) => format!("{id}.{name}"),
                    None => id.clone(),
                };
                for choice in choices(sides) {
                    rows.push(Row {
                        id: row_id.clone(),
                        variant: choice.iter().map(|(s, k)| format!("{s}={k}")).collect::<Vec<_>>().join(", "),
                        english: sides[0].map(|p| show(p, &choice)),
                        translation: sides[1].map(|p| show(p, &choice)),
                    });
                }
            }
        }
        Sheet { groups, terms: terms.map(read_terms).unwrap_or_default() }
    }

    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.groups.iter().flat_map(|g| &g.rows)
    }

    /// The sheet as CSV (RFC 4180, with a byte order mark so that
    /// spreadsheets read it as UTF-8): id, variant, English, translation,
    /// and empty status and comment columns for the reviewer.
    pub fn csv(&self) -> String {
        let mut out = String::from("\u{feff}id,variant,English,translation,status,comment\r\n");
        for row in self.rows() {
            let fields = [&row.id[..], &row.variant, row.english.as_deref().unwrap_or(""), row.translation.as_deref().unwrap_or(""), "", ""];
            let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The CSV as a `data:` address for a download link: no server, and
    /// allowed by the app's Content Security Policy (which limits what a
    /// page loads, not what it saves).
    pub fn csv_data_url(&self) -> String {
        let mut out = String::from("data:text/csv;charset=utf-8,");
        for c in self.csv().chars() {
            // The address parser encodes the rest as UTF-8; these it would
            // drop or read as syntax.
            if c.is_ascii_control() || " %#\"<>\\^`{|}".contains(c) {
                out.push_str(&format!("%{:02X}", c as u8));
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// A message's value, or one of its attributes.
fn pair<'a, 's>(l: Option<&Located<'a, 's>>, attribute: Option<&str>) -> Option<&'a Pat<'s>> {
    l.and_then(|l| match attribute {
        None => l.value,
        Some(name) => l.attributes.iter().find(|(a, _)| *a == name).map(|(_, p)| *p),
    })
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// A choice of variant for each selector (`$audience` → `carer`), in the
/// order the selectors are met.
type Choice = Vec<(String, String)>;

/// Every combination of variants the English and the translation between
/// them can show: a selector's variants are those either side has, and a
/// selector inside a variant only counts where that variant is chosen.
fn choices(sides: [Option<&Pat>; 2]) -> Vec<Choice> {
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    for pattern in sides.into_iter().flatten() {
        collect_keys(pattern, &mut keys);
    }
    let mut done = Vec::new();
    let mut todo = vec![Choice::new()];
    while let Some(choice) = todo.pop() {
        let next = sides.into_iter().flatten().find_map(|p| unchosen(p, &choice));
        match next.and_then(|s| keys.iter().find(|(name, _)| *name == s)) {
            None => done.push(choice),
            Some((selector, variants)) => {
                for key in variants.iter().rev() {
                    let mut more = choice.clone();
                    more.push((selector.clone(), key.clone()));
                    todo.push(more);
                }
            }
        }
    }
    done
}

fn selects<'a, 's>(pattern: &'a Pat<'s>) -> impl Iterator<Item = (&'a InlineExpression<&'s str>, &'a [fluent_syntax::ast::Variant<&'s str>])> {
    pattern.elements.iter().filter_map(|element| match element {
        PatternElement::Placeable { expression: Expression::Select { selector, variants } } => Some((selector, &variants[..])),
        _ => None,
    })
}

fn collect_keys(pattern: &Pat, keys: &mut Vec<(String, Vec<String>)>) {
    for (selector, variants) in selects(pattern) {
        let name = inline(selector);
        if !keys.iter().any(|(n, _)| *n == name) {
            keys.push((name.clone(), Vec::new()));
        }
        for variant in variants {
            let key = variant_key(&variant.key);
            let list = &mut keys.iter_mut().find(|(n, _)| *n == name).expect("pushed").1;
            if !list.contains(&key) {
                list.push(key);
            }
            collect_keys(&variant.value, keys);
        }
    }
}

/// The first selector met, following the choice, that it does not make.
fn unchosen(pattern: &Pat, choice: &Choice) -> Option<String> {
    selects(pattern).find_map(|(selector, variants)| {
        let name = inline(selector);
        match choice.iter().find(|(s, _)| *s == name) {
            None => Some(name),
            Some((_, key)) => unchosen(&chosen(variants, key).value, choice),
        }
    })
}

fn chosen<'a, 's>(variants: &'a [fluent_syntax::ast::Variant<&'s str>], key: &str) -> &'a fluent_syntax::ast::Variant<&'s str> {
    variants
        .iter()
        .find(|v| variant_key(&v.key) == key)
        .or_else(|| variants.iter().find(|v| v.default))
        .unwrap_or(&variants[0])
}

fn variant_key(key: &VariantKey<&str>) -> String {
    match key {
        VariantKey::Identifier { name } => (*name).to_owned(),
        VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

/// The pattern as a reviewer reads it: its text in the chosen variants,
/// variables and references as written (`{ $section }`).
fn show(pattern: &Pat, choice: &Choice) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { selector, variants } } => {
                let name = inline(selector);
                let key = choice.iter().find(|(s, _)| *s == name).map_or("", |(_, k)| k);
                out.push_str(&show(&chosen(variants, key).value, choice));
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                out.push_str(value)
            }
            PatternElement::Placeable { expression: Expression::Inline(expression) } => {
                out.push_str(&format!("{{ {} }}", inline(expression)))
            }
        }
    }
    out
}

fn inline(expression: &InlineExpression<&str>) -> String {
    match expression {
        InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.to_owned(),
        },
        InlineExpression::TermReference { id, attribute, .. } => match attribute {
            Some(a) => format!("-{}.{}", id.name, a.name),
            None => format!("-{}", id.name),
        },
        InlineExpression::FunctionReference { id, arguments } => {
            let arguments: Vec<String> = arguments.positional.iter().map(inline).collect();
            format!("{}({})", id.name, arguments.join(", "))
        }
        InlineExpression::Placeable { expression } => match &**expression {
            Expression::Inline(inner) => inline(inner),
            Expression::Select { selector, .. } => inline(selector),
        },
    }
}

/// The `english` and `translation` of each `[[term]]` of a termbase
/// (`locales/<tag>/terms.toml`); the other keys are for the tests and the
/// translator. Reads the TOML the termbases use: a key, `=`, and a basic
/// or literal string on one line.
pub fn read_terms(toml: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for line in toml.lines().map(str::trim) {
        if line == "[[term]]" {
            terms.push(Term { english: String::new(), translation: String::new() });
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let Some(term) = terms.last_mut() else { continue };
        let field = match key.trim() {
            "english" => &mut term.english,
            "translation" => &mut term.translation,
            _ => continue,
        };
        *field = toml_string(value.trim());
    }
    terms.retain(|t| !t.english.is_empty());
    terms
}

fn toml_string(value: &str) -> String {
    if let Some(rest) = value.strip_prefix('\'') {
        return rest.split('\'').next().unwrap_or("").to_owned();
    }
    let Some(rest) = value.strip_prefix('"') else { return String::new() };
    let (mut out, mut chars) = (String::new(), rest.chars());
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(u @ ('u' | 'U')) => {
                    let digits: String = chars.by_ref().take(if u == 'u' { 4 } else { 8 }).collect();
                    out.extend(u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32));
                }
                Some(other) => out.push(other),
                None => {}
            },
            c => out.push(c),
        }
    }
    out
}

/// The text cut where any of `terms` occurs (ignoring the case of Latin
/// letters, as in "Tribunal" and "tribunal"): each piece
/// with whether it is a term. The longest term at a place wins.
pub fn marked<'t>(text: &'t str, terms: &[&str]) -> Vec<(&'t str, bool)> {
    let mut pieces = Vec::new();
    let (mut start, mut at) = (0, 0);
    while at < text.len() {
        let found = terms.iter().filter(|t| !t.is_empty()).filter_map(|t| match_at(&text[at..], t)).max();
        match found {
            Some(length) => {
                if start < at {
                    pieces.push((&text[start..at], false));
                }
                pieces.push((&text[at..at + length], true));
                at += length;
                start = at;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if start < text.len() {
        pieces.push((&text[start..], false));
    }
    pieces
}

/// The length in bytes of `term` at the start of `text`, ignoring the
/// case of Latin letters (Unicode's case tables would cost the Wasm more
/// than the few terms that start with another capital are worth).
fn match_at(text: &str, term: &str) -> Option<usize> {
    let (text, term) = (text.as_bytes(), term.as_bytes());
    (text.len() >= term.len() && text[..term.len()].eq_ignore_ascii_case(term)).then_some(term.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "## Start page\n\nstart-heading = Your rights\n    .hint = A hint\n\n## Result\n\nresult = { $audience ->\n    [carer] Their right\n   *[patient] Your right\n}, section { $section }\n";
    const WELSH: &str = "start-heading = Eich hawliau\n    .hint = Awgrym\n\nresult = { $audience ->\n    [carer] Eu hawl\n    [staff] Hawl y claf\n   *[patient] Eich hawl\n}, adran { $section }\n";

    fn sheet() -> Sheet {
        Sheet::new(&joined([("app.ftl", ENGLISH)]), &joined([("app.ftl", WELSH)]), None)
    }

    #[test]
    fn groups_follow_the_english_files_and_group_comments() {
        let groups = sheet().groups;
        let names: Vec<(&str, &str)> = groups.iter().map(|g| (&g.file[..], &g.heading[..])).collect();
        assert_eq!(names, [("app.ftl", "Start page"), ("app.ftl", "Result")]);
    }

    #[test]
    fn every_variant_either_side_has_is_a_row_and_attributes_are_rows() {
        let rows: Vec<(String, String, Option<String>, Option<String>)> =
            sheet().rows().map(|r| (r.id.clone(), r.variant.clone(), r.english.clone(), r.translation.clone())).collect();
        let s = |t: &str| Some(t.to_owned());
        assert_eq!(
            rows,
            [
                ("start-heading".into(), "".into(), s("Your rights"), s("Eich hawliau")),
                ("start-heading.hint".into(), "".into(), s("A hint"), s("Awgrym")),
                ("result".into(), "$audience=carer".into(), s("Their right, section { $section }"), s("Eu hawl, adran { $section }")),
                ("result".into(), "$audience=patient".into(), s("Your right, section { $section }"), s("Eich hawl, adran { $section }")),
                // Only Welsh has a staff variant: English shows its default.
                ("result".into(), "$audience=staff".into(), s("Your right, section { $section }"), s("Hawl y claf, adran { $section }")),
            ]
        );
    }

    #[test]
    fn a_selector_inside_a_variant_counts_only_there() {
        let english = "m = { $audience ->\n    [staff] { $count ->\n        [one] One\n       *[other] Many\n    }\n   *[patient] You\n}\n";
        let sheet = Sheet::new(&joined([("a.ftl", english)]), &joined([("a.ftl", english)]), None);
        let variants: Vec<&str> = sheet.rows().map(|r| &r.variant[..]).collect();
        assert_eq!(variants, ["$audience=staff, $count=one", "$audience=staff, $count=other", "$audience=patient"]);
    }

    #[test]
    fn messages_missing_on_either_side_are_shown_as_missing() {
        let sheet = Sheet::new(&joined([("a.ftl", "a = A\nb = B\n")]), &joined([("a.ftl", "a = Ey\nc = Si\n")]), None);
        let rows: Vec<(&str, bool, bool)> = sheet.rows().map(|r| (&r.id[..], r.english.is_some(), r.translation.is_some())).collect();
        assert_eq!(rows, [("a", true, true), ("b", true, false), ("c", false, true)]);
    }

    #[test]
    fn the_csv_quotes_what_needs_quoting() {
        let sheet = Sheet::new(&joined([("a.ftl", "a = Say \"yes\", then go\n")]), &joined([("a.ftl", "a = Dwedwch\n")]), None);
        assert_eq!(sheet.csv(), "\u{feff}id,variant,English,translation,status,comment\r\na,,\"Say \"\"yes\"\", then go\",Dwedwch,,\r\n");
        assert!(sheet.csv_data_url().starts_with("data:text/csv;charset=utf-8,\u{feff}id,variant,English"));
        assert!(!sheet.csv_data_url().contains(['\n', '\r', '#', '"', ' ']));
    }

    #[test]
    fn terms_are_read_from_the_termbase_toml() {
        let toml = "# c\n[[term]]\nenglish = \"Tribunal\"\ntranslation = \"Tribiwnlys \\\"Adolygu\\\"\"\nsource = \"x = y\"\nforbidden = [\"a\"]\n\n[[term]]\nenglish = 'IMHA'\ntranslation = \"EIMA\"\n";
        assert_eq!(
            read_terms(toml),
            [
                Term { english: "Tribunal".into(), translation: "Tribiwnlys \"Adolygu\"".into() },
                Term { english: "IMHA".into(), translation: "EIMA".into() }
            ]
        );
    }

    #[test]
    fn terms_are_marked_wherever_they_occur_ignoring_case() {
        assert_eq!(
            marked("the tribunal and Tribunal's IMHA", &["Tribunal", "IMHA", ""]),
            [("the ", false), ("tribunal", true), (" and ", false), ("Tribunal", true), ("'s ", false), ("IMHA", true)]
        );
        assert_eq!(marked("ٹریبونل میں", &["ٹریبونل"]), [("ٹریبونل", true), (" میں", false)]);
        assert_eq!(marked("nothing", &[]), [("nothing", false)]);
    }
}
