import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyUiLanguage, t } from '@/lib/i18n';
import { verdictStyleSheet } from '@/lib/verdict-style';
import '@/components/ui.css';
import './style.css';
import { App } from './App';

/** The tab to show: `?tab=<id>` (tests, the hover card's link), else the window's active tab;
 *  null when there is none (the popup then says there is nothing to check). */
async function resolveTabId(params: URLSearchParams): Promise<number | null> {
  const fromUrl = Number.parseInt(params.get('tab') ?? '', 10);
  if (Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

async function main(): Promise<void> {
  applyUiLanguage(document);
  document.title = t('extName');
  const style = document.createElement('style');
  style.textContent = verdictStyleSheet('data-look');
  document.head.append(style);

  const params = new URLSearchParams(location.search);
  // Opened in a tab rather than as the toolbar popup: lay out as a page.
  if (params.has('tab')) document.documentElement.classList.add('as-page');
  const tabId = await resolveTabId(params).catch(() => null);
  render(<App tabId={tabId} claimId={params.get('claim')} startSave={params.get('save') === '1'} />, document.getElementById('app')!);
}

void main();
