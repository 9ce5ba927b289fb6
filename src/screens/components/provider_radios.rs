use super::{RadioItem, Radios};
use crate::embed::Provider;
use crate::screens::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderRadiosProps {
    /// The radios' name, also the start of each one's id.
    pub name: &'static str,
    pub legend: String,
    pub providers: Vec<Provider>,
    pub selected: Option<String>,
    /// The id of the message for the last choice: none of the providers.
    pub none: &'static str,
    pub on_select: Callback<Option<String>>,
}

/// A choice of one of a trust's configured providers (wards), each by its
/// name in the page's language and its key, or none of them.
#[function_component(ProviderRadios)]
pub fn provider_radios(props: &ProviderRadiosProps) -> Html {
    let words = use_words();
    let tag = words.locale().tag;
    let none = RadioItem {
        value: AttrValue::Static(""),
        id: format!("{}-none", props.name),
        label: words.get(props.none),
        idea: AttrValue::Static(props.none),
        hint: None,
    };
    let items: Vec<RadioItem> = props
        .providers
        .iter()
        .map(|provider| RadioItem {
            value: provider.key.clone().into(),
            id: format!("{}-{}", props.name, provider.key),
            label: format!("{} ({})", provider.name.get(tag), provider.key),
            // A trust's provider: no picture.
            idea: AttrValue::Static(""),
            hint: None,
        })
        .chain([none])
        .collect();
    let on_select = props.on_select.reform(|key: AttrValue| (!key.is_empty()).then(|| key.to_string()));
    html! {
        <fieldset class="form-group">
            <legend><h2>{ props.legend.clone() }</h2></legend>
            <Radios
                name={props.name}
                {items}
                selected={AttrValue::from(props.selected.clone().unwrap_or_default())}
                {on_select}
            />
        </fieldset>
    }
}
