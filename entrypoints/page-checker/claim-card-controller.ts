import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckedClaim } from '@/lib/engine/types';
import { ClaimCard } from '@/lib/dom/card';
import type { CardLabels } from '@/lib/dom/card-labels';
import { MARK_TAG } from '@/lib/dom/highlight';
import { sendMessage } from '@/lib/messaging';

/**
 * Opens the claim card from the highlights: on hover (after a short pause, so sweeping the
 * pointer across a paragraph doesn't flash cards), and from the keyboard (Enter or Space on a
 * focused claim; Escape closes and returns focus). Listens on the document through `ctx`, one
 * listener per event type however many highlights there are, and never cancels a click.
 */

/** Pointer rest before the card opens. */
const HOVER_OPEN_DELAY_MS = 150;
/** Grace period to move the pointer from the claim into the card. */
const HOVER_CLOSE_DELAY_MS = 350;

export class ClaimCardController {
  private readonly card: ClaimCard;
  private claims = new Map<string, CheckedClaim>();
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    labels: CardLabels,
  ) {
    this.card = new ClaimCard(doc, labels, {
      openComparison: (claim) => void sendMessage('openView', { view: 'popup', claimId: claim.id }).catch(() => undefined),
      openSource: (_claim, match) =>
        void sendMessage('openView', { view: 'source', docId: match.docId, start: match.evidenceStart, end: match.evidenceEnd }).catch(() => undefined),
    });
    ctx.addEventListener(doc, 'mouseover', (event) => this.onPointerOver(event));
    ctx.addEventListener(doc, 'mouseout', (event) => this.onPointerOut(event));
    ctx.addEventListener(doc, 'keydown', (event) => this.onKeyDown(event), { capture: true });
    ctx.addEventListener(doc, 'focusin', (event) => this.onFocusIn(event));
    ctx.addEventListener(doc, 'pointerdown', (event) => this.onPointerDown(event), { capture: true });
  }

  /** The claims the current highlights stand for. */
  setClaims(claims: CheckedClaim[]): void {
    this.claims = new Map(claims.map((c) => [c.id, c]));
    const open = this.card.claimId;
    if (open && !this.claims.has(open)) this.card.hide(false);
  }

  hide(): void {
    this.card.hide(false);
  }

  destroy(): void {
    this.card.destroy();
  }

  private markOf(target: EventTarget | null): HTMLElement | null {
    const el = target as Element | null;
    return el && typeof el.closest === 'function' ? (el.closest(MARK_TAG) as HTMLElement | null) : null;
  }

  /** The claim's first piece (the focusable one), where focus returns to. */
  private anchorFor(mark: HTMLElement): HTMLElement {
    const id = mark.getAttribute('data-xref-claim') ?? '';
    return this.doc.querySelector<HTMLElement>(`${MARK_TAG}[data-xref-claim="${CSS.escape(id)}"][tabindex="0"]`) ?? mark;
  }

  private open(mark: HTMLElement, focus: boolean): void {
    const claim = this.claims.get(mark.getAttribute('data-xref-claim') ?? '');
    if (!claim) return;
    if (this.card.isOpen && this.card.claimId === claim.id && !focus) return;
    this.card.show(claim, focus ? this.anchorFor(mark) : mark, focus);
  }

  private cancelTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  private onPointerOver(event: MouseEvent): void {
    if (this.card.contains(event.target as Node)) {
      this.cancelTimers();
      return;
    }
    const mark = this.markOf(event.target);
    if (!mark) return;
    this.cancelTimers();
    this.openTimer = this.ctx.setTimeout(() => this.open(mark, false), HOVER_OPEN_DELAY_MS);
  }

  private onPointerOut(event: MouseEvent): void {
    const from = this.markOf(event.target) ?? (this.card.contains(event.target as Node) ? (event.target as Element) : null);
    if (!from) return;
    const to = event.relatedTarget as Node | null;
    if (to && (this.card.contains(to) || this.markOf(to) === from)) return;
    clearTimeout(this.openTimer);
    // Keep a card opened from the keyboard while focus is inside it.
    if (this.card.isOpen && this.card.contains(this.doc.activeElement)) return;
    this.closeTimer = this.ctx.setTimeout(() => this.card.hide(false), HOVER_CLOSE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const mark = this.markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      // Only the claim's own key press: a mark never sits on a control the page needs Enter for
      // (the focus is on the mark itself, not on a link around it).
      event.preventDefault();
      this.cancelTimers();
      this.open(mark, true);
    } else if (event.key === 'Escape' && this.card.isOpen && !this.card.contains(event.target as Node)) {
      this.card.hide(this.markOf(event.target) !== null);
    }
  }

  private onFocusIn(event: FocusEvent): void {
    if (!this.card.isOpen) return;
    const target = event.target as Node;
    if (!this.card.contains(target) && !this.markOf(target)) this.card.hide(false);
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.card.isOpen && !this.card.contains(event.target as Node) && !this.markOf(event.target)) this.card.hide(false);
  }
}
