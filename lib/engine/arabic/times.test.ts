import { describe, expect, it } from 'vitest';
import type { TimeRef } from '../types';
import { binaryGarbage, LINEAR_BUDGET_MS, wordSoup } from './bad-input.test-util';
import { findArabicTimes, notBeforeNegations, WEEKDAY_ONLY_BASE } from './times';

/** Tuesday 13 December 2016, the day of the deal; most copy below is dated that day. */
const TUESDAY = '2016-12-13';
/** Friday 9 December 2016 (Al Bayan's report of Lavrov's statement). */
const FRIDAY = '2016-12-09';

function times(text: string, published: string | null = TUESDAY): TimeRef[] {
  const found = findArabicTimes(text, { start: 0, end: text.length }, { published });
  for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.surface);
  return found;
}

type Expected = Pick<TimeRef, 'kind' | 'value' | 'max' | 'bound' | 'surface'>;
const clock = (surface: string, gmtMinutes: number, bound: TimeRef['bound'] = 'at'): Expected =>
  ({ kind: 'clock', value: gmtMinutes, max: gmtMinutes, bound, surface });
const day = (surface: string, value: number, bound: TimeRef['bound'] = 'at'): Expected =>
  ({ kind: 'day', value, max: value, bound, surface });
const span = (surface: string, value: number, max: number, bound: TimeRef['bound'] = 'at'): Expected =>
  ({ kind: 'span', value, max, bound, surface });
const hm = (h: number, m = 0): number => h * 60 + m;
const month = (surface: string, year: number, m: number): Expected => ({ kind: 'month', value: year * 12 + m - 1, max: year * 12 + m - 1, bound: 'at', surface });

