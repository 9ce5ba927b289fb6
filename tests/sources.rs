//! The source register: every provision the rules, rights, help, duties
//! and staff page cite has a dated source, and every source is used.

use imha_rights_checker::law::{every_cited_section, source_of, Cited, Date, How, Right, SOURCES};

#[test]
fn every_provision_the_rules_cite_has_a_source() {
    let missing: Vec<&str> = every_cited_section().into_iter().filter(|s| source_of(s).is_none()).collect();
    assert_eq!(missing, Vec::<&str>::new(), "cited with no entry in src/law/sources.rs");
}

#[test]
fn every_source_covers_a_provision_the_rules_cite() {
    let cited = every_cited_section();
    for source in SOURCES {
        if let Cited::Section(section) = source.cited {
            assert!(
                cited.iter().any(|c| source_of(c) == Some(source)),
                "the register's entry for section {section} is the source of nothing the rules cite"
            );
        }
    }
}

#[test]
fn every_rights_message_rests_on_sections_with_sources() {
    for right in Right::ALL {
        assert!(!right.sections().is_empty(), "{right:?} cites no section");
        for section in right.sections() {
            assert!(source_of(section).is_some(), "{right:?}: section {section} has no source");
        }
    }
}

#[test]
fn every_source_is_dated_and_links_to_its_text() {
    for source in SOURCES {
        assert!(Date::parse(source.checked).is_some(), "{:?}: checked {}", source.cited, source.checked);
        let url = source.url();
        assert!(url.starts_with("https://www.legislation.gov.uk/") || url.starts_with("https://www.gov.uk/"), "{:?}: {url}", source.cited);
        assert!(!source.via.is_empty(), "{:?} says what was read", source.cited);
    }
}

#[test]
fn the_readme_lists_every_source_not_yet_checked_against_the_text_of_the_law() {
    let readme = include_str!("../README.md");
    let heading = "## Not yet checked against the text of the law";
    let section = readme.split(heading).nth(1).expect("the README has the section");
    let section = section.split("\n## ").next().unwrap();
    for source in SOURCES.iter().filter(|source| source.how != How::PrimaryText) {
        let name = match source.cited {
            Cited::Section(section) => format!("section {section}"),
            Cited::Document(document) => document.code().to_owned(),
        };
        assert!(section.contains(&format!("**{name}**")), "README does not list **{name}** under {heading:?}");
    }
}
