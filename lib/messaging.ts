import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { CheckResult, Lang } from '@/lib/engine/types';
import type { StoredDoc } from '@/lib/db/schema';
import type * as Corpus from '@/lib/corpus/protocol';

/**
 * The one protocol shared by every extension context (background, content script, popup, source
 * page, options page). Each message takes ONE plain `data` object and returns plain JSON, so it
 * survives structured cloning in Chromium and Firefox alike. A handler that throws rejects the
 * sender's promise with the error message.
 *
 * Who handles what:
 * - background: checkPage, getTabResult, getDocument, getSettings,
 *   setSiteEnabled, setPaused, openView, and the corpus messages (issue 5).
 * - content script's page checker (sent with a tabId): recheckPage, getPageStatus, getArticle,
 *   revealClaim.
 *
 * The popup learns that a tab's result changed by watching `browser.storage.session` with
 * {@link watchTabState}: the background writes every tab's state there (so a service-worker
 * restart loses nothing), and storage change events reach every open extension page without
 * the background having to know who is listening.
 *
 * Settings (global pause, per-site switch) live in `browser.storage.local` under
 * {@link SETTINGS_KEY}: content scripts can read and watch them there directly, so flipping the
 * switch in the popup takes effect on open pages at once. Write them only through the
 * background's `setSiteEnabled` / `setPaused` handlers.
 */

/** What the content script sends for one page: the extracted article and its metadata. */
export interface CheckPageData {
  /** The page's URL (location.href): the key the tab's state is stored under. */
  url: string;
  /** The extracted article text (lib/dom/extract.ts): claim offsets point into it. */
  text: string;
  title: string;
  /** ISO date from the page's metadata, null when the page gives none. */
  published: string | null;
  /** Without `published`: the date texts the page prints (byline, dateline), for the background
   *  to read a date from (lib/dom/metadata.ts findPrintedDates). */
  printedDates?: string[];
  /** `<html lang>` or Content-Language: a hint for the engine, never the truth. */
  langHint: string | null;
  canonicalUrl?: string | null;
  siteName?: string | null;
}

/** The background's answer to checkPage. */
export interface PageCheck {
  /** 'done' when the engine ran; 'not-about-aleppo' when it ran and found the page irrelevant;
   *  'off' / 'paused' when the reader switched checking off (then result is null). */
  status: 'done' | 'not-about-aleppo' | 'off' | 'paused';
  /** Identifies this analysis (changes whenever the page text changes); null when not run. */
  resultId: string | null;
  result: CheckResult | null;
}

export type TabStatus = 'not-a-web-page' | 'off' | 'paused' | 'not-about-aleppo' | 'analysing' | 'done' | 'error';

/** Everything the popup needs to show for one tab. Stored in storage.session under tabStateKey. */
export interface TabState {
  status: TabStatus;
  url: string;
  title: string;
  /** Present when status is 'done' (and kept for 'not-about-aleppo', with relevant false). */
  result?: CheckResult;
  resultId?: string;
  /** The article's language and date as the page declared them, for the popup's header. */
  lang?: Lang;
  published?: string | null;
  siteName?: string | null;
  canonicalUrl?: string | null;
  /** A short human message when status is 'error'. */
  error?: string;
  /** What failed when status is 'error': 'storage' when the database could not be opened or read
   *  (the popup then says the extension's storage failed), 'check' for anything else. Added by
   *  the popup work; absent means 'check'. */
  errorKind?: 'storage' | 'check';
  /** ISO date-time of the last change. */
  updatedAt: string;
}

/** The reader's switches. Defaults: everything on. */
export interface Settings {
  /** Global pause: no page is checked or highlighted while true. */
  paused: boolean;
  /** Hostnames (lower case, without a leading "www.") the reader switched off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [] };

/** storage.local key holding {@link Settings}. */
export const SETTINGS_KEY = 'settings';

/** storage.session key holding a tab's {@link TabState}. */
export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** The content script's own view of its page. */
export interface PageStatus {
  status: Extract<TabStatus, 'off' | 'paused' | 'not-about-aleppo' | 'analysing' | 'done' | 'error'>;
  url: string;
  title: string;
}

/** The article as the content script extracted it, minus its DOM mapping. */
export interface ArticleSnapshot {
  url: string;
  text: string;
  title: string;
  published: string | null;
  /** Without `published`: the date texts the page prints (see CheckPageData). */
  printedDates?: string[];
  lang: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/** Which extension page to open in a new tab (from the hover card's "full comparison" link). */
export interface OpenViewData {
  view: 'popup' | 'source';
  /** popup: the claim to scroll to; optional. */
  claimId?: string;
  /** source: the corpus document to show; required for 'source'. */
  docId?: string;
  /** source: the evidence range to highlight in the document. */
  start?: number;
  end?: number;
}

export interface ProtocolMap {
  /** content → background: run the engine on the page's article; also stores the tab state. */
  checkPage(data: CheckPageData): PageCheck;
  /** popup → background: the state of one tab (status 'not-a-web-page' for unknown tabs). */
  getTabResult(data: { tabId: number }): TabState;
  /** source page → background: one corpus document; null when no such docId. */
  getDocument(data: { docId: string }): StoredDoc | null;
  getSettings(data: Record<string, never>): Settings;
  /** Switch checking on or off for a site (hostname or URL); returns the new settings. */
  setSiteEnabled(data: { site: string; enabled: boolean }): Settings;
  /** Pause or resume checking everywhere; returns the new settings. */
  setPaused(data: { paused: boolean }): Settings;
  /** content (hover card) → background: open an extension page for the sender's tab. */
  openView(data: OpenViewData): void;

