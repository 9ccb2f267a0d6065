import { extractForSaving, type SaveExtraction } from '@/lib/dom/save-extract';

/**
 * Injected into a tab by the background (browser.scripting.executeScript, files:
 * ['/readability.js']) only when the reader saves the page, so Readability never weighs on the
 * content script that runs on every page. WXT returns main()'s value to executeScript.
 */
export default defineUnlistedScript((): SaveExtraction => extractForSaving(document, location.href));
