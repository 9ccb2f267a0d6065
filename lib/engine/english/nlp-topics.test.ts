import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { FINDER_OF_KIND } from './nlp';

/**
 * nlp.ts tags with compromise's tagger alone ('compromise/two') and finds names with copies of
 * the full build's people(), places() and organizations(). Here the full build is loaded (this
 * file only: vitest gives each file its own modules) and both find the same names, at the same
 * offsets, in every English sentence of the fixtures and the bench page.
 */

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : /\.(html|txt)$/.test(e.name) ? [`${dir}/${e.name}`] : []));
}

const sentences = [resolve(ROOT, 'bench/fixtures/en-aleppo-evacuation.txt'), ...['xref', 'xref-dev', 'xref-holdout', 'xref-holdout2', 'pages'].flatMap((d) => files(resolve(ROOT, 'tests/fixtures', d)))]
  .map((f) => readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' '))
  .flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/))
  .filter((s) => /[A-Z]/.test(s) && !/[\u0600-\u06ff]/.test(s) && s.length > 20 && s.length < 2_000);

const offsets = (view: { json(opts: object): unknown }) => (view.json({ offset: true }) as { offset: unknown }[]).map((m) => m.offset);

describe('the name finders on the tagger alone', () => {
  it('find what the full build of compromise finds, sentence by sentence', () => {
    expect(sentences.length).toBeGreaterThan(300);
    let found = 0;
    for (const sentence of sentences) {
      const doc = nlp(sentence);
      const full = [doc.people(), doc.places(), doc.organizations()].map(offsets);
      const ours = FINDER_OF_KIND.map(([, find]) => offsets(find(doc)));
      expect(ours, sentence).toEqual(full);
      found += ours.flat().length;
    }
    expect(found).toBeGreaterThan(300);
  });
});
