/**
 * Finding a value the engine named ("98%", "إدلب", "الثلاثاء") inside a sentence, so the
 * comparison can emphasise it. The engine gives values "as written", but the writing varies
 * between a value and the sentence shown (Arabic-Indic digits, hamza forms of alef, taa marbuta,
 * tatweel, diacritics, Latin case), so both are folded to one form first, keeping a map back to
 * the original offsets. A value that still is not found is not marked: the reason text still says
 * what differs, and a wrong mark would mislead more than a missing one.
 */

/** A piece of a sentence: plain text, or a value to emphasise. */
export interface TextSegment {
  text: string;
  mark?: 'differs' | 'same';
}

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';

/** Folds one character to its comparison form ('' to drop it). */
function foldChar(ch: string): string {
  if (ch === TATWEEL || ARABIC_DIACRITICS.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  switch (ch) {
    case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
    case 'ة': return 'ه';
    case 'ى': return 'ي';
    case '٪': return '%';
    case '٫': return '.';
    case '\u00a0': return ' ';
    default: return ch.toLowerCase();
  }
}

/** The folded text and, for each folded character, its offset in the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
  }
  return { folded, origin };
}

/** Offsets of `value` in `text` after folding both; null when the value is not in the text. */
export function findValue(text: string, value: string): { start: number; end: number } | null {
  const needle = fold(value.trim()).folded;
  if (!needle) return null;
  const { folded, origin } = fold(text);
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}

/** Splits `text` into segments with `value` marked as `kind`; one plain segment when the value
 *  is absent or not found. */
export function markValue(text: string, value: string | undefined, kind: 'differs' | 'same'): TextSegment[] {
  const hit = value ? findValue(text, value) : null;
  if (!hit) return [{ text }];
  const segments: TextSegment[] = [];
  if (hit.start > 0) segments.push({ text: text.slice(0, hit.start) });
  segments.push({ text: text.slice(hit.start, hit.end), mark: kind });
  if (hit.end < text.length) segments.push({ text: text.slice(hit.end) });
  return segments;
}
