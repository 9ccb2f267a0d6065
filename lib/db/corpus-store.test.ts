import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/engine';
import { parseCorpusFile } from '@/lib/corpus/exchange';
import { AR_SYNDICATED, AR_WIRE, SAME_EVENT_OTHER_STORY, SYNDICATED, WIRE } from '@/lib/corpus/test-articles';
import {
  CorpusStoreError,
  deleteSavedDoc,
  docIdsForUrl,
  exportCorpus,
  importDocs,
  listDocs,
  saveDoc,
  searchDocs,
  setDocHidden,
  storageUsage,
  toStoredDoc,
  type SaveCandidate,
} from './corpus-store';
import { openXrefDb, type XrefDb } from './schema';
import { writeDocs } from './doc-rows';

const SEED_ID = '002_a8476a3b33d16d22';
let dbCount = 0;
const open: XrefDb[] = [];

/** A fresh database holding one bundled seed, as the background's seeding leaves it. */
async function freshDb(): Promise<XrefDb> {
  const db = openXrefDb(`corpus-store-test-${++dbCount}-${Date.now()}`);
  open.push(db);
  const text = readFileSync(`seeds/${SEED_ID}.txt`, 'utf8');
  const seed = analyzeDocument({ docId: SEED_ID, title: 'Seed', outlet: null, published: '2016-12-13', lang: 'ar', url: null, origin: 'seed', text });
  await writeDocs(db, [toStoredDoc(seed, { addedAt: '2026-01-01T00:00:00.000Z', corpusVersion: 'test' })]);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

const WIRE_PAGE: SaveCandidate = {
  title: 'Buses leave east Aleppo',
  outlet: 'Example Wire',
  published: '2016-12-15T22:40:00-05:00',
  url: 'https://www.example-wire.org/world/aleppo-buses?utm_source=twitter',
  langHint: 'en',
  text: WIRE,
};
const COPY_PAGE: SaveCandidate = {
  title: 'Aleppo evacuation finally under way',
  outlet: 'The Evening Courier',
  published: '2016-12-15',
  url: 'https://courier.example.com/aleppo-evacuation',
  langHint: 'en',
  text: SYNDICATED,
};

/** Makes every write of `db` fail the way a full disk does (the browser's QuotaExceededError). */
async function fillDisk(db: XrefDb): Promise<void> {
  // Dexie applies middleware when the database opens.
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
      },
    }),
  });
  await db.open();
}

describe('saving', () => {
  it('stores an analysed article that the manager lists with its claims', async () => {
    const db = await freshDb();
    const outcome = await saveDoc(db, WIRE_PAGE);
    expect(outcome.status).toBe('saved');
    const list = await listDocs(db);
    expect(list.map((d) => d.origin)).toEqual(['seed', 'saved']);
    const saved = list[1]!;
    expect(saved).toMatchObject({ title: 'Buses leave east Aleppo', outlet: 'Example Wire', published: '2016-12-15', lang: 'en', origin: 'saved', hidden: false });
    expect(saved.docId).toMatch(/^saved_[0-9a-f]{16}$/);
    expect(saved.claimCount).toBeGreaterThan(0);
    expect(await docIdsForUrl(db, 'http://example-wire.org/world/aleppo-buses#top')).toEqual([saved.docId]);
  });

  it('refuses the same page saved again under another address', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const again = await saveDoc(db, { ...WIRE_PAGE, url: 'https://example-wire.org/world/aleppo-buses/amp?fbclid=1', title: 'Other title' }, { keepBoth: true });
    expect(again).toMatchObject({ status: 'duplicate', duplicate: { reason: 'same-url', keepBothAllowed: false } });
    expect(await db.docs.count()).toBe(2);
  });

  it('offers to keep another outlet\'s copy of agency text, and keeps it only when asked', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const refused = await saveDoc(db, COPY_PAGE);
    expect(refused).toMatchObject({ status: 'duplicate', duplicate: { reason: 'near-duplicate', keepBothAllowed: true, existing: { outlet: 'Example Wire' } } });
    const kept = await saveDoc(db, COPY_PAGE, { keepBoth: true });
    expect(kept.status).toBe('saved');
    expect(await db.docs.count()).toBe(3);
  });

  it('compares with a document stored without a fingerprint (an early seed) through its text', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const [wire] = await db.docs.where('origin').equals('saved').toArray();
    await db.docs.update(wire!.docId, { fingerprint: '' });
    const refused = await saveDoc(db, COPY_PAGE);
    expect(refused).toMatchObject({ status: 'duplicate', duplicate: { reason: 'near-duplicate', existing: { docId: wire!.docId, claimCount: wire!.claimCount } } });
  });

  it('never keeps two copies from the same outlet', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const sameOutlet = await saveDoc(db, { ...COPY_PAGE, outlet: 'example wire' }, { keepBoth: true });
    expect(sameOutlet).toMatchObject({ status: 'duplicate', duplicate: { reason: 'near-duplicate', keepBothAllowed: false } });
  });

  it('saves a different report of the same event without a duplicate notice', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const other = await saveDoc(db, { ...COPY_PAGE, text: SAME_EVENT_OTHER_STORY });
    expect(other.status).toBe('saved');
  });

  it('reports a full disk clearly and loses nothing already stored', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const before = await db.docs.toArray();
    await fillDisk(db);
    const error = await saveDoc(db, COPY_PAGE, { keepBoth: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusStoreError);
    expect((error as CorpusStoreError).code).toBe('quota-exceeded');
    expect((error as Error).message).toMatch(/no more room/);
    expect(await db.docs.toArray()).toEqual(before);
  });
});

