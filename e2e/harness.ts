import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium-args.mjs';

/**
 * The Chromium end-to-end harness: Debian's Chromium (or CHROME_PATH) with the built extension
 * (.output/chrome-mv3) in a fresh temporary profile, a static server on localhost for the pages
 * in e2e/pages/, and a request log. Every request that would leave localhost or the extension is
 * blocked and recorded, so a test can assert the extension never talks to the network.
 *
 * Usage: `const h = await launchExtension(); const page = await h.openPage('aleppo-ar.html'); …;
 * await h.close();` after `npx wxt build`.
 */

export const EXTENSION_DIR = resolve(__dirname, '../.output/chrome-mv3');
export const PAGES_DIR = resolve(__dirname, 'pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** How long the extension's service worker may take to appear. */
const SERVICE_WORKER_TIMEOUT_MS = 30_000;

/** Hosts and schemes a request may go to; anything else is blocked and logged. */
const LOCAL_URL = /^(?:chrome-extension:|data:|blob:|about:|chrome:|devtools:|https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\/)/;


export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: run scripts/ensure-chromium.sh or set CHROME_PATH.`);
  return path;
}

/** Serves e2e/pages/ on an ephemeral port; resolves with the server and its base URL. */
async function startPageServer(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(PAGES_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, done));
  const { port } = server.address() as AddressInfo;
  // localhost, not 127.0.0.1: the name both address families resolve.
  return { server, baseUrl: `http://localhost:${port}` };
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  /** Every URL requested so far, by pages, extension pages and the service worker. */
  requests: string[];
  /** Requests that tried to leave localhost / the extension (blocked). */
  externalRequests(): string[];
  /** The extension's service worker (waits for it after a restart). */
  serviceWorker(): Promise<Worker>;
  /** Opens a page from e2e/pages/ in a new tab and waits for it to load. */
  openPage(name: string): Promise<Page>;
  /** The browser's tab id for `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /** The extension page `path` (e.g. 'popup.html?tab=3') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Stops the extension's service worker the way Chromium does when it idles. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language ('ar', 'en'): the extension's pages and the engine's reasons
   *  follow it. Added for the popup's Arabic tests; default: the machine's. */
  uiLanguage?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} has no manifest.json: run \`npx wxt build\` first.`);
  }
  // Report service-worker requests as context requests too, so the log misses nothing.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const workDir = mkdtempSync(join(tmpdir(), 'xref-e2e-'));
  const profile = join(workDir, 'profile');
  // A private copy of the build: a `wxt build` run meanwhile (by a watcher, or another test run)
  // rewrites .output and would pull the extension out from under the browser.
  const extensionDir = join(workDir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const { server, baseUrl } = await startPageServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: options.uiLanguage ? [...chromiumArgs(extensionDir), `--lang=${options.uiLanguage}`] : chromiumArgs(extensionDir),
    // Linux Chromium also reads its UI language from the environment.
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
    viewport: { width: 1200, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => !LOCAL_URL.test(url.href),
    (route) => route.abort('blockedbyclient'),
  );

  // After a stop and restart Playwright keeps the same Worker object, attached to the new run.
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  /** Polls rather than waits for the 'serviceworker' event, which may fire before we listen. */
  const serviceWorker = async (): Promise<Worker> => {
    for (let waited = 0; waited < SERVICE_WORKER_TIMEOUT_MS; waited += 100) {
      const running = context.serviceWorkers().find(isOurs);
      if (running) return running;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The extension has no service worker: did it fail to load? (check `npx wxt build`)');
  };
  const extensionId = new URL((await serviceWorker()).url()).host;

  const openPage = async (name: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${name}`, { waitUntil: 'load' });
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    // Several tabs may show the same URL: bring this one to the front and take the active one.
    await page.bringToFront();
    const worker = await serviceWorker();
    const id = await worker.evaluate(async (url: string) => {
      const tabs = await chrome.tabs.query({ active: true });
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`No tab for ${page.url()}`);
    return id;
  };

  const badgeText = async (tabId: number): Promise<string> =>
    (await serviceWorker()).evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };

  const stopServiceWorker = async (): Promise<void> => {
    // chrome://serviceworker-internals lists running workers with a Stop button: the same stop
    // Chromium performs after 30 s idle, which is what a restart test needs.
    const page = await context.newPage();
    await page.goto('chrome://serviceworker-internals/');
    const scope = `chrome-extension://${extensionId}/`;
    await page.evaluate(async (scopeUrl: string) => {
      const registration = () =>
        [...document.querySelectorAll('.serviceworker-registration')].find((item) => (item.textContent ?? '').includes(scopeUrl));
      for (let attempt = 0; attempt < 100; attempt++) {
        const item = registration();
        const text = item?.textContent ?? '';
        if (text.includes('Running Status: STOPPED') || (attempt > 0 && !text.includes('RUNNING'))) return;
        if (text.includes('RUNNING') && attempt === 0) item!.querySelector<HTMLElement>('[data-command="stop"]')?.click();
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the service worker for ${scopeUrl} did not stop`);
    }, scope);
    await page.close();
  };

  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(workDir, { recursive: true, force: true });
  };

  return {
    context,
    extensionId,
    baseUrl,
    requests,
    externalRequests: () => requests.filter((url) => !LOCAL_URL.test(url)),
    serviceWorker,
    openPage,
    tabIdOf,
    badgeText,
    openExtensionPage,
    stopServiceWorker,
    close,
  };
}
