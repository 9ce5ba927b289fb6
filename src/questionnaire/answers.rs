//! The answers given so far, under the same names and values as
//! `imha-check`'s JSON, so that a result link reads like a situation.

use crate::law::{Jurisdiction, Situation, Status, Treatment};
use std::collections::BTreeMap;

coded_enum! {
    /// Each thing a question asks, named as in result links.
    pub enum Field {
        Audience = "audience",
        Jurisdiction = "jurisdiction",
        Setting = "setting",
        Section = "section",
        WhatHappened = "what_happened",
        OnLeave = "on_leave",
        TreatmentDiscussed = "treatment_discussed",
        Under18 = "under_18",
    }
}

/// Who is asking. Every screen speaks to them through Fluent's `$audience`.
pub const AUDIENCES: &[&str] = &["patient", "carer", "staff"];

/// The broad situation, asked before the section so that nobody has to read
/// a list of 18 sections unless they are held under one.
pub const SETTINGS: &[&str] = &[
    "detained",
    "cto",
    "cto-recalled",
    "guardianship",
    "conditional-discharge",
    "informal-inpatient",
    "none",
    "unknown",
];

pub const SECTIONS: &[&str] = &[
    "section-2",
    "section-3",
    "section-4",
    "section-5-2",
    "section-5-4",
    "section-135",
    "section-136",
    "section-35",
    "section-36",
    "section-37",
    "section-37-41",
    "section-38",
    "section-45a",
    "section-47",
    "section-47-49",
    "section-48",
    "section-48-49",
    "unknown",
];

/// The "I don't know my section" helper: what happened, in everyday words,
/// and the status each answer means.
pub const WHAT_HAPPENED: &[(&str, Status)] = &[
    ("police-public-place", Status::Section136),
    ("police-warrant-home", Status::Section135),
    ("nurse-stopped-leaving", Status::Section5_4),
    ("doctor-stopped-leaving", Status::Section5_2),
    ("kept-more-than-3-days", Status::DetainedLongerTerm),
    ("court-sent", Status::DetainedLongerTerm),
    ("moved-from-prison", Status::DetainedLongerTerm),
    ("rules-outside-hospital", Status::Cto),
    ("guardian", Status::Guardianship),
    ("free-to-leave", Status::InformalInpatient),
    ("not-in-hospital", Status::NotUnderTheAct),
    ("still-not-sure", Status::Unknown),
];

pub const YES_NO_UNKNOWN: &[&str] = &["true", "false", "unknown"];

pub const TREATMENTS: &[&str] = &["section-57", "section-58a", "none", "unknown"];

pub const JURISDICTIONS: &[&str] = &["england", "wales", "unknown"];

impl Field {
    /// The values a question about this field offers.
    pub fn values(self) -> Vec<&'static str> {
        match self {
            Field::Audience => AUDIENCES.to_vec(),
            Field::Jurisdiction => JURISDICTIONS.to_vec(),
            Field::Setting => SETTINGS.to_vec(),
            Field::Section => SECTIONS.to_vec(),
            Field::WhatHappened => WHAT_HAPPENED.iter().map(|(code, _)| *code).collect(),
            Field::OnLeave | Field::Under18 => YES_NO_UNKNOWN.to_vec(),
            Field::TreatmentDiscussed => TREATMENTS.to_vec(),
        }
    }

    /// The field's value as written in a link or saved state, if valid.
    pub fn value(self, text: &str) -> Option<&'static str> {
        let text = if self == Field::Under18 && text == "null" { "unknown" } else { text };
        self.values().into_iter().find(|value| *value == text)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<Field, &'static str>,
}

/// Why some of a link's or saved state's answers were not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub Vec<String>);

impl Answers {
    pub fn get(&self, field: Field) -> Option<&'static str> {
        self.values.get(&field).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Sets an answer; `value` must be one of the field's values.
    pub fn set(&mut self, field: Field, value: &str) -> bool {
        match field.value(value) {
            Some(value) => {
                self.values.insert(field, value);
                true
            }
            None => false,
        }
    }

    pub fn remove(&mut self, field: Field) {
        self.values.remove(&field);
    }

