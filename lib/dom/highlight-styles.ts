import type { Verdict } from '@/lib/engine/types';
import { VERDICT_LOOK, VERDICTS } from '@/lib/verdict-style';

/**
 * The look of a highlighted claim, inside each mark's shadow root, from the project's shared
 * verdict look (lib/verdict-style.ts). Each verdict differs in three ways, so no reader has to
 * tell colours apart: a tint, an underline style (solid, wavy, dashed, dotted) and a marker glyph.
 * The tint is the accent made translucent, so it reads on light and dark pages alike (a page's
 * colours don't follow the browser's colour scheme). Nothing here changes the size of a line box:
 * no padding, border or margin; the marker is absolutely positioned above the claim's first
 * letter and lets the pointer through.
 */

/** Alpha (hex) of the translucent tint behind a claim. */
const TINT_ALPHA = '2e';

function verdictRules(verdict: Verdict): string {
  const look = VERDICT_LOOK[verdict];
  const accent = look.light.accent;
  // A CSS escape ends at a space, so a following hex-like character is not read into it.
  const glyph = [...look.icon].map((c) => `\\${c.codePointAt(0)!.toString(16)} `).join('');
  return `
:host([data-xref-verdict="${verdict}"]) { background-color: ${accent}${TINT_ALPHA}; text-decoration-color: ${accent}; text-decoration-style: ${look.underline}; }
:host([data-xref-verdict="${verdict}"]) .marker { background: ${accent}; }
:host([data-xref-verdict="${verdict}"]) .marker::before { content: "${glyph}"; }`;
}

export const MARK_STYLES = `
:host {
  display: inline;
  position: relative;
  border-radius: 2px;
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.18em;
  text-decoration-skip-ink: none;
  cursor: help;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${VERDICTS.map(verdictRules).join('\n')}
:host(:hover) { filter: saturate(1.6); }
:host(:focus-visible) { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.marker {
  position: absolute;
  top: -0.95em;
  inset-inline-start: -0.25em;
  font: bold 10px/12px system-ui, sans-serif;
  min-width: 12px;
  text-align: center;
  border-radius: 6px;
  color: #fff;
  pointer-events: none;
  user-select: none;
  text-decoration: none;
  z-index: 1;
}
@media (forced-colors: active) {
  :host { forced-color-adjust: none; outline: 1px dashed CanvasText; }
}
`;
