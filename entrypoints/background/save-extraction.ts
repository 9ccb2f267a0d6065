import { browser } from 'wxt/browser';
import { SAVE_EXTRACTOR_GLOBAL } from '@/lib/corpus/protocol';
import type { SaveCandidate } from '@/lib/db/corpus-store';
import { datelineDate, printedDate } from '@/lib/engine';
import type { SaveExtraction } from '@/lib/dom/save-extract';
import { sendMessage } from '@/lib/messaging';

/**
 * Gets a tab's article for saving: injects the Readability script (entrypoints/readability.ts)
 * into the tab; where injection is refused (a page the browser protects, a missing host
 * permission) the content script's own extraction is used instead.
 */

export type ExtractionErrorCode = 'not-a-web-page' | 'no-article' | 'page-unreachable' | 'bad-date';

export class PageExtractionError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'PageExtractionError';
    this.code = code;
  }
}

export interface ExtractedPage {
  candidate: SaveCandidate;
  byline: string | null;
}

/** How long an extraction is reused between the preview and the save of the same page. */
const CACHE_MS = 10 * 60_000;
/** Fewer characters than this is not an article (the same bar as the injected script's). */
const MIN_TEXT_CHARS = 200;

const cache = new Map<number, { url: string; at: number; page: ExtractedPage }>();

async function injectReadability(tabId: number): Promise<SaveExtraction | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/readability.js'] });
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      args: [SAVE_EXTRACTOR_GLOBAL],
      func: (name: string) => {
        const extract = (globalThis as Record<string, unknown>)[name];
        return typeof extract === 'function' ? (extract as () => unknown)() : null;
      },
    });
    const result = frame?.result as SaveExtraction | null | undefined;
    return result && typeof result.text === 'string' ? result : null;
  } catch (e) {
    console.warn('Readability injection failed; using the content script extraction', e);
    return null;
  }
}

async function fromContentScript(tabId: number): Promise<SaveExtraction | null> {
  const article = await sendMessage('getArticle', {}, tabId).catch(() => null);
  if (!article) return null;
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: null,
    siteName: article.siteName,
    published: article.published,
    printedDates: article.printedDates,
    lang: article.lang,
    text: article.text,
  };
}

/**
 * The tab's article as it would be saved. Throws PageExtractionError when the tab is not a web
 * page, cannot be reached, or holds no article.
 */
export async function extractTab(tabId: number): Promise<ExtractedPage> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new PageExtractionError('page-unreachable', 'The tab is closed.');
  const url = tab.url ?? '';
  if (!/^https?:/i.test(url)) throw new PageExtractionError('not-a-web-page', 'Only web pages can be saved.');
  const hit = cache.get(tabId);
  if (hit && hit.url === url && Date.now() - hit.at < CACHE_MS) return hit.page;

  let extraction = await injectReadability(tabId);
  if (!extraction || extraction.text.length < MIN_TEXT_CHARS) extraction = (await fromContentScript(tabId)) ?? extraction;
  if (!extraction || extraction.text.trim().length < MIN_TEXT_CHARS) {
    throw new PageExtractionError('no-article', 'No article text was found on this page.');
  }
  const page: ExtractedPage = {
    candidate: {
      title: extraction.title || tab.title || '',
      outlet: extraction.siteName,
      // Undeclared dates are read from what the page prints, else from a dateline in the text:
      // the reader sees the date in the save form and can correct it.
      published: extraction.published ?? printedDate(extraction.printedDates) ?? datelineDate(extraction.text),
      url: extraction.url || url,
      canonicalUrl: extraction.canonicalUrl,
      langHint: extraction.lang,
      text: extraction.text,
    },
    byline: extraction.byline,
  };
  cache.set(tabId, { url, at: Date.now(), page });
  return page;
}

/** Forgets a tab's extraction (the tab navigated or closed). */
export function forgetTab(tabId: number): void {
  cache.delete(tabId);
}
