import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Bundles bench/chromium/bench-page.ts (Dexie, the schema, the messaging protocol) into one
 * script and writes bench.html + bench.js into `extensionDir`: a private copy of the built
 * extension, so the shipped package never contains the benchmark page.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function addBenchPage(extensionDir: string): Promise<void> {
  mkdirSync(extensionDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      outDir: extensionDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, 'bench/chromium/bench-page.ts'), formats: ['iife'], name: 'xrefBenchPage', fileName: () => 'bench.js' },
    },
  });
  writeFileSync(join(extensionDir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>xref bench</title><script src="bench.js"></script>\n');
}
