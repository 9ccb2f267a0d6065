import { browser } from 'wxt/browser';
import { analyzeArticle, MAX_ANALYSED_CHARS, matchAnalysis, printedDate } from '@/lib/engine';
import { hash32 } from '@/lib/corpus/dedupe';
import { getDoc } from '@/lib/db/corpus-store';
import { uiLang } from '@/lib/i18n';
import { sourcePagePath } from '@/components/sourceLink';
import { checkingStatus, onMessage, readSettings, sendMessage, type CheckPageData, type PageCheck, type TabState } from '@/lib/messaging';
import type { Corpus } from './corpus';
import { loadEnglishNames, withNamesIfNeeded, type LoadNames } from './english-names';
import { ownCopyIds, openExtensionPage } from './corpus-handlers';
import { readWatchState } from './page-checker-injection';
import { setPaused, setSiteEnabled } from './settings';
import { clearTabState, readTabState, refreshBadges, writeTabState } from './tab-state';

/**
 * The background's answers to pages and to the popup: check a page, report a tab's state, hand
 * out a corpus document, switch checking on and off, open the comparison. Message data comes
 * from content scripts that live among untrusted pages, so every field is checked on arrival
 * and only this extension's own contexts are answered.
 */

/** Longest page text accepted; more is cut before analysis (the engine's own limit). */
const MAX_MESSAGE_TEXT_CHARS = MAX_ANALYSED_CHARS;
const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 8_000;
const MAX_ID_CHARS = 200;

export interface PageDeps {
  corpus: () => Promise<Corpus>;
  /** Loads the English name finder (default: the background's, english-names.ts). */
  names?: LoadNames;
}

type Sender = { id?: string; tab?: { id?: number } };

function requireOwnExtension(sender: Sender): void {
  if (sender.id !== browser.runtime.id) throw new Error('Messages are only answered for this extension.');
}

function requireSenderTab(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new Error('This message must come from a page.');
  return tabId;
}

function requireString(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  return value.length > max ? value.slice(0, max) : value;
}

function optionalString(value: unknown, name: string, max: number): string | null {
  return value === null || value === undefined ? null : requireString(value, name, max);
}

function requireWebUrl(value: unknown): string {
  const url = requireString(value, 'url', MAX_URL_CHARS);
  if (!/^https?:\/\//i.test(url)) throw new TypeError('url must be an http(s) URL');
  return url;
}

function requireTabId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TypeError('tabId must be a tab id');
  return value;
}

/** Checks run per tab in order; a check overtaken by a newer one for the same tab does not
 *  overwrite the newer state. */
const latestCheck = new Map<number, number>();
let checkCounter = 0;

/** A short id for one analysis of one text. */
function resultIdFor(text: string, counter: number): string {
  return `${hash32(text).toString(36)}-${counter.toString(36)}`;
}

function validateCheckPage(data: CheckPageData): CheckPageData {
  return {
    url: requireWebUrl(data.url),
    text: requireString(data.text, 'text', MAX_MESSAGE_TEXT_CHARS),
    title: requireString(data.title ?? '', 'title', MAX_TITLE_CHARS),
    // A page without a machine-readable date may print one for its readers: the engine's date
    // window and its reading of 'Tuesday' need it.
    published: optionalString(data.published, 'published', 64) ?? printedDate(data.printedDates),
    langHint: optionalString(data.langHint, 'langHint', 35),
    canonicalUrl: optionalString(data.canonicalUrl, 'canonicalUrl', MAX_URL_CHARS),
    siteName: optionalString(data.siteName, 'siteName', MAX_TITLE_CHARS),
  };
}

async function checkPage(tabId: number, page: CheckPageData, deps: PageDeps): Promise<PageCheck> {
  // The corpus opens (seeding, the index's snapshot) while the page is analysed; its full read
  // waits for this page.
  const corpus = deps.corpus();
  corpus.then(({ index }) => index.expectPage()).catch(() => undefined);
  const settingsStatus = checkingStatus(await readSettings(), page.url);
  const base = { url: page.url, title: page.title, lang: page.langHint ?? undefined, published: page.published, siteName: page.siteName, canonicalUrl: page.canonicalUrl };
  if (settingsStatus !== 'on') {
    await writeTabState(tabId, { ...base, status: settingsStatus });
    return { status: settingsStatus, resultId: null, result: null };
  }
  const counter = ++checkCounter;
  latestCheck.set(tabId, counter);
  const isLatest = () => latestCheck.get(tabId) === counter;
  // Sent off, not waited for: analysis starts at once; every later write of this state waits for it.
  const analysingWritten = writeTabState(tabId, { ...base, status: 'analysing' });
  try {
    const input = { text: page.text, title: page.title, published: page.published, langHint: page.langHint };
    // Analysed while the corpus opens, without the names the lexicon lacks: they are added (and
    // compromise loaded) only if the page is English and the corpus has English statements;
    // loaded while the index opens if English documents are stored.
    const plain = analyzeArticle(input);
    const { db, index } = await corpus;
    const analysis = await withNamesIfNeeded(plain, () => index.hasStatementsIn('en'), deps.names ?? loadEnglishNames, () => index.mayHaveStatementsIn('en'));
    // After a cold start only the documents this page's candidates come from are read (same results).
    const [excludeDocIds, pageIndex] = await Promise.all([ownCopyIds(db, page.url, page.canonicalUrl), index.indexFor(analysis.claims, { published: analysis.published })]);
    const result = matchAnalysis(analysis, page.text, pageIndex, { uiLang: uiLang(), excludeDocIds });
    const resultId = resultIdFor(page.text, counter);
    const status = result.relevant ? 'done' : 'not-about-aleppo';
    await analysingWritten;
    if (isLatest()) await writeTabState(tabId, { ...base, status, result, resultId, lang: result.lang });
    return { status, resultId, result };
  } catch (e) {
    await analysingWritten.catch(() => undefined);
    if (isLatest()) await writeTabState(tabId, { ...base, status: 'error', error: e instanceof Error ? e.message : String(e) });
    throw e;
  }
}

