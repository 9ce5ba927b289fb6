//! `imha-check`: reads one situation as JSON on standard input and prints the
//! assessment as JSON on standard output, so that reviewers can check the
//! rules without a browser. The schema is in the README.

use imha_rights_checker::law::{assess, cite, Assessment, Situation, LAW_AS_AT};
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
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
