import { browser } from 'wxt/browser';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { loadEnglishNames } from './english-names';
import { IndexLoader } from './index-loader';
import { checkBundledCorpus, seedCorpus, type BundledCorpusFile } from './seed';

/**
 * The background's corpus: the database, seeded once per service-worker life, and the in-memory
 * index built from it. Everything that needs either awaits {@link corpusReady}, so a message that
 * arrives while seeding runs (MV3 starts the worker for the message) waits instead of seeing an
 * empty corpus. A service-worker restart reloads the index from IndexedDB; nothing is lost (see
 * IndexLoader: a first answer reads the saved ranking snapshot and its candidates' documents only).
 */

export interface Corpus {
  db: XrefDb;
  index: IndexLoader;
}

let ready: Promise<Corpus> | null = null;

/** Reads public/corpus.json from the extension package. */
export async function fetchBundledCorpus(): Promise<BundledCorpusFile> {
  const response = await fetch(browser.runtime.getURL('/corpus.json' as '/popup.html'));
  if (!response.ok) throw new Error(`corpus.json could not be read (${response.status})`);
  return checkBundledCorpus(await response.json());
}

async function open(loadBundled: () => Promise<BundledCorpusFile>): Promise<Corpus> {
  const db = openXrefDb();
  const seeded = loadBundled().then((bundled) => seedCorpus(db, bundled, { names: loadEnglishNames }));
  // The index starts reading its snapshot at once; it checks the snapshot against the corpus
  // once seeding is done (seeding may change the corpus).
  const index = new IndexLoader(db, undefined, seeded);
  await seeded;
  return { db, index };
}

/**
 * The seeded database and its index loader; the first call starts seeding, later calls share it.
 * A failed start is not cached: the next message tries again (e.g. after the reader frees disk).
 */
export function corpusReady(loadBundled: () => Promise<BundledCorpusFile> = fetchBundledCorpus): Promise<Corpus> {
  if (!ready) {
    ready = open(loadBundled).catch((e: unknown) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}
