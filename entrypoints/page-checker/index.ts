import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardLabelsFor } from '@/lib/dom/card-labels';
import { onMessage, readSettings, removeAllListeners, watchSettings } from '@/lib/messaging';
import { ClaimCardController } from './claim-card-controller';
import { PageChecker } from './page-checker';
import { claimFrame } from './run-once';

/**
 * Stage 2 of the content script, the page checker: an unlisted script the background injects
 * (entrypoints/background/page-checker-injection.ts) into a frame whose stage 1
 * (entrypoints/aleppo-watch.ts) found Aleppo mentioned, so pages that never mention it never
 * load this bundle. Its result (the script's last value) tells the background whether it
 * started: false when the frame already has a running checker.
 *
 * Wiring only: the page checker (quick test → extract → background → highlight), the card on
 * the highlights, the reader's switches, SPA navigation and the background's requests. Every
 * listener and timer goes through `ctx`, so an extension update or reload leaves the page clean.
 */
/** Where stage 1 runs, and so where this is injected. */
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

export default defineUnlistedScript(() =>
  claimFrame(globalThis as unknown as Record<string, unknown>, () => {
    // The context a manifest content script would get; no postMessage into the page's own
    // listeners (WXT's legacy announcement), its DOM event is enough.
    const ctx = new ContentScriptContext('page-checker', { matches: PAGE_MATCHES, noScriptStartedPostMessage: true });
    startPageChecker(ctx).catch((e: unknown) => console.error('[aleppo-xref] the page checker failed to start', e));
    return ctx;
  }),
);

async function startPageChecker(ctx: ContentScriptContext): Promise<void> {
  const labels = cardLabelsFor(browser.i18n.getUILanguage());
  const cards = new ClaimCardController(ctx, document, labels);
  // Not awaited: the first check extracts the article while the settings are read.
  const checker = new PageChecker(ctx, document, readSettings(), labels, cards);

  ctx.onInvalidated(watchSettings((settings) => checker.updateSettings(settings)));
  ctx.addEventListener(window, 'wxt:locationchange', () => checker.onLocationChange());
  onMessage('recheckPage', () => checker.recheck());
  onMessage('getPageStatus', () => checker.pageStatus);
  onMessage('revealClaim', ({ data }) => checker.revealClaim(String(data.claimId)));
  onMessage('getArticle', () => {
    const article = checker.currentArticle;
    if (!article) return null;
    const { text, title, published, printedDates, lang, canonicalUrl, siteName } = article;
    return { url: location.href, text, title, published, printedDates, lang, canonicalUrl, siteName };
  });
  ctx.onInvalidated(() => {
    removeAllListeners();
    cards.destroy();
  });
  checker.start();
}
