import type { CheckedClaim, SourceMatch } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { SourceComparison } from './SourceComparison';
import { VerdictBadge } from './VerdictBadge';
import { dirOfLang } from './format';

export interface ClaimItemProps {
  claim: CheckedClaim;
  pageLang: string;
  expanded: boolean;
  onToggle: (claimId: string) => void;
  onOpenSource: (match: SourceMatch) => void;
  /** Scroll the page to this claim's highlight; absent when there is no page to scroll. */
  onReveal?: (claimId: string) => void;
}

/**
 * One claim of the page: its verdict and sentence; expanded, the comparison with each source.
 * Carries the popup contract's `data-xref-claim` / `data-xref-verdict` (contracts.md §3).
 */
export function ClaimItem({ claim, pageLang, expanded, onToggle, onOpenSource, onReveal }: ClaimItemProps) {
  const panelId = `claim-panel-${claim.id}`;
  return (
    <li class="claim" data-xref-claim={claim.id} data-xref-verdict={claim.verdict} data-look={claim.verdict}>
      <button
        type="button"
        class="claim-toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        title={expanded ? t('hideComparison') : t('showComparison')}
        onClick={() => onToggle(claim.id)}
      >
        <span class="claim-top">
          <VerdictBadge verdict={claim.verdict} />
          <span class="claim-sources">{t('sourcesCount', claim.matches.length)}</span>
          <svg class="chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </span>
        <span class="claim-text" dir={dirOfLang(pageLang)} lang={pageLang}>{claim.text}</span>
      </button>
      {expanded && (
        <div class="claim-panel" id={panelId}>
          {claim.matches.length === 0 ? (
            <p class="no-sources">{t('noSources')}</p>
          ) : (
            claim.matches.map((m) => (
              <SourceComparison
                key={`${m.docId}:${m.evidenceStart}`}
                claimText={claim.text}
                pageLang={pageLang}
                match={m}
                onOpenSource={onOpenSource}
              />
            ))
          )}
          {onReveal && (
            <div class="claim-actions">
              <button type="button" class="link-button" data-action="reveal" onClick={() => onReveal(claim.id)}>
                {t('showOnPage')}
              </button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
