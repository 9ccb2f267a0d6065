import { browser } from 'wxt/browser';
import { analyzeArticle, matchAnalysis } from '@/lib/engine';
import { CorpusFileError, isoDay, MAX_OUTLET_CHARS, MAX_TITLE_CHARS, parseCorpusFile } from '@/lib/corpus/exchange';
import type { CorpusFailure, SaveDraft, SavePageData } from '@/lib/corpus/protocol';
import {
  CorpusStoreError,
  deleteSavedDoc,
  docIdsForUrl,
  exportCorpus,
  findDuplicate,
  getDoc,
  importDocs,
  listDocs,
  prepareSavedDoc,
  saveDoc,
  searchDocs,
  setDocHidden,
  storageUsage,
  type SaveCandidate,
} from '@/lib/db/corpus-store';
import { readDocs } from '@/lib/db/doc-rows';
import type { XrefDb } from '@/lib/db/schema';
import { onMessage } from '@/lib/messaging';
import { uiLang } from '@/lib/i18n';
import type { IndexLoader } from './index-loader';
import { extractTab, forgetTab, PageExtractionError } from './save-extraction';
import { loadEnglishNames, withNamesIfNeeded, type LoadNames } from './english-names';

/**
 * The background's corpus handlers: saving the reader's page, the corpus manager's requests,
 * export/import and checking a selection. Every change to the stored corpus is mirrored in the
 * in-memory CorpusIndex at once, so the next check (and the re-check of the saving tab) sees it.
 * Message data comes from extension pages but is still checked on arrival.
 */

/** What the handlers need from the background's wiring. */
export interface CorpusDeps {
  /** The database, once install-time seeding is done. */
  db: () => Promise<XrefDb>;
  /** The live index the background checks pages against (changes go through it). */
  index: () => Promise<IndexLoader>;
  /** Runs the check of a tab again (its results and highlights update). */
  recheckTab: (tabId: number) => Promise<void>;
  /** Loads the English name finder (default: the background's, english-names.ts). */
  names?: LoadNames;
}

/** Longest selection checked: a few paragraphs; a whole page goes through the page check. */
export const MAX_SELECTION_CHARS = 20_000;
const MAX_QUERY_CHARS = 500;

function failure(e: unknown): { ok: false; error: CorpusFailure } {
  if (e instanceof CorpusStoreError || e instanceof PageExtractionError) return { ok: false, error: { code: e.code, message: e.message } };
  if (e instanceof CorpusFileError) return { ok: false, error: { code: e.code, message: e.message, params: e.params } };
  throw e;
}

function requireString(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || value.length > max) throw new TypeError(`${name} must be a string of at most ${max} characters`);
  return value;
}

/**
 * The corpus messages come from the extension's own pages (popup, options, selection page). A
 * content script lives among untrusted pages and needs none of them: refusing its requests means
 * a page that subverted one could not read, delete or export the reader's library.
 */
function requireExtensionPage(sender: { url?: string }): void {
  if (sender.url !== undefined && !sender.url.startsWith(browser.runtime.getURL('/'))) {
    throw new Error('Corpus requests are accepted only from the extension\'s own pages.');
  }
}

function requireTabId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TypeError('tabId must be a tab id');
  return value;
}

/** The reader's corrections, checked: trimmed title (required), outlet, ISO day. */
function corrections(data: SavePageData): Pick<SaveCandidate, 'title' | 'outlet' | 'published'> {
  const title = requireString(data.title, 'title', MAX_TITLE_CHARS).replace(/\s+/g, ' ').trim();
  if (!title) throw new CorpusStoreError('title-required', 'Give the article a title before saving it.');
  const outlet = data.outlet === null ? null : requireString(data.outlet, 'outlet', MAX_OUTLET_CHARS).replace(/\s+/g, ' ').trim() || null;
  const published = data.published === null || data.published === '' ? null : isoDay(requireString(data.published, 'published', 40));
  if (data.published && !published) throw new PageExtractionError('bad-date', 'The date must be a real day, as YYYY-MM-DD.');
  return { title, outlet, published };
}

/** Stored docs that are this page (same canonical URL as its address or its declared canonical
 *  URL): it must never be matched against its own saved copy. [] when it was never saved. */
export async function ownCopyIds(db: XrefDb, url: string | null, canonicalUrl?: string | null): Promise<string[]> {
  const ids = new Set([...(await docIdsForUrl(db, url)), ...(await docIdsForUrl(db, canonicalUrl))]);
  return [...ids];
}

