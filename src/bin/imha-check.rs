//! `imha-check`: reads one situation as JSON on standard input and prints the
//! assessment as JSON on standard output, so that reviewers can check the
//! rules without a browser. The schema is in the README.
//!
//! `imha-check --config providers.json` checks a trust's provider
//! configuration instead, so a web team can check it before publishing.

use imha_rights_checker::embed::Config;
use imha_rights_checker::law::{assess, cite, Assessment, Situation, LAW_AS_AT};
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.as_slice() {
        [] => check_situation(),
        [flag, path] if flag == "--config" => check_config(path),
        _ => {
            eprintln!("usage: imha-check < situation.json    or    imha-check --config providers.json");
            ExitCode::from(2)
        }
    }
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
            println!("{path}: OK, {} provider(s): {}", keys.len(), keys.join(", "));
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

fn check_situation() -> ExitCode {
    match read_situation() {
        Ok(situation) => {
            println!("{}", report(&assess(&situation)));
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

fn report(assessment: &Assessment) -> Value {
    json!({
        "eligible": assessment.eligible.code(),
        "basis": cite(&assessment.basis),
        "sections": assessment.basis.iter().map(|p| p.section()).collect::<Vec<_>>(),
        "reasons": assessment.reasons.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "ask_ward_staff": assessment.ask.iter().map(|q| q.code()).collect::<Vec<_>>(),
        "notes": assessment.notes.iter().map(|note| json!({
            "note": note.code(),
            "section": note.section(),
        })).collect::<Vec<_>>(),
        "law_as_at": LAW_AS_AT,
    })
}
