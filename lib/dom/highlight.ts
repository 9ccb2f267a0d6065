import type { Verdict } from '@/lib/engine/types';
import type { TextSegment } from './text-builder';
import { MARK_STYLES } from './highlight-styles';

/**
 * Wraps claims in the page in `<xref-mark>` elements (docs/contracts.md §2): one per text node a
 * claim spans, each carrying `data-xref-claim` and `data-xref-verdict`. A custom element, so page
 * styles written for `mark`/`span` don't restyle or hide it; its look lives in its own shadow
 * root (a style and, on a claim's first piece, a small verdict marker), so nothing else is added
 * to the page's DOM. Highlights never listen to clicks: the page's links keep working.
 *
 * Every highlight can be removed with {@link removeHighlights}, which restores the text nodes the
 * page had (the ones split here are merged back).
 */

export const MARK_TAG = 'xref-mark';

export interface ClaimToHighlight {
  id: string;
  /** Offsets into the extracted text the segments were built from. */
  start: number;
  end: number;
  verdict: Verdict;
  /** Accessible name of the claim's focusable first piece (verdict and how to open details). */
  label: string;
}

interface NodeRange {
  node: Text;
  from: number;
  to: number;
  claim: ClaimToHighlight;
  first: boolean;
}

/** Text nodes created by splitting here: merged back into their previous sibling on removal.
 *  A WeakSet, so nodes the page drops are not kept alive. */
const splitOffNodes = new WeakSet<Text>();

/** Index of the first segment whose end lies after `offset` (segments are in text order). */
function firstSegmentAfter(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The node ranges one claim covers, one per text node (pieces of one node joined, including
 *  the whitespace between them that extraction collapsed). */
function rangesOfClaim(segments: TextSegment[], claim: ClaimToHighlight): NodeRange[] {
  const ranges: NodeRange[] = [];
  for (let i = firstSegmentAfter(segments, claim.start); i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.start >= claim.end) break;
    const from = segment.nodeOffset + Math.max(0, claim.start - segment.start);
    const to = segment.nodeOffset + Math.min(segment.end, claim.end) - segment.start;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.node === segment.node && /^\s*$/.test(segment.node.data.slice(previous.to, from))) {
      previous.to = to;
    } else {
      ranges.push({ node: segment.node, from, to, claim, first: ranges.length === 0 });
    }
  }
  return ranges;
}

function wrapRange(range: NodeRange): HTMLElement | null {
  const { node, from, to } = range;
  const parent = node.parentNode;
  if (!parent || !node.isConnected || to > node.data.length || from >= to) return null;
  // Whitespace-only pieces would make empty-looking, focusable marks between blocks.
  if (/^\s*$/.test(node.data.slice(from, to))) return null;
  if (to < node.data.length) splitOffNodes.add(node.splitText(to));
  let target = node;
  if (from > 0) {
    target = node.splitText(from);
    splitOffNodes.add(target);
  }
  const doc = node.ownerDocument;
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-xref-claim', range.claim.id);
  mark.setAttribute('data-xref-verdict', range.claim.verdict);
  const shadow = mark.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = MARK_STYLES;
  shadow.append(style, doc.createElement('slot'));
  if (range.first) {
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-label', range.claim.label);
    const marker = doc.createElement('span');
    marker.className = 'marker';
    marker.setAttribute('aria-hidden', 'true');
    shadow.append(marker);
  }
  parent.insertBefore(mark, target);
  mark.appendChild(target);
  return mark;
}

/**
 * Highlights `claims` in the page the segments map to. Claims that overlap an earlier one are
 * only highlighted where they don't; a claim whose text nodes have left the page is skipped.
 * Returns the marks made, in no particular order ([] when nothing could be highlighted).
 */
export function highlightClaims(segments: TextSegment[], claims: ClaimToHighlight[]): HTMLElement[] {
  const byNode = new Map<Text, NodeRange[]>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    for (const range of rangesOfClaim(segments, claim)) {
      const list = byNode.get(range.node) ?? [];
      list.push(range);
      byNode.set(range.node, list);
    }
  }
  const marks: HTMLElement[] = [];
  for (const ranges of byNode.values()) {
    // Right to left: splitting off a node's tail keeps the offsets of what lies before valid.
    ranges.sort((a, b) => b.from - a.from);
    let limit = Infinity;
    for (const range of ranges) {
      if (range.to > limit) range.to = limit;
      const mark = wrapRange(range);
      if (mark) marks.push(mark);
      limit = Math.min(limit, range.from);
    }
  }
  return marks;
}

/**
 * Removes every highlight under `root` (the whole document by default), putting the page's text
 * nodes back as they were: split pieces are merged into the node they came from.
 */
export function removeHighlights(root: Document | Element): void {
  const marks = root.querySelectorAll(MARK_TAG);
  const restored: Text[] = [];
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    for (let child = mark.firstChild; child; child = mark.firstChild) {
      if (child.nodeType === 3) restored.push(child as Text);
      parent.insertBefore(child, mark);
    }
    parent.removeChild(mark);
  }
  // Merge in document order, so a chain of splits folds back into its first node.
  const candidates = new Set<Text>(restored);
  for (const text of restored) {
    const next = text.nextSibling;
    if (next && next.nodeType === 3) candidates.add(next as Text);
  }
  const ordered = [...candidates].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const text of ordered) {
    if (!splitOffNodes.has(text)) continue;
    const previous = text.previousSibling;
    if (previous && previous.nodeType === 3) {
      (previous as Text).appendData(text.data);
      text.remove();
    }
    splitOffNodes.delete(text);
  }
}
