import { findCanonicalUrl, findLanguage, findMetaTitle, findPrintedDates, findPublished, findSiteName } from './metadata';
import { isLinkDense, isSkippedElement, isVisible } from './page-structure';
import { TextBuilder, type TextSegment } from './text-builder';

/**
 * Finds a news page's article text: the headline and the body paragraphs, without the site's
 * navigation, header, footer, sidebars ("most read"), comments, share bars, cookie banners or
 * hidden text. Readability-like scoring, kept small because it ships in the content script
 * (Readability itself is ~10 kB gzipped). Uses only the DOM API of the Document it is given, so
 * the CLI runs it on jsdom documents in Node.
 *
 * Cost: two walks over the page (scoring, then collecting the chosen container), each linear in
 * the number of nodes; link densities are computed once per paragraph and for a handful of
 * candidate containers.
 */

export type { TextSegment } from './text-builder';

/** Longest article text kept; the rest of a (very long) page is not checked. */
export const MAX_ARTICLE_CHARS = 200_000;
/** A block with less text than this is not a paragraph for scoring (captions, datelines). */
const MIN_PARAGRAPH_CHARS = 25;
/** Less body text than this: not an article (a home page, a listing, an app). */
const MIN_ARTICLE_CHARS = 200;
/** Deeper nesting than this is ignored: guards the recursion on pathological pages. */
const MAX_DOM_DEPTH = 120;
/** How many top-scoring containers get their link density checked. */
const CANDIDATES_CHECKED = 5;
/** A parent whose own score reaches this share of the best container's is taken instead:
 *  the article's paragraphs are split over sibling blocks. */
const PARENT_SCORE_SHARE = 0.75;
/** How many `<h1>` elements are considered for the headline. */
const MAX_HEADLINE_CANDIDATES = 10;

export interface ExtractedArticle {
  /** Headline and body paragraphs, separated by "\n\n"; whitespace collapsed. */
  text: string;
  title: string;
  /** Declared language (lang attribute, Content-Language), null when undeclared. */
  lang: string | null;
  /** ISO publication date from the page's metadata, null when none. */
  published: string | null;
  /** Dates the page prints for readers (byline, dateline), when `published` is null; else []. */
  printedDates: string[];
  canonicalUrl: string | null;
  siteName: string | null;
  /** Maps ranges of `text` to the Text nodes they came from, in text order. */
  segments: TextSegment[];
  /** The element holding the article body: where to watch for changes. */
  root: Element;
  /** The article was longer than MAX_ARTICLE_CHARS and `text` stops there. */
  truncated: boolean;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'li', 'blockquote', 'td', 'dd']);
const SCORE_PUNCTUATION = /[,،؛;]/g;

interface Scores {
  score: Map<Element, number>;
}

function scoreParagraph(text: string): number {
  return 1 + (text.match(SCORE_PUNCTUATION)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
}

function collapsedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Scores every container by the paragraphs under it (full to the parent, half to the
 *  grandparent), skipping boilerplate subtrees entirely. */
function scoreContainers(el: Element, depth: number, scores: Scores): void {
  if (depth > MAX_DOM_DEPTH || isSkippedElement(el)) return;
  let ownTextChars = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) scoreContainers(child as Element, depth + 1, scores);
    else if (child.nodeType === 3) ownTextChars += (child as Text).data.length;
  }
  const isParagraph = PARAGRAPH_TAGS.has(el.localName);
  // A <div> holding raw text is a paragraph on sites that skip <p>.
  if (!isParagraph && (ownTextChars < MIN_PARAGRAPH_CHARS || collapsedLength(ownTextOf(el)) < MIN_PARAGRAPH_CHARS)) return;
  const text = isParagraph ? (el.textContent ?? '') : ownTextOf(el);
  if (collapsedLength(text) < MIN_PARAGRAPH_CHARS || isLinkDense(el)) return;
  const points = scoreParagraph(text);
  const parent = isParagraph ? el.parentElement : el;
  if (parent) scores.score.set(parent, (scores.score.get(parent) ?? 0) + points);
  const grandparent = parent?.parentElement;
  if (grandparent) scores.score.set(grandparent, (scores.score.get(grandparent) ?? 0) + points / 2);
}

