//! The hazard log (docs/clinical-safety/hazard-log.md) against the tests:
//! every hazard names the tests that check its controls, and each of them
//! exists, as a Rust test (`fn name(` in tests/*.rs) or an end-to-end test
//! (`test('name'` in tests/e2e/*.test.mjs). Every hazard also has its
//! fields, and its risks agree with DCB0129's matrix.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LOG: &str = "docs/clinical-safety/hazard-log.md";

const SEVERITIES: [&str; 5] = ["Minor", "Significant", "Considerable", "Major", "Catastrophic"];
const LIKELIHOODS: [&str; 5] = ["Very low", "Low", "Medium", "High", "Very high"];
/// DCB0129's risk matrix: `MATRIX[likelihood][severity]`, both in the order above.
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3], // Very low
    [1, 2, 2, 3, 4], // Low
    [2, 2, 3, 3, 4], // Medium
    [2, 3, 3, 4, 5], // High
    [3, 4, 4, 5, 5], // Very high
];

/// The fields every hazard has, each on a line of its own beginning with it.
const FIELDS: [&str; 9] = [
    "Hazard:",
    "Causes:",
    "Effects:",
    "Initial risk:",
    "Controls:",
    "Residual risk:",
    "Owner:",
    "Status:",
    "Tests:",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One `## H<n>: <title>` section of the hazard log.
struct Hazard {
    id: String,
    title: String,
    lines: Vec<String>,
}

impl Hazard {
    fn name(&self) -> String {
        format!("{} ({})", self.id, self.title)
    }

    /// The lines beginning with `field`.
    fn field_lines(&self, field: &str) -> Vec<&str> {
        self.lines.iter().map(String::as_str).filter(|line| line.starts_with(field)).collect()
    }
}

fn hazards() -> Vec<Hazard> {
    let path = root().join(LOG);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut hazards: Vec<Hazard> = Vec::new();
    let mut current: Option<Hazard> = None;
    for line in text.lines() {
        if line.starts_with("## ") || line.starts_with("# ") {
            hazards.extend(current.take());
            let heading = line.strip_prefix("## H").filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            if let Some(heading) = heading {
                let (number, title) = heading.split_once(':').unwrap_or_else(|| {
                    panic!("{LOG}: a hazard heading must be `## H<n>: <title>`: {line}")
                });
                assert!(
                    !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
                    "{LOG}: a hazard heading must be `## H<n>: <title>`: {line}"
                );
                current = Some(Hazard { id: format!("H{number}"), title: title.trim().to_owned(), lines: Vec::new() });
            }
        } else if let Some(hazard) = current.as_mut() {
            hazard.lines.push(line.to_owned());
        }
    }
    hazards.extend(current);
    assert!(!hazards.is_empty(), "{LOG} has no `## H<n>: <title>` sections");
    hazards
}

/// The names in backticks on a `Tests:` line.
fn names_in_backticks(line: &str) -> Vec<String> {
    line.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn files(folder: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && path.to_string_lossy().ends_with(suffix))
        .collect();
    found.sort();
    found
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Rust functions in tests/*.rs: (every `fn`, those marked as tests).
fn rust_functions() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut all = BTreeSet::new();
    let mut tests = BTreeSet::new();
    for path in files(&root().join("tests"), ".rs") {
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let Some(at) = trimmed.find("fn ") else { continue };
            let before = &trimmed[..at];
            if !before.split_whitespace().all(|word| matches!(word, "pub" | "async" | "const" | "unsafe")) {
                continue;
            }
            let rest = &trimmed[at + 3..];
            let name: String = rest.chars().take_while(|c| is_identifier_char(*c)).collect();
            if name.is_empty() || !rest[name.len()..].starts_with(['(', '<']) {
                continue;
            }
            // A test has an attribute such as #[test] or #[tokio::test] in
            // the lines just above it (attributes and comments only).
            let is_test = lines[..index]
                .iter()
                .rev()
                .map(|above| above.trim())
                .take_while(|above| above.starts_with("#[") || above.starts_with("//"))
                .any(|above| above.starts_with("#[") && above.contains("test"));
            if is_test {
                tests.insert(name.clone());
            }
            all.insert(name);
        }
    }
    (all, tests)
}

/// Reads a JavaScript string literal that starts at `text[0]` (a quote),
/// undoing its escapes. `None` if it is not a plain literal.
fn string_literal(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let quote = chars.next().filter(|q| matches!(q, '\'' | '"' | '`'))?;
    let mut value = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'u' => {
                    let hex: String = if chars.clone().next() == Some('{') {
                        chars.next();
                        chars.by_ref().take_while(|c| *c != '}').collect()
                    } else {
                        chars.by_ref().take(4).collect()
                    };
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => value.push(other),
            },
            '$' if quote == '`' && chars.clone().next() == Some('{') => return None,
            c if c == quote => return Some(value),
            c => value.push(c),
        }
    }
    None
}

/// The names of the end-to-end tests: the string passed to `test(` in
/// tests/e2e/*.test.mjs.
fn e2e_tests() -> BTreeSet<String> {
    let mut tests = BTreeSet::new();
    for path in files(&root().join("tests/e2e"), ".test.mjs") {
        let text = fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices("test(") {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| is_identifier_char(c) || c == '.' || c == '$') {
                continue;
            }
            if let Some(name) = string_literal(text[at + 5..].trim_start()) {
                tests.insert(name);
            }
        }
    }
    tests
}

#[test]
fn every_hazard_names_tests_that_exist() {
    let (rust_functions, rust_tests) = rust_functions();
    let e2e_tests = e2e_tests();
    assert!(!rust_tests.is_empty() && !e2e_tests.is_empty(), "found no tests to compare with");
    let mut problems = Vec::new();
    for hazard in hazards() {
        let lines = hazard.field_lines("Tests:");
        if lines.len() != 1 {
            problems.push(format!("{}: has {} `Tests:` lines; it needs exactly one", hazard.name(), lines.len()));
            continue;
        }
        let names = names_in_backticks(lines[0]);
        if names.is_empty() {
            problems.push(format!("{}: its `Tests:` line names no test (each name in backticks)", hazard.name()));
        }
        for name in names {
            if rust_tests.contains(&name) || e2e_tests.contains(&name) {
                continue;
            }
            if rust_functions.contains(&name) {
                problems.push(format!(
                    "{}: `{name}` is a function in tests/*.rs but not a test (no #[test] attribute)",
                    hazard.name()
                ));
            } else if name.chars().all(is_identifier_char) {
                problems.push(format!(
                    "{}: no test `{name}`: no `fn {name}(` in tests/*.rs, and no end-to-end test of that name",
                    hazard.name()
                ));
            } else {
                problems.push(format!(
                    "{}: no test `{name}`: no `test('{name}'` in tests/e2e/*.test.mjs (copy the name exactly)",
                    hazard.name()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{LOG} names tests that do not exist:\n{}", problems.join("\n"));
}

/// Reads "severity X, likelihood Y, risk N." (any text may follow the
/// first full stop) and checks N against the matrix.
fn risk<'a>(hazard: &Hazard, field: &str, line: &'a str) -> Result<u8, String> {
    let where_ = format!("{}: `{field}`", hazard.name());
    let text = line[field.len()..].trim();
    let rating = text.split_once('.').map_or(text, |(rating, _)| rating);
    let parts: Vec<&str> = rating.split(',').map(str::trim).collect();
    let [severity, likelihood, risk] = parts[..] else {
        return Err(format!("{where_} must read `severity <S>, likelihood <L>, risk <N>.`: {line}"));
    };
    let value = |part: &'a str, key: &str| -> Result<&'a str, String> {
        part.strip_prefix(key)
            .map(str::trim)
            .ok_or_else(|| format!("{where_} must read `severity <S>, likelihood <L>, risk <N>.`: {line}"))
    };
    let severity = value(severity, "severity")?;
    let likelihood = value(likelihood, "likelihood")?;
    let risk = value(risk, "risk")?;
    let s = SEVERITIES
        .iter()
        .position(|known| known.eq_ignore_ascii_case(severity))
        .ok_or_else(|| format!("{where_}: unknown severity {severity:?}, expected one of {SEVERITIES:?}"))?;
    let l = LIKELIHOODS
        .iter()
        .position(|known| known.eq_ignore_ascii_case(likelihood))
        .ok_or_else(|| format!("{where_}: unknown likelihood {likelihood:?}, expected one of {LIKELIHOODS:?}"))?;
    let risk: u8 = risk.parse().map_err(|_| format!("{where_}: risk {risk:?} is not a number"))?;
    let expected = MATRIX[l][s];
    if risk != expected {
        return Err(format!(
            "{where_}: severity {severity} and likelihood {likelihood} give risk {expected} in the matrix, not {risk}"
        ));
    }
    Ok(risk)
}

/// The matrix as the hazard log writes it out, row by row.
fn matrix_in_log() -> Vec<(String, Vec<String>)> {
    let text = fs::read_to_string(root().join(LOG)).unwrap();
    text.lines()
        .filter_map(|line| {
            let cells: Vec<String> =
                line.trim().trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect();
            let likelihood = cells.first()?;
            (cells.len() == 6
                && LIKELIHOODS.contains(&likelihood.as_str())
                && cells[1..].iter().all(|c| c.len() == 1 && c.chars().all(|d| d.is_ascii_digit())))
            .then(|| (likelihood.clone(), cells[1..].to_vec()))
        })
        .collect()
}

#[test]
fn every_hazard_has_initial_and_residual_risk_and_controls() {
    let mut problems = Vec::new();

    // The matrix in the log is DCB0129's, the one the risks are checked with.
    let rows = matrix_in_log();
    if rows.len() != LIKELIHOODS.len() {
        problems.push(format!("{LOG}: expected the 5×5 risk matrix, one row per likelihood; found {} rows", rows.len()));
    }
    for (likelihood, cells) in &rows {
        let l = LIKELIHOODS.iter().position(|known| known == likelihood).unwrap();
        let expected: Vec<String> = MATRIX[l].iter().map(u8::to_string).collect();
        if *cells != expected {
            problems.push(format!("{LOG}: the matrix row {likelihood} is {cells:?}; DCB0129's is {expected:?}"));
        }
    }

    let hazards = hazards();
    let mut ids = BTreeSet::new();
    for (index, hazard) in hazards.iter().enumerate() {
        let name = hazard.name();
        if hazard.id != format!("H{}", index + 1) {
            problems.push(format!("{name}: hazards are numbered H1, H2, … in order; expected H{}", index + 1));
        }
        if !ids.insert(hazard.id.clone()) {
            problems.push(format!("{name}: the number {} is used twice", hazard.id));
        }
        if hazard.title.is_empty() {
            problems.push(format!("{name}: has no title"));
        }
        for field in FIELDS {
            let lines = hazard.field_lines(field);
            match lines.len() {
                1 => {}
                0 => problems.push(format!("{name}: has no `{field}` line")),
                n => problems.push(format!("{name}: has {n} `{field}` lines; it needs exactly one")),
            }
        }

        let mut rated = Vec::new();
        for field in ["Initial risk:", "Residual risk:"] {
            if let [line] = hazard.field_lines(field)[..] {
                match risk(hazard, field, line) {
                    Ok(value) => rated.push(value),
                    Err(problem) => problems.push(problem),
                }
            }
        }
        if let [initial, residual] = rated[..] {
            if residual > initial {
                problems.push(format!("{name}: residual risk {residual} is higher than initial risk {initial}"));
            }
        }

        // Controls: a numbered list, after `Controls:` and before the
        // residual risk.
        let start = hazard.lines.iter().position(|line| line.starts_with("Controls:"));
        let end = hazard.lines.iter().position(|line| line.starts_with("Residual risk:"));
        match (start, end) {
            (Some(start), Some(end)) if start < end => {
                let numbered = hazard.lines[start + 1..end]
                    .iter()
                    .filter(|line| {
                        let digits = line.chars().take_while(char::is_ascii_digit).count();
                        digits > 0 && line[digits..].starts_with(". ")
                    })
                    .count();
                if numbered == 0 {
                    problems.push(format!("{name}: `Controls:` has no numbered control (`1. ...`)"));
                }
            }
            (Some(_), Some(_)) => problems.push(format!("{name}: `Controls:` must come before `Residual risk:`")),
            _ => {}
        }

        if let [line] = hazard.field_lines("Status:")[..] {
            let status = line["Status:".len()..].trim();
            let open = status.starts_with("Open");
            let closed = status.starts_with("Closed");
            if !open && !closed {
                problems.push(format!("{name}: `Status:` must be Open or Closed, not {status:?}"));
            }
            if closed && rated.get(1).is_some_and(|residual| *residual >= 3) {
                problems.push(format!("{name}: is Closed with residual risk {}; only 1 or 2 can be closed", rated[1]));
            }
        }
        if let [line] = hazard.field_lines("Owner:")[..] {
            if line["Owner:".len()..].trim().is_empty() {
                problems.push(format!("{name}: `Owner:` is empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{LOG}:\n{}", problems.join("\n"));
}
