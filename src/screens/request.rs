//! Asking for an advocate: the person (or a relative, or staff) fills in a
//! few lines, and gets a short message in English for the IMHA service,
//! shown in their own language beside it to check. Their own phone sends
//! it (`sms:` or `mailto:` to the trust's provider), or, with no provider,
//! it is shown full screen to hand to a nurse. Nothing is saved or sent by
//! the app.

use super::components::{BackLink, RadioItem, Radios};
use super::{use_page_title, use_words};
use crate::browser;
use crate::embed::{Contact, Provider};
use crate::law::Status;
use crate::questionnaire::{Answers, Route, SECTION_ORDER};
use crate::words::{LocaleInfo, Words, LOCALES};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use super::components::{pictured, said};
use yew::prelude::*;

/// What the person has typed and chosen, held only while the page is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub name: String,
    pub place: String,
    pub contact: String,
    /// A locale tag, or `None` for a language the app does not have.
    pub language: Option<&'static str>,
    /// The language typed when it is not in the list.
    pub other_language: String,
    pub interpreter: Option<bool>,
}

/// The value the language list gives a language the app does not have.
const OTHER_LANGUAGE: &str = "other";

/// The message's lines, in `words`' language: the greeting for who is
/// asking, then each thing given. Typed text goes in as typed; the status
/// and the language are named in the message's language.
pub fn message(words: &Words, request: &Request, status: Option<Status>) -> String {
    let mut lines = vec![words.get("request-line-hello")];
    let mut line = |id: &str, value: String| {
        if !value.trim().is_empty() {
            lines.push(words.get_with(id, &[("value", value.trim().to_owned().into())]));
        }
    };
    line("request-line-name", request.name.clone());
    line("request-line-place", request.place.clone());
    line("request-line-status", status.map(|status| status_name(words, status)).unwrap_or_default());
    let language = match request.language.and_then(LocaleInfo::find) {
        Some(locale) if words.locale().is_source_language() => locale.english_name.to_owned(),
        Some(locale) => locale.name.to_owned(),
        None => request.other_language.clone(),
    };
    line("request-line-language", language);
    line("request-line-contact", request.contact.clone());
    if let Some(needed) = request.interpreter {
        lines.push(words.get_with("request-line-interpreter", &[("needed", if needed { "yes" } else { "no" }.into())]));
    }
    lines.push(words.get("request-line-thanks"));
    lines.join("\n")
}

/// A status as the service would name it: "Section 37 with section 41",
/// "Community treatment order (CTO)".
fn status_name(words: &Words, status: Status) -> String {
    if SECTION_ORDER.contains(&status) {
        words.get(&crate::questionnaire::Answer::Section(status).message_id())
    } else {
        words.get_with("request-status", &[("status", status.code().into())])
    }
}

#[derive(Properties, PartialEq)]
pub struct RequestProps {
    pub answers: Answers,
    pub contact: Contact,
    /// The result this request follows, for the back link.
    pub result: Route,
}

