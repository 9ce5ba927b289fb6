//! `imha-check` as reviewers use it: JSON in, JSON out, one-line errors.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(input: &str) -> Output {
    run_with(&[], input)
}

fn run_with(arguments: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_imha-check"))
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("imha-check starts");
    // imha-check may refuse its arguments before reading its input.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

fn assessment(input: &str) -> Value {
    assessment_with(&["--on", "2026-12-04"], input)
}

fn assessment_with(arguments: &[&str], input: &str) -> Value {
    let output = run_with(arguments, input);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON on standard output")
}

fn error_line(input: &str) -> String {
    let output = run(input);
    assert!(!output.status.success(), "{input} should be refused");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn section_3_in_england_is_eligible_under_section_130c() {
    let out = assessment(r#"{"jurisdiction":"england","status":"section-3"}"#);
    assert_eq!(out["eligible"], "yes");
    assert_eq!(out["basis"], "Mental Health Act 1983, section 130C(2)(a)");
    assert_eq!(out["law_as_at"], "2026-12");
    assert_eq!(out["law_on"], "2026-12-04");
}

#[test]
fn optional_fields_are_read() {
    let out = assessment(
        r#"{"jurisdiction":"england","status":"informal-inpatient","under_18":true,"treatment_discussed":"section-58a","on_leave":false}"#,
    );
    assert_eq!(out["eligible"], "yes");
    assert_eq!(out["sections"][0], "130C(3)(b)");
    let unsure = assessment(r#"{"jurisdiction":"unknown","status":"section-4","under_18":null}"#);
    assert_eq!(unsure["eligible"], "unsure");
    assert_eq!(unsure["ask_ward_staff"][0], "which-country");
}

#[test]
fn an_unknown_value_is_refused_naming_the_field() {
    assert!(error_line(r#"{"jurisdiction":"england","status":"section-99"}"#).contains("`status`"));
    assert!(error_line(r#"{"jurisdiction":"scotland","status":"section-3"}"#).contains("`jurisdiction`"));
    assert!(error_line(r#"{"jurisdiction":"england","status":"section-3","under_18":"yes"}"#)
        .contains("`under_18`"));
}

#[test]
fn a_missing_field_is_refused_naming_it() {
    assert!(error_line(r#"{"jurisdiction":"england"}"#).contains("`status`"));
}

#[test]
fn an_unexpected_field_is_refused_naming_it() {
    assert!(error_line(r#"{"jurisdiction":"england","status":"section-3","ward":"x"}"#).contains("`ward`"));
}

#[test]
fn malformed_json_is_refused_in_one_line() {
    error_line("{");
    error_line("");
    error_line(r#"{"jurisdiction":"england","status":"section-3"} trailing"#);
}

#[test]
fn a_place_of_safety_is_no_in_wales_and_with_the_country_not_known() {
    for country in ["wales", "unknown"] {
        for section in ["section-135", "section-136"] {
            let out = assessment(&format!(r#"{{"jurisdiction":"{country}","status":"{section}"}}"#));
            assert_eq!(out["eligible"], "no", "{country} {section}");
            assert_eq!(out["reasons"][0], "place-of-safety-excluded");
        }
    }
}

/// A commencement file with every change starting on one day.
fn every_change_on(day: &str) -> std::path::PathBuf {
    let text = imha_rights_checker::law::OFFICIAL_COMMENCEMENT;
    let mut value: Value = serde_json::from_str(text).unwrap();
    for (_, entry) in value["changes"].as_object_mut().unwrap() {
        entry["in_force"] = Value::from(day);
        entry["by"] = Value::from("A hypothetical commencement order, for testing");
    }
    let path = std::env::temp_dir().join(format!("imha-commencement-{}-{day}.json", std::process::id()));
    std::fs::write(&path, value.to_string()).unwrap();
    path
}

#[test]
fn on_gives_the_law_on_a_day_and_commencement_tries_days_not_yet_set() {
    let informal = r#"{"jurisdiction":"england","status":"informal-inpatient"}"#;
    // No day set: the 1983 Act as it stands, on any day.
    assert_eq!(assessment_with(&["--on", "2040-01-01"], informal)["eligible"], "no");
    let file = every_change_on("2028-04-01");
    let file = file.to_str().unwrap();
    let before = assessment_with(&["--on", "2028-03-31", "--commencement", file], informal);
    assert_eq!(before["eligible"], "no");
    assert_eq!(before["mha_2025_changes"][0]["standing"], "starts");
    let after = assessment_with(&["--on", "2028-04-01", "--commencement", file], informal);
    assert_eq!(after["eligible"], "yes");
    assert_eq!(after["sections"][0], "130CA");
    assert_eq!(after["mha_2025_changes"][0]["standing"], "in-force");
}

#[test]
fn a_bad_date_or_commencement_file_is_refused() {
    let output = run_with(&["--on", "2026-13-01"], r#"{"jurisdiction":"england","status":"section-3"}"#);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a date"));
    let bad = std::env::temp_dir().join(format!("imha-bad-commencement-{}.json", std::process::id()));
    std::fs::write(&bad, r#"{"checked":"2026-12-04","source":"x","changes":{}}"#).unwrap();
    let output = run_with(&["--commencement", bad.to_str().unwrap()], "{}");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is missing"));
}
