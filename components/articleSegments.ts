/**
 * Cuts an article into paragraphs and pieces for the source page: each piece knows which claim
 * (if any) covers it and whether it lies in the evidence sentence, so the page can mark claims
 * and highlight the evidence without ever inserting HTML.
 */

export interface ArticlePiece {
  text: string;
  /** Id of the claim covering this piece; null outside every claim. */
  claimId: string | null;
  evidence: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Paragraphs (split at line breaks) of `text`, each a list of pieces. Claims are assumed not to
 * overlap (the engine's claims are sentences); where they do, the later one wins. Returns [] for
 * an empty text.
 */
export function segmentArticle(
  text: string,
  claims: readonly (Range & { id: string })[],
  evidence: Range | null,
): ArticlePiece[][] {
  const cuts = new Set<number>([0, text.length]);
  const inText = (n: number) => Math.max(0, Math.min(text.length, n));
  for (const c of claims) {
    cuts.add(inText(c.start));
    cuts.add(inText(c.end));
  }
  if (evidence) {
    cuts.add(inText(evidence.start));
    cuts.add(inText(evidence.end));
  }
  for (const m of text.matchAll(/\n+/g)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: ArticlePiece[][] = [];
  let current: ArticlePiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    if (/^\n+$/.test(piece)) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    let claimId: string | null = null;
    for (const c of claims) if (c.start <= start && end <= c.end) claimId = c.id;
    current.push({ text: piece, claimId, evidence: !!evidence && evidence.start <= start && end <= evidence.end });
  }
  if (current.length) paragraphs.push(current);
  return paragraphs.filter((p) => p.some((piece) => piece.text.trim() !== ''));
}
