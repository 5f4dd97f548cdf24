//! The `orosguiden` command: list every path, walk one path to its outcome, check files.

use orosguiden::config::Config;
use orosguiden::flow::Flow;
use orosguiden::outcome::{assemble, AssembleError};
use orosguiden::journey::JourneyError;
use orosguiden::{paths, validate};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
orosguiden — the engine of Orosguiden on the command line

USAGE:
  orosguiden paths [--flow FILE]
      every complete path, one JSON object per line:
      {\"answers\":[[\"<question>\",\"<choice>\"],...],\"outcomes\":[\"<outcome>\",...]}
  orosguiden walk [--flow FILE] [--config FILE] <question>=<choice> ...
      the assembled outcome for those answers, as JSON
  orosguiden check [--flow FILE] [<config.json>]
      validate the flow and a configuration (default: the built-in demo)

Without --flow the national flow shipped in the binary is used; without --config the built-in
demonstration configuration (Exempelkommun).

EXIT STATUS: 0 ok, 1 invalid files (check), 2 usage error, unreadable file or bad answers";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("orosguiden: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Opts {
    flow: Option<String>,
    config: Option<String>,
    rest: Vec<String>,
}

fn opts(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts { flow: None, config: None, rest: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--flow" => o.flow = Some(it.next().ok_or("--flow needs a file")?.clone()),
            "--config" => o.config = Some(it.next().ok_or("--config needs a file")?.clone()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ => o.rest.push(a.clone()),
        }
    }
    Ok(o)
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

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some(cmd) = args.first() else { return Err(USAGE.to_string()) };
    let o = opts(&args[1..])?;
    match cmd.as_str() {
        "paths" => {
            if !o.rest.is_empty() {
                return Err(format!("paths takes no arguments\n\n{USAGE}"));
            }
            let flow = load_flow(&o.flow)?;
            let all = paths::enumerate(&flow).map_err(|p| p.to_string())?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for p in all {
                let line = serde_json::to_string(&p).map_err(|e| e.to_string())?;
                match writeln!(out, "{line}") {
                    // A reader such as `head` may stop early; that is not an error.
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
                    Err(e) => return Err(format!("cannot write: {e}")),
                    Ok(()) => {}
                }
            }
            match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        "walk" => {
            let flow = load_flow(&o.flow)?;
            let config = load_config(&o.config)?;
            let mut answers = Vec::new();
            for a in &o.rest {
                let (q, c) = a.split_once('=').ok_or_else(|| format!("'{a}' is not <question>=<choice>"))?;
                answers.push((q.to_string(), c.to_string()));
            }
            match assemble(&flow, &config, &answers, "sv", None) {
                Ok(outcome) => {
                    println!("{}", serde_json::to_string_pretty(&outcome).map_err(|e| e.to_string())?);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Err(explain(&flow, e)),
            }
        }
        "check" => {
            let flow = load_flow(&o.flow)?;
            let (config, name) = match o.rest.as_slice() {
                [] => (load_config(&o.config)?, "the built-in demo configuration".to_string()),
                [p] => (load_config(&Some(p.clone()))?, p.clone()),
                _ => return Err(format!("check takes at most one configuration\n\n{USAGE}")),
            };
            let mut problems = validate::validate_flow(&flow);
            problems.extend(validate::validate_config(&config, &flow));
            if problems.is_empty() {
                println!("{name}: OK — the flow and the configuration have no problems");
                Ok(ExitCode::SUCCESS)
            } else {
                println!("{name}: {} problem(s)", problems.len());
                for p in &problems {
                    println!("  {p}");
                }
                Ok(ExitCode::from(1))
            }
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command '{other}'\n\n{USAGE}")),
    }
}

fn explain(flow: &Flow, e: AssembleError) -> String {
    match &e {
        AssembleError::Journey(JourneyError::UnknownQuestion(_)) => {
            let ids: Vec<&str> = flow.questions.iter().map(|q| q.id.as_str()).collect();
            format!("{e}; the questions are: {}", ids.join(", "))
        }
        AssembleError::Journey(JourneyError::UnknownChoice(q, _)) => {
            let ids: Vec<&str> = flow.question(q).map(|q| q.choices.iter().map(|c| c.id.as_str()).collect()).unwrap_or_default();
            format!("{e}; its choices are: {}", ids.join(", "))
        }
        AssembleError::Journey(JourneyError::NotOnPath(_)) => {
            format!("{e}: the answers do not form a path (give them in order, starting with '{}')", flow.start)
        }
        _ => e.to_string(),
    }
}
