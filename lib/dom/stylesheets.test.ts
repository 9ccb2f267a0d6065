import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stylesheetsLoaded } from './stylesheets';

describe('stylesheetsLoaded', () => {
  const page = (html: string) => new JSDOM(html).window.document;

  it('resolves at once when no stylesheet is linked', async () => {
    await expect(stylesheetsLoaded(page('<p>text</p>'), 60_000)).resolves.toBeUndefined();
  });

  it('waits for a linked stylesheet to load or fail, and no longer', async () => {
    const doc = page('<link rel="stylesheet" href="/a.css"><link rel="Stylesheet" href="/b.css"><link rel="alternate stylesheet" href="/c.css">');
    let ready = false;
    const waiting = stylesheetsLoaded(doc, 60_000).then(() => (ready = true));
    const [a, b] = doc.querySelectorAll('link');
    a!.dispatchEvent(new doc.defaultView!.Event('load'));
    await Promise.resolve();
    expect(ready).toBe(false);
    b!.dispatchEvent(new doc.defaultView!.Event('error'));
    await waiting;
    expect(ready).toBe(true);
  });

  it('gives up after the longest wait', async () => {
    const doc = page('<link rel="stylesheet" href="/a.css">');
    await expect(stylesheetsLoaded(doc, 10)).resolves.toBeUndefined();
  });
});
