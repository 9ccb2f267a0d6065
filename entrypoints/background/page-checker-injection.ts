import { browser, type Browser } from 'wxt/browser';
import { isPageCheckerRequest, type PageCheckerReply } from '@/lib/page-checker-request';

/**
 * Stage 2 of the content script on demand. Stage 1 (entrypoints/aleppo-watch.ts), the
 * only script the manifest puts on every page, asks for the page checker once its quick test
 * finds Aleppo on the page; this module injects the checker's bundle into the asking frame.
 * Pages that never mention Aleppo never load, parse or set up the checker.
 */

/** The page checker's bundle (entrypoints/content/, `registration: 'runtime'`), as WXT emits it. */
export const PAGE_CHECKER_FILE = '/content-scripts/content.js' as const;

type Sender = Browser.runtime.MessageSender;
/** The parts of a message's sender that decide where (and whether) to inject. */
export type RequestSender = Pick<Sender, 'id' | 'frameId' | 'url'> & { tab?: { id?: number } };

/** What the injection needs from `browser.scripting`, so tests can supply a recording stand-in. */
export interface FrameScripting {
  /** Runs `func` in the frame's isolated world and returns its result. */
  run<T>(tabId: number, frameId: number, func: () => T): Promise<T | undefined>;
  /** Injects the extension's script `file` into the frame. */
  inject(tabId: number, frameId: number, file: typeof PAGE_CHECKER_FILE): Promise<void>;
}

const browserScripting: FrameScripting = {
  async run(tabId, frameId, func) {
    const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func });
    return frame?.result as Awaited<ReturnType<typeof func>> | undefined;
  },
  async inject(tabId, frameId, file) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  },
};

/** Marks the frame as having its page checker (a global of the extension's isolated world);
 *  true when this call was the first to do so. Runs inside the page (executeScript serialises
 *  it), so it may use nothing from this module: the global's name is spelled out. */
function claimFrame(): boolean {
  const world = globalThis as Record<string, unknown>;
  if (world['__aleppoXrefPageChecker']) return false;
  world['__aleppoXrefPageChecker'] = true;
  return true;
}

/** Clears the mark after a failed injection, so the next request may try again. */
function releaseFrame(): void {
  delete (globalThis as Record<string, unknown>)['__aleppoXrefPageChecker'];
}

/**
 * Injects the page checker into the sender's frame unless it already has one. The claim and the
 * check run in the frame itself (one JS thread, one isolated world per extension and frame), so
 * two requests from the same page, or a request racing a reload of the background, still give one
 * checker per document; a new document (navigation) starts unclaimed.
 * Throws when the sender is not this extension's content script in a web page's tab.
 */
export async function injectPageChecker(sender: RequestSender, scripting: FrameScripting = browserScripting): Promise<PageCheckerReply> {
  if (sender.id !== browser.runtime.id) throw new Error('Only this extension’s content script may ask for the page checker.');
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new Error('The page checker is only injected into pages in tabs.');
  const frameId = typeof sender.frameId === 'number' && sender.frameId >= 0 ? sender.frameId : 0;
  if (!/^https?:/i.test(sender.url ?? '')) throw new Error('The page checker runs on web pages only.');

  const claimed = await scripting.run(tabId, frameId, claimFrame);
  if (claimed !== true) return { ok: true, injected: false };
  try {
    await scripting.inject(tabId, frameId, PAGE_CHECKER_FILE);
  } catch (e) {
    await scripting.run(tabId, frameId, releaseFrame).catch(() => undefined);
    throw e;
  }
  return { ok: true, injected: true };
}

/** Answers stage 1's requests. Call once, synchronously, when the background starts. */
export function registerPageCheckerInjection(scripting: FrameScripting = browserScripting): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: PageCheckerReply) => void) => {
    // Not ours: lib/messaging.ts's listener (or nobody) answers it.
    if (!isPageCheckerRequest(message)) return false;
    injectPageChecker(sender, scripting).then(sendResponse, (e: unknown) => {
      console.warn('Injecting the page checker failed', e);
      sendResponse({ ok: false, injected: false, error: e instanceof Error ? e.message : String(e) });
    });
    return true;
  });
}
