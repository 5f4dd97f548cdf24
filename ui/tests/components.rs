//! Component tests of the widget in a real browser (wasm-bindgen-test, headless Chromium):
//! pages, focus, validation, back and start again, two widgets on one page.
#![cfg(target_arch = "wasm32")]

use orosguiden::Config;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh widget with the demo configuration in its own element.
async fn widget() -> Element {
    widget_with(Config::demo()).await
}

/// A fresh widget with `config` in its own element.
async fn widget_with(config: Config) -> Element {
    widget_loaded(orosguiden::load::Loaded { config, problems: vec![] }).await
}

/// A fresh widget with a configuration as loaded (possibly the fallback with its problems).
async fn widget_loaded(loaded: orosguiden::load::Loaded) -> Element {
    let root = doc().create_element("div").unwrap();
    doc().body().unwrap().append_child(&root).unwrap();
    orosguiden_ui::mount_loaded(root.clone(), loaded, "sv");
    settle().await;
    root
}

/// Lets Yew render.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Waits until `done` holds, checking every 10 ms for up to 2 s; returns how long it took (the
/// caller asserts the condition itself afterwards).
async fn eventually(done: impl Fn() -> bool) -> Duration {
    let mut waited = Duration::ZERO;
    while !done() && waited < Duration::from_secs(2) {
        yew::platform::time::sleep(Duration::from_millis(10)).await;
        waited += Duration::from_millis(10);
    }
    waited
}