    pub fn audience(&self) -> &'static str {
        self.get(Field::Audience).unwrap_or("patient")
    }

    pub fn jurisdiction(&self) -> Option<Jurisdiction> {
        self.get(Field::Jurisdiction).and_then(Jurisdiction::from_code)
    }

    /// The status the answers point to, once the setting is known.
    pub fn status(&self) -> Option<Status> {
        let helper = || {
            self.get(Field::WhatHappened).and_then(|answer| {
                WHAT_HAPPENED.iter().find(|(code, _)| *code == answer).map(|(_, status)| *status)
            })
        };
        match self.get(Field::Setting)? {
            "detained" => match self.get(Field::Section) {
                None => None,
                Some("unknown") => match helper()? {
                    Status::Unknown => Some(Status::DetainedSectionNotKnown),
                    status => Some(status),
                },
                Some(section) => Status::from_code(section),
            },
            "unknown" => helper(),
            setting => Status::from_code(setting),
        }
    }

    /// Records a status given directly (as in a result link) as the
    /// answers that would have led to it.
    pub fn set_status(&mut self, status: Status) {
        for field in [Field::Setting, Field::Section, Field::WhatHappened] {
            self.remove(field);
        }
        let code = status.code();
        if code != "unknown" && SECTIONS.contains(&code) {
            self.set(Field::Setting, "detained");
            self.set(Field::Section, code);
            return;
        }
        let (setting, section, what_happened) = match status {
            Status::DetainedLongerTerm => ("detained", Some("unknown"), Some("kept-more-than-3-days")),
            Status::DetainedSectionNotKnown => ("detained", Some("unknown"), Some("still-not-sure")),
            Status::Unknown => ("unknown", None, Some("still-not-sure")),
            _ => (code, None, None),
        };
        self.set(Field::Setting, setting);
        if let Some(section) = section {
            self.set(Field::Section, section);
        }
        if let Some(answer) = what_happened {
            self.set(Field::WhatHappened, answer);
        }
    }

    /// The situation the rules assess, once country and status are known.
    /// Questions not asked take their everyday defaults (not on leave, age
    /// not known, no treatment under discussion).
    pub fn situation(&self) -> Option<Situation> {
        Some(Situation {
            jurisdiction: self.jurisdiction()?,
            status: self.status()?,
            on_leave: self.get(Field::OnLeave) == Some("true"),
            under_18: match self.get(Field::Under18) {
                Some("true") => Some(true),
                Some("false") => Some(false),
                _ => None,
            },
            treatment_discussed: self
                .get(Field::TreatmentDiscussed)
                .and_then(Treatment::from_code)
                .unwrap_or(Treatment::None),
        })
    }

    /// Reads `name=value&...` pairs, as in a result link or saved state.
    /// `status` is accepted as well as the questions' own fields.
    pub fn from_query(query: &str) -> (Answers, Unreadable) {
        let mut answers = Answers::default();
        let mut unreadable = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(name);
            let value = decode(value);
            let read = match name.as_str() {
                "status" => Status::from_code(&value).map(|status| answers.set_status(status)).is_some(),
                _ => Field::from_code(&name).is_some_and(|field| answers.set(field, &value)),
            };
            if !read {
                unreadable.push(name);
            }
        }
        (answers, Unreadable(unreadable))
    }

    /// The answers as `name=value&...`, in question order.
    pub fn to_query(&self) -> String {
        self.values
            .iter()
            .map(|(field, value)| format!("{}={}", field.code(), value))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The answers as a result link's query: the situation under
    /// `imha-check`'s names, plus who is asking.
    pub fn to_result_query(&self) -> String {
        let mut pairs = vec![("audience", self.audience())];
        if let Some(situation) = self.situation() {
            pairs.push(("jurisdiction", situation.jurisdiction.code()));
            pairs.push(("status", situation.status.code()));
        }
        for field in [Field::OnLeave, Field::TreatmentDiscussed, Field::Under18] {
            if let Some(value) = self.get(field) {
                pairs.push((field.code(), value));
            }
        }
        pairs.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("&")
    }

    pub(crate) fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        self.values.keys().copied()
    }
}

/// Every value here is plain ASCII; this only undoes the escaping a
/// person's mail or messaging app may have added.
fn decode(text: &str) -> String {
    let hex = |byte: u8| (byte as char).to_digit(16).map(|digit| digit as u8);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i..] {
            [b'%', high, low, ..] => hex(high).zip(hex(low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
