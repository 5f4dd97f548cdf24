// Statistics, budgets and the readable table for `make bench`.

/** Nearest-rank percentile of numbers (p in 0..100). */
export function percentile(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  if (p === 50) {
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * A 95 % bootstrap interval for median(a) / median(b): both samples are drawn again with
 * replacement `rounds` times (a fixed-seed generator, so a report can be reproduced from its
 * samples) and the 2.5th and 97.5th percentiles of the ratios are returned.
 */
export function ratioInterval(a, b, rounds = 4000) {
  const xs = a.filter((x) => Number.isFinite(x));
  const ys = b.filter((x) => Number.isFinite(x));
  if (!xs.length || !ys.length) return null;
  let seed = 0x2545f491;
  const next = () => {
    // xorshift32
    seed ^= seed << 13; seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5; seed >>>= 0;
    return seed / 0x100000000;
  };
  const draw = (s) => s.map(() => s[Math.floor(next() * s.length)]);
  const ratios = [];
  for (let i = 0; i < rounds; i++) ratios.push(percentile(draw(xs), 50) / percentile(draw(ys), 50));
  return [round(percentile(ratios, 2.5), 3), round(percentile(ratios, 97.5), 3)];
}

export function summary(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  return {
    n: s.length,
    median: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    min: round(Math.min(...s)),
    max: round(Math.max(...s)),
    mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
  };
}

export function round(x, d = 2) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x ?? null;
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Least-squares slope of log(y) against log(x): 1 = linear, 2 = quadratic. */
export function growthExponent(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  const n = p.length;
  if (n < 2) return null;
  const mx = p.reduce((s, [x]) => s + x, 0) / n;
  const my = p.reduce((s, [, y]) => s + y, 0) / n;
  const num = p.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = p.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return round(num / den, 3);
}

/**
 * A budget line. `value` ≤ `limit` passes; `by` says how far over (or under) it is, in the
 * unit and as a percentage of the limit.
 */
export function budget(name, value, limit, unit, note) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { name, value: null, limit, unit, pass: null, note: note || 'not measured' };
  }
  const diff = value - limit;
  return {
    name, value: round(value, 3), limit: round(limit, 3), unit, pass: value <= limit,
    by: round(diff, 3), by_percent: round((100 * diff) / limit, 1),
    ...(note ? { note } : {}),
  };
}

