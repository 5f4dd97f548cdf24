//! The flow as a diagram for sign-off: Mermaid or Graphviz DOT, drawn left to right. Questions
//! are nodes with their text; choices are labelled edges (with the facts they record); guarded
//! routes carry their condition; the end of a journey leads to every decision (in the order they
//! are tried) and every block (added whenever its condition holds). With a configuration, decisions and blocks
//! are annotated with the units they route to, per role and per local rule.

use crate::config::Config;
use crate::flow::{Flow, Next, OutcomeKind, Purpose, SupportFor, END};

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Mermaid `flowchart`, for Markdown viewers and mermaid.live.
    Mermaid,
    /// Graphviz DOT, for `dot -Tsvg`.
    Dot,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "mermaid" => Ok(Format::Mermaid),
            "dot" => Ok(Format::Dot),
            _ => Err(format!("unknown format '{s}': use mermaid or dot")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Question,
    End,
    Decision,
    Urgent,
    Block,
}

struct Node {
    id: String,
    kind: Kind,
    lines: Vec<String>,
}

struct Edge {
    from: String,
    to: String,
    lines: Vec<String>,
}

/// The graph's node id of a question, an outcome or the end.
pub fn node_id(prefix: &str, id: &str) -> String {
    let safe: String = id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    format!("{prefix}_{safe}")
}

const END_NODE: &str = "result";
const WIDTH: usize = 44;

