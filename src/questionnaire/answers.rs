//! The answers given so far, typed. Their codes are the same names and
//! values as `imha-check`'s JSON, so that a result link reads like a
//! situation; strings appear only at the edges (links, saved state, form
//! values, Fluent ids).

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

coded_enum! {
    /// Who is asking. Every screen speaks to them through Fluent's
    /// `$audience`.
    pub enum Audience {
        Patient = "patient",
        Carer = "carer",
        Staff = "staff",
    }
}

coded_enum! {
    /// The broad situation, asked before the section so that nobody has to
    /// read a list of 18 sections unless they are held under one.
    pub enum Setting {
        Detained = "detained",
        /// Detained, and on leave of absence from hospital (section 17).
        DetainedOnLeave = "detained-on-leave",
        Cto = "cto",
        CtoRecalled = "cto-recalled",
        Guardianship = "guardianship",
        ConditionalDischarge = "conditional-discharge",
        InformalInpatient = "informal-inpatient",
        NotUnderTheAct = "none",
        Unknown = "unknown",
    }
}

impl Setting {
    /// The status a setting other than "detained" or "not known" is.
    fn status(self) -> Option<Status> {
        match self {
            Setting::Detained | Setting::DetainedOnLeave | Setting::Unknown => None,
            Setting::Cto => Some(Status::Cto),
            Setting::CtoRecalled => Some(Status::CtoRecalled),
            Setting::Guardianship => Some(Status::Guardianship),
            Setting::ConditionalDischarge => Some(Status::ConditionalDischarge),
            Setting::InformalInpatient => Some(Status::InformalInpatient),
            Setting::NotUnderTheAct => Some(Status::NotUnderTheAct),
        }
    }
}

/// The sections a person held under one chooses from, in the order the
/// question lists them, with "I don't know" (`Status::Unknown`) last.
pub const SECTION_ORDER: &[Status] = &[
    Status::Section2,
    Status::Section3,
    Status::Section4,
    Status::Section5_2,
    Status::Section5_4,
    Status::Section135,
    Status::Section136,
    Status::Section35,
    Status::Section36,
    Status::Section37,
    Status::Section37_41,
    Status::Section38,
    Status::Section45A,
    Status::Section47,
    Status::Section47_49,
    Status::Section48,
    Status::Section48_49,
    Status::Unknown,
];

coded_enum! {
    /// The "I don't know my section" helper: what happened, in everyday
    /// words.
    pub enum WhatHappened {
        PolicePublicPlace = "police-public-place",
        PoliceWarrantHome = "police-warrant-home",
        NurseStoppedLeaving = "nurse-stopped-leaving",
        DoctorStoppedLeaving = "doctor-stopped-leaving",
        KeptMoreThan3Days = "kept-more-than-3-days",
        CourtSent = "court-sent",
        MovedFromPrison = "moved-from-prison",
        RulesOutsideHospital = "rules-outside-hospital",
        Guardian = "guardian",
        FreeToLeave = "free-to-leave",
        NotInHospital = "not-in-hospital",
        StillNotSure = "still-not-sure",
    }
}

impl WhatHappened {
    /// The status each answer means.
    pub fn status(self) -> Status {
        use WhatHappened::*;
        match self {
            PolicePublicPlace => Status::Section136,
            PoliceWarrantHome => Status::Section135,
            NurseStoppedLeaving => Status::Section5_4,
            DoctorStoppedLeaving => Status::Section5_2,
            KeptMoreThan3Days | CourtSent | MovedFromPrison => Status::DetainedLongerTerm,
            RulesOutsideHospital => Status::Cto,
            Guardian => Status::Guardianship,
            FreeToLeave => Status::InformalInpatient,
            NotInHospital => Status::NotUnderTheAct,
            StillNotSure => Status::Unknown,
        }
    }
}

coded_enum! {
    /// A yes-or-no question's answer, coded as in `imha-check`'s JSON.
    pub enum YesNo {
        Yes = "true",
        No = "false",
        NotKnown = "unknown",
    }
}

impl YesNo {
    fn known(self) -> Option<bool> {
        match self {
            YesNo::Yes => Some(true),
            YesNo::No => Some(false),
            YesNo::NotKnown => None,
        }
    }
}

