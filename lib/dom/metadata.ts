/**
 * Page metadata the engine and the corpus want besides the article's words: publication date,
 * language hint, canonical URL, site name, title. Standard DOM only (no `window`/`document`
 * globals), so the CLI can run it on jsdom documents in Node.
 */

/** JSON-LD blocks larger than this are skipped: parsing them is not worth the time. */
const MAX_JSON_LD_CHARS = 100_000;
/** How many JSON-LD blocks are looked at, at most. */
const MAX_JSON_LD_BLOCKS = 10;
/** How deep the JSON-LD search goes into nested objects. */
const MAX_JSON_LD_DEPTH = 6;

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Normalises a date string to ISO 8601. Strings that already start with YYYY-MM-DD are kept as
 * written (the time zone the page gave matters to the engine); others are parsed.
 * Returns null for a missing or unparseable date.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function findJsonLdDate(value: unknown, depth: number): string | null {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  for (const key of ['datePublished', 'dateCreated']) {
    const date = record[key];
    if (typeof date === 'string' && normaliseDate(date)) return normaliseDate(date);
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const found = findJsonLdDate(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** The page's JSON-LD blocks, parsed; broken and oversized ones skipped. [] when none. */
function jsonLdBlocks(doc: Document): unknown[] {
  const out: unknown[] = [];
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_JSON_LD_BLOCKS; i++) {
    const source = blocks[i]?.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      out.push(JSON.parse(source));
    } catch {
      // Broken JSON-LD is common on real sites; the other sources of metadata still apply.
    }
  }
  return out;
}

function jsonLdPublished(doc: Document): string | null {
  for (const block of jsonLdBlocks(doc)) {
    const found = findJsonLdDate(block, 0);
    if (found) return found;
  }
  return null;
}

/**
 * The publication date, from (in order of trust) Open Graph / article meta tags, schema.org
 * microdata, JSON-LD, then the first `<time datetime>` in the article (or the page).
 * Returns an ISO string, or null when the page states no date.
 */
export function findPublished(doc: Document, articleRoot: Element | null): string | null {
  const fromMeta = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="parsely-pub-date"]',
  ]);
  if (normaliseDate(fromMeta)) return normaliseDate(fromMeta);
  const microdata = doc.querySelector('[itemprop="datePublished"]');
  const microdataDate = normaliseDate(microdata?.getAttribute('datetime') ?? microdata?.getAttribute('content') ?? microdata?.textContent);
  if (microdataDate) return microdataDate;
  const fromJsonLd = jsonLdPublished(doc);
  if (fromJsonLd) return fromJsonLd;
  const scope = articleRoot?.closest('article') ?? articleRoot ?? doc;
  const time = scope.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return normaliseDate(time?.getAttribute('datetime'));
}

/**
 * Elements that print a page's date for its readers: a <time> (with or without `datetime`), a
 * dateline, a byline, a 'published' or 'date' block.
 */
const PRINTED_DATE_SELECTOR = [
  'time',
  '[itemprop="datePublished"]',
  '[class*="dateline" i]',
  '[class*="date" i]',
  '[class*="byline" i]',
  '[class*="timestamp" i]',
  '[class*="publish" i]',
  '[id*="date" i]',
].join(',');
/** Texts handed on, at most: a date block sits near the headline. */
export const MAX_PRINTED_DATES = 6;
/** Longer text than this is not a date block but a container around the article. */
export const MAX_PRINTED_DATE_CHARS = 200;

/**
 * The texts of the elements that print the page's date (around the article first, then the
 * page), for a page without a machine-readable date: the engine reads '13 كانون الأول 2016' or
 * 'Wednesday, December 14, 2016' from them. Only short texts with a digit; [] when none. The
 * parsing is left to the background, so the content script stays small.
 */
export function findPrintedDates(doc: Document, articleRoot: Element | null): string[] {
  const out: string[] = [];
  const scope = articleRoot?.closest('article') ?? articleRoot;
  for (const root of scope ? [scope, doc] : [doc]) {
    const elements = root.querySelectorAll(PRINTED_DATE_SELECTOR);
    for (let i = 0; i < elements.length && out.length < MAX_PRINTED_DATES; i++) {
      const text = (elements[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > MAX_PRINTED_DATE_CHARS || !/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text) || out.includes(text)) continue;
      out.push(text);
    }
  }
  return out;
}

/**
 * The page's declared language: the nearest `lang` around the article, `<html lang>`, then
 * Content-Language / og:locale. Returns a tag like "ar" or "en-GB", or null when undeclared.
 */
export function findLanguage(doc: Document, articleRoot: Element | null): string | null {
  const declared =
    articleRoot?.closest('[lang]')?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('lang') ||
    metaContent(doc, ['meta[http-equiv="content-language" i]', 'meta[property="og:locale"]']);
  const tag = declared?.trim().replace(/_/g, '-').split(/[,;\s]/)[0];
  return tag ? tag : null;
}

/** The canonical URL (absolute), or null when the page declares none. */
export function findCanonicalUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || metaContent(doc, ['meta[property="og:url"]']);
  if (!href) return null;
  try {
    return new URL(href, doc.baseURI || undefined).href;
  } catch {
    return null;
  }
}

/** The outlet's name from og:site_name / application-name; null when undeclared. */
export function findSiteName(doc: Document): string | null {
  return metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
}

/** og:title or twitter:title (cleaner than `<title>`, which usually carries the site's name);
 *  '' when the page declares neither. */
export function findMetaTitle(doc: Document): string {
  return metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? '';
}

/** schema.org Article and its kinds: NewsArticle, ReportageNewsArticle, BlogPosting… */
const ARTICLE_TYPES = /(Article|BlogPosting)$/;

/** The first schema.org article object in a JSON-LD value (`@graph` and lists searched). */
function findJsonLdArticle(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return null;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record;
    const nested = findJsonLdArticle(record['@graph'] ?? (Array.isArray(item) ? item : null), depth + 1);
    if (nested) return nested;
  }
  return null;
}

/** A JSON-LD name: "X", {name: "X"} or a list of those, joined; null when there is none. */
function jsonLdNames(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>).name : null))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !/^https?:/i.test(v.trim()))
    .map((v) => v.trim());
  return names.length ? names.join(', ') : null;
}

/** What a page's metadata says about its article, for saving it to the corpus. */
export interface ArticleMetadata {
  /** '' when the page declares no title at all. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO date (or date-time) of publication; null when the page states none. */
  published: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

/**
 * The article's metadata from meta tags and JSON-LD (schema.org NewsArticle and kin): the
 * fallback where Readability finds nothing. Fields the page does not declare are null ('' for
 * the title).
 */
export function findArticleMetadata(doc: Document): ArticleMetadata {
  let article: Record<string, unknown> | null = null;
  for (const block of jsonLdBlocks(doc)) {
    article = findJsonLdArticle(block, 0);
    if (article) break;
  }
  const headline = typeof article?.headline === 'string' ? article.headline.trim() : '';
  const metaAuthor = metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const byline =
    (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null) ??
    jsonLdNames(article?.author) ??
    (doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent?.trim() || null);
  return {
    title: findMetaTitle(doc) || headline,
    byline,
    siteName: findSiteName(doc) ?? jsonLdNames(article?.publisher),
    published: findPublished(doc, null),
    canonicalUrl: findCanonicalUrl(doc),
    lang: findLanguage(doc, null),
  };
}
