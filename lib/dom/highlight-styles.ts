/**
 * The look of a highlighted claim, inside each mark's shadow root. Each verdict differs in three
 * ways, so no reader has to tell colours apart: a tint, an underline style (solid, wavy, double,
 * dotted) and a marker glyph (✓ ✗ ± ?). Nothing here changes the size of a line box: no padding,
 * border or margin; the marker is absolutely positioned above the claim's first letter and lets
 * the pointer through.
 */
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
:host([data-xref-verdict="corroborated"]) { background-color: rgba(22, 163, 74, 0.16); text-decoration-color: #15803d; text-decoration-style: solid; }
:host([data-xref-verdict="conflicting"]) { background-color: rgba(220, 38, 38, 0.16); text-decoration-color: #b91c1c; text-decoration-style: wavy; }
:host([data-xref-verdict="mixed"]) { background-color: rgba(217, 119, 6, 0.18); text-decoration-color: #b45309; text-decoration-style: double; text-decoration-thickness: 3px; }
:host([data-xref-verdict="unverified"]) { background-color: rgba(100, 116, 139, 0.12); text-decoration-color: #475569; text-decoration-style: dotted; }
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
:host([data-xref-verdict="corroborated"]) .marker { background: #15803d; }
:host([data-xref-verdict="corroborated"]) .marker::before { content: "\\2713"; }
:host([data-xref-verdict="conflicting"]) .marker { background: #b91c1c; }
:host([data-xref-verdict="conflicting"]) .marker::before { content: "\\2717"; }
:host([data-xref-verdict="mixed"]) .marker { background: #b45309; }
:host([data-xref-verdict="mixed"]) .marker::before { content: "\\00B1"; }
:host([data-xref-verdict="unverified"]) .marker { background: #475569; }
:host([data-xref-verdict="unverified"]) .marker::before { content: "?"; }
@media (forced-colors: active) {
  :host { forced-color-adjust: none; outline: 1px dashed CanvasText; }
}
`;
