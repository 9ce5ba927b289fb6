//! The translators' review page (`#/review?lang=<tag>`): every message of
//! every locale, each attribute and each variant, beside its English, with
//! the termbase's terms marked; and its review sheet (CSV).

use imha_rights_checker::questionnaire::Route;
use imha_rights_checker::screens::{ReviewSheet, ReviewSheetProps};
use imha_rights_checker::words::review::{joined, read_terms, Sheet};
use imha_rights_checker::words::{LocaleInfo, Words, LOCALES, SOURCE};
use std::path::Path;
use std::rc::Rc;
use yew::prelude::*;

/// A locale's Fluent files, by name, as `tools/bundle-locales.mjs` joins
/// them for the review page.
fn files(tag: &str) -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(tag);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    files.sort();
    files
}

fn joined_files(tag: &str) -> String {
    let files = files(tag);
    joined(files.iter().map(|(name, text)| (&name[..], &text[..])))
}

fn termbase(tag: &str) -> Option<String> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(tag).join("terms.toml")).ok()
}

fn sheet(locale: &LocaleInfo) -> Sheet {
    Sheet::new(&joined_files(SOURCE.tag), &joined_files(locale.tag), termbase(locale.tag).as_deref())
}

#[derive(Properties, PartialEq)]
struct InLocale {
    words: Words,
    sheet: ReviewSheetProps,
}

#[function_component(Page)]
fn page(props: &InLocale) -> Html {
    html! {
        <ContextProvider<Words> context={props.words.clone()}>
            <ReviewSheet locale={props.sheet.locale} sheet={props.sheet.sheet.clone()} />
        </ContextProvider<Words>>
    }
}

/// The review sheet of `locale` as the page shows it, with the page's own
/// words in `page_language`.
fn render(locale: &'static LocaleInfo, page_language: &'static LocaleInfo) -> (String, Sheet) {
    let sheet = sheet(locale);
    let words = if page_language.is_source() {
        Words::source()
    } else {
        let text: String = files(page_language.tag).into_iter().map(|(_, text)| text + "\n").collect();
        Words::translated(page_language, &text)
    };
    let props = InLocale { words: words.clone(), sheet: ReviewSheetProps { locale, sheet: Rc::new(sheet.clone()) } };
    let html = tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
        tokio::task::LocalSet::new()
            .run_until(yew::LocalServerRenderer::<Page>::with_props(props).hydratable(false).render())
            .await
    });
    assert_eq!(words.missing(), Vec::<String>::new(), "{}: the page's own words", page_language.tag);
    assert_eq!(words.fallbacks(), Vec::<String>::new(), "{}: the page's own words in English", page_language.tag);
    (html, sheet)
}

/// What the files say, read line by line (not by the parser under test):
/// each message or attribute id, with the variant keys written under it.
fn ids_and_variant_keys(tag: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut message = String::new();
    for (_, text) in files(tag) {
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let trimmed = line.trim_start();
            if !line.starts_with(' ') {
                if let Some((id, _)) = line.split_once(" =") {
                    message = id.to_owned();
                    out.push((message.clone(), Vec::new()));
                }
            } else if let Some(attribute) = trimmed.strip_prefix('.').and_then(|t| t.split_once(" =")) {
                out.push((format!("{message}.{}", attribute.0), Vec::new()));
            } else if let Some(key) = trimmed.trim_start_matches('*').strip_prefix('[').and_then(|t| t.split_once(']')) {
                out.last_mut().unwrap().1.push(key.0.to_owned());
            }
        }
    }
    out
}

