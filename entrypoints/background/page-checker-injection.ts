import { browser, type Browser } from 'wxt/browser';
import { isPageCheckerRequest, isWatchState, WATCH_STATE_KEY, type PageCheckerReply, type WatchState } from '@/lib/page-checker-request';

/**
 * Stage 2 of the content script on demand. Stage 1 (entrypoints/aleppo-watch.ts), the
 * only script the manifest puts on every page, asks for the page checker once its quick test
 * finds Aleppo on the page; this module injects the checker's bundle into the asking frame.
 * Pages that never mention Aleppo never load, parse or set up the checker.
 */

/** The page checker's bundle (entrypoints/page-checker/, an unlisted script), as WXT emits it. */
export const PAGE_CHECKER_FILE = '/page-checker.js' as const;

type Sender = Browser.runtime.MessageSender;
/** The parts of a message's sender that decide where (and whether) to inject. */
export type RequestSender = Pick<Sender, 'id' | 'frameId' | 'url'> & { tab?: { id?: number } };

/** Runs the extension's script `file` in one frame and returns the script's last value. */
export type InjectFile = (tabId: number, frameId: number, file: typeof PAGE_CHECKER_FILE) => Promise<unknown>;

const injectWithScripting: InjectFile = async (tabId, frameId, file) => {
  // The frame's document is parsed already (stage 1 runs at document_end): no reason to queue
  // behind the page's load.
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  return frame?.result;
};

/**
 * Injects the page checker into the sender's frame. One round trip: the checker itself makes
 * sure a frame runs one of it (entrypoints/page-checker/run-once.ts) and ends with whether it
 * started, so a page that asks twice gets one checker, and `injected` is false the second time.
 * Throws when the sender is not this extension's script in a web page's tab.
 */
export async function injectPageChecker(sender: RequestSender, inject: InjectFile = injectWithScripting): Promise<PageCheckerReply> {
  if (sender.id !== browser.runtime.id) throw new Error('Only this extension’s content script may ask for the page checker.');
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new Error('The page checker is only injected into pages in tabs.');
  const frameId = typeof sender.frameId === 'number' && sender.frameId >= 0 ? sender.frameId : 0;
  if (!/^https?:/i.test(sender.url ?? '')) throw new Error('The page checker runs on web pages only.');
  const started = await inject(tabId, frameId, PAGE_CHECKER_FILE);
  return { ok: true, injected: started === true };
}

/** Answers stage 1's requests. Call once, synchronously, when the background starts. */
export function registerPageCheckerInjection(inject: InjectFile = injectWithScripting): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: PageCheckerReply) => void) => {
    // Not ours: lib/messaging.ts's listener (or nobody) answers it.
    if (!isPageCheckerRequest(message)) return false;
    injectPageChecker(sender, inject).then(sendResponse, (e: unknown) => {
      console.warn('Injecting the page checker failed', e);
      sendResponse({ ok: false, injected: false, error: e instanceof Error ? e.message : String(e) });
    });
    return true;
  });
}

/** Reads one property of the extension's isolated world in a tab's top frame. */
export type ReadTopFrame = (tabId: number, key: string) => Promise<unknown>;

const readWithScripting: ReadTopFrame = async (tabId, key) => {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Runs in the frame's isolated world, where stage 1 left its state: self-contained.
    func: (name: string) => (globalThis as unknown as Record<string, unknown>)[name] ?? null,
    args: [key],
    injectImmediately: true,
  });
  return frame?.result;
};

/**
 * What stage 1 (entrypoints/aleppo-watch.ts) found in a tab's top frame, for the popup's "was
 * this page checked?" on a tab no page checker has reported on. Stage 1 answers no messages (so
 * that pages without Aleppo never wake the extension API), so its state is read from its world
 * here, and only when the popup asks. Returns null when the frame has no stage 1 (the page is
 * still loading, was opened before the extension was installed, or is not a web page) or cannot
 * be read.
 */
export async function readWatchState(tabId: number, read: ReadTopFrame = readWithScripting): Promise<WatchState | null> {
  try {
    const value = await read(tabId, WATCH_STATE_KEY);
    return isWatchState(value) ? value : null;
  } catch {
    return null;
  }
}
