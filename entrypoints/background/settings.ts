import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, siteKey, type Settings } from '@/lib/messaging';

/**
 * Writes the reader's switches to storage.local, where content scripts watch them (see
 * lib/messaging.ts). Only the background writes, so two popups can't interleave edits.
 */

/** Most sites the reader can switch off: bounds the list every content script reads. */
export const MAX_DISABLED_SITES = 5_000;

let writing: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored settings, one change at a time; returns the new settings. */
async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = writing.then(async () => {
    const updated = change(await readSettings());
    await browser.storage.local.set({ [SETTINGS_KEY]: updated });
    return updated;
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Switches checking on or off for the site of `siteOrUrl`. Throws on a value with no host. */
export function setSiteEnabled(siteOrUrl: string, enabled: boolean): Promise<Settings> {
  const site = siteKey(siteOrUrl);
  if (!site) throw new TypeError('site must be a hostname or an http(s) URL');
  return updateSettings((current) => {
    const others = current.disabledSites.filter((s) => s !== site);
    return { ...current, disabledSites: enabled ? others : [...others, site].slice(-MAX_DISABLED_SITES) };
  });
}

export function setPaused(paused: boolean): Promise<Settings> {
  return updateSettings((current) => ({ ...current, paused }));
}
