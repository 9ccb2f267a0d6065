import { browser } from 'wxt/browser';
import { cardLabelsFor } from '@/lib/dom/card-labels';
import { onMessage, readSettings, removeAllListeners, watchSettings } from '@/lib/messaging';
import { ClaimCardController } from './claim-card-controller';
import { PageChecker } from './page-checker';

/**
 * Stage 2 of the content script: not in the manifest (`registration: 'runtime'`); the background
 * injects it into a frame whose stage 1 (entrypoints/aleppo-watch.ts) found Aleppo
 * mentioned (entrypoints/background/page-checker-injection.ts), so pages that never mention it
 * never pay for this bundle.
 *
 * Wiring only: the page checker (quick test → extract → background → highlight), the card on
 * the highlights, the reader's switches, SPA navigation and the background's requests. Every
 * listener and timer goes through `ctx`, so an extension update or reload leaves the page clean.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  async main(ctx) {
    const labels = cardLabelsFor(browser.i18n.getUILanguage());
    const cards = new ClaimCardController(ctx, document, labels);
    const checker = new PageChecker(ctx, document, await readSettings(), labels, cards);
    if (!ctx.isValid) return;

    ctx.onInvalidated(watchSettings((settings) => checker.updateSettings(settings)));
    ctx.addEventListener(window, 'wxt:locationchange', () => checker.onLocationChange());
    onMessage('recheckPage', () => checker.recheck());
    onMessage('getPageStatus', () => checker.pageStatus);
    onMessage('revealClaim', ({ data }) => checker.revealClaim(String(data.claimId)));
    onMessage('getArticle', () => {
      const article = checker.currentArticle;
      if (!article) return null;
      const { text, title, published, lang, canonicalUrl, siteName } = article;
      return { url: location.href, text, title, published, lang, canonicalUrl, siteName };
    });
    ctx.onInvalidated(() => {
      removeAllListeners();
      cards.destroy();
    });
    checker.start();
  },
});
