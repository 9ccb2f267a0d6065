import { analyzeDocument, detectLanguage, type NameFinder } from '@/lib/engine';
import type { CorpusDoc } from '@/lib/engine/types';
import { canonicalizeUrl, compareFingerprints, hash32, NEAR_DUPLICATE_CONTAINMENT, textFingerprint } from '@/lib/corpus/dedupe';
import { cleanText, isoDay, MAX_DOC_TEXT_CHARS, serializeCorpus, type ExchangeDoc, type ExportScope } from '@/lib/corpus/exchange';
import { CorpusSearch } from '@/lib/corpus/search';
import { addDocs, deleteDocs, newRevision, readDocs } from './doc-rows';
import { CorpusStoreError, describeStorageFailure } from './store-errors';
import type { DocRecord, StoredDoc, XrefDb } from './schema';

export { CorpusStoreError, type CorpusStoreErrorCode } from './store-errors';

/**
 * The reader's corpus in IndexedDB: saving with duplicate checks, the manager's list and
 * search, deleting and hiding, storage use, and export/import. Every write is one Dexie
 * transaction, so a failure (a full disk, the service worker stopped mid-save) leaves the
 * database as it was: never half a document, never a lost one.
 */

/** A corpus document as the manager lists it: no text, no claims. */
export interface DocSummary {
  docId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  lang: string;
  url: string | null;
  origin: 'seed' | 'saved';
  hidden: boolean;
  claimCount: number;
  addedAt: string;
}

/** What the reader saves: the extracted page with their corrections. */
export interface SaveCandidate {
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The page's canonical URL, when it declares one (else `url` is the key). */
  canonicalUrl?: string | null;
  /** The page's declared language: a hint for the engine. */
  langHint?: string | null;
  text: string;
}

export type DuplicateReason = 'same-url' | 'same-text' | 'near-duplicate';

export interface DuplicateInfo {
  reason: DuplicateReason;
  /** The document already in the corpus. */
  existing: DocSummary;
  /** Shingle containment with the existing text (0..1); 1 for the same URL. */
  similarity: number;
  /** Whether saving a second copy is allowed: only a near-duplicate from a different outlet. */
  keepBothAllowed: boolean;
}

export type SaveOutcome = { status: 'saved'; doc: DocSummary } | { status: 'duplicate'; duplicate: DuplicateInfo };

/** The manager's view of a stored document (no text, no claims), from its row or with its claims. */
export function summarize(doc: DocRecord | StoredDoc): DocSummary {
  return {
    docId: doc.docId,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    lang: doc.lang,
    url: doc.url,
    origin: doc.origin,
    hidden: doc.hidden === 1,
    claimCount: 'claims' in doc ? doc.claims.length : doc.claimCount,
    addedAt: doc.addedAt,
  };
}

/**
 * The bookkeeping a corpus document needs in the database (for the seeding code too), as a new
 * revision of it (`rev`: one for all the documents of a write, or a fresh one).
 */
export function toStoredDoc(doc: CorpusDoc, opts: { addedAt: string; corpusVersion?: string; canonicalUrl?: string | null; rev?: string }): StoredDoc {
  return {
    ...doc,
    hidden: 0,
    canonicalUrl: canonicalizeUrl(opts.canonicalUrl ?? doc.url),
    fingerprint: textFingerprint(doc.text),
    addedAt: opts.addedAt,
    corpusVersion: opts.corpusVersion ?? '',
    rev: opts.rev ?? newRevision(),
  };
}

/** A saved article's id: stable for the same page, text and outlet, in the safe id alphabet. */
export function savedDocId(canonicalUrl: string, outlet: string | null, text: string): string {
  const key = `${canonicalUrl}\n${(outlet ?? '').toLowerCase()}\n${text}`;
  return `saved_${hash32(key).toString(16).padStart(8, '0')}${hash32(key, 0x2545f491).toString(16).padStart(8, '0')}`;
}

function sameOutlet(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').trim().toLowerCase().replace(/^the\s+/, '');
  return norm(a) !== '' && norm(a) === norm(b);
}

/**
 * Analyses a candidate into the document that would be stored. Throws CorpusStoreError
 * 'empty-text' / 'text-too-long' for texts that cannot be saved.
 */
export function prepareSavedDoc(candidate: SaveCandidate, now: Date = new Date(), names?: NameFinder): StoredDoc {
  const text = cleanText(candidate.text).trim();
  if (text === '') throw new CorpusStoreError('empty-text', 'The page has no article text to save.');
  if (text.length > MAX_DOC_TEXT_CHARS) throw new CorpusStoreError('text-too-long', 'The article is too long to save.');
  const canonicalUrl = canonicalizeUrl(candidate.canonicalUrl || candidate.url);
  const outlet = candidate.outlet?.trim() || null;
  const analysed = analyzeDocument({
    docId: savedDocId(canonicalUrl, outlet, text),
    title: candidate.title.trim(),
    outlet,
    // The corpus keeps the day (the page's own, in its time zone), as the seeds do.
    published: candidate.published ? isoDay(candidate.published) : null,
    lang: detectLanguage(text, candidate.langHint ?? null),
    url: candidate.url,
    origin: 'saved',
    text,
  }, { names });
  return toStoredDoc(analysed, { addedAt: now.toISOString(), canonicalUrl });
}

