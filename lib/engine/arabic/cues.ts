import type { CueHit, Token } from '../layer';
import { normalizeArabicWord } from './normalize';

/**
 * Arabic cue words: negation, denial, attribution, future, demand, opinion, hedging. Matched on
 * normalised tokens with the conjunctions و/ف stripped, so 'ونفت' and 'فقال' are found. Kept as
 * lists of plain words (readable, extendable) rather than patterns.
 */

type CueKind = CueHit['kind'];

const LISTS: Record<Exclude<CueKind, 'question'>, string[]> = {
  negation: ['لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لا', 'عدم', 'لايوجد', 'دون'],
  denial: [
    'نفى', 'نفت', 'ينفي', 'تنفي', 'ينفون', 'نفوا', 'نفي', 'نفيه', 'نفيها', 'أنكر', 'أنكرت', 'ينكر', 'تنكر',
    'كذب', 'كذبت', 'تكذيب', 'دحض', 'دحضت', 'عار عن الصحة', 'لا أساس له', 'مزاعم', 'ادعاءات', 'شائعات',
  ],
  attribution: [
    'قال', 'قالت', 'يقول', 'تقول', 'قالوا', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أكدوا',
    'أفاد', 'أفادت', 'يفيد', 'تفيد', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقل', 'نقلت', 'نقلا', 'ذكر', 'ذكرت', 'يذكر',
    'أضاف', 'أضافت', 'يضيف', 'أوضح', 'أوضحت', 'يوضح', 'أشار', 'أشارت', 'يشير', 'مشيرا', 'مشيرة', 'صرح',
    'صرحت', 'تصريح', 'تصريحات', 'أبلغ', 'أبلغت', 'لفت', 'لفتت', 'كشف', 'كشفت', 'موضحا', 'مضيفا', 'قائلا',
    'أعرب', 'أعربت', 'شدد', 'شددت', 'حذر', 'حذرت', 'محذرا', 'بيان', 'تقارير', 'تفيد', 'أنباء', 'مصادر',
    'مصدر', 'متحدث', 'المتحدث', 'الناطق', 'علق', 'علقت', 'روى', 'أوردت', 'بثت', 'يشار', 'رجح', 'رجحت', 'يرجح', 'ترجح',
  ],
  future: ['سوف', 'سيتم', 'سيكون', 'ستكون', 'يتوقع', 'توقع', 'توقعت', 'المنتظر', 'المقرر', 'مرتقب', 'سيبدأ', 'ستبدأ'],
  demand: [
    'طالب', 'طالبت', 'يطالب', 'تطالب', 'مطالبا', 'دعا', 'دعت', 'يدعو', 'تدعو', 'داعيا', 'الدعوات', 'دعوات',
    'حث', 'حثت', 'يحث', 'ناشد', 'ناشدت', 'ضرورة', 'يجب', 'ينبغي', 'علينا', 'بانتظار', 'انتظار', 'مستعدون',
    'مستعد', 'مستعدة', 'استعداد', 'محاولة', 'مساع', 'مساعي', 'جهود', 'لكي', 'كي',
  ],
  opinion: [
    'يرى', 'ترى', 'يرون', 'رأى', 'اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر', 'وصف', 'وصفت', 'يصف', 'يعتقد', 'أعتقد',
    'نعتقد', 'أظن', 'يبدو', 'محللون', 'مراقبون', 'خبراء', 'برأي', 'رأيي', 'أرى', 'نرى', 'للأسف',
  ],
  hedge: [
    'ربما', 'قد', 'يحتمل', 'محتمل', 'المحتمل', 'المرجح', 'يرجح', 'لعل', 'إمكانية', 'احتمال',
    'غير الواضح', 'غير واضح', 'ليس واضحا', 'لم يتضح', 'غير معروف', 'ما إذا', 'فيما إذا',
  ],
};

/** First-person forms: a resident's own words, not a checkable report. */
const FIRST_PERSON = ['نعرف', 'نريد', 'نريده', 'أريد', 'لا نعرف', 'نخرج', 'سنذهب', 'نحن', 'أنا', 'نخاف', 'نأمل'];

