import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeArticle, analyzeDocument, checkArticle, CorpusIndex, matchAnalysis, type CheckResult, type CorpusDoc } from '@/lib/engine';
import { getDoc, saveDoc, setDocHidden, toStoredDoc } from '@/lib/db/corpus-store';
import { deleteDocs, readDocs, writeDocs } from '@/lib/db/doc-rows';
import { readCorpusStamp, readRankingSnapshot, sameStamp } from '@/lib/db/index-reads';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { ENGINE_VERSION } from '@/lib/engine';
import { WIRE } from '@/lib/corpus/test-articles';
import { syntheticArticle } from '@/bench/synthetic-corpus';
import { IndexLoader } from './index-loader';


/**
 * An index loaded from the ranking snapshot must answer a page exactly as the full index does.
 * The corpus: the five seeds and 240 synthetic articles over 40 days, a few of them undated (they
 * match pages of every date) and one hidden (it matches none).
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
  // Analysing 245 articles takes a few seconds, more while other suites run beside it.
}, 60_000);

async function corpusDb(): Promise<XrefDb> {
  const db = openXrefDb(`index-loader-${++count}-${Date.now()}`);
  open.push(db);
  await writeDocs(db, corpus.map((d) => toStoredDoc(d, { addedAt: '2026-01-01T00:00:00.000Z' })));
  await db.docs.update(HIDDEN_ID, { hidden: 1 });
  return db;
}

/**
 * A database whose ranking snapshot was saved by a finished full build (as in the worker's last
 * life), and that full index: the reference a fresh worker would build (documents in id order).
 */
async function warmedDb(): Promise<{ db: XrefDb; full: CorpusIndex }> {
  const db = await corpusDb();
  return { db, full: await new IndexLoader(db).index() };
}

