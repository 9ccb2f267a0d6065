import { SAVE_EXTRACTOR_GLOBAL } from '@/lib/corpus/protocol';
import { extractForSaving } from '@/lib/dom/save-extract';

/**
 * Injected into a tab by the background only when the reader saves the page, so Readability
 * never weighs on the content script that runs on every page. It installs the extractor in the
 * extension's isolated world (never the page's own globals); the background then calls it with a second executeScript. (WXT
 * would return main()'s value to executeScript, but its rolldown build in 0.21 drops the footer
 * that does so: the completion value of the bundle is undefined.)
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[SAVE_EXTRACTOR_GLOBAL] = () => extractForSaving(document, location.href);
});
