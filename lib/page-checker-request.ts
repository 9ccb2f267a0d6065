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
