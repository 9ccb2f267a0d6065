import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument, CorpusIndex, ENGINE_VERSION } from '@/lib/engine';
import { WIRE } from '@/lib/corpus/test-articles';
import { getDoc, toStoredDoc } from './corpus-store';
import { deleteDocs, writeDocs } from './doc-rows';
import { META_RANKING_SNAPSHOT, readCorpusStamp, readMatchedChunk, readMatchedDocs, readRankingSnapshot, readStatements, writeRankingSnapshot } from './index-reads';
import { openXrefDb, STATEMENTS_PER_ROW, UPGRADE_REVISION, type StoredDoc, type XrefDb } from './schema';

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
  await writeDocs(db, docs);
  return db;
}

/** A document as versions 1 and 2 stored it: with its claims, without a revision. */
function oldDoc(docId: string, published: string | null, addedAt?: string): Omit<StoredDoc, 'rev'> {
  const { rev: _rev, ...d } = doc(docId, published, addedAt);
  return d;
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
    const saved = [oldDoc('saved-b', '2016-12-14'), oldDoc('saved-a', null, '2026-02-01T00:00:00.000Z')];
    await v1.table('docs').bulkAdd(saved);
    v1.close();

    const db = openXrefDb(name);
    open.push(db);
    expect((await readMatchedChunk(db, '', 10)).map((d) => d.docId)).toEqual(['saved-a', 'saved-b']);
    expect((await readCorpusStamp(db, ENGINE_VERSION)).lastAddedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(await getDoc(db, 'saved-b')).toEqual({ ...saved[0], rev: UPGRADE_REVISION });
  });
});

describe('schema version 3', () => {
  it('moves the claims of every stored document (seeds, saved, hidden) into statements, losing nothing', async () => {
    const name = dbName();
    const v2 = new Dexie(name);
    v2.version(2).stores({ docs: 'docId, origin, lang, published, canonicalUrl, fingerprint, hidden, addedAt, [hidden+docId]', meta: 'key' });
    const seed = { ...oldDoc('000_seed', '2016-12-13'), origin: 'seed' as const, corpusVersion: 'c1' };
    const hidden = { ...oldDoc('001_seed', '2016-12-12'), origin: 'seed' as const, hidden: 1 as const };
    const saved = Array.from({ length: 450 }, (_, i) => oldDoc(`saved-${String(i).padStart(3, '0')}`, i % 7 === 0 ? null : '2016-12-15'));
    const empty = { ...oldDoc('saved-empty', '2016-12-15'), claims: [] };
    const before = [seed, hidden, ...saved, empty];
    await v2.table('docs').bulkAdd(before);
    await v2.table('meta').bulkAdd([{ key: META_RANKING_SNAPSHOT, value: { stamp: {}, snapshot: { format: 3 } } }, { key: 'corpusVersion', value: 'c1' }]);
    v2.close();

    const db = openXrefDb(name);
    open.push(db);
    const ids = before.map((d) => d.docId).sort();
    const after = await Promise.all(ids.map((id) => getDoc(db, id)));
    expect(after).toEqual(ids.map((id) => ({ ...before.find((d) => d.docId === id)!, rev: UPGRADE_REVISION })));
    const row = (await db.docs.get('000_seed'))!;
    expect('claims' in row).toBe(false);
    expect(row.claimCount).toBe(seed.claims.length);
    expect(await db.statements.count()).toBe(before.reduce((n, d) => n + Math.ceil(d.claims.length / STATEMENTS_PER_ROW), 0));
    // The old snapshot (another format) is gone; other records stay.
    expect(await db.meta.get(META_RANKING_SNAPSHOT)).toBeUndefined();
    expect((await db.meta.get('corpusVersion'))?.value).toBe('c1');
  });
});

