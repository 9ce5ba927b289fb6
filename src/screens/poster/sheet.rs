//! One printable A4 poster, in one language: what an IMHA is for, a QR code
//! and the address in text, the service's name and phone, and what to do
//! without a smartphone. Printed, it fills one A4 page in large type.

use crate::embed::{qr_path, PhoneNumber};
use crate::words::{LocaleInfo, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OnePosterProps {
    pub locale: &'static LocaleInfo,
    pub words: Words,
    /// The address the QR code opens.
    pub address: String,
    /// The service's name, as typed or configured: shown as text.
    pub name: Option<String>,
    pub phone: Option<PhoneNumber>,
}

#[function_component(Poster)]
pub fn poster(props: &OnePosterProps) -> Html {
    let words = &props.words;
    let tag = words.locale().tag;
    let qr = qr_path(&props.address);
    html! {
        <section class="poster" lang={tag} dir={words.locale().direction()} data-address={props.address.clone()}>
            <h2 class="poster__title">{ words.get("poster-title") }</h2>
            <p class="poster__body">{ words.get("poster-body") }</p>
            if let Some(qr) = qr {
                <svg
                    class="poster__qr"
                    viewBox={format!("0 0 {0} {0}", qr.size)}
                    role="img"
                    aria-label={words.get("poster-qr-label")}
                    shape-rendering="crispEdges"
                >
                    <rect width="100%" height="100%" fill="#ffffff" />
                    <path d={qr.path} fill="#000000" />
                </svg>
            }
            <p class="poster__scan">{ words.get("poster-scan") }</p>
            <p class="poster__visit">{ words.get("poster-or-visit") }{ " " }<span class="poster__address" dir="ltr">{ props.address.clone() }</span></p>
            if let Some(name) = &props.name {
                <p class="poster__provider">{ name.clone() }</p>
            }
            if let Some(phone) = &props.phone {
                <p class="poster__call">{ words.get("poster-call") }{ " " }<span class="poster__phone" dir="ltr">{ phone.display.clone() }</span></p>
            }
            <p class="poster__no-smartphone">{ words.get("poster-no-smartphone") }</p>
        </section>
    }
}
