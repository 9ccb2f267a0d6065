import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument, ENGINE_VERSION } from '@/lib/engine';
import { WIRE } from '@/lib/corpus/test-articles';
import { toStoredDoc } from './corpus-store';
import { readCorpusStamp, readMatchedChunk, readWindowDocs, shiftDay } from './index-reads';
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

describe('readWindowDocs', () => {
  it('reads the window and the undated documents, in id order, and leaves out the others and the hidden', async () => {
    const db = await dbWith([doc('d-late', '2017-01-20'), doc('c-in', '2016-12-20'), doc('a-undated', null), doc('b-in', '2016-12-05'), doc('e-early', '2016-11-20')]);
    await db.docs.update('c-in', { hidden: 1 });
    const stamp = await readCorpusStamp(db, ENGINE_VERSION);
    const docs = await readWindowDocs(db, shiftDay('2016-12-15', -10), shiftDay('2016-12-15', 10), stamp);
    expect(docs?.map((d) => d.docId)).toEqual(['a-undated', 'b-in']);
  });

  it('reads nothing once the corpus differs from the stamp it was given', async () => {
    const db = await dbWith([doc('b-in', '2016-12-15')]);
    const stamp = await readCorpusStamp(db, ENGINE_VERSION);
    await db.docs.add(doc('c-new', '2016-11-01', '2026-03-01T00:00:00.000Z'));
    expect(await readWindowDocs(db, '2016-12-05', '2016-12-25', stamp)).toBeNull();
    await db.docs.delete('c-new');
    expect(await readWindowDocs(db, '2016-12-05', '2016-12-25', stamp)).not.toBeNull();
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