/** Who duplicates `doc` among `existing`: the first same-URL/same-id, else the most similar text. */
function findDuplicateIn(doc: StoredDoc, existing: Iterable<DocRecord | StoredDoc>): DuplicateInfo | null {
  let best: DuplicateInfo | null = null;
  let sameOutletCopy = false;
  for (const other of existing) {
    if (doc.canonicalUrl && other.canonicalUrl === doc.canonicalUrl) {
      return { reason: 'same-url', existing: summarize(other), similarity: 1, keepBothAllowed: false };
    }
    if (other.docId === doc.docId) return { reason: 'same-text', existing: summarize(other), similarity: 1, keepBothAllowed: false };
    // Seeds written before fingerprints existed get one computed here.
    const sim = compareFingerprints(doc.fingerprint, other.fingerprint || textFingerprint(other.text));
    if (!sim || sim.containment < NEAR_DUPLICATE_CONTAINMENT) continue;
    if (sameOutlet(doc.outlet, other.outlet) || !doc.outlet) sameOutletCopy = true;
    if (!best || sim.containment > best.similarity) {
      best = { reason: 'near-duplicate', existing: summarize(other), similarity: sim.containment, keepBothAllowed: false };
    }
  }
  if (best) best.keepBothAllowed = !sameOutletCopy;
  return best;
}

/**
 * The duplicate of `doc` already stored, or null when it is new to the corpus. Reads every
 * stored document's row (not its claims: 0.2-0.35 s at 10,000 articles in Chromium; walking the
 * fingerprint and URL indexes' keys with cursors instead took 0.5-0.6 s): a reader's corpus is
 * hundreds of articles, and comparing 128-value signatures is microseconds each, so an LSH index
 * would not pay for its complexity.
 */
export async function findDuplicate(db: XrefDb, doc: StoredDoc): Promise<DuplicateInfo | null> {
  return findDuplicateIn(doc, await db.docs.toArray());
}

/**
 * Saves an article unless the corpus already has it: the same URL or text is always refused;
 * a near-duplicate is refused unless `keepBoth` and every similar copy is from another outlet.
 * The duplicate check and the write are one transaction, so two saves cannot race past it.
 * Throws CorpusStoreError (e.g. 'quota-exceeded') when the database refuses the write.
 */
export async function saveDoc(db: XrefDb, candidate: SaveCandidate, opts: { keepBoth?: boolean; now?: Date; names?: NameFinder } = {}): Promise<SaveOutcome> {
  const doc = prepareSavedDoc(candidate, opts.now, opts.names);
  try {
    return await db.transaction('rw', db.docs, db.statements, async (): Promise<SaveOutcome> => {
      const duplicate = findDuplicateIn(doc, await db.docs.toArray());
      if (duplicate && !(duplicate.keepBothAllowed && opts.keepBoth)) return { status: 'duplicate', duplicate };
      await addDocs(db, [doc]);
      return { status: 'saved', doc: summarize(doc) };
    });
  } catch (e) {
    throw describeStorageFailure(e);
  }
}

/** One stored document with its claims; null when there is none with that id. */
export async function getDoc(db: XrefDb, docId: string): Promise<StoredDoc | null> {
  return (await readDocs(db, [docId]))[0] ?? null;
}

/** The manager's order: seeds by id, then saved articles newest first. */
function managerOrder(a: DocRecord, b: DocRecord): number {
  if (a.origin !== b.origin) return a.origin === 'seed' ? -1 : 1;
  return a.origin === 'seed' ? (a.docId < b.docId ? -1 : 1) : b.addedAt.localeCompare(a.addedAt);
}

/** Every document, seeds first then saved ones newest first; hidden ones included (flagged). */
export async function listDocs(db: XrefDb): Promise<DocSummary[]> {
  return (await db.docs.toArray()).sort(managerOrder).map(summarize);
}

const search = new CorpusSearch();

/** Documents matching `query` (Arabic and English words stemmed), best first; all for ''. */
export async function searchDocs(db: XrefDb, query: string): Promise<DocSummary[]> {
  const docs = (await db.docs.toArray()).sort(managerOrder);
  const byId = new Map(docs.map((d) => [d.docId, d]));
  return search.search(docs, query).map((id) => summarize(byId.get(id)!));
}

