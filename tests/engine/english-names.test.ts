import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument, checkArticle, CorpusIndex, lacksNames, withNames, type ArticleInput, type NameFinder } from '../../lib/engine';
import { findEnglishNames } from '../../lib/engine/english/nlp';
import { extractArticle } from '../../lib/dom/extract';

/**
 * The engine never loads compromise itself: callers hand it the name finder, and the extension's
 * worker adds names to an analysis made without them only when the corpus can use them. Both
 * ways must give the same claims, or a cold worker would answer differently from a warm one.
 */

const ROOT = resolve(import.meta.dirname, '../..');

function pageInput(path: string): ArticleInput {
  const dom = new JSDOM(readFileSync(resolve(ROOT, path), 'utf8'), { virtualConsole: new VirtualConsole() });
  const article = extractArticle(dom.window.document)!;
  return { text: article.text, title: article.title, published: article.published, langHint: article.lang };
}

const ENGLISH_PAGES: [string, () => ArticleInput][] = [
  ['bench page', () => ({ text: readFileSync(resolve(ROOT, 'bench/fixtures/en-aleppo-evacuation.txt'), 'utf8'), published: '2016-12-15' })],
  ['wire page', () => pageInput('tests/fixtures/xref/en-wire-evacuation/source.html')],
  ['holdout live page', () => pageInput('tests/fixtures/xref-holdout/en_h5_wnx_live_aleppo.html')],
];

describe('English names added after analysis', () => {
  it.each(ENGLISH_PAGES)('give the same claims as analysing with names (%s)', (_, input) => {
    const page = input();
    const direct = analyzeArticle(page, { names: findEnglishNames });
    const plain = analyzeArticle(page);
    expect(lacksNames(plain)).toBe(true);
    expect(withNames(plain, findEnglishNames)).toEqual(direct);
  });

  it('are found on those pages (the comparison above is not of empty lists)', () => {
    const found = ENGLISH_PAGES.flatMap(([, input]) => analyzeArticle(input(), { names: findEnglishNames }).claims.flatMap((c) => c.frame.entities ?? []));
    expect(found.length).toBeGreaterThan(0);
  });

  it('are not looked up unless a finder is given', () => {
    const page = ENGLISH_PAGES[0]![1]();
    const calls: string[] = [];
    const spy: NameFinder = (text, span) => {
      calls.push(text.slice(span.start, span.end));
      return findEnglishNames(text, span);
    };
    const plain = analyzeArticle(page);
    expect(plain.claims.every((c) => c.frame.entities === undefined && !c.keys.some((k) => k.startsWith('E:')))).toBe(true);
    analyzeArticle(page, { names: spy });
    expect(calls.length).toBeGreaterThan(0);
  });

  it('are never needed for an Arabic page', () => {
    const text = readFileSync(resolve(ROOT, 'bench/fixtures/ar-aleppo-evacuation.txt'), 'utf8');
    const analysis = analyzeArticle({ text, published: '2016-12-15' });
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(lacksNames(analysis)).toBe(false);
  });

  it('count in a match between English statements: a source naming someone else scores lower', () => {
    const story = (who: string) => `The first convoy of buses, escorted by ${who}, left eastern Aleppo for Idlib on Thursday.`;
    const source = (docId: string, who: string) =>
      analyzeDocument(
        { docId, title: 'Aleppo', outlet: docId, published: '2016-12-15', lang: 'en', url: null, origin: 'saved', text: `${story(who)} More buses were expected.` },
        { names: findEnglishNames },
      );
    const index = new CorpusIndex([source('same', 'Mercy Corps volunteers'), source('other', 'Hope Foundation volunteers')]);
    const page = { text: `Aleppo. ${story('Mercy Corps volunteers')}`, published: '2016-12-15' };
    const scores = (names?: NameFinder) => {
      const matches = checkArticle(page, index, { names }).claims[0]!.matches;
      return Object.fromEntries(matches.map((m) => [m.docId, m.score]));
    };
    const withFinder = scores(findEnglishNames);
    expect(withFinder.same).toBe(1);
    expect(withFinder.other).toBeLessThan(scores().other!);
  });
});
