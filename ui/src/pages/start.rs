//! The start page: what the guide is for, the privacy promise and 112, and "Börja".

use crate::app::{send, Dispatch};
use crate::i18n::strings;
use crate::state::Action;
use yew::prelude::*;

pub(crate) struct StartProps {
    pub(crate) lang: &'static str,
    pub(crate) heading: NodeRef,
    pub(crate) dispatch: Dispatch,
}

pub(crate) fn start_page(p: &StartProps) -> Html {
    let t = strings(p.lang);
    html! {
        <div class="og-page og-page--start">
            <h1 class="og-heading-xl" tabindex="-1" ref={p.heading.clone()}>{ t.start_title() }</h1>
            <p class="og-lead">{ t.start_lead() }</p>
            <p>{ t.start_time() }</p>
            <div class="og-inset">
                <p><strong>{ t.start_privacy_strong() }</strong>{ t.start_privacy() }</p>
            </div>
            <div class="og-warning">
                <p><strong>{ t.start_danger() }</strong></p>
            </div>
            <button type="button" class="og-button og-button--start" onclick={send(&p.dispatch, || Action::Start)}>{ t.start_button() }</button>
        </div>
    }
}
