import { browser } from 'wxt/browser';
import type { CheckResult } from '@/lib/engine/types';
import { checkingStatus, tabStateKey, type Settings, type TabState } from '@/lib/messaging';

/**
 * Each tab's state, kept in `storage.session` (not in a variable) so that a service-worker
 * restart loses nothing, and so that open popups see every change through storage events.
 * The toolbar badge mirrors it: the number of claims that some source contradicts.
 */

/** Badge colours: red when some claim is contradicted, a quiet grey when none is. */
const BADGE_CONFLICT_COLOUR = '#b91c1c';
const BADGE_CLEAR_COLOUR = '#57606a';

/** The tab's stored state; null when nothing is known about it. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? null;
}

/** Stores the tab's state and updates its badge. */
export async function writeTabState(tabId: number, state: Omit<TabState, 'updatedAt'>): Promise<TabState> {
  const full: TabState = { ...state, updatedAt: new Date().toISOString() };
  await browser.storage.session.set({ [tabStateKey(tabId)]: full });
  await showBadge(tabId, full.status === 'done' ? (full.result ?? null) : null);
  return full;
}

/** Forgets a tab (closed, or gone to another page) and takes its badge down. */
export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
  await showBadge(tabId, null);
}

/**
 * Puts every known tab's badge in step with the reader's switches: a page on a site switched
 * off, or any page while paused, shows no count; switching back shows the stored count again
 * (the page's own re-check follows).
 */
export async function refreshBadges(settings: Settings): Promise<void> {
  const stored = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(stored)) {
    const tabId = Number(key.startsWith('tab:') ? key.slice(4) : NaN);
    if (!Number.isInteger(tabId)) continue;
    const state = value as TabState;
    const on = checkingStatus(settings, state.url) === 'on';
    await showBadge(tabId, on && state.status === 'done' ? (state.result ?? null) : null);
  }
}

/** Claims with at least one contradicting source: verdict conflicting or mixed. */
export function conflictCount(result: CheckResult): number {
  return result.claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length;
}

/** Shows the conflict count on the tab's badge for a relevant page; no badge otherwise. */
async function showBadge(tabId: number, result: CheckResult | null): Promise<void> {
  try {
    if (!result || !result.relevant) {
      await browser.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const count = conflictCount(result);
    await browser.action.setBadgeBackgroundColor({ tabId, color: count > 0 ? BADGE_CONFLICT_COLOUR : BADGE_CLEAR_COLOUR });
    await browser.action.setBadgeText({ tabId, text: String(count) });
  } catch {
    // The tab closed while the check ran: there is no badge to set.
  }
}
