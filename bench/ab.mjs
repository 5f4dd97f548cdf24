// Two builds of the widget compared directly: page loads and journeys interleaved, A and B in
// turn (the order alternating), in the same browser on the same machine at the same time, so
// that what the machine is doing affects both alike. For a change whose effect on speed is
// smaller than the differences between two `make bench` runs (BENCHMARKS.md).
//
//   node bench/ab.mjs DIR_A DIR_B [--loads 20] [--journeys 12] [--port 8195]
//
// DIR_A and DIR_B are built www/ directories (e.g. a copy of www/ from before a change, and
// www/). Prints, for each, first question painted and live (medians, unthrottled and 4×) and
// processing p50 / p95 of the journey's interactions at 4×, measured as `make bench` does.

import fs from 'node:fs';
import path from 'node:path';
import { journey, launch, pageLoad } from './browser.mjs';
import { ANSWERS, OURS, serve } from './sites.mjs';
import { percentile } from './report.mjs';

function args() {
  const a = { dirs: [], loads: 20, journeys: 12, port: 8195 };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--loads') a.loads = Number(v[++i]);
    else if (v[i] === '--journeys') a.journeys = Number(v[++i]);
    else if (v[i] === '--port') a.port = Number(v[++i]);
    else a.dirs.push(v[i]);
  }
  if (a.dirs.length !== 2 || !a.dirs.every((d) => fs.existsSync(path.join(d, 'orosguiden.js')))) {
    console.error('usage: node bench/ab.mjs DIR_A DIR_B [--loads N] [--journeys N] [--port P]  (two built www/ directories)');
    process.exit(2);
  }
  return a;
}

async function main() {
  const a = args();
  const names = ['A', 'B'];
  const servers = await Promise.all(a.dirs.map((d, i) => serve(a.port + i, path.resolve(d))));
  const sites = servers.map((s) => ({ ...OURS, url: s.url }));
  const browser = await launch();
  try {
    for (const s of sites) await pageLoad(browser, s, 1); // warm the servers and the disk cache
    const r = names.map(() => ({ fqp: { 1: [], 4: [] }, live: { 1: [], 4: [] }, step: [], start: [], show: [] }));
    const order = (i) => (i % 2 ? [1, 0] : [0, 1]);
    for (let i = 0; i < a.loads; i++) {
      for (const t of [4, 1]) {
        for (const k of order(i)) {
          const l = await pageLoad(browser, sites[k], t);
          r[k].fqp[t].push(l.fqp);
          r[k].live[t].push(l.liveAt);
        }
      }
    }
    for (let i = 0; i < a.journeys; i++) {
      for (const k of order(i)) {
        const j = await journey(browser, sites[k], 4, ANSWERS);
        r[k].start.push(j.start.processing);
        r[k].show.push(j.show.processing);
        for (const s of j.steps) r[k].step.push(s.processing);
      }
    }
    const ms = (xs, p) => (xs.length ? percentile(xs, p).toFixed(1) : '–');
    for (const [k, name] of names.entries()) {
      console.log(`${name} ${a.dirs[k]}`);
      if (a.loads) {
        console.log(`  first question painted, median: ${ms(r[k].fqp[1], 50)} ms unthrottled, ${ms(r[k].fqp[4], 50)} ms at 4x (${a.loads} loads)`);
        console.log(`  live, median: ${ms(r[k].live[1], 50)} ms unthrottled, ${ms(r[k].live[4], 50)} ms at 4x`);
      }
      for (const m of ['step', 'start', 'show']) {
        if (r[k][m].length) console.log(`  ${m} processing at 4x: p50 ${ms(r[k][m], 50)}, p95 ${ms(r[k][m], 95)} ms (n ${r[k][m].length})`);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.child.kill();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