/// One answer, typed by the field it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Audience(Audience),
    Jurisdiction(Jurisdiction),
    Setting(Setting),
    Section(Status),
    WhatHappened(WhatHappened),
    OnLeave(YesNo),
    TreatmentDiscussed(Treatment),
    Under18(YesNo),
}

impl Answer {
    pub fn field(self) -> Field {
        match self {
            Answer::Audience(_) => Field::Audience,
            Answer::Jurisdiction(_) => Field::Jurisdiction,
            Answer::Setting(_) => Field::Setting,
            Answer::Section(_) => Field::Section,
            Answer::WhatHappened(_) => Field::WhatHappened,
            Answer::OnLeave(_) => Field::OnLeave,
            Answer::TreatmentDiscussed(_) => Field::TreatmentDiscussed,
            Answer::Under18(_) => Field::Under18,
        }
    }

    /// The Fluent message that offers this answer: `option-<slug>-<code>`.
    pub fn message_id(self) -> String {
        format!("option-{}-{}", self.field().slug(), self.code())
    }

    /// The answer as written in a link, saved state or form value.
    pub fn code(self) -> &'static str {
        match self {
            Answer::Audience(it) => it.code(),
            Answer::Jurisdiction(it) => it.code(),
            Answer::Setting(it) => it.code(),
            Answer::Section(it) => it.code(),
            Answer::WhatHappened(it) => it.code(),
            Answer::OnLeave(it) | Answer::Under18(it) => it.code(),
            Answer::TreatmentDiscussed(it) => it.code(),
        }
    }
}

impl Field {
    /// The question's name in its route (`#/question/<slug>`) and Fluent
    /// ids (`question-<slug>-*`): the field's own name, hyphenated.
    pub fn slug(self) -> &'static str {
        match self {
            Field::WhatHappened => "what-happened",
            Field::OnLeave => "on-leave",
            Field::TreatmentDiscussed => "treatment-discussed",
            Field::Under18 => "under-18",
            other => other.code(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|field| field.slug() == slug)
    }

    /// Every answer a question about this field offers, in order.
    pub fn answers(self) -> Vec<Answer> {
        match self {
            Field::Audience => Audience::ALL.iter().map(|it| Answer::Audience(*it)).collect(),
            Field::Jurisdiction => Jurisdiction::ALL.iter().map(|it| Answer::Jurisdiction(*it)).collect(),
            Field::Setting => Setting::ALL.iter().map(|it| Answer::Setting(*it)).collect(),
            Field::Section => SECTION_ORDER.iter().map(|it| Answer::Section(*it)).collect(),
            Field::WhatHappened => WhatHappened::ALL.iter().map(|it| Answer::WhatHappened(*it)).collect(),
            Field::OnLeave => YesNo::ALL.iter().map(|it| Answer::OnLeave(*it)).collect(),
            Field::TreatmentDiscussed => Treatment::ALL.iter().map(|it| Answer::TreatmentDiscussed(*it)).collect(),
            Field::Under18 => YesNo::ALL.iter().map(|it| Answer::Under18(*it)).collect(),
        }
    }

