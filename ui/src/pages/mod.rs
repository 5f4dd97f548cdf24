//! The widget's pages, one module each, and the parts they share. Each page is a plain function
//! of the engine's state that returns its markup; the one component ([`crate::App`]) picks the
//! page for the stage of the journey.

pub(crate) mod check;
pub(crate) mod draft;
pub(crate) mod outcome;
pub(crate) mod question;
pub(crate) mod start;

use yew::prelude::*;

/// One question and its answer, with `actions` after them (or nothing).
pub(crate) fn summary_row(q: String, a: String, actions: Html) -> Html {
    html! {
        <div class="og-summary-list__row">
            <dt class="og-summary-list__key">{ q }</dt>
            <dd class="og-summary-list__value">{ a }</dd>
            { actions }
        </div>
    }
}

/// A `tel:` link target: the digits and a leading plus of a phone number as written.
pub(crate) fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
    format!("tel:{digits}")
}

/// Paragraphs of text.
pub(crate) fn paragraphs(ps: &[String]) -> Html {
    ps.iter().map(|p| html! { <p>{ p }</p> }).collect()
}

/// List items of text.
pub(crate) fn items(xs: &[String]) -> Html {
    xs.iter().map(|x| html! { <li>{ x }</li> }).collect()
}

/// A section of the outcome page, labelled by its heading (`id` after the instance's prefix).
pub(crate) fn block(prefix: &AttrValue, id: &str, title: &str, content: Html) -> Html {
    let hid = format!("{prefix}-{id}");
    html! {
        <section class="og-block" aria-labelledby={hid.clone()} data-og-block={id.to_string()}>
            <h2 class="og-heading-m" id={hid}>{ title }</h2>
            { content }
        </section>
    }
}
