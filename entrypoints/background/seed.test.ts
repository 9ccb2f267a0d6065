import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument, ENGINE_VERSION, type CorpusDoc } from '@/lib/engine';
import { getDoc, prepareSavedDoc } from '@/lib/db/corpus-store';
import { writeDocs } from '@/lib/db/doc-rows';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { WIRE } from '@/lib/corpus/test-articles';
import { checkBundledCorpus, META_CORPUS_VERSION, META_ENGINE_VERSION, seedCorpus, type BundledCorpusFile } from './seed';

const SEED_IDS = ['000_a46ec351ea799547', '002_a8476a3b33d16d22'];
const open: XrefDb[] = [];
let count = 0;

function seedDoc(docId: string): CorpusDoc {
  const text = readFileSync(`seeds/${docId}.txt`, 'utf8');
  return analyzeDocument({ docId, title: docId, outlet: null, published: '2016-12-13', lang: 'ar', url: null, origin: 'seed', text });
}

function bundle(corpusVersion: string, ids = SEED_IDS): BundledCorpusFile {
  return { format: 'aleppo-xref-corpus', version: 1, corpusVersion, engineVersion: ENGINE_VERSION, docs: ids.map(seedDoc) };
}

function freshDb(): XrefDb {
  const db = openXrefDb(`seed-test-${++count}-${Date.now()}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('seedCorpus', () => {
  it('installs the seeds once; a second run (or two at once) writes nothing', async () => {
    const db = freshDb();
    const file = bundle('v1');
    const [first, second] = await Promise.all([seedCorpus(db, file), seedCorpus(db, file)]);
    expect([first.changed, second.changed].sort()).toEqual([false, true]);
    expect((await db.docs.toArray()).map((d) => d.docId).sort()).toEqual(SEED_IDS);
    expect((await db.meta.get(META_CORPUS_VERSION))?.value).toBe('v1');
    expect((await seedCorpus(db, file)).changed).toBe(false);
  });

  it('a new corpus version replaces the seeds, keeps saved articles and the reader’s hidden seeds', async () => {
    const db = freshDb();
    await seedCorpus(db, bundle('v1'));
    const saved = prepareSavedDoc({ title: 'Wire story', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    await writeDocs(db, [saved]);
    await db.docs.update(SEED_IDS[1]!, { hidden: 1 });

    const outcome = await seedCorpus(db, bundle('v2', [SEED_IDS[1]!]));
    expect(outcome).toMatchObject({ changed: true, seeds: 1, reanalysed: 0 });
    const docs = await db.docs.toArray();
    expect(docs.map((d) => d.docId).sort()).toEqual([SEED_IDS[1], saved.docId].sort());
    expect(docs.find((d) => d.docId === SEED_IDS[1])).toMatchObject({ hidden: 1, corpusVersion: 'v2', origin: 'seed' });
    expect(docs.find((d) => d.docId === saved.docId)).toMatchObject({ origin: 'saved', title: 'Wire story' });
  });

  it('re-analyses saved articles when the engine changed since they were saved', async () => {
    const db = freshDb();
    await seedCorpus(db, bundle('v1'));
    const saved = prepareSavedDoc({ title: 'Wire story', outlet: 'Agency', published: '2016-12-15', url: 'https://news.example/wire', text: WIRE });
    await writeDocs(db, [{ ...saved, claims: [] }]);
    await db.meta.put({ key: META_ENGINE_VERSION, value: 'older' });
    const outcome = await seedCorpus(db, bundle('v1'));
    expect(outcome.reanalysed).toBe(1);
    expect((await getDoc(db, saved.docId))!.claims.length).toBeGreaterThan(0);
    expect((await db.meta.get(META_ENGINE_VERSION))?.value).toBe(ENGINE_VERSION);
  });

  it('refuses a file that is not a bundled corpus', () => {
    expect(() => checkBundledCorpus({ docs: [] })).toThrow(/npm run corpus/);
    expect(() => checkBundledCorpus(null)).toThrow();
    expect(checkBundledCorpus(bundle('v1')).corpusVersion).toBe('v1');
  });
});
