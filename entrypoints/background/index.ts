import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { registerContextMenus } from './context-menu';
import { corpusReady } from './corpus';
import { registerCorpusHandlers } from './corpus-handlers';
import { keepEnglishNamesInstalled } from './english-names';
import { registerPageCheckerInjection } from './page-checker-injection';
import { registerPageHandlers, registerTabLifecycle } from './page-handlers';

/**
 * Wiring only: every listener is registered synchronously at start-up (MV3 wakes the worker for
 * an event and delivers it only to listeners that exist by then), and the corpus is opened and
 * seeded at once, with every handler awaiting the same promise.
 */
export default defineBackground(() => {
  const corpus = () => corpusReady();
  registerPageHandlers({ corpus });
  registerCorpusHandlers({
    db: async () => (await corpus()).db,
    index: async () => (await corpus()).index,
    recheckTab: async (tabId) => {
      await sendMessage('recheckPage', {}, tabId);
    },
  });
  registerTabLifecycle();
  registerContextMenus();
  registerPageCheckerInjection();
  keepEnglishNamesInstalled();

  const seed = () => void corpus().catch((e: unknown) => console.error('Opening the corpus failed', e));
  browser.runtime.onInstalled.addListener(seed);
  browser.runtime.onStartup.addListener(seed);
  seed();
});
