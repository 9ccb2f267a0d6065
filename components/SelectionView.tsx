import { useState } from 'preact/hooks';
import type { CheckResult, SourceMatch } from '@/lib/engine/types';
import type { SelectionRequest } from '@/lib/corpus/protocol';
import { t } from '@/lib/i18n';
import { ClaimItem } from './ClaimItem';
import { StatusMessage } from './StatusMessage';

/** What the selection page knows: still checking, the selection expired, a failure, or the result. */
export type SelectionModel =
  | { kind: 'checking'; request: SelectionRequest }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; request: SelectionRequest; result: CheckResult };

export interface SelectionViewProps {
  model: SelectionModel;
  onOpenSource: (match: SourceMatch) => void;
}

/**
 * The context menu's "Check selected text": the selection, then its claims with the sources
 * that corroborate or contradict each (the popup's claim items, all open).
 */
export function SelectionView({ model, onOpenSource }: SelectionViewProps) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  if (model.kind === 'missing') return <StatusMessage kind="selection-missing" icon="?" title={t('selectionTitle')} body={t('selectionMissing')} />;
  if (model.kind === 'failed') return <StatusMessage kind="error" tone="error" icon="⚠" title={t('selectionTitle')} body={model.message} />;
  const { request } = model;
  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div class="selection">
      <header class="selection-head">
        <h1>{t('selectionTitle')}</h1>
        {(request.pageTitle || request.pageUrl) && <p class="selection-from" dir="auto">{t('selectionFrom', request.pageTitle || request.pageUrl || '')}</p>}
        <blockquote dir="auto">{request.text}</blockquote>
      </header>
      {model.kind === 'checking' ? (
        <StatusMessage kind="analysing" tone="busy" icon="" title={t('selectionChecking')} body="" />
      ) : model.result.claims.length === 0 ? (
        <StatusMessage kind="no-claims" icon="∅" title={t('stateNoClaimsTitle')} body={t('selectionNoClaims')} />
      ) : (
        <ul class="claims">
          {model.result.claims.map((claim) => (
            <ClaimItem
              key={claim.id}
              claim={claim}
              pageLang={model.result.lang}
              expanded={!collapsed.has(claim.id)}
              onToggle={toggle}
              onOpenSource={onOpenSource}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
