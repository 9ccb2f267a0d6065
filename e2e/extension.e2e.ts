import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type Harness } from './harness';

/**
 * The built extension in Chromium, as a reader meets it: an Arabic news page about Aleppo gets
 * its claims highlighted with verdicts, the card opens by mouse and by keyboard, the badge counts
 * the contradicted claims, an unrelated page is left exactly as it was, a late-loading article
 * is still checked, a service-worker restart loses nothing, and nothing leaves the machine.
 */

let harness: Harness;
/** Where the card screenshots go, for a person to look at (not compared automatically). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? tmpdir();

beforeAll(async () => {
  harness = await launchExtension();
});

afterAll(async () => {
  await harness?.close();
});

const MARKS = 'xref-mark[data-xref-claim][data-xref-verdict]';
/** The content script's size budget, gzipped (no Readability, no engine, no Preact in it). */
const CONTENT_SCRIPT_BUDGET_BYTES = 15 * 1024;
/** The two stages of the content script (see entrypoints/aleppo-watch.ts, modules/aleppo-watch.ts). */
const STAGE_1 = 'aleppo-watch.js';
const STAGE_2 = 'page-checker.js';
/** Stage 1 runs on every page: the quick test and the request for stage 2, nothing else. */
const STAGE_1_BUDGET_BYTES = 2 * 1024;

async function waitForMarks(page: Page): Promise<void> {
  await page.waitForSelector(MARKS, { timeout: 20_000 });
}

/** Distinct claims highlighted on the page, with their verdicts. */
async function highlightedClaims(page: Page): Promise<Record<string, string>> {
  return page.$$eval(MARKS, (marks) => Object.fromEntries(marks.map((m) => [m.getAttribute('data-xref-claim')!, m.getAttribute('data-xref-verdict')!])));
}

/** Sends one protocol message (lib/messaging.ts) from an extension page, as the popup does. */
async function sendFromExtensionPage(page: Page, type: string, data: unknown): Promise<unknown> {
  const response = await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  );
  return (response as { res?: unknown }).res;
}

/**
 * The extension's content scripts V8 has parsed in the page, in order, by path (as the
 * DevTools protocol's debugger reports them: isolated worlds included, each script once).
 */
async function contentScriptsIn(page: Page): Promise<{ parsed(): Promise<string[]> }> {
  const prefix = `chrome-extension://${harness.extensionId}/`;
  const seen: string[] = [];
  const cdp = await harness.context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(prefix)) seen.push(url.slice(prefix.length));
  });
  await cdp.send('Debugger.enable');
  return {
    async parsed() {
      // Let scriptParsed events of scripts that just ran arrive.
      await page.waitForTimeout(100);
      return [...seen];
    },
  };
}

/** Text of the card's shadow root ('' when hidden). */
async function cardText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-xref-ui]');
    if (!host || host.style.display === 'none') return '';
    return host.shadowRoot?.textContent ?? '';
  });
}

describe('an Arabic page about Aleppo', () => {
  let page: Page;

  beforeAll(async () => {
    page = await harness.openPage('aleppo-ar.html');
    await waitForMarks(page);
  });

  it('has its claims highlighted with verdicts, page text untouched', async () => {
    const claims = await highlightedClaims(page);
    expect(Object.keys(claims).length).toBeGreaterThanOrEqual(2);
    for (const verdict of Object.values(claims)) expect(['corroborated', 'conflicting', 'mixed', 'unverified']).toContain(verdict);
    // Highlights only in the article: never in navigation, sidebar or footer.
    expect(await page.$$eval('nav xref-mark, aside xref-mark, footer xref-mark, header xref-mark', (m) => m.length)).toBe(0);
    // The extension adds nothing but marks and at most one UI host.
    expect(await page.$$eval('[data-xref-ui]', (hosts) => hosts.length)).toBeLessThanOrEqual(1);
    const text = await page.evaluate(() => document.querySelector('.article-body')!.textContent);
    expect(text).toContain('70 في المئة من مساحة مدينة حلب');
  });

  it('shows the number of contradicted claims on the badge', async () => {
    const claims = await highlightedClaims(page);
    const contradicted = Object.values(claims).filter((v) => v === 'conflicting' || v === 'mixed').length;
    const tabId = await harness.tabIdOf(page);
    await expect.poll(() => harness.badgeText(tabId)).toBe(String(contradicted));
  });

  it('opens the card on hover with the verdict and sources', async () => {
    const first = page.locator(`${MARKS}[tabindex="0"]`).first();
    await first.hover();
    await expect.poll(() => cardText(page)).not.toBe('');
    const text = await cardText(page);
    expect(text).toMatch(/Corroborated|Conflicting|Mixed|Unverified|مؤكَّد|متعارض|متباين|غير متحقَّق منه/);
    await page.screenshot({ path: join(SCREENSHOTS, 'card-hover.png') });
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBe('');
  });

  it('reaches highlights with Tab, opens the card with Enter and closes it with Escape', async () => {
    await page.locator('h1').click();
    let focused = '';
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.localName === 'xref-mark' ? document.activeElement.getAttribute('data-xref-claim')! : ''));
    }
    expect(focused).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page)).not.toBe('');
    const focusInCard = await page.evaluate(() => document.activeElement?.hasAttribute('data-xref-ui') ?? false);
    expect(focusInCard).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'card-keyboard.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-xref-claim'))).toBe(focused);
  });

  it('keeps the tab state and the seeded corpus across a service-worker restart', async () => {
    const tabId = await harness.tabIdOf(page);
    const before = await harness.badgeText(tabId);
    // A mark in the worker's globals tells a real restart (fresh globals) from a survived one.
    await (await harness.serviceWorker()).evaluate(() => ((globalThis as { xrefE2eMark?: number }).xrefE2eMark = 1));
    await harness.stopServiceWorker();
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-xref-claim]', { timeout: 20_000 });
    const popupClaims = await popup.$$eval('[data-xref-claim]', (items) => new Set(items.map((i) => i.getAttribute('data-xref-claim'))).size);
    expect(popupClaims).toBe(Object.keys(await highlightedClaims(page)).length);
    await popup.close();
    expect(await (await harness.serviceWorker()).evaluate(() => (globalThis as { xrefE2eMark?: number }).xrefE2eMark)).toBeUndefined();
    // A page checked after the restart still finds the seeds (seeding survived, not redone).
    const again = await harness.openPage('aleppo-ar.html');
    await waitForMarks(again);
    expect(await highlightedClaims(again)).toEqual(await highlightedClaims(page));
    expect(await harness.badgeText(await harness.tabIdOf(again))).toBe(before);
    await again.close();
  });
});

