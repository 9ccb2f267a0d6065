import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, checkArticle, CorpusIndex, type CheckResult, type CorpusDoc } from '@/lib/engine';
import { saveDoc, setDocHidden, toStoredDoc } from '@/lib/db/corpus-store';
import { readCorpusStamp, readIndexStats, sameStamp } from '@/lib/db/index-reads';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { ENGINE_VERSION } from '@/lib/engine';
import { WIRE } from '@/lib/corpus/test-articles';
import { syntheticArticle } from '@/bench/synthetic-corpus';
import { buildWindowIndex, IndexLoader, pageDay } from './index-loader';


/**
 * The window index must answer a page exactly as the full index does. The corpus: the five seeds
 * and 240 synthetic articles over 40 days (most outside any page's ±10-day window), a few of them
 * undated (they match pages of every date) and one hidden (it matches none).
 */

const CORPUS_ARTICLES = 240;
const UNDATED_EVERY = 40;
const HIDDEN_ID = 'synthetic-7-3';

let corpus: CorpusDoc[];
let pages: { text: string; title: string; published: string | null; langHint: string }[];
const open: XrefDb[] = [];
let count = 0;

beforeAll(() => {
  const sources = JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as { seeds: { id: string; published: string }[] };
  const seeds = sources.seeds.map((s) =>
    analyzeDocument({ docId: s.id, title: s.id, outlet: null, published: s.published, lang: 'ar', url: null, origin: 'seed', text: readFileSync(`seeds/${s.id}.txt`, 'utf8') }),
  );
  const synthetic = Array.from({ length: CORPUS_ARTICLES }, (_, i) => {
    const article = syntheticArticle(7, i);
    return analyzeDocument({ ...article, published: i % UNDATED_EVERY === 5 ? null : article.published });
  });
  corpus = [...seeds, ...synthetic];
  // Pages the corpus does not hold (another generator seed), across the corpus's weeks and in
  // both languages, and one dated months after every source.
  pages = Array.from({ length: 14 }, (_, i) => syntheticArticle(99, i)).map((a) => ({ text: a.text, title: a.title, published: `${a.published}T09:30:00Z`, langHint: a.lang }));
  pages.push({ text: WIRE, title: 'Evacuation', published: '2016-12-15', langHint: 'en' });
  pages.push({ text: WIRE, title: 'Evacuation', published: '2017-06-01', langHint: 'en' });
});

async function corpusDb(): Promise<XrefDb> {
  const db = openXrefDb(`index-loader-${++count}-${Date.now()}`);
  open.push(db);
  await db.docs.bulkAdd(corpus.map((d) => toStoredDoc(d, { addedAt: '2026-01-01T00:00:00.000Z' })));
  await db.docs.update(HIDDEN_ID, { hidden: 1 });
  return db;
}

/**
 * A database whose counts were saved by a finished full build (as in the worker's last life), and
 * that full index: the reference a fresh worker would build (documents in id order).
 */
async function warmedDb(): Promise<{ db: XrefDb; full: CorpusIndex }> {
  const db = await corpusDb();
  return { db, full: await new IndexLoader(db).index() };
}

function check(page: (typeof pages)[number], index: CorpusIndex): CheckResult {
  return checkArticle(page, index, { uiLang: 'en' });
}

