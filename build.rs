//! Reads each locale's `locales/<tag>/locale.json` and the source locale's
//! Fluent files, and writes the table the app chooses languages from, so
//! that adding a language needs no Rust.

use std::fmt::Write as _;
use std::path::Path;

const SOURCE_LOCALE: &str = "en-GB";

fn main() {
    write_locales();
    write_commencement();
    write_accessibility_checks();
}

/// `docs/accessibility-checks.json`, the dates and tools the accessibility
/// statement reports, as a constant expression (see `src/accessibility.rs`).
/// A manual check's kind becomes its `ManualCheck` variant, so a kind the
/// statement has no words for does not compile.
fn write_accessibility_checks() {
    let path = "docs/accessibility-checks.json";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let field = |value: &serde_json::Value, name: &str| -> String {
        value[name].as_str().unwrap_or_else(|| panic!("{path}: \"{name}\" must be a string")).to_owned()
    };
    let mut manual = String::new();
    for check in file["manual"].as_array().unwrap_or_else(|| panic!("{path}: \"manual\" must be a list")) {
        let variant: String = field(check, "check").split('-').map(|word| word[..1].to_uppercase() + &word[1..]).collect();
        write!(manual, "({:?}, ManualCheck::{variant}), ", field(check, "on")).unwrap();
    }
    let out = format!(
        "AccessibilityChecks {{ prepared: {:?}, reviewed: {:?}, automated_on: {:?}, axe_core: {:?}, manual: &[{manual}] }}\n",
        field(&file, "prepared"),
        field(&file, "reviewed"),
        field(&file["automated"], "on"),
        field(&file["automated"], "axe_core"),
    );
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("accessibility_checks.rs");
    std::fs::write(out_path, out).unwrap();
}

/// The days in `src/law/commencement.json`, as constants: parsing JSON in
/// the app would cost more bytes than the table. `Commencement::parse`
/// reads the same file for `imha-check --commencement`, and a test holds
/// the two readings equal.
fn write_commencement() {
    let path = "src/law/commencement.json";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let day = |value: &serde_json::Value| -> String {
        match value.as_str() {
            None => "None".to_owned(),
            Some(text) => {
                let parts: Vec<&str> = text.split('-').collect();
                match parts.as_slice() {
                    [year, month, day] => format!("Some(({year}, {}, {}))", month.trim_start_matches('0'), day.trim_start_matches('0')),
                    _ => panic!("{path}: {text:?} is not YYYY-MM-DD"),
                }
            }
        }
    };
    let mut out = String::from("/// A day as (year, month, day).\ntype Day = (u16, u8, u8);\nconst OFFICIAL_DAYS: &[(&str, Option<Day>)] = &[\n");
    let changes = file["changes"].as_object().unwrap_or_else(|| panic!("{path}: no \"changes\""));
    for (code, entry) in changes {
        writeln!(out, "    ({code:?}, {}),", day(&entry["in_force"])).unwrap();
    }
    out.push_str("];\n");
    writeln!(out, "const OFFICIAL_CHECKED: Option<Day> = {};", day(&file["checked"])).unwrap();
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("commencement.rs");
    std::fs::write(out_path, out).unwrap();
}

fn write_locales() {
    println!("cargo:rerun-if-changed=locales");
    let mut locales = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir("locales")
        .expect("a locales/ folder")
        .map(|entry| entry.expect("readable locales/").path())
        .filter(|path| path.is_dir())
        .collect();
    entries.sort();
    for dir in entries {
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        let meta_path = dir.join("locale.json");
        if !meta_path.exists() {
            // A translation still being written is not offered yet.
            println!("cargo:warning={} has no locale.json, so it is not offered", dir.display());
            continue;
        }
        let text = std::fs::read_to_string(&meta_path)
            .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()));
        let meta: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()));
        let field = |name: &str| {
            meta[name]
                .as_str()
                .unwrap_or_else(|| panic!("{}: \"{name}\" must be a string", meta_path.display()))
                .to_owned()
        };
        let right_to_left = match field("direction").as_str() {
            "ltr" => false,
            "rtl" => true,
            other => panic!("{}: direction {other:?} must be \"ltr\" or \"rtl\"", meta_path.display()),
        };
        let review = match field("status").as_str() {
            "source" => "Review::Source".to_owned(),
            "draft" => "Review::Draft".to_owned(),
            "reviewed" => {
                // Required, so the repository records when; the app shows only the fact.
                field("reviewed_on");
                "Review::Reviewed".to_owned()
            }
            other => panic!(
                "{}: status {other:?} must be \"source\", \"draft\" or \"reviewed\" (with \"reviewed_on\")",
                meta_path.display()
            ),
        };
        locales.push((tag, field("name"), field("english_name"), right_to_left, review));
    }
    locales.sort_by_key(|(tag, ..)| (tag != SOURCE_LOCALE, tag.clone()));

    let mut out = String::from("pub const LOCALES: &[LocaleInfo] = &[\n");
    for (tag, name, english_name, right_to_left, review) in &locales {
        writeln!(
            out,
            "    LocaleInfo {{ tag: {tag:?}, name: {name:?}, english_name: {english_name:?}, right_to_left: {right_to_left}, review: {review} }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    // The source locale's Fluent files, joined in file-name order, without
    // their comments: those speak to translators, and every byte is
    // downloaded by every phone. The Wasm carries only the files its
    // locale.json lists under "first_screen"; tools/bundle-locales.mjs puts
    // the rest in dist/locales/en-GB.ftl, downloaded when a page needs them.
    let source_dir = Path::new("locales").join(SOURCE_LOCALE);
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(source_dir.join("locale.json")).unwrap()).unwrap();
    let first_screen: Vec<&str> = meta["first_screen"]
        .as_array()
        .expect("the source locale.json lists its \"first_screen\" files")
        .iter()
        .map(|name| name.as_str().expect("file names"))
        .collect();
    let mut files: Vec<_> = std::fs::read_dir(&source_dir)
        .expect("a source locale folder")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let (mut compiled_in, mut later) = (String::new(), String::new());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.file_name().unwrap().to_string_lossy();
        let part = if first_screen.contains(&name.as_ref()) { &mut compiled_in } else { &mut later };
        part.push_str(&without_comments(&text));
        part.push('\n');
    }
    writeln!(out, "/// The source locale's messages for the first screens, compiled into the app (build.rs drops the comments).\npub const SOURCE_FLUENT_FIRST_SCREEN: &str = {compiled_in:?};").unwrap();
    writeln!(out, "/// The rest of the source locale's messages: downloaded by the Wasm, compiled in elsewhere.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const SOURCE_FLUENT_LATER: &str = {later:?};").unwrap();
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(out_path, out).unwrap();
}

/// A Fluent comment starts with `#` in the first column; text that goes on
/// over several lines is indented, so no line of a message starts so. The
/// indentation itself is folded to one space: Fluent removes a block's
/// common indentation, so the messages read the same.
fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| match line.trim_start_matches(' ') {
            trimmed if trimmed.len() < line.len() => format!(" {trimmed}"),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
