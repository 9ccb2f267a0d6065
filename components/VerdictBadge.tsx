import type { Stance, Verdict } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { STANCE_LOOK, VERDICT_LOOK } from '@/lib/verdict-style';

/** A verdict as icon + word on its tint: never colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = VERDICT_LOOK[verdict];
  return (
    <span class="badge" data-look={verdict}>
      <span class="badge-icon" aria-hidden="true">{look.icon}</span>
      {t(look.labelKey)}
    </span>
  );
}

/** A source's stance, styled like the verdict it alone would give. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const look = STANCE_LOOK[stance];
  return (
    <span class="badge badge-small" data-look={look.verdict}>
      <span class="badge-icon" aria-hidden="true">{look.icon}</span>
      {t(look.labelKey)}
    </span>
  );
}
