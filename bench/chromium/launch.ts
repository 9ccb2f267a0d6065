import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { addBenchPage, quickTestProbe } from './build-bench-page';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';

/**
 * Chromium for the benchmark: Debian's Chromium (or CHROME_PATH) with a private copy of the built
 * extension (.output/chrome-mv3) plus the benchmark page, a fresh profile, and a static server on
 * localhost for benchmark pages and corpus chunks. The flags are e2e/harness.ts's (toolchain.md
 * gotcha 9); the harness is not reused because its build directory is fixed and it has no way to
 * add the benchmark page or serve generated files.
 */

export const BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** How long Chromium may take to start the extension's worker on a loaded two-core machine. */
const WORKER_START_TIMEOUT_MS = 120_000;

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  baseUrl: string;
  /** The quick-test probe script (bench/chromium/quick-test-probe.ts), bundled. */
  quickTestProbe: string;
  /** Serves `body` at `${baseUrl}${path}` from now on. */
  serve(path: string, body: string | (() => Buffer), type?: string): string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export function chromiumExecutable(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: run scripts/ensure-chromium.sh or set CHROME_PATH.`);
  return path;
}

/** `buildDir`: another build of the extension than .output/chrome-mv3 (an A/B of two builds). */
export async function launchBenchBrowser(buildDir: string = BUILD_DIR): Promise<BenchBrowser> {
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`${buildDir} has no manifest.json: run \`npm run build\` first.`);
  const workDir = mkdtempSync(join(tmpdir(), 'xref-bench-'));
  const extensionDir = join(workDir, 'extension');
  cpSync(buildDir, extensionDir, { recursive: true });
  await addBenchPage(extensionDir);
  const probe = await quickTestProbe(join(workDir, 'probe'));

  const routes = new Map<string, { body: string | (() => Buffer); type: string }>();
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // The bench page fetches chunks from the extension's origin.
    response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    response.end(typeof route.body === 'string' ? route.body : route.body());
  });
  await new Promise<void>((done) => server.listen(0, done));
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;

  const args = chromiumArgs(extensionDir);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: chromiumExecutable(),
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
  });
  await context.route(
    (url) => !/^(?:chrome-extension:|data:|blob:|about:|chrome:|https?:\/\/localhost(?::\d+)?\/)/.test(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WORKER_START_TIMEOUT_MS });
  const extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    extensionDir,
    baseUrl,
    quickTestProbe: probe,
    serve(path, body, type = 'text/html; charset=utf-8') {
      routes.set(normalize(path), { body, type });
      return `${baseUrl}${path}`;
    },
    serviceWorker,
    async close() {
      await context.close().catch(() => undefined);
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** A file of bench/fixtures/ as text. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}
