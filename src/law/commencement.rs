//! The Mental Health Act 2025 (c. 33) is law, but almost all of it starts
//! on days the Secretary of State appoints by regulations (s56(3)). Each
//! change that matters to this app is a `Change`; the day it starts is
//! data, in `commencement.json`, `null` until regulations set it. The rules
//! for each change are written now and take effect only from its day, so a
//! reader is never told of a change as if it were already in force.

use super::situation::{Jurisdiction, Power, Situation, Status, Treatment};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

coded_enum! {
    /// A change the Mental Health Act 2025 makes that alters what a person
    /// is told here.
    messages = "change-",
    pub enum Change {
        /// Tribunal rights of conditionally discharged restricted patients
        /// whose conditions deprive them of liberty.
        ConditionalDischargeDeprivationOfLiberty = "conditional-discharge-deprivation-of-liberty",
        /// New s130CA: informal in-patients in England qualify.
        EnglishInformalPatients = "english-informal-patients",
        /// New s130B(2C): the provider arranges for an IMHA to visit every
        /// English qualifying compulsory patient.
        OptOutAdvocacy = "opt-out-advocacy",
        /// New s130B(2)(c) and (d): help for English compulsory patients to
        /// take part in decisions and to complain, and information about
        /// other services.
        MoreHelp = "more-help",
        /// A nominated person, chosen by the patient, replaces the nearest
        /// relative.
        NominatedPerson = "nominated-person",
        /// Section 3: 3 months, 3 months, 6 months, then a year at a time.
        Section3Periods = "section-3-periods",
        /// Tribunal windows: section 2 within 21 days; section 3 in the
        /// first 3 months.
        TribunalWindows = "tribunal-windows",
        /// More frequent references to the Tribunal by the managers.
        AutomaticReferrals = "automatic-referrals",
        /// Medication needs consent or a second opinion after 2 months,
        /// not 3.
        MedicationSecondOpinion = "medication-second-opinion",
        /// Police stations are no longer places of safety.
        PoliceStations = "police-stations",
        /// Detained and community patients are told how to complain.
        ComplaintsInformation = "complaints-information",
        /// Detention needs a risk of serious harm; autism or a learning
        /// disability alone is no longer enough for section 3 or a CTO.
        DetentionCriteria = "detention-criteria",
    }
}

impl Change {
    /// Whether the change alters what a person in `situation` is told.
    pub fn concerns(self, situation: &Situation) -> bool {
        use Status::*;
        let status = situation.status;
        let power = status.power();
        let england_maybe = situation.jurisdiction != Jurisdiction::Wales;
        match self {
            Change::ConditionalDischargeDeprivationOfLiberty => status == ConditionalDischarge,
            Change::EnglishInformalPatients => england_maybe && power == Power::Informal,
            // English qualifying compulsory patients: today's s130C groups,
            // including those qualifying by a treatment discussion, and
            // anyone whose status is not yet known.
            Change::OptOutAdvocacy | Change::MoreHelp => {
                england_maybe
                    && (!matches!(power, Power::Informal | Power::NotUnderTheAct | Power::PlaceOfSafety)
                        || situation.treatment_discussed != Treatment::None)
            }
            // Who the nearest relative is and what they can do, which a
            // carer is told in every situation; their copies, and who may
            // ask for a visit.
            Change::NominatedPerson => true,
            Change::Section3Periods => status == Section3,
            Change::TribunalWindows => matches!(status, Section2 | Section3),
            Change::AutomaticReferrals => matches!(status, Section3 | Section37 | Cto | CtoRecalled),
            Change::MedicationSecondOpinion => status.part_4_applies(),
            Change::PoliceStations => power == Power::PlaceOfSafety,
            Change::ComplaintsInformation => matches!(
                power,
                Power::LongerTermDetention
                    | Power::DetentionNotKnown
                    | Power::CommunityTreatmentOrder
                    | Power::ConditionalDischarge
            ),
            Change::DetentionCriteria => matches!(status, Section2 | Section3 | Cto | CtoRecalled),
        }
    }
}

/// A calendar day, as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month).contains(&day).then_some(Date { year, month, day })
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil-from-days),
    /// for reading the system clock outside the browser.
    pub fn from_days_since_1970(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = u8::try_from(day_of_year - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = u16::try_from(year_of_era + era * 400 + i64::from(month <= 2)).ok()?;
        Date::new(year, month, day)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date YYYY-MM-DD")))
    }
}

