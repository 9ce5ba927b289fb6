//! For translators: every message of a translation beside its English
//! source, grouped by screen, each variant and attribute on its own row and
//! the termbase's terms marked; printable, and downloadable as a review
//! sheet (CSV) that `tools/review-import` reads back.

use super::components::BackLink;
use super::loading::LoadingPage;
use super::{use_page_title, use_words};
use crate::questionnaire::Route;
use crate::words::review::{marked, Sheet};
use crate::words::{LocaleInfo, LOCALES, SOURCE};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub locale: Option<&'static LocaleInfo>,
}

#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    Failed,
    Ready(Rc<Sheet>),
}

/// Downloads the two locales' Fluent files with their comments, and the
/// termbase (`tools/bundle-locales.mjs` puts them in `locales/review/`
/// for this page only), then shows the [`ReviewSheet`].
#[function_component(ReviewPage)]
pub fn review_page(props: &ReviewProps) -> Html {
    let loaded = use_state(|| Loaded::Loading);
    let attempt = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        use_effect_with((props.locale, *attempt), move |(locale, _)| {
            if let Some(locale) = *locale {
                loaded.set(Loaded::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(load(locale).await.map_or(Loaded::Failed, |sheet| Loaded::Ready(Rc::new(sheet))));
                });
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    match (props.locale, &*loaded) {
        (None, _) => html! { <ReviewChoice /> },
        (Some(locale), Loaded::Ready(sheet)) => html! { <ReviewSheet {locale} sheet={sheet.clone()} /> },
        (Some(_), state) => html! { <LoadingPage failed={*state == Loaded::Failed} on_retry={retry} /> },
    }
}

async fn load(locale: &'static LocaleInfo) -> Option<Sheet> {
    let get = |name: String| async move {
        crate::browser::fetch_text(&crate::browser::asset_url(&format!("locales/review/{name}"))).await.ok().flatten()
    };
    let english = get(format!("{}.ftl", SOURCE.tag)).await?;
    let translation = get(format!("{}.ftl", locale.tag)).await?;
    let terms = get(format!("{}.terms.toml", locale.tag)).await?;
    Some(Sheet::new(&english, &translation, Some(&terms)))
}

/// The translations to review.
#[function_component(ReviewChoice)]
fn review_choice() -> Html {
    let words = use_words();
    let heading = words.get("review-choose-heading");
    use_page_title(heading.clone(), false);
    html! {
        <>
            <BackLink to={Route::Sources} />
            <h1>{ heading }</h1>
            <p class="lead">{ words.get("review-intro") }</p>
            <ul class="review-languages">
                { for LOCALES.iter().filter(|l| !l.is_source()).map(|locale| html! {
                    <li>
                        <a href={Route::Review { locale: Some(locale) }.href()} lang={locale.tag} dir={locale.direction()}>
                            { locale.name }
                        </a>
                        { format!(" ({})", locale.english_name) }
                    </li>
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReviewSheetProps {
    pub locale: &'static LocaleInfo,
    pub sheet: Rc<Sheet>,
}

/// The review sheet of one translation, as read.
#[function_component(ReviewSheet)]
pub fn review_sheet(props: &ReviewSheetProps) -> Html {
    let words = use_words();
    let (locale, sheet) = (props.locale, &props.sheet);
    let language = format!("{} ({})", locale.name, locale.english_name);
    let heading = words.get_with("review-heading", &[("language", language.into())]);
    use_page_title(heading.clone(), false);
    let print = Callback::from(|_: MouseEvent| crate::browser::print());
    let english_terms: Vec<&str> = sheet.terms.iter().map(|t| &t.english[..]).collect();
    let translated_terms: Vec<&str> = sheet.terms.iter().map(|t| &t.translation[..]).collect();
    let missing = words.get("review-missing");
    let cell = |text: &Option<String>, terms: &[&str], tag: &'static str, dir: &'static str| match text {
        Some(text) => html! {
            <td lang={tag} dir={dir}>
                { for marked(text, terms).into_iter().map(|(piece, term)| if term {
                    html! { <mark>{ piece }</mark> }
                } else {
                    html! { { piece } }
                }) }
            </td>
        },
        None => html! { <td class="review-missing">{ missing.clone() }</td> },
    };
    html! {
        <>
            <BackLink to={Route::Review { locale: None }} />
            <h1>{ heading }</h1>
            <p class="lead">{ words.get("review-intro") }</p>
            <p>{ words.get(if sheet.terms.is_empty() { "review-no-termbase" } else { "review-termbase" }) }</p>
            <div class="no-print">
                <p>{ words.get("review-how") }</p>
                <p>
                    <a href={sheet.csv_data_url()} download={format!("review-{}.csv", locale.tag)} class="review-download">
                        { words.get("review-download") }
                    </a>
                </p>
                <button type="button" class="button" onclick={print}>{ words.get("review-print") }</button>
            </div>
            { for sheet.groups.iter().map(|group| html! {
                <section class="review-group" data-file={group.file.clone()}>
                    <h2>
                        <span lang={SOURCE.tag}>{ if group.heading.is_empty() { &group.file } else { &group.heading } }</span>
                        { " " }<span class="review-file">{ &group.file }</span>
                    </h2>
                    <table class="review">
                        <thead>
                            <tr>
                                <th scope="col">{ words.get("review-column-message") }</th>
                                <th scope="col" lang={SOURCE.tag}>{ SOURCE.name }</th>
                                <th scope="col" lang={locale.tag} dir={locale.direction()}>{ locale.name }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for group.rows.iter().map(|row| html! {
                                <tr data-id={row.id.clone()} data-variant={row.variant.clone()}>
                                    <td class="review-id">
                                        <code>{ &row.id }</code>
                                        if !row.variant.is_empty() {
                                            <br /><code class="review-variant">{ &row.variant }</code>
                                        }
                                    </td>
                                    { cell(&row.english, &english_terms, SOURCE.tag, "ltr") }
                                    { cell(&row.translation, &translated_terms, locale.tag, locale.direction()) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
            }) }
        </>
    }
}
