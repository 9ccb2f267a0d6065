import type { Stance, Verdict } from '@/lib/engine/types';
import { STANCE_LOOK, VERDICT_LOOK, VERDICTS } from '@/lib/verdict-style';

function glyph(icon: string): string {
  return [...icon].map((c) => `\\${c.codePointAt(0)!.toString(16)} `).join('');
}

/** Verdict badges and stance lines in the project's shared verdict look. */
function lookRules(): string {
  const verdicts = VERDICTS.map((v: Verdict) => `.verdict.${v} { background: ${VERDICT_LOOK[v].light.accent}; } .verdict.${v}::before { content: "${glyph(VERDICT_LOOK[v].icon)}"; }`);
  const stances = (Object.keys(STANCE_LOOK) as Stance[]).map((s) => {
    const look = STANCE_LOOK[s];
    return `.stance.${s} { color: ${VERDICT_LOOK[look.verdict].light.accent}; } .stance.${s}::before { content: "${glyph(look.icon)}"; margin-inline-end: 4px; }`;
  });
  return [...verdicts, ...stances].join('\n');
}

/** The hover card's look, inside its shadow root (page styles cannot reach it, nor it them). */
export const CARD_STYLES = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  width: min(380px, calc(100vw - 16px));
  max-height: min(460px, calc(100vh - 16px));
  overflow-y: auto;
  background: #fff;
  color: #1f2328;
  border: 1px solid #c9ced6;
  border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif;
  text-align: start;
}
.card:focus { outline: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.verdict { font-weight: 700; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 13px; }
.verdict::before { margin-inline-end: 4px; }
${lookRules()}
.claim { margin: 0 0 8px; color: #3d444d; font-size: 13px; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #e5e8ec; padding: 8px 0; }
.stance { font-size: 12px; font-weight: 700; }
.title { font-weight: 600; }
.meta { color: #57606a; font-size: 12px; }
blockquote { margin: 4px 0; padding-inline-start: 8px; border-inline-start: 3px solid #d0d7de; color: #1f2328; }
.reason { font-size: 12px; color: #3d444d; }
.more, .none { color: #57606a; font-size: 12px; margin: 6px 0 0; }
button { font: inherit; cursor: pointer; }
.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; color: #57606a; border-radius: 4px; }
.link { border: none; background: none; color: #0b57d0; padding: 2px 0; text-decoration: underline; font-size: 12px; }
.primary { margin-top: 10px; width: 100%; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; border-radius: 6px; padding: 6px 10px; font-weight: 600; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.primary:focus-visible { outline-color: #111; }
`;
