import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/**
 * The popup under an Arabic browser: Arabic strings, right-to-left layout, and reasons from the
 * background in Arabic too (Chromium's service worker misreports its UI language, which once
 * left English reasons inside an Arabic popup).
 */

let harness: Harness;
let popup: Page;
const ITEMS = 'li[data-xref-claim][data-xref-verdict]';
const ARABIC = /[\u0600-\u06FF]/;

beforeAll(async () => {
  harness = await launchExtension({ uiLanguage: 'ar' });
  const page = await harness.openPage('aleppo-ar.html');
  await page.waitForSelector('xref-mark[data-xref-claim]', { timeout: 20_000 });
  popup = await harness.openExtensionPage(`popup.html?tab=${await harness.tabIdOf(page)}`);
  await popup.waitForSelector(ITEMS, { timeout: 20_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('the popup in an Arabic browser', () => {
  it('is laid out right to left, in Arabic', async () => {
    expect(await popup.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await popup.locator('[data-filter="all"]').innerText()).toContain('الكل');
    // The header's start is on the right: the title sits right of the switches' row end.
    const title = await popup.locator('.popup-title h1').boundingBox();
    const save = await popup.locator('[data-xref-action="save"]').boundingBox();
    expect(title!.x).toBeGreaterThan(save!.x);
  });

  it('gives the comparison and its reasons in Arabic', async () => {
    // The fixture's 70% figure, which the seed reporting 98% contradicts.
    await popup.locator(ITEMS, { hasText: '70 في المئة' }).locator('.claim-toggle').click();
    const row = popup.locator('[data-xref-doc]').first();
    await row.waitFor();
    const reason = await row.locator('.reason').innerText();
    expect(reason).toMatch(ARABIC);
    expect(reason).not.toMatch(/\b(differs|same|reports|conflicts|corroborates)\b/i);
    expect(await row.locator('[data-action="open-source"]').innerText()).toContain('فتح المصدر');
  });
});
