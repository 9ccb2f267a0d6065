import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, withNames } from '@/lib/engine';
import { findEnglishNames } from '@/lib/engine/english/nlp';
import { withNamesIfNeeded } from './english-names';

/**
 * A cold worker may load the name finder while its index is still being read, on the word of a
 * quicker answer (a stored English document); whether names are used is decided by the index, so
 * the analysis is the same whichever answers first.
 */

// The bench's English page: names the lexicon lacks in several claims.
const plain = analyzeArticle({ text: readFileSync('bench/fixtures/en-aleppo-evacuation.txt', 'utf8'), published: '2016-12-15', langHint: 'en' });
const named = withNames(plain, findEnglishNames);

/** A promise resolved by hand, and what happened in which order. */
function gate(log: string[], name: string, value: boolean) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, ask: async () => (await opened, log.push(name), value) };
}

describe('withNamesIfNeeded', () => {
  it('loads the finder as soon as the corpus may have English statements, before the index says it has', async () => {
    const log: string[] = [];
    const has = gate(log, 'has', true);
    const load = async () => (log.push('load'), findEnglishNames);
    const analysis = withNamesIfNeeded(plain, has.ask, load, async () => true);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['load']);
    has.open();
    expect(await analysis).toEqual(named);
    expect(log).toEqual(['load', 'has']);
  });

  it('keeps the analysis without names when the index has no English statement, loaded early or not', async () => {
    let loads = 0;
    const load = async () => (loads++, findEnglishNames);
    expect(await withNamesIfNeeded(plain, async () => false, load, async () => true)).toBe(plain);
    expect(loads).toBe(1);
    expect(await withNamesIfNeeded(plain, async () => false, load, async () => false)).toBe(plain);
    expect(await withNamesIfNeeded(plain, async () => false, load)).toBe(plain);
    expect(loads).toBe(1);
  });

  it('adds the names when the index has English statements, whatever the early answer was', async () => {
    for (const may of [undefined, async () => false, async () => true]) {
      expect(await withNamesIfNeeded(plain, async () => true, async () => findEnglishNames, may)).toEqual(named);
    }
    expect(named.claims.some((c, i) => c !== plain.claims[i])).toBe(true);
  });

  it('never loads the finder for an analysis without English claims', async () => {
    const arabic = analyzeArticle({ text: 'حلب\n\nذكرت وزارة الدفاع الروسية يوم الثلاثاء أن الجيش السوري بات يسيطر على 70 في المئة من مساحة مدينة حلب.', published: '2016-12-13', langHint: 'ar' });
    const load = async () => {
      throw new Error('loaded');
    };
    expect(await withNamesIfNeeded(arabic, async () => true, load, async () => true)).toBe(arabic);
  });
});