function ownTextOf(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
  }
  return text;
}

function linkDensity(el: Element): number {
  const total = collapsedLength(el.textContent ?? '');
  if (total === 0) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += collapsedLength(a.textContent ?? '');
  return Math.min(1, linked / total);
}

/** The element that holds the article body, or null when no container has any paragraph. */
function findArticleRoot(body: Element): Element | null {
  const scores: Scores = { score: new Map() };
  scoreContainers(body, 0, scores);
  const ranked = [...scores.score.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_CHECKED);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of ranked) {
    const adjusted = score * (1 - linkDensity(el));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (!best) return null;
  const bestRaw = scores.score.get(best) ?? 0;
  while (best.parentElement && best.parentElement !== body.parentElement) {
    const parentScore = scores.score.get(best.parentElement) ?? 0;
    if (parentScore < bestRaw * PARENT_SCORE_SHARE) break;
    best = best.parentElement;
  }
  return best;
}

function normaliseForCompare(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The visible `<h1>` that names the article: the one matching og:title, else the one inside
 *  the article, else one that makes up most of `<title>` (a site logo in an `<h1>` is only a
 *  small part of it). Null when there is none. */
function findHeadline(doc: Document, root: Element, metaTitle: string): Element | null {
  const ogTitle = normaliseForCompare(metaTitle);
  const pageTitle = normaliseForCompare(doc.title);
  const articleScope = root.closest('article') ?? root;
  let insideArticle: Element | null = null;
  let inPageTitle: Element | null = null;
  const h1s = doc.querySelectorAll('h1');
  for (let i = 0; i < h1s.length && i < MAX_HEADLINE_CANDIDATES; i++) {
    const h1 = h1s[i]!;
    const text = normaliseForCompare(h1.textContent ?? '');
    if (text.length < 3 || h1.closest('nav, aside, footer, [data-xref-ui]') || !isVisible(h1)) continue;
    if (ogTitle && (ogTitle.includes(text) || text.includes(ogTitle))) return h1;
    if (!insideArticle && (articleScope.contains(h1) || h1.contains(root))) insideArticle = h1;
    if (!inPageTitle && pageTitle.includes(text) && text.length * 2 >= pageTitle.length) inPageTitle = h1;
  }
  return insideArticle ?? inPageTitle;
}

/**
 * Extracts the main article of `doc`.
 * Returns null when the page has no article (too little paragraph text: a home page, a search
 * page, an app).
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const body = doc.body;
  if (!body) return null;
  const root = findArticleRoot(body);
  if (!root) return null;
  const metaTitle = findMetaTitle(doc);
  const headline = findHeadline(doc, root, metaTitle);

  const builder = new TextBuilder(MAX_ARTICLE_CHARS);
  if (headline) {
    builder.appendElement(headline, () => false);
    builder.breakParagraph();
  }
  const headlineLength = builder.length;
  builder.appendElement(root, (el) => el === headline || isSkippedElement(el) || !isVisible(el) || isLinkDense(el));
  const truncated = builder.full; // before finish() trims a trailing space
  builder.finish();
  if (builder.length - headlineLength < MIN_ARTICLE_CHARS) return null;

  const published = findPublished(doc, root);
  const headlineText = headline ? (headline.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  return {
    text: builder.text,
    title: metaTitle || headlineText || doc.title.trim(),
    lang: findLanguage(doc, root),
    published,
    printedDates: published ? [] : findPrintedDates(doc, root),
    canonicalUrl: findCanonicalUrl(doc),
    siteName: findSiteName(doc),
    segments: builder.segments,
    root,
    truncated,
  };
}
