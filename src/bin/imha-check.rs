//! `imha-check`: reads one situation as JSON on standard input and prints the
//! assessment as JSON on standard output, so that reviewers can check the
//! rules without a browser. The schema is in the README.
//!
//! `--on YYYY-MM-DD` judges the situation under the law on that day, with
//! the Mental Health Act 2025's changes that have started by then;
//! `--commencement FILE` takes the days from another commencement file, to
//! try a day regulations have not yet set.
//!
//! `imha-check --config providers.json` checks a trust's provider
//! configuration instead, so a web team can check it before publishing.
//!
//! `imha-check --review-sheet <tag>` prints a translation's review sheet
//! (CSV), as the review page (`#/review?lang=<tag>`) exports it, from the
//! `locales/` folder here; `tools/review-import` compares a filled-in sheet
//! with it.

use imha_rights_checker::embed::Config;
use imha_rights_checker::law::{
    assess, cite, rights, Assessment, Change, Commencement, Date, LawInForce, Situation, Standing, LAW_AS_AT,
};
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: imha-check [--on YYYY-MM-DD] [--commencement FILE] < situation.json    or    imha-check --config providers.json    or    imha-check --review-sheet <tag>";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = arguments.as_slice() {
        if flag == "--config" {
            return check_config(path);
        }
        if flag == "--review-sheet" {
            return review_sheet(path);
        }
    }
    match law_from(&arguments) {
        Ok(law) => check_situation(&law),
        Err(message) => {
            eprintln!("imha-check: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn review_sheet(tag: &str) -> ExitCode {
    use imha_rights_checker::words::review::{joined, Sheet};
    let read = |tag: &str| -> std::io::Result<String> {
        let mut files: Vec<_> = std::fs::read_dir(std::path::Path::new("locales").join(tag))?
            .filter_map(|entry| Some(entry.ok()?.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let mut texts = Vec::new();
        for path in files {
            texts.push((path.file_name().unwrap_or_default().to_string_lossy().into_owned(), std::fs::read_to_string(&path)?));
        }
        Ok(joined(texts.iter().map(|(name, text)| (&name[..], &text[..]))))
    };
    match (read(imha_rights_checker::words::SOURCE.tag), read(tag)) {
        (Ok(english), Ok(translation)) => {
            print!("{}", Sheet::new(&english, &translation, None).csv());
            ExitCode::SUCCESS
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("imha-check: locales/{tag}: {e} (run from the repository's folder)");
            ExitCode::from(2)
        }
    }
}

/// The law to judge by: on `--on` (today if not given), with the days in
/// `--commencement` (the shipped file if not given).
fn law_from(arguments: &[String]) -> Result<LawInForce, String> {
    let mut on = None;
    let mut commencement = None;
    let mut rest = arguments.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--on" => on = Some(Date::parse(value).ok_or_else(|| format!("--on {value}: not a date YYYY-MM-DD"))?),
            "--commencement" => {
                let text = std::fs::read_to_string(value).map_err(|error| format!("{value}: {error}"))?;
                commencement = Some(Commencement::parse(&text).map_err(|error| format!("{value}: {error}"))?);
            }
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let on = match on {
        Some(on) => on,
        None => today()?,
    };
    Ok(LawInForce::on(on, commencement.unwrap_or_else(Commencement::official)))
}

/// Today by the system clock (UTC).
fn today() -> Result<Date, String> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970".to_owned())?
        .as_secs();
    Date::from_days_since_1970((seconds / 86_400) as i64)
        .ok_or_else(|| "the system clock gives no valid date".to_owned())
}

fn check_config(path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("imha-check: {path}: {error}");
            return ExitCode::from(2);
        }
    };
    match Config::parse(&text) {
        Ok(config) => {
            let keys: Vec<&str> = config.providers.keys().map(String::as_str).collect();
            let trust = match &config.trust {
                Some(trust) => format!("trust: {}", trust.name.get("en-GB")),
                None => "no trust: the accessibility statement and privacy page say to ask ward staff".to_owned(),
            };
            println!("{path}: OK, {} provider(s): {}; {trust}", keys.len(), keys.join(", "));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in errors {
                eprintln!("imha-check: {path}: {error}");
            }
            ExitCode::from(1)
        }
    }
}

fn check_situation(law: &LawInForce) -> ExitCode {
    match read_situation() {
        Ok(situation) => {
            println!("{}", report(&situation, &assess(&situation, law), law));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("imha-check: {message}");
            ExitCode::from(2)
        }
    }
}

fn read_situation() -> Result<Situation, String> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|error| format!("cannot read standard input: {error}"))?;
    let mut deserializer = serde_json::Deserializer::from_str(&input);
    let situation = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let field = error.path().to_string();
        let inner = error.into_inner();
        let message = inner.to_string().replace('\n', " ");
        if field == "." || field == "?" {
            format!("invalid situation: {message}")
        } else {
            format!("field `{field}`: {message}")
        }
    })?;
    deserializer
        .end()
        .map_err(|error| format!("invalid situation: {error}"))?;
    Ok(situation)
}

fn report(situation: &Situation, assessment: &Assessment, law: &LawInForce) -> Value {
    let changes: Vec<Value> = Change::ALL
        .iter()
        .filter(|change| change.concerns(situation))
        .map(|change| {
            let (standing, day) = match law.standing(*change) {
                Standing::InForceSince(day) => ("in-force", Some(day.to_string())),
                Standing::Starts(day) => ("starts", Some(day.to_string())),
                Standing::NoDateSet => ("no-date-set", None),
            };
            json!({ "change": change.code(), "standing": standing, "day": day })
        })
        .collect();
    json!({
        "eligible": assessment.eligible.code(),
        "basis": cite(&assessment.basis),
        "sections": assessment.basis.iter().map(|p| p.section()).collect::<Vec<_>>(),
        "reasons": assessment.reasons.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "ask_ward_staff": assessment.ask.iter().map(|q| q.code()).collect::<Vec<_>>(),
        "notes": assessment.notes.iter().map(|note| json!({
            "note": note.code(),
            "sections": note.sections(situation.jurisdiction),
        })).collect::<Vec<_>>(),
        "rights": rights(situation, law).iter().map(|right| right.code()).collect::<Vec<_>>(),
        "law_on": law.on.to_string(),
        "mha_2025_changes": changes,
        "law_as_at": LAW_AS_AT,
    })
}
