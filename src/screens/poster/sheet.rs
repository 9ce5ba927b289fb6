//! One printable A4 poster, in one language: what an IMHA is for, a QR code
//! and the address in text, and the provider's name and phone.

use crate::embed::{qr_path, Provider};
use crate::words::{LocaleInfo, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OnePosterProps {
    pub locale: &'static LocaleInfo,
    pub words: Words,
    /// The address the QR code opens.
    pub address: String,
    pub provider: Option<Provider>,
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
            <p>{ words.get("poster-or-visit") }{ " " }<span class="poster__address" dir="ltr">{ props.address.clone() }</span></p>
            if let Some(provider) = &props.provider {
                <p class="poster__provider">{ provider.name.get(tag).to_owned() }</p>
                if let Some(phone) = &provider.phone {
                    <p>{ words.get("poster-call") }{ " " }<span class="poster__phone" dir="ltr">{ phone.display.clone() }</span></p>
                }
            }
        </section>
    }
}