const kb = (b) => (b / 1000).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? pad(c ?? '', w[i]) : lpad(c ?? '', w[i]))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** The readable table printed on stdout. */
export function render(report) {
  const out = [];
  const m = report.machine;
  out.push(`Orosguiden benchmarks — ${report.generated_at}`);
  out.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB; load ${m.load_before.join(' ')} → ${m.load_after.join(' ')}; ${m.chromium}; ${m.rustc}`);
  out.push(`release profile: ${Object.entries(report.profile).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  out.push('');

  const s = report.sizes;
  out.push('1. Download on a first visit (KB = 1000 bytes)');
  const rows = [];
  const add = (who, set) => {
    for (const f of set.files) rows.push([`${who}: ${f.name}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    rows.push([`${who}: TOTAL`, kb(set.total.raw), kb(set.total.gzip), kb(set.total.brotli)]);
  };
  add('ours', s.ours);
  for (const e of s.ours.embedded) rows.push([`  (${e.where.startsWith('embedded') ? 'in the wasm' : e.where.split(' (')[0]}) ${e.name}`, kb(e.raw), kb(e.gzip), kb(e.brotli)]);
  add('floor', s.floor);
  if (s.floor_issue) add('floor as the issue states', s.floor_issue);
  add('SurveyJS', s.surveyjs);
  out.push(table(['file', 'raw', 'gzip -9', 'brotli -q 11'], rows));
  out.push(table(['ratio', 'raw', 'gzip', 'brotli'], [
    ['ours / floor', s.ratios.ours_floor.raw, s.ratios.ours_floor.gzip, s.ratios.ours_floor.brotli],
    ...(s.ratios.ours_floor_issue ? [['ours / floor as the issue states', s.ratios.ours_floor_issue.raw, s.ratios.ours_floor_issue.gzip, s.ratios.ours_floor_issue.brotli]] : []),
    ['ours / SurveyJS', s.ratios.ours_surveyjs.raw, s.ratios.ours_surveyjs.gzip, s.ratios.ours_surveyjs.brotli],
  ]));
  if (report.opt_levels) {
    out.push('');
    out.push('opt-level (wasm + JS glue after wasm-opt -Oz; KB brotli / raw)');
    out.push(table(['opt-level', 'ours br', 'ours raw', 'floor br', 'floor raw'], Object.entries(report.opt_levels).map(([l, v]) => [
      `"${l}"${l === report.profile['opt-level'] ? ' (in use)' : ''}`, kb(v.ours.brotli), kb(v.ours.raw), v.floor ? kb(v.floor.brotli) : '', v.floor ? kb(v.floor.raw) : '',
    ])));
  }
  if (report.twiggy && report.twiggy.by_crate) {
    out.push('');
    out.push(`what the wasm holds (twiggy top, ${kb(report.twiggy.total_bytes_without_custom_sections)} KB raw, by crate; target/bench/twiggy-top.txt)`);
    out.push(table(['crate / kind', 'KB raw', '%'], report.twiggy.by_crate.slice(0, 12).map((g) => [g.name, kb(g.bytes), g.percent])));
  }
  out.push('');

  if (report.load) {
    out.push(`3. Page load, ${report.load.loads} fresh loads each (ms from navigation start)`);
    const r = [];
    for (const [t, apps] of Object.entries(report.load.by_throttle)) {
      for (const [app, v] of Object.entries(apps)) {
        r.push([`${app} @${t}x`, v.dom_content_loaded.median, v.fqp_dom.median, v.fqp.median, v.fqp.p95, v.live ? v.live.median : '', v.tti.median, v.tti.p95, v.calibration_ms.median]);
      }
    }
    out.push(table(['', 'DCL med', 'in DOM med', 'FQP med', 'FQP p95', 'live med', 'TTI med', 'TTI p95', 'calib ms'], r));
    out.push('   DCL = DOMContentLoaded; in DOM = heading inserted (maybe unstyled); FQP = styled heading painted (ours: the start page');
    out.push('   prerendered by orosguiden.js); live = the widget\'s own heading in the DOM (it runs); calib = fixed JS loop');
    const ci = report.load.ratio_fqp_ci || {};
    out.push(`   ours / floor (FQP median): ${Object.entries(report.load.ratio_fqp).map(([t, v]) => `${t}x ${v}${ci[t] ? ` (95% bootstrap interval ${ci[t][0]}–${ci[t][1]})` : ''}`).join(', ')}`);
    if (report.load.ratio_live) {
      out.push(`   ours / floor (live median, the widget running): ${Object.entries(report.load.ratio_live).map(([t, v]) => `${t}x ${v}`).join(', ')}`);
    }
    out.push('');
  }
  if (report.journey) {
    const j = report.journey;
    out.push(`4–5. Journeys: ${j.journeys} full journeys at ${j.throttle}x CPU throttle (ms)`);
    const mt = (x, k) => (x.main_thread_ms && x.main_thread_ms[k] !== null ? x.main_thread_ms[k] : '');
    const r = (name, x) => [name, x.processing.median, x.processing.p95, x.input_delay.median, x.work.p95, x.paint.median, x.paint.p95,
      mt(x, 'script'), round((mt(x, 'style') || 0) + (mt(x, 'layout') || 0)), x.work.n];
    out.push(table(['interaction', 'proc p50', 'proc p95', 'delay p50', 'work p95', 'paint p50', 'paint p95', 'script', 'style+layout', 'n'], [
      r('step (choice + Fortsätt)', j.step),
      r('  choice click', j.choice),
      r('  Fortsätt click', j.continue),
      r('Börja', j.start),
      r('Visa vad du ska göra', j.show),
      r('floor app button (baseline)', j.floor_button),
    ]));
    out.push('   proc = handlers + render + style/layout; delay = input delay; work = delay + proc; paint = to the next frame;');
    out.push('   script, style+layout = median main-thread ms per interaction from CDP Performance.getMetrics');
    out.push(`   JS heap after a journey: ${kb(j.heap.used_bytes.median)} KB used (max ${kb(j.heap.used_bytes.max)}), ${kb(j.heap.used_after_gc_bytes.median)} KB after GC; wasm memory ${kb(j.heap.wasm_memory_bytes.median)} KB; ${j.heap.nodes.median} DOM nodes`);
    out.push('');
  }
  if (report.native) {
    out.push('6. Native engine (criterion medians, ms)');
    const n = report.native;
    const r = Object.entries(n.national).map(([k, v]) => [`national ${k}`, v.median_ms, '', '']);
    for (const [k, v] of Object.entries(n.generated)) {
      for (const p of v.points) r.push([`generated ${k} ${p.questions}`, p.median_ms, p.ns_per_question, '']);
      r.push([`generated ${k}: growth exponent`, '', '', v.growth_exponent]);
    }
    out.push(table(['benchmark', 'median ms', 'ns/question', 'exponent'], r));
    out.push('');
  }
  out.push('Budgets');
  out.push(table(['budget', 'value', 'limit', 'result'], report.budgets.map((b) => [
    b.name, b.value === null ? '—' : `${b.value} ${b.unit}`, `${b.limit} ${b.unit}`,
    b.pass === null ? 'not measured' : b.pass ? `pass (${b.by_percent}%)` : `MISS by ${b.by} ${b.unit} (+${b.by_percent}%)`,
  ])));
  return out.join('\n');
}
