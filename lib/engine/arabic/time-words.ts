import { normalizeArabicWord } from './normalize';
import { mayStartPhrase, readingsOf, normPhrases, normSet, phraseAt, type ScanToken } from './word-scan';

/**
 * Arabic calendar and clock vocabulary shared by times.ts (which reads times) and numbers.ts
 * (which must not read '13 ديسمبر' or '7 مساء' as figures). Both month-name systems are listed:
 * the transliterated Gregorian names of Egyptian and Gulf copy (ديسمبر), the Levantine/Iraqi
 * names (كانون الأول), and the French-derived Maghreb names (ديسمبر، جانفي، أوت).
 */

const MONTHS: [string, number][] = [
  ['يناير', 1], ['كانون الثاني', 1], ['جانفي', 1],
  ['فبراير', 2], ['شباط', 2], ['فيفري', 2],
  ['مارس', 3], ['آذار', 3],
  ['أبريل', 4], ['إبريل', 4], ['نيسان', 4], ['أفريل', 4],
  ['مايو', 5], ['أيار', 5], ['ماي', 5],
  ['يونيو', 6], ['يونيه', 6], ['حزيران', 6], ['جوان', 6],
  ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['جويلية', 7],
  ['أغسطس', 8], ['آب', 8], ['أوت', 8], ['غشت', 8],
  ['سبتمبر', 9], ['أيلول', 9], ['شتنبر', 9],
  ['أكتوبر', 10], ['تشرين الأول', 10],
  ['نوفمبر', 11], ['تشرين الثاني', 11], ['نونبر', 11],
  ['ديسمبر', 12], ['كانون الأول', 12], ['دجنبر', 12],
];
const MONTH_PHRASES = normPhrases(MONTHS);

/** The month named at token i ('ديسمبر', 'كانون الأول'): its number and last token; null if none. */
export function monthAt(tokens: ScanToken[], i: number): { month: number; last: number } | null {
  if (!mayOpenMonth(tokens[i])) return null;
  for (const p of MONTH_PHRASES) {
    const prefix = phraseAt(tokens, i, p.words);
    // 'آب' (August) and 'ماي' are also ordinary words: accept them with no clitic in front only.
    if (prefix === 0 || (prefix > 0 && p.words[0]!.length > 3)) return { month: p.value, last: i + p.words.length - 1 };
  }
  return null;
}

/** monthAt's test of its first token (it depends on the token alone). */
export function mayOpenMonth(tok: ScanToken | undefined): boolean {
  return mayStartPhrase(tok, MONTH_PHRASES);
}

/** The month after a day number: '13 ديسمبر', or the Gulf papers' '13 من ديسمبر'; null if none. */
export function monthAfterDay(tokens: ScanToken[], i: number): { month: number; last: number } | null {
  return monthAt(tokens, i) ?? (tokens[i]?.text === 'من' ? monthAt(tokens, i + 1) : null);
}

/** Weekday stems after the article, Sunday = 0 as in Date.getUTCDay(). */
const WEEKDAYS: [string, number][] = [
  ['أحد', 0], ['اثنين', 1], ['ثلاثاء', 2], ['أربعاء', 3], ['خميس', 4], ['جمعة', 5], ['سبت', 6],
];
const WEEKDAY = new Map(WEEKDAYS.map(([w, d]) => [normalizeArabicWord(w), d]));
/** 'الأحد' and 'الاثنين' are also 'the one' and 'the two': named days only in a day context. */
const AMBIGUOUS_WEEKDAYS = new Set([0, 1]);

/** The weekday a token names ('الثلاثاء', 'والجمعة'), with whether it needs a day context; or null. */
export function weekdayOf(tok: ScanToken | undefined): { day: number; ambiguous: boolean } | null {
  if (tok?.kind !== 'word') return null;
  for (const r of readingsOf(tok)) {
    const day = r.definite ? WEEKDAY.get(r.word) : undefined;
    if (day !== undefined) return { day, ambiguous: AMBIGUOUS_WEEKDAYS.has(day) };
  }
  return null;
}

export interface TimeUnit {
  /** Length of one unit in hours. */
  hours: number;
  /** 1 for a singular, 2 for a dual ('يومين'), 0 for a plural ('أيام'): how many it says by itself. */
  count: number;
}

