/**
 * Extraction asks the layout what the reader sees (lib/dom/page-structure.ts), so it must not
 * run before the page's styles are in: the content script's first stage runs as soon as the
 * document is parsed (document_end), when a stylesheet may still be on its way.
 */

/** Longest wait for stylesheets: one that failed to load (blocked, offline) never says so to a
 *  late listener, and the article should not wait long for it. */
export const STYLESHEET_WAIT_MS = 500;

/**
 * Resolves once every stylesheet the document links to has loaded or failed, or after
 * `maxWaitMs`; at once when the document has finished loading or has no stylesheet pending.
 * Never rejects.
 */
export function stylesheetsLoaded(doc: Document, maxWaitMs: number = STYLESHEET_WAIT_MS): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')].filter(
    (link) => !link.sheet && !link.disabled && !/\balternate\b/i.test(link.rel),
  );
  if (pending.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = pending.length;
    const timer = setTimeout(resolve, maxWaitMs);
    const done = () => {
      if (--left > 0) return;
      clearTimeout(timer);
      resolve();
    };
    for (const link of pending) {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }
  });
}
