/**
 * The content script's first, cheap question: does this page mention Aleppo at all? Most pages
 * don't, and they must cost next to nothing: no extraction, no message to the background.
 * Recall matters more than precision here (the engine decides relevance afterwards), so any
 * mention in the title or the first part of the body counts.
 */

/** How much of the body's text is looked at: the article is near the top of a news page. */
export const QUICK_TEST_MAX_CHARS = 60_000;

/*
 * The patterns are kept as source text and compiled on first use: a regular-expression literal is
 * parsed (and checked) when the script is compiled, and stage 1 is compiled anew on every page,
 * where most pages never run a pattern (traced: 0.08 ms of CPU for these three literals).
 */

/**
 * حلب with the clitics a word can carry before it (و ف ب ل ك and the article ال, in the usual
 * combinations: وبحلب، ولحلب، فالحلبي…) and the nisba/dual forms after it (حلبي، حلبية، حلبيون).
 * Not حلبة / حلبات ("ring", "arena"), حلبجة (Halabja, in Iraq), nor words where حلب is inside another word (يحلب, "milks").
 * Arabic letters are U+0620–U+064A plus the extended block; diacritics (U+064B–U+065F) may sit
 * between letters of a vocalised text, so they are allowed in the prefix boundary check.
 */
const ARABIC_ALEPPO = '(?:^|[^\\u0620-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF])(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)ح[\\u064B-\\u065F]*ل[\\u064B-\\u065F]*ب(?![\\u064B-\\u065F]*(?:ة|ات|ج))';

/** Latin spellings: English Aleppo, French Alep, transliterated Halab/Haleb, Turkish Halep.
 *  ASCII only: a case-insensitive pattern with other scripts in it costs a content script's
 *  fresh world far more to compile (case folding beyond ASCII) than the whole test to run. */
const LATIN_ALEPPO = '\\b(?:aleppo|alep|halab|haleb|halep)\\b';

/** Russian Алеппо / Халеб, as written in text, headings or capitals. */
const CYRILLIC_ALEPPO = 'алеппо|халеб';

let aleppoPatterns: RegExp[] | undefined;

/**
 * Whether `text` contains a piece that every spelling {@link mentionsAleppo} finds contains, in
 * lower, title or upper case: ح (حلب); alep (Aleppo, ALEPPO, Alep, Halep); aleb (Haleb); alab
 * (Halab); лепп (Алеппо); алеб (Халеб). False for a text that cannot mention Aleppo (most pages),
 * true for one that may (then {@link mentionsAleppo} decides). The trade-off: a spelling in mixed
 * case ("aLePPo") is not seen; no one writes the city's name that way.
 *
 * One chain of native searches in one function, on purpose: stage 1 calls this on every page,
 * in a fresh isolated world where no pattern is compiled yet, and a callback per piece or a
 * regular expression costs that first call more than these searches of the whole sample. In
 * parentheses, V8's hint to compile it with the script (see look() in entrypoints/aleppo-watch.ts).
 */
export const mayMentionAleppo = (function mayMentionAleppo(text: string): boolean {
  return (
    text.includes('ح') ||
    text.includes('alep') ||
    text.includes('Alep') ||
    text.includes('ALEP') ||
    text.includes('aleb') ||
    text.includes('ALEB') ||
    text.includes('alab') ||
    text.includes('ALAB') ||
    text.includes('лепп') ||
    text.includes('ЛЕПП') ||
    text.includes('алеб') ||
    text.includes('АЛЕБ')
  );
});

/** Whether `text` mentions Aleppo in Arabic or another script. False for an empty string. */
export function mentionsAleppo(text: string): boolean {
  // Most pages have none of the pieces, so they never compile or run a pattern.
  if (!mayMentionAleppo(text)) return false;
  aleppoPatterns ??= [new RegExp(ARABIC_ALEPPO), new RegExp(LATIN_ALEPPO, 'i'), new RegExp(CYRILLIC_ALEPPO, 'i')];
  return aleppoPatterns.some((pattern) => pattern.test(text));
}

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

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

/** XPath for the body's string value: all its text, as textContent gives it. In an XHTML document
 *  the names carry a namespace and this finds nothing; then the body is read the usual way. */
const BODY_TEXT_XPATH = 'string(/html/body)';
/** XPathResult.STRING_TYPE; a number because Node has no XPathResult. */
const XPATH_STRING_TYPE = 2;

/**
 * The title and the first {@link QUICK_TEST_MAX_CHARS} characters of the body's text, in one
 * native call: the cheapest way to read a page from a content script's fresh isolated world.
 * No callback per node, and not even a wrapper for the body element: the first element a fresh
 * world touches builds the prototypes of HTMLElement, Element and Node for it (0.3 ms of CPU on
 * this machine, a third of stage 1), while XPath's string() hands back the text alone. Unlike
 * {@link pageTextSample} it includes the text of inline scripts and styles (they count against
 * the budget, but pages put their big ones after the article, at the end of the body). Returns
 * the title alone for a document without a body. In parentheses, V8's hint to compile it with the
 * script (see look() in entrypoints/aleppo-watch.ts).
 */
export const quickPageText = (function quickPageText(doc: Document, maxChars: number = QUICK_TEST_MAX_CHARS): string {
  const body = doc.evaluate(BODY_TEXT_XPATH, doc, null, XPATH_STRING_TYPE, null).stringValue || (doc.body?.textContent ?? '');
  return body ? `${doc.title} ${body.slice(0, maxChars)}` : doc.title;
});

/** Whether the page in `doc` mentions Aleppo in its title or the first part of its body. */
export function pageMentionsAleppo(doc: Document): boolean {
  return mentionsAleppo(doc.title) || mentionsAleppo(pageTextSample(doc));
}
