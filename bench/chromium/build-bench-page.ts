import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Bundles bench/chromium/bench-page.ts (Dexie, the schema, the messaging protocol) into one
 * script and writes bench.html + bench.js into `extensionDir`: a private copy of the built
 * extension, so the shipped package never contains the benchmark page.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles one benchmark script (an IIFE: no imports left) into `outDir/fileName`. */
async function bundle(entry: string, outDir: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'xrefBench', fileName: () => fileName },
    },
  });
}

export async function addBenchPage(extensionDir: string): Promise<void> {
  mkdirSync(extensionDir, { recursive: true });
  await bundle('bench/chromium/bench-page.ts', extensionDir, 'bench.js');
  writeFileSync(join(extensionDir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>xref bench</title><script src="bench.js"></script>\n');
}

/** The quick-test probe (bench/chromium/quick-test-probe.ts) as one script, for pages' main world. */
export async function quickTestProbe(workDir: string): Promise<string> {
  await bundle('bench/chromium/quick-test-probe.ts', workDir, 'quick-test-probe.js');
  return readFileSync(join(workDir, 'quick-test-probe.js'), 'utf8');
}
