#!/usr/bin/env node
// The whole test suite, as the README's `npm test` and CI run it:
//   1. the bundled corpus is built from seeds/ (the engine's own output, never committed);
//   2. the type checker;
//   3. unit tests (vitest);
//   4. the extension is built and tested in Debian's Chromium (vitest + playwright-core).
// It ends with one plain line `N passed, N failed` and exits non-zero on any failure.
// `--unit` runs steps 1-3 only (quick local loop); XREF_SKIP_E2E=1 does the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const unitOnly = process.argv.includes('--unit') || process.env.XREF_SKIP_E2E === '1';
const out = mkdtempSync(join(tmpdir(), 'xref-test-'));
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** Counts from vitest's JSON report; a missing report means the run itself broke. */
function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
}

function step(label, ok) {
  if (ok) passed++;
  else failed++;
  if (!ok) console.log(`✖ ${label} failed`);
}

step('corpus build', run('corpus build', 'npm', ['run', '--silent', 'corpus']));
step('type check', run('type check', 'npx', ['tsc', '--noEmit']));

function vitest(label, config, file, env) {
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  const counts = vitestCounts(file);
  if (!counts) return step(label, false);
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) step(label, false);
}

vitest('unit tests', 'vitest.config.ts', join(out, 'unit.json'));

if (!unitOnly) {
  const chromeOk = run('Chromium for end-to-end tests', 'bash', ['scripts/ensure-chromium.sh']);
  step('Chromium available', chromeOk);
  const built = run('extension build', 'npx', ['wxt', 'build']);
  step('extension build', built);
  if (chromeOk && built) vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', join(out, 'e2e.json'));
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
