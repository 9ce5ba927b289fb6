//! The source register: where each provision the rules and the rights cite
//! was checked, when, and how. An entry covers a section or subsection and
//! everything under it ("130C(2)" covers "130C(2)(a)"); the longest entry
//! that covers a citation is its source. `tests/sources.rs` fails when a
//! citation has no entry or an entry covers nothing the rules cite, and the
//! README lists every entry not yet checked against the text of the law.
//!
//! "Mirror" below is the Markdown copy of legislation.gov.uk's revised text
//! in the public repository legalize-dev/legalize-uk (1983 Act at commit
//! 96bce3db, revised to 2026-04-09; 2025 Act at commit 6c50970d). It lacks
//! sections 130E to 130L, so the Welsh sections were read elsewhere.

use super::advocacy::{AdvocateHelp, Duty, Regime, STAFF_PAGE_COPY, STAFF_PAGE_DUTY, STAFF_PAGE_HOW, STAFF_PAGE_QUALIFYING, STAFF_PAGE_WHEN};
use super::assessment::Note;
use super::citation::Provision;
use super::nearest_relative::NearestRelativePoint;
use super::rights::Right;
use super::advocacy::who_arranges_advocacy;
use super::situation::Jurisdiction;

coded_enum! {
    /// How a provision was checked. Locale files: `source-how-<code>`.
    messages = "source-how-",
    pub enum How {
        /// The text of the Act or regulations itself.
        PrimaryText = "primary-text",
        /// The official explanatory notes to an Act, Measure or instrument.
        OfficialExplanatory = "official-explanatory",
        /// Someone else's copy or summary; `via` says whose.
        Secondary = "secondary",
    }
}

