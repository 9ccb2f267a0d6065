import { Readability } from '@mozilla/readability';
import { findArticleMetadata, findPrintedDates } from './metadata';

/**
 * Extraction of a page for saving it to the corpus: Mozilla Readability (the library behind
 * Firefox's Reader View) for the text and what it knows of the metadata, the page's meta tags
 * and JSON-LD where Readability has nothing. Readability is ~10 kB gzipped, too big for the
 * content script: this runs only in the script the background injects when the reader saves
 * (entrypoints/readability.ts), and on jsdom documents in tests.
 */

/** Longest text saved from one page; matches the exchange format's per-document limit. */
export const MAX_SAVED_TEXT_CHARS = 2_000_000;
/** Readability gives up on pages with more elements than this (it would freeze the tab). */
const MAX_ELEMS_TO_PARSE = 30_000;
/** Less text than this is not an article worth saving (a home page, an error page). */
export const MIN_SAVED_TEXT_CHARS = 200;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, figcaption';

/** What the save panel shows, editable, before the reader saves. */
export interface SaveExtraction {
  /** The address of the page as loaded. */
  url: string;
  /** Declared canonical address, null when the page declares none. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  /** The outlet: Readability's site name, og:site_name, JSON-LD publisher, else the host name. */
  siteName: string | null;
  /** ISO date or date-time the page gives for publication; null when none. */
  published: string | null;
  /** Without `published`: the date texts the page prints (byline, dateline); else []. */
  printedDates?: string[];
  lang: string | null;
  /** The article body: paragraphs separated by blank lines. '' when no article was found. */
  text: string;
}

/** Text of HTML content as paragraphs, reading block elements of an inert document. */
function paragraphsOf(html: string, doc: Document): string {
  // An inert document: nothing in it loads or runs.
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const parts: string[] = [];
  for (const el of inert.body.querySelectorAll(BLOCKS)) {
    // Only innermost blocks: a <li> holding a <p> gives its text once.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  const text = parts.length ? parts.join('\n\n') : (inert.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.slice(0, MAX_SAVED_TEXT_CHARS);
}

/** Drops the outlet's name from a title ("Story | Outlet", "Outlet - Story"). */
function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title
    .replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${escaped}\\s*$`, 'i'), '')
    .replace(new RegExp(`^\\s*${escaped}\\s*[|\\-–—:·•]\\s*`, 'i'), '');
  return stripped || title;
}

function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Extracts `doc` for saving. Never modifies the page (Readability works on a clone). `text` is
 * '' when neither Readability nor the page's structure yields an article.
 */
export function extractForSaving(doc: Document, url: string = doc.URL): SaveExtraction {
  const meta = findArticleMetadata(doc);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(doc.cloneNode(true) as Document, { maxElemsToParse: MAX_ELEMS_TO_PARSE, keepClasses: false }).parse();
  } catch {
    // Too many elements, or a page Readability cannot read: metadata still helps the reader.
  }
  const body = article?.content ? paragraphsOf(article.content, doc) : '';
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
  const siteName = clean(article?.siteName) ?? meta.siteName;
  const published = clean(article?.publishedTime) ?? meta.published;
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title: stripSiteName(clean(article?.title) ?? meta.title, siteName),
    byline: clean(article?.byline) ?? meta.byline,
    siteName: siteName ?? hostOutlet(url),
    published: published,
    printedDates: published ? [] : findPrintedDates(doc, null),
    lang: clean(article?.lang) ?? meta.lang,
    text: body.length >= MIN_SAVED_TEXT_CHARS ? body : '',
  };
}