/** Deletes a saved article. Seeds are never deleted (hide them); throws 'not-found' / 'seed-not-deletable'. */
export async function deleteSavedDoc(db: XrefDb, docId: string): Promise<void> {
  await db.transaction('rw', db.docs, db.statements, async () => {
    const doc = await db.docs.get(docId);
    if (!doc) throw new CorpusStoreError('not-found', 'That document is no longer in the corpus.');
    if (doc.origin === 'seed') throw new CorpusStoreError('seed-not-deletable', 'Bundled documents can be hidden, not deleted.');
    await deleteDocs(db, [docId]);
  });
  search.forget(docId);
}

/** Hides a document from matching (or shows it again); it stays stored. Throws 'not-found'. */
export async function setDocHidden(db: XrefDb, docId: string, hidden: boolean): Promise<DocSummary> {
  try {
    return await db.transaction('rw', db.docs, async () => {
      const doc = await db.docs.get(docId);
      if (!doc) throw new CorpusStoreError('not-found', 'That document is no longer in the corpus.');
      await db.docs.update(docId, { hidden: hidden ? 1 : 0 });
      return summarize({ ...doc, hidden: hidden ? 1 : 0 });
    });
  } catch (e) {
    throw describeStorageFailure(e);
  }
}

/** The ids of stored documents that are this page (same canonical URL); [] when none. */
export async function docIdsForUrl(db: XrefDb, url: string | null | undefined): Promise<string[]> {
  const key = canonicalizeUrl(url);
  if (!key) return [];
  return (await db.docs.where('canonicalUrl').equals(key).primaryKeys()) as string[];
}

export interface StorageUsage {
  /** Bytes used and available to the extension's origin; null where the browser does not say. */
  usage: number | null;
  quota: number | null;
  docs: number;
  saved: number;
  hidden: number;
}

/** Document counts and, where the browser reports it, the bytes the extension's storage uses. */
export async function storageUsage(db: XrefDb): Promise<StorageUsage> {
  const docs = await db.docs.count();
  const saved = await db.docs.where('origin').equals('saved').count();
  const hidden = await db.docs.where('hidden').equals(1).count();
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    usage = estimate?.usage ?? null;
    quota = estimate?.quota ?? null;
  } catch {
    // Some contexts (private windows, older Firefox) refuse estimates; counts still help.
  }
  return { usage, quota, docs, saved, hidden };
}

/** The export file for the whole corpus or the saved articles only. */
export async function exportCorpus(db: XrefDb, scope: ExportScope, now: Date = new Date()): Promise<string> {
  const docs = scope === 'all' ? await db.docs.toArray() : await db.docs.where('origin').equals('saved').toArray();
  return serializeCorpus(docs, scope, now);
}

export interface ImportSummary {
  imported: number;
  /** Skipped because the corpus (or the file, earlier) already holds the document. */
  skippedSameDoc: number;
  skippedSameUrl: number;
  skippedNearDuplicate: number;
  /** The imported documents. */
  docs: DocSummary[];
}

/**
 * Imports checked documents (see parseCorpusFile) in ONE transaction: all or nothing. Claims
 * are recomputed by the engine. Documents already present (same id, same URL, or the same text
 * from the same outlet) are skipped and counted. Seeds from another installation become saved
 * articles here (this corpus did not bundle them). Throws CorpusStoreError ('quota-exceeded'…).
 */
export async function importDocs(db: XrefDb, docs: readonly ExchangeDoc[], opts: { now?: Date; names?: NameFinder } = {}): Promise<ImportSummary> {
  const addedAt = (opts.now ?? new Date()).toISOString();
  // Analysis is pure CPU work: done before the transaction so it does not hold the database.
  const rev = newRevision();
  const prepared = docs.map((d) => toStoredDoc(analyzeDocument({ ...d, origin: 'saved' }, { names: opts.names }), { addedAt, rev }));
  const summary: ImportSummary = { imported: 0, skippedSameDoc: 0, skippedSameUrl: 0, skippedNearDuplicate: 0, docs: [] };
  try {
    await db.transaction('rw', db.docs, db.statements, async () => {
      const known = await db.docs.toArray();
      const fresh: StoredDoc[] = [];
      const ids = new Set(known.map((d) => d.docId));
      for (const doc of prepared) {
        const duplicate = ids.has(doc.docId) ? null : findDuplicateIn(doc, [...known, ...fresh]);
        if (ids.has(doc.docId) || duplicate?.reason === 'same-text') summary.skippedSameDoc++;
        else if (duplicate?.reason === 'same-url') summary.skippedSameUrl++;
        else if (duplicate && !duplicate.keepBothAllowed) summary.skippedNearDuplicate++;
        else {
          fresh.push(doc);
          ids.add(doc.docId);
        }
      }
      await addDocs(db, fresh);
      summary.imported = fresh.length;
      summary.docs = fresh.map(summarize);
    });
  } catch (e) {
    throw describeStorageFailure(e);
  }
  return summary;
}
