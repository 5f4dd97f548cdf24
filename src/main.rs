//! The `orosguiden` command: list every path, walk one path to its outcome, check files, print
//! the configuration's JSON Schema, draw the flow, and compare two versions.

use clap::{Parser, Subcommand};
use orosguiden::config::Config;
use orosguiden::flow::Flow;
use orosguiden::journey::JourneyError;
use orosguiden::outcome::AssembleError;
use orosguiden::validate::{self, Problem};
use orosguiden::{child, diff, graph, paths};
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

/// The exit statuses, printed under every command's help.
const EXIT_STATUS: &str = "\
Exit status:
  paths, walk, schema, graph, flow-locale, flow-pack: 0 ok, 2 usage error, unreadable file or bad answers
  check: 0 valid, 1 invalid (also a JSON file with unknown, missing or wrong fields),
         2 unreadable (missing file, not JSON) or usage error
  diff:  0 no change, 1 changes, 2 usage error or a file that cannot be read

Without --flow the national flow shipped in the binary is used; without --config the built-in
demonstration configuration (Exempelkommun). The codes of `check` are explained in
docs/konfiguration.md.";

/// The engine of Orosguiden on the command line.
#[derive(Parser)]
#[command(name = "orosguiden", version, arg_required_else_help = true, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every combination of outcomes the flow gives, one JSON object per line
    ///
    /// Each line holds the outcomes, how many distinct ends lead to them and the first path
    /// found that does: {"outcomes":["<outcome>",...],"ends":N,"example":[["<question>","<choice>"],...]}.
    /// With --format ends: every distinct end (the facts and role at the end of a path) once,
    /// with the first path found that reaches it: {"answers":[["<question>","<choice>"],...],"outcomes":["<outcome>",...]}.
    /// The number of paths, ends and states explored is printed on standard error.
    #[command(after_help = EXIT_STATUS)]
    Paths {
        #[arg(long, value_parser = ["groups", "ends"], default_value = "groups")]
        format: String,
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
    },
    /// The assembled outcome for a path's answers, as JSON
    ///
    /// For the start of a path whose decision is already urgent, the call-now page ("complete":
    /// false). A question with several choices (checkboxes) takes them separated by commas
    /// (concern=substance,violence), or none (already-happened=). Where the child lives and its
    /// age are answers too: child-place=<municipality id, here, other or unknown>,
    /// child-age=<0-6, 7-12, 13-14, 15-17 or unknown>.
    #[command(after_help = EXIT_STATUS)]
    Walk {
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
        /// A configuration instead of the built-in demonstration
        #[arg(long, value_name = "FILE")]
        config: Option<String>,
        /// The answers in order, each <question>=<choice>[,<choice>...]
        #[arg(value_name = "QUESTION=CHOICE")]
        answers: Vec<String>,
    },
    /// Validate the flow and a configuration, reporting every problem
    ///
    /// Each problem with its code, the path to the field and a message in Swedish; the
    /// configuration defaults to the built-in demo. A flow file given in place of the
    /// configuration is checked with the demo configuration.
    #[command(after_help = EXIT_STATUS)]
    Check {
        /// The configuration (or a flow) to check
        #[arg(value_name = "CONFIG.JSON")]
        file: Option<String>,
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
        /// The configuration, given as an option
        #[arg(long, value_name = "FILE")]
        config: Option<String>,
        #[arg(long, value_parser = ["human", "json"], default_value = "human")]
        format: String,
    },
    /// The configuration's JSON Schema (committed as docs/config.schema.json)
    #[command(after_help = EXIT_STATUS)]
    Schema,
    /// The flow with its texts in one locale only, as compact JSON
    ///
    /// The widget ships the Swedish one and fetches the English one when asked for.
    #[command(after_help = EXIT_STATUS)]
    FlowLocale {
        /// e.g. en
        locale: String,
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
    },
    /// The same in the widget's compact form (a pack, see src/pack.rs)
    ///
    /// `make build` writes the English one, pkg/orosguiden_flow_en.txt.
    #[command(after_help = EXIT_STATUS)]
    FlowPack {
        /// e.g. en
        locale: String,
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
    },
    /// The flow as a diagram for sign-off; with --config, the units each outcome routes to
    #[command(after_help = EXIT_STATUS)]
    Graph {
        #[arg(long, value_parser = ["mermaid", "dot"], default_value = "mermaid")]
        format: String,
        /// A flow file instead of the national flow
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
        /// A configuration whose units to show
        #[arg(long, value_name = "FILE")]
        config: Option<String>,
    },
    /// The paths whose decision, blocks or contact units change between two versions
    ///
    /// Two configurations (compared with the national flow, or --flow) or two flows (compared
    /// with the demo configuration, or --config), and the changed entries of the files.
    #[command(after_help = EXIT_STATUS)]
    Diff {
        old: String,
        new: String,
        /// The flow to compare two configurations with
        #[arg(long, value_name = "FILE")]
        flow: Option<String>,
        /// The configuration to compare two flows with
        #[arg(long, value_name = "FILE")]
        config: Option<String>,
        #[arg(long, value_parser = ["human", "json"], default_value = "human")]
        format: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("orosguiden: {msg}");
            ExitCode::from(2)
        }
    }
}