/** Registers the corpus message handlers. Call once, synchronously, when the background starts. */
export function registerCorpusHandlers(deps: CorpusDeps): void {
  const loadNames = deps.names ?? loadEnglishNames;
  // What is stored keeps its English names (a later page may be compared with them): a save or an
  // import loads the finder; an Arabic save waits for it once per worker life, as English does.
  const storedNames = async () => (await loadNames()) ?? undefined;
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url || change.status === 'loading') forgetTab(tabId);
  });

  onMessage('previewSave', async ({ data, sender }) => {
    requireExtensionPage(sender);
    try {
      const page = await extractTab(requireTabId(data.tabId));
      const doc = prepareSavedDoc(page.candidate);
      const duplicate = await findDuplicate(await deps.db(), doc);
      const draft: SaveDraft = {
        title: doc.title,
        outlet: doc.outlet,
        published: doc.published ? isoDay(doc.published) : null,
        byline: page.byline,
        url: page.candidate.url ?? '',
        canonicalUrl: page.candidate.canonicalUrl ?? null,
        lang: doc.lang,
        textChars: doc.text.length,
        claimCount: doc.claims.length,
      };
      return { ok: true, draft, duplicate };
    } catch (e) {
      return failure(e);
    }
  });

  onMessage('savePage', async ({ data, sender }) => {
    requireExtensionPage(sender);
    try {
      const tabId = requireTabId(data.tabId);
      const fixes = corrections(data);
      const page = await extractTab(tabId);
      const db = await deps.db();
      const outcome = await saveDoc(db, { ...page.candidate, ...fixes }, { keepBoth: data.keepBoth === true, names: await storedNames() });
      if (outcome.status === 'saved') {
        const stored = await getDoc(db, outcome.doc.docId);
        if (stored) await (await deps.index()).add(stored);
        // The reader sees the page's results update; a failed re-check must not undo the save.
        await deps.recheckTab(tabId).catch((e: unknown) => console.warn('re-check after save failed', e));
      }
      return { ok: true, ...outcome };
    } catch (e) {
      return failure(e);
    }
  });

  onMessage('listDocs', async ({ sender }) => {
    requireExtensionPage(sender);
    return listDocs(await deps.db());
  });

  onMessage('searchDocs', async ({ data, sender }) => {
    requireExtensionPage(sender);
    return searchDocs(await deps.db(), requireString(data.query, 'query', MAX_QUERY_CHARS));
  });

  onMessage('deleteDoc', async ({ data, sender }) => {
    requireExtensionPage(sender);
    try {
      const docId = requireString(data.docId, 'docId', 200);
      await deleteSavedDoc(await deps.db(), docId);
      await (await deps.index()).remove(docId);
      return { ok: true, doc: null };
    } catch (e) {
      return failure(e);
    }
  });

  onMessage('setDocHidden', async ({ data, sender }) => {
    requireExtensionPage(sender);
    try {
      const db = await deps.db();
      const doc = await setDocHidden(db, requireString(data.docId, 'docId', 200), data.hidden === true);
      const index = await deps.index();
      if (doc.hidden) await index.remove(doc.docId);
      else {
        const stored = await getDoc(db, doc.docId);
        if (stored) await index.add(stored);
      }
      return { ok: true, doc };
    } catch (e) {
      return failure(e);
    }
  });

  onMessage('exportCorpus', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const scope = data.scope === 'saved' ? 'saved' : 'all';
    const now = new Date();
    const json = await exportCorpus(await deps.db(), scope, now);
    const count = (JSON.parse(json) as { docs: unknown[] }).docs.length;
    return { ok: true, json, count, fileName: `aleppo-xref-corpus-${scope}-${now.toISOString().slice(0, 10)}.json` };
  });

  onMessage('importCorpus', async ({ data, sender }) => {
    requireExtensionPage(sender);
    try {
      if (typeof data.raw !== 'string') throw new CorpusFileError('not-json', 'The file could not be read as text.');
      const parsed = parseCorpusFile(data.raw);
      const db = await deps.db();
      const { docs, ...summary } = await importDocs(db, parsed.docs, { names: await storedNames() });
      const index = await deps.index();
      for (const stored of await readDocs(db, docs.map((d) => d.docId))) if (stored) await index.add(stored);
      return { ok: true, summary };
    } catch (e) {
      return failure(e);
    }
  });

  onMessage('storageUsage', async ({ sender }) => {
    requireExtensionPage(sender);
    return storageUsage(await deps.db());
  });

  onMessage('checkSelection', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const text = requireString(data.text, 'text', MAX_SELECTION_CHARS * 2).slice(0, MAX_SELECTION_CHARS);
    if (!text.trim()) return { ok: false, error: { code: 'empty-selection', message: 'Select some text to check.' } };
    const pageUrl = typeof data.pageUrl === 'string' ? data.pageUrl : null;
    // The page's title gives a sentence or two the topic they lack on their own: a selection
    // from an article headed "Aleppo…" is about Aleppo even when it names only "the city".
    const title = typeof data.pageTitle === 'string' ? data.pageTitle.slice(0, MAX_TITLE_CHARS) : null;
    const excludeDocIds = await ownCopyIds(await deps.db(), pageUrl);
    const loader = await deps.index();
    const analysis = await withNamesIfNeeded(analyzeArticle({ text, title, published: null, langHint: null }), () => loader.hasStatementsIn('en'), loadNames);
    const index = await loader.indexFor(analysis.claims, { published: analysis.published });
    const result = matchAnalysis(analysis, text, index, { uiLang: uiLang(), excludeDocIds });
    return { ok: true, result };
  });
}

/** Opens the extension page `path` in a new tab next to the reader's. */
export async function openExtensionPage(path: string, openerTabId?: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html'), ...(openerTabId !== undefined ? { openerTabId } : {}) });
}