describe('an English page about Aleppo', () => {
  it('marks the contradicted figure and explains it in a left-to-right card', async () => {
    const page = await harness.openPage('aleppo-en.html');
    await waitForMarks(page);
    const verdictOf70 = await page.$$eval(MARKS, (marks) => marks.find((m) => m.textContent?.includes('70%'))?.getAttribute('data-xref-verdict'));
    expect(verdictOf70).toMatch(/^(conflicting|mixed)$/);
    const mark = page.locator(MARKS, { hasText: '70%' }).first();
    await mark.hover();
    await expect.poll(() => cardText(page)).toContain('98%');
    expect(await page.evaluate(() => document.querySelector('[data-xref-ui]')!.shadowRoot!.querySelector<HTMLElement>('.card')!.dir)).toBe('ltr');
    await page.screenshot({ path: join(SCREENSHOTS, 'card-english.png') });
    await page.close();
  });
});

describe('a page that is not about Aleppo', () => {
  it('is left exactly as it was', async () => {
    const page = await harness.openPage('unrelated.html');
    await page.waitForTimeout(1_500);
    // The page has no scripts of its own, so its DOM must equal a fresh parse of its HTML.
    const [live, pristine] = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return [document.documentElement.outerHTML, parsed.documentElement.outerHTML];
    });
    expect(live).toBe(pristine);
    expect(await page.$$eval('xref-mark, [data-xref-ui]', (m) => m.length)).toBe(0);
    const tabId = await harness.tabIdOf(page);
    expect(await harness.badgeText(tabId)).toBe('');
    // The popup can still say why, without analysis: the background reads what stage 1 found.
    const extensionPage = await harness.openExtensionPage('popup.html?tab=' + tabId);
    expect(await sendFromExtensionPage(extensionPage, 'getTabResult', { tabId })).toMatchObject({ status: 'not-about-aleppo' });
    await extensionPage.close();
    await page.close();
  });
});

describe("the reader's switches", () => {
  it('pausing takes highlights and badge away at once; resuming brings them back', async () => {
    const page = await harness.openPage('aleppo-ar.html');
    await waitForMarks(page);
    const tabId = await harness.tabIdOf(page);
    const claims = await highlightedClaims(page);
    const badge = await harness.badgeText(tabId);
    const layout = () => page.$$eval('article p, article h1', (blocks) => blocks.map((b) => JSON.stringify(b.getBoundingClientRect())));
    const highlightedLayout = await layout();
    const extensionPage = await harness.openExtensionPage('popup.html?tab=' + tabId);
    await sendFromExtensionPage(extensionPage, 'setPaused', { paused: true });
    await expect.poll(() => page.$$eval('xref-mark', (m) => m.length)).toBe(0);
    // Highlights never moved the text: every block sits exactly where it does without them.
    expect(await layout()).toEqual(highlightedLayout);
    expect(await harness.badgeText(tabId)).toBe('');
    expect(await sendFromExtensionPage(extensionPage, 'getTabResult', { tabId })).toMatchObject({ status: 'paused' });

    await sendFromExtensionPage(extensionPage, 'setPaused', { paused: false });
    await waitForMarks(page);
    expect(await highlightedClaims(page)).toEqual(claims);
    await expect.poll(() => harness.badgeText(tabId)).toBe(badge);

    await sendFromExtensionPage(extensionPage, 'setSiteEnabled', { site: harness.baseUrl, enabled: false });
    await expect.poll(() => page.$$eval('xref-mark', (m) => m.length)).toBe(0);
    expect(await sendFromExtensionPage(extensionPage, 'getTabResult', { tabId })).toMatchObject({ status: 'off' });
    await sendFromExtensionPage(extensionPage, 'setSiteEnabled', { site: harness.baseUrl, enabled: true });
    await waitForMarks(page);
    await extensionPage.close();
    await page.close();
  });
});