const CASES: [string, string, string | null, Expected[]][] = [
  // Clock times: GMT stays, local Syria time (UTC+2 in December 2016) moves back two hours.
  ['agency: digits and GMT', 'وقف إطلاق النار في حلب بدءاً من الساعة 15:00 بتوقيت غرينتش', TUESDAY, [clock('الساعة 15:00 بتوقيت غرينتش', hm(15))]],
  ['GMT spelt غرينيتش', 'عند 15:00 بتوقيت غرينيتش', TUESDAY, [clock('15:00 بتوقيت غرينيتش', hm(15))]],
  ['GMT spelt جرينتش (Egyptian copy)', 'في تمام الساعة 15:00 بتوقيت جرينتش', TUESDAY, [clock('الساعة 15:00 بتوقيت جرينتش', hm(15))]],
  ['Latin GMT', 'يبدأ عند 15:00 GMT', TUESDAY, [clock('15:00 GMT', hm(15))]],
  ['word hour, afternoon, GMT', 'دخلت الهدنة حيز التنفيذ عند الساعة الثالثة بعد الظهر بتوقيت غرينتش', TUESDAY, [clock('الساعة الثالثة بعد الظهر بتوقيت غرينتش', hm(15))]],
  ['RT Arabic: الساعة الـ7 مساء', 'يعقد مجلس الأمن جلسة طارئة عند الساعة الـ7 مساء بتوقيت غرينتش', TUESDAY, [clock('الساعة الـ7 مساء بتوقيت غرينتش', hm(19))]],
  ['local time, noon', 'تبدأ العملية الساعة 12 ظهرا بالتوقيت المحلي', TUESDAY, [clock('الساعة 12 ظهرا بالتوقيت المحلي', hm(10))]],
  ['unmarked time is local', 'خرجت الحافلات الساعة الخامسة صباحا', TUESDAY, [clock('الساعة الخامسة صباحا', hm(3))]],
  ['Damascus time, half past', 'الساعة العاشرة والنصف ليلا بتوقيت دمشق', TUESDAY, [clock('الساعة العاشرة والنصف ليلا بتوقيت دمشق', hm(20, 30))]],
  ['Turkish time (UTC+3)', 'الساعة 18:00 بتوقيت أنقرة', TUESDAY, [clock('الساعة 18:00 بتوقيت أنقرة', hm(15))]],
  ['an hour in words with a part of the day, no الساعة', 'تبدأ الهدنة في الثالثة عصرا', TUESDAY, [clock('الثالثة عصرا', hm(13))]],
  ['a clock time and its day: the part of the day goes to the day', 'في تمام الساعة السادسة من صباح اليوم', TUESDAY, [clock('الساعة السادسة', hm(4)), day('صباح اليوم', 0)]],
  ['قبل الظهر', 'الساعة 11 قبل الظهر', TUESDAY, [clock('الساعة 11 قبل الظهر', hm(9))]],
  ['a zone named after the day is the clock\'s', 'سرى وقف النار اعتباراً من الساعة الخامسة من مساء الثلاثاء بتوقيت غرينتش', TUESDAY, [clock('الساعة الخامسة', hm(17)), day('مساء الثلاثاء', 0)]],
  ['an hour in words, من and a part of the day, no الساعة', 'انطلقت الحافلات عند السادسة من صباح اليوم', TUESDAY, [clock('السادسة', hm(4)), day('صباح اليوم', 0)]],
  ['a day word starting with ف is not a conjunction', 'فجر اليوم الأربعاء', '2016-12-14', [day('فجر اليوم الأربعاء', 0)]],
  ['midnight local', 'توقف القصف عند منتصف الليل', TUESDAY, [clock('منتصف الليل', hm(22))]],
  ['by a clock time', 'يمكن للمدنيين المغادرة حتى الساعة 6 مساء', TUESDAY, [clock('الساعة 6 مساء', hm(16), 'by')]],
  // Days relative to the article's date.
  ['today, evening', 'أعلن مندوب روسيا، مساء اليوم الثلاثاء، توقف العمليات', TUESDAY, [day('مساء اليوم الثلاثاء', 0)]],
  ['tonight', 'توقعت المصادر إجلاء أول دفعة من المدنيين الليلة', TUESDAY, [day('الليلة', 0)]],
  ['this evening', 'سيجلون هذا المساء إلى مناطق المعارضة', TUESDAY, [day('هذا المساء', 0)]],
  ['tonight or tomorrow morning', 'أول حافلات ستغادر حلب ليل اليوم الثلاثاء أو صباح غد الأربعاء', TUESDAY, [day('ليل اليوم الثلاثاء', 0), day('صباح غد الأربعاء', 1)]],
  ['tomorrow with tanween and a weekday', 'تحتضن باريس غداً السبت اجتماعا أوروبيا', FRIDAY, [day('غداً السبت', 1)]],
  ['tomorrow, sukun-less spelling', 'يصل الوفد غدا', TUESDAY, [day('غدا', 1)]],
  ['غد الأربعاء', 'تبدأ العملية غد الأربعاء', TUESDAY, [day('غد الأربعاء', 1)]],
  ['day after tomorrow', 'يعقد الاجتماع بعد غد', TUESDAY, [day('بعد غد', 2)]],
  ['yesterday', 'اتفاق سربت بنوده أمس', TUESDAY, [day('أمس', -1)]],
  ['yesterday, Levantine', 'وصلت الحافلات البارحة', TUESDAY, [day('البارحة', -1)]],
  ['the day before yesterday', 'بدأت المفاوضات أول أمس', TUESDAY, [day('أول أمس', -2)]],
  ['since Tuesday evening', 'يسري في حلب منذ مساء الثلاثاء', TUESDAY, [day('مساء الثلاثاء', 0)]],
  ['until Wednesday night', 'يمكن مغادرة المدينة حتى ليل الأربعاء', TUESDAY, [day('ليل الأربعاء', 1, 'by')]],
  ['bare weekday: the nearest one', 'اجتماع للخبراء في جنيف السبت', FRIDAY, [day('السبت', 1)]],
  ['bare weekday in a later report', 'عقد مجلس الأمن جلسة طارئة الثلاثاء', '2016-12-14', [day('الثلاثاء', -1)]],
  ['future verb: on or after the article date', 'ستغادر الحافلات يوم الاثنين', TUESDAY, [day('يوم الاثنين', 6)]],
  ['الماضي', 'منذ الجمعة الماضي', TUESDAY, [day('الجمعة الماضي', -4)]],
  ['المقبل', 'يعقد الاجتماع الثلاثاء المقبل', TUESDAY, [day('الثلاثاء المقبل', 7)]],
  ['weekday and Gregorian/Levantine date', 'بحث بوتين، الثلاثاء 13 ديسمبر/كانون الأول، سير المعارك', TUESDAY, [day('الثلاثاء 13 ديسمبر/كانون الأول', 0)]],
  ['Levantine date with a year', 'في 15 كانون الأول 2016 بدأ الإجلاء', TUESDAY, [day('15 كانون الأول 2016', 2)]],
  ['Arabic-Indic date, Levantine month', 'صدر البيان في ١٢ تشرين الثاني', TUESDAY, [day('١٢ تشرين الثاني', -31)]],
  ['two leads: مساء يوم', 'أعلنت أنقرة مساء يوم الثلاثاء التوصل إلى اتفاق', TUESDAY, [day('مساء يوم الثلاثاء', 0)]],
  ['Gulf style: day من month', 'صدر القرار في 13 من ديسمبر', TUESDAY, [day('13 من ديسمبر', 0)]],
  ['a day with يوم', 'يوم 8 ديسمبر', TUESDAY, [day('يوم 8 ديسمبر', -5)]],
  ['Maghreb month name, into the next year', 'تستأنف المفاوضات في 8 جانفي', TUESDAY, [day('8 جانفي', 26)]],
  ['digits date', 'بتاريخ 2016/12/22 أعلن الجيش السيطرة', TUESDAY, [day('2016/12/22', 9)]],
  ['days ago', 'بدأ الهجوم منذ ثلاثة أيام', TUESDAY, [day('منذ ثلاثة أيام', -3)]],
  // Delays.
  ['within hours', 'أول دفعة من المدنيين تغادر شرق حلب خلال ساعات', TUESDAY, [span('خلال ساعات', 0, 12)]],
  ['within the next few hours', 'ستنتهي "خلال الساعات القليلة المقبلة"', TUESDAY, [span('خلال الساعات القليلة المقبلة', 0, 12)]],
  ['في غضون ساعات', 'أن تنتهي العملية العسكرية في غضون ساعات', TUESDAY, [span('في غضون ساعات', 0, 12)]],
  ['perhaps within hours', 'قد يحدث "ربما خلال ساعات"', TUESDAY, [span('خلال ساعات', 0, 12)]],
  // how long it goes on: several days, as the English layer reads 'several more days'
  ['will go on for several more days', 'العمليات العسكرية ستستمر عدة أيام أخرى', TUESDAY, [span('عدة أيام أخرى', 48, 240)]],
  ['may take days', 'العملية قد تستغرق بضعة أيام', TUESDAY, [span('بضعة أيام', 48, 240)]],
  ['in the coming hours', 'يبدأ التنفيذ في الساعات المقبلة', TUESDAY, [span('في الساعات المقبلة', 0, 12)]],
  ['within days', 'تكتمل العملية خلال أيام', TUESDAY, [span('خلال أيام', 24, 168)]],
  ['within 48 hours', 'الخروج خلال 48 ساعة', TUESDAY, [span('خلال 48 ساعة', 0, 48)]],
  ['within the next 24 hours, with الـ', 'خلال الـ24 ساعة المقبلة', TUESDAY, [span('خلال الـ24 ساعة المقبلة', 0, 24)]],
  ['within two days (dual)', 'الخروج خلال يومين', TUESDAY, [span('خلال يومين', 0, 48)]],
  ['shortly', 'التنفيذ سيبدأ خلال فترة قصيرة', TUESDAY, [span('خلال فترة قصيرة', 0, 24)]],
  ['a whole week', 'ستستمر العملية أسبوع كامل', TUESDAY, [span('أسبوع كامل', 168, 168)]],
  // 'Not before' bounds.
  ['not before Friday', 'قال مسؤول إن الحافلات الأولى لن تتحرك من حلب قبل يوم الجمعة', TUESDAY, [day('يوم الجمعة', 3, 'not-before')]],
  ['not before a whole week', 'خروج الدفعة الأولى لن يبدأ قبل مرور أسبوع كامل', TUESDAY, [span('مرور أسبوع كامل', 168, 168, 'not-before')]],
  ['ليس قبل', 'الإجلاء ليس قبل الخميس', TUESDAY, [day('الخميس', 2, 'not-before')]],
  ['won\'t … until (لن … حتى)', 'الحافلات لن تتحرك حتى الجمعة', TUESDAY, [day('الجمعة', 3, 'not-before')]],
  ['not until (لا … إلا بعد)', 'لا تبدأ العملية إلا بعد الجمعة', TUESDAY, [day('الجمعة', 3, 'not-before')]],
  ['before, without a negation, is a deadline', 'يجب إخلاء الحي قبل الخميس', TUESDAY, [day('الخميس', 2, 'by')]],
  // Years.
  ['a year', 'كانت المدينة منذ 2012 مقسمة', TUESDAY, [{ kind: 'year', value: 2012, max: 2012, bound: 'at', surface: '2012' }]],
  ['a year with عام', 'في عام 2016 اشتدت المعارك', TUESDAY, [{ kind: 'year', value: 2016, max: 2016, bound: 'at', surface: 'عام 2016' }]],
  ['last year, from the article date', 'بدأ الحصار في العام الماضي', TUESDAY, [{ kind: 'year', value: 2015, max: 2015, bound: 'at', surface: 'العام الماضي' }]],
  // No article date: weekdays get the weekday-only encoding; relative words still work.
  ['no date: weekday', 'توقف القصف مساء الثلاثاء', null, [day('مساء الثلاثاء', WEEKDAY_ONLY_BASE - 2)]],
  ['no date: tomorrow', 'تغادر الحافلات غدا', null, [day('غدا', 1)]],
  ['no date: a calendar date gives only its year', 'في 13 كانون الأول 2016', null, [{ kind: 'year', value: 2016, max: 2016, bound: 'at', surface: '2016' }]],
  // Months: the latest such month up to the article's, or the one its year names.
  ['a month since', 'منذ يوليو الماضي', TUESDAY, [month('يوليو الماضي', 2016, 7)]],
  ['a month in both names', 'في منتصف تشرين الثاني/نوفمبر', TUESDAY, [month('تشرين الثاني/نوفمبر', 2016, 11)]],
  ['last month', 'منذ منتصف الشهر الماضي', TUESDAY, [month('الشهر الماضي', 2016, 11)]],
  ['a month with its year', 'في أيار 2015', TUESDAY, [month('أيار 2015', 2015, 5)]],
  ['no date: a month without its year is no time', 'منذ يوليو الماضي', null, []],
  // Weeks (Sunday to Saturday) as ranges of days; the article is dated Tuesday 13 December.
  ['last week', 'أعلن لافروف الأسبوع الماضي وقف العمليات', TUESDAY, [{ kind: 'day', value: -9, max: -3, bound: 'at', surface: 'الأسبوع الماضي' }]],
  ['not before early next week', 'رجح ألا يدخل الاتفاق حيز التنفيذ قبل مطلع الأسبوع المقبل', TUESDAY, [{ kind: 'day', value: 5, max: 7, bound: 'not-before', surface: 'مطلع الأسبوع المقبل' }]],
];