describe('document rows and statements', () => {
  it('are written, replaced and deleted together, and read back whole', async () => {
    const a = doc('a', '2016-12-15');
    const db = await dbWith([a, doc('b', null)]);
    const rows = (claims: number) => Math.ceil(claims / STATEMENTS_PER_ROW);
    expect(a.claims.length).toBeGreaterThan(STATEMENTS_PER_ROW);
    expect(await db.statements.count()).toBe(2 * rows(a.claims.length));
    const shorter = { ...a, claims: a.claims.slice(STATEMENTS_PER_ROW), rev: 'r2' };
    await writeDocs(db, [shorter]);
    expect(await getDoc(db, 'a')).toEqual(shorter);
    expect(await db.statements.count()).toBe(rows(a.claims.length) + rows(shorter.claims.length));
    await db.transaction('rw', db.docs, db.statements, () => deleteDocs(db, ['a']));
    expect(await getDoc(db, 'a')).toBeNull();
    expect(await db.statements.count()).toBe(rows(a.claims.length));
  });
});

describe('readRankingSnapshot', () => {
  const snapshot = (db: XrefDb) => readMatchedChunk(db, '', 100).then((docs) => new CorpusIndex(docs).toSnapshot());

  it('gives the saved snapshot while the corpus is the one it was saved for, and null once it changed', async () => {
    const db = await dbWith([doc('b-in', '2016-12-15'), doc('a-in', null)]);
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    const stamp = await readCorpusStamp(db, ENGINE_VERSION);
    await writeRankingSnapshot(db, { stamp, snapshot: await snapshot(db) });
    const read = await readRankingSnapshot(db, ENGINE_VERSION);
    expect(read?.stamp).toEqual(stamp);
    expect(CorpusIndex.fromSnapshot(read!.snapshot).size).toBe(2);

    await writeDocs(db, [doc('c-new', '2016-11-01', '2026-03-01T00:00:00.000Z')]);
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    await db.transaction('rw', db.docs, db.statements, () => deleteDocs(db, ['c-new']));
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).not.toBeNull();
    await db.docs.update('a-in', { hidden: 1 });
    expect(await readRankingSnapshot(db, ENGINE_VERSION)).toBeNull();
    expect(await readRankingSnapshot(db, 'another engine')).toBeNull();
  });

  it('checks the corpus only once `after` is done', async () => {
    const db = await dbWith([doc('b-in', '2016-12-15')]);
    await writeRankingSnapshot(db, { stamp: await readCorpusStamp(db, ENGINE_VERSION), snapshot: await snapshot(db) });
    const change = writeDocs(db, [doc('c-new', '2016-11-01', '2026-03-01T00:00:00.000Z')]);
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

describe('readStatements', () => {
  it('reads statements by document and number, nothing for a missing one, and names the hidden documents', async () => {
    const a = doc('a', '2016-12-15');
    const db = await dbWith([a, doc('b', '2016-12-15')]);
    await db.docs.update('b', { hidden: 1 });
    const past = a.claims.length + STATEMENTS_PER_ROW;
    const read = await readStatements(db, [{ docId: 'a', n: 1 }, { docId: 'x', n: 0 }, { docId: 'a', n: past }, { docId: 'b', n: 0 }, { docId: 'a', n: 2 }]);
    // Each row once: the one holding a's statements 0-3 (1 and 2 asked for), and b's first.
    expect(read.rows.map((r) => [r.docId, r.n, r.rev])).toEqual([['a', 0, a.rev], ['b', 0, expect.any(String)]]);
    expect(read.rows[0]!.claims).toEqual(a.claims.slice(0, STATEMENTS_PER_ROW));
    expect([...read.hidden]).toEqual(['b']);
  });
});

describe('readMatchedChunk', () => {
  it('pages through the matched documents in id order', async () => {
    const db = await dbWith(['e', 'a', 'd', 'b', 'c'].map((id) => doc(id, '2016-12-15')));
    await db.docs.update('d', { hidden: 1 });
    const first = await readMatchedChunk(db, '', 2);
    expect(first.map((d) => d.docId)).toEqual(['a', 'b']);
    expect(first[1]!.claims.length).toBeGreaterThan(0);
    expect((await readMatchedChunk(db, 'b', 2)).map((d) => d.docId)).toEqual(['c', 'e']);
    expect(await readMatchedChunk(db, 'e', 2)).toEqual([]);
  });
});
