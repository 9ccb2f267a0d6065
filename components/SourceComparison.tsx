import type { SourceMatch, StanceReason } from '@/lib/engine/types';
import { t, uiLang } from '@/lib/i18n';
import { MarkedText } from './MarkedText';
import { StanceBadge } from './VerdictBadge';
import { dirOfLang, formatDate } from './format';
import { markValue } from './markValues';

/** Reason codes that name a disagreement: their values are marked as differing. */
const DIFFERS: ReadonlySet<StanceReason['code']> = new Set([
  'figure-differs', 'place-differs', 'actor-differs', 'time-differs', 'order-differs', 'denied', 'negated',
]);

export interface SourceComparisonProps {
  /** The page's claim sentence. */
  claimText: string;
  /** Language of the page, for the claim column's direction. */
  pageLang: string;
  match: SourceMatch;
  onOpenSource: (match: SourceMatch) => void;
}

/**
 * One source set beside the claim: the page's sentence and the source's sentence side by side,
 * the values the engine compared marked in both (red-ish for a difference, green-ish for
 * agreement), the source's title, outlet and date, the reason, and "open source".
 */
export function SourceComparison({ claimText, pageLang, match, onOpenSource }: SourceComparisonProps) {
  const detail = match.reasonDetail;
  const kind = DIFFERS.has(detail.code) ? 'differs' : 'same';
  const date = formatDate(match.published, uiLang());
  return (
    <article class="source" data-xref-doc={match.docId} data-xref-stance={match.stance}>
      <header class="source-head">
        <StanceBadge stance={match.stance} />
        <div class="source-meta">
          {/* dir="auto": an Arabic title in an English UI (or the reverse) keeps its own direction,
              so a clamped title loses its end, not its beginning; the CSS aligns it with the UI. */}
          <span class="source-title" dir="auto" lang={match.lang}>{match.title || t('untitled')}</span>
          <span class="source-byline">
            {match.outlet ? <bdi>{match.outlet}</bdi> : t('unknownOutlet')} · {date ?? t('unknownDate')}
          </span>
        </div>
      </header>
      <div class="compare">
        <figure class="compare-col">
          <figcaption>{t('thisPage')}</figcaption>
          <blockquote dir={dirOfLang(pageLang)} lang={pageLang}>
            <MarkedText segments={markValue(claimText, detail.claimValue, kind)} />
          </blockquote>
        </figure>
        <figure class="compare-col">
          <figcaption>{t('theSource')}</figcaption>
          <blockquote dir={dirOfLang(match.lang)} lang={match.lang}>
            <MarkedText segments={markValue(match.evidence, detail.sourceValue, kind)} />
          </blockquote>
        </figure>
      </div>
      <footer class="source-foot">
        <p class="reason">
          <span class="reason-label">{t('reasonLabel')}:</span> {match.reason}
        </p>
        <button type="button" class="link-button" data-action="open-source" onClick={() => onOpenSource(match)}>
          {t('openSource')} <span aria-hidden="true">↗</span>
        </button>
      </footer>
    </article>
  );
}