/**
 * 'زال' after 'لا' or 'ما' ('لا تزال تحت سيطرة المعارضة', 'ما زالوا محاصرين') means 'still': what
 * follows is affirmed, not negated.
 */
const STILL_VERB = /^(?:زال|زالت|زالوا|يزال|تزال|يزالون|نزال)$/;
const STILL_NEGATORS = new Set(['لا', 'ما']);

function stripConjunction(norm: string): string {
  return norm.length > 2 && /^[وف]/.test(norm) ? norm.slice(1) : norm;
}

const INDEX = new Map<string, CueKind>();
for (const [kind, words] of Object.entries(LISTS) as [CueKind, string[]][]) {
  for (const w of words) {
    const n = normalizeArabicWord(w);
    if (!n.includes(' ') && !INDEX.has(n)) INDEX.set(n, kind);
  }
}
const PHRASES: { words: string[]; kind: CueKind }[] = [];
for (const [kind, words] of Object.entries(LISTS) as [CueKind, string[]][]) {
  for (const w of words) if (w.includes(' ')) PHRASES.push({ kind, words: normalizeArabicWord(w).split(' ') });
}
const FIRST_PERSON_SET = new Set(FIRST_PERSON.map(normalizeArabicWord));
/** First words of the phrases: most tokens start none, and are turned away with one look. */
const PHRASE_FIRSTS = new Set(PHRASES.map((p) => p.words[0]!));

/**
 * Cue hits among `tokens` (Arabic tokens of one sentence), in order. [] when there are none.
 * 'قد' before a past verb means 'already', not 'may': it is reported as a hedge only before an
 * imperfect verb (يـ/تـ/نـ).
 */
export function findArabicCues(text: string, tokens: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const bare = stripConjunction(tok.norm);
    const phrase = PHRASE_FIRSTS.has(bare) && PHRASES.find((p) => p.words.every((w, k) => stripConjunction(tokens[i + k]?.norm ?? '') === w));
    if (phrase) {
      const last = tokens[i + phrase.words.length - 1]!;
      hits.push({ kind: phrase.kind, start: tok.start, end: last.end, surface: text.slice(tok.start, last.end) });
      i += phrase.words.length - 1;
      continue;
    }
    if (STILL_NEGATORS.has(bare) && STILL_VERB.test(tokens[i + 1]?.norm ?? '')) {
      i++;
      continue;
    }
    let kind = INDEX.get(bare) ?? INDEX.get(tok.norm);
    if (kind === 'hedge' && bare === 'قد') {
      // 'قد يحدث' may happen; 'قد توصلت' / 'قد أعلن' has happened: past endings rule it out.
      const next = tokens[i + 1]?.norm ?? '';
      if (!/^[يتن]/.test(next) || /(?:ت|وا|تم|نا)$/.test(next)) kind = undefined;
    }
    if (!kind && /^س[يتن]/.test(bare) && bare.length >= 5 && !/^(سيطر|سيار|سياس|ستيف|سيرغ|سين|ستار|سنو|سنه|ستين)/.test(bare)) {
      kind = 'future';
    }
    if (!kind && FIRST_PERSON_SET.has(bare)) {
      hits.push({ kind: 'opinion', start: tok.start, end: tok.end, surface: text.slice(tok.start, tok.end) });
      continue;
    }
    if (kind) hits.push({ kind, start: tok.start, end: tok.end, surface: text.slice(tok.start, tok.end) });
  }
  const last = text.slice(tokens[0]?.start ?? 0, (tokens[tokens.length - 1]?.end ?? 0) + 2);
  if (/[؟?]\s*["»”]?\s*$/.test(last) || /^\s*(هل|ماذا|لماذا|كيف|متى|أين)\s/.test(last)) {
    hits.push({ kind: 'question', start: tokens[0]?.start ?? 0, end: tokens[0]?.end ?? 0, surface: '?' });
  }
  return hits;
}
