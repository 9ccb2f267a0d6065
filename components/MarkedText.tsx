import type { TextSegment } from './markValues';

/** Text with its emphasised values in `<mark>`; every piece is rendered as text, never HTML. */
export function MarkedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i} class={`value value-${s.mark}`}>{s.text}</mark> : s.text))}
    </>
  );
}
