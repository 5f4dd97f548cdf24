//! Loading a configuration as the widget does: parse, validate, and on any problem fall back to
//! the national guidance with 112 and the municipality's switchboard, keeping every problem to
//! show. A bad configuration never leaves the user without a way to reach help.

use crate::config::{Config, Organisation, Routing, Unit, UnitKind, CONFIG_SCHEMA};
use crate::flow::{Flow, Purpose};
use crate::keyed::Keyed;
use crate::text::Text;
use crate::validate::{validate_config, Problem};

/// A configuration ready to use, and what was wrong with the file if anything.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The configuration to route with: the file's, or the fallback.
    pub config: Config,
    /// Every problem found; empty when the file was used as it is.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// Whether the fallback is in use.
    pub fn is_fallback(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Parses and validates `src`; on any problem returns the fallback with all problems.
pub fn load(src: &str, flow: &Flow) -> Loaded {
    match Config::from_json(src) {
        Ok(config) => {
            let problems = validate_config(&config, flow);
            if problems.is_empty() {
                Loaded { config, problems }
            } else {
                let fallback =
                    Config::fallback(Some(&config.organisation.name), Some(&config.organisation.switchboard), config.organisation.demo);
                Loaded { config: fallback, problems }
            }
        }
        Err(e) => {
            // Salvage the name and switchboard if the file is JSON at all.
            let v = crate::json::parse(src).ok();
            fn field<'a, 'b>(n: &'a crate::json::Node<'b>, key: &str) -> Option<&'a crate::json::Node<'b>> {
                match &n.value {
                    crate::json::Value::Obj(fs) => fs.iter().find(|(f, _)| f == key).map(|(_, x)| x),
                    _ => None,
                }
            }
            let org = |k: &str| match &field(field(v.as_ref()?, "organisation")?, k)?.value {
                crate::json::Value::Str(s) => Some(s.to_string()),
                _ => None,
            };
            let (name, switchboard) = (org("name"), org("switchboard"));
            let problems = e.0.iter().map(|m| crate::validate::parse_problem("config/parse", m)).collect();
            Loaded { config: Config::fallback(name.as_deref(), switchboard.as_deref(), false), problems }
        }
    }
}

impl Config {
    /// The national guidance without local units: 112, and the municipality's switchboard when
    /// it is known. Used when a configuration cannot be used.
    pub fn fallback(name: Option<&str>, switchboard: Option<&str>, demo: bool) -> Config {
        let name = name.filter(|n| !n.trim().is_empty()).unwrap_or("Kommunen").to_string();
        let mut units = vec![Unit {
            id: "larm-112".into(),
            name: Text::sv("112 – vid fara, och till socialjouren efter kontorstid"),
            kind: UnitKind::SocialJour,
            phone: "112".into(),
            hours: vec![],
            e_service: None,
            email: None,
            address: None,
            municipality: None,
        }];
        let switchboard = switchboard.filter(|s| crate::validate::is_phone(s));
        let first = if let Some(sb) = switchboard {
            units.insert(
                0,
                Unit {
                    id: "vaxel".into(),
                    name: Text::sv(&format!("{name}s växel – fråga efter socialtjänsten")),
                    kind: UnitKind::Other,
                    phone: sb.to_string(),
                    hours: vec![],
                    e_service: None,
                    email: None,
                    address: None,
                    municipality: None,
                },
            );
            "vaxel"
        } else {
            "larm-112"
        };
        let mut contacts: Keyed<Purpose, Vec<String>> = Keyed::new();
        for p in [Purpose::Report, Purpose::Consult, Purpose::Acute, Purpose::Lvm] {
            contacts.insert(p, vec![first.to_string()]);
        }
        Config {
            json_schema: None,
            schema: CONFIG_SCHEMA.into(),
            organisation: Organisation { name: name.clone(), municipality: name, switchboard: switchboard.unwrap_or("").to_string(), demo },
            locales: vec!["sv".into()],
            municipalities: vec![],
            units,
            routing: Routing { contacts, after_hours: "larm-112".into(), roles: Keyed::new(), rules: vec![] },
            support: vec![],
            numbers: national_numbers(),
            inactivity_minutes: None,
        }
    }
}

/// The verified national numbers (BRIEF §6), for the fallback.
fn national_numbers() -> Vec<crate::config::NationalNumber> {
    [
        ("112", "112", "Vid fara just nu. Polis, ambulans och räddningstjänst, dygnet runt."),
        ("1177", "1177", "Sjukvårdsrådgivning dygnet runt."),
        ("bris", "116 111", "Bris, för barn och unga under 18 år."),
        ("kvinnofridslinjen", "020-50 50 50", "Kvinnofridslinjen, för den som utsatts för våld. Dygnet runt, gratis och anonymt."),
    ]
    .into_iter()
    .map(|(id, number, d)| crate::config::NationalNumber {
        id: id.into(),
        name: Text::sv(if id == "bris" {
            "Bris"
        } else if id == "kvinnofridslinjen" {
            "Kvinnofridslinjen"
        } else {
            id
        }),
        number: number.into(),
        description: Text::sv(d),
        source: "BRIEF §6 (verified)".into(),
        checked: "2026-11-28".into(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEMO_CONFIG;

    #[test]
    fn a_valid_file_is_used_as_it_is() {
        let l = load(DEMO_CONFIG, &Flow::national());
        assert!(!l.is_fallback());
        assert_eq!(l.config.organisation.name, "Exempelkommun");
    }

    #[test]
    fn the_fallback_is_itself_a_valid_configuration() {
        let flow = Flow::national();
        let c = Config::fallback(Some("Småstad"), Some("0000-12 34 56"), false);
        assert_eq!(validate_config(&c, &flow), vec![]);
        // Without a known switchboard, 112 is the only way on; nothing else is wrong.
        let c = Config::fallback(None, None, false);
        let codes: Vec<_> = validate_config(&c, &flow).into_iter().map(|p| p.code).collect();
        assert_eq!(codes, vec!["config/missing-phone"]);
    }

    #[test]
    fn a_switchboard_that_is_no_phone_number_is_not_offered() {
        for bad in ["", "  ", "--", "ring växeln", "000 00 00 (växel)"] {
            let c = Config::fallback(Some("Småstad"), Some(bad), false);
            assert_eq!(c.units.iter().map(|u| u.phone.as_str()).collect::<Vec<_>>(), ["112"], "{bad:?}");
        }
        let c = Config::fallback(Some("Småstad"), Some("+46 (0)8-000 00 00"), false);
        assert_eq!(c.units.iter().map(|u| u.phone.as_str()).collect::<Vec<_>>(), ["+46 (0)8-000 00 00", "112"]);
    }

    #[test]
    fn an_invalid_file_falls_back_with_its_switchboard_and_every_problem() {
        let src = DEMO_CONFIG
            .replace("\"after_hours\": \"socialjouren\"", "\"after_hours\": \"nattjouren\"")
            .replace("\"e_service\": \"https://", "\"e_service\": \"http://");
        let l = load(&src, &Flow::national());
        assert!(l.is_fallback());
        let codes: Vec<_> = l.problems.iter().map(|p| (p.code, p.path.as_str())).collect();
        assert!(codes.contains(&("config/unknown-unit", "routing.after_hours")), "{codes:?}");
        assert!(codes.contains(&("config/bad-url", "units[0].e_service")), "{codes:?}");
        assert_eq!(l.config.units[0].phone, "000-100 00 00");
        assert!(l.config.units.iter().any(|u| u.phone == "112"));
    }

    #[test]
    fn text_that_is_not_json_falls_back_to_112_and_says_where() {
        let l = load("<html>404</html>", &Flow::national());
        assert_eq!(l.problems.len(), 1);
        assert_eq!(l.problems[0].code, "config/parse");
        assert_eq!(l.problems[0].path, "line 1 column 1");
        assert_eq!(l.config.units.len(), 1);
        assert_eq!(l.config.units[0].phone, "112");
    }

    #[test]
    fn a_json_file_with_a_wrong_field_keeps_the_switchboard_and_says_everything_at_once() {
        // A misspelt field is two problems: the field that is not known, the one that is missing.
        let src = DEMO_CONFIG.replace("\"locales\"", "\"lokaler\"").replace("\"kind\": \"intake\"", "\"kind\": \"skola\"");
        let l = load(&src, &Flow::national());
        let found: Vec<_> = l.problems.iter().map(|p| (p.code, p.message.split(' ').next().unwrap_or(""), p.path.as_str())).collect();
        assert_eq!(
            found,
            [
                ("config/parse", "fältet", "line 1 column 1"),
                ("config/parse", "fältet", "line 10 column 14"),
                ("config/parse", "\"skola\"", "line 15 column 15"),
            ],
            "{:?}",
            l.problems
        );
        assert!(l.problems[0].message.starts_with("fältet \"locales\" saknas"), "{}", l.problems[0].message);
        assert!(l.problems[1].message.contains("lokaler"), "{}", l.problems[1].message);
        assert_eq!(l.config.units[0].phone, "000-100 00 00");
    }
}
