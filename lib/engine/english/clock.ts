import type { Word } from './words';

/**
 * Clock times in English text, converted to minutes after midnight GMT: "3 p.m.", "3pm GMT",
 * "15:00 GMT", "1500 GMT", "0600 hours", "7 pm local time", "noon". Times without a zone are
 * taken as Syrian local time, the domain's default (UTC+2 in December 2016); a zone named after
 * them (GMT, Moscow time, EST…) is converted from.
 */

const MINUTES_PER_DAY = 1_440;
/** Syria's offset from GMT in December 2016, and the reading of "local time". */
export const SYRIA_UTC_OFFSET_HOURS = 2;

/** Zones news copy names after a time, with their offset from GMT in December 2016. */
const ZONES: ReadonlyArray<{ re: RegExp; offset: number }> = [
  { re: /^(?:gmt|utc|z)\b/i, offset: 0 },
  { re: /^(?:local(?:\s+time)?|damascus\s+time|syrian?\s+time|aleppo\s+time|beirut\s+time)\b/i, offset: SYRIA_UTC_OFFSET_HOURS },
  { re: /^(?:moscow|turkish|turkey|ankara|istanbul)\s+time\b/i, offset: 3 },
  { re: /^(?:cet|(?:paris|geneva|brussels|berlin|central\s+european)\s+time)\b/i, offset: 1 },
  { re: /^(?:london\s+time)\b/i, offset: 0 },
  { re: /^(?:est|et|(?:new\s+york|washington|eastern)\s+time)\b/i, offset: -5 },
];
/** a.m., p.m., am, pm: the final dot belongs to the time only in the dotted spelling ("7pm." ends a sentence). */
const AM_PM_RE = /^\s?([ap])(?:\.\s?m\b\.?|\s?m\b)/i;
/** How far after the figure a zone may be named ("3 p.m. (1300 GMT)" is two times). */
const ZONE_LOOKAHEAD_CHARS = 28;

function zoneAt(text: string, pos: number): { offset: number; end: number } | null {
  const rest = text.slice(pos, pos + ZONE_LOOKAHEAD_CHARS);
  const lead = /^\s*/.exec(rest)![0].length;
  for (const z of ZONES) {
    const m = z.re.exec(rest.slice(lead));
    if (m) return { offset: z.offset, end: pos + lead + m[0].length };
  }
  return null;
}

function indexAfter(words: Word[], from: number, pos: number): number {
  let k = from;
  while (k < words.length && words[k]!.start < pos) k++;
  return k;
}

function toGmt(localMinutes: number, offsetHours: number): number {
  return (((localMinutes - offsetHours * 60) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** clockAt's test of its first word, by its text alone: a number, or noon, midday, midnight. */
export function mayOpenClock(word: string): boolean {
  return /^\p{N}/u.test(word) || word === 'noon' || word === 'midday' || word === 'midnight';
}

/**
 * The clock time starting at words[i]: minutes after midnight GMT, the index of the first word
 * after it and its end offset (a.m./p.m. and zone included). null when words[i] does not start a clock time.
 */
export function clockAt(text: string, words: Word[], i: number): { minutes: number; next: number; end: number } | null {
  const w = words[i];
  if (!w) return null;
  if (w.text === 'noon' || w.text === 'midday' || w.text === 'midnight') {
    const zone = zoneAt(text, w.end);
    const local = w.text === 'midnight' ? 0 : 720;
    const end = zone?.end ?? w.end;
    return { minutes: toGmt(local, zone?.offset ?? SYRIA_UTC_OFFSET_HOURS), next: indexAfter(words, i + 1, end), end };
  }
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$|^(\d{2})(\d{2})$/.exec(w.text);
  if (!m || /\p{L}/u.test(text[w.start - 1] ?? '')) return null;
  const fourDigits = m[3] !== undefined;
  let hours = Number(fourDigits ? m[3] : m[1]);
  const minutes = Number(fourDigits ? m[4] : (m[2] ?? 0));
  if (hours > 23 || minutes > 59) return null;
  let end = w.end;
  const ampm = fourDigits ? null : AM_PM_RE.exec(text.slice(w.end, w.end + 8));
  if (ampm) {
    if (hours < 1 || hours > 12) return null;
    const pm = ampm[1]!.toLowerCase() === 'p';
    hours = (hours % 12) + (pm ? 12 : 0);
    end += ampm[0].length;
  } else if (/^\s?o'clock\b/i.test(text.slice(w.end, w.end + 10))) {
    end += /^\s?o'clock/i.exec(text.slice(w.end))![0].length;
  }
  const zone = zoneAt(text, end);
  if (fourDigits) {
    // 1500 GMT, 0600 hours: military time needs a zone or "hours" after it to be a time.
    const hoursWord = /^\s*(?:hours|hrs|h)\b/i.exec(text.slice(end, end + 8));
    if (!zone && !hoursWord) return null;
    if (!zone && hoursWord) end += hoursWord[0].length;
  } else if (end === w.end) {
    // No a.m./p.m. or o'clock: "15:00" is a time; "7.30" only with a zone; a bare "7" never.
    const colon = w.text.includes(':');
    const dotWithZone = w.text.includes('.') && zone !== null;
    if (!colon && !dotWithZone) return null;
  }
  const finalEnd = zone ? zone.end : end;
  return { minutes: toGmt(hours * 60 + minutes, zone?.offset ?? SYRIA_UTC_OFFSET_HOURS), next: indexAfter(words, i + 1, finalEnd), end: finalEnd };
}
