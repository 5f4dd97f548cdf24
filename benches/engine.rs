//! Native benchmarks of the engine for `make bench` (issue 6, item 6): the national flow parsed,
//! validated and every path enumerated; and the same on generated flows of 1,000 to 10,000
//! questions, to show how the cost grows with the size of the flow.
//!
//! Run alone with `cargo bench --bench engine`; `make bench` runs it and copies the medians from
//! target/criterion/ into target/bench/report.json. `cargo test` does not run it.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use orosguiden::validate::{validate_config, validate_flow};
use orosguiden::{paths, Config, Flow};
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

/// Sizes of the generated flows, in questions.
const SIZES: [usize; 4] = [1_000, 2_000, 5_000, 10_000];

/// Facts the generated flow declares (every one is recorded by some choice).
const FACTS: usize = 16;

/// A valid flow of `n` questions (n ≥ FACTS), shaped as a binary tree: question i leads to
/// questions 2i+1 and 2i+2, or to the end past the last one. So it has n + 1 complete paths of
/// about log2(n) answers each — the number of paths grows with the flow, not exponentially —
/// and every question, choice, fact and outcome is reached. Each choice records a fact; the
/// second choice routes through a guarded route, so conditions are parsed and evaluated too.
pub fn generated_flow(n: usize) -> String {
    assert!(n >= FACTS, "the generated flow needs at least {FACTS} questions");
    let mut s = String::with_capacity(n * 420);
    s.push_str(r#"{"schema":"orosguiden-flow/1","version":"bench","locales":["sv"],"start":"q0","role_question":"q0","facts":["#);
    for f in 0..FACTS {
        let sep = if f > 0 { "," } else { "" };
        let _ = write!(s, r#"{sep}{{"id":"f{f}","means":"generated fact {f}"}}"#);
    }
    s.push_str(r#"],"legal":[{"id":"l0","citation":{"sv":"Lag (0000:0) om prov"},"verified":true,"source":"generated"}],"purposes":["#);
    for (i, p) in ["report", "consult", "acute", "internal", "barnombud", "lvm"].iter().enumerate() {
        let sep = if i > 0 { "," } else { "" };
        let _ = write!(s, r#"{sep}{{"id":"{p}","label":{{"sv":"Kontakt för {p}"}}}}"#);
    }
    s.push_str(r#"],"questions":["#);
    let target = |x: usize| if x < n { format!("q{x}") } else { "end".to_string() };
    for i in 0..n {
        let sep = if i > 0 { "," } else { "" };
        let (fa, fb, fc) = (i % FACTS, (i + 1) % FACTS, (i + 3) % FACTS);
        let (ta, tb) = (target(2 * i + 1), target(2 * i + 2));
        let _ = write!(
            s,
            r#"{sep}{{"id":"q{i}","text":{{"sv":"Fråga nummer {i}: har du sett något av detta?"}},"hint":{{"sv":"Tänk på det senaste dygnet."}},"short":{{"sv":"Fråga {i}"}},"choices":[{{"id":"a","label":{{"sv":"Ja, något av detta"}},"sets":["f{fa}"],"next":"{ta}"}},{{"id":"b","label":{{"sv":"Nej"}},"hint":{{"sv":"Inget av det"}},"sets":["f{fb}"],"next":[{{"when":"f{fa} & !f{fc} | (f{fb} & f{fc})","to":"{tb}"}},{{"to":"{tb}"}}]}}]}}"#
        );
    }
    s.push_str(r#"],"outcomes":[{"id":"decide","kind":"decision","when":"f0 | !f0","title":{"sv":"Beslut"},"reason":{"sv":"Skälet"},"legal":["l0"]},{"id":"block-f1","kind":"block","when":"f1 & !f2","title":{"sv":"Tillägg"},"body":[{"sv":"Text"}]}]}"#);
    s
}

fn national(c: &mut Criterion) {
    let src = orosguiden::flow::NATIONAL_FLOW;
    let flow = Flow::national();
    let config = Config::demo();
    let problems = validate_flow(&flow);
    assert!(problems.is_empty(), "the national flow does not validate: {problems:?}");
    let n_paths = paths::ends(&flow).expect("the national flow enumerates").len();
    eprintln!("national flow: {} questions, {} outcomes, {n_paths} paths", flow.questions.len(), flow.outcomes.len());

    let mut g = c.benchmark_group("national");
    g.bench_function("parse", |b| b.iter(|| Flow::from_json(black_box(src)).unwrap()));
    g.bench_function("validate", |b| b.iter(|| validate_flow(black_box(&flow))));
    g.bench_function("paths", |b| b.iter(|| paths::ends(black_box(&flow)).unwrap()));
    // The budget: validation (which itself walks every path to find unreachable questions and
    // paths without a decision) and the enumeration the CLI's `paths` prints.
    g.bench_function("validate+paths", |b| {
        b.iter(|| {
            let p = validate_flow(black_box(&flow));
            let all = paths::ends(black_box(&flow)).unwrap();
            (p.len(), all.len())
        })
    });
    g.bench_function("config", |b| b.iter(|| validate_config(black_box(&config), black_box(&flow))));
    g.finish();
}

fn generated(c: &mut Criterion) {
    let mut g = c.benchmark_group("generated");
    g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    for n in SIZES {
        let src = generated_flow(n);
        let flow = Flow::from_json(&src).expect("the generated flow parses");
        let problems = validate_flow(&flow);
        assert!(problems.is_empty(), "the generated flow of {n} questions does not validate: {:?}", &problems[..problems.len().min(5)]);
        let n_paths = paths::ends(&flow).expect("the generated flow enumerates").len();
        assert_eq!(n_paths, n + 1);
        eprintln!("generated flow: {n} questions, {} KB of JSON, {n_paths} paths", src.len() / 1024);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("parse", n), &src, |b, src| b.iter(|| Flow::from_json(black_box(src)).unwrap()));
        g.bench_with_input(BenchmarkId::new("validate+paths", n), &flow, |b, flow| {
            b.iter(|| {
                let p = validate_flow(black_box(flow));
                let all = paths::ends(black_box(flow)).unwrap();
                (p.len(), all.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, national, generated);
criterion_main!(benches);
