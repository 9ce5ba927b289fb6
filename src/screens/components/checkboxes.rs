use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One box: its value, the id of its input, its label and whether it is
/// ticked.
#[derive(Clone, PartialEq)]
pub struct CheckboxItem {
    pub value: &'static str,
    pub id: String,
    pub label: Html,
    pub checked: bool,
}

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    pub items: Vec<CheckboxItem>,
    /// A box's value, and whether it is now ticked.
    pub on_toggle: Callback<(&'static str, bool)>,
}

/// The GOV.UK checkboxes.
#[function_component(Checkboxes)]
pub fn checkboxes(props: &CheckboxesProps) -> Html {
    html! {
        <div class="checkboxes">
            { for props.items.iter().map(|item| {
                let onchange = {
                    let (on_toggle, value) = (props.on_toggle.clone(), item.value);
                    Callback::from(move |event: Event| {
                        on_toggle.emit((value, event.target_unchecked_into::<HtmlInputElement>().checked()));
                    })
                };
                html! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" id={item.id.clone()} value={item.value} checked={item.checked} {onchange} />
                        <label class="checkboxes__label" for={item.id.clone()}>{ item.label.clone() }</label>
                    </div>
                }
            }) }
        </div>
    }
}