const matchCount = (r: CheckResult) => r.claims.reduce((n, c) => n + c.matches.length, 0);

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('window index', () => {
  it('answers every dated page exactly as the index over the whole corpus does', async () => {
    const { db, full } = await warmedDb();
    const saved = await readIndexStats(db);
    expect(saved).not.toBeNull();
    let matched = 0;
    let leftOut = 0;
    for (const page of pages) {
      const window = await buildWindowIndex(db, pageDay(page.published)!, saved!);
      expect(window).not.toBeNull();
      expect(window!.has(HIDDEN_ID)).toBe(false);
      // Documents outside the window are really left out (the placeholder is one document).
      leftOut += full.size - (window!.size - 1);
      const expected = check(page, full);
      expect(check(page, window!)).toEqual(expected);
      matched += matchCount(expected);
    }
    expect(leftOut).toBeGreaterThan(pages.length * 50);
    expect(matched).toBeGreaterThan(20);
  });

  it('needs the counts of the documents left out: without them the scores differ', async () => {
    const { db, full } = await warmedDb();
    const saved = (await readIndexStats(db))!;
    let differing = 0;
    for (const page of pages) {
      const window = (await buildWindowIndex(db, pageDay(page.published)!, saved))!;
      const bare = new CorpusIndex((await db.docs.orderBy('docId').toArray()).filter((d) => d.hidden === 0 && window.has(d.docId)));
      if (JSON.stringify(check(page, bare)) !== JSON.stringify(check(page, full))) differing++;
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('is refused once the corpus changed after the counts were saved (save, hide)', async () => {
    const { db } = await warmedDb();
    const saved = (await readIndexStats(db))!;
    await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    expect(await buildWindowIndex(db, '2016-12-15', saved)).toBeNull();

    const { db: db2 } = await warmedDb();
    const saved2 = (await readIndexStats(db2))!;
    await setDocHidden(db2, 'synthetic-7-10', true);
    expect(await buildWindowIndex(db2, '2016-12-15', saved2)).toBeNull();
  });
});

describe('IndexLoader', () => {
  it('builds the full index in chunks, leaving hidden documents out, and saves counts that fit the corpus', async () => {
    const db = await corpusDb();
    const index = await new IndexLoader(db, 16).index();
    expect(index.size).toBe(corpus.length - 1);
    expect(index.has(HIDDEN_ID)).toBe(false);
    const saved = (await readIndexStats(db))!;
    expect(sameStamp(saved.stamp, await readCorpusStamp(db, ENGINE_VERSION))).toBe(true);
    expect(saved.stats.claims).toBe(corpus.filter((d) => d.docId !== HIDDEN_ID).reduce((n, d) => n + d.claims.length, 0));
  });

  it('after a cold start answers a dated page from its window before the full index is built, with the full answer', async () => {
    const { db } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    const page = pages[0]!;
    const first = await loader.indexFor(page.published);
    const full = await loader.index();
    expect(first).not.toBe(full);
    expect(check(page, first)).toEqual(check(page, full));
    // Once built, the full index answers.
    expect(await loader.indexFor(page.published)).toBe(full);
  });

  it('makes undated pages wait for the full index', async () => {
    const { db } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    expect(await loader.indexFor(null)).toBe(await loader.index());
  });

  it('without saved counts (first start, or a changed corpus) answers from the full index', async () => {
    const db = await corpusDb();
    const loader = new IndexLoader(db, 4);
    expect(await loader.indexFor('2016-12-15')).toBe(await loader.index());
  });

  it('keeps changes made while the full index is being built, and answers from it from then on', async () => {
    const { db } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    const outcome = await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    expect(outcome.status).toBe('saved');
    const savedDoc = (await db.docs.get(outcome.status === 'saved' ? outcome.doc.docId : ''))!;
    const added = loader.add(savedDoc);
    await setDocHidden(db, 'synthetic-7-10', true);
    const removed = loader.remove('synthetic-7-10');
    const pageIndex = await loader.indexFor('2016-12-15');
    await Promise.all([added, removed]);
    const full = await loader.index();
    expect(pageIndex).toBe(full);
    expect(full.has(savedDoc.docId)).toBe(true);
    expect(full.has('synthetic-7-10')).toBe(false);
    // The changes are saved with the counts (here at once rather than after the quiet time).
    await loader.saveCounts();
    expect(sameStamp((await readIndexStats(db))!.stamp, await readCorpusStamp(db, ENGINE_VERSION))).toBe(true);
  });

  it('saves the counts again after a change, so the next cold start answers from a window again', async () => {
    const { db } = await warmedDb();
    const warm = new IndexLoader(db);
    await warm.index();
    const outcome = await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    await warm.add((await db.docs.get(outcome.status === 'saved' ? outcome.doc.docId : ''))!);
    await setDocHidden(db, 'synthetic-7-10', true);
    await warm.remove('synthetic-7-10');
    await warm.saveCounts();

    const cold = new IndexLoader(db, 4);
    const page = pages.find((p) => p.text === WIRE)!;
    const first = await cold.indexFor(page.published);
    const full = await cold.index();
    expect(first).not.toBe(full);
    expect(check(page, first)).toEqual(check(page, full));
    expect(full.has('synthetic-7-10')).toBe(false);
  });
});

describe('pageDay', () => {
  it.each([
    ['2016-12-15T09:30:00Z', '2016-12-15'],
    ['2016-12-15', '2016-12-15'],
    ['not a date', null],
    ['', null],
    [null, null],
  ])('%s → %s', (published, day) => {
    expect(pageDay(published)).toBe(day);
  });
});
