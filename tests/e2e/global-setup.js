// Builds the `orosguiden` CLI before the end-to-end tests: the specs ask it what the engine says
// for the answers they give (`walk` in support.js), and a test should not wait for the compiler.
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  execFileSync('cargo', ['build', '--quiet', '--bin', 'orosguiden'], { cwd: path.join(__dirname, '..', '..'), stdio: 'inherit', timeout: 600_000 });
};
