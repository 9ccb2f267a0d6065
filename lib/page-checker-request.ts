/**
 * The one message between the two stages of the content script. Stage 1
 * (entrypoints/aleppo-watch.ts) runs on every page and only asks whether the page mentions Aleppo;
 * when it does, it sends this request and the background injects stage 2 (the page checker,
 * entrypoints/page-checker/) into the same frame. It is a plain runtime message, not one of
 * lib/messaging.ts's protocol messages, so that stage 1 carries no messaging library.
 * No `type`/`timestamp` fields: the protocol's listener ignores messages without them.
 */

export const PAGE_CHECKER_REQUEST = 'aleppo-xref/inject-page-checker' as const;

/** Stage 1 → background: "this frame mentions Aleppo, start the page checker here". */
export interface PageCheckerRequest {
  kind: typeof PAGE_CHECKER_REQUEST;
}

/** The background's answer: whether stage 2 was injected now (false: it already was). */
export interface PageCheckerReply {
  ok: boolean;
  injected: boolean;
  /** Why the request was refused or failed; absent when ok. */
  error?: string;
}

/** The request as stage 1 sends it. */
export function pageCheckerRequest(): PageCheckerRequest {
  return { kind: PAGE_CHECKER_REQUEST };
}

/** Whether a runtime message is a page-checker request; false for anything else (other
 *  messages on the same channel are someone else's to answer). */
export function isPageCheckerRequest(message: unknown): message is PageCheckerRequest {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === PAGE_CHECKER_REQUEST;
}

/**
 * Where stage 1 leaves what it knows, for the popup's "was this page checked?": a property of
 * the extension's isolated world in the frame (the page's own scripts cannot see or set it),
 * which the background reads with `scripting.executeScript` when the popup asks about a tab no
 * checker has reported on ({@link readWatchState} in entrypoints/background/page-checker-injection.ts).
 * Stage 1 thus needs no message listener, and so never touches the extension API on a page that
 * does not mention Aleppo (its first use costs a fresh world 0.5 ms of CPU).
 */
export const WATCH_STATE_KEY = '__aleppoXrefWatch' as const;

/** Stage 1's state in a frame: 'watching' (no mention of Aleppo found so far), 'asking' (it
 *  found one and asked for the page checker), 'handed-over' (the page checker runs there). */
export type WatchState = 'watching' | 'asking' | 'handed-over';

/** Whether a value read from a frame is a {@link WatchState}; false for anything else. */
export function isWatchState(value: unknown): value is WatchState {
  return value === 'watching' || value === 'asking' || value === 'handed-over';
}
