/**
 * One page checker per frame. The background injects the checker's file into a frame each time
 * that frame's stage 1 asks; injecting it again must not start a second checker (two would fight
 * over the highlights). The mark lives in the extension's isolated world of the frame, which
 * every injection into that frame shares, and is cleared when its checker ends (extension reload
 * or update), so a new one can start then.
 */

const RUNNING_KEY = '__aleppoXrefPageChecker';

/** A running checker, as far as the mark needs to know: whether it has ended. */
export interface RunningChecker {
  readonly isValid: boolean;
}

/**
 * Claims `world` (globalThis of the isolated world) for the checker `start` creates. Returns
 * false, without calling `start`, when a checker that has not ended already holds it.
 */
export function claimFrame(world: Record<string, unknown>, start: () => RunningChecker & { onInvalidated(cb: () => void): unknown }): boolean {
  const holder = world[RUNNING_KEY] as RunningChecker | undefined;
  if (holder?.isValid) return false;
  const checker = start();
  world[RUNNING_KEY] = checker;
  checker.onInvalidated(() => {
    if (world[RUNNING_KEY] === checker) delete world[RUNNING_KEY];
  });
  return true;
}