fn all(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn text(root: &Element, sel: &str) -> String {
    root.query_selector(sel).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

async fn click_button(root: &Element, label: &str) {
    let b = all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button '{label}'"));
    b.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
}

/// Answers the question on screen by ids: ticks (or picks) each choice, then "Fortsätt". The
/// question must be `question`. By id, so that a copy edit of a label breaks no test.
async fn answer(root: &Element, question: &str, choices: &[&str]) {
    let fieldset = root
        .query_selector(&format!("fieldset[data-og-question='{question}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("the question on screen is not '{question}' but '{}'", heading(root)));
    for c in choices {
        let input =
            fieldset.query_selector(&format!("input[value='{c}']")).unwrap().unwrap_or_else(|| panic!("{question} has no choice '{c}'"));
        input.dyn_into::<HtmlElement>().unwrap().click();
        settle().await;
    }
    click_button(root, "Fortsätt").await;
}

/// The decision shown, by id.
fn decision(root: &Element) -> Option<String> {
    root.query_selector("[data-og-outcome]").unwrap().and_then(|e| e.get_attribute("data-og-outcome"))
}

/// The blocks shown, by id.
fn blocks(root: &Element) -> Vec<String> {
    all(root, "[data-og-block]").iter().filter_map(|e| e.get_attribute("data-og-block")).collect()
}

fn heading(root: &Element) -> String {
    text(root, "h1").trim().to_string()
}

fn checked(root: &Element) -> Vec<String> {
    all(root, "input[type=radio]")
        .into_iter()
        .filter_map(|i| i.dyn_into::<HtmlInputElement>().ok())
        .filter(|i| i.checked())
        .map(|i| i.value())
        .collect()
}

#[wasm_bindgen_test]
async fn start_page_says_nothing_is_stored_and_marks_the_demo() {
    let w = widget().await;
    assert_eq!(heading(&w), "Orolig för ett barn?");
    assert!(w.text_content().unwrap().contains("Inget du svarar sparas eller skickas"));
    assert!(text(&w, ".og-demo-banner").contains("påhittad"));
    assert!(all(&w, "button").iter().any(|b| b.text_content().unwrap() == "Börja"));
}

#[wasm_bindgen_test]
async fn a_question_is_a_fieldset_with_its_heading_as_legend_and_takes_focus() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    let legend = w.query_selector("fieldset > legend > h1").unwrap().expect("legend with h1");
    assert_eq!(legend.text_content().unwrap(), "Är barnet i fara just nu eller i dag?");
    assert_eq!(all(&w, "fieldset input[type=radio]").len(), 3);
    // Focus is set in the effect after the render; on a busy machine Yew runs that effect in a
    // later task (it yields after 16 ms of work, and "Börja" also parses the flow), so wait
    // for it rather than assume it came within `settle`.
    let focused = eventually(|| doc().active_element().as_ref() == Some(&legend)).await;
    assert_eq!(doc().active_element(), Some(legend), "focus moves to the question's heading (waited {focused:?})");
    // Every radio has a label.
    for r in all(&w, "input[type=radio]") {
        let id = r.id();
        assert!(w.query_selector(&format!("label[for='{id}']")).unwrap().is_some(), "label for {id}");
    }
}

#[wasm_bindgen_test]
async fn continuing_without_a_choice_shows_an_error_and_stays() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    assert!(w.query_selector(".og-form-group[data-error]").unwrap().is_none(), "no error marked before continuing");
    click_button(&w, "Fortsätt").await;
    assert!(text(&w, "[role=alert]").contains("Välj ett av alternativen"));
    assert!(w.query_selector(".og-form-group[data-error]").unwrap().is_some(), "the group with the error is marked");
    assert_eq!(heading(&w), "Är barnet i fara just nu eller i dag?");
    let fieldset = w.query_selector("fieldset").unwrap().unwrap();
    let described = fieldset.get_attribute("aria-describedby").unwrap();
    assert!(described.split(' ').any(|id| id.ends_with("-error")), "the error is tied to the fieldset");
}

#[wasm_bindgen_test]
async fn a_teachers_journey_ends_in_must_report_with_the_demo_unit() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    answer(&w, "role", &["school"]).await;
    answer(&w, "concern", &["substance"]).await;
    answer(&w, "observations-substance", &["yes"]).await;
    answer(&w, "already-happened", &[]).await;
    answer(&w, "child-place", &["here"]).await;
    answer(&w, "child-age", &["7-12"]).await;
    assert!(w.query_selector(".og-page--check").unwrap().is_some(), "Check your answers");
    assert_eq!(all(&w, ".og-summary-list__row").len(), 7);
    click_button(&w, "Visa vad du ska göra").await;
    assert_eq!(decision(&w).as_deref(), Some("must-report"));
    assert!(
        w.query_selector(".og-panel").unwrap().is_some() && w.query_selector(".og-panel[data-urgent]").unwrap().is_none(),
        "a report that is not acute is not marked urgent"
    );
    assert!(blocks(&w).contains(&"duty-is-personal".to_string()), "{:?}", blocks(&w));
    let contacts = text(&w, ".og-contacts");
    assert!(contacts.contains("Socialtjänstens mottagning för barn och unga"), "{contacts}");
    assert!(contacts.contains("000-100 10 01"));
    assert!(w.query_selector("a[href='tel:0001001001']").unwrap().is_some());
    // Every national number links to its digits (spaces and dashes dropped: "114 14" -> 11414).
    let numbers = all(&w, ".og-numbers a");
    assert_eq!(numbers.len(), Config::demo().numbers.len());
    for a in numbers {
        let shown = a.text_content().unwrap_or_default();
        let digits: String = shown.chars().filter(|c| c.is_ascii_digit()).collect();
        assert_eq!(a.get_attribute("href"), Some(format!("tel:{digits}")), "{shown}");
    }
    assert!(w.query_selector(".og-numbers a[href='tel:11414']").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn danger_now_goes_straight_to_112_then_the_guide_goes_on() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["danger-now"]).await;
    // Where the child is now, on a page with the 112 link first.
    assert!(w.query_selector("fieldset[data-og-question='child-place']").unwrap().is_some(), "{}", heading(&w));
    assert!(w.query_selector(".og-panel a[href='tel:112']").unwrap().is_some(), "112 above the question");
    answer(&w, "child-place", &["here"]).await;
    assert_eq!(decision(&w).as_deref(), Some("call-112"));
    assert!(w.query_selector(".og-panel[data-urgent]").unwrap().is_some());
    assert_eq!(w.query_selector(".og-panel").unwrap().unwrap().get_attribute("data-urgent").as_deref(), Some(""));
    // The number to tap, in the panel, first.
    assert!(w.query_selector(".og-panel a[href='tel:112']").unwrap().is_some());
    // "Fortsätt guiden": the rest of the questions; back: the call-now page again.
    let go_on = w.query_selector("[data-og-action='go-on']").unwrap().expect("the way on");
    go_on.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert!(w.query_selector("fieldset[data-og-question='role']").unwrap().is_some());
    click_button(&w, "Tillbaka").await;
    assert_eq!(decision(&w).as_deref(), Some("call-112"));
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_question_with_its_answer_selected() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    assert_eq!(heading(&w), "Var arbetar du, eller i vilken roll möter du barnet eller familjen?");
    click_button(&w, "Tillbaka").await;
    assert_eq!(heading(&w), "Är barnet i fara just nu eller i dag?");
    assert_eq!(checked(&w), vec!["not-acute".to_string()]);
    click_button(&w, "Tillbaka").await;
    assert_eq!(heading(&w), "Orolig för ett barn?");
}

#[wasm_bindgen_test]
async fn change_from_check_answers_reroutes_and_drops_answers_that_no_longer_apply() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    answer(&w, "role", &["school"]).await;
    answer(&w, "concern", &["substance"]).await;
    answer(&w, "observations-substance", &["yes"]).await;
    answer(&w, "already-happened", &[]).await;
    answer(&w, "child-place", &["here"]).await;
    answer(&w, "child-age", &["7-12"]).await;
    // Change the role to the adult side: the next question is about the client's children.
    let change = all(&w, ".og-summary-list__actions button")[1].clone();
    change.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(checked(&w), vec!["school".to_string()], "the current answer is preselected");
    answer(&w, "role", &["social-services-adult"]).await;
    assert!(w.query_selector("fieldset[data-og-question='client-children']").unwrap().is_some(), "{}", heading(&w));
}