const UNITS: [string, number, number][] = [
  ['دقيقة', 1 / 60, 1], ['دقيقتين', 1 / 60, 2], ['دقيقتان', 1 / 60, 2], ['دقائق', 1 / 60, 0],
  ['ساعة', 1, 1], ['ساعتين', 1, 2], ['ساعتان', 1, 2], ['ساعات', 1, 0],
  ['يوم', 24, 1], ['يوما', 24, 1], ['يومين', 24, 2], ['يومان', 24, 2], ['أيام', 24, 0],
  ['أسبوع', 168, 1], ['أسبوعا', 168, 1], ['أسبوعين', 168, 2], ['أسبوعان', 168, 2], ['أسابيع', 168, 0],
  ['شهر', 720, 1], ['شهرا', 720, 1], ['شهرين', 720, 2], ['شهران', 720, 2], ['أشهر', 720, 0], ['شهور', 720, 0],
  ['سنة', 8760, 1], ['عام', 8760, 1], ['عاما', 8760, 1], ['سنتين', 8760, 2], ['عامين', 8760, 2],
  ['سنوات', 8760, 0], ['أعوام', 8760, 0],
];
const UNIT = new Map(UNITS.map(([w, hours, count]) => [normalizeArabicWord(w), { hours, count }]));

/** The duration unit a token names, with its clitics: 'ساعات', 'الأيام', 'يومين'; null if none. */
export function timeUnitOf(tok: ScanToken | undefined): (TimeUnit & { definite: boolean }) | null {
  if (tok?.kind !== 'word') return null;
  for (const r of readingsOf(tok)) {
    const unit = UNIT.get(r.word);
    if (unit) return { ...unit, definite: r.definite };
  }
  return null;
}

/** Parts of the day that set a 12-hour clock: 'الساعة 7 مساء' is 19:00, '2 ليلا' is 02:00. */
export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
const DAY_PARTS = normPhrases<DayPart>([
  ['صباحا', 'morning'], ['صباح', 'morning'], ['الصباح', 'morning'], ['فجرا', 'morning'], ['الفجر', 'morning'],
  ['ظهرا', 'noon'], ['الظهر', 'noon'], ['بعد الظهر', 'afternoon'], ['بعد الظهيرة', 'afternoon'],
  ['عصرا', 'afternoon'], ['العصر', 'afternoon'], ['مساء', 'evening'], ['مساءا', 'evening'], ['المساء', 'evening'],
  ['ليلا', 'night'], ['الليل', 'night'], ['قبل الظهر', 'morning'], ['بعد منتصف الليل', 'morning'],
]);

/** The part of the day named at token i (after 'من' too: 'السابعة من مساء'); null if none. */
export function dayPartAt(tokens: ScanToken[], i: number): { part: DayPart; last: number } | null {
  if (!mayStartPhrase(tokens[i], DAY_PARTS)) return null;
  for (const p of DAY_PARTS) if (phraseAt(tokens, i, p.words) === 0) return { part: p.value, last: i + p.words.length - 1 };
  return null;
}

/** A 12-hour reading moved to 24 hours by its part of the day. */
export function to24h(hour: number, part: DayPart | null): number {
  if (!part || hour > 12) return hour % 24;
  if (part === 'morning') return hour === 12 ? 0 : hour;
  if (part === 'noon') return hour < 6 ? hour + 12 : hour;
  if (part === 'afternoon' || part === 'evening') return hour < 12 ? hour + 12 : hour;
  return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour; // night: 10 ليلا → 22, 2 ليلا → 2
}

/**
 * Local time in Syria in December 2016 was UTC+2 (EET; Syria had not yet moved to UTC+3).
 * Unmarked clock times in this domain's copy are local.
 */
export const SYRIA_UTC_OFFSET_MIN = 120;