/** What the popup shows for a tab the content script has not reported on. */
async function unreportedTabState(tabId: number): Promise<TabState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? '';
  const title = tab?.title ?? '';
  const updatedAt = new Date().toISOString();
  if (!/^https?:/i.test(url)) return { status: 'not-a-web-page', url, title, updatedAt };
  // Pages that fail the quick Aleppo test never message the background; ask the page checker,
  // if the page has one, or else read what the first stage found.
  const page = await sendMessage('getPageStatus', {}, tabId).catch(() => null);
  if (page && typeof page.status === 'string') return { status: page.status, url: page.url || url, title: page.title || title, updatedAt };
  if ((await readWatchState(tabId)) === 'watching') return { status: 'not-about-aleppo', url, title, updatedAt };
  // No content script answers: the page is still loading, or was opened before the extension
  // was installed (it is checked once reloaded).
  return { status: 'analysing', url, title, updatedAt };
}

async function tabResult(tabId: number): Promise<TabState> {
  const stored = await readTabState(tabId);
  const state = stored ?? (await unreportedTabState(tabId));
  if (state.status === 'not-a-web-page') return state;
  // The switches win over a stored result: the popup must say why nothing is highlighted.
  const switched = checkingStatus(await readSettings(), state.url);
  return switched === 'on' ? state : { ...state, status: switched, result: undefined };
}

/** Registers the page and popup handlers. Call once, synchronously, when the background starts. */
export function registerPageHandlers(deps: PageDeps): void {
  onMessage('checkPage', async ({ data, sender }) => {
    requireOwnExtension(sender);
    return checkPage(requireSenderTab(sender), validateCheckPage(data), deps);
  });

  onMessage('getTabResult', async ({ data, sender }) => {
    requireOwnExtension(sender);
    return tabResult(requireTabId(data.tabId));
  });

  onMessage('getDocument', async ({ data, sender }) => {
    requireOwnExtension(sender);
    const { db } = await deps.corpus();
    return getDoc(db, requireString(data.docId, 'docId', MAX_ID_CHARS));
  });

  onMessage('getSettings', async ({ sender }) => {
    requireOwnExtension(sender);
    return readSettings();
  });

  onMessage('setSiteEnabled', async ({ data, sender }) => {
    requireOwnExtension(sender);
    const settings = await setSiteEnabled(requireString(data.site, 'site', MAX_URL_CHARS), data.enabled === true);
    await refreshBadges(settings);
    return settings;
  });

  onMessage('setPaused', async ({ data, sender }) => {
    requireOwnExtension(sender);
    const settings = await setPaused(data.paused === true);
    await refreshBadges(settings);
    return settings;
  });

  onMessage('openView', async ({ data, sender }) => {
    requireOwnExtension(sender);
    const tabId = requireSenderTab(sender);
    if (data.view === 'source') {
      const docId = requireString(data.docId, 'docId', MAX_ID_CHARS);
      const start = Number.isInteger(data.start) ? data.start : undefined;
      const end = Number.isInteger(data.end) ? data.end : undefined;
      await openExtensionPage(sourcePagePath(docId, start, end), tabId);
    } else {
      const params = new URLSearchParams({ tab: String(tabId) });
      if (typeof data.claimId === 'string') params.set('claim', data.claimId.slice(0, MAX_ID_CHARS));
      await openExtensionPage(`/popup.html?${params.toString()}`, tabId);
    }
  });
}

/** Keeps tab states in step with tabs: dropped when a tab closes or leaves for another page. */
export function registerTabLifecycle(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    latestCheck.delete(tabId);
    void clearTabState(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void readTabState(tabId).then((state) => {
      // Same page, new fragment: keep the result. Another page: the content script reports anew.
      if (state && state.url.split('#')[0] !== change.url!.split('#')[0]) return clearTabState(tabId);
      return undefined;
    });
  });
}