const NOT_TIMES: [string, string][] = [
  ['an ordinal followed by من and no part of the day', 'وصلت الدفعة الثانية من المقاتلين إلى الراشدين'],
  ['hours after another event', 'بعد ساعات من مشاورات مكثفة'],
  ['the first days of an offensive', 'نجح في أيامه الأولى في انتزاع الأحياء'],
  ['in the first days', 'في الأيام الأولى للهجوم'],
  ['the next day', 'في اليوم التالي'],
  ['hours ago is too vague', 'قبل ساعات'],
  ['a window of the past is not a delay', 'قتل 45 مدنيا خلال الساعات الـ24 الماضية'],
  ['the last hours', 'شهدت الساعات الأخيرة شد وجذب'],
  ['a count is not a time', 'في 4 أحياء'],
  ['"the two" is not Monday', 'الخلاف بين الاثنين'],
  ['an ordinal in a place name', 'طريق الراموسة إلى الراشدين الخامسة ثم ريف حلب الغربي'],
];

describe('findArabicTimes', () => {
  it.each(CASES)('%s', (_label, text, published, expected) => {
    const found = times(text, published).map(({ kind, value, max, bound, surface }) => ({ kind, value, max, bound, surface }));
    expect(found).toEqual(expected);
  });

  it.each(NOT_TIMES)('not a time: %s', (_label, text) => {
    expect(times(text)).toEqual([]);
  });

  it('reads a date-time published value and ignores an unreadable one', () => {
    expect(times('يصل الوفد الخميس', '2016-12-13T18:30:00+02:00').map((t) => t.value)).toEqual([2]);
    expect(times('يصل الوفد الخميس', 'not a date').map((t) => t.value)).toEqual([WEEKDAY_ONLY_BASE - 4]);
  });

  it('gives offsets into the whole text when the span is part of it', () => {
    const text = 'مقدمة. وأضاف أن الحافلات ستغادر غداً.';
    const start = text.indexOf('وأضاف');
    const [t] = findArabicTimes(text, { start, end: text.length }, { published: TUESDAY });
    expect(t && text.slice(t.start, t.end)).toBe('غداً');
  });
});

