import { browser } from 'wxt/browser';
import { mentionsAleppo, quickPageText } from '@/lib/dom/quick-test';
import { pageCheckerRequest, type PageCheckerReply } from '@/lib/page-checker-request';
import type { PageStatus } from '@/lib/messaging';

/**
 * Stage 1 of the content script, the only script on every page (wxt.config.ts declares it in
 * the manifest): it asks whether the page mentions Aleppo and nothing else. Most pages never do,
 * so this costs next to nothing: a plain script (no WXT content-script context, no messaging
 * library, no extraction, no observers) that looks at the page's text at the moments an article
 * tends to be there: now, at the load event, a little later, and after in-place navigation. The
 * first look that finds Aleppo asks the background to inject stage 2, the page checker
 * (entrypoints/page-checker/), into this frame, and stage 1 stops.
 */

/** Looks after the page has loaded (or its URL changed): articles that arrive late from an API. */
const LATE_LOOKS_MS = [1_500, 5_000] as const;
/** After a URL change the app may not have rendered the new view yet: the first look waits. */
const AFTER_NAVIGATION_MS = 250;
/** Where the Navigation API is missing (Firefox), how often the URL is compared. */
const URL_POLL_MS = 1_000;

/** The Navigation API's event target, where the browser has it (Chromium). */
type NavigationTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export default defineUnlistedScript(() => watchForAleppo());

function watchForAleppo(): void {
  let asking = false;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const lookLater = (delays: readonly number[]) => {
    for (const id of timers) clearTimeout(id);
    timers = delays.map((ms) => setTimeout(look, ms));
  };
  const onLoad = () => {
    look();
    if (!asking) lookLater(LATE_LOOKS_MS);
  };
  const stopAnswering = answerPageStatus();
  const stopWatchingUrl = watchUrl(() => lookLater([AFTER_NAVIGATION_MS, ...LATE_LOOKS_MS]));
  const stop = () => {
    lookLater([]);
    window.removeEventListener('load', onLoad);
    stopWatchingUrl();
    // Throws in a script the extension's reload orphaned: nothing left to remove then.
    try {
      stopAnswering();
    } catch {}
  };

  function look(): void {
    // An extension reload or update orphans this script: its runtime is gone.
    if (!browser.runtime?.id) return stop();
    if (asking || !mentionsAleppo(quickPageText(document))) return;
    asking = true;
    // From here stage 2 answers the popup (it registers its own listeners).
    stopAnswering();
    browser.runtime
      .sendMessage(pageCheckerRequest())
      .then((reply: PageCheckerReply | undefined) => {
        if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
        stop();
      })
      .catch((e: unknown) => {
        // The background may be restarting or busy: look (and ask) again a little later.
        console.debug('[aleppo-xref] asking for the page checker failed', e);
        asking = false;
        lookLater(LATE_LOOKS_MS);
      });
  }

  look();
  if (asking) return;
  if (document.readyState === 'complete') lookLater(LATE_LOOKS_MS);
  else window.addEventListener('load', onLoad, { once: true });
}

/** Calls `onChange` after each in-place URL change (SPA navigation); returns the stopper. */
function watchUrl(onChange: () => void): () => void {
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  if (navigation) {
    // Fires once the new entry is current, i.e. after history.pushState() has taken effect.
    navigation.addEventListener('currententrychange', onChange);
    return () => navigation.removeEventListener('currententrychange', onChange);
  }
  let url = location.href;
  const poll = setInterval(() => {
    if (location.href === url) return;
    url = location.href;
    onChange();
  }, URL_POLL_MS);
  return () => clearInterval(poll);
}

/**
 * Answers the popup's `getPageStatus` (lib/messaging.ts) for a page the quick test found nothing
 * on, so the popup says "not about Aleppo" rather than waiting. It speaks that protocol's wire
 * format by hand (request `{ type, timestamp, … }`, reply `{ res }`, as @webext-core/messaging
 * does) to keep the library out of this script; every other message is left to others.
 * Returns the function that stops answering.
 */
function answerPageStatus(): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: { res: PageStatus }) => void) => {
    const { type, timestamp } = (message ?? {}) as { type?: unknown; timestamp?: unknown };
    if (type !== 'getPageStatus' || typeof timestamp !== 'number') return false;
    sendResponse({ res: { status: 'not-about-aleppo', url: location.href, title: document.title } });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
