//! The JSON Schema of a configuration file, generated from the Rust types (feature `schema`),
//! with Swedish descriptions for the municipality's staff and the patterns an editor can check
//! while one types. `orosguiden schema` prints it; `docs/config.schema.json` is its committed
//! copy, and a test fails when that copy is out of date.
//!
//! The descriptions live in [`DESCRIPTIONS`] rather than in the doc comments, which are written
//! for programmers in English. Every field and every allowed value must have one: generating
//! the schema panics otherwise, so a new field cannot ship undescribed.

use crate::flow::{CondSrc, Flow, Purpose};
use crate::text::Text;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "propertyNames": {"pattern": "^[a-z]{2}$"},
            "additionalProperties": {"type": "string"}
        })
    }
}

impl JsonSchema for CondSrc {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "pattern": "^[a-z0-9_ !&|()]+$"})
    }
}

const KEBAB: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
const PHONE: &str = "^[0-9 ()+-]*[0-9][0-9 ()+-]*$";

/// Swedish descriptions: (definition, field or allowed value, text); an empty field describes
/// the definition itself. "Config" is the file as a whole.
pub const DESCRIPTIONS: &[(&str, &str, &str)] = &[
    ("Config", "", "Orosguidens konfiguration: en kommuns (eller stadsdels) enheter, vem som tar emot anmälan och konsultation per roll, lokala rutiner och regler, stödinsatser och nationella nummer. Se docs/konfiguration.md."),
    ("Config", "$schema", "Var redigeraren hittar detta schema, t.ex. \"../docs/config.schema.json\". Orosguiden läser inte fältet."),
    ("Config", "schema", "Filformatets version. Ska vara exakt \"orosguiden-config/1\"."),
    ("Config", "organisation", "Vem som ger ut filen: namn, kommun och växelnummer."),
    ("Config", "locales", "Språken som filens texter finns på, t.ex. [\"sv\"]. Svenska (\"sv\") krävs; andra språk är frivilliga, men ett språk som står här måste finnas i varje text."),
    ("Config", "municipalities", "Kommunerna vars barn filen visar vägen för, när den gäller flera (en region, en myndighet, kommuner med gemensam socialjour). Varje kommun har sin mottagning, sin socialjour och sina lokala regler; guiden frågar var barnet bor. Utelämnat: bara organisationens kommun, med enheterna i routing."),
    ("Municipality", "", "En kommun i en fil som gäller flera kommuner."),
    ("Municipality", "id", "Kommunens id: små bokstäver a–z, siffror och bindestreck, t.ex. \"alby\". Inte \"here\", \"other\" eller \"unknown\"."),
    ("Municipality", "name", "Kommunens namn som det visas, t.ex. \"Alby\"."),
    ("Municipality", "switchboard", "Kommunens växelnummer."),
    ("Municipality", "contacts", "Kommunens enheter inom socialtjänsten per syfte: \"report\" (minst en mottagning, sorten \"intake\"), \"consult\", \"acute\" och \"lvm\"."),
    ("Municipality", "after_hours", "Enheten som svarar för kommunen efter kontorstid: dess socialjour, egen eller delad med andra kommuner."),
    ("Municipality", "rules", "Kommunens lokala regler, som routing.rules, för kommunens egna enheter."),
    ("Config", "units", "Enheterna man kan kontakta: mottagning, socialjour, vuxenenhet, öppenvård, familjecentral, elevhälsa, barnombud ..."),
    ("Config", "routing", "Vilka enheter som gäller för vilket syfte: för alla, per roll och enligt lokala regler."),
    ("Config", "support", "Stödinsatser för barn och föräldrar. Kan utelämnas."),
    ("Config", "numbers", "Nationella telefonnummer, vart och ett med källa och datum då det kontrollerades."),
    ("Config", "inactivity_minutes", "För datorer som delas: efter så här många minuter utan användning töms guiden (med en varning en minut innan). 2–240. Utelämnat: aldrig."),
    ("Organisation", "", "Organisationen som ger ut filen."),
    ("Organisation", "name", "Organisationens namn som det visas, t.ex. \"Exempelkommun\" eller \"Storstad stadsdel Väster\"."),
    ("Organisation", "municipality", "Kommunen där barnen bor, när filen inte har municipalities: guiden frågar \"Bor barnet i …?\" med detta namn. Ersätter {municipality} i vägledningens texter."),
    ("Organisation", "switchboard", "Växelns telefonnummer. Visas som sista utväg, tillsammans med 112, om filen inte kan användas."),
    ("Organisation", "demo", "true för en påhittad fil för demonstration: widgeten visar då att uppgifterna inte är riktiga. Utelämnat: false."),
    ("Unit", "", "En enhet man kan kontakta."),
    ("Unit", "id", "Enhetens id: små bokstäver a–z, siffror och bindestreck, t.ex. \"mottagningen\". Används i routing och support."),
    ("Unit", "name", "Namnet som personalen känner igen, per språk."),
    ("Unit", "kind", "Vilken sorts enhet det är."),
    ("Unit", "phone", "Telefonnummer som det slås i Sverige, t.ex. \"000-100 10 01\": siffror, mellanslag, + - och parenteser."),
    ("Unit", "hours", "Öppettider per vecka, lokal tid. Tom eller utelämnad: öppettiderna anges inte. En socialjour som alltid svarar anges med 00:00–24:00 alla dagar."),
    ("Unit", "e_service", "E-tjänst för skriftlig anmälan. Måste börja med https://."),
    ("Unit", "email", "E-postadress. Inte för anmälningar med namn: e-post är inte säker."),
    ("Unit", "address", "Besöksadress."),
    ("Unit", "municipality", "Kommunen (id i municipalities) vars socialtjänst enheten hör till. Utelämnat: enheten betjänar alla filens kommuner, t.ex. en gemensam socialjour eller regionens barnombud."),
    ("UnitKind", "", "Vilken sorts enhet."),
    ("UnitKind", "intake", "Socialtjänstens mottagning för barn och unga (tar emot anmälningar)."),
    ("UnitKind", "social_jour", "Socialjour: socialtjänsten efter kontorstid."),
    ("UnitKind", "children", "Barn och unga (utredning)."),
    ("UnitKind", "adults", "Vuxenenhet, t.ex. missbruk och beroende."),
    ("UnitKind", "open_care_children", "Öppenvård för barn, unga och familj."),
    ("UnitKind", "open_care_adults", "Öppenvård för vuxna."),
    ("UnitKind", "family_centre", "Familjecentral."),
    ("UnitKind", "elevhalsa", "Elevhälsa."),
    ("UnitKind", "barnombud", "Barnombud i hälso- och sjukvården."),
    ("UnitKind", "other", "Annat."),
    ("Hours", "", "Öppettider vissa dagar."),
    ("Hours", "days", "Dagarna: \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"."),
    ("Hours", "open", "När enheten öppnar, TT:MM, t.ex. \"08:00\"."),
    ("Hours", "close", "När enheten stänger, TT:MM, t.ex. \"16:30\"; \"24:00\" är midnatt. Enheten räknas som stängd från och med denna tid."),
    ("Day", "", "En veckodag."),
    ("Day", "mon", "Måndag."),
    ("Day", "tue", "Tisdag."),
    ("Day", "wed", "Onsdag."),
    ("Day", "thu", "Torsdag."),
    ("Day", "fri", "Fredag."),
    ("Day", "sat", "Lördag."),
    ("Day", "sun", "Söndag."),
    ("Routing", "", "Vilka enheter som gäller för vilket syfte."),
    ("Routing", "contacts", "Enheterna per syfte för alla roller, i den ordning de visas. \"report\", \"consult\", \"acute\" och \"lvm\" måste finnas."),
    ("Routing", "after_hours", "Enheten som nås efter kontorstid (socialjouren). Visas först när enheterna för \"acute\" har stängt. Krävs utan municipalities; med municipalities anger varje kommun sin."),
    ("Routing", "roles", "Per roll: egna enheter per syfte och en lokal rutin. Nyckeln är ett svar på frågan om roll: {roles}."),
    ("Routing", "rules", "Lokala regler som sätter vissa enheter först, t.ex. \"öppenvården först, utom vid akut oro\"."),
    ("RoleRouting", "", "Det som skiljer sig för en roll."),
    ("RoleRouting", "contacts", "Syften där rollen har andra enheter än standard. Listan ersätter standardlistan för det syftet."),
    ("RoleRouting", "routine", "Den lokala rutinen för rollen, t.ex. \"berätta för rektor när du har anmält\". Visas som ett komplement – aldrig i stället för den personliga anmälningsskyldigheten."),
    ("Rule", "", "En lokal regel: för dessa roller och detta syfte kommer dessa enheter först, utom när villkoret gäller."),
    ("Rule", "roles", "Roller som regeln gäller för; tom eller utelämnad: alla roller. Roller: {roles}."),
    ("Rule", "purpose", "Syftet vars enheter regeln ändrar, t.ex. \"consult\"."),
    ("Rule", "first", "Enheterna som sätts först, i ordning."),
    ("Rule", "unless", "När regeln inte gäller: ett villkor över vägledningens fakta, t.ex. \"danger_now | unsafe_today | lvm_needed\". Utelämnat: regeln gäller alltid."),
    ("Rule", "note", "Varför dessa enheter kommer först. Visas vid enheten."),
    ("Purpose", "", "Syftet med en kontakt."),
    ("Purpose", "report", "Tar emot orosanmälan."),
    ("Purpose", "consult", "Tar emot konsultation, utan att barnets namn nämns."),
    ("Purpose", "acute", "Ring nu: enheten under kontorstid; när den har stängt visas routing.after_hours först."),
    ("Purpose", "internal", "Intern konsultation enligt lokal rutin (ersätter aldrig anmälningsskyldigheten)."),
    ("Purpose", "barnombud", "Barnombud i hälso- och sjukvården (barn som anhöriga)."),
    ("Purpose", "lvm", "Tar emot anmälan enligt LVM 6 § (vuxenenheten)."),
    ("Offer", "", "En stödinsats."),
    ("Offer", "id", "Insatsens id: små bokstäver a–z, siffror och bindestreck."),
    ("Offer", "name", "Namn."),
    ("Offer", "description", "Vad det är och hur man får det."),
    ("Offer", "for", "För vem: barnet (\"child\"), föräldern med problemet (\"parent\"), den andra föräldern eller den som också tar hand om barnet (\"other_parent\") eller familjen tillsammans (\"family\")."),
    ("Offer", "ages", "Åldrar för barnets insatser, från och med – till och med, t.ex. [7, 12]."),
    ("Offer", "concerns", "Oro som insatsen passar för; tom eller utelämnad: all oro. Möjliga: {concerns}."),
    ("Offer", "unit", "Id för enheten som ger insatsen."),
    ("SupportFor", "", "För vem stödet är."),
    ("SupportFor", "child", "För barnet."),
    ("SupportFor", "parent", "För föräldern med problemet."),
    ("SupportFor", "other_parent", "För den andra föräldern eller den som också tar hand om barnet."),
    ("SupportFor", "family", "För familjen tillsammans."),
    ("NationalNumber", "", "Ett nationellt telefonnummer."),
    ("NationalNumber", "id", "Numrets id: små bokstäver a–z, siffror och bindestreck, t.ex. \"bris\"."),
    ("NationalNumber", "name", "Namn, t.ex. \"Bris\"."),
    ("NationalNumber", "number", "Numret, t.ex. \"116 111\"."),
    ("NationalNumber", "description", "För vem och när."),
    ("NationalNumber", "source", "Var numret kontrollerades, t.ex. organisationens webbplats."),
    ("NationalNumber", "checked", "Datum då numret kontrollerades, ÅÅÅÅ-MM-DD."),
    ("Text", "", "En text per språk, t.ex. {\"sv\": \"Socialjouren\"}. Svenska (\"sv\") krävs."),
    ("Condition", "", "Ett villkor över vägledningens fakta: faktanamn, ! (inte), & (och), | (eller) och parenteser."),
];

/// Keywords an editor checks while one types, beyond the types: (definition, field, keywords).
fn extras(def: &str, field: &str) -> Option<Value> {
    Some(match (def, field) {
        ("Config", "schema") => json!({"pattern": format!("^{}$", crate::config::CONFIG_SCHEMA)}),
        ("Config", "locales") => json!({"items": {"type": "string", "pattern": "^[a-z]{2}$"}, "minItems": 1}),
        ("Organisation", "switchboard") => json!({"pattern": PHONE}),
        ("Unit", "id") | ("Offer", "id") | ("NationalNumber", "id") | ("Municipality", "id") => json!({"pattern": KEBAB}),
        ("Municipality", "switchboard") => json!({"pattern": PHONE}),
        ("Unit", "phone") => json!({"pattern": PHONE}),
        ("Unit", "e_service") => json!({"pattern": "^https://\\S+$"}),
        ("Unit", "email") => json!({"pattern": "^\\S*@\\S*$"}),
        ("Hours", "days") => json!({"minItems": 1}),
        ("Hours", "open") => json!({"pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}),
        ("Hours", "close") => json!({"pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"}),
        ("NationalNumber", "checked") => json!({"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
        ("NationalNumber", "source") => json!({"minLength": 1}),
        ("Rule", "first") => json!({"minItems": 1}),
        _ => return None,
    })
}

fn describe(def: &str, field: &str, flow: &Flow) -> String {
    let text = DESCRIPTIONS
        .iter()
        .find(|(d, f, _)| *d == def && *f == field)
        .map(|(_, _, t)| *t)
        .unwrap_or_else(|| panic!("src/schema.rs has no Swedish description for {def}.{field}"));
    let roles: Vec<String> =
        flow.question(&flow.role_question).map(|q| q.choices.iter().map(|c| format!("\"{}\"", c.id)).collect()).unwrap_or_default();
    let concerns: Vec<String> = flow.facts.iter().filter(|f| f.id.starts_with("concern_")).map(|f| format!("\"{}\"", f.id)).collect();
    text.replace("{roles}", &roles.join(", ")).replace("{concerns}", &concerns.join(", "))
}

/// Sets the Swedish descriptions and extra keywords of one definition.
fn annotate(def: &str, schema: &mut Map<String, Value>, flow: &Flow) {
    schema.insert("description".into(), describe(def, "", flow).into());
    if let Some(Value::Object(props)) = schema.get_mut("properties") {
        for (field, p) in props.iter_mut() {
            let p = p.as_object_mut().expect("a property schema is an object");
            p.insert("description".into(), describe(def, field, flow).into());
            if let Some(Value::Object(extra)) = extras(def, field) {
                p.extend(extra);
            }
        }
    }
    if let Some(Value::Array(variants)) = schema.get_mut("oneOf") {
        for v in variants {
            let v = v.as_object_mut().expect("a variant schema is an object");
            let name = v.get("const").and_then(Value::as_str).expect("a unit variant has a const").to_string();
            v.insert("description".into(), describe(def, &name, flow).into());
        }
    }
}

/// A map from purpose to unit ids, with every purpose named so that editors complete them.
fn purpose_map(description: &Value, flow: &Flow) -> Value {
    let props: Map<String, Value> = Purpose::ALL
        .iter()
        .map(|p| {
            let d = format!("{} Enheternas id, i den ordning de visas.", describe("Purpose", p.id(), flow));
            (p.id().to_string(), json!({"type": "array", "items": {"type": "string"}, "description": d}))
        })
        .collect();
    json!({"type": "object", "description": description, "properties": props, "additionalProperties": false})
}

/// The configuration's JSON Schema, as committed in `docs/config.schema.json`.
pub fn config_schema() -> Value {
    let flow = Flow::national();
    let mut v = schemars::schema_for!(crate::config::Config).to_value();
    let root = v.as_object_mut().expect("the schema is an object");
    root.insert("title".into(), "Orosguiden – konfiguration".into());
    annotate("Config", root, &flow);
    if let Some(Value::Object(defs)) = root.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            annotate(name, def.as_object_mut().expect("a definition is an object"), &flow);
        }
        for def in ["Routing", "RoleRouting"] {
            let contacts = &mut defs[def]["properties"]["contacts"];
            let mut map = purpose_map(&contacts["description"], &flow);
            if let Some(d) = contacts.get("default") {
                map["default"] = d.clone();
            }
            *contacts = map;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_description_is_used() {
        let s = config_schema().to_string();
        for (def, field, _) in DESCRIPTIONS {
            let used =
                if *def == "Config" { field.is_empty() || s.contains(&format!("\"{field}\"")) } else { s.contains(&format!("\"{def}\"")) };
            assert!(used, "{def}.{field} is described but not in the schema");
        }
    }
}
