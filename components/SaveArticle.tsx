import { useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusFailure, DocSummary, DuplicateInfo, SaveDraft, SavePageResult, SavePreview } from '@/lib/corpus/protocol';
import { t } from '@/lib/i18n';
import { failureText, thrownText } from './corpusMessages';
import './save-article.css';

/** The reader's corrections of the extracted metadata. */
export interface SaveFields {
  title: string;
  outlet: string;
  /** YYYY-MM-DD or ''. */
  published: string;
}

export interface SaveArticleProps {
  /** Extract and analyse the page (the background's previewSave). */
  onPreview: () => Promise<SavePreview>;
  /** Save with the reader's corrections (the background's savePage). */
  onSave: (fields: SaveFields, keepBoth: boolean) => Promise<SavePageResult>;
  /** Open the corpus manager (options page). */
  onOpenManager: () => void;
  /** Open the panel at once (the context menu's "Save page to corpus"). */
  startOpen?: boolean;
}

type Phase =
  | { kind: 'closed' }
  | { kind: 'extracting' }
  | { kind: 'form'; draft: SaveDraft; duplicate: DuplicateInfo | null; saving: boolean; error: string | null }
  | { kind: 'saved'; doc: DocSummary }
  | { kind: 'failed'; message: string };

function duplicateText(dup: DuplicateInfo): string {
  const title = dup.existing.title || t('untitled');
  if (dup.reason === 'same-url') return t('saveDuplicateUrl', title);
  if (dup.reason === 'same-text') return t('saveDuplicateText', title);
  return t('saveNearDuplicate', title, dup.existing.outlet ?? t('unknownOutlet'));
}

/**
 * The popup's save panel: a "Save article" button (data-xref-action="save") that opens a small
 * form with the extracted title, outlet and date for the reader to correct, the duplicate
 * status (with "Keep both" only for another outlet's copy of the same text), then the outcome.
 */
export function SaveArticle({ onPreview, onSave, onOpenManager, startOpen = false }: SaveArticleProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [fields, setFields] = useState<SaveFields>({ title: '', outlet: '', published: '' });
  const titleInput = useRef<HTMLTextAreaElement>(null);

  const open = () => {
    setPhase({ kind: 'extracting' });
    onPreview().then(
      (preview) => {
        if (!preview.ok) return setPhase({ kind: 'failed', message: failureText(preview.error) });
        const { draft, duplicate } = preview;
        setFields({ title: draft.title, outlet: draft.outlet ?? '', published: draft.published ?? '' });
        setPhase({ kind: 'form', draft, duplicate, saving: false, error: null });
      },
      (e: unknown) => setPhase({ kind: 'failed', message: thrownText(e) }),
    );
  };

  useEffect(() => {
    if (startOpen) open();
  }, [startOpen]);

  useEffect(() => {
    if (phase.kind === 'form' && !phase.saving) titleInput.current?.focus();
  }, [phase.kind]);

  const save = (keepBoth: boolean) => {
    if (phase.kind !== 'form') return;
    const form = phase;
    setPhase({ ...form, saving: true, error: null });
    onSave(fields, keepBoth).then(
      (result) => {
        if (!result.ok) return setPhase({ ...form, saving: false, error: failureText(result.error as CorpusFailure) });
        if (result.status === 'saved') return setPhase({ kind: 'saved', doc: result.doc });
        setPhase({ ...form, saving: false, duplicate: result.duplicate });
      },
      (e: unknown) => setPhase({ ...form, saving: false, error: thrownText(e) }),
    );
  };

  const close = () => setPhase({ kind: 'closed' });
  const busy = phase.kind === 'extracting' || (phase.kind === 'form' && phase.saving);

  return (
    <div class="save-article">
      <button type="button" class="save-open" data-xref-action="save" aria-expanded={phase.kind !== 'closed'} disabled={busy} onClick={open}>
        {t('saveButton')}
      </button>
      {phase.kind !== 'closed' && (
        <div class="save-backdrop" onClick={(e) => e.target === e.currentTarget && !busy && close()}>
          <section class="save-panel" role="dialog" aria-modal="true" aria-labelledby="save-panel-title" data-save-state={phase.kind}
            onKeyDown={(e) => e.key === 'Escape' && !busy && close()}>
            <h2 id="save-panel-title">{t('savePanelTitle')}</h2>
            {phase.kind === 'extracting' && <p class="save-status" role="status">{t('saveExtracting')}</p>}
            {phase.kind === 'failed' && (
              <>
                <p class="save-error" role="alert">{phase.message}</p>
                <div class="save-actions">
                  <button type="button" onClick={open}>{t('saveRetry')}</button>
                  <button type="button" onClick={close}>{t('saveCancel')}</button>
                </div>
              </>
            )}
            {phase.kind === 'saved' && (
              <>
                <p class="save-done" role="status" data-xref-saved={phase.doc.docId}>{t('saveDone', phase.doc.title)}</p>
                <div class="save-actions">
                  <button type="button" onClick={onOpenManager}>{t('saveOpenManager')}</button>
                  <button type="button" class="primary" onClick={close}>{t('saveCancel')}</button>
                </div>
              </>
            )}
            {phase.kind === 'form' && <SaveForm phase={phase} fields={fields} setFields={setFields} titleInput={titleInput} onSave={save} onCancel={close} />}
          </section>
        </div>
      )}
    </div>
  );
}