coded_enum! {
    /// Sources that are not a section of the 1983 Act. Locale files:
    /// `source-document-<code>`.
    messages = "source-document-",
    pub enum Document {
        CodeOfPractice = "code-of-practice",
        Commencement2025 = "commencement-2025",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cited {
    /// A section (or subsection) of the Mental Health Act 1983, as amended.
    Section(&'static str),
    Document(Document),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub cited: Cited,
    /// Where the source is, when it is not the section's own page on
    /// legislation.gov.uk.
    at: Option<&'static str>,
    /// The day it was checked, `YYYY-MM-DD`.
    pub checked: &'static str,
    pub how: How,
    /// What was read: the copy of the text, the notes, or whose summary.
    /// Kept for reviewers and the tests; phones are not sent it.
    #[cfg(not(target_arch = "wasm32"))]
    pub via: &'static str,
}

impl Source {
    /// The address to read the source at: for a section of the 1983 Act,
    /// its page on legislation.gov.uk.
    pub fn url(&self) -> String {
        match (self.at, self.cited) {
            (Some(at), _) => at.to_owned(),
            (None, Cited::Section(section)) => {
                let whole = section.split('(').next().unwrap_or(section);
                format!("https://www.legislation.gov.uk/ukpga/1983/20/section/{whole}")
            }
            (None, Cited::Document(_)) => unreachable!("every document says where it is"),
        }
    }
}

const MIRROR_1983: &str = "legislation.gov.uk revised text, read in the legalize-uk mirror (2026-04-09)";
const MIRROR_2025: &str = "Mental Health Act 2025, legislation.gov.uk revised text, read in the legalize-uk mirror (2026-04-09)";
const CHECKED: &str = "2026-12-04";

/// A section of the 1983 Act, read at its own page.
const fn act(section: &'static str, how: How, via: &'static str) -> Source {
    at(section, None, how, via)
}

/// A section (or a provision inserting it) read somewhere else.
#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
const fn at(section: &'static str, url: Option<&'static str>, how: How, via: &'static str) -> Source {
    Source {
        cited: Cited::Section(section),
        at: url,
        checked: CHECKED,
        how,
        #[cfg(not(target_arch = "wasm32"))]
        via,
    }
}

pub const SOURCES: &[Source] = &[
    // Who qualifies, England: s130C(2), (3), (3A) and (4) read word for word.
    act("130C", How::PrimaryText, MIRROR_1983),
    // s130B(1) to (7): help, powers, records test, visit requests.
    act("130A(1)", How::PrimaryText, MIRROR_1983),
    act("130B", How::PrimaryText, MIRROR_1983),
    // s130D(1) to (6): the duty to inform, and the nearest relative's copy.
    act("130D", How::PrimaryText, MIRROR_1983),
    // Sch 3 paras 4, 6 and 7 of the 2025 Act insert these.
    at("130B(2)(c)", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4"), How::PrimaryText, MIRROR_2025),
    at("130B(2)(d)", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4"), How::PrimaryText, MIRROR_2025),
    at("130B(2A)", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4"), How::PrimaryText, MIRROR_2025),
    at("130B(2B)", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4"), How::PrimaryText, MIRROR_2025),
    at("130B(2C)", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4"), How::PrimaryText, MIRROR_2025),
    at("130CA", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/6"), How::PrimaryText, MIRROR_2025),
    at("130DA", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/7"), How::PrimaryText, MIRROR_2025),
    // Wales. s130F and s130G read on legislation.gov.uk itself.
    at("130E", Some("https://www.legislation.gov.uk/mwa/2010/7/section/31/enacted"), How::PrimaryText, "Mental Health (Wales) Measure 2010 section 31 as enacted, inserting s130E (the Welsh Ministers arrange); that local health boards do it is SI 2011/2501 regulation 3 as made. The revised text of s130E was not found"),
    act("130F", How::PrimaryText, "legislation.gov.uk revised text, and the Measure's section 32 as enacted"),
    act("130G", How::PrimaryText, "legislation.gov.uk text as at 2012-04-02"),
    // s130I's text was not found anywhere; the explanatory note to SI
    // 2011/2501 and its regulations 3 and 6 say 135 and 136 are excluded
    // and section 4 is included.
    act("130I", How::OfficialExplanatory, "Explanatory note to SI 2011/2501, with its regulations 3(1)(c) and 6"),
    act("130J", How::Secondary, "mentalhealthlaw.co.uk copy of section 130J (law as at 2011-11-19)"),
    // s130H(1) seen in a secondary copy cut off in (2)(b); (2) and (3) in
    // the Measure's explanatory notes, paragraphs 60 to 62.
    act("130H(1)", How::Secondary, "mentalhealthlaw.co.uk copy of section 130H (law as at 2011-11-19)"),
    at("130H(2)", Some("https://www.legislation.gov.uk/mwa/2010/7/notes/division/2/33"), How::OfficialExplanatory, "Mental Health (Wales) Measure 2010, explanatory notes, paragraph 60"),
    at("130H(3)", Some("https://www.legislation.gov.uk/mwa/2010/7/notes/division/2/33"), How::OfficialExplanatory, "Mental Health (Wales) Measure 2010, explanatory notes, paragraphs 61 and 62"),
    // s130K(1) and (2)(a)-(b) read; the rest of (2) to (6) not found.
    act("130K(2)", How::PrimaryText, "legislation.gov.uk, Mental Health (Wales) Measure 2010 section 37 (to (2)(c))"),
    act("130K", How::Secondary, "the project's legal summary (imha-law.md); subsections (3) to (6) not found"),
    act("130L", How::Secondary, "mentalhealthlaw.co.uk copy of section 130L (law as at 2011-11-19), to subsection (5)"),
    act("130L(6)", How::Secondary, "not found: who receives the copy is left to the text of subsection (6)"),
    // Tribunal, references, consent to treatment, remand: read in the mirror.
    act("26", How::PrimaryText, MIRROR_1983),
    act("29", How::PrimaryText, MIRROR_1983),
    act("35", How::PrimaryText, MIRROR_1983),
    act("36", How::PrimaryText, MIRROR_1983),
    act("40(4)", How::PrimaryText, MIRROR_1983),
    act("56", How::PrimaryText, MIRROR_1983),
    act("57", How::PrimaryText, MIRROR_1983),
    act("58", How::PrimaryText, MIRROR_1983),
    act("58A", How::PrimaryText, MIRROR_1983),
    act("62", How::PrimaryText, MIRROR_1983),
    act("64C", How::PrimaryText, MIRROR_1983),
    act("66", How::PrimaryText, MIRROR_1983),
    act("68", How::PrimaryText, MIRROR_1983),
    act("69", How::PrimaryText, MIRROR_1983),
    act("70", How::PrimaryText, MIRROR_1983),
    act("71", How::PrimaryText, MIRROR_1983),
    act("74", How::PrimaryText, MIRROR_1983),
    act("64D", How::PrimaryText, MIRROR_1983),
    act("64G", How::PrimaryText, MIRROR_1983),
    // The CQC's and HIW's part in complaints about the use of the Act: their
    // own pages and the Ombudsman's, as quoted in the rights review; s120 not
    // yet read.
    act("120", How::Secondary, "cqc.org.uk, the Ombudsman's and HIW's pages (rights review 2026-12); section 120 not yet read"),
    // The nominated person (2025 Act, Schedule 2).
    at("30A", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/2"), How::PrimaryText, MIRROR_2025),
    at("30B", Some("https://www.legislation.gov.uk/ukpga/2025/33/schedule/2"), How::PrimaryText, MIRROR_2025),
    act("75", How::PrimaryText, MIRROR_1983),
    // Read in the mirror, each against what the rights cards say.
    act("2", How::PrimaryText, MIRROR_1983),
    act("3", How::PrimaryText, MIRROR_1983),
    act("4(4)", How::PrimaryText, MIRROR_1983),
    act("5(2)", How::PrimaryText, MIRROR_1983),
    act("5(4)", How::PrimaryText, MIRROR_1983),
    act("8", How::PrimaryText, MIRROR_1983),
    act("17", How::PrimaryText, MIRROR_1983),
    act("17B", How::PrimaryText, MIRROR_1983),
    act("17E", How::PrimaryText, MIRROR_1983),
    act("17F", How::PrimaryText, MIRROR_1983),
    act("20", How::PrimaryText, MIRROR_1983),
    act("20A", How::PrimaryText, MIRROR_1983),
    act("11(3)", How::PrimaryText, MIRROR_1983),
    act("11(4)", How::PrimaryText, MIRROR_1983),
    act("13(4)", How::PrimaryText, MIRROR_1983),
    act("23", How::PrimaryText, MIRROR_1983),
    act("25", How::PrimaryText, MIRROR_1983),
    act("37", How::PrimaryText, MIRROR_1983),
    act("38(5)", How::PrimaryText, MIRROR_1983),
    act("41", How::PrimaryText, MIRROR_1983),
    act("42", How::PrimaryText, MIRROR_1983),
    act("45A", How::PrimaryText, MIRROR_1983),
    act("47", How::PrimaryText, MIRROR_1983),
    act("48", How::PrimaryText, MIRROR_1983),
    act("49", How::PrimaryText, MIRROR_1983),
    act("50", How::PrimaryText, MIRROR_1983),
    act("51", How::PrimaryText, MIRROR_1983),
    act("53", How::PrimaryText, MIRROR_1983),
    act("63", How::PrimaryText, MIRROR_1983),
    act("73", How::PrimaryText, MIRROR_1983),
    // The Act defines after-care; that it is free comes from case law
    // (R v Manchester City Council, ex p Stennett), not yet read.
    act("117", How::Secondary, "the Act read in the mirror; that after-care is free rests on case law (Stennett), not yet read"),
    act("131", How::PrimaryText, MIRROR_1983),
    act("132", How::PrimaryText, MIRROR_1983),
    act("132A", How::PrimaryText, MIRROR_1983),
    act("135", How::PrimaryText, MIRROR_1983),
    act("136", How::PrimaryText, MIRROR_1983),
    act("136B", How::PrimaryText, "legislation.gov.uk revised text (to 2025-05-15); the mirror lacks it"),
    Source {
        cited: Cited::Document(Document::CodeOfPractice),
        at: Some("https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983"),
        checked: CHECKED,
        how: How::Secondary,
        #[cfg(not(target_arch = "wasm32"))]
        via: "copies of the Code's contents page: chapter 6 is on IMHAs; its paragraphs not yet read",
    },
    Source {
        cited: Cited::Document(Document::Commencement2025),
        at: Some("https://www.legislation.gov.uk/ukpga/2025/33/section/56"),
        checked: CHECKED,
        how: How::PrimaryText,
        #[cfg(not(target_arch = "wasm32"))]
        via: MIRROR_2025,
    },
];

/// Whether `entry` covers `section`: the same, or a subsection of it.
fn covers(entry: &str, section: &str) -> bool {
    section == entry || section.strip_prefix(entry).is_some_and(|rest| rest.starts_with('('))
}

/// The source of a section: the longest entry that covers it.
pub fn source_of(section: &str) -> Option<&'static Source> {
    SOURCES
        .iter()
        .filter(|source| matches!(source.cited, Cited::Section(entry) if covers(entry, section)))
        .max_by_key(|source| match source.cited {
            Cited::Section(entry) => entry.len(),
            Cited::Document(_) => 0,
        })
}

/// Every section the rules, the rights, the help, the duties and the staff
/// page cite.
pub fn every_cited_section() -> Vec<&'static str> {
    let mut sections: Vec<&'static str> = Provision::ALL.iter().map(|provision| provision.section()).collect();
    for jurisdiction in Jurisdiction::ALL {
        for note in Note::ALL {
            sections.extend(note.sections(*jurisdiction));
        }
    }
    for right in Right::ALL {
        sections.extend(right.sections());
    }
    for jurisdiction in Jurisdiction::ALL {
        sections.extend(who_arranges_advocacy(*jurisdiction));
    }
    for point in NearestRelativePoint::ALL {
        sections.extend(point.sections());
    }
    for regime in Regime::ALL {
        for help in AdvocateHelp::ALL {
            sections.extend(help.sections(*regime));
        }
        for duty in Duty::ALL {
            sections.extend(duty.sections(*regime));
        }
    }
    for page in [STAFF_PAGE_QUALIFYING, STAFF_PAGE_DUTY, STAFF_PAGE_WHEN, STAFF_PAGE_HOW, STAFF_PAGE_COPY] {
        sections.extend(page);
    }
    sections.sort();
    sections.dedup();
    sections
}
