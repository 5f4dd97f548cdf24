//! The floor app for `make bench`: a question page parsed from JSON with serde_json and
//! rendered by Yew, with one button that works. Whatever the real widget costs above this is
//! the widget's own.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

const PAGE: &str = r#"{"title": "Orolig för ett barn?", "lead": "Svara på några korta frågor.", "button": "Börja"}"#;

#[derive(Deserialize, Clone, PartialEq)]
struct Page {
    title: String,
    lead: String,
    button: String,
}

#[derive(Properties, PartialEq)]
struct Props {
    page: Page,
}

#[function_component(App)]
fn app(props: &Props) -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_: MouseEvent| clicks.set(*clicks + 1))
    };
    html! {
        <div class="floor">
            <h1>{ &props.page.title }</h1>
            <p>{ &props.page.lead }</p>
            <button type="button" {onclick}>{ &props.page.button }</button>
            <p>{ *clicks }</p>
        </div>
    }
}

/// Runs when the module is instantiated: mounts the app into `#app`.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    let page: Page = match serde_json::from_str(PAGE) {
        Ok(p) => p,
        Err(_) => return,
    };
    yew::Renderer::<App>::with_root_and_props(root, Props { page }).render();
}
