#!/usr/bin/env node
// `npm start`: the product in one command.
//   1. builds the bundled corpus and the Chromium extension (.output/chrome-mv3);
//   2. serves the demo article (demo/) on http://localhost:<port>/;
//   3. opens Debian's Chromium with the extension loaded on it.
// With a display, the browser stays open for you (click the toolbar icon for the popup); close
// it to stop. Without one (no $DISPLAY, or CI, or --headless) the same runs headless: it saves a
// screenshot of the highlighted article and of the popup with a claim expanded into
// start-output/, prints a summary of the claims found, and exits (0 when the page was checked).
// Options: --headless, --ui=ar|en (the browser's UI language), --dark, --out=DIR.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './chromium-args.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const DEMO_DIR = join(ROOT, 'demo');
/** How long the demo page may take to be checked and highlighted before we call it broken. */
const HIGHLIGHT_TIMEOUT_MS = 45_000;
/** Claims listed in the printed summary. */
const SUMMARY_CLAIMS = 5;
const POPUP_WIDTH = 460;
/** Time for the hover card to open after the pointer rests on a highlight. */
const CARD_SETTLE_MS = 800;

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const headless = Boolean(args.headless) || !process.env.DISPLAY || Boolean(process.env.CI);
const uiLang = args.ui === 'ar' ? 'ar' : 'en';
const colorScheme = args.dark ? 'dark' : 'light';
const outDir = resolve(ROOT, typeof args.out === 'string' ? args.out : 'start-output');

function step(label, cmd, cmdArgs) {
  console.log(`▶ ${label}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(1);
  }
}

function chromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return '/usr/bin/chromium';
}

const MIME = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };

/** Serves demo/ on an ephemeral localhost port; resolves to the server and its base URL. */
function serveDemo() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = join(DEMO_DIR, path === '/' ? 'index.html' : path);
    if (!file.startsWith(DEMO_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://localhost:${server.address().port}/` })));
}

/** Chromium with the built extension (toolchain.md gotcha 9), in a fresh temporary profile. */
async function launch(profile) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    locale: uiLang === 'ar' ? 'ar' : 'en-US',
    colorScheme,
    viewport: headless ? { width: 1280, height: 900 } : null,
    // The extension's UI language is the browser's: --lang, and LANGUAGE for Linux builds that
    // read the locale from the environment.
    env: { ...process.env, LANGUAGE: uiLang, LANG: uiLang === 'ar' ? 'ar_SY.UTF-8' : 'en_US.UTF-8' },
    args: [...chromiumArgs(EXTENSION_DIR), `--lang=${uiLang}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

/** The extension's id for the tab showing `url`, asked from inside an extension page. */
async function tabIdOf(extPage, url) {
  return extPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

async function summarise(extPage, tabId) {
  const state = await extPage.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
  if (!state?.result) {
    console.log(`\nThe demo page's state: ${state?.status ?? 'unknown'}${state?.error ? ` (${state.error})` : ''}`);
    return state;
  }
  const claims = state.result.claims;
  const counts = {};
  for (const c of claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  console.log(`\nClaims found on the demo article: ${claims.length}`);
  console.log('  ' + ['conflicting', 'mixed', 'corroborated', 'unverified'].map((v) => `${v} ${counts[v] ?? 0}`).join(' · '));
  for (const c of claims.slice(0, SUMMARY_CLAIMS)) {
    const text = c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text;
    console.log(`  [${c.verdict}] ${text}`);
    for (const m of c.matches.slice(0, 2)) console.log(`      ${m.stance === 'conflicts' ? '✕' : '✓'} ${m.docId}: ${m.reason}`);
  }
  return state;
}

async function main() {
  step('building the corpus', 'npm', ['run', '--silent', 'corpus']);
  step('building the extension', 'npx', ['wxt', 'build']);
  step('finding Chromium', 'bash', ['scripts/ensure-chromium.sh']);

  const { server, url } = await serveDemo();
  console.log(`▶ demo article on ${url}`);
  const profile = mkdtempSync(join(tmpdir(), 'xref-start-'));
  const { context, extensionId } = await launch(profile);
  const cleanup = async () => {
    await context.close().catch(() => {});
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    if (!headless) {
      console.log('\nChromium is open on the demo article with the extension loaded.');
      console.log('Hover a highlighted sentence, or click the extension\'s toolbar icon for the comparison. Close the browser to stop.');
      await new Promise((done) => context.on('close', done));
      return 0;
    }

    let highlighted = true;
    await page.waitForSelector('[data-xref-claim]', { timeout: HIGHLIGHT_TIMEOUT_MS }).catch(() => (highlighted = false));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await tabIdOf(popup, page.url());
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-xref-claim], [data-state]:not([data-state="analysing"])', { timeout: HIGHLIGHT_TIMEOUT_MS }).catch(() => {});
    // Open the claim that best shows the comparison: a figure that differs (both values marked),
    // then any conflict, then any claim with sources.
    const claimToOpen = await popup.evaluate(async (key) => {
      const claims = (await chrome.storage.session.get(key))[key]?.result?.claims ?? [];
      const rank = (c) =>
        c.matches.some((m) => m.stance === 'conflicts' && m.reasonDetail?.code === 'figure-differs') ? 0
          : c.verdict === 'conflicting' || c.verdict === 'mixed' ? 1
            : c.matches.length > 0 ? 2 : 3;
      const best = [...claims].sort((a, b) => rank(a) - rank(b))[0];
      return best && rank(best) < 3 ? best.id : null;
    }, `tab:${tabId}`);
    mkdirSync(outDir, { recursive: true });
    // The article with the hover card open on the same claim, as a reader pointing at it sees it.
    if (claimToOpen) {
      await page.hover(`[data-xref-claim="${claimToOpen}"]`).catch(() => {});
      await page.waitForTimeout(CARD_SETTLE_MS);
    }
    await page.screenshot({ path: join(outDir, 'article.png') });
    if (claimToOpen) await popup.click(`[data-xref-claim="${claimToOpen}"] .claim-toggle`);
    await popup.waitForTimeout(300); // let the chevron finish turning
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });

    const state = await summarise(popup, tabId);
    console.log(`\nScreenshots: ${join(outDir, 'article.png')} and ${join(outDir, 'popup.png')}`);
    if (!highlighted || state?.status !== 'done') {
      console.error('✖ the demo article was not highlighted: see the screenshots and the state above');
      return 1;
    }
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`✖ npm start failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