/// When a change starts, and the instrument that appointed the day.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// Where in the 2025 Act the change is, for reviewers.
    provisions: String,
    in_force: Option<Date>,
    by: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// When the days were last checked, for reviewers (a date, or the file
    /// is refused).
    #[serde(rename = "checked")]
    _checked: Date,
    /// The address the days were checked at, for reviewers.
    #[serde(rename = "source")]
    _source: String,
    changes: BTreeMap<String, Entry>,
}

include!(concat!(env!("OUT_DIR"), "/commencement.rs"));

/// A day `build.rs` read from `commencement.json`.
fn built_day((year, month, day): Day) -> Date {
    Date::new(year, month, day).expect("build.rs reads real days")
}

/// The day each change starts, if one has been appointed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commencement {
    /// Each change with its day, in the order of `Change::ALL`.
    days: Vec<(Change, Option<Date>)>,
}

/// The commencement file shipped with the rules.
pub const OFFICIAL_COMMENCEMENT: &str = include_str!("commencement.json");

impl Commencement {
    /// The days as regulations have set them, from `commencement.json`
    /// (read at build time).
    pub fn official() -> Commencement {
        let day = |change: &Change| {
            let (_, day) = OFFICIAL_DAYS.iter().find(|(code, _)| *code == change.code()).expect("build.rs reads every change");
            day.map(built_day)
        };
        Commencement { days: Change::ALL.iter().map(|change| (*change, day(change))).collect() }
    }

    /// The day `commencement.json` says its days were last checked.
    pub fn official_checked_on() -> Date {
        built_day(OFFICIAL_CHECKED.expect("commencement.json says when it was checked"))
    }

    /// No change started: the Mental Health Act 1983 as it stands.
    pub fn none() -> Commencement {
        Commencement { days: Change::ALL.iter().map(|change| (*change, None)).collect() }
    }

    /// Reads a commencement file: every change named once, each with its
    /// day (or `null`) and, once a day is set, the instrument that set it.
    pub fn parse(text: &str) -> Result<Commencement, String> {
        let file: File = serde_json::from_str(text).map_err(|error| error.to_string())?;
        let mut days = BTreeMap::new();
        for (code, entry) in file.changes {
            let change = Change::from_code(&code).ok_or_else(|| format!("`{code}` is not a change of the 2025 Act"))?;
            if entry.provisions.trim().is_empty() {
                return Err(format!("`{code}`: `provisions` must say where in the Act the change is"));
            }
            if entry.in_force.is_some() && entry.by.is_none() {
                return Err(format!("`{code}`: a day is set, so `by` must name what set it"));
            }
            days.insert(change, entry.in_force);
        }
        if let Some(missing) = Change::ALL.iter().find(|change| !days.contains_key(change)) {
            return Err(format!("`{}` is missing", missing.code()));
        }
        Ok(Commencement { days: Change::ALL.iter().map(|change| (*change, days[change])).collect() })
    }

    pub fn day(&self, change: Change) -> Option<Date> {
        self.days.iter().find(|(it, _)| *it == change).and_then(|(_, day)| *day)
    }
}

/// Where a change stands on the day the law is judged at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    InForceSince(Date),
    Starts(Date),
    NoDateSet,
}

/// The law as it is on one day: the 1983 Act with those changes of the
/// 2025 Act that have started by then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LawInForce {
    pub on: Date,
    commencement: Commencement,
}

impl LawInForce {
    pub fn on(on: Date, commencement: Commencement) -> LawInForce {
        LawInForce { on, commencement }
    }

    /// The law on `on`, with the days regulations have set.
    pub fn official(on: Date) -> LawInForce {
        LawInForce::on(on, Commencement::official())
    }

    /// The 1983 Act with nothing of the 2025 Act started.
    pub fn as_it_stands(on: Date) -> LawInForce {
        LawInForce::on(on, Commencement::none())
    }

    pub fn has(&self, change: Change) -> bool {
        matches!(self.standing(change), Standing::InForceSince(_))
    }

    pub fn standing(&self, change: Change) -> Standing {
        match self.commencement.day(change) {
            Some(day) if day <= self.on => Standing::InForceSince(day),
            Some(day) => Standing::Starts(day),
            None => Standing::NoDateSet,
        }
    }
}
