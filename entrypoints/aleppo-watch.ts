import { mayMentionAleppo, mentionsAleppo, quickPageText } from '@/lib/dom/quick-test';
import { pageCheckerRequest, WATCH_STATE_KEY, type PageCheckerReply, type WatchState } from '@/lib/page-checker-request';

/**
 * Stage 1 of the content script, the only script on every page (modules/aleppo-watch.ts bundles
 * it and declares it for every page at document_end): it asks whether the page mentions Aleppo
 * and nothing else. Most pages never do, so this costs next to nothing: a plain script (no WXT
 * runner or content-script context, no messaging library, no extraction) that reads the page's
 * text once when it is parsed, and again only if the page changes soon after (an article that
 * arrives late from an API) or navigates in place. The first look that finds Aleppo asks the
 * background to inject stage 2, the page checker (entrypoints/page-checker/), into this frame,
 * and stage 1 stops.
 *
 * Until then it never touches the extension API (the first use of `chrome.runtime` costs a
 * fresh isolated world about 0.5 ms of CPU, more than everything else here): it answers no
 * messages, and leaves its state in this world for the background to read when the popup asks
 * (lib/page-checker-request.ts, WATCH_STATE_KEY).
 *
 * The first look runs in a fresh isolated world, where every function is compiled before it
 * runs: it calls three (look, quickPageText, mayMentionAleppo), compiled with the script, and
 * everything else here (the patterns, asking, watching the URL, scheduling) runs only once the
 * page mentions a piece of a spelling or changes. The module's top level is the script's: no
 * wrapper function around it.
 */

/** How long after the page is ready (or its URL changed) a change to it is looked at. */
const WATCH_MS = 10_000;
/** After the first change, a little quiet time, so that a look sees a whole render. */
const LOOK_AFTER_CHANGE_MS = 300;
/** At most one look per this interval, however busy the page is (tickers, ads, live blogs). */
const MIN_LOOK_INTERVAL_MS = 1_000;
/** After a URL change the app may not have rendered the new view yet: the first look waits. */
const AFTER_NAVIGATION_MS = 250;
/** When asking the background failed (it may be restarting), look and ask again after this. */
const RETRY_MS = 1_500;
/** Asks per page (or in-place navigation) before giving up on a background that keeps failing. */
const MAX_ASKS = 3;
/** Where the Navigation API is missing (Firefox), how often the URL is compared. */
const URL_POLL_MS = 1_000;
/** What counts as a change: any node or text, anywhere (the document itself, so that a new
 *  <title> counts too, and no element wrapper is built for the body). */
const CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** The Navigation API's event target, where the browser has it (Chromium). */
type NavigationTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
/** The part of the extension API stage 1 uses, looked up only when it asks. */
type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> };

const world = globalThis as unknown as Record<string, unknown>;
let state: WatchState = 'watching';
let watchUntil = Date.now() + WATCH_MS;
let lastLookAt = 0;
let looks = 0;
let asks = 0;
/** A request for the page checker is on its way. */
let asking = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Created by the first look that finds nothing (on nearly every page). */
let observer: MutationObserver | undefined;
let stopWatchingUrl: (() => void) | undefined;

/**
 * One look at the page. A function expression in parentheses: V8's hint that it is called at
 * once, so it is compiled with the script rather than on its first call (so are the two helpers
 * it calls, lib/dom/quick-test.ts): traced on every page's fresh isolated world, that saved 0.05
 * ms of CPU (bench/chromium/stage1-ab.ts; modules/aleppo-watch.ts keeps the parentheses).
 */
const look = (function look(): void {
  if (asking || state === 'handed-over') return;
  // The first look is as the document is parsed: what the page renders on DOMContentLoaded
  // is looked at soon after, not a whole interval later.
  if (looks++ > 0) lastLookAt = Date.now();
  const text = quickPageText(document);
  // mentionsAleppo() repeats the cheap test, but calling it only past that test keeps it (and
  // its patterns) uncompiled on the pages that never mention Aleppo: most of them.
  if (mayMentionAleppo(text) && mentionsAleppo(text)) return ask();
  // Asked before (and failed), but the page has moved on to something else since.
  if (state !== 'watching') setState('watching');
  if (lastLookAt < watchUntil) (observer ??= new MutationObserver(onPageChange)).observe(document, CHANGES);
});

world[WATCH_STATE_KEY] = state;
look();

/** Reacts to the first change after a look, then waits for the next look: a busy page costs
 *  one callback per look, a still page none. */
function onPageChange(): void {
  observer?.disconnect();
  // A page that never changes cannot navigate in place either (an app renders the new view):
  // the URL is watched from its first change on, and a still page never pays for it.
  stopWatchingUrl ??= watchUrl(onNavigation);
  lookSoon(LOOK_AFTER_CHANGE_MS);
}

function onNavigation(): void {
  watchUntil = Date.now() + WATCH_MS;
  asks = 0;
  observer?.disconnect();
  lookSoon(AFTER_NAVIGATION_MS);
}

function lookSoon(ms: number): void {
  clearTimeout(timer);
  timer = setTimeout(look, Math.max(ms, lastLookAt + MIN_LOOK_INTERVAL_MS - Date.now()));
}

function stop(): void {
  clearTimeout(timer);
  observer?.disconnect();
  stopWatchingUrl?.();
}

function setState(next: WatchState): void {
  state = next;
  world[WATCH_STATE_KEY] = next;
}

function ask(): void {
  setState('asking');
  const runtime = extensionRuntime();
  // Orphaned by an extension reload or update: nothing to ask any more (the page, which
  // mentions Aleppo, is checked once reloaded).
  if (!runtime) return stop();
  asking = true;
  asks++;
  runtime
    .sendMessage(pageCheckerRequest())
    .then((reply) => {
      const answer = reply as PageCheckerReply | undefined;
      if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
      // From here the page checker answers for this frame.
      setState('handed-over');
      stop();
    })
    .catch((e: unknown) => {
      // The page still mentions Aleppo: the popup says it is being checked, as it is while the
      // background retries (it may be restarting).
      console.debug('[aleppo-xref] asking for the page checker failed', e);
      asking = false;
      if (asks < MAX_ASKS) lookSoon(RETRY_MS);
    });
}

/** The extension's runtime (`browser` in Firefox, `chrome` in Chromium); undefined once an
 *  extension reload or update has orphaned this script. */
function extensionRuntime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
  return runtime?.id ? runtime : undefined;
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
