/**
 * The content script's first, cheap question: does this page mention Aleppo at all? Most pages
 * don't, and they must cost next to nothing: no extraction, no message to the background.
 * Recall matters more than precision here (the engine decides relevance afterwards), so any
 * mention in the title or the first part of the body counts.
 */

/** How much of the body's text is looked at: the article is near the top of a news page. */
export const QUICK_TEST_MAX_CHARS = 60_000;

/**
 * حلب with the clitics a word can carry before it (و ف ب ل ك and the article ال, in the usual
 * combinations: وبحلب، ولحلب، فالحلبي…) and the nisba/dual forms after it (حلبي، حلبية، حلبيون).
 * Not حلبة / حلبات ("ring", "arena"), حلبجة (Halabja, in Iraq), nor words where حلب is inside another word (يحلب, "milks").
 * Arabic letters are U+0620–U+064A plus the extended block; diacritics (U+064B–U+065F) may sit
 * between letters of a vocalised text, so they are allowed in the prefix boundary check.
 */
const ARABIC_ALEPPO = /(?:^|[^\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF])(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)ح[\u064B-\u065F]*ل[\u064B-\u065F]*ب(?![\u064B-\u065F]*(?:ة|ات|ج))/;

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Latin spellings: English Aleppo, French Alep, transliterated Halab/Haleb, Turkish Halep.
 *  ASCII only: a case-insensitive pattern with other scripts in it costs a content script's
 *  fresh world far more to compile (case folding beyond ASCII) than the whole test to run. */
const LATIN_ALEPPO = /\b(?:aleppo|alep|halab|haleb|halep)\b/i;

/** Russian Алеппо / Халеб, as written in text, headings or capitals: looked for only on pages
 *  that have a Cyrillic letter. */
const CYRILLIC_ALEPPO = /алеппо|халеб/i;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;

/** Whether `text` mentions Aleppo in Arabic or another script. False for an empty string. */
export function mentionsAleppo(text: string): boolean {
  // A page without the letter ح cannot spell حلب: most pages then never compile or run the
  // Arabic pattern (a content script's fresh world compiles every regex anew on every page).
  return (
    (text.includes('ح') && ARABIC_ALEPPO.test(text)) ||
    LATIN_ALEPPO.test(text) ||
    (CYRILLIC_LETTER.test(text) && CYRILLIC_ALEPPO.test(text))
  );
}

/**
 * Collects the page's title and the first {@link QUICK_TEST_MAX_CHARS} characters of its
 * body text, walking text nodes so a huge page is never turned into one giant string.
 * Script and style contents are skipped. Returns '' for a document without a body.
 */
export function pageTextSample(doc: Document, maxChars: number = QUICK_TEST_MAX_CHARS): string {
  const parts: string[] = [doc.title];
  const body = doc.body;
  if (!body) return parts.join('\n');
  // 5 = SHOW_ELEMENT | SHOW_TEXT; 2 = FILTER_REJECT (skips the subtree); 1 = FILTER_ACCEPT.
  // Numbers, because NodeFilter is a browser global that Node does not have.
  const walker = doc.createTreeWalker(body, 5, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED_TAGS.has((node as Element).localName) ? 2 : 1),
  });
  let collected = 0;
  for (let node = walker.nextNode(); node && collected < maxChars; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    parts.push(data.slice(0, maxChars - collected));
    collected += data.length;
  }
  return parts.join(' ');
}

/**
 * The title and the first {@link QUICK_TEST_MAX_CHARS} characters of the body's text, in one
 * native call: the cheapest way to read a page from a content script's fresh isolated world
 * (no wrapper objects for the page's elements, no callback per node). Unlike
 * {@link pageTextSample} it includes the text of inline scripts and styles (they count against
 * the budget, but pages put their big ones after the article, at the end of the body). Returns
 * the title alone for a document without a body.
 */
export function quickPageText(doc: Document, maxChars: number = QUICK_TEST_MAX_CHARS): string {
  const body = doc.body;
  return body ? `${doc.title} ${(body.textContent ?? '').slice(0, maxChars)}` : doc.title;
}

/** Whether the page in `doc` mentions Aleppo in its title or the first part of its body. */
export function pageMentionsAleppo(doc: Document): boolean {
  return mentionsAleppo(doc.title) || mentionsAleppo(pageTextSample(doc));
}