    /// The answer a link, saved state or form gives as text, if valid.
    /// `imha-check` writes an unknown age as `null`.
    pub fn parse(self, text: &str) -> Option<Answer> {
        let text = if self == Field::Under18 && text == "null" { "unknown" } else { text };
        self.answers().into_iter().find(|answer| answer.code() == text)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<Field, Answer>,
}

/// Why some of a link's or saved state's answers were not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub Vec<String>);

impl Answers {
    pub fn get(&self, field: Field) -> Option<Answer> {
        self.values.get(&field).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn set(&mut self, answer: Answer) {
        self.values.insert(answer.field(), answer);
    }

    /// Sets an answer given as text; `false` if it is not one of the
    /// field's answers.
    pub fn set_code(&mut self, field: Field, text: &str) -> bool {
        field.parse(text).map(|answer| self.set(answer)).is_some()
    }

    pub fn remove(&mut self, field: Field) {
        self.values.remove(&field);
    }

    pub fn audience(&self) -> Audience {
        match self.get(Field::Audience) {
            Some(Answer::Audience(audience)) => audience,
            _ => Audience::Patient,
        }
    }

    pub fn jurisdiction(&self) -> Option<Jurisdiction> {
        match self.get(Field::Jurisdiction)? {
            Answer::Jurisdiction(jurisdiction) => Some(jurisdiction),
            _ => None,
        }
    }

    pub fn setting(&self) -> Option<Setting> {
        match self.get(Field::Setting)? {
            Answer::Setting(setting) => Some(setting),
            _ => None,
        }
    }

    pub fn section(&self) -> Option<Status> {
        match self.get(Field::Section)? {
            Answer::Section(section) => Some(section),
            _ => None,
        }
    }

    fn what_happened(&self) -> Option<WhatHappened> {
        match self.get(Field::WhatHappened)? {
            Answer::WhatHappened(what_happened) => Some(what_happened),
            _ => None,
        }
    }

    fn yes_no(&self, field: Field) -> Option<YesNo> {
        match self.get(field)? {
            Answer::OnLeave(answer) | Answer::Under18(answer) => Some(answer),
            _ => None,
        }
    }

    /// The status the answers point to, once the setting is known.
    pub fn status(&self) -> Option<Status> {
        match self.setting()? {
            Setting::Detained | Setting::DetainedOnLeave => match self.section()? {
                Status::Unknown => match self.what_happened()?.status() {
                    Status::Unknown => Some(Status::DetainedSectionNotKnown),
                    status => Some(status),
                },
                section => Some(section),
            },
            Setting::Unknown => self.what_happened().map(WhatHappened::status),
            setting => setting.status(),
        }
    }

    /// Records a status given directly (as in a result link) as the
    /// answers that would have led to it.
    pub fn set_status(&mut self, status: Status) {
        for field in [Field::Setting, Field::Section, Field::WhatHappened] {
            self.remove(field);
        }
        let (setting, section, what_happened) = match status {
            Status::DetainedLongerTerm => (Setting::Detained, Some(Status::Unknown), Some(WhatHappened::KeptMoreThan3Days)),
            Status::DetainedSectionNotKnown => (Setting::Detained, Some(Status::Unknown), Some(WhatHappened::StillNotSure)),
            Status::Unknown => (Setting::Unknown, None, Some(WhatHappened::StillNotSure)),
            section if SECTION_ORDER.contains(&section) => (Setting::Detained, Some(section), None),
            other => {
                let setting = Setting::ALL.iter().copied().find(|setting| setting.status() == Some(other));
                (setting.expect("every status is a setting, a section or reached by the helper"), None, None)
            }
        };
        self.set(Answer::Setting(setting));
        if let Some(section) = section {
            self.set(Answer::Section(section));
        }
        if let Some(what_happened) = what_happened {
            self.set(Answer::WhatHappened(what_happened));
        }
    }

    /// The situation the rules assess, once country and status are known.
    /// Questions not asked take their everyday defaults (not on leave, age
    /// not known, no treatment under discussion).
    pub fn situation(&self) -> Option<Situation> {
        Some(Situation {
            jurisdiction: self.jurisdiction()?,
            status: self.status()?,
            on_leave: self.setting() == Some(Setting::DetainedOnLeave) || self.yes_no(Field::OnLeave) == Some(YesNo::Yes),
            under_18: self.yes_no(Field::Under18).and_then(YesNo::known),
            treatment_discussed: match self.get(Field::TreatmentDiscussed) {
                Some(Answer::TreatmentDiscussed(treatment)) => treatment,
                _ => Treatment::None,
            },
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
                _ => Field::from_code(&name).is_some_and(|field| answers.set_code(field, &value)),
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
            .map(|(field, answer)| format!("{}={}", field.code(), answer.code()))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The answers as a result link's query: the situation under
    /// `imha-check`'s names, plus who is asking.
    pub fn to_result_query(&self) -> String {
        let mut pairs = vec![(Field::Audience.code(), self.audience().code())];
        if let Some(situation) = self.situation() {
            pairs.push(("jurisdiction", situation.jurisdiction.code()));
            pairs.push(("status", situation.status.code()));
        }
        // "On section 17 leave" is itself the answer about leave.
        let on_leave_given = self.setting() == Some(Setting::DetainedOnLeave);
        if on_leave_given {
            pairs.push((Field::OnLeave.code(), YesNo::Yes.code()));
        }
        for field in [Field::OnLeave, Field::TreatmentDiscussed, Field::Under18] {
            if field == Field::OnLeave && on_leave_given {
                continue;
            }
            if let Some(answer) = self.get(field) {
                pairs.push((field.code(), answer.code()));
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