/// What a command was given besides its own arguments.
struct Opts {
    flow: Option<String>,
    config: Option<String>,
    format: String,
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn load_flow(path: &Option<String>) -> Result<Flow, String> {
    match path {
        None => Ok(Flow::national()),
        Some(p) => Flow::from_json(&read(p)?).map_err(|e| format!("{p} is not a valid flow: {e}")),
    }
}

fn load_config(path: &Option<String>) -> Result<Config, String> {
    match path {
        None => Ok(Config::demo()),
        Some(p) => Config::from_json(&read(p)?).map_err(|e| format!("{p} is not a valid configuration: {e}")),
    }
}

const BUILTIN_FLOW: &str = "det inbyggda nationella flödet (flow/national.json)";
const BUILTIN_CONFIG: &str = "den inbyggda demokonfigurationen (config/exempelkommun.json)";

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Paths { format, flow } => {
            let flow = load_flow(&flow)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut failed: Option<std::io::Error> = None;
            let mut write = |line: String| {
                if failed.is_none() {
                    if let Err(e) = writeln!(out, "{line}") {
                        failed = Some(e);
                    }
                }
            };
            let stats = match format.as_str() {
                "ends" => paths::explore(&[&flow], |e| {
                    let line = serde_json::json!({"answers": e.answers(), "outcomes": e.first().outcomes()});
                    write(line.to_string());
                }),
                _ => paths::outcome_groups(&flow).map(|(groups, stats)| {
                    for g in groups {
                        write(serde_json::to_string(&g).unwrap_or_default());
                    }
                    stats
                }),
            }
            .map_err(|p| p.to_string())?;
            match failed {
                // A reader such as `head` may stop early; that is not an error.
                Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
                Some(e) => return Err(format!("cannot write: {e}")),
                None => {}
            }
            eprintln!("{} paths, {} distinct ends (facts and role), {} states", stats.paths, stats.ends, stats.states);
            match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        Command::Walk { flow, config, answers: given } => {
            let flow = load_flow(&flow)?;
            let config = load_config(&config)?;
            let mut answers = Vec::new();
            for a in &given {
                let (q, c) = a.split_once('=').ok_or_else(|| format!("'{a}' is not <question>=<choice>"))?;
                answers.push((q.to_string(), c.to_string()));
            }
            // An urgent decision is shown before the rest of the questions, as in the widget.
            match orosguiden::outcome::assemble_so_far(&flow, &config, &answers, "sv", None) {
                Ok(outcome) => {
                    println!("{}", serde_json::to_string_pretty(&outcome).map_err(|e| e.to_string())?);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Err(explain(&flow, &config, e)),
            }
        }
        Command::Check { file, flow, config, format } => check(file, &Opts { flow, config, format }),
        Command::FlowLocale { locale, flow } => flow_locale(&locale, &flow, false),
        Command::FlowPack { locale, flow } => flow_locale(&locale, &flow, true),
        Command::Schema => schema(),
        Command::Graph { format, flow, config } => {
            let fmt: graph::Format = format.parse()?;
            let flow = load_flow(&flow)?;
            let config = match &config {
                Some(_) => Some(load_config(&config)?),
                None => None,
            };
            print!("{}", graph::render(&flow, config.as_ref(), fmt, "sv"));
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff { old, new, flow, config, format } => diff_cmd(&old, &new, &Opts { flow, config, format }),
    }
}

/// `flow-locale` (JSON) and `flow-pack` (the widget's form): the flow in one locale.
fn flow_locale(locale: &str, flow: &Option<String>, pack: bool) -> Result<ExitCode, String> {
    let src = match flow {
        Some(p) => read(p)?,
        None => orosguiden::flow::NATIONAL_FLOW.to_string(),
    };
    let one = if pack { orosguiden::flow::single_locale_pack(&src, locale) } else { orosguiden::flow::single_locale(&src, locale) };
    print!("{}", one.map_err(|e| format!("cannot make the {locale} flow: {e}"))?);
    if !pack {
        println!();
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(flow: &Flow, config: &Config, e: AssembleError) -> String {
    match &e {
        AssembleError::Journey(JourneyError::UnknownQuestion(_)) => {
            let ids: Vec<&str> = flow.questions.iter().map(|q| q.id.as_str()).chain([child::PLACE_QUESTION, child::AGE_QUESTION]).collect();
            format!("{e}; the questions are: {}", ids.join(", "))
        }
        AssembleError::Journey(JourneyError::UnknownChoice(q, _)) => {
            let question = child::any_question(flow, config, q, "sv", false);
            let ids: Vec<&str> = question.iter().flat_map(|q| q.choices.iter().map(|c| c.id.as_str())).collect();
            format!("{e}; its choices are: {}", ids.join(", "))
        }
        AssembleError::Journey(JourneyError::NotOnPath(_)) => {
            format!("{e}: the answers do not form a path (give them in order, starting with '{}')", flow.start)
        }
        _ => e.to_string(),
    }
}

#[cfg(feature = "schema")]
fn schema() -> Result<ExitCode, String> {
    let s = serde_json::to_string_pretty(&orosguiden::schema::config_schema()).map_err(|e| e.to_string())?;
    println!("{s}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "schema"))]
fn schema() -> Result<ExitCode, String> {
    Err("this orosguiden was built without the `schema` feature".into())
}

/// The JSON Schema to check a configuration's structure against, when built with it.
fn config_schema() -> Option<Value> {
    #[cfg(feature = "schema")]
    return Some(orosguiden::schema::config_schema());
    #[cfg(not(feature = "schema"))]
    None
}

/// A file read for `check`: usable, invalid (it is JSON, but not a flow or configuration), or
/// unreadable (missing, or not JSON at all).
enum Read<T> {
    Ok(T),
    Invalid(Vec<Problem>),
    Unreadable(Problem),
}

fn read_json(path: &str, prefix: &str) -> Result<(String, Value), Problem> {
    let (unreadable, parse) = if prefix == "flow" { ("flow/unreadable", "flow/parse") } else { ("config/unreadable", "config/parse") };
    let src = std::fs::read_to_string(path).map_err(|e| Problem {
        code: unreadable,
        path: "(file)".into(),
        message: match e.kind() {
            std::io::ErrorKind::NotFound => format!("filen {path} finns inte"),
            _ => format!("filen {path} kan inte läsas: {e}"),
        },
    })?;
    let value: Value = serde_json::from_str(&src).map_err(|e| validate::parse_problem(parse, &e.to_string()))?;
    Ok((src, value))
}

fn check_flow_file(path: &str) -> Read<Flow> {
    match read_json(path, "flow") {
        Err(p) => Read::Unreadable(p),
        Ok((src, _)) => match Flow::from_json(&src) {
            Ok(f) => Read::Ok(f),
            Err(e) => Read::Invalid(e.0.iter().map(|m| validate::parse_problem("flow/parse", m)).collect()),
        },
    }
}

fn check_config_file(path: &str) -> Read<Config> {
    match read_json(path, "config") {
        Err(p) => Read::Unreadable(p),
        Ok((src, value)) => match Config::from_json(&src) {
            Ok(c) => Read::Ok(c),
            Err(e) => {
                // Every structural problem at once where the schema is built in; the parser's
                // first complaint otherwise (or if the schema finds nothing).
                let mut problems = config_schema().map(|s| validate::validate_config_structure(&value, &s)).unwrap_or_default();
                if problems.is_empty() {
                    problems.extend(e.0.iter().map(|m| validate::parse_problem("config/parse", m)));
                }
                Read::Invalid(problems)
            }
        },
    }
}

/// Whether a JSON file declares itself a flow (`"schema": "orosguiden-flow/..."`).
fn kind_of(path: &str) -> Option<&'static str> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let s = v.get("schema")?.as_str()?;
    if s.starts_with("orosguiden-flow/") {
        Some("flow")
    } else if s.starts_with("orosguiden-config/") {
        Some("config")
    } else {
        None
    }
}

fn check(file: Option<String>, o: &Opts) -> Result<ExitCode, String> {
    let json = o.format == "json";
    let (mut flow_path, mut config_path) = (o.flow.clone(), o.config.clone());
    match file {
        None => {}
        Some(p) if kind_of(&p) == Some("flow") && flow_path.is_none() => flow_path = Some(p),
        Some(p) if config_path.is_none() => config_path = Some(p),
        Some(_) => return Err("check takes at most one configuration".into()),
    }
    let flow_name = flow_path.clone().unwrap_or_else(|| BUILTIN_FLOW.to_string());
    let config_name = config_path.clone().unwrap_or_else(|| BUILTIN_CONFIG.to_string());
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut unreadable = Vec::new();
    let flow = match flow_path.as_deref().map_or(Read::Ok(Flow::national()), check_flow_file) {
        Read::Ok(f) => {
            problems.extend(validate::validate_flow(&f));
            Some(f)
        }
        Read::Invalid(ps) => {
            problems.extend(ps);
            None
        }
        Read::Unreadable(p) => {
            unreadable.push((flow_name.clone(), p));
            None
        }
    };
    match config_path.as_deref().map_or(Read::Ok(Config::demo()), check_config_file) {
        Read::Ok(c) => {
            if let Some(f) = &flow {
                problems.extend(validate::validate_config(&c, f));
                warnings.extend(validate::config_warnings(&c, f));
            }
        }
        Read::Invalid(ps) => problems.extend(ps),
        Read::Unreadable(p) => unreadable.push((config_name.clone(), p)),
    }
    let status: u8 = if !unreadable.is_empty() {
        2
    } else if !problems.is_empty() {
        1
    } else {
        0
    };
    if json {
        let all: Vec<&Problem> = unreadable.iter().map(|(_, p)| p).chain(&problems).collect();
        let report = json!({"file": config_name, "flow": flow_name, "valid": status == 0, "problems": all, "warnings": warnings});
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
        return Ok(ExitCode::from(status));
    }
    if !unreadable.is_empty() {
        for (file, p) in &unreadable {
            eprintln!("orosguiden: {file}: {p}");
        }
        eprintln!("Filen kunde inte läsas (se docs/konfiguration.md, \"Felkoder\").");
        return Ok(ExitCode::from(2));
    }
    let against = if flow_path.is_some() { format!(" (med flödet {flow_name})") } else { String::new() };
    if problems.is_empty() {
        println!("{config_name}{against}: OK – inga problem i flödet eller konfigurationen");
    } else {
        println!("{config_name}{against}: {} problem", problems.len());
        for p in &problems {
            println!("  {p}");
        }
        println!("Varje kod förklaras, med exempel och hur man rättar, i docs/konfiguration.md.");
    }
    if !warnings.is_empty() {
        println!("{} varning{} (inget fel, men värt att se över):", warnings.len(), if warnings.len() == 1 { "" } else { "ar" });
        for w in &warnings {
            println!("  {w}");
        }
    }
    Ok(ExitCode::from(status))
}

/// A file given to `diff`: its kind, parsed value and name.
enum Either {
    Flow(Flow, Value),
    Config(Config, Value),
}

fn diff_side(path: &str) -> Result<Either, String> {
    let src = read(path)?;
    let value: Value = serde_json::from_str(&src).map_err(|e| format!("{path} is not JSON: {e}"))?;
    match kind_of(path) {
        Some("flow") => Ok(Either::Flow(Flow::from_json(&src).map_err(|e| format!("{path} is not a valid flow: {e}"))?, value)),
        Some("config") => Ok(Either::Config(Config::from_json(&src).map_err(|e| format!("{path} is not a valid configuration: {e}"))?, value)),
        _ => Err(format!("cannot tell whether {path} is a flow or a configuration: its \"schema\" field must start with \"orosguiden-flow/\" or \"orosguiden-config/\"")),
    }
}

fn warn_if_invalid(name: &str, flow: &Flow, config: Option<&Config>) {
    let mut n = validate::validate_flow(flow).len();
    if let Some(c) = config {
        n += validate::validate_config(c, flow).len();
    }
    if n > 0 {
        eprintln!("varning: {name} har {n} problem; kör `orosguiden check` på den (jämförelsen görs ändå)");
    }
}

fn diff_cmd(old_path: &str, new_path: &str, o: &Opts) -> Result<ExitCode, String> {
    let json = o.format == "json";
    let (old, new) = (diff_side(old_path)?, diff_side(new_path)?);
    let (report, compared, against) = match (old, new) {
        (Either::Config(a, va), Either::Config(b, vb)) => {
            if o.config.is_some() {
                return Err("diff of two configurations takes --flow, not --config".into());
            }
            let flow = load_flow(&o.flow)?;
            warn_if_invalid(old_path, &flow, Some(&a));
            warn_if_invalid(new_path, &flow, Some(&b));
            let mut r = diff::compare(&diff::Side { flow: &flow, config: &a }, &diff::Side { flow: &flow, config: &b })
                .map_err(|p| p.to_string())?;
            r.items = diff::compare_files(&va, &vb, false);
            (r, "configurations", format!("flödet {}", o.flow.clone().unwrap_or_else(|| BUILTIN_FLOW.to_string())))
        }
        (Either::Flow(a, va), Either::Flow(b, vb)) => {
            if o.flow.is_some() {
                return Err("diff of two flows takes --config, not --flow".into());
            }
            let config = load_config(&o.config)?;
            warn_if_invalid(old_path, &a, Some(&config));
            warn_if_invalid(new_path, &b, Some(&config));
            let mut r = diff::compare(&diff::Side { flow: &a, config: &config }, &diff::Side { flow: &b, config: &config })
                .map_err(|p| p.to_string())?;
            r.items = diff::compare_files(&va, &vb, true);
            (r, "flows", format!("konfigurationen {}", o.config.clone().unwrap_or_else(|| BUILTIN_CONFIG.to_string())))
        }
        _ => return Err(format!("{old_path} and {new_path} are not of the same kind: compare two flows or two configurations")),
    };
    if json {
        let v = json!({
            "old": old_path, "new": new_path, "compared": compared, "against": against,
            "changed": report.has_changes(),
            "paths": {"old": report.paths_old, "new": report.paths_new},
            "changed_paths": report.paths, "items": report.items,
        });
        println!("{}", serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?);
    } else {
        print!("{}", diff::human(&report, old_path, new_path, &against));
    }
    Ok(ExitCode::from(u8::from(report.has_changes())))
}
