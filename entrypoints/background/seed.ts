import { analyzeDocument, ENGINE_VERSION, type CorpusDoc } from '@/lib/engine';
import { CORPUS_FORMAT } from '@/lib/corpus/exchange';
import { toStoredDoc } from '@/lib/db/corpus-store';
import { deleteDocs, newRevision, putDocs } from '@/lib/db/doc-rows';
import type { StoredDoc, XrefDb } from '@/lib/db/schema';
import type { LoadNames } from './english-names';

/**
 * Installs the bundled corpus (public/corpus.json) into IndexedDB. Runs on install, update and
 * every service-worker start, so it must be cheap when nothing changed and safe to run twice at
 * once (MV3: a content script can ask for a check while the install-time run is still going):
 * everything happens in ONE read-write transaction, which Dexie serialises, and a run that finds
 * the installed version equal to the bundled one writes nothing. Documents and their statements
 * are written together (lib/db/doc-rows.ts).
 */

/** meta keys. */
export const META_CORPUS_VERSION = 'corpusVersion';
export const META_ENGINE_VERSION = 'engineVersion';

/** The bundled corpus file's shape (lib/corpus/build.ts writes it). */
export interface BundledCorpusFile {
  format: string;
  version: number;
  corpusVersion: string;
  engineVersion: string;
  docs: CorpusDoc[];
}

export interface SeedOutcome {
  /** False when the installed corpus was already this version (nothing written). */
  changed: boolean;
  seeds: number;
  /** Saved articles re-analysed because the engine that analysed them was older. */
  reanalysed: number;
}

/** Checks the bundled file's shape; throws on a file this build cannot have written. */
export function checkBundledCorpus(data: unknown): BundledCorpusFile {
  const file = data as Partial<BundledCorpusFile> | null;
  if (!file || file.format !== CORPUS_FORMAT || typeof file.corpusVersion !== 'string' || !Array.isArray(file.docs)) {
    throw new Error('The bundled corpus.json is missing or malformed: rebuild with `npm run corpus`.');
  }
  return file as BundledCorpusFile;
}

/**
 * Brings the database to the bundled corpus: a new corpusVersion replaces every seed (keeping
 * the reader's choice to hide one) and never touches saved articles, except to re-analyse them
 * when the engine changed since they were saved.
 */
export async function seedCorpus(db: XrefDb, bundled: BundledCorpusFile, opts: { now?: Date; names?: LoadNames } = {}): Promise<SeedOutcome> {
  // Saved English articles are re-analysed with their names: the finder is loaded before the
  // transaction (a transaction cannot wait for it), and only when such a re-analysis is due.
  const reanalysing = (await db.meta.get(META_ENGINE_VERSION))?.value !== ENGINE_VERSION;
  const names = reanalysing && opts.names && (await db.docs.where('lang').equals('en').count()) > 0 ? ((await opts.names()) ?? undefined) : undefined;
  return db.transaction('rw', db.docs, db.statements, db.meta, async () => {
    const installed = (await db.meta.get(META_CORPUS_VERSION))?.value;
    const engineVersion = (await db.meta.get(META_ENGINE_VERSION))?.value;
    if (installed === bundled.corpusVersion && engineVersion === ENGINE_VERSION) {
      return { changed: false, seeds: bundled.docs.length, reanalysed: 0 };
    }
    const oldSeeds = await db.docs.where('origin').equals('seed').toArray();
    const hiddenSeeds = new Set(oldSeeds.filter((d) => d.hidden === 1).map((d) => d.docId));
    await deleteDocs(db, oldSeeds.map((d) => d.docId));
    const addedAt = (opts.now ?? new Date()).toISOString();
    const rev = newRevision();
    const seeds: StoredDoc[] = bundled.docs.map((doc) => {
      const stored = toStoredDoc({ ...doc, origin: 'seed' }, { addedAt, corpusVersion: bundled.corpusVersion, rev });
      return hiddenSeeds.has(doc.docId) ? { ...stored, hidden: 1 } : stored;
    });
    await putDocs(db, seeds);

    let reanalysed = 0;
    if (engineVersion !== ENGINE_VERSION) {
      const saved = await db.docs.where('origin').equals('saved').toArray();
      const updated: StoredDoc[] = saved.map(({ claimCount: _count, ...doc }) => ({ ...doc, claims: analyzeDocument({ ...doc }, { names }).claims, rev }));
      await putDocs(db, updated);
      reanalysed = updated.length;
    }
    await db.meta.bulkPut([
      { key: META_CORPUS_VERSION, value: bundled.corpusVersion },
      { key: META_ENGINE_VERSION, value: ENGINE_VERSION },
    ]);
    return { changed: true, seeds: seeds.length, reanalysed };
  });
}
