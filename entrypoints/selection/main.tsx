import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyUiLanguage, t } from '@/lib/i18n';
import { verdictStyleSheet } from '@/lib/verdict-style';
import { selectionKey, type SelectionRequest } from '@/lib/corpus/protocol';
import { sendMessage } from '@/lib/messaging';
import { SelectionView, type SelectionModel } from '@/components/SelectionView';
import { failureText, thrownText } from '@/components/corpusMessages';
import { sourcePagePath } from '@/components/sourceLink';
import '@/components/ui.css';
// The claim list looks as it does in the popup.
import '../popup/style.css';
import './style.css';

/** selection.html?id=<id>: the selection the context menu stored in storage.session, checked. */
async function main(): Promise<void> {
  applyUiLanguage(document);
  document.title = `${t('selectionTitle')} · ${t('extName')}`;
  const style = document.createElement('style');
  style.textContent = verdictStyleSheet('data-look');
  document.head.append(style);

  const root = document.getElementById('app')!;
  const show = (model: SelectionModel) =>
    render(
      <SelectionView
        model={model}
        onOpenSource={(m) =>
          void browser.tabs.create({ url: browser.runtime.getURL(sourcePagePath(m.docId, m.evidenceStart, m.evidenceEnd) as '/source.html') })
        }
      />,
      root,
    );
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const key = selectionKey(id);
  const request = id ? ((await browser.storage.session.get(key))[key] as SelectionRequest | undefined) : undefined;
  if (!request) return show({ kind: 'missing' });
  show({ kind: 'checking', request });
  try {
    const answer = await sendMessage('checkSelection', request);
    show(answer.ok ? { kind: 'done', request, result: answer.result } : { kind: 'failed', message: failureText(answer.error) });
  } catch (e) {
    show({ kind: 'failed', message: thrownText(e) });
  }
}

void main();
