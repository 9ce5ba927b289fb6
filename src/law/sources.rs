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
use super::rights::Right;
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
    pub url: &'static str,
    /// The day it was checked, `YYYY-MM-DD`.
    pub checked: &'static str,
    pub how: How,
    /// What was read: the copy of the text, the notes, or whose summary.
    pub via: &'static str,
}

const MIRROR_1983: &str = "legislation.gov.uk revised text, read in the legalize-uk mirror (2026-04-09)";
const MIRROR_2025: &str = "Mental Health Act 2025, legislation.gov.uk revised text, read in the legalize-uk mirror (2026-04-09)";
const CHECKED: &str = "2026-12-04";

const fn act(section: &'static str, url: &'static str, how: How, via: &'static str) -> Source {
    Source { cited: Cited::Section(section), url, checked: CHECKED, how, via }
}

macro_rules! section_url {
    ($n:literal) => {
        concat!("https://www.legislation.gov.uk/ukpga/1983/20/section/", $n)
    };
}

pub const SOURCES: &[Source] = &[
    // Who qualifies, England: s130C(2), (3), (3A) and (4) read word for word.
    act("130C", section_url!("130C"), How::PrimaryText, MIRROR_1983),
    // s130B(1) to (7): help, powers, records test, visit requests.
    act("130B", section_url!("130B"), How::PrimaryText, MIRROR_1983),
    // s130D(1) to (6): the duty to inform, and the nearest relative's copy.
    act("130D", section_url!("130D"), How::PrimaryText, MIRROR_1983),
    // Sch 3 paras 4, 6 and 7 of the 2025 Act insert these.
    act("130B(2)(c)", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4", How::PrimaryText, MIRROR_2025),
    act("130B(2)(d)", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4", How::PrimaryText, MIRROR_2025),
    act("130B(2A)", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4", How::PrimaryText, MIRROR_2025),
    act("130B(2B)", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4", How::PrimaryText, MIRROR_2025),
    act("130B(2C)", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/4", How::PrimaryText, MIRROR_2025),
    act("130CA", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/6", How::PrimaryText, MIRROR_2025),
    act("130DA", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/3/paragraph/7", How::PrimaryText, MIRROR_2025),
    // Wales. s130F and s130G read on legislation.gov.uk itself.
    act("130F", section_url!("130F"), How::PrimaryText, "legislation.gov.uk revised text, and the Measure's section 32 as enacted"),
    act("130G", section_url!("130G"), How::PrimaryText, "legislation.gov.uk text as at 2012-04-02"),
    // s130I's text was not found anywhere; the explanatory note to SI
    // 2011/2501 and its regulations 3 and 6 say 135 and 136 are excluded
    // and section 4 is included.
    act("130I", section_url!("130I"), How::OfficialExplanatory, "Explanatory note to SI 2011/2501, with its regulations 3(1)(c) and 6"),
    act("130J", section_url!("130J"), How::Secondary, "mentalhealthlaw.co.uk copy of section 130J (law as at 2011-11-19)"),
    // s130H(1) seen in a secondary copy cut off in (2)(b); (2) and (3) in
    // the Measure's explanatory notes, paragraphs 60 to 62.
    act("130H(1)", section_url!("130H"), How::Secondary, "mentalhealthlaw.co.uk copy of section 130H (law as at 2011-11-19)"),
    act("130H(2)", "https://www.legislation.gov.uk/mwa/2010/7/notes/division/2/33", How::OfficialExplanatory, "Mental Health (Wales) Measure 2010, explanatory notes, paragraph 60"),
    act("130H(3)", "https://www.legislation.gov.uk/mwa/2010/7/notes/division/2/33", How::OfficialExplanatory, "Mental Health (Wales) Measure 2010, explanatory notes, paragraphs 61 and 62"),
    // s130K(1) and (2)(a)-(b) read; the rest of (2) to (6) not found.
    act("130K(2)", section_url!("130K"), How::PrimaryText, "legislation.gov.uk, Mental Health (Wales) Measure 2010 section 37 (to (2)(c))"),
    act("130K", section_url!("130K"), How::Secondary, "the project's legal summary (imha-law.md); subsections (3) to (6) not found"),
    act("130L", section_url!("130L"), How::Secondary, "mentalhealthlaw.co.uk copy of section 130L (law as at 2011-11-19), to subsection (5)"),
    act("130L(6)", section_url!("130L"), How::Secondary, "not found: who receives the copy is left to the text of subsection (6)"),
    // Tribunal, references, consent to treatment, remand: read in the mirror.
    act("29", section_url!("29"), How::PrimaryText, MIRROR_1983),
    act("35", section_url!("35"), How::PrimaryText, MIRROR_1983),
    act("36", section_url!("36"), How::PrimaryText, MIRROR_1983),
    act("40(4)", section_url!("40"), How::PrimaryText, MIRROR_1983),
    act("56", section_url!("56"), How::PrimaryText, MIRROR_1983),
    act("57", section_url!("57"), How::PrimaryText, MIRROR_1983),
    act("58", section_url!("58"), How::PrimaryText, MIRROR_1983),
    act("58A", section_url!("58A"), How::PrimaryText, MIRROR_1983),
    act("62", section_url!("62"), How::PrimaryText, MIRROR_1983),
    act("64C", section_url!("64C"), How::PrimaryText, MIRROR_1983),
    act("66", section_url!("66"), How::PrimaryText, MIRROR_1983),
    act("68", section_url!("68"), How::PrimaryText, MIRROR_1983),
    act("69", section_url!("69"), How::PrimaryText, MIRROR_1983),
    act("70", section_url!("70"), How::PrimaryText, MIRROR_1983),
    act("71", section_url!("71"), How::PrimaryText, MIRROR_1983),
    act("74", section_url!("74"), How::PrimaryText, MIRROR_1983),
    act("64D", section_url!("64D"), How::PrimaryText, MIRROR_1983),
    act("64G", section_url!("64G"), How::PrimaryText, MIRROR_1983),
    // The CQC's and HIW's part in complaints about the use of the Act: their
    // own pages and the Ombudsman's, as quoted in the rights review; s120 not
    // yet read.
    act("120", section_url!("120"), How::Secondary, "cqc.org.uk, the Ombudsman's and HIW's pages (rights review 2026-12); section 120 not yet read"),
    // The nominated person (2025 Act, Schedule 2).
    act("30A", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/2", How::PrimaryText, MIRROR_2025),
    act("30B", "https://www.legislation.gov.uk/ukpga/2025/33/schedule/2", How::PrimaryText, MIRROR_2025),
    act("75", section_url!("75"), How::PrimaryText, MIRROR_1983),
    // Read in the mirror, each against what the rights cards say.
    act("2", section_url!("2"), How::PrimaryText, MIRROR_1983),
    act("3", section_url!("3"), How::PrimaryText, MIRROR_1983),
    act("4(4)", section_url!("4"), How::PrimaryText, MIRROR_1983),
    act("5(2)", section_url!("5"), How::PrimaryText, MIRROR_1983),
    act("5(4)", section_url!("5"), How::PrimaryText, MIRROR_1983),
    act("8", section_url!("8"), How::PrimaryText, MIRROR_1983),
    act("17", section_url!("17"), How::PrimaryText, MIRROR_1983),
    act("17B", section_url!("17B"), How::PrimaryText, MIRROR_1983),
    act("17E", section_url!("17E"), How::PrimaryText, MIRROR_1983),
    act("17F", section_url!("17F"), How::PrimaryText, MIRROR_1983),
    act("20", section_url!("20"), How::PrimaryText, MIRROR_1983),
    act("20A", section_url!("20A"), How::PrimaryText, MIRROR_1983),
    act("23", section_url!("23"), How::PrimaryText, MIRROR_1983),
    act("25", section_url!("25"), How::PrimaryText, MIRROR_1983),
    act("37", section_url!("37"), How::PrimaryText, MIRROR_1983),
    act("38(5)", section_url!("38"), How::PrimaryText, MIRROR_1983),
    act("41", section_url!("41"), How::PrimaryText, MIRROR_1983),
    act("42", section_url!("42"), How::PrimaryText, MIRROR_1983),
    act("45A", section_url!("45A"), How::PrimaryText, MIRROR_1983),
    act("47", section_url!("47"), How::PrimaryText, MIRROR_1983),
    act("48", section_url!("48"), How::PrimaryText, MIRROR_1983),
    act("49", section_url!("49"), How::PrimaryText, MIRROR_1983),
    act("50", section_url!("50"), How::PrimaryText, MIRROR_1983),
    act("51", section_url!("51"), How::PrimaryText, MIRROR_1983),
    act("53", section_url!("53"), How::PrimaryText, MIRROR_1983),
    act("63", section_url!("63"), How::PrimaryText, MIRROR_1983),
    act("73", section_url!("73"), How::PrimaryText, MIRROR_1983),
    // The Act defines after-care; that it is free comes from case law
    // (R v Manchester City Council, ex p Stennett), not yet read.
    act("117", section_url!("117"), How::Secondary, "the Act read in the mirror; that after-care is free rests on case law (Stennett), not yet read"),
    act("131", section_url!("131"), How::PrimaryText, MIRROR_1983),
    act("132", section_url!("132"), How::PrimaryText, MIRROR_1983),
    act("132A", section_url!("132A"), How::PrimaryText, MIRROR_1983),
    act("135", section_url!("135"), How::PrimaryText, MIRROR_1983),
    act("136", section_url!("136"), How::PrimaryText, MIRROR_1983),
    act("136B", section_url!("136B"), How::PrimaryText, "legislation.gov.uk revised text (to 2025-05-15); the mirror lacks it"),
    Source {
        cited: Cited::Document(Document::CodeOfPractice),
        url: "https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983",
        checked: CHECKED,
        how: How::Secondary,
        via: "copies of the Code's contents page: chapter 6 is on IMHAs; its paragraphs not yet read",
    },
    Source {
        cited: Cited::Document(Document::Commencement2025),
        url: "https://www.legislation.gov.uk/ukpga/2025/33/section/56",
        checked: CHECKED,
        how: How::PrimaryText,
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
