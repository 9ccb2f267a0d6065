import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckResult } from '@/lib/engine/types';
import type { CardLabels } from '@/lib/dom/card-labels';
import { hash32 } from '@/lib/corpus/dedupe';
import { extractArticle, type ExtractedArticle } from '@/lib/dom/extract';
import { highlightClaims, MARK_TAG, removeHighlights } from '@/lib/dom/highlight';
import { stylesheetsLoaded } from '@/lib/dom/stylesheets';
import { pageMentionsAleppo } from '@/lib/dom/quick-test';
import { checkingStatus, sendMessage, type PageStatus, type Settings } from '@/lib/messaging';
import type { ClaimCardController } from './claim-card-controller';

/**
 * One page's life: quick test → extract → ask the background → highlight, and again when the
 * article appears late, changes, or the page navigates in place (SPA). Its own DOM changes are
 * never taken for page changes, and a text already checked is not sent again, so highlighting
 * can't feed back into itself.
 */

/** Quiet time after the last page mutation before looking again. */
const MUTATION_DEBOUNCE_MS = 800;
/** At most one look per this interval however busy the page is (tickers, ads, live blogs). */
const MIN_RECHECK_INTERVAL_MS = 2_000;

/** A cheap fingerprint of a text: equal text, equal hash. */
function hashText(text: string): string {
  return `${text.length}:${hash32(text).toString(36)}`;
}

/** What a check is of: the page (without its fragment) and its article's text. */
function articleKey(article: ExtractedArticle): string {
  return `${location.href.split('#')[0]}\n${hashText(article.text)}`;
}

