import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckedClaim, SourceMatch } from '@/lib/engine/types';
import type { Settings, TabState } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { ClaimItem } from './ClaimItem';
import { FilterBar } from './FilterBar';
import { StatusMessage } from './StatusMessage';
import { Switch } from './Switch';
import { countByFilter, filterClaims, type ClaimFilter } from './claimFilter';

/** What the popup knows about its tab: still asking, the storage failed, or the tab's state. */
export type PopupModel =
  | { kind: 'loading' }
  | { kind: 'storage-failed' }
  | { kind: 'tab'; state: TabState };

export interface PopupViewProps {
  model: PopupModel;
  settings: Settings;
  /** The tab's site as the settings name it ('' for pages that are not on the web). */
  site: string;
  /** A claim to open on first render (the hover card's "full comparison" link). */
  initialClaimId?: string | null;
  /** The save button (issue 5's SaveArticle), shown in the header when the page can be saved. */
  saveSlot?: ComponentChildren;
  onSiteEnabled: (enabled: boolean) => void;
  onPaused: (paused: boolean) => void;
  onOpenSource: (match: SourceMatch) => void;
  /** Scroll the tab to a claim's highlight ("show on page"). */
  onReveal?: (claimId: string) => void;
}

/** The popup: header with the switches, then the tab's claims or the state explaining why none. */
export function PopupView(props: PopupViewProps) {
  const { model, settings, site } = props;
  const siteOff = site !== '' && settings.disabledSites.includes(site);
  const isWebPage = model.kind === 'tab' && model.state.status !== 'not-a-web-page';
  return (
    <div class="popup">
      <header class="popup-head">
        <img class="logo" src="/icon/32.png" alt="" width="24" height="24" />
        <div class="popup-title">
          <h1>{t('extName')}</h1>
          {site && <bdi class="site">{site}</bdi>}
        </div>
        {isWebPage && props.saveSlot}
      </header>
      <div class="switches" role="group" aria-label={t('settingsLabel')}>
        <Switch name="site-off" label={t('siteOffLabel')} checked={siteOff} disabled={!site} onChange={(off) => props.onSiteEnabled(!off)} />
        <Switch name="pause" label={t('pauseLabel')} checked={settings.paused} onChange={props.onPaused} />
      </div>
      <main class="popup-body">
        <PopupBody {...props} siteOff={siteOff} />
      </main>
    </div>
  );
}

function PopupBody(props: PopupViewProps & { siteOff: boolean }) {
  const { model, settings, site, siteOff } = props;
  if (model.kind === 'storage-failed') {
    return <StatusMessage kind="storage-failed" tone="error" icon="⚠" title={t('stateStorageFailedTitle')} body={t('stateStorageFailed')} />;
  }
  if (model.kind === 'loading') return <Analysing />;
  const { state } = model;
  if (state.status === 'not-a-web-page') {
    return <StatusMessage kind="not-a-web-page" icon="⌂" title={t('stateNotWebPageTitle')} body={t('stateNotWebPage')} />;
  }
  // The switches are live while the tab's state may still be the one from before the flip.
  if (settings.paused) {
    return (
      <StatusMessage kind="paused" icon="❚❚" title={t('statePausedTitle')} body={t('statePaused')}>
        <button type="button" class="primary" onClick={() => props.onPaused(false)}>{t('resumeButton')}</button>
      </StatusMessage>
    );
  }
  if (siteOff) {
    return (
      <StatusMessage kind="off" icon="⏻" title={t('stateSiteOffTitle')} body={t('stateSiteOff', site)}>
        <button type="button" class="primary" onClick={() => props.onSiteEnabled(true)}>{t('turnOnButton')}</button>
      </StatusMessage>
    );
  }
  switch (state.status) {
    case 'not-about-aleppo':
      return <StatusMessage kind="not-about-aleppo" icon="∅" title={t('stateNotRelevantTitle')} body={t('stateNotRelevant')} />;
    case 'error':
      if (state.errorKind === 'storage') {
        return <StatusMessage kind="storage-failed" tone="error" icon="⚠" title={t('stateStorageFailedTitle')} body={t('stateStorageFailed')} />;
      }
      return <StatusMessage kind="error" tone="error" icon="⚠" title={t('stateErrorTitle')} body={t('stateError')} />;
    case 'done':
      if (state.result && !state.result.relevant) {
        return <StatusMessage kind="not-about-aleppo" icon="∅" title={t('stateNotRelevantTitle')} body={t('stateNotRelevant')} />;
      }
      if (!state.result || state.result.claims.length === 0) {
        return <StatusMessage kind="no-claims" icon="¶" title={t('stateNoClaimsTitle')} body={t('stateNoClaims')} />;
      }
      return (
        <ClaimList
          claims={state.result.claims}
          pageLang={state.result.lang}
          initialClaimId={props.initialClaimId ?? null}
          onOpenSource={props.onOpenSource}
          onReveal={props.onReveal}
        />
      );
    default:
      // 'analysing', and 'off'/'paused' left over from before the reader switched back on.
      return <Analysing />;
  }
}

/** How long a check may take before the popup suggests reloading the page: a check takes well
 *  under a second, so this long means no content script is running in the tab. */
export const ANALYSING_HINT_DELAY_MS = 4_000;

function Analysing() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), ANALYSING_HINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <StatusMessage kind="analysing" tone="busy" icon="" title={t('stateAnalysingTitle')} body={t('stateAnalysing')}>
      {slow && <p class="status-hint">{t('stateAnalysingSlow')}</p>}
    </StatusMessage>
  );
}

interface ClaimListProps {
  claims: CheckedClaim[];
  pageLang: string;
  initialClaimId: string | null;
  onOpenSource: (match: SourceMatch) => void;
  onReveal: ((claimId: string) => void) | undefined;
}

function ClaimList({ claims, pageLang, initialClaimId, onOpenSource, onReveal }: ClaimListProps) {
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initialClaimId ? [initialClaimId] : []));
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const listRef = useRef<HTMLUListElement | null>(null);
  // The hover card's "show comparison" opens the popup on one claim: bring it into view once.
  useEffect(() => {
    if (!initialClaimId) return;
    const items = [...(listRef.current?.children ?? [])];
    const item = items.find((el) => el.getAttribute('data-xref-claim') === initialClaimId);
    item?.scrollIntoView?.({ block: 'start' });
  }, [initialClaimId]);
  const shown = filterClaims(claims, filter);
  return (
    <>
      <p class="summary">{t('summaryLine', claims.length)}</p>
      <FilterBar selected={filter} counts={countByFilter(claims)} onSelect={setFilter} />
      {shown.length === 0 ? (
        <p class="filter-empty">{t('filterEmpty')}</p>
      ) : (
        <ul class="claims" ref={listRef}>
          {shown.map((c) => (
            <ClaimItem
              key={c.id}
              claim={c}
              pageLang={pageLang}
              expanded={expanded.has(c.id)}
              onToggle={toggle}
              onOpenSource={onOpenSource}
              onReveal={onReveal}
            />
          ))}
        </ul>
      )}
    </>
  );
}
