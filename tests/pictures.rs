//! Easy Read's pictures: every picture the app names is a file of
//! assets/easyread/ whose source is recorded, and the ideas the screens
//! show have pictures.

use imha_rights_checker::screens::picture::{for_message, Picture, FOLDER};
use std::collections::BTreeSet;
use std::path::Path;

fn folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER)
}

#[test]
fn every_picture_is_a_file_in_the_assets_and_every_file_is_a_picture() {
    let named: BTreeSet<String> = Picture::ALL.iter().map(|picture| format!("{}.svg", picture.file())).collect();
    let files: BTreeSet<String> = std::fs::read_dir(folder())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".svg"))
        .collect();
    assert_eq!(named, files);
    for file in &files {
        let svg = std::fs::read_to_string(folder().join(file)).unwrap();
        assert!(svg.contains("<svg") && !svg.contains("<script") && !svg.contains("href=\"http"), "{file} is a plain SVG");
    }
}

#[test]
fn every_picture_says_which_openmoji_it_is() {
    let sources: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(folder().join("sources.json")).unwrap()).unwrap();
    assert!(sources["openmoji"].as_str().is_some_and(|version| !version.is_empty()), "the OpenMoji version");
    let pictures = sources["pictures"].as_object().unwrap();
    let listed: BTreeSet<&str> = pictures.keys().map(String::as_str).collect();
    let named: BTreeSet<&str> = Picture::ALL.iter().map(|picture| picture.file()).collect();
    assert_eq!(listed, named);
    for (name, hexcode) in pictures {
        let hexcode = hexcode.as_str().unwrap();
        assert!(!hexcode.is_empty() && hexcode.split('-').all(|part| u32::from_str_radix(part, 16).is_ok()), "{name}: {hexcode}");
    }
}

#[test]
fn the_ideas_of_each_screen_have_pictures() {
    for id in [
        "start-heading", "start-intro", "start-free", "start-time", "question-audience-heading", "option-audience-carer",
        "option-jurisdiction-wales", "option-on-leave-true", "option-under-18-unknown", "check-heading", "result-heading-yes",
        "result-heading-no", "result-heading-unsure", "do-now-interpreter", "ask-which-section", "reason-liable-to-be-detained",
        "request-intro", "request-yes", "staff-intro", "staff-cqc", "right-section-3-tribunal", "advocate-understand-rights",
    ] {
        assert!(for_message(id).is_some(), "{id} has no picture");
    }
    assert_eq!(for_message("option-jurisdiction-england"), Some(Picture::England));
    assert_eq!(for_message("option-setting-unknown"), Some(Picture::Question));
    assert_eq!(for_message("no-such-message"), None);
}