describe('managing', () => {
  it('deletes saved articles but only hides and restores seeds', async () => {
    const db = await freshDb();
    const saved = await saveDoc(db, WIRE_PAGE);
    if (saved.status !== 'saved') throw new Error('not saved');
    await expect(deleteSavedDoc(db, SEED_ID)).rejects.toMatchObject({ code: 'seed-not-deletable' });
    expect((await setDocHidden(db, SEED_ID, true)).hidden).toBe(true);
    expect((await listDocs(db)).find((d) => d.docId === SEED_ID)?.hidden).toBe(true);
    await setDocHidden(db, SEED_ID, false);
    expect((await db.docs.get(SEED_ID))?.hidden).toBe(0);
    await deleteSavedDoc(db, saved.doc.docId);
    expect((await listDocs(db)).map((d) => d.docId)).toEqual([SEED_ID]);
    await expect(deleteSavedDoc(db, saved.doc.docId)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('searches Arabic (normalised, stemmed) and English documents', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    await saveDoc(db, { title: 'اتفاق حلب', outlet: 'وكالة', published: null, url: 'https://ar.example.net/a', langHint: 'ar', text: AR_WIRE });
    expect((await searchDocs(db, 'حميميم')).map((d) => d.lang)).toEqual(['ar']);
    expect((await searchDocs(db, 'استخبارات الاناضول')).map((d) => d.docId)).toEqual([SEED_ID]);
    expect((await searchDocs(db, 'ambulances RAMOUSEH')).map((d) => d.outlet)).toEqual(['Example Wire']);
    expect(await searchDocs(db, 'Palmyra')).toEqual([]);
  });

  it('counts documents for the storage panel', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    await setDocHidden(db, SEED_ID, true);
    expect(await storageUsage(db)).toMatchObject({ docs: 2, saved: 1, hidden: 1 });
  });
});

describe('export and import', () => {
  it('round-trips the saved articles into another installation', async () => {
    const source = await freshDb();
    await saveDoc(source, WIRE_PAGE);
    await saveDoc(source, { title: 'اتفاق حلب', outlet: 'وكالة', published: null, url: null, langHint: 'ar', text: AR_WIRE });
    const file = await exportCorpus(source, 'saved');
    const parsed = parseCorpusFile(file);
    expect(parsed.docs).toHaveLength(2);

    const target = await freshDb();
    const summary = await importDocs(target, parsed.docs);
    expect(summary).toMatchObject({ imported: 2, skippedSameDoc: 0 });
    const imported = (await listDocs(target)).filter((d) => d.origin === 'saved');
    const original = (await listDocs(source)).filter((d) => d.origin === 'saved');
    expect(imported.map(({ addedAt: _a, ...d }) => d)).toEqual(original.map(({ addedAt: _a, ...d }) => d));

    const again = await importDocs(target, parseCorpusFile(file).docs);
    expect(again).toMatchObject({ imported: 0, skippedSameDoc: 2 });
  });

  it('skips what the corpus already has, counting each reason', async () => {
    const db = await freshDb();
    await saveDoc(db, WIRE_PAGE);
    const all = parseCorpusFile(await exportCorpus(db, 'all')).docs;
    expect(all.map((d) => d.origin)).toEqual(['seed', 'saved']);
    const wire = all[1]!;
    const summary = await importDocs(db, [
      ...all,
      { ...wire, docId: 'other_id', title: 'Moved' },
      { ...wire, docId: 'copy_same_outlet', url: 'https://example-wire.org/mirror', text: SYNDICATED },
      { ...wire, docId: 'ar_copy', url: null, lang: 'ar', outlet: 'Another', text: AR_SYNDICATED },
    ]);
    expect(summary).toMatchObject({ imported: 1, skippedSameDoc: 2, skippedSameUrl: 1, skippedNearDuplicate: 1 });
  });

  it('imports nothing at all when the disk fills part-way', async () => {
    const db = await freshDb();
    const before = await db.docs.toArray();
    const docs = [
      { docId: 'a1', title: 'A', outlet: 'X', published: null, lang: 'en', url: null, origin: 'saved' as const, text: WIRE },
      { docId: 'a2', title: 'B', outlet: 'Y', published: null, lang: 'ar', url: null, origin: 'saved' as const, text: AR_WIRE },
    ];
    await fillDisk(db);
    await expect(importDocs(db, docs)).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(await db.docs.toArray()).toEqual(before);
  });
});