/** UTC offsets, in minutes, of the zones news copy names, as they stood in December 2016. */
const ZONES: [string, number][] = [
  ['غرينتش', 0], ['غرينيتش', 0], ['جرينتش', 0], ['جرينيتش', 0], ['غرنتش', 0], ['غرنيتش', 0], ['gmt', 0], ['utc', 0],
  ['العالمي', 0], ['لندن', 0],
  ['دمشق', 120], ['سوريا', 120], ['حلب', 120], ['المحلي', SYRIA_UTC_OFFSET_MIN], ['بيروت', 120], ['القاهرة', 120],
  ['مصر', 120], ['القدس', 120], ['عمان', 120],
  ['موسكو', 180], ['أنقرة', 180], ['إسطنبول', 180], ['اسطنبول', 180], ['تركيا', 180], ['مكة', 180],
  ['الرياض', 180], ['السعودية', 180], ['بغداد', 180], ['الكويت', 180], ['الدوحة', 180],
  ['أبوظبي', 240], ['الإمارات', 240], ['دبي', 240], ['طهران', 210],
  ['جنيف', 60], ['باريس', 60], ['بروكسل', 60], ['برلين', 60],
  ['نيويورك', -300], ['واشنطن', -300],
];
const ZONE = new Map(ZONES.map(([w, off]) => [normalizeArabicWord(w), off]));
const TIMING = normSet(['توقيت', 'التوقيت']);
const ZONE_LEADS = normSet(['حسب', 'وفق', 'وفقا']);

/**
 * A time-zone phrase at token i: 'بتوقيت غرينتش', 'بالتوقيت المحلي', 'حسب توقيت دمشق', 'GMT',
 * 'ت.غ'. Returns the zone's UTC offset in minutes and the phrase's last token; null if none.
 */
export function zoneAt(tokens: ScanToken[], i: number): { offset: number; last: number } | null {
  let j = i;
  if (tokens[j]?.kind === 'word' && ZONE_LEADS.has(tokens[j]!.text)) j++;
  const t = tokens[j];
  if (t?.kind !== 'word') return null;
  if (t.text === 'gmt' || t.text === 'utc') return { offset: 0, last: j };
  // 'ت.غ' / 'ت غ': the Arabic abbreviation of توقيت غرينتش.
  if (t.text === 'ت' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.text === 'غ') return { offset: 0, last: j + 2 };
  if (!readingsOf(t).some((r) => TIMING.has(r.word))) return null;
  const zone = tokens[j + 1];
  const offset = zone?.kind === 'word' ? ZONE.get(zone.text) : undefined;
  return offset === undefined ? null : { offset, last: j + 1 };
}

const HOUR_WORDS: [string, number][] = [
  ['الواحدة', 1], ['الثانية', 2], ['الثالثة', 3], ['الرابعة', 4], ['الخامسة', 5], ['السادسة', 6],
  ['السابعة', 7], ['الثامنة', 8], ['التاسعة', 9], ['العاشرة', 10], ['الحادية عشرة', 11], ['الثانية عشرة', 12],
];
const HOUR_PHRASES = normPhrases(HOUR_WORDS);

/** hourWordAt's test of its first token (it depends on the token alone). */
export function mayOpenHourWord(tok: ScanToken | undefined): boolean {
  return mayStartPhrase(tok, HOUR_PHRASES);
}

/** An hour written as an ordinal word after 'الساعة' ('الثالثة', 'الحادية عشرة'); null if none. */
export function hourWordAt(tokens: ScanToken[], i: number): { hour: number; last: number } | null {
  if (!mayOpenHourWord(tokens[i])) return null;
  for (const p of HOUR_PHRASES) if (phraseAt(tokens, i, p.words) === 0) return { hour: p.value, last: i + p.words.length - 1 };
  return null;
}

const MINUTE_PHRASES = normPhrases<number>([
  ['والنصف', 30], ['و النصف', 30], ['والربع', 15], ['و الربع', 15], ['والثلث', 20], ['إلا ربعا', -15],
  ['إلا ربع', -15], ['إلا الربع', -15], ['إلا ثلثا', -20], ['إلا الثلث', -20],
]);

/** Minutes said in words after an hour ('والنصف', 'إلا ربعا'); null if none. */
export function minuteWordsAt(tokens: ScanToken[], i: number): { minutes: number; last: number } | null {
  if (!mayStartPhrase(tokens[i], MINUTE_PHRASES)) return null;
  for (const p of MINUTE_PHRASES) if (phraseAt(tokens, i, p.words) === 0) return { minutes: p.value, last: i + p.words.length - 1 };
  return null;
}

/** 'الساعة' (the hour: a clock time follows), with its clitics ('عند الساعة', 'بالساعة'). */
export const HOUR_WORD = normalizeArabicWord('ساعة');
export function isHourWord(tok: ScanToken | undefined): boolean {
  return tok?.kind === 'word' && readingsOf(tok).some((r) => r.definite && r.word === HOUR_WORD);
}