/// Breaks a text into lines of at most about `WIDTH` characters, at spaces.
fn wrap(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > WIDTH {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn unit_text(config: &Config, id: &str, lang: &str) -> String {
    match config.unit(id) {
        Some(u) => format!("– {} ({})", u.name.get(lang), u.phone),
        None => format!("– {id} (finns inte!)"),
    }
}

/// A heading, then one unit per line (names are not broken, so they can be searched for).
fn units_lines(out: &mut Vec<String>, heading: &str, config: &Config, ids: &[String], lang: &str) {
    out.push(heading.to_string());
    if ids.is_empty() {
        out.push("– (ingen)".to_string());
    }
    out.extend(ids.iter().map(|u| unit_text(config, u, lang)));
}

/// What the configuration routes a purpose to: the default, each role's own list, each rule.
fn routing_lines(flow: &Flow, config: &Config, p: Purpose, lang: &str) -> Vec<String> {
    let label = flow.purpose_label(p).map(|t| t.get(lang).to_string()).unwrap_or_else(|| p.id().to_string());
    let mut out = Vec::new();
    let default = config.routing.contacts.get(&p).map(Vec::as_slice).unwrap_or(&[]);
    units_lines(&mut out, &format!("{label}:"), config, default, lang);
    for (role, rr) in &config.routing.roles {
        if let Some(ids) = rr.contacts.get(&p) {
            units_lines(&mut out, &format!("· för roll {role}:"), config, ids, lang);
        }
    }
    for rule in config.routing.rules.iter().filter(|r| r.purpose == p) {
        let roles = if rule.roles.is_empty() { "alla roller".to_string() } else { format!("roll {}", rule.roles.join(", ")) };
        out.push(format!("· lokal regel, för {roles}"));
        let heading = match &rule.unless {
            Some(c) => format!("utom när {}, först:", c.src),
            None => "först:".to_string(),
        };
        units_lines(&mut out, &heading, config, &rule.first, lang);
    }
    if p == Purpose::Acute && !config.routing.after_hours.is_empty() {
        units_lines(&mut out, "· efter kontorstid:", config, std::slice::from_ref(&config.routing.after_hours), lang);
    }
    // A file for several municipalities: social services per municipality, where the child lives.
    if p.is_social_services() {
        for m in &config.municipalities {
            let ids = m.contacts.get(&p).map(Vec::as_slice).unwrap_or(&[]);
            units_lines(&mut out, &format!("· barn som bor i {}:", m.name), config, ids, lang);
            for rule in m.rules.iter().filter(|r| r.purpose == p) {
                let heading = match &rule.unless {
                    Some(c) => format!("  lokal regel i {}, utom när {}, först:", m.name, c.src),
                    None => format!("  lokal regel i {}, först:", m.name),
                };
                units_lines(&mut out, &heading, config, &rule.first, lang);
            }
            if p == Purpose::Acute {
                units_lines(&mut out, "  efter kontorstid:", config, std::slice::from_ref(&m.after_hours), lang);
            }
        }
        if p != Purpose::Lvm {
            out.push("· barn i en annan kommun, eller okänd kommun: ingen enhet härifrån; vägledningen säger hur man når den kommunens socialtjänst".to_string());
        }
    }
    out
}

fn build(flow: &Flow, config: Option<&Config>, lang: &str) -> (Vec<Node>, Vec<Edge>) {
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for q in &flow.questions {
        let mut lines = vec![format!("{}{}", q.id, if q.id == flow.start { " (start)" } else { "" })];
        lines.extend(wrap(q.text.get(lang)));
        nodes.push(Node { id: node_id("q", &q.id), kind: Kind::Question, lines });
        // One edge per (target, guard): choices leading the same way share it.
        let mut grouped: Vec<(String, Option<String>, Vec<String>)> = Vec::new();
        let label = |c: &crate::flow::Choice| {
            if c.sets.is_empty() {
                c.label.get(lang).to_string()
            } else {
                format!("{} [{}]", c.label.get(lang), c.sets.join(", "))
            }
        };
        // A multiple question's choices all lead where the question says.
        let arms: Vec<(Vec<String>, Option<&Next>)> = if q.multiple {
            let mut labels = vec![if q.optional { "(flera val, eller inget)" } else { "(ett eller flera val)" }.to_string()];
            labels.extend(q.choices.iter().map(label));
            vec![(labels, q.next.as_ref())]
        } else {
            q.choices.iter().map(|c| (vec![label(c)], c.next.as_ref())).collect()
        };
        for (labels, next) in arms {
            let targets: Vec<(String, Option<String>)> = match next {
                None => Vec::new(),
                Some(Next::To(t)) => vec![(t.clone(), None)],
                Some(Next::Routes(rs)) => rs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let guard = match &r.when {
                            Some(w) => Some(format!("om {}", w.src)),
                            None if i > 0 => Some("annars".to_string()),
                            None => None,
                        };
                        (r.to.clone(), guard)
                    })
                    .collect(),
            };
            for (to, guard) in targets {
                match grouped.iter_mut().find(|(t, g, _)| *t == to && *g == guard) {
                    Some((_, _, ls)) => ls.extend(labels.iter().cloned()),
                    None => grouped.push((to, guard, labels.clone())),
                }
            }
        }
        for (to, guard, labels) in grouped {
            let mut lines = labels;
            lines.extend(guard);
            let to = if to == END { END_NODE.to_string() } else { node_id("q", &to) };
            edges.push(Edge { from: node_id("q", &q.id), to, lines });
        }
    }
    let mut end = vec!["Slut: resultatet väljs".to_string()];
    end.extend(wrap("det första beslutet vars villkor gäller, och alla tillägg vars villkor gäller"));
    nodes.push(Node { id: END_NODE.to_string(), kind: Kind::End, lines: end });
    let mut rank = 0;
    for o in &flow.outcomes {
        let decision = o.kind == OutcomeKind::Decision;
        let (prefix, kind, head) = if decision {
            rank += 1;
            (
                "d",
                if o.urgent { Kind::Urgent } else { Kind::Decision },
                format!("BESLUT {rank}{}: {}", if o.urgent { " (akut)" } else { "" }, o.id),
            )
        } else {
            ("b", Kind::Block, format!("TILLÄGG: {}", o.id))
        };
        let mut lines = vec![head];
        lines.extend(wrap(o.title.get(lang)));
        if let Some(c) = config {
            for p in &o.contacts {
                lines.extend(routing_lines(flow, c, *p, lang));
            }
            if let Some(f) = o.support {
                let offers: Vec<&str> = c.support.iter().filter(|s| s.for_ == f).map(|s| s.name.get(lang)).collect();
                let whom = if f == SupportFor::Child { "barnet" } else { "föräldern" };
                lines.extend(wrap(&format!(
                    "Stöd för {whom} (som passar oron): {}",
                    if offers.is_empty() { "–".to_string() } else { offers.join("; ") }
                )));
            }
            if o.routine {
                let roles: Vec<&str> = c.routing.roles.iter().filter(|(_, r)| r.routine.is_some()).map(|(k, _)| k.as_str()).collect();
                lines.extend(wrap(&format!("Lokal rutin för roll: {}", if roles.is_empty() { "–".to_string() } else { roles.join(", ") })));
            }
        }
        let id = node_id(prefix, &o.id);
        let guard = if decision { format!("{rank}. om {}", o.when.src) } else { format!("+ om {}", o.when.src) };
        edges.push(Edge { from: END_NODE.to_string(), to: id.clone(), lines: wrap(&guard) });
        nodes.push(Node { id, kind, lines });
    }
    (nodes, edges)
}