#[function_component(RequestPage)]
pub fn request_page(props: &RequestProps) -> Html {
    let words = use_words();
    let heading = words.get("request-heading");
    use_page_title(heading.clone(), false);
    let request = use_state(|| Request { language: Some(words.locale().tag), ..Request::default() });
    let full_screen = use_state(|| false);
    use_effect_with(*full_screen, |shown| {
        if *shown {
            browser::focus("request-card-close");
        }
    });

    let status = props.answers.status();
    let english = words.source_words();
    // Fluent's bidi isolation marks would travel in the text message, and
    // force a phone to send it in UCS-2 (fewer characters a message).
    let in_english = message(&english, &request, status).replace(['\u{2068}', '\u{2069}'], "");
    let in_own_language = (!words.locale().is_source_language()).then(|| message(&words, &request, status));
    let provider = props.contact.provider();

    let edit = |change: fn(&mut Request, String)| {
        let request = request.clone();
        Callback::from(move |event: InputEvent| {
            let mut changed = (*request).clone();
            change(&mut changed, event.target_unchecked_into::<HtmlInputElement>().value());
            request.set(changed);
        })
    };
    let on_language = {
        let request = request.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let language = LOCALES.iter().find(|locale| locale.tag == value).map(|locale| locale.tag);
            request.set(Request { language, ..(*request).clone() });
        })
    };
    let on_interpreter = {
        let request = request.clone();
        Callback::from(move |value: AttrValue| request.set(Request { interpreter: Some(&*value == "yes"), ..(*request).clone() }))
    };
    let show = {
        let full_screen = full_screen.clone();
        Callback::from(move |_: MouseEvent| full_screen.set(true))
    };
    let hide = {
        let full_screen = full_screen.clone();
        Callback::from(move |_: MouseEvent| full_screen.set(false))
    };
    let text_field = |id: &'static str, label: &str, hint: Option<String>, value: &str, oninput: Callback<InputEvent>| {
        let idea = format!("{id}-label");
        let hint_id = format!("{id}-hint");
        html! {
            <div class="form-group">
                <label class="label" for={id}>{ pictured(&words, &idea, html! { <>{ label.to_owned() }</> }) }</label>
                if let Some(hint) = &hint {
                    <div id={hint_id.clone()} class="hint">{ hint.clone() }</div>
                }
                <input class="input" type="text" id={id} name={id} value={value.to_owned()} autocomplete="off"
                    aria-describedby={hint.map(|_| hint_id)} {oninput} />
            </div>
        }
    };
    let yes_no = vec![
        RadioItem { value: "yes".into(), id: "request-interpreter-yes".into(), label: words.get("request-yes"), idea: "request-yes".into(), hint: None },
        RadioItem { value: "no".into(), id: "request-interpreter-no".into(), label: words.get("request-no"), idea: "request-no".into(), hint: None },
    ];
    let chosen_language = request.language.unwrap_or(OTHER_LANGUAGE);
    let message_card = html! {
        <>
            <section class="request-message" lang={english.locale().tag} dir="ltr" aria-labelledby="request-english-heading">
                <h2 id="request-english-heading">{ words.get("request-english-heading") }</h2>
                <p class="request-message__text">{ in_english.clone() }</p>
            </section>
            if let Some(translated) = &in_own_language {
                <section class="request-message" aria-labelledby="request-translation-heading">
                    <h2 id="request-translation-heading">{ words.get("request-translation-heading") }</h2>
                    <p class="request-message__text">{ translated.clone() }</p>
                </section>
            }
        </>
    };

    html! {
        <>
            <BackLink to={props.result.clone()} />
            <h1>{ pictured(&words, "request-heading", html! { <>{ heading }</> }) }</h1>
            <p>{ said(&words, "request-intro") }</p>
            <form class="request-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { text_field("request-name", &words.get("request-name-label"), None, &request.name, edit(|r, v| r.name = v)) }
                { text_field("request-place", &words.get("request-place-label"), Some(words.attribute("request-place-label", "hint")), &request.place, edit(|r, v| r.place = v)) }
                { text_field("request-contact", &words.get("request-contact-label"), None, &request.contact, edit(|r, v| r.contact = v)) }
                <div class="form-group">
                    <label class="label" for="request-language">{ said(&words, "request-language-label") }</label>
                    <select class="select" id="request-language" name="request-language" onchange={on_language}>
                        { for LOCALES.iter().map(|locale| html! {
                            <option value={locale.tag} selected={chosen_language == locale.tag} lang={locale.tag}>
                                { language_option(locale, words.locale()) }
                            </option>
                        }) }
                        <option value={OTHER_LANGUAGE} selected={chosen_language == OTHER_LANGUAGE}>{ words.get("request-language-other") }</option>
                    </select>
                </div>
                if request.language.is_none() {
                    { text_field("request-other-language", &words.get("request-other-language-label"), None, &request.other_language, edit(|r, v| r.other_language = v)) }
                }
                <fieldset>
                    <legend class="label">{ said(&words, "request-interpreter-legend") }</legend>
                    <Radios
                        name="request-interpreter"
                        items={yes_no}
                        selected={request.interpreter.map(|needed| AttrValue::from(if needed { "yes" } else { "no" }))}
                        on_select={on_interpreter}
                    />
                </fieldset>
            </form>
            { message_card.clone() }
            <p>{ said(&words, "request-not-saved") }</p>
            <div class="request-actions">
                if let Some(provider) = provider {
                    <SendLinks provider={provider.clone()} subject={english.get("request-email-subject")} body={in_english.clone()} />
                } else {
                    <p>{ said(&words, "request-no-provider") }</p>
                }
                <button type="button" class="button button--secondary" onclick={show}>{ words.get("request-show-card") }</button>
            </div>
            if *full_screen {
                <div class="request-full-screen" role="dialog" aria-modal="true" aria-labelledby="request-english-heading">
                    { message_card }
                    <button type="button" class="button" id="request-card-close" onclick={hide}>{ words.get("request-card-close") }</button>
                </div>
            }
        </>
    }
}

/// "اردو (Urdu)" for a reader of English; the language's own name, and
/// the reader's name for it where that differs, otherwise.
fn language_option(locale: &LocaleInfo, reading: &LocaleInfo) -> String {
    if locale.name == locale.english_name || !reading.is_source_language() {
        locale.name.to_owned()
    } else {
        format!("{} ({})", locale.name, locale.english_name)
    }
}

#[derive(Properties, PartialEq)]
struct SendLinksProps {
    provider: Provider,
    subject: String,
    body: String,
}

/// The provider's text and email, each a link that opens the phone's own
/// app with the message written; and its phone number.
#[function_component(SendLinks)]
fn send_links(props: &SendLinksProps) -> Html {
    let words = use_words();
    let provider = &props.provider;
    html! {
        <>
            <p class="contact__name">{ provider.name.get(words.locale().tag).to_owned() }</p>
            if let Some(text) = &provider.text {
                <p><a class="button" data-send="sms" href={text.sms_href(&props.body)}>{ words.get("request-send-text") }</a></p>
            }
            if let Some(email) = &provider.email {
                <p><a class="button" data-send="email" href={email.mailto_href(&props.subject, &props.body)}>{ words.get("request-send-email") }</a></p>
            }
            if let Some(phone) = &provider.phone {
                <p>{ pictured(&words, "request-or-call", html! { <>{ words.get("request-or-call") }{ " " }<a href={phone.href.clone()}>{ phone.display.clone() }</a></> }) }</p>
            }
        </>
    }
}