fn unescaped(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn every_message_of_every_locale_is_on_its_review_page_with_each_attribute_and_variant() {
    for locale in LOCALES.iter().filter(|l| !l.is_source()) {
        let (html, sheet) = render(locale, SOURCE);
        let html = unescaped(&html);
        let rows: Vec<_> = sheet.rows().collect();
        for (id, keys) in ids_and_variant_keys(locale.tag) {
            assert!(html.contains(&format!("data-id=\"{id}\"")), "{}: {id} is not on the page", locale.tag);
            let variants: Vec<&str> = rows.iter().filter(|r| r.id == id).map(|r| &r.variant[..]).collect();
            for key in keys {
                assert!(
                    variants.iter().any(|v| v.split(", ").any(|choice| choice.ends_with(&format!("={key}")))),
                    "{}: {id} has no row for its variant [{key}]: {variants:?}",
                    locale.tag
                );
            }
        }
        for row in &rows {
            let attributes = format!("data-id=\"{}\" data-variant=\"{}\"", row.id, row.variant);
            assert_eq!(html.matches(&attributes).count(), 1, "{}: one row for {attributes}", locale.tag);
            let translation = row.translation.as_deref().unwrap_or_else(|| panic!("{}: {} is not translated", locale.tag, row.id));
            let english = row.english.as_deref().unwrap_or_else(|| panic!("{}: {} is not in English", locale.tag, row.id));
            if sheet.terms.is_empty() {
                for text in [english, translation] {
                    assert!(html.contains(text), "{}: {} shows {text:?}", locale.tag, row.id);
                }
            }
        }
    }
}

#[test]
fn audience_variants_are_shown_separately_in_both_languages() {
    let cy = LocaleInfo::find("cy").unwrap();
    let sheet = sheet(cy);
    let rows: Vec<_> = sheet.rows().filter(|r| r.id == "start-intro").collect();
    let variants: Vec<&str> = rows.iter().map(|r| &r.variant[..]).collect();
    for audience in ["patient", "carer", "staff"] {
        assert!(variants.contains(&&format!("$audience={audience}")[..]), "{variants:?}");
    }
    let english: std::collections::HashSet<_> = rows.iter().map(|r| r.english.clone()).collect();
    let welsh: std::collections::HashSet<_> = rows.iter().map(|r| r.translation.clone()).collect();
    assert_eq!((english.len(), welsh.len()), (rows.len(), rows.len()), "each variant's own text: {rows:?}");
}

#[test]
fn messages_are_grouped_by_file_and_group_comment_in_english() {
    let sheet = sheet(LocaleInfo::find("ur").unwrap());
    let groups: Vec<(&str, &str)> = sheet.groups.iter().map(|g| (&g.file[..], &g.heading[..])).collect();
    for (name, text) in files(SOURCE.tag) {
        assert!(groups.iter().any(|(file, _)| *file == name), "{name} is a group");
        for line in text.lines().filter_map(|l| l.strip_prefix("## ")) {
            assert!(groups.iter().any(|(file, heading)| *file == name && heading.contains(line)), "{name}: {line}");
        }
    }
    assert!(sheet.groups.iter().all(|g| !g.rows.is_empty()));
}

#[test]
fn the_page_in_every_language_has_its_words_and_marks_the_reviewed_language() {
    let cy = LocaleInfo::find("cy").unwrap();
    for page_language in LOCALES {
        let (html, _) = render(cy, page_language);
        assert!(html.contains(r#"<td lang="cy" dir="ltr">"#), "{}", page_language.tag);
    }
    let ur = LocaleInfo::find("ur").unwrap();
    let (html, _) = render(ur, SOURCE);
    assert!(html.contains(r#"<td lang="ur" dir="rtl">"#));
    assert!(html.contains(r#"<td lang="en-GB" dir="ltr">"#));
}

#[test]
fn termbase_terms_are_marked_in_both_columns_and_nothing_without_a_termbase() {
    let english = joined([("a.ftl", "a = Apply to the Tribunal\nb = Nothing here\n")]);
    let welsh = joined([("a.ftl", "a = Gwneud cais i'r Tribiwnlys\nb = Dim byd\n")]);
    let terms = "[[term]]\nenglish = \"Tribunal\"\ntranslation = \"Tribiwnlys\"\nsource = \"The Measure\"\nforbidden = [\"Tribunal\"]\n";
    let render_sheet = |sheet: Sheet| {
        let props = ReviewSheetProps { locale: LocaleInfo::find("cy").unwrap(), sheet: Rc::new(sheet) };
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
            tokio::task::LocalSet::new()
                .run_until(yew::LocalServerRenderer::<ReviewSheet>::with_props(props).hydratable(false).render())
                .await
        })
    };
    let html = render_sheet(Sheet::new(&english, &welsh, Some(terms)));
    assert!(html.contains("Apply to the <mark>Tribunal</mark>"), "{html}");
    assert!(html.contains("Gwneud cais i&#39;r <mark>Tribiwnlys</mark>") || html.contains("Gwneud cais i'r <mark>Tribiwnlys</mark>"), "{html}");
    assert_eq!(html.matches("<mark>").count(), 2);
    let html = render_sheet(Sheet::new(&english, &welsh, None));
    assert!(!html.contains("<mark>"));
}

#[test]
fn the_page_reads_each_termbase_as_a_toml_parser_does() {
    #[derive(serde::Deserialize)]
    struct Termbase {
        term: Vec<toml::Value>,
    }
    for locale in LOCALES {
        let Some(text) = termbase(locale.tag) else { continue };
        let expected: Termbase = toml::from_str(&text).unwrap();
        let read = read_terms(&text);
        assert_eq!(read.len(), expected.term.len(), "{}", locale.tag);
        for (term, value) in read.iter().zip(&expected.term) {
            assert_eq!(Some(&term.english[..]), value["english"].as_str(), "{}", locale.tag);
            assert_eq!(Some(&term.translation[..]), value["translation"].as_str(), "{}", locale.tag);
        }
    }
}

#[test]
fn the_review_sheet_has_a_line_for_each_row_with_empty_status_and_comment() {
    let sheet = sheet(LocaleInfo::find("pl").unwrap());
    let csv = sheet.csv();
    assert!(csv.starts_with("\u{feff}id,variant,English,translation,status,comment\r\n"));
    // A line ends a record unless it is inside quotes.
    let records = csv.split("\r\n").fold((0, false), |(count, open), line| {
        let open = open ^ (line.matches('"').count() % 2 == 1);
        (if open { count } else { count + 1 }, open)
    });
    assert_eq!(records.0 - 2, sheet.rows().count(), "the header, the rows and the empty end");
    assert!(sheet.csv_data_url().starts_with("data:text/csv;charset=utf-8,"));
}

#[test]
fn review_links_open_the_review_of_a_language() {
    let cy = LocaleInfo::find("cy").unwrap();
    assert_eq!(Route::parse("#/review?lang=cy"), Route::Review { locale: Some(cy) });
    assert_eq!(Route::parse("#/review?lang=cy-GB"), Route::Review { locale: Some(cy) });
    assert_eq!(Route::parse("#/review"), Route::Review { locale: None });
    assert_eq!(Route::parse("#/review?lang=xx"), Route::Review { locale: None });
    assert_eq!(Route::Review { locale: Some(cy) }.href(), "#/review?lang=cy");
}
