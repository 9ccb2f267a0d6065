import { render } from 'preact';
import { applyUiLanguage, t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { SourceArticle, type SourceModel } from '@/components/SourceArticle';
import { parseSourceLink } from '@/components/sourceLink';
import '@/components/ui.css';
import './style.css';

/** source.html?doc=<docId>&ev=<start>-<end>: one corpus article, the evidence highlighted. */
async function main(): Promise<void> {
  applyUiLanguage(document);
  document.title = t('sourcePageTitle');
  const root = document.getElementById('app')!;
  const link = parseSourceLink(location.search);
  const show = (model: SourceModel) => render(<SourceArticle model={model} evidence={link?.evidence ?? null} />, root);
  if (!link) return show({ kind: 'not-found' });
  show({ kind: 'loading' });
  try {
    const doc = await sendMessage('getDocument', { docId: link.docId });
    if (!doc) return show({ kind: 'not-found' });
    document.title = `${doc.title || t('untitled')} · ${t('extName')}`;
    show({ kind: 'doc', doc });
  } catch {
    show({ kind: 'storage-failed' });
  }
}

void main();
