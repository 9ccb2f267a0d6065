import type { DocSummary, StorageUsage } from '@/lib/corpus/protocol';
import type { ExportScope } from '@/lib/corpus/exchange';
import { t, uiLang, type MessageKey } from '@/lib/i18n';
import { dirOfLang, formatDate } from './format';
import { sourcePagePath } from './sourceLink';
import { StatusMessage } from './StatusMessage';

/** A line of feedback after an action: what happened, or why it did not. */
export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface CorpusManagerProps {
  /** The documents to show (search results when `query` is set); null while loading. */
  docs: DocSummary[] | null;
  /** Counts over the whole corpus and the bytes used; null until known. */
  usage: StorageUsage | null;
  query: string;
  notice: Notice | null;
  /** An export or import is running: their buttons wait. */
  busy: boolean;
  onQuery: (query: string) => void;
  onDelete: (doc: DocSummary) => void;
  onSetHidden: (doc: DocSummary, hidden: boolean) => void;
  onExport: (scope: ExportScope) => void;
  onImport: (file: File) => void;
}

const LANGUAGE_KEYS: Record<string, MessageKey> = { ar: 'languageAr', en: 'languageEn' };

function languageName(lang: string): string {
  const key = LANGUAGE_KEYS[lang.split('-')[0]!];
  return key ? t(key) : t('languageOther', lang);
}

/** "1.2 MB" / "١٫٢ ميغابايت" for a byte count. */
export function formatBytes(bytes: number, lang: 'ar' | 'en' = uiLang()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/**
 * The corpus manager (options page): storage use, export and import, search, and one row per
 * document (`data-xref-doc`) with its title, outlet, date, language, origin and claim count,
 * a link to the source page, and delete (saved articles) or hide/restore (seeds).
 */
export function CorpusManager(props: CorpusManagerProps) {
  const { docs, usage, query, notice, busy } = props;
  const lang = uiLang();
  return (
    <div class="manager">
      <header class="manager-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="intro">{t('optionsIntro')}</p>
        {usage && (
          <p class="usage" data-xref-usage>
            <span>{t('optionsCounts', usage.docs, usage.saved, usage.hidden)}</span>
            <span>
              {usage.usage !== null && usage.quota !== null
                ? t('optionsStorage', formatBytes(usage.usage, lang), formatBytes(usage.quota, lang))
                : t('optionsStorageUnknown')}
            </span>
          </p>
        )}
      </header>

      <section class="toolbar" aria-label={t('colActions')}>
        <button type="button" data-xref-action="export-all" disabled={busy} onClick={() => props.onExport('all')}>{t('exportAll')}</button>
        <button type="button" data-xref-action="export-saved" disabled={busy} onClick={() => props.onExport('saved')}>{t('exportSaved')}</button>
        <label class={`import-button${busy ? ' disabled' : ''}`}>
          {t('importButton')}
          <input
            type="file"
            accept=".json,application/json"
            data-xref-action="import"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
      </section>

      {notice && (
        <p class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-xref-notice={notice.tone}>
          {notice.text}
        </p>
      )}

      <label class="search">
        <span>{t('optionsSearch')}</span>
        <input type="search" dir="auto" value={query} onInput={(e) => props.onQuery(e.currentTarget.value)} />
      </label>

      {docs === null ? (
        <StatusMessage kind="loading" tone="busy" icon="" title={t('optionsLoading')} body="" />
      ) : docs.length === 0 ? (
        <p class="empty">{t('optionsEmptySearch', query)}</p>
      ) : (
        <DocTable {...props} docs={docs} lang={lang} />
      )}
      {docs !== null && !query && !docs.some((d) => d.origin === 'saved') && <p class="empty">{t('optionsNoSaved')}</p>}
    </div>
  );
}

function DocTable({ docs, lang, onDelete, onSetHidden }: CorpusManagerProps & { docs: DocSummary[]; lang: 'ar' | 'en' }) {
  return (
    <table class="docs">
      <thead>
        <tr>
          <th scope="col">{t('colTitle')}</th>
          <th scope="col">{t('colOutlet')}</th>
          <th scope="col">{t('colDate')}</th>
          <th scope="col">{t('colLanguage')}</th>
          <th scope="col">{t('colOrigin')}</th>
          <th scope="col" class="num">{t('colClaims')}</th>
          <th scope="col">{t('colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((doc) => (
          <tr key={doc.docId} data-xref-doc={doc.docId} data-origin={doc.origin} data-hidden={doc.hidden ? 'true' : 'false'} class={doc.hidden ? 'is-hidden' : ''}>
            <td class="title">
              <a href={sourcePagePath(doc.docId)} target="_blank" rel="noopener" dir={dirOfLang(doc.lang)} lang={doc.lang}>
                {doc.title || t('untitled')}
              </a>
              {doc.hidden && <span class="hidden-badge">{t('docHidden')}</span>}
            </td>
            <td dir="auto">{doc.outlet ?? t('unknownOutlet')}</td>
            <td>{formatDate(doc.published, lang) ?? t('unknownDate')}</td>
            <td>{languageName(doc.lang)}</td>
            <td>{t(doc.origin === 'seed' ? 'originSeed' : 'originSaved')}</td>
            <td class="num">{doc.claimCount.toLocaleString(lang)}</td>
            <td class="actions">
              <a class="action" href={sourcePagePath(doc.docId)} target="_blank" rel="noopener" data-xref-action="open">{t('docOpen')}</a>
              {doc.origin === 'saved' ? (
                <button type="button" class="action danger" data-xref-action="delete" onClick={() => onDelete(doc)}>{t('docDelete')}</button>
              ) : (
                <button type="button" class="action" data-xref-action={doc.hidden ? 'restore' : 'hide'} onClick={() => onSetHidden(doc, !doc.hidden)}>
                  {t(doc.hidden ? 'docRestore' : 'docHide')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