describe('an article that arrives after the page loaded', () => {
  it('is checked once it appears', async () => {
    const page = await harness.openPage('late-article.html');
    await waitForMarks(page);
    const claims = await highlightedClaims(page);
    expect(Object.keys(claims).length).toBeGreaterThanOrEqual(1);
    // No re-highlighting loop: the marks stay put once made.
    const count = await page.$$eval('xref-mark', (m) => m.length);
    await page.waitForTimeout(3_000);
    expect(await page.$$eval('xref-mark', (m) => m.length)).toBe(count);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('is checked when it navigates to an article in place, and cleared when it leaves it', async () => {
    const page = await harness.openPage('spa.html');
    await page.waitForTimeout(1_000);
    expect(await page.$$eval('xref-mark', (m) => m.length)).toBe(0);
    await page.click('#story');
    await waitForMarks(page);
    expect(page.url()).toContain('/spa/story');
    await page.click('#home');
    await expect.poll(() => page.$$eval('xref-mark', (m) => m.length), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});

describe('the card’s way to the full comparison', () => {
  it('opens the popup page for this tab on the claim', async () => {
    const page = await harness.openPage('aleppo-ar.html');
    await waitForMarks(page);
    const tabId = await harness.tabIdOf(page);
    const mark = page.locator(`${MARKS}[tabindex="0"]`).first();
    const claimId = await mark.getAttribute('data-xref-claim');
    await mark.focus();
    await page.keyboard.press('Enter');
    const opened = harness.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const comparison = await opened;
    await comparison.waitForLoadState();
    const url = new URL(comparison.url());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`chrome-extension://${harness.extensionId}/popup.html`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ tab: String(tabId), claim: claimId });
    await comparison.close();
    await page.close();
  });
});

describe('the content script', () => {
  it('stays small: stage 1 runs on every page the reader opens, stage 2 on Aleppo pages', () => {
    const gzipped = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file))).length;
    expect(gzipped(STAGE_1)).toBeLessThan(STAGE_1_BUDGET_BYTES);
    // Stage 1 is one plain script (modules/aleppo-watch.ts), without WXT's runner around it: the
    // runner cost every page's fresh isolated world more than the quick test does.
    expect(readFileSync(join(EXTENSION_DIR, STAGE_1), 'utf8')).not.toMatch(/crashed on startup|\[wxt\]/);
    expect(gzipped(STAGE_2)).toBeLessThan(CONTENT_SCRIPT_BUDGET_BYTES);
    // Only stage 1 is declared for every page; stage 2 is injected on demand.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual([STAGE_1]);
  });

  it('loads only its small first stage on a page that does not mention Aleppo', async () => {
    const page = await harness.openPage('unrelated.html');
    const scripts = await contentScriptsIn(page);
    expect(await scripts.parsed()).toEqual([STAGE_1]);
    // Still only stage 1 a while later (it looks again only if the page changes).
    await page.waitForTimeout(5_500);
    expect(await scripts.parsed()).toEqual([STAGE_1]);
    await page.close();
  });

  it('brings in the page checker once on an Aleppo page, however often it is asked', async () => {
    const page = await harness.openPage('aleppo-ar.html');
    await waitForMarks(page);
    const scripts = await contentScriptsIn(page);
    expect(await scripts.parsed()).toEqual([STAGE_1, STAGE_2]);
    const claims = await highlightedClaims(page);
    // A second request from the same frame (as a second stage 1 would send it) starts nothing:
    // the file runs again, finds the frame's checker running and says so.
    const tabId = await harness.tabIdOf(page);
    const reply = await (await harness.serviceWorker()).evaluate(async (tab) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab },
        func: () => chrome.runtime.sendMessage({ kind: 'aleppo-xref/inject-page-checker' }),
      });
      return frame?.result;
    }, tabId);
    expect(reply).toEqual({ ok: true, injected: false });
    await page.waitForTimeout(1_000);
    expect(await highlightedClaims(page)).toEqual(claims);
    expect(await page.$$eval('[data-xref-ui]', (hosts) => hosts.length)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('the network', () => {
  it('is never used: every request stayed on localhost or inside the extension', () => {
    expect(harness.requests.length).toBeGreaterThan(0);
    expect(harness.externalRequests()).toEqual([]);
  });
});
