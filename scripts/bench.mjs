#!/usr/bin/env node
// `npm run bench`: builds the corpus and the Chromium extension (skip with --no-build), makes sure
// Chromium is there (scripts/ensure-chromium.sh), then runs bench/run.ts with Node's GC exposed
// (the index's heap is measured after a collection). Other options pass through:
//   --quick                      small n, 100 and 1,000 articles (a smoke run, under a minute)
//   --only=engine,scale,chromium which parts to run
// Prints a table on stdout and writes bench/results.json (a quick or partial run writes
// bench/out/results.partial.json, so it never replaces the full results).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const passThrough = args.filter((a) => a !== '--no-build');

function run(label, cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench: ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

if (!args.includes('--no-build')) run('build', 'npm', ['run', '--silent', 'build']);
if (!process.env.CHROME_PATH && !existsSync('/usr/bin/chromium')) run('installing Chromium', 'sh', [join(ROOT, 'scripts/ensure-chromium.sh')]);
run('bench', process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/run.ts'), ...passThrough]);
