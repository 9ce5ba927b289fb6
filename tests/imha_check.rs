//! `imha-check` as reviewers use it: JSON in, JSON out, one-line errors.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_imha-check"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("imha-check starts");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn assessment(input: &str) -> Value {
    let output = run(input);
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
    assert_eq!(out["law_as_at"], "2026-11");
}

#[test]
fn optional_fields_are_read() {
    let out = assessment(
        r#"{"jurisdiction":"england","status":"informal-inpatient","under_18":true,"treatment_discussed":"section-58a","on_leave":false}"#,
    );
    assert_eq!(out["eligible"], "yes");
    assert_eq!(out["sections"][0], "130C(3)(b)");
    let unsure = assessment(r#"{"jurisdiction":"unknown","status":"section-136","under_18":null}"#);
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
