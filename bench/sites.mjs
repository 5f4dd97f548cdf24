// What `make bench` (bench/run.mjs) and bench/ab.mjs load and click: the server for a built
// www/, the widget's selectors and the journey's answers.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export /** scripts/serve.py on `port`; resolves once it says it is serving (fails if the port is taken). */
function serve(port, dir) {
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), '--dir', dir, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`the server on port ${port} did not start`)); }, 15_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('serving')) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port}/` });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server on port ${port} exited (${code}); is the port taken? ${err.trim().split('\n').pop() || ''}`));
    });
  });
}

/** The widget's page: the heading is the prerendered start page's at first, the widget's own
 * once it runs ("live"); its button counts for "interactive" only when the widget runs. */
export const OURS = {
  heading: '.og-widget h1',
  button: '.og-widget:not([data-og-prerendered]) button',
  live: '.og-widget:not([data-og-prerendered]) h1',
};

/** The floor app's page. */
export const FLOOR = { heading: '#app h1', button: '#app button' };

/** The journey: after "Börja", these choices, each followed by "Fortsätt"; then "Kontrollera
 * dina svar" and "Visa vad du ska göra". */
export const ANSWERS = [
  'Nej, det är inte akut',
  'Förskola, skola, fritidshem eller elevhälsa',
  'En förälder dricker för mycket eller använder droger',
  'Ja, något av detta',
];
