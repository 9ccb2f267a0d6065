import { browser } from 'wxt/browser';
import { selectionKey, type SelectionRequest } from '@/lib/corpus/protocol';
import { t } from '@/lib/i18n';

/**
 * The page's context menu: "Save page to corpus" opens the save panel for that tab (so the
 * reader can correct title, outlet and date first), and "Check selected text" opens the
 * selection page with the selection's claims and sources.
 */

export const MENU_SAVE_PAGE = 'xref-save-page';
export const MENU_CHECK_SELECTION = 'xref-check-selection';
/** Longest selection handed to the selection page (the check itself is bounded again). */
const MAX_SELECTION_CHARS = 20_000;

/** (Re)creates the menu items in the browser's language. Call on install and on browser start. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('menuSavePage'), contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  browser.contextMenus.create({ id: MENU_CHECK_SELECTION, title: t('menuCheckSelection'), contexts: ['selection'] });
}

let selectionCounter = 0;

/** Registers the click handler; call once, synchronously, when the background starts. */
export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.runtime.onStartup.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleClick(info, tab).catch((e: unknown) => console.error('context menu action failed', e));
  });
}

async function handleClick(info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }, tab?: { id?: number; title?: string; windowId?: number }): Promise<void> {
  if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) {
    // The toolbar popup cannot be opened for another tab, so the same panel opens as a small window.
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?tab=${tab.id}&save=1` as '/popup.html'),
      type: 'popup',
      width: 500,
      height: 640,
    });
  } else if (info.menuItemId === MENU_CHECK_SELECTION && info.selectionText) {
    const id = `${Date.now().toString(36)}-${(selectionCounter++).toString(36)}`;
    const request: SelectionRequest = {
      text: info.selectionText.slice(0, MAX_SELECTION_CHARS),
      pageUrl: info.pageUrl ?? null,
      pageTitle: tab?.title ?? null,
    };
    await browser.storage.session.set({ [selectionKey(id)]: request });
    await browser.tabs.create({ url: browser.runtime.getURL(`/selection.html?id=${id}` as '/popup.html'), ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}) });
  }
}
