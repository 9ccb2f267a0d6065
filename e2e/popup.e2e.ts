import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/**
 * The popup in Chromium, opened the way the contract says (popup.html?tab=<id>) on the Arabic
 * fixture page: the same claims and verdicts as the page's highlights, the filter, the
 * side-by-side comparison with the differing figures marked, "open source", the per-site switch
 * (with the popup and the page following it live), and its empty states.
 */

let harness: Harness;
let page: Page;
let tabId: number;

const MARKS = 'xref-mark[data-xref-claim][data-xref-verdict]';
const ITEMS = 'li[data-xref-claim][data-xref-verdict]';
/** The fixture's figure that contradicts the seeds' 98% (RT Arabic, seed 003). */
const SEVENTY = '70 في المئة';
const RT_SEED = '003_c4c60020cb983868';

beforeAll(async () => {
  harness = await launchExtension();
  page = await harness.openPage('aleppo-ar.html');
  await page.waitForSelector(MARKS, { timeout: 20_000 });
  tabId = await harness.tabIdOf(page);
});

afterAll(async () => {
  await harness?.close();
});

async function openPopup(forTab: number): Promise<Page> {
  return harness.openExtensionPage(`popup.html?tab=${forTab}`);
}

/** claim id → verdict, from elements matching `selector` in `p`. */
async function verdicts(p: Page, selector: string): Promise<Record<string, string>> {
  return p.$$eval(selector, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-xref-claim')!, e.getAttribute('data-xref-verdict')!])));
}

describe('the popup for an Arabic page about Aleppo', () => {
  let popup: Page;

  beforeAll(async () => {
    popup = await openPopup(tabId);
    await popup.waitForSelector(ITEMS, { timeout: 20_000 });
  });

  it('lists the claims highlighted on the page, with the same verdicts', async () => {
    const listed = await verdicts(popup, ITEMS);
    expect(Object.keys(listed).length).toBeGreaterThanOrEqual(2);
    expect(listed).toEqual(await verdicts(page, MARKS));
    // Every verdict is spelled out, not only coloured.
    const badges = await popup.$$eval(`${ITEMS} .badge`, (els) => els.map((e) => e.textContent?.trim() ?? ''));
    for (const badge of badges) expect(badge).toMatch(/Corroborated|Conflicting|Mixed|Unverified|مؤكَّد|متعارض|متباين|غير متحقَّق منه/);
  });

  it('shows the 70% claim against the seed that reports 98%, both figures marked', async () => {
    const item = popup.locator(ITEMS, { hasText: SEVENTY });
    expect(['conflicting', 'mixed']).toContain(await item.getAttribute('data-xref-verdict'));
    await item.locator('.claim-toggle').click();
    const row = item.locator(`[data-xref-doc="${RT_SEED}"][data-xref-stance="conflicts"]`);
    await row.waitFor();
    const [pageSide, sourceSide] = await row.locator('blockquote').all();
    expect(await pageSide!.locator('mark.value-differs').innerText()).toContain('70');
    expect(await sourceSide!.locator('mark.value-differs').innerText()).toContain('98');
    expect(await sourceSide!.innerText()).toContain('98%');
    // Title, outlet or its absence, and a date: the reader can tell where the sentence is from.
    expect((await row.locator('.source-title').innerText()).trim()).not.toBe('');
    expect(await row.locator('.source-byline').innerText()).toMatch(/2016/);
    expect((await row.locator('.reason').innerText()).trim().length).toBeGreaterThan(5);
  });

  it('filters by verdict, with counts that match the list', async () => {
    const all = await verdicts(popup, ITEMS);
    const expected = Object.entries(all).filter(([, v]) => v === 'conflicting' || v === 'mixed').map(([id]) => id);
    await popup.click('[data-filter="conflicting"]');
    expect(Object.keys(await verdicts(popup, ITEMS))).toEqual(expected);
    expect(await popup.locator('[data-filter="conflicting"] .filter-count').innerText()).toBe(String(expected.length));
    await popup.click('[data-filter="all"]');
    expect(Object.keys(await verdicts(popup, ITEMS))).toEqual(Object.keys(all));
  });

  it('"open source" opens the source page on the evidence sentence', async () => {
    const row = popup.locator(`${ITEMS} [data-xref-doc="${RT_SEED}"]`).first();
    const evidence = (await row.locator('blockquote').nth(1).innerText()).trim();
    const [sourcePage] = await Promise.all([harness.context.waitForEvent('page'), row.locator('[data-action="open-source"]').click()]);
    await sourcePage.waitForSelector('#evidence', { timeout: 10_000 });
    expect(sourcePage.url()).toContain(`source.html?doc=${RT_SEED}&ev=`);
    const highlighted = await sourcePage.$$eval('mark[data-evidence]', (els) => els.map((e) => e.textContent).join(''));
    expect(highlighted.trim()).toBe(evidence);
    await sourcePage.close();
  });

  it('"show on page" brings the highlight of the claim into focus on the page', async () => {
    const item = popup.locator(ITEMS, { hasText: SEVENTY });
    const claimId = await item.getAttribute('data-xref-claim');
    await item.locator('[data-action="reveal"]').click();
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-xref-claim') === id, claimId, { timeout: 5_000 });
  });

  it('follows the system dark theme, verdicts still told by word and icon', async () => {
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(luminance(await background())).toBeGreaterThan(200);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(luminance(await background())).toBeLessThan(60);
    const text = await popup.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(text)).toBeGreaterThan(180);
    expect(await popup.locator(`${ITEMS} > .claim-toggle .badge-icon`).count()).toBe(await popup.locator(ITEMS).count());
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('switching the site off clears the page and says so; switching back on restores both', async () => {
    await popup.click('[data-switch="site-off"]');
    await popup.waitForSelector('[data-state="off"]');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, MARKS, { timeout: 10_000 });
    await popup.click('[data-state="off"] button');
    await popup.waitForSelector(ITEMS, { timeout: 20_000 });
    await page.waitForSelector(MARKS, { timeout: 20_000 });
    expect(await popup.isChecked('[data-switch="site-off"] input')).toBe(false);
  });

  it('pausing applies everywhere and is remembered', async () => {
    await popup.click('[data-switch="pause"]');
    await popup.waitForSelector('[data-state="paused"]');
    const again = await openPopup(tabId);
    await again.waitForSelector('[data-state="paused"]');
    expect(await again.isChecked('[data-switch="pause"] input')).toBe(true);
    await again.click('[data-state="paused"] button');
    await again.waitForSelector(ITEMS, { timeout: 20_000 });
    await popup.waitForSelector(ITEMS, { timeout: 20_000 });
    await again.close();
  });
});

describe('the popup opened on one claim (the hover card\'s "show comparison")', () => {
  it('opens with that claim expanded and its sources shown', async () => {
    const claimId = await page.locator(MARKS, { hasText: SEVENTY }).first().getAttribute('data-xref-claim');
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}&claim=${claimId}`);
    await popup.waitForSelector(`[data-xref-claim="${claimId}"] [data-xref-doc]`, { timeout: 20_000 });
    expect(await popup.locator('.claim-toggle[aria-expanded="true"]').count()).toBe(1);
    await popup.close();
  });
});

describe('the popup elsewhere', () => {
  it('says a page that is not about Aleppo was left alone', async () => {
    const unrelated = await harness.openPage('unrelated.html');
    const popup = await openPopup(await harness.tabIdOf(unrelated));
    await popup.waitForSelector('[data-state="not-about-aleppo"]', { timeout: 20_000 });
    expect(await popup.locator(ITEMS).count()).toBe(0);
    await popup.close();
    await unrelated.close();
  });

  it('says there is nothing to check on a page that is not on the web', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    // Without ?tab it shows the active tab: itself, an extension page.
    await popup.waitForSelector('[data-state="not-a-web-page"]', { timeout: 10_000 });
    expect(await popup.isDisabled('[data-switch="site-off"] input')).toBe(true);
    await popup.close();
  });

  it('made no request outside the machine', () => {
    expect(harness.externalRequests()).toEqual([]);
  });
});
