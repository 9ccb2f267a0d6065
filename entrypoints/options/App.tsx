import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_CORPUS_FILE_BYTES, type ExportScope } from '@/lib/corpus/exchange';
import type { DocSummary, StorageUsage } from '@/lib/corpus/protocol';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { CorpusManager, type Notice } from '@/components/CorpusManager';
import { failureText, importFailureText, thrownText } from '@/components/corpusMessages';

/** Wait this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 200;

/** Saves `json` as a file through a temporary link: no downloads permission needed. */
function download(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The options page's wiring: loads the list and storage use from the background, runs the
 * reader's actions as messages, and reports each outcome in a notice.
 */
export function App() {
  const [docs, setDocs] = useState<DocSummary[] | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const latestQuery = useRef('');

  const refresh = async (q = latestQuery.current) => {
    try {
      const [found, used] = await Promise.all([
        q.trim() ? sendMessage('searchDocs', { query: q }) : sendMessage('listDocs', {}),
        sendMessage('storageUsage', {}),
      ]);
      // A slower, older search must not overwrite a newer one.
      if (q === latestQuery.current) setDocs(found);
      setUsage(used);
    } catch (e) {
      setDocs([]);
      setNotice({ tone: 'error', text: thrownText(e) });
    }
  };

  useEffect(() => {
    void refresh('');
  }, []);

  useEffect(() => {
    latestQuery.current = query;
    const timer = setTimeout(() => void refresh(query), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);

  const onDelete = async (doc: DocSummary) => {
    if (!confirm(t('docConfirmDelete', doc.title || t('untitled')))) return;
    const result = await sendMessage('deleteDoc', { docId: doc.docId }).catch((e: unknown) => ({ ok: false as const, error: { code: '', message: String(e) } }));
    setNotice(result.ok ? { tone: 'ok', text: t('docDeleted', doc.title || t('untitled')) } : { tone: 'error', text: failureText(result.error) });
    await refresh();
  };

  const onSetHidden = async (doc: DocSummary, hidden: boolean) => {
    const result = await sendMessage('setDocHidden', { docId: doc.docId, hidden }).catch((e: unknown) => ({ ok: false as const, error: { code: '', message: String(e) } }));
    const title = doc.title || t('untitled');
    setNotice(result.ok ? { tone: 'ok', text: t(hidden ? 'docHiddenDone' : 'docRestored', title) } : { tone: 'error', text: failureText(result.error) });
    await refresh();
  };

  const onExport = async (scope: ExportScope) => {
    setBusy(true);
    try {
      const result = await sendMessage('exportCorpus', { scope });
      if (!result.ok) return setNotice({ tone: 'error', text: failureText(result.error) });
      download(result.json, result.fileName);
      setNotice({ tone: 'ok', text: t('exportDone', result.count, result.fileName) });
    } catch (e) {
      setNotice({ tone: 'error', text: thrownText(e) });
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (file: File) => {
    // Refuse a huge file before reading it into memory; the background checks the rest.
    if (file.size > MAX_CORPUS_FILE_BYTES) {
      setNotice({ tone: 'error', text: `${t('importErrorTooLarge', MAX_CORPUS_FILE_BYTES / (1024 * 1024))} ${t('importNothingChanged')}` });
      return;
    }
    setBusy(true);
    setNotice({ tone: 'ok', text: t('importing') });
    try {
      const result = await sendMessage('importCorpus', { raw: await file.text() });
      if (!result.ok) {
        setNotice({ tone: 'error', text: `${importFailureText(result.error)} ${t('importNothingChanged')}` });
      } else {
        const s = result.summary;
        const skipped = s.skippedSameDoc + s.skippedSameUrl + s.skippedNearDuplicate;
        setNotice({ tone: 'ok', text: t('importDone', s.imported, skipped, s.skippedSameDoc, s.skippedSameUrl, s.skippedNearDuplicate) });
      }
    } catch (e) {
      setNotice({ tone: 'error', text: thrownText(e) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  return (
    <CorpusManager
      docs={docs}
      usage={usage}
      query={query}
      notice={notice}
      busy={busy}
      onQuery={setQuery}
      onDelete={(doc) => void onDelete(doc)}
      onSetHidden={(doc, hidden) => void onSetHidden(doc, hidden)}
      onExport={(scope) => void onExport(scope)}
      onImport={(file) => void onImport(file)}
    />
  );
}
