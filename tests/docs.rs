//! `docs/konfiguration.md` stays true to the code: it names every field of the configuration's
//! JSON Schema, every allowed value, every role of the national flow and every fact a condition
//! may use. (That it explains every problem code is tested in tests/validation.rs.)

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn doc() -> String {
    std::fs::read_to_string(repo_file("docs/konfiguration.md")).unwrap()
}

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo_file("docs/config.schema.json")).unwrap()).unwrap()
}

/// Every property name and every `const` value anywhere in a schema.
fn names(v: &Value, props: &mut BTreeSet<String>, values: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(p)) = m.get("properties") {
                props.extend(p.keys().cloned());
            }
            if let Some(Value::String(c)) = m.get("const") {
                values.insert(c.clone());
            }
            m.values().for_each(|x| names(x, props, values));
        }
        Value::Array(xs) => xs.iter().for_each(|x| names(x, props, values)),
        _ => {}
    }
}

#[test]
fn every_field_and_value_of_the_schema_is_documented() {
    let (mut props, mut values) = (BTreeSet::new(), BTreeSet::new());
    names(&schema(), &mut props, &mut values);
    assert!(props.len() > 30 && values.len() > 20, "{props:?} {values:?}");
    let doc = doc();
    for p in props.iter().chain(&values) {
        assert!(doc.contains(&format!("`{p}`")), "docs/konfiguration.md does not mention `{p}`");
    }
}

#[test]
fn every_role_and_fact_of_the_flow_is_documented() {
    let flow = flow();
    let doc = doc();
    for c in &flow.question(&flow.role_question).unwrap().choices {
        assert!(doc.contains(&format!("| `{}` | {} |", c.id, c.label.get("sv"))), "role {} is not in the table", c.id);
    }
    for f in &flow.facts {
        assert!(doc.contains(&format!("| `{}` |", f.id)), "fact {} is not in the table", f.id);
    }
    for o in &flow.outcomes {
        for p in &o.contacts {
            let named = doc.lines().any(|l| l.starts_with(&format!("| `{}` |", p.id())) && l.contains(&format!("`{}`", o.id)));
            assert!(named, "the purpose table's row for {} does not name {}", p.id(), o.id);
        }
    }
}

#[test]
fn the_documented_examples_of_the_local_rule_match_the_example_file() {
    let c: Value = serde_json::from_str(&std::fs::read_to_string(repo_file("config/storstad-vaster.json")).unwrap()).unwrap();
    let rule = &c["routing"]["rules"][0];
    let doc = doc();
    assert!(doc.contains(&format!("\"unless\": \"{}\"", rule["unless"].as_str().unwrap())));
    assert!(doc.contains(&format!("\"first\": {}", serde_json::to_string(&rule["first"]).unwrap().replace(",", ", "))));
}