/** A page checked the way the background does: analysed, its candidates loaded, matched. */
async function checkCold(page: (typeof pages)[number], loader: IndexLoader): Promise<{ result: CheckResult; index: CorpusIndex }> {
  const analysis = analyzeArticle(page);
  const index = await loader.indexFor(analysis.claims, { published: analysis.published });
  return { result: matchAnalysis(analysis, page.text, index, { uiLang: 'en' }), index };
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

describe('cold start from the ranking snapshot', () => {
  it('answers every page, dated or not, exactly as the index over the whole corpus does, reading only some documents', async () => {
    const { db, full } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    let matched = 0;
    for (const page of [...pages, { ...pages[0]!, published: null }]) {
      const expected = check(page, full);
      const { result, index } = await checkCold(page, loader);
      expect(result).toEqual(expected);
      matched += matchCount(expected);
      if (page === pages[0]) {
        // The first answer came before most documents were read.
        expect(index.unloaded).toBeGreaterThan(corpus.length / 2);
        expect(index.has(HIDDEN_ID)).toBe(false);
      }
    }
    expect(matched).toBeGreaterThan(20);
    // The rest is read afterwards.
    const all = await loader.index();
    expect(all.unloaded).toBe(0);
    expect(all.size).toBe(full.size);
  });

  it('is not used once the corpus changed outside the worker (a save, a hide): the index is built from the documents', async () => {
    const { db } = await warmedDb();
    const outcome = await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    await setDocHidden(db, 'synthetic-7-10', true);
    const loader = new IndexLoader(db, 4);
    const page = pages.find((p) => p.text === WIRE)!;
    const { result, index } = await checkCold(page, loader);
    expect(index.unloaded).toBe(0);
    expect(index.has(outcome.status === 'saved' ? outcome.doc.docId : '')).toBe(true);
    expect(index.has('synthetic-7-10')).toBe(false);
    const stored = await readDocs(db, (await db.docs.orderBy('docId').primaryKeys()) as string[]);
    const reference = new CorpusIndex(stored.filter((d) => d !== undefined && d.hidden === 0) as CorpusDoc[]);
    expect(result).toEqual(check(page, reference));
    // …and a snapshot of the new corpus is saved for the next start.
    expect(sameStamp((await readRankingSnapshot(db, ENGINE_VERSION))!.stamp, await readCorpusStamp(db, ENGINE_VERSION))).toBe(true);
  });

  it('reads a document that changed after the snapshot was checked anew, and drops one deleted or hidden meanwhile', async () => {
    const { db, full } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    const page = pages[0]!;
    const analysis = analyzeArticle(page);
    const live = await loader.indexFor([], { published: null });
    const wanted = [...new Set(live.statementsToLoad(analysis.claims, { published: analysis.published }).map((r) => r.docId))];
    expect(wanted.length).toBeGreaterThan(2);
    // Outside the worker: one candidate document deleted, another re-analysed with one statement
    // less, a third hidden.
    await db.transaction('rw', db.docs, db.statements, () => deleteDocs(db, [wanted[0]!]));
    await db.docs.update(wanted[2]!, { hidden: 1 });
    const changed = (await getDoc(db, wanted[1]!))!;
    await writeDocs(db, [{ ...changed, claims: changed.claims.slice(1), rev: 'changed' }]);
    const { result, index } = await checkCold(page, loader);
    expect(index.has(wanted[0]!)).toBe(false);
    expect(index.has(wanted[2]!)).toBe(false);
    expect(index.get(wanted[1]!)?.claims.length).toBe(changed.claims.length - 1);
    full.remove(wanted[0]!);
    full.remove(wanted[2]!);
    full.add({ ...changed, claims: changed.claims.slice(1) });
    expect(JSON.stringify(result.claims.map((c) => c.matches.map((m) => m.docId).sort()))).toBe(JSON.stringify(check(page, full).claims.map((c) => c.matches.map((m) => m.docId).sort())));
    await loader.index();
  });

  it('never mixes the statements of a document read before and after it changed behind the worker', async () => {
    const { db } = await warmedDb();
    const loader = new IndexLoader(db, 4);
    const ctxOf = (a: { published: string | null }) => ({ published: a.published });
    const first = analyzeArticle(pages[0]!);
    const snapshot = await loader.indexFor([], ctxOf(first));
    const candidates = new Set(snapshot.statementsToLoad(first.claims, ctxOf(first)).map((r) => r.docId));
    const live = await loader.indexFor(first.claims, ctxOf(first));
    // A document some of whose statements the first page read, and that a later page needs more of.
    let later: ReturnType<typeof analyzeArticle> | undefined;
    let partly: string | undefined;
    for (const page of pages.slice(1)) {
      const a = analyzeArticle(page);
      partly = live.statementsToLoad(a.claims, ctxOf(a)).map((r) => r.docId).find((id) => candidates.has(id) && !live.isLoaded(id));
      if (partly) {
        later = a;
        break;
      }
    }
    expect(partly).toBeDefined();
    // Outside the worker: a new revision, the same keys (so ranking cannot tell), other texts.
    const before = (await getDoc(db, partly!))!;
    await writeDocs(db, [{ ...before, claims: before.claims.map((c) => ({ ...c, text: `${c.text} (revised)` })), rev: 'revised' }]);
    // Its statements are all of one revision: the later page's read finds the new one and reads
    // the document anew, whole (or, if the full read in the background got there first, before
    // the change, all are the old one).
    const revisions = (index: CorpusIndex) => new Set(index.get(partly!)!.claims.map((c) => c.text.endsWith(' (revised)')));
    expect((await loader.indexFor(later!.claims, ctxOf(later!))).get(partly!)).toBeDefined();
    expect(revisions(await loader.indexFor(later!.claims, ctxOf(later!))).size).toBe(1);
    expect(revisions(await loader.index()).size).toBe(1);
  });
});

describe('IndexLoader', () => {
  it('says early whether the corpus may have statements in a language: some stored document is in it', async () => {
    const db = await corpusDb();
    const where = vi.spyOn(db.docs, 'where');
    const loader = new IndexLoader(db, 16);
    // English is asked at once, before the snapshot's read (in Chromium a later read waits behind it).
    expect(where).toHaveBeenCalledWith('lang');
    where.mockRestore();
    expect(await loader.mayHaveStatementsIn('en')).toBe(true);
    expect(await loader.mayHaveStatementsIn('fr')).toBe(false);
    expect((await loader.index()).hasStatementsIn('en')).toBe(true);
    const seedsOnly = openXrefDb(`index-loader-${++count}-${Date.now()}`);
    open.push(seedsOnly);
    await writeDocs(seedsOnly, corpus.filter((d) => d.lang === 'ar').map((d) => toStoredDoc(d, { addedAt: '2026-01-01T00:00:00.000Z' })));
    const arabic = new IndexLoader(seedsOnly, 16);
    expect(await arabic.mayHaveStatementsIn('en')).toBe(false);
    expect((await arabic.index()).hasStatementsIn('en')).toBe(false);
  });

  it('builds the full index in chunks, leaving hidden documents out, and saves a snapshot that fits the corpus', async () => {
    const db = await corpusDb();
    const index = await new IndexLoader(db, 16).index();
    expect(index.size).toBe(corpus.length - 1);
    expect(index.has(HIDDEN_ID)).toBe(false);
    const saved = (await readRankingSnapshot(db, ENGINE_VERSION))!;
    expect(saved).not.toBeNull();
    const fromSnapshot = CorpusIndex.fromSnapshot(saved.snapshot);
    expect(fromSnapshot.size).toBe(index.size);
    expect(fromSnapshot.unloaded).toBe(index.size);
  });

  it('keeps changes made while the index is being built, and saves them', async () => {
    const { db } = await warmedDb();
    const outcome = await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    const loader = new IndexLoader(db, 4);
    expect(outcome.status).toBe('saved');
    const savedDoc = (await getDoc(db, outcome.status === 'saved' ? outcome.doc.docId : ''))!;
    const added = loader.add(savedDoc);
    await setDocHidden(db, 'synthetic-7-10', true);
    const removed = loader.remove('synthetic-7-10');
    const { index } = await checkCold(pages.find((p) => p.text === WIRE)!, loader);
    await Promise.all([added, removed]);
    expect(index.has(savedDoc.docId)).toBe(true);
    expect(index.has('synthetic-7-10')).toBe(false);
    // The changes are saved with the snapshot (here at once rather than after the quiet time).
    await loader.saveSnapshot();
    expect(sameStamp((await readRankingSnapshot(db, ENGINE_VERSION))!.stamp, await readCorpusStamp(db, ENGINE_VERSION))).toBe(true);
  });

  it('saves the snapshot again after a change, so the next cold start uses it and finds the saved article', async () => {
    const { db } = await warmedDb();
    const warm = new IndexLoader(db);
    await warm.index();
    const outcome = await saveDoc(db, { title: 'Wire', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    const savedId = outcome.status === 'saved' ? outcome.doc.docId : '';
    await warm.add((await getDoc(db, savedId))!);
    await setDocHidden(db, 'synthetic-7-10', true);
    await warm.remove('synthetic-7-10');
    await warm.saveSnapshot();

    const cold = new IndexLoader(db, 4);
    // A page that is the saved article's own text never matches it; a page telling the same matches it.
    const page = { text: WIRE.replace(/\bAleppo\b/, 'Aleppo city'), title: 'Evacuation', published: '2016-12-15', langHint: 'en' };
    const { result, index } = await checkCold(page, cold);
    expect(index.unloaded).toBeGreaterThan(0);
    expect(index.has('synthetic-7-10')).toBe(false);
    expect(result.claims.flatMap((c) => c.matches.map((m) => m.docId))).toContain(savedId);
    expect(result).toEqual(check(page, await cold.index()));
  });
});