interface SaveFormProps {
  phase: Extract<Phase, { kind: 'form' }>;
  fields: SaveFields;
  setFields: (f: SaveFields) => void;
  titleInput: { current: HTMLTextAreaElement | null };
  onSave: (keepBoth: boolean) => void;
  onCancel: () => void;
}

function SaveForm({ phase, fields, setFields, titleInput, onSave, onCancel }: SaveFormProps) {
  const { draft, duplicate, saving, error } = phase;
  // A second copy is only for a different outlet: re-judged as the reader edits the outlet.
  const outletDiffers = (duplicate?.existing.outlet ?? '').trim().toLowerCase() !== fields.outlet.trim().toLowerCase();
  // The background judges again on save (every similar copy, not just the closest).
  const keepBoth = duplicate?.reason === 'near-duplicate' && outletDiffers && fields.outlet.trim() !== '';
  return (
    <form
      class="save-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(false);
      }}
    >
      <p class="save-hint">{t('saveFieldsHint')}</p>
      <label>
        <span>{t('saveFieldTitle')}</span>
        <textarea ref={titleInput} name="title" rows={2} required maxLength={1000} dir="auto" value={fields.title}
          onInput={(e) => setFields({ ...fields, title: e.currentTarget.value })} />
      </label>
      <label>
        <span>{t('saveFieldOutlet')}</span>
        <input name="outlet" maxLength={200} dir="auto" value={fields.outlet}
          onInput={(e) => setFields({ ...fields, outlet: e.currentTarget.value })} />
      </label>
      <label>
        <span>{t('saveFieldDate')}</span>
        <input name="published" type="date" value={fields.published}
          onInput={(e) => setFields({ ...fields, published: e.currentTarget.value })} />
      </label>
      {draft.byline && <p class="save-byline" dir="auto">{t('saveByline', draft.byline)}</p>}
      <p class="save-claims">{draft.claimCount > 0 ? t('saveClaimCount', draft.claimCount) : t('saveNoClaims')}</p>
      {duplicate && (
        <div class="save-duplicate" role="alert" data-duplicate={duplicate.reason}>
          <p>{duplicateText(duplicate)}</p>
          {keepBoth && <p>{t('saveKeepBothHint')}</p>}
        </div>
      )}
      {error && <p class="save-error" role="alert">{error}</p>}
      <div class="save-actions">
        <button type="button" onClick={onCancel} disabled={saving}>{t('saveCancel')}</button>
        {keepBoth && (
          <button type="button" data-xref-action="keep-both" disabled={saving} onClick={() => onSave(true)}>{t('saveKeepBoth')}</button>
        )}
        <button type="submit" class="primary" data-xref-action="confirm-save" disabled={saving || duplicate !== null}>
          {saving ? t('saveSaving') : t('saveConfirm')}
        </button>
      </div>
    </form>
  );
}