describe('notBeforeNegations', () => {
  it('gives the negator of a "not before" time, so the event is not read as denied', () => {
    const text = 'قال مسؤول في لواء السلطان مراد إن الحافلات الأولى لن تتحرك من حلب قبل يوم الجمعة.';
    const spans = notBeforeNegations(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['لن']);
  });

  it('covers the negator with its conjunction, as the cue tokens do', () => {
    const text = 'ولن يبدأ خروج المدنيين قبل مرور أسبوع كامل';
    expect(notBeforeNegations(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(['ولن']);
  });

  it.each([
    ['a real denial', 'لن تغادر الحافلات حلب'],
    ['a negation far from قبل, across a comma', 'لم يعلن أي طرف الاتفاق، وكان ذلك قبل يوم الجمعة'],
    ['قبل without a negation', 'وصلت الحافلات قبل يوم الجمعة'],
    ['"not yet" (لم … حتى اليوم) stays a negation', 'لم يتم التوصل إلى اتفاق حتى اليوم'],
  ])('gives nothing for %s', (_label, text) => {
    expect(notBeforeNegations(text, { start: 0, end: text.length })).toEqual([]);
  });
});

describe('findArabicTimes on bad input', () => {
  it('returns [] for empty text and empty spans', () => {
    expect(findArabicTimes('', { start: 0, end: 0 }, { published: null })).toEqual([]);
    expect(findArabicTimes('غدا', { start: 3, end: 1 }, { published: TUESDAY })).toEqual([]);
    expect(notBeforeNegations('', { start: 0, end: 0 })).toEqual([]);
  });

  it.each(binaryGarbage())('returns [] for binary bytes %s', (_how, garbage) => {
    expect(findArabicTimes(garbage, { start: 0, end: garbage.length }, { published: TUESDAY })).toEqual([]);
    expect(notBeforeNegations(garbage, { start: 0, end: garbage.length })).toEqual([]);
  });

  it('never throws on word soup, and every time lies inside its span and slices to its surface', () => {
    for (const text of wordSoup(300, 40, 11)) {
      const span = { start: 3, end: text.length - 3 };
      const found = [
        ...findArabicTimes(text, span, { published: TUESDAY }),
        ...findArabicTimes(text, span, { published: null }),
      ];
      for (const t of found) {
        expect(t.start).toBeGreaterThanOrEqual(span.start);
        expect(t.end).toBeLessThanOrEqual(span.end);
        expect(t.start).toBeLessThan(t.end);
        expect(text.slice(t.start, t.end)).toBe(t.surface);
        expect(Number.isFinite(t.value) && t.value <= t.max).toBe(true);
      }
      for (const n of notBeforeNegations(text, span)) expect(n.start).toBeGreaterThanOrEqual(span.start);
    }
  });

  it('reads 5 MB of text in linear time', () => {
    const line = 'وقال مسؤول إن الحافلات لن تتحرك قبل يوم الجمعة، وإن الهدنة تبدأ الساعة 15:00 بتوقيت غرينتش خلال ساعات.\n';
    const n = Math.ceil(5_000_000 / line.length);
    const big = line.repeat(n);
    const t0 = performance.now();
    expect(findArabicTimes(big, { start: 0, end: big.length }, { published: TUESDAY }).length).toBe(3 * n);
    expect(performance.now() - t0).toBeLessThan(LINEAR_BUDGET_MS);
  }, LINEAR_BUDGET_MS + 15_000);
});
