import { t, type MessageKey } from '@/lib/i18n';
import { CLAIM_FILTERS, type ClaimFilter } from './claimFilter';

const LABEL: Record<ClaimFilter, MessageKey> = {
  all: 'filterAll',
  conflicting: 'filterConflicting',
  corroborated: 'filterCorroborated',
  unverified: 'filterUnverified',
};

/** The look (tint and icon) each filter borrows from its verdict; "all" stays neutral. */
const LOOK: Record<ClaimFilter, string | undefined> = {
  all: undefined,
  conflicting: 'conflicting',
  corroborated: 'corroborated',
  unverified: 'unverified',
};

export interface FilterBarProps {
  selected: ClaimFilter;
  counts: Record<ClaimFilter, number>;
  onSelect: (filter: ClaimFilter) => void;
}

/** A row of toggle buttons (all / conflicting / corroborated / unverified) with their counts. */
export function FilterBar({ selected, counts, onSelect }: FilterBarProps) {
  return (
    <div class="filters" role="group" aria-label={t('filterLabel')}>
      {CLAIM_FILTERS.map((f) => (
        <button
          type="button"
          key={f}
          class="filter"
          data-filter={f}
          data-look={LOOK[f]}
          aria-pressed={selected === f}
          onClick={() => onSelect(f)}
        >
          <span>{t(LABEL[f])}</span>
          <span class="filter-count">{counts[f]}</span>
        </button>
      ))}
    </div>
  );
}
