//! The accessibility statement's record of its own preparation and testing
//! (`docs/accessibility-checks.json`): what keeps it true. Its dates are
//! days, none in the future; it is reviewed after it is prepared, and at
//! least once a year; the automated checks are no older than the legal
//! facts (each release re-checks both); and it names the axe-core version
//! the end-to-end tests really run.

use imha_rights_checker::accessibility::ACCESSIBILITY_CHECKS;
use imha_rights_checker::law::{Date, LAW_AS_AT};
use serde_json::Value;

fn record() -> Value {
    serde_json::from_str(include_str!("../docs/accessibility-checks.json")).unwrap()
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("{text:?} is not a day YYYY-MM-DD"))
}

#[test]
fn days_since_1970_give_their_calendar_day() {
    for (days, day) in [(0, "1970-01-01"), (11_016, "2000-02-29"), (20_793, "2026-12-06"), (-1, "1969-12-31")] {
        assert_eq!(Date::from_days_since_1970(days).map(|d| d.to_string()).as_deref(), Some(day), "{days}");
    }
}

/// Today on this machine's clock (UTC).
fn today() -> Date {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400;
    Date::from_days_since_1970(days as i64).unwrap()
}

#[test]
fn the_statement_shows_what_docs_accessibility_checks_json_records() {
    let record = record();
    let checks = ACCESSIBILITY_CHECKS;
    assert_eq!(record["prepared"], checks.prepared);
    assert_eq!(record["reviewed"], checks.reviewed);
    assert_eq!(record["automated"]["on"], checks.automated_on);
    assert_eq!(record["automated"]["axe_core"], checks.axe_core);
    let manual: Vec<(String, String)> = record["manual"]
        .as_array()
        .unwrap()
        .iter()
        .map(|check| (check["on"].as_str().unwrap().to_owned(), check["check"].as_str().unwrap().to_owned()))
        .collect();
    let built: Vec<(String, String)> = checks.manual.iter().map(|(on, check)| ((*on).to_owned(), check.code().to_owned())).collect();
    assert_eq!(manual, built);
}

#[test]
fn every_date_of_the_statement_is_a_day_and_none_is_in_the_future() {
    let checks = ACCESSIBILITY_CHECKS;
    let mut days = vec![checks.prepared, checks.reviewed, checks.automated_on];
    days.extend(checks.manual.iter().map(|(on, _)| *on));
    for text in days {
        assert!(day(text) <= today(), "{text} is after today, {}: a statement reports only checks already done", today());
    }
}

#[test]
fn the_statement_is_reviewed_after_it_is_prepared_and_manual_checks_are_in_order() {
    let checks = ACCESSIBILITY_CHECKS;
    assert!(day(checks.prepared) <= day(checks.reviewed), "reviewed {} before it was prepared {}", checks.reviewed, checks.prepared);
    let manual: Vec<Date> = checks.manual.iter().map(|(on, _)| day(on)).collect();
    assert!(manual.windows(2).all(|pair| pair[0] <= pair[1]), "manual checks in the order done");
}

#[test]
fn the_automated_checks_are_no_older_than_the_legal_facts() {
    let tested = ACCESSIBILITY_CHECKS.automated_on;
    assert!(
        tested[..7] >= *LAW_AS_AT,
        "the statement says the service was last tested on {tested}, before the law was last checked ({LAW_AS_AT}): \
         run tools/test and record the day in docs/accessibility-checks.json"
    );
}

#[test]
fn the_statement_names_the_axe_core_version_the_tests_run() {
    let lock: Value = serde_json::from_str(include_str!("../package-lock.json")).unwrap();
    let installed = lock["packages"]["node_modules/axe-core"]["version"].as_str().unwrap();
    assert_eq!(ACCESSIBILITY_CHECKS.axe_core, installed, "docs/accessibility-checks.json names another axe-core than package-lock.json");
}

#[test]
fn the_statement_is_reviewed_at_least_once_a_year() {
    let reviewed = ACCESSIBILITY_CHECKS.reviewed;
    day(reviewed);
    // Days as YYYY-MM-DD sort as text; a year on from 29 February is
    // then any day up to 28 February.
    let a_year_on = format!("{}{}", reviewed[..4].parse::<u16>().unwrap() + 1, &reviewed[4..]);
    assert!(
        today().to_string() <= a_year_on,
        "the accessibility statement was last reviewed on {reviewed}, more than a year ago: review it (README, \
         'The accessibility statement and the privacy page') and record the day in docs/accessibility-checks.json"
    );
}
