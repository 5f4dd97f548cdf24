//! The outcome page (and the call-now page, which is its first part): the decision with its
//! reason, what to do, whom to contact, the legal basis and the support for the whole family.

use crate::app::Assembled;
use crate::i18n::{strings, Strings};
use crate::pages::{block, items, paragraphs, tel};
use orosguiden::outcome::{Citation, Contact, SupportOffer};
use orosguiden::text::fill;
use yew::prelude::*;

pub(crate) fn contact_card(t: &Strings, c: &Contact) -> Html {
    html! {
        <div class="og-contact">
            <p class="og-contact__label">{ &c.label }</p>
            <h3 class="og-heading-s og-contact__name">{ &c.name }</h3>
            <p class="og-contact__phone">{ t.phone() }<a class="og-link" href={tel(&c.phone)}>{ &c.phone }</a></p>
            <p class="og-contact__hours">
                if !c.hours.is_empty() { { t.open_hours() }{ &c.hours } }
                { match c.open_now {
                    Some(true) => html! { <span class="og-tag og-tag--open">{ t.open_now() }</span> },
                    Some(false) => html! { <span class="og-tag og-tag--closed">{ t.closed_now() }</span> },
                    None => html! {},
                } }
            </p>
            if let Some(e) = &c.e_service {
                <p>{ t.e_service() }<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(e) = &c.confirm_in {
                <p class="og-contact__confirm">{ t.confirm_in() }<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(a) = &c.address { <p>{ t.address() }{ a }</p> }
            if let Some(n) = &c.note { <p class="og-contact__note">{ n }</p> }
            if let Some((name, phone)) = &c.when_closed {
                <p class="og-contact__closed">
                    { fill(t.closed_instead(), &[("{name}", name)]) }
                    <a class="og-link" href={tel(phone)}>{ phone }</a>
                    { t.closed_instead_after() }
                </p>
            }
        </div>
    }
}

pub(crate) fn legal_items(t: &Strings, legal: &[Citation]) -> Html {
    html! {
        <ul class="og-list">
            { for legal.iter().map(|l| html! {
                <li>{ &l.text }
                    if !l.verified { <span class="og-tag og-tag--unverified">{ t.verify_locally() }</span> }
                </li>
            }) }
        </ul>
    }
}

pub(crate) fn support_list(t: &Strings, xs: &[&SupportOffer]) -> Html {
    html! {
        <ul class="og-list og-support">
            { for xs.iter().map(|s| html! {
                <li class="og-support__item">
                    <strong>{ &s.name }</strong>
                    if let Some(a) = &s.ages { {format!(" ({a})")} }
                    <br/>{ &s.description }
                    if let Some((u, p)) = &s.unit { <br/>{format!("{u}, {} {p}", t.tel())} }
                </li>
            }) }
        </ul>
    }
}

pub(crate) struct OutcomeProps<'a> {
    pub(crate) assembled: &'a Assembled,
    pub(crate) lang: &'static str,
    pub(crate) prefix: &'a AttrValue,
    pub(crate) heading: NodeRef,
    /// On the call-now page: the way on to the rest of the guide, after the decision.
    pub(crate) go_on: Html,
}

/// The decision, the steps, the contacts and the blocks of advice.
pub(crate) fn outcome_body(p: &OutcomeProps<'_>) -> Html {
    let t = strings(p.lang);
    let o = &p.assembled.outcome;
    let contacts = if o.contacts.is_empty() && o.elsewhere.is_empty() {
        Html::default()
    } else {
        html! {
            <>
                <h2 class="og-heading-m">{ t.contacts_title() }</h2>
                if let Some(m) = &o.municipality { <p class="og-contacts__where">{ fill(t.contacts_in(), &[("{municipality}", m)]) }</p> }
                <div class="og-contacts">
                    // Another municipality's social services, or one not known: how to find them.
                    { for o.elsewhere.iter().map(|e| html! {
                        <div class="og-contact og-contact--elsewhere" data-og-elsewhere={e.purpose.id()}>
                            <p class="og-contact__label">{ &e.label }</p>
                            <p>{ &e.text }</p>
                        </div>
                    }) }
                    { for o.contacts.iter().map(|c| contact_card(t, c)) }
                </div>
            </>
        }
    };
    // The offers a section lists are the flow's to say (its `support`), never an id's.
    let support = |f: orosguiden::flow::SupportFor| o.support.iter().filter(|s| s.for_ == f).collect::<Vec<_>>();
    html! {
        <>
            <div class="og-panel" data-urgent={o.urgent.then_some("")} data-og-outcome={o.decision.id.clone()}>
                <h1 class="og-heading-xl og-panel__title" tabindex="-1" ref={p.heading.clone()}>{ &o.decision.title }</h1>
                if let Some(r) = &o.decision.reason { <p class="og-panel__body">{ r }</p> }
                // Acting now: the emergency number to tap, on the first screen.
                if o.urgent { <p class="og-panel__call"><a class="og-call" href="tel:112">{ t.call_112() }</a></p> }
            </div>
            // Acting now: whom to phone before the steps, so that the numbers are on the first
            // screen too.
            if o.urgent { { contacts.clone() } }
            { paragraphs(&o.decision.body) }
            if !o.steps.is_empty() {
                <h2 class="og-heading-m">{ t.steps_title() }</h2>
                <ol class="og-list og-list--number og-steps">{ items(&o.steps) }</ol>
            }
            if !o.urgent { { contacts } }
            <div class="og-legal">
                <p class="og-legal__heading">{ t.legal_title() }</p>
                { legal_items(t, &o.decision.legal) }
            </div>
            { p.go_on.clone() }
            { for o.blocks.chunk_by(|a, b| a.support.is_some() && b.support.is_some()).map(|run| {
                let sections = run.iter().map(|b| block(p.prefix, &b.id, &b.title, html! {
                    <>
                        { paragraphs(&b.body) }
                        if !b.list.is_empty() {
                            <ul class="og-list og-list--bullet">{ items(&b.list) }</ul>
                        }
                        if let Some(r) = &b.routine {
                            <div class="og-inset og-routine"><p><strong>{ t.routine() }</strong>{ r }</p></div>
                        }
                        if let Some(offers) = b.support.map(support).filter(|s| !s.is_empty()) { { support_list(t, &offers) } }
                        if !b.legal.is_empty() {
                            <details class="og-legal og-details">
                                <summary class="og-details__summary">{ t.legal_title() }</summary>
                                { legal_items(t, &b.legal) }
                            </details>
                        }
                    </>
                }));
                // The support for each member of the family, side by side, so that the help
                // can start at the same time.
                if run.len() > 1 {
                    html! { <div class="og-family" data-og-family="">{ for sections }</div> }
                } else {
                    sections.collect::<Html>()
                }
            }) }
            { block(p.prefix, "numbers", t.numbers_title(), html! {
                <ul class="og-list og-numbers">
                    { for o.numbers.iter().map(|n| html! {
                        <li><strong>{ &n.name }</strong>{" "}
                            <a class="og-link" href={tel(&n.number)}>{ &n.number }</a>
                            {" – "}{ &n.description }</li>
                    }) }
                </ul>
            }) }
        </>
    }
}
