import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SourceMatch } from '@/lib/engine/types';
import {
  DEFAULT_SETTINGS,
  readSettings,
  sendMessage,
  siteKey,
  watchSettings,
  watchTabState,
  type Settings,
  type TabState,
} from '@/lib/messaging';
import { PopupView, type PopupModel } from '@/components/PopupView';
import { sourcePagePath } from '@/components/sourceLink';
import { SaveArticle } from '@/components/SaveArticle';

export interface AppProps {
  /** The tab whose results to show; null when there is no tab (then: nothing to check). */
  tabId: number | null;
  /** A claim to open at once (from the hover card's "full comparison" link). */
  claimId: string | null;
  /** Open the save panel at once (`?save=1`, from the context menu's "Save page to corpus"). */
  startSave?: boolean;
}

const NO_TAB: TabState = { status: 'not-a-web-page', url: '', title: '', updatedAt: '' };

/** A site key only for web pages: the per-site switch means nothing on chrome:// or file://. */
function siteOf(state: TabState | null): string {
  return state && /^https?:/i.test(state.url) ? siteKey(state.url) : '';
}

/**
 * The popup's wiring: asks the background for the tab's state and the settings, follows both
 * live (storage change events), and turns the view's callbacks into messages and tabs.
 */
export function App({ tabId, claimId, startSave = false }: AppProps) {
  const [model, setModel] = useState<PopupModel>(tabId === null ? { kind: 'tab', state: NO_TAB } : { kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    if (tabId === null) return undefined;
    let live = true;
    const load = () =>
      sendMessage('getTabResult', { tabId })
        .then((state) => live && setModel({ kind: 'tab', state }))
        // The background answers from storage: failing to answer at all means storage failed.
        .catch(() => live && setModel({ kind: 'storage-failed' }));
    void load();
    const stopTab = watchTabState(tabId, (state) => {
      if (state) setModel({ kind: 'tab', state });
      else void load();
    });
    return () => {
      live = false;
      stopTab();
    };
  }, [tabId]);

  useEffect(() => {
    readSettings().then(setSettings, () => setModel({ kind: 'storage-failed' }));
    return watchSettings(setSettings);
  }, []);

  const state = model.kind === 'tab' ? model.state : null;
  const site = siteOf(state);

  return (
    <PopupView
      model={model}
      settings={settings}
      site={site}
      initialClaimId={claimId}
      saveSlot={
        tabId !== null && (
          <SaveArticle
            startOpen={startSave}
            onPreview={() => sendMessage('previewSave', { tabId })}
            onSave={(fields, keepBoth) =>
              sendMessage('savePage', { tabId, title: fields.title, outlet: fields.outlet || null, published: fields.published || null, keepBoth })
            }
            onOpenManager={() => void browser.runtime.openOptionsPage()}
          />
        )
      }
      onSiteEnabled={(enabled) => void sendMessage('setSiteEnabled', { site, enabled }).then(setSettings)}
      onPaused={(paused) => void sendMessage('setPaused', { paused }).then(setSettings)}
      onReveal={tabId === null ? undefined : (claimId) => void sendMessage('revealClaim', { claimId }, tabId).catch(() => undefined)}
      onOpenSource={(match: SourceMatch) =>
        void browser.tabs.create({ url: browser.runtime.getURL(sourcePagePath(match.docId, match.evidenceStart, match.evidenceEnd) as '/source.html') })
      }
    />
  );
}