#[wasm_bindgen_test]
async fn several_worries_are_ticked_and_each_is_asked_about() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    answer(&w, "role", &["school"]).await;
    // Checkboxes: none ticked is an error; two ticked is one answer.
    assert_eq!(all(&w, "fieldset input[type=checkbox]").len(), 9);
    click_button(&w, "Fortsätt").await;
    assert!(w.query_selector(".og-form-group[data-error]").unwrap().is_some(), "at least one worry");
    answer(&w, "concern", &["violence", "substance"]).await;
    answer(&w, "observations-substance", &["yes"]).await;
    answer(&w, "observations-violence", &["no"]).await;
    answer(&w, "already-happened", &["told-manager"]).await;
    answer(&w, "child-place", &["here"]).await;
    answer(&w, "child-age", &["7-12"]).await;
    click_button(&w, "Visa vad du ska göra").await;
    assert_eq!(decision(&w).as_deref(), Some("must-report"));
    let b = blocks(&w);
    for id in ["do-not-tell-parents", "support-for-the-parent", "told-manager"] {
        assert!(b.contains(&id.to_string()), "{id}: {b:?}");
    }
    assert!(!b.contains(&"tell-parents".to_string()), "{b:?}");
}

#[wasm_bindgen_test]
async fn start_again_forgets_answers_and_notes() {
    let w = widget().await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    answer(&w, "role", &["school"]).await;
    answer(&w, "concern", &["violence"]).await;
    answer(&w, "observations-violence", &["yes"]).await;
    answer(&w, "already-happened", &[]).await;
    answer(&w, "child-place", &["here"]).await;
    answer(&w, "child-age", &["7-12"]).await;
    click_button(&w, "Visa vad du ska göra").await;
    let note = w.query_selector("textarea").unwrap().unwrap().dyn_into::<HtmlTextAreaElement>().unwrap();
    note.set_value("Barnet sa att pappa slår.");
    note.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    settle().await;
    assert!(blocks(&w).contains(&"do-not-tell-parents".to_string()));
    click_button(&w, "Börja om").await;
    assert_eq!(heading(&w), "Orolig för ett barn?");
    assert!(!w.inner_html().contains("pappa slår"));
    click_button(&w, "Börja").await;
    assert!(checked(&w).is_empty(), "no answer is remembered after start again");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_do_not_interfere() {
    let a = widget().await;
    let b = widget().await;
    click_button(&a, "Börja").await;
    assert_eq!(heading(&b), "Orolig för ett barn?");
    click_button(&b, "Börja").await;
    answer(&a, "acute-danger", &["not-acute"]).await;
    assert_eq!(heading(&b), "Är barnet i fara just nu eller i dag?");
    let ids = |w: &Element| all(w, "input[type=radio]").into_iter().map(|e| e.id()).collect::<Vec<_>>();
    for id in ids(&b) {
        assert!(!ids(&a).contains(&id), "ids are unique per widget: {id}");
    }
}

#[wasm_bindgen_test]
async fn an_unusable_configuration_shows_every_problem_and_falls_back() {
    let broken = orosguiden::config::DEMO_CONFIG.replace("\"after_hours\": \"socialjouren\"", "\"after_hours\": \"saknas\"");
    let loaded = orosguiden::load::load(&broken, &orosguiden::Flow::national());
    assert!(loaded.is_fallback());
    let root = widget_loaded(loaded).await;
    let panel = text(&root, ".og-config-error");
    assert!(panel.contains("Kommunens uppgifter kunde inte läsas"), "{panel}");
    assert!(panel.contains("routing.after_hours"), "{panel}");
    assert!(panel.contains("000-100 00 00"), "the switchboard is offered: {panel}");
    click_button(&root, "Börja").await;
    answer(&root, "acute-danger", &["unsafe-today"]).await;
    answer(&root, "child-place", &["here"]).await;
    let contacts = text(&root, ".og-contacts");
    assert!(contacts.contains("000-100 00 00") && contacts.contains("112"), "{contacts}");
}

#[wasm_bindgen_test]
async fn a_local_rule_puts_its_unit_first_with_its_note() {
    let root = widget_with(Config::from_json(include_str!("../../config/storstad-vaster.json")).unwrap()).await;
    click_button(&root, "Börja").await;
    answer(&root, "acute-danger", &["not-acute"]).await;
    answer(&root, "role", &["school"]).await;
    answer(&root, "concern", &["mental-illness"]).await;
    answer(&root, "observations-mental-illness", &["unsure"]).await;
    answer(&root, "already-happened", &[]).await;
    answer(&root, "child-place", &["here"]).await;
    answer(&root, "child-age", &["7-12"]).await;
    click_button(&root, "Visa vad du ska göra").await;
    let first = text(&root, ".og-contact");
    assert!(first.contains("Öppenvården för barn och familj"), "{first}");
    assert!(root.query_selector(".og-contact__note").unwrap().is_some());
}

// ---------------------------------------------------------------------------------------------
// English on demand: the widget's own flow is Swedish only; English is fetched when asked for.

/// The flow in one language, as the build makes it (a pack).
fn flow_in(locale: &str) -> String {
    orosguiden::flow::single_locale_pack(orosguiden::flow::NATIONAL_FLOW, locale).unwrap()
}

/// A widget with the Swedish-only flow whose English flow is at `english_url`.
async fn swedish_widget(english_url: &str, lang: &str) -> Element {
    lazy_swedish_widget(english_url, lang).await.0
}

/// A widget with the Swedish-only flow, parsed on first use as the widget's own embedded flow
/// is; with the flow, to see when it was parsed.
async fn lazy_swedish_widget(english_url: &str, lang: &str) -> (Element, std::rc::Rc<orosguiden::flow::LazyFlow>) {
    let root = doc().create_element("div").unwrap();
    doc().body().unwrap().append_child(&root).unwrap();
    let src: &'static str = Box::leak(flow_in("sv").into_boxed_str());
    let flow = std::rc::Rc::new(orosguiden::flow::LazyFlow::new(src));
    let loaded = orosguiden::load::Loaded { config: Config::demo(), problems: vec![] };
    orosguiden_ui::mount_with(root.clone(), flow.clone(), loaded, lang, english_url);
    settle().await;
    (root, flow)
}

#[wasm_bindgen_test]
async fn the_start_page_is_shown_before_the_flow_is_parsed_and_starting_parses_it() {
    let (root, flow) = lazy_swedish_widget("", "sv").await;
    assert_eq!(heading(&root), "Orolig för ett barn?");
    assert!(!flow.is_parsed(), "the start page needs nothing from the flow");
    click_button(&root, "Börja").await;
    assert!(flow.is_parsed());
    assert_eq!(heading(&root), "Är barnet i fara just nu eller i dag?");
    answer(&root, "acute-danger", &["not-acute"]).await;
    click_button(&root, "Fortsätt").await;
    assert_eq!(heading(&root), "Var arbetar du, eller i vilken roll möter du barnet eller familjen?");
}

/// A file served from memory: a data: URL.
fn data_url(text: &str) -> String {
    format!("data:text/plain;charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

/// Waits (up to a second) until `f` holds.
async fn until(f: impl Fn() -> bool) {
    for _ in 0..50 {
        if f() {
            return;
        }
        settle().await;
    }
}

#[wasm_bindgen_test]
async fn english_is_fetched_when_asked_for_and_keeps_the_answers() {
    let root = swedish_widget(&data_url(&flow_in("en")), "sv").await;
    click_button(&root, "Börja").await;
    answer(&root, "acute-danger", &["not-acute"]).await;
    click_button(&root, "In English").await;
    until(|| heading(&root) == "Where do you work, or in what role do you meet the child or the family?").await;
    assert_eq!(heading(&root), "Where do you work, or in what role do you meet the child or the family?");
    assert_eq!(root.query_selector(".og-widget").unwrap().unwrap().get_attribute("lang").as_deref(), Some("en"));
    click_button(&root, "Back").await;
    assert_eq!(checked(&root), ["not-acute"], "the answer is kept across the switch");
    click_button(&root, "På svenska").await;
    assert_eq!(heading(&root), "Är barnet i fara just nu eller i dag?");
}

#[wasm_bindgen_test]
async fn a_widget_set_to_english_says_it_is_loading_then_starts_in_english() {
    let root = swedish_widget(&data_url(&flow_in("en")), "en").await;
    until(|| heading(&root) == "Worried about a child?").await;
    assert_eq!(heading(&root), "Worried about a child?");
    click_button(&root, "Start").await;
    assert_eq!(heading(&root), "Is the child in danger right now or today?");
}

#[wasm_bindgen_test]
async fn english_that_cannot_be_had_or_routes_differently_is_refused_in_both_languages() {
    // Not a pack, a pack cut short, the JSON flow (the earlier form), a flow that routes
    // differently (a stale file), and the English flow without the English words or with the
    // Swedish ones: all refused alike.
    use orosguiden::i18n::{EN, SV};
    use orosguiden::pack::pack;
    let en = flow_in("en");
    let flow = orosguiden::Flow::from_pack(&en).unwrap();
    let mut changed = flow.clone();
    changed.start = "role".into();
    let stale = pack(&changed, EN.words()).unwrap();
    assert_ne!(stale, en);
    assert_eq!(pack(&flow, EN.words()).unwrap(), en);
    let json = orosguiden::flow::single_locale(orosguiden::flow::NATIONAL_FLOW, "en").unwrap();
    let refused = [
        "not a pack".to_string(),
        en[..en.len() / 2].to_string(),
        json,
        stale,
        pack(&flow, &[]).unwrap(),
        pack(&flow, SV.words()).unwrap(),
        pack(&flow, &EN.words()[1..]).unwrap(),
    ];
    for url in refused.iter().map(|p| data_url(p)) {
        let root = swedish_widget(&url, "sv").await;
        click_button(&root, "In English").await;
        until(|| root.query_selector(".og-lang-error").unwrap().is_some()).await;
        let alert = root.query_selector(".og-lang-error").unwrap().expect("the guide says English failed");
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        let said = alert.text_content().unwrap_or_default();
        assert!(said.contains("could not be loaded in English") && said.contains("fortsätter på svenska"), "{said}");
        assert_eq!(heading(&root), "Orolig för ett barn?", "still Swedish");
        assert_eq!(root.query_selector(".og-widget").unwrap().unwrap().get_attribute("lang").as_deref(), Some("sv"));
    }
}

/// The prerendered start page as `make build` makes it (prerender::start_page: the widget's own
/// view through Yew's server renderer), parsed as a browser parses it.
async fn prerendered(config: Config) -> Element {
    let flow = std::rc::Rc::new(orosguiden::Flow::national().into());
    let html = orosguiden_ui::prerender::start_page(flow, config).await;
    let holder = doc().create_element("div").unwrap();
    holder.set_inner_html(&html);
    holder.first_element_child().expect("a section")
}

#[wasm_bindgen_test]
async fn the_prerendered_start_page_is_the_widgets_own_node_for_node() {
    // With the demonstration banner (the built-in configuration) and without (a municipality's).
    let mut plain = Config::demo();
    plain.organisation.demo = false;
    for config in [Config::demo(), plain] {
        let w = widget_with(config.clone()).await;
        let live = w.query_selector("section.og-widget").unwrap().expect("the widget's section");
        // A copy without empty text nodes (Yew keeps one for the empty live region), with
        // neighbouring text joined: what is rendered, not how Yew holds it.
        let live = live.clone_node_with_deep(true).unwrap().dyn_into::<Element>().unwrap();
        live.normalize();
        let pre = prerendered(config).await;
        pre.normalize();
        assert!(pre.is_equal_node(Some(&live)), "prerendered:\n{}\nwidget:\n{}", pre.outer_html(), live.outer_html());
        // A node that differs is told apart: the comparison is not vacuous.
        pre.query_selector("h1").unwrap().unwrap().set_text_content(Some("Orolig för ett barn"));
        assert!(!pre.is_equal_node(Some(&live)));
    }
}

// ---------------------------------------------------------------------------------------------
// The widget renders structure, never ids: what goes where comes from the flow's own fields.

/// A widget with `flow` (and the demo configuration).
async fn widget_with_flow(flow: orosguiden::Flow) -> Element {
    let root = doc().create_element("div").unwrap();
    doc().body().unwrap().append_child(&root).unwrap();
    let loaded = orosguiden::load::Loaded { config: Config::demo(), problems: vec![] };
    orosguiden_ui::mount_with(root.clone(), std::rc::Rc::new(flow.into()), loaded, "sv", "");
    settle().await;
    root
}

/// The page's markup with the values of the attributes that carry ids (element ids and the
/// references to them, and the test hooks) left out: what a user sees and a screen reader reads.
fn without_ids(html: &str) -> String {
    const ID_ATTRIBUTES: [&str; 7] =
        ["id=\"", "for=\"", "aria-labelledby=\"", "aria-describedby=\"", "name=\"", "data-og-outcome=\"", "data-og-block=\""];
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((i, a)) = ID_ATTRIBUTES.iter().filter_map(|a| rest.find(a).map(|i| (i, a))).min_by_key(|(i, _)| *i) {
        out.push_str(&rest[..i + a.len()]);
        rest = &rest[i + a.len()..];
        rest = rest.find('"').map_or("", |end| &rest[end..]);
    }
    out.push_str(rest);
    out
}

#[wasm_bindgen_test]
async fn renaming_every_outcome_id_changes_no_rendered_page() {
    let national = orosguiden::Flow::national();
    let mut renamed = orosguiden::Flow::national();
    for (i, o) in renamed.outcomes.iter_mut().enumerate() {
        o.id = format!("renamed-{i}");
    }
    let a = widget_with_flow(national).await;
    let b = widget_with_flow(renamed).await;
    // A journey through checkboxes, a call-now page and the whole outcome with support offers.
    for w in [&a, &b] {
        click_button(w, "Börja").await;
        answer(w, "acute-danger", &["unsafe-today"]).await;
        answer(w, "child-place", &["here"]).await;
    }
    assert_eq!(without_ids(&a.inner_html()), without_ids(&b.inner_html()), "the call-now page");
    for w in [&a, &b] {
        let go_on = w.query_selector("[data-og-action='go-on']").unwrap().unwrap();
        go_on.dyn_into::<HtmlElement>().unwrap().click();
        settle().await;
        answer(w, "role", &["social-services-adult"]).await;
        answer(w, "client-children", &["lives-with"]).await;
        answer(w, "concern", &["substance", "violence"]).await;
        answer(w, "compulsory-care", &["unsure"]).await;
        answer(w, "child-care-now", &["yes"]).await;
        answer(w, "already-happened", &["wants-anonymous"]).await;
        answer(w, "child-age", &["unknown"]).await;
        click_button(w, "Visa vad du ska göra").await;
    }
    assert!(
        !blocks(&a).is_empty()
            && blocks(&b).iter().all(|id| id.starts_with("renamed-") || ["numbers", "draft", "answers"].contains(&id.as_str())),
        "{:?}",
        blocks(&b)
    );
    assert!(a.query_selector(".og-support").unwrap().is_some(), "support offers are listed");
    assert_eq!(without_ids(&a.inner_html()), without_ids(&b.inner_html()), "the whole outcome");
}

// ---------------------------------------------------------------------------------------------
// The child's own municipality and age (issue 17)

async fn regional_health_journey(place: &str, age: &str) -> Element {
    let w = widget_with(Config::from_json(include_str!("../../config/region-norrfors.json")).unwrap()).await;
    click_button(&w, "Börja").await;
    answer(&w, "acute-danger", &["not-acute"]).await;
    answer(&w, "role", &["health-child"]).await;
    answer(&w, "concern", &["substance"]).await;
    answer(&w, "observations-substance", &["yes"]).await;
    answer(&w, "already-happened", &[]).await;
    // The municipalities by name, and another or unknown.
    let choices: Vec<String> =
        all(&w, "fieldset[data-og-question='child-place'] input").iter().filter_map(|i| i.get_attribute("value")).collect();
    assert_eq!(choices, ["alby", "bjorkvik", "celsing", "other", "unknown"]);
    answer(&w, "child-place", &[place]).await;
    answer(&w, "child-age", &[age]).await;
    click_button(&w, "Visa vad du ska göra").await;
    w
}

fn offers(w: &Element) -> Vec<String> {
    all(w, ".og-support__item").iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn a_region_routes_to_the_childs_own_municipality_or_says_how_to_find_it() {
    let bjorkvik = regional_health_journey("bjorkvik", "7-12").await;
    assert_eq!(decision(&bjorkvik).as_deref(), Some("must-report"));
    let contacts = text(&bjorkvik, ".og-contacts");
    assert!(contacts.contains("000-200 11 00") && contacts.contains("Björkvik"), "{contacts}");
    assert!(!contacts.contains("Alby kommun") && !contacts.contains("Celsing kommun"), "{contacts}");
    assert!(bjorkvik.query_selector("[data-og-elsewhere]").unwrap().is_none());
    let elsewhere = regional_health_journey("other", "7-12").await;
    assert!(elsewhere.query_selector("[data-og-elsewhere='report']").unwrap().is_some());
    // No municipality's intake (their numbers end in 11 00) as the place to report.
    let phones: Vec<String> = all(&elsewhere, ".og-contact__phone").iter().map(|e| e.text_content().unwrap_or_default()).collect();
    assert!(phones.iter().all(|p| !p.contains("11 00")), "{phones:?}");
    // The whole family side by side.
    assert!(bjorkvik.query_selector("[data-og-family] [data-og-block]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_age_changes_the_childs_offers() {
    let small = offers(&regional_health_journey("alby", "0-6").await);
    let school = offers(&regional_health_journey("alby", "7-12").await);
    assert_ne!(small, school);
    assert!(small.iter().any(|o| o.contains("Familjecentralen")), "{small:?}");
    assert!(!school.iter().any(|o| o.contains("Familjecentralen")), "{school:?}");
}
