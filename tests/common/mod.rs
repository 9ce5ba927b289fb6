//! What several test files share: the day the tests judge the law at, and
//! every situation a person can describe.

#![allow(dead_code)] // Each test file uses what it needs.

use imha_rights_checker::law::{Date, Jurisdiction, LawInForce, Situation, Status, Treatment};

/// The law on the day these rules were last checked, with the days
/// regulations have set.
pub fn law() -> LawInForce {
    LawInForce::official(Date::parse("2026-12-04").unwrap())
}

/// Every combination of answers the rules take.
pub fn every_situation() -> Vec<Situation> {
    let mut all = Vec::new();
    for jurisdiction in Jurisdiction::ALL {
        for status in Status::ALL {
            for on_leave in [false, true] {
                for under_18 in [Some(true), Some(false), None] {
                    for treatment_discussed in Treatment::ALL {
                        all.push(Situation {
                            jurisdiction: *jurisdiction,
                            status: *status,
                            on_leave,
                            under_18,
                            treatment_discussed: *treatment_discussed,
                        });
                    }
                }
            }
        }
    }
    all
}
