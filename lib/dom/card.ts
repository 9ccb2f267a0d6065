import type { CheckedClaim, SourceMatch } from '@/lib/engine/types';
import type { CardLabels } from './card-labels';
import { CARD_STYLES } from './card-styles';

/**
 * The hover/focus card that explains one highlighted claim: its verdict, the best sources
 * (title, outlet, date, the source's sentence and why it agrees or not) and a way to the full
 * comparison. It lives in a shadow root under ONE host element carrying `data-xref-ui`
 * (docs/contracts.md §2). Everything shown comes from pages and sources, so it is set with
 * textContent only, never parsed as HTML. Plain DOM, no Preact: this ships in the content script.
 */

export const CARD_HOST_TAG = 'xref-card';
/** Sources shown in the card; the rest are in the full comparison. */
export const MAX_CARD_SOURCES = 3;
/** Longest claim text repeated in the card. */
const MAX_CLAIM_CHARS = 240;
/** Longest source sentence shown. */
const MAX_EVIDENCE_CHARS = 320;
/** Gap between the claim and the card, in CSS pixels. */
const CARD_GAP = 6;
/** Keeps the card this far from the viewport's edges. */
const VIEWPORT_MARGIN = 8;

const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export interface CardActions {
  openComparison(claim: CheckedClaim): void;
  openSource(claim: CheckedClaim, match: SourceMatch): void;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Conflicts first (what the reader most needs to see), then by closeness. */
function bestSources(matches: SourceMatch[]): SourceMatch[] {
  return [...matches].sort((a, b) => (a.stance === b.stance ? b.score - a.score : a.stance === 'conflicts' ? -1 : 1));
}

export class ClaimCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;
  private current: CheckedClaim | null = null;

  constructor(
    private readonly doc: Document,
    private readonly labels: CardLabels,
    private readonly actions: CardActions,
  ) {}

  get isOpen(): boolean {
    return this.current !== null;
  }

  get claimId(): string | null {
    return this.current?.id ?? null;
  }

  /** Whether `node` is inside the card's host (events from the shadow root retarget to it). */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && this.host.contains(node);
  }

  /** Shows the card for `claim` next to `anchor`; moves focus into it when `focus` is true
   *  (keyboard opening), leaves focus alone on hover. */
  show(claim: CheckedClaim, anchor: HTMLElement, focus: boolean): void {
    const card = this.ensureCard();
    this.current = claim;
    this.anchor = anchor;
    this.render(card, claim);
    this.host!.style.display = 'block';
    this.position(anchor);
    if (focus) card.querySelector<HTMLElement>('button.primary')?.focus();
  }

  /** Hides the card; with `restoreFocus`, focus goes back to the claim it was opened from. */
  hide(restoreFocus: boolean): void {
    if (!this.current) return;
    const anchor = this.anchor;
    this.current = null;
    this.anchor = null;
    if (this.host) this.host.style.display = 'none';
    if (restoreFocus && anchor?.isConnected) anchor.focus();
  }

  /** Removes the host element from the page. */
  destroy(): void {
    this.hide(false);
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  private ensureCard(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const doc = this.doc;
    const host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute('data-xref-ui', '');
    // Inline, so page rules for unknown elements can't move or hide the host.
    host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647; display: none;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_STYLES;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', this.labels.cardLabel);
    card.tabIndex = -1;
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.hide(true);
      }
    });
    shadow.append(style, card);
    // Under <html>, not <body>: a positioned <body> with margins would offset the card.
    doc.documentElement.appendChild(host);
    this.host = host;
    this.card = card;
    return card;
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const element = this.doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  private render(card: HTMLElement, claim: CheckedClaim): void {
    const { labels } = this;
    card.replaceChildren();
    card.dir = RTL_SCRIPT.test(claim.text) ? 'rtl' : 'ltr';

    const head = this.el('div', 'head');
    head.append(this.el('span', `verdict ${claim.verdict}`, labels.verdict[claim.verdict]));
    const close = this.el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', labels.close);
    close.addEventListener('click', () => this.hide(true));
    head.append(close);
    const claimText = this.el('p', 'claim', truncate(claim.text, MAX_CLAIM_CHARS));
    claimText.dir = 'auto';
    card.append(head, claimText);

    const sources = bestSources(claim.matches);
    if (sources.length === 0) card.append(this.el('p', 'none', labels.noSources));
    const list = this.el('ul', '');
    for (const match of sources.slice(0, MAX_CARD_SOURCES)) list.append(this.renderSource(claim, match));
    if (sources.length > 0) card.append(list);
    if (sources.length > MAX_CARD_SOURCES) card.append(this.el('p', 'more', labels.more(sources.length - MAX_CARD_SOURCES)));

    const full = this.el('button', 'primary', labels.fullComparison);
    full.type = 'button';
    full.addEventListener('click', () => this.actions.openComparison(claim));
    card.append(full);
  }

  private renderSource(claim: CheckedClaim, match: SourceMatch): HTMLElement {
    const item = this.el('li', '');
    item.setAttribute('data-stance', match.stance);
    item.append(this.el('div', `stance ${match.stance}`, this.labels.stance[match.stance]));
    const title = this.el('div', 'title', match.title);
    title.dir = 'auto';
    item.append(title);
    const meta = [match.outlet, match.published].filter((part): part is string => !!part).join(' · ');
    if (meta) item.append(this.el('div', 'meta', meta));
    const evidence = this.el('blockquote', '', truncate(match.evidence, MAX_EVIDENCE_CHARS));
    evidence.dir = 'auto';
    evidence.lang = match.lang;
    item.append(evidence);
    if (match.reason) {
      const reason = this.el('div', 'reason', match.reason);
      reason.dir = 'auto';
      item.append(reason);
    }
    const open = this.el('button', 'link', this.labels.openSource);
    open.type = 'button';
    open.addEventListener('click', () => this.actions.openSource(claim, match));
    item.append(open);
    return item;
  }

  /** Below the claim when it fits, else above; aligned to the claim's start edge; inside the
   *  viewport horizontally. */
  private position(anchor: HTMLElement): void {
    const host = this.host!;
    const view = this.doc.defaultView;
    if (!view || !this.card) return;
    const rect = anchor.getBoundingClientRect();
    const cardRect = this.card.getBoundingClientRect();
    const width = cardRect.width || 380;
    const height = cardRect.height || 0;
    const viewportWidth = view.innerWidth;
    const viewportHeight = view.innerHeight;
    const fitsBelow = rect.bottom + CARD_GAP + height <= viewportHeight - VIEWPORT_MARGIN;
    const fitsAbove = rect.top - CARD_GAP - height >= VIEWPORT_MARGIN;
    const top = fitsBelow || !fitsAbove ? rect.bottom + CARD_GAP : rect.top - CARD_GAP - height;
    const preferred = this.card.dir === 'rtl' ? rect.right - width : rect.left;
    const left = Math.max(VIEWPORT_MARGIN, Math.min(preferred, viewportWidth - width - VIEWPORT_MARGIN));
    // The host is positioned in document coordinates, so the card scrolls with the claim.
    host.style.top = `${Math.round(top + view.scrollY)}px`;
    host.style.left = `${Math.round(left + view.scrollX)}px`;
  }
}