fn mermaid_text(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| l.replace('#', "#35;").replace('"', "#quot;").replace('<', "#lt;").replace('>', "#gt;"))
        .collect::<Vec<_>>()
        .join("<br/>")
}

fn dot_text(lines: &[String]) -> String {
    lines.iter().map(|l| l.replace('\\', "\\\\").replace('"', "\\\"")).collect::<Vec<_>>().join("\\n")
}

/// The diagram of `flow`, annotated with `config`'s units when given, with texts in `lang`.
pub fn render(flow: &Flow, config: Option<&Config>, format: Format, lang: &str) -> String {
    let (nodes, edges) = build(flow, config, lang);
    let title = match config {
        Some(c) => format!("Orosguiden: flöde {}, konfiguration {}", flow.version, c.organisation.name),
        None => format!("Orosguiden: flöde {}", flow.version),
    };
    let mut out = String::new();
    match format {
        Format::Mermaid => {
            out.push_str(&format!("---\ntitle: \"{}\"\n---\nflowchart LR\n", title.replace('"', "'")));
            for n in &nodes {
                let t = mermaid_text(&n.lines);
                out.push_str(&match n.kind {
                    Kind::Question => format!("  {}[\"{t}\"]\n", n.id),
                    Kind::End => format!("  {}([\"{t}\"])\n", n.id),
                    Kind::Decision | Kind::Urgent => format!("  {}{{{{\"{t}\"}}}}\n", n.id),
                    Kind::Block => format!("  {}(\"{t}\")\n", n.id),
                });
            }
            for e in &edges {
                if e.lines.is_empty() {
                    out.push_str(&format!("  {} --> {}\n", e.from, e.to));
                } else {
                    out.push_str(&format!("  {} -->|\"{}\"| {}\n", e.from, mermaid_text(&e.lines), e.to));
                }
            }
            out.push_str("  classDef question fill:#ffffff,stroke:#1d70b8;\n");
            out.push_str("  classDef decision fill:#e8f1f8,stroke:#1d70b8,stroke-width:2px;\n");
            out.push_str("  classDef urgent fill:#fde2e2,stroke:#d4351c,stroke-width:2px;\n");
            out.push_str("  classDef block fill:#f3f2f1,stroke:#505a5f;\n");
            for (class, kind) in
                [("question", Kind::Question), ("decision", Kind::Decision), ("urgent", Kind::Urgent), ("block", Kind::Block)]
            {
                let ids: Vec<&str> = nodes.iter().filter(|n| n.kind == kind).map(|n| n.id.as_str()).collect();
                if !ids.is_empty() {
                    out.push_str(&format!("  class {} {class};\n", ids.join(",")));
                }
            }
        }
        Format::Dot => {
            out.push_str("digraph orosguiden {\n");
            out.push_str(&format!("  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=\"{}\"];\n", dot_text(&[title])));
            out.push_str("  node [fontname=\"Helvetica\", fontsize=11, shape=box];\n");
            out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
            for n in &nodes {
                let style = match n.kind {
                    Kind::Question => "shape=box, color=\"#1d70b8\"",
                    Kind::End => "shape=oval, style=bold",
                    Kind::Decision => "shape=box, style=\"rounded,filled,bold\", fillcolor=\"#e8f1f8\"",
                    Kind::Urgent => "shape=box, style=\"rounded,filled,bold\", fillcolor=\"#fde2e2\", color=\"#d4351c\"",
                    Kind::Block => "shape=note, style=filled, fillcolor=\"#f3f2f1\"",
                };
                out.push_str(&format!("  {} [label=\"{}\", {style}];\n", n.id, dot_text(&n.lines)));
            }
            for e in &edges {
                out.push_str(&format!("  {} -> {} [label=\"{}\"];\n", e.from, e.to, dot_text(&e.lines)));
            }
            out.push_str("}\n");
        }
    }
    out
}