  // The corpus (issue 5; data shapes in lib/corpus/protocol.ts). Sent by the popup's save panel,
  // the options page and the selection page; handled in entrypoints/background/corpus-handlers.ts.
  /** Extract and analyse the tab's article: the editable draft and its duplicate status. */
  previewSave(data: { tabId: number }): Corpus.SavePreview;
  /** Save the tab's article with the reader's corrections; re-checks the tab after a save. */
  savePage(data: Corpus.SavePageData): Corpus.SavePageResult;
  /** Every corpus document (hidden ones flagged), seeds first. */
  listDocs(data: Record<string, never>): Corpus.DocSummary[];
  /** Documents matching the query (Arabic and English words stemmed); all for ''. */
  searchDocs(data: { query: string }): Corpus.DocSummary[];
  /** Delete a saved article (seeds cannot be deleted). */
  deleteDoc(data: { docId: string }): Corpus.DocChangeResult;
  /** Hide a document from matching, or restore it. */
  setDocHidden(data: { docId: string; hidden: boolean }): Corpus.DocChangeResult;
  exportCorpus(data: Corpus.ExportData): Corpus.ExportResult;
  /** Import an export file's text: checked whole before anything is written. */
  importCorpus(data: { raw: string }): Corpus.ImportResult;
  storageUsage(data: Record<string, never>): Corpus.StorageUsage;
  /** Check a selected text on its own against the corpus. */
  checkSelection(data: Corpus.SelectionRequest): Corpus.SelectionResult;

  /** background → content (sent with a tabId): extract and check the page again now (after the
   *  corpus changed); resolves once the new highlights are in place. */
  recheckPage(data: Record<string, never>): void;
  /** background → content (sent with a tabId): what the page's checker (stage 2) knows, for a
   *  tab the background holds no state for; asked only when the popup opens. Pages that fail the
   *  quick Aleppo test have no checker and never wake the background: what stage 1 found there
   *  is read from its isolated world instead (entrypoints/background/page-checker-injection.ts). */
  getPageStatus(data: Record<string, never>): PageStatus;
  /** background/popup → content (sent with a tabId): the page's current article; null if none. */
  getArticle(data: Record<string, never>): ArticleSnapshot | null;
  /** popup → content (sent with a tabId): scroll a highlighted claim into view and focus it;
   *  false when the page has no highlight for that claim. */
  revealClaim(data: { claimId: string }): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** Normalises a hostname or URL to the form stored in {@link Settings.disabledSites}; '' when
 *  the input has no usable host. */
export function siteKey(siteOrUrl: string): string {
  let host = siteOrUrl.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(siteOrUrl).hostname.toLowerCase();
    } catch {
      return '';
    }
  }
  return host.replace(/^www\./, '');
}

/** Whether checking is on for `url` under `settings`, and if not, why. */
export function checkingStatus(settings: Settings, url: string): 'on' | 'off' | 'paused' {
  if (settings.paused) return 'paused';
  return settings.disabledSites.includes(siteKey(url)) ? 'off' : 'on';
}

/** Reads settings from any extension context (content scripts included); defaults when unset. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return normaliseSettings(stored);
}

/** Fills in missing or malformed fields with defaults. */
export function normaliseSettings(value: Partial<Settings> | undefined | null): Settings {
  return {
    paused: value?.paused === true,
    disabledSites: Array.isArray(value?.disabledSites)
      ? value.disabledSites.filter((s): s is string => typeof s === 'string')
      : [],
  };
}

/** Calls `onChange` with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      onChange(normaliseSettings(changes[SETTINGS_KEY]?.newValue as Partial<Settings> | undefined));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Extension pages only (storage.session is not exposed to content scripts): calls `onChange`
 * whenever the background writes a new state for `tabId` (null when the tab's state was
 * cleared). Returns the unsubscribe function.
 */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  const key = tabStateKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) onChange((changes[key]?.newValue as TabState | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
