/**
 * The source page's address: `source.html?doc=<docId>&ev=<start>-<end>`. Shared by the popup
 * (which opens it) and the source page (which reads it), so the two cannot drift apart.
 */

/** Path of the source page showing `docId` with the evidence `start`-`end` highlighted. */
export function sourcePagePath(docId: string, start?: number, end?: number): string {
  const params = new URLSearchParams({ doc: docId });
  if (start !== undefined && end !== undefined && end > start) params.set('ev', `${start}-${end}`);
  return `/source.html?${params.toString()}`;
}

export interface SourceLink {
  docId: string;
  /** The evidence range to highlight; null when the link names none or it is malformed. */
  evidence: { start: number; end: number } | null;
}

/** Reads a source page query string; null when it names no document. */
export function parseSourceLink(search: string): SourceLink | null {
  const params = new URLSearchParams(search);
  const docId = params.get('doc');
  if (!docId) return null;
  const m = /^(\d+)-(\d+)$/.exec(params.get('ev') ?? '');
  const start = m ? Number(m[1]) : NaN;
  const end = m ? Number(m[2]) : NaN;
  return { docId, evidence: end > start ? { start, end } : null };
}
