import type { Stance, Verdict } from '@/lib/engine/types';
import type { MessageKey } from '@/lib/i18n';

/**
 * One visual language for verdicts, shared by the in-page highlights, the hover card, the popup
 * and the source page, so a reader learns it once. A verdict is never told by colour alone: each
 * has an icon, a word and an underline style (solid / wavy / double / dotted) that survive
 * colour blindness, greyscale printing and forced-colours mode. The glyphs, underline styles
 * and light accents are those of the in-page highlights (lib/dom/highlight-styles.ts).
 */

export interface VerdictLook {
  /** A glyph from common fonts (no icon font, no image: nothing to load). */
  icon: string;
  /** The verdict's name in the UI's language. */
  labelKey: MessageKey;
  /** CSS text-decoration-style of the underline under a highlighted claim. */
  underline: 'solid' | 'wavy' | 'double' | 'dotted';
  /** Background tint and accent (text, border, underline) on a light and a dark page. */
  light: { tint: string; accent: string };
  dark: { tint: string; accent: string };
}

export const VERDICT_LOOK: Record<Verdict, VerdictLook> = {
  corroborated: {
    icon: '✓',
    labelKey: 'verdictCorroborated',
    underline: 'solid',
    light: { tint: '#dcf3e3', accent: '#15803d' },
    dark: { tint: '#173a24', accent: '#7ad69a' },
  },
  conflicting: {
    icon: '✗',
    labelKey: 'verdictConflicting',
    underline: 'wavy',
    light: { tint: '#fde2e0', accent: '#b91c1c' },
    dark: { tint: '#4a1d1a', accent: '#ff9a8f' },
  },
  mixed: {
    icon: '±',
    labelKey: 'verdictMixed',
    underline: 'double',
    light: { tint: '#fcefd6', accent: '#b45309' },
    dark: { tint: '#433214', accent: '#f4bf5b' },
  },
  unverified: {
    icon: '?',
    labelKey: 'verdictUnverified',
    underline: 'dotted',
    light: { tint: '#e9edf2', accent: '#475569' },
    dark: { tint: '#2a3038', accent: '#b0bac6' },
  },
};

/** A source's stance uses the look of the verdict it would give on its own. */
export const STANCE_LOOK: Record<Stance, { icon: string; labelKey: MessageKey; verdict: Verdict }> = {
  corroborates: { icon: '✓', labelKey: 'stanceCorroborates', verdict: 'corroborated' },
  conflicts: { icon: '✗', labelKey: 'stanceConflicts', verdict: 'conflicting' },
};

export const VERDICTS: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated', 'unverified'];

/**
 * CSS that gives every element carrying `[<attribute>="<verdict>"]` the custom properties
 * `--xref-tint`, `--xref-accent` and `--xref-underline` for its verdict, light and dark.
 */
export function verdictStyleSheet(attribute: string): string {
  const rule = (v: Verdict, scheme: 'light' | 'dark') => {
    const look = VERDICT_LOOK[v];
    const c = look[scheme];
    return `[${attribute}="${v}"]{--xref-tint:${c.tint};--xref-accent:${c.accent};--xref-underline:${look.underline};}`;
  };
  const light = VERDICTS.map((v) => rule(v, 'light')).join('\n');
  const dark = VERDICTS.map((v) => rule(v, 'dark')).join('\n');
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}`;
}