export class PageChecker {
  private status: PageStatus['status'] = 'analysing';
  /** The reader's switches; null until first read (a storage round trip the first check
   *  overlaps with its extraction). */
  private settings: Settings | null = null;
  private readonly firstSettings: Promise<Settings>;
  /** Page mutations seen so far: an extraction made at the same count still maps the page. */
  private pageChanges = 0;
  private checkedKey: string | null = null;
  private article: ExtractedArticle | null = null;
  private running: Promise<void> | null = null;
  private rerunRequested = false;
  private debounceTimer: number | undefined;
  private lastRunAt = 0;
  private readonly observer: MutationObserver;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    settings: Promise<Settings>,
    private readonly labels: CardLabels,
    private readonly cards: ClaimCardController,
  ) {
    this.firstSettings = settings.then((value) => (this.settings ??= value));
    this.observer = new MutationObserver((records) => this.onMutations(records));
    ctx.onInvalidated(() => {
      this.observer.disconnect();
      this.clearHighlights();
    });
  }

  /** Starts checking and watching the page. */
  start(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    // Once the page's styles are in (extraction asks the layout what is visible), and in a task
    // of its own: setting up the checker and extracting the article in one task made it the
    // page's longest (35 ms on the Arabic bench page under load). The settings are read meanwhile.
    void stylesheetsLoaded(this.doc).then(() => this.ctx.setTimeout(() => void this.run(false), 0));
  }

  get pageStatus(): PageStatus {
    return { status: this.status, url: location.href, title: this.doc.title };
  }

  get currentArticle(): ExtractedArticle | null {
    return this.article;
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    void this.run(true);
  }

  /** The page navigated in place: whatever was checked belongs to the old page. */
  onLocationChange(): void {
    this.checkedKey = null;
    this.schedule();
  }

  /** Runs a check now, even when the text is unchanged (the corpus changed). */
  recheck(): Promise<void> {
    return this.run(true);
  }

  private schedule(): void {
    clearTimeout(this.debounceTimer);
    const wait = Math.max(MUTATION_DEBOUNCE_MS, this.lastRunAt + MIN_RECHECK_INTERVAL_MS - Date.now());
    this.debounceTimer = this.ctx.setTimeout(() => void this.run(false), wait);
  }

  private onMutations(records: MutationRecord[]): void {
    if (!records.some((r) => this.isPageMutation(r))) return;
    this.pageChanges++;
    this.schedule();
  }

  /** Mutations of the page itself. Our own highlighting is never seen here (every change to
   *  the marks is followed by takeRecords()); what remains to ignore is the card's host. */
  private isPageMutation(record: MutationRecord): boolean {
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    if (target?.closest('[data-xref-ui]')) return false;
    if (record.type !== 'childList') return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    return !(changed.length > 0 && changed.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-xref-ui')));
  }

  private run(force: boolean): Promise<void> {
    if (this.running) {
      this.rerunRequested = true;
      if (force) this.checkedKey = null;
      return this.running;
    }
    this.running = this.check(force)
      .catch((e: unknown) => {
        this.status = 'error';
        // Let the next page change or navigation try again.
        this.checkedKey = null;
        console.debug('[aleppo-xref] page check failed', e);
      })
      .finally(() => {
        this.running = null;
        this.lastRunAt = Date.now();
        if (this.rerunRequested && this.ctx.isValid) {
          this.rerunRequested = false;
          this.schedule();
        }
      });
    return this.running;
  }

  private async check(force: boolean): Promise<void> {
    // The first check extracts while the settings are being read; later ones know them.
    const early = this.settings ? undefined : this.extract();
    const switched = checkingStatus(this.settings ?? (await this.firstSettings), location.href);
    if (switched !== 'on') {
      this.status = switched;
      this.checkedKey = null;
      this.clearHighlights();
      return;
    }
    const extracted = early === undefined ? this.extract() : early;
    if (!extracted) return this.notRelevant();
    const { article, key, changes } = extracted;
    if (!force && key === this.checkedKey) return;
    this.checkedKey = key;
    this.status = 'analysing';
    const answer = await sendMessage('checkPage', {
      url: location.href,
      text: article.text,
      title: article.title,
      published: article.published,
      printedDates: article.printedDates,
      langHint: article.lang,
      canonicalUrl: article.canonicalUrl,
      siteName: article.siteName,
    });
    if (!this.ctx.isValid) return;
    if (answer.status === 'off' || answer.status === 'paused') {
      this.status = answer.status;
      this.clearHighlights();
      return;
    }
    this.status = answer.status;
    this.apply(answer.result, extracted.article, key, changes);
  }

  /** The page's article and what identifies it (URL and text); null when the page does not
   *  mention Aleppo or has no article. */
  private extract(): { article: ExtractedArticle; key: string; changes: number } | null {
    if (!pageMentionsAleppo(this.doc)) return null;
    this.takePageRecords();
    const changes = this.pageChanges;
    const article = extractArticle(this.doc);
    return article && { article, key: articleKey(article), changes };
  }

  /** Counts the page mutations not yet delivered to the observer (and schedules a look). */
  private takePageRecords(): void {
    this.onMutations(this.observer.takeRecords());
  }

  private notRelevant(): void {
    this.status = 'not-about-aleppo';
    this.checkedKey = null;
    this.clearHighlights();
  }

  /**
   * Replaces the highlights with the result's, if the page still shows the checked text. The
   * extraction that was checked is reused when nothing on the page changed since (and it had no
   * highlights of ours to take away, which would have merged the text nodes it points into):
   * extracting again costs the page 5–30 ms before the first highlight.
   */
  private apply(result: CheckResult | null, checked: ExtractedArticle, key: string, changesAtExtraction: number): void {
    this.takePageRecords();
    const unchanged = this.pageChanges === changesAtExtraction && !this.doc.querySelector(MARK_TAG);
    this.clearHighlights();
    const article = unchanged ? checked : extractArticle(this.doc);
    if (!article || articleKey(article) !== key) {
      // The page changed while the background was checking: look again.
      this.checkedKey = null;
      this.schedule();
      return;
    }
    this.article = article;
    const claims = result?.relevant ? result.claims : [];
    highlightClaims(
      article.segments,
      claims.map((c) => ({ id: c.id, start: c.start, end: c.end, verdict: c.verdict, label: this.labels.markLabel(c.verdict) })),
    );
    this.cards.setClaims(claims);
    this.observer.takeRecords();
  }

  private clearHighlights(): void {
    this.cards.hide();
    this.cards.setClaims([]);
    if (this.doc.querySelector(MARK_TAG)) removeHighlights(this.doc);
    // Our own changes are not page changes.
    this.observer.takeRecords();
  }

  /** Scrolls to a claim's highlight and focuses it; false when the page has none for it. */
  revealClaim(claimId: string): boolean {
    const mark = this.doc.querySelector<HTMLElement>(`${MARK_TAG}[data-xref-claim="${CSS.escape(claimId)}"]`);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
    return true;
  }
}
