import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDoc } from '@/lib/engine/types';
import { EXTENSION_DIR, launchExtension, type Harness } from './harness';

/**
 * The source page on its own: a bundled seed shown by the extension itself (seeds have no URL),
 * with its metadata, its claims marked, and the evidence range named in the link highlighted
 * and scrolled into view.
 */

let harness: Harness;
const SEED = '003_c4c60020cb983868';
/** A sentence of that seed, as the popup would link to it. */
const EVIDENCE = 'أكدت موسكو أنها تجري مشاورات مكثفة مع أنقرة حول حلب';

/** The seed as the extension stores it: the bundled corpus it was built with. */
function bundledDoc(docId: string): CorpusDoc {
  const corpus = JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as { docs: CorpusDoc[] };
  const doc = corpus.docs.find((d) => d.docId === docId);
  if (!doc) throw new Error(`${docId} is not in the bundled corpus`);
  return doc;
}

beforeAll(async () => {
  harness = await launchExtension();
});

afterAll(async () => {
  await harness?.close();
});

describe('the source page', () => {
  it('shows a seed with its metadata and claims, the evidence highlighted and in view', async () => {
    const doc = bundledDoc(SEED);
    const start = doc.text.indexOf(EVIDENCE);
    expect(start).toBeGreaterThan(0);
    const page = await harness.openExtensionPage('source.html');
    // A short window, so the evidence lies below the fold unless the page scrolls to it.
    await page.setViewportSize({ width: 700, height: 360 });
    await page.goto(page.url().replace(/source\.html.*$/, `source.html?doc=${SEED}&ev=${start}-${start + EVIDENCE.length}`));
    await page.waitForSelector('#evidence', { timeout: 20_000 });

    const highlighted = await page.$$eval('mark[data-evidence]', (els) => els.map((e) => e.textContent).join(''));
    expect(highlighted).toBe(EVIDENCE);
    const inView = await page.$eval('#evidence', (el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    expect(await page.locator('h1').innerText()).toBe(doc.title || 'Untitled article');
    const meta = await page.locator('.meta').innerText();
    if (doc.outlet) expect(meta).toContain(doc.outlet);
    expect(meta).toContain('Bundled corpus');
    expect(meta).toContain('Right to left');
    expect(await page.locator('.article-body').getAttribute('dir')).toBe('rtl');
    const marked = await page.$$eval('.claim-mark', (els) => new Set(els.map((e) => e.getAttribute('data-claim'))).size);
    expect(marked).toBe(doc.claims.length);
    await page.close();
  });

  it('explains a link to a document that is not in the corpus', async () => {
    const page = await harness.openExtensionPage('source.html?doc=no-such-doc&ev=1-5');
    await page.waitForSelector('[data-state="not-found"]', { timeout: 20_000 });
    await page.close();
  });
});
