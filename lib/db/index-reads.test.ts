import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument, CorpusIndex, ENGINE_VERSION } from '@/lib/engine';
import { WIRE } from '@/lib/corpus/test-articles';
import { toStoredDoc } from './corpus-store';
import { readCorpusStamp, readMatchedChunk, readMatchedDocs, readRankingSnapshot, writeRankingSnapshot } from './index-reads';
import { openXrefDb, type StoredDoc, type XrefDb } from './schema';

const names: string[] = [];
const open: XrefDb[] = [];
let count = 0;

function dbName(): string {
  const name = `index-reads-${++count}-${Date.now()}`;
  names.push(name);
  return name;
}

function doc(docId: string, published: string | null, addedAt = '2026-01-01T00:00:00.000Z'): StoredDoc {
  return toStoredDoc(analyzeDocument({ docId, title: docId, outlet: null, published, lang: 'en', url: null, origin: 'saved', text: WIRE }), { addedAt });
}

async function dbWith(docs: StoredDoc[]): Promise<XrefDb> {
  const db = openXrefDb(dbName());
  open.push(db);
  await db.docs.bulkAdd(docs);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema version 2', () => {
  it('opens a version 1 database with its saved articles, and indexes them for the new reads', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ docs: 'docId, origin, lang, published, canonicalUrl, fingerprint, hidden', meta: 'key' });
    const saved = [doc('saved-b', '2016-12-14'), doc('saved-a', null, '2026-02-01T00:00:00.000Z')];
    await v1.table('docs').bulkAdd(saved);
    v1.close();

    const db = openXrefDb(name);
    open.push(db);
    expect((await readMatchedChunk(db, '', 10)).map((d) => d.docId)).toEqual(['saved-a', 'saved-b']);
    expect((await readCorpusStamp(db, ENGINE_VERSION)).lastAddedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(await db.docs.get('saved-b')).toEqual(saved[0]);
  });
});

describe('readRankingSnapshot', () => {
  const snapshot = (db: XrefDb) => db.docs.toArray().then((docs) => new CorpusIndex(docs).toSnapshot());

  it('gives the saved snapshot while the corpus is the one it was saved for, and null once it changed', async () => {
    const db = await dbWith([doc('b-in', '2016-12-15'), doc('a-in', null)]);
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    const stamp = await readCorpusStamp(db, ENGINE_VERSION);
    await writeRankingSnapshot(db, { stamp, snapshot: await snapshot(db) });
    const read = await readRankingSnapshot(db, ENGINE_VERSION);
    expect(read?.stamp).toEqual(stamp);
    expect(CorpusIndex.fromSnapshot(read!.snapshot).size).toBe(2);

    await db.docs.add(doc('c-new', '2016-11-01', '2026-03-01T00:00:00.000Z'));
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    await db.docs.delete('c-new');
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).not.toBeNull();
    await db.docs.update('a-in', { hidden: 1 });
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    expect(await readRankingSnapshot(db, 'another engine')).toBeNull();
  });

  it('checks the corpus only once `after` is done', async () => {
    const db = await dbWith([doc('b-in', '2016-12-15')]);
    await writeRankingSnapshot(db, { stamp: await readCorpusStamp(db, ENGINE_VERSION), snapshot: await snapshot(db) });
    const change = db.docs.add(doc('c-new', '2016-11-01', '2026-03-01T00:00:00.000Z'));
    expect(await readRankingSnapshot(db, ENGINE_VERSION, change)).toBeNull();
  });
});

describe('readMatchedDocs', () => {
  it('reads the documents asked for, in order, and nothing for a missing or hidden one', async () => {
    const db = await dbWith([doc('a', '2016-12-15'), doc('b', '2016-12-15'), doc('c', null)]);
    await db.docs.update('b', { hidden: 1 });
    expect((await readMatchedDocs(db, ['c', 'b', 'x', 'a'])).map((d) => d?.docId)).toEqual(['c', undefined, undefined, 'a']);
  });
});

describe('readMatchedChunk', () => {
  it('pages through the matched documents in id order', async () => {
    const db = await dbWith(['e', 'a', 'd', 'b', 'c'].map((id) => doc(id, '2016-12-15')));
    await db.docs.update('d', { hidden: 1 });
    expect((await readMatchedChunk(db, '', 2)).map((d) => d.docId)).toEqual(['a', 'b']);
    expect((await readMatchedChunk(db, 'b', 2)).map((d) => d.docId)).toEqual(['c', 'e']);
    expect(await readMatchedChunk(db, 'e', 2)).toEqual([]);
  });
});
