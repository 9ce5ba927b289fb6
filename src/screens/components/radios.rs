use super::pictured;
use crate::screens::use_words;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One choice: its value, the id of its input, its words, and the id of
/// the message they are (for Easy Read's picture).
#[derive(Clone, PartialEq)]
pub struct RadioItem {
    /// An answer's code, or a value read at run time such as a provider's key.
    pub value: AttrValue,
    pub id: String,
    pub label: String,
    pub idea: AttrValue,
    pub hint: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub name: &'static str,
    pub items: Vec<RadioItem>,
    /// Shown after an "or" divider, as in the GOV.UK pattern.
    #[prop_or_default]
    pub dont_know: Option<RadioItem>,
    pub selected: Option<AttrValue>,
    pub on_select: Callback<AttrValue>,
}

/// The GOV.UK radios: each choice with its label and an optional hint.
#[function_component(Radios)]
pub fn radios(props: &RadiosProps) -> Html {
    let words = use_words();
    let radio = |item: &RadioItem| {
        let item_hint_id = format!("{}-hint", item.id);
        let onchange = {
            let on_select = props.on_select.clone();
            let value = item.value.clone();
            Callback::from(move |event: Event| {
                if event.target_unchecked_into::<HtmlInputElement>().checked() {
                    on_select.emit(value.clone());
                }
            })
        };
        html! {
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="radio"
                    id={item.id.clone()}
                    name={props.name}
                    value={item.value.clone()}
                    checked={props.selected.as_ref() == Some(&item.value)}
                    aria-describedby={item.hint.as_ref().map(|_| item_hint_id.clone())}
                    {onchange}
                />
                <label class="radios__label" for={item.id.clone()}>{ pictured(&words, &item.idea, html! { <>{ item.label.clone() }</> }) }</label>
                if let Some(hint) = &item.hint {
                    <span id={item_hint_id} class="radios__hint">{ hint.clone() }</span>
                }
            </div>
        }
    };
    html! {
        <div class="radios">
            { for props.items.iter().map(radio) }
            if let Some(dont_know) = &props.dont_know {
                <p class="radios__divider">{ words.get("or-divider") }</p>
                { radio(dont_know) }
            }
        </div>
    }
}
