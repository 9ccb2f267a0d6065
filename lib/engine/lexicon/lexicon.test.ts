import { describe, expect, it } from 'vitest';
import actors from './actors.json';
import places from './places.json';
import events from './events.json';
import objects from './objects.json';
import { normalizeArabic, normalizeArabicWord } from '../arabic/normalize';
import { stemArabic } from '../arabic/stem';
import { tokenizeArabic } from '../arabic/tokenize';
import { tokenizeEnglish } from '../english/tokenize';
import { arabicConcepts, englishConcepts } from '../concepts';
import { compatibleConcepts } from './index';
import { stemEnglishForm } from '../english/concepts';

/**
 * The lexicon's own rules (see ./README.md), checked on the data: these are the mistakes that
 * turn into wrong verdicts downstream — a form under two concepts makes a mention ambiguous, a
 * missing or circular parent breaks "a vaguer place is never a conflict", a cue word inside a
 * form makes every "said" or "لم" look like a domain concept.
 */

interface Entry {
  id: string;
  kind: string;
  type: string;
  parent: string | null;
  ar: string[];
  en: string[];
  label: { ar: string; en: string };
}

const FILES: [string, string, Entry[]][] = [
  ['actors.json', 'actor', actors as Entry[]],
  ['places.json', 'place', places as Entry[]],
  ['events.json', 'event', events as Entry[]],
  ['objects.json', 'object', objects as Entry[]],
];
const ALL: Entry[] = FILES.flatMap(([, , entries]) => entries);
const BY_ID = new Map(ALL.map((e) => [e.id, e]));

const ACTOR_TYPES = ['state', 'government', 'person', 'armed-force', 'rebel-group', 'militia', 'jihadist-group', 'un-body', 'ngo', 'media', 'people', 'org'];
const PLACE_TYPES = ['city', 'district', 'area', 'countryside', 'province', 'country', 'crossing', 'venue'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTER_RE = /[\u0621-\u064a]/;
const LATIN_LETTER_RE = /[A-Za-z]/;

/** Case- and whitespace-folded form, as the README's "no form under two concepts" rule means it. */
const fold = (form: string) => form.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Words the language layers handle as cues, never as concepts: negators, reporting verbs and
 * number words. Arabic ones are compared after normalisation and without a leading و/ف.
 */
const ARABIC_CUES = [
  'لم', 'لن', 'ليس', 'ليست', 'لا', 'ما', 'عدم', 'دون',
  'قال', 'قالت', 'يقول', 'تقول', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أفاد', 'أفادت',
  'ذكر', 'ذكرت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'صرح', 'صرحت', 'أبلغ', 'أبلغت', 'بحسب', 'وفقا',
  'نفى', 'نفت', 'ينفي', 'تنفي', 'مصدر', 'مصادر', 'المتحدث', 'الناطق', 'بيان',
  'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'عشرة', 'عشرات', 'مئة', 'مائة', 'مئات', 'ألف', 'آلاف', 'مليون',
].map(normalizeArabicWord);
const ENGLISH_CUES = [
  'not', 'no', 'never', 'neither', 'nor', 'without', 'none', 'cannot',
  'said', 'says', 'say', 'told', 'tells', 'announced', 'stated', 'reported', 'according', 'confirmed', 'added',
  'denied', 'deny', 'denies', 'warned', 'spokesman', 'spokeswoman', 'statement',
  'one', 'two', 'three', 'four', 'five', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
];

/** Names that happen to contain a cue word; matched whole, they never stand for the cue. */
const PROPER_NAMES_WITH_CUE_WORDS = ['Doctors Without Borders', 'Sheikh Said'];

function arabicWords(form: string): string[] {
  return normalizeArabicWord(form)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 2 && /^[وف]/.test(w) && !ARABIC_CUES.includes(w) ? w.slice(1) : w));
}

function englishWords(form: string): string[] {
  return form.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/** The light10 stems of an Arabic form's words, joined: what the matcher indexes it under. */
function arabicStemKey(form: string): string {
  return normalizeArabicWord(form)
    .split(/\s+/)
    .filter(Boolean)
    .map(stemArabic)
    .join(' ');
}

describe('lexicon files', () => {
  it.each(FILES)('%s holds %s entries only', (_file, kind, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.kind, e.id).toBe(kind);
  });

  it('has broad coverage: a few hundred concepts', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(250);
  });

  it('gives every entry a well-formed, unique id', () => {
    const seen = new Set<string>();
    for (const e of ALL) {
      expect(e.id, e.id).toMatch(ID_RE);
      expect(seen.has(e.id), `duplicate id ${e.id}`).toBe(false);
      seen.add(e.id);
    }
  });

  it('types actors and places from the README lists, and gives events and objects a category', () => {
    for (const e of ALL) {
      if (e.kind === 'actor') expect(ACTOR_TYPES, e.id).toContain(e.type);
      else if (e.kind === 'place') expect(PLACE_TYPES, e.id).toContain(e.type);
      else expect(e.type.trim().length, e.id).toBeGreaterThan(0);
    }
  });

  it('gives every entry Arabic and English forms and labels, in the right script', () => {
    for (const e of ALL) {
      expect(e.ar.length, e.id).toBeGreaterThan(0);
      expect(e.en.length, e.id).toBeGreaterThan(0);
      expect(e.label.ar, e.id).toMatch(ARABIC_LETTER_RE);
      expect(e.label.en, e.id).toMatch(LATIN_LETTER_RE);
      for (const f of e.ar) {
        expect(f, e.id).toMatch(ARABIC_LETTER_RE);
        expect(f, `${e.id}: Latin letters in an Arabic form`).not.toMatch(LATIN_LETTER_RE);
        expect(f.trim(), e.id).toBe(f);
      }
      for (const f of e.en) {
        expect(f, `${e.id}: Arabic letters in an English form`).not.toMatch(ARABIC_LETTER_RE);
        expect(f.trim(), e.id).toBe(f);
      }
    }
  });
});

describe('parents', () => {
  it('points every parent at an existing concept of the same kind', () => {
    for (const e of ALL) {
      if (e.parent === null) continue;
      const parent = BY_ID.get(e.parent);
      expect(parent, `${e.id} → missing parent ${e.parent}`).toBeDefined();
      expect(parent!.kind, `${e.id} → ${e.parent}`).toBe(e.kind);
    }
  });

  it('has no cycles', () => {
    for (const e of ALL) {
      const seen = new Set<string>();
      let id: string | null = e.id;
      while (id !== null) {
        expect(seen.has(id), `cycle through ${e.id}`).toBe(false);
        seen.add(id);
        id = BY_ID.get(id)?.parent ?? null;
      }
    }
  });

  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = BY_ID.get(id)?.parent ?? null; p !== null; p = BY_ID.get(p)?.parent ?? null) out.push(p);
    return out;
  };

  // A district sits in a city, a countryside in a province: 'a vaguer place' must exist above it.
  it('puts every district under a city and every countryside under a province', () => {
    const typeOf = (id: string) => BY_ID.get(id)?.type;
    for (const e of ALL.filter((x) => x.kind === 'place')) {
      if (e.type === 'district') expect(ancestors(e.id).some((a) => typeOf(a) === 'city'), e.id).toBe(true);
      if (e.type === 'countryside') expect(ancestors(e.id).some((a) => typeOf(a) === 'province'), e.id).toBe(true);
    }
  });

  // Compatibility the matching relies on: a vaguer statement is never a conflict.
  it.each([
    ['churkin', 'russia'],
    ['lavrov', 'russia'],
    ['russian-defence-ministry', 'russia'],
    ['muftuoglu', 'turkey'],
    ['turkish-intelligence', 'turkey'],
    ['syrian-army', 'syrian-government'],
    ['assad', 'syrian-government'],
    ['ahrar-al-sham', 'syrian-opposition'],
    ['nour-al-din-al-zenki', 'syrian-opposition'],
    ['fighters', 'syrian-opposition'],
    ['iraqi-militias', 'syrian-government'],
    ['hezbollah', 'pro-government-militias'],
    ['aleppo', 'northern-syria'],
    ['unsc', 'un'],
    ['de-mistura', 'un'],
    ['zeid', 'un'],
    ['children', 'civilians'],
    ['east-aleppo', 'aleppo'],
    ['sukkari', 'east-aleppo'],
    ['aleppo-west-countryside', 'aleppo-province'],
    ['rashideen', 'aleppo-countryside'],
    ['idlib-city', 'idlib-province'],
    ['halt-military-operations', 'ceasefire'],
    ['calm', 'ceasefire'],
    ['calm', 'halt-military-operations'],
    ['halt-military-operations', 'suspension'],
    ['reaching-agreement', 'agreement'],
    ['execution', 'killing'],
    ['light-weapons', 'weapons'],
  ])('%s sits under %s', (child, ancestor) => {
    expect(ancestors(child)).toContain(ancestor);
  });

  // Values that must stay different, or real conflicts are missed.
  it.each([
    ['france', 'uk'],
    ['turkey', 'un'],
    ['russia', 'un'],
    ['idlib-province', 'aleppo-west-countryside'],
    ['aleppo-west-countryside', 'aleppo-north-countryside'],
    ['east-aleppo', 'west-aleppo'],
    ['light-weapons', 'heavy-weapons'],
    ['jabhat-fateh-al-sham', 'syrian-opposition'],
    ['syrian-government', 'syrian-opposition'],
  ])('%s and %s are not nested', (a, b) => {
    expect(ancestors(a)).not.toContain(b);
    expect(ancestors(b)).not.toContain(a);
  });
});

describe('forms', () => {
  it('never lists the same form under two concepts of one kind', () => {
    for (const [, kind, entries] of FILES) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const f of [...e.ar, ...e.en]) {
          const key = fold(f);
          const prev = owner.get(key);
          expect(prev === undefined || prev === e.id, `${kind} form "${f}" under ${prev} and ${e.id}`).toBe(true);
          owner.set(key, e.id);
        }
      }
    }
  });

  it('never gives two concepts of one kind the same Arabic stems (the matcher could not tell them apart)', () => {
    for (const [, kind, entries] of FILES) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const f of e.ar) {
          const key = arabicStemKey(f);
          const prev = owner.get(key);
          expect(prev === undefined || prev === e.id, `${kind} stems "${key}" (${f}) under ${prev} and ${e.id}`).toBe(true);
          owner.set(key, e.id);
        }
      }
    }
  });

  it('never gives two concepts of one kind the same English stems', () => {
    for (const [, kind, entries] of FILES) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const f of e.en) {
          const key = stemEnglishForm(f).join(' ');
          const prev = owner.get(key);
          expect(prev === undefined || prev === e.id, `${kind} stems "${key}" (${f}) under ${prev} and ${e.id}`).toBe(true);
          owner.set(key, e.id);
        }
      }
    }
  });

  // The matcher takes the first kind in file order when two forms have the same stems, so a
  // shared key silently hides one concept ('محافظ حلب' once hid every 'محافظة حلب').
  it('never gives forms of two kinds the same stems in either language', () => {
    const kindsOf = new Map<string, Set<string>>();
    for (const e of ALL) {
      const keys = [...e.ar.map((f) => `ar:${arabicStemKey(f)}`), ...e.en.map((f) => `en:${stemEnglishForm(f).join(' ')}`)];
      for (const key of keys) kindsOf.set(key, (kindsOf.get(key) ?? new Set<string>()).add(e.kind));
    }
    expect([...kindsOf].filter(([, kinds]) => kinds.size > 1).map(([key]) => key)).toEqual([]);
  });

  // A form shared across kinds is allowed only where meant; today none is.
  it('keeps actor, place, event and object forms apart', () => {
    const kindsOf = new Map<string, Set<string>>();
    for (const e of ALL) {
      for (const f of [...e.ar, ...e.en]) {
        const set = kindsOf.get(fold(f)) ?? new Set<string>();
        set.add(e.kind);
        kindsOf.set(fold(f), set);
      }
    }
    const shared = [...kindsOf].filter(([, kinds]) => kinds.size > 1).map(([form]) => form);
    expect(shared).toEqual([]);
  });

  it('contains no negators, reporting verbs or number words', () => {
    const offenders: string[] = [];
    for (const e of ALL) {
      for (const f of e.ar) {
        for (const w of arabicWords(f)) {
          // 'العشرات' is 'عشرات' with the article: a number word all the same.
          const bare = w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
          if (ARABIC_CUES.includes(w) || ARABIC_CUES.includes(bare)) offenders.push(`${e.id}: "${w}" in "${f}"`);
        }
      }
      for (const f of e.en) {
        if (PROPER_NAMES_WITH_CUE_WORDS.includes(f)) continue;
        for (const w of englishWords(f)) if (ENGLISH_CUES.includes(w)) offenders.push(`${e.id}: "${w}" in "${f}"`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps bare Damascus, Moscow and Ankara as actors, not places', () => {
    const placeForms = new Set(ALL.filter((e) => e.kind === 'place').flatMap((e) => [...e.ar, ...e.en].map(fold)));
    for (const f of ['دمشق', 'damascus', 'موسكو', 'moscow', 'أنقرة', 'ankara']) expect(placeForms.has(f), f).toBe(false);
    expect(BY_ID.get('syrian-government')!.ar).toContain('دمشق');
    expect(BY_ID.get('syrian-government')!.en).toContain('Damascus');
  });
});

/** Concept ids the engine's matcher finds in a sentence, tokenised as the language layer does. */
function conceptsIn(sentence: string): string[] {
  if (ARABIC_LETTER_RE.test(sentence)) {
    const matcher = arabicConcepts();
    const norm = normalizeArabic(sentence);
    return matcher.find(tokenizeArabic(norm, 0, norm.text.length, (stem) => matcher.knows(stem))).map((m) => m.id);
  }
  return englishConcepts().find(tokenizeEnglish(sentence, { start: 0, end: sentence.length })).map((m) => m.id);
}

// Sentences in other outlets' words: what a reader's page must map to, in both languages.
describe('mentions in news wording', () => {
  it.each([
    ['أكدت أنقرة أن هدنة تسري في الأحياء الشرقية منذ المساء', ['turkey', 'ceasefire', 'implementation', 'east-aleppo']],
    ['خرجت الحافلات الخضراء من الراموسة باتجاه ريف حلب الغربي', ['evacuation', 'buses', 'ramouseh', 'aleppo-west-countryside']],
    ['سيغادر المقاتلون بأسلحتهم الخفيفة إلى إدلب', ['evacuation', 'fighters', 'light-weapons', 'idlib-province']],
    ['وقال مسؤول في الحكومة التركية إن روسيا وتركيا ستضمنان الاتفاق', ['turkish-government', 'russia', 'turkey', 'guarantee', 'agreement']],
    ['بسط الجيش السوري سيطرته على حي الشعار', ['syrian-army', 'control', 'shaar']],
    ['طالب زيد بن رعد بالسماح لمراقبين مستقلين', ['zeid', 'permission', 'monitors']],
    ['عقد مجلس الأمن جلسة طارئة بطلب من بريطانيا', ['unsc', 'emergency-session', 'request', 'uk']],
    ['أعدمت الميليشيات العراقية عشرات المدنيين', ['execution', 'iraqi-militias', 'civilians']],
    ['تجدد القصف على بستان القصر والكلاسة', ['resumption', 'shelling', 'bustan-al-qasr', 'kallaseh']],
    ['ونقلت سكاي نيوز عربية عن المبعوث الأممي ستافان دي ميستوره قوله', ['sky-news-arabia', 'de-mistura']],
    ['Rebels and their families boarded green buses in Ramousah bound for Idleb.', ['syrian-opposition', 'civilians', 'buses', 'ramouseh', 'idlib-province']],
    ["Russia's ambassador Vitaly Churkin said military operations had stopped in eastern Aleppo.", ['churkin', 'halt-military-operations', 'east-aleppo']],
    ['The ICRC and SARC oversaw the evacuation from the Rashidin district to Khan al-Assal.', ['icrc', 'sarc', 'monitoring', 'evacuation', 'rashideen', 'khan-al-asal']],
    ['Turkey and Russia will act as guarantors of the truce.', ['turkey', 'russia', 'guarantee', 'ceasefire']],
    ['Government troops recaptured Sheikh Maksoud and Masaken Hanano.', ['syrian-army', 'control', 'sheikh-maqsoud', 'masaken-hanano']],
    ['Ahrar ash-Sham and Nour al-Din al-Zinki fighters left with light arms.', ['ahrar-al-sham', 'nour-al-din-al-zenki', 'fighters', 'evacuation', 'light-weapons']],
    ['Jabhat Fatah al-Sham, formerly the Nusra Front, refused the deal.', ['jabhat-fateh-al-sham', 'refusal', 'agreement']],
    ['Tchourkine met Mr Muftuoglu at the Khmeimim air base.', ['churkin', 'meeting', 'muftuoglu', 'hmeimim']],
    ['وقال السفير الروسي إن مقاتلي النصرة سيخرجون إلى إدلب', ['churkin', 'jabhat-fateh-al-sham', 'evacuation', 'idlib-province']],
    ['وتقدمت القوات الموالية للحكومة الليبية في مدينة سرت', ['sirte']],
    ['وكانت الأحياء الشمالية قد سقطت بيد القوات الحكومية في الأيام الأولى للهجوم', ['control', 'syrian-army']],
    ['The northern districts fell into the hands of government forces in the first days of the offensive.', ['control', 'syrian-army']],
    ['واتهم وحدات حماية الشعب الكردية بالتنسيق مع قوات النظام في شمال حلب', ['ypg', 'cooperation', 'syrian-army']],
    ['He accused the Kurdish YPG of acting in coordination with government forces north of Aleppo.', ['ypg', 'cooperation', 'syrian-army']],
    ['وقال إن تحرير حلب لن يطوي صفحة الحرب في سوريا', ['end-of-operation']],
    ['وحمّلت المندوبة الأمريكية دمشق وموسكو وطهران مسؤولية مقتل المدنيين في حلب', ['responsibility', 'syrian-government', 'russia', 'iran']],
  ])('%s', (sentence, expected) => {
    const found = conceptsIn(sentence);
    for (const id of expected) expect(found, id).toContain(id);
  });

  // Common words whose light stems once hit a lexicon form: none of these may name a concept.
  it.each([
    ['وجاء البيان من أجل حماية المدنيين', ['evacuation', 'hama', 'evacuees', 'delay']],
    ['وقال المسؤول إنها تتضمن بنودا كثيرة', ['responsibility', 'end-of-operation', 'guarantee']],
    ['ووصلت فرق الأمم المتحدة في المرحلة الأولى', ['raqqa', 'evacuees']],
    ['وفي المقابل يجب أن يبقى الوضع عند حدوده', ['exchange', 'frontlines', 'madaya-zabadani', 'anadan']],
    ['وقال في الميدان إن المشهد تغير في الوقت الحاضر', ['midan', 'mashhad', 'urum-al-kubra']],
    ['وبلغت حصيلة الضحايا عشرة بعد اختراق في المفاوضات', ['arrival', 'violation']],
    ['The Security Council held a meeting, according to those who were there.', ['control', 'implementation', 'agreement', 'who']],
    ['He said the remaining residents would not leave before Friday.', ['bodies']],
    ["The convoy took the route through the army's lines late at night.", ['defeat', 'delay']],
    ['State Department officials told Agence France-Presse the Syrian authorities had not replied.', ['evacuation', 'pressure', 'permission']],
    ['وتقدمت فصائل درع الفرات نحو مدينة الباب', ['displacement']],
    ['وقال إبراهيم كالين إن المحادثات جرت بين الطرفين', ['opening']],
    ['وقال السفير الفرنسي إن عبد الله غادر البلد', ['aleppo-east-countryside', 'syrian-national-coalition', 'villages']],
    ['وأشرف الهلال الأحمر على نقل الجرحى إلى حي السليمانية', ['ashrafiyeh', 'iran']],
    // 'سرت' is the verb of a truce taking effect far more often than Libya's Sirte.
    ['وأوضح مصدر تركي أن الهدنة سرت اعتبارا من الساعة الثالثة', ['sirte']],
    ['وسرت التهدئة في الأحياء الشرقية منذ مساء الثلاثاء', ['sirte']],
  ])('%s', (sentence, absent) => {
    const found = conceptsIn(sentence);
    for (const id of absent) expect(found, id).not.toContain(id);
  });
});

// The same claim as an Arabic and an English outlet would word it: both must name the same
// concepts (up to a vaguer parent), or a page in one language cannot meet a source in the other.
describe('the same claim in both languages', () => {
  it.each([
    ['أعلنت تركيا أن وقفا لإطلاق النار يسري في شرق حلب', 'Turkey said a ceasefire was in force in east Aleppo'],
    ['توصلت أنقرة وموسكو إلى اتفاق لإجلاء المقاتلين والمدنيين من الجيب المحاصر', 'Ankara and Moscow reached a deal to evacuate fighters and civilians from the besieged enclave'],
    ['سيسمح للمقاتلين بالخروج مع أسلحتهم الخفيفة', 'Fighters will be allowed to leave with their light weapons'],
    ['ستضمن تركيا وروسيا تنفيذ الاتفاق', 'Turkey and Russia will guarantee the implementation of the agreement'],
    ['سينقل المدنيون إلى ريف حلب الغربي والشمالي', 'Civilians will be taken to the western and northern Aleppo countryside'],
    ['قالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على 98% من مساحة مدينة حلب', 'The Russian defence ministry said the Syrian army controlled 98% of the area of Aleppo city'],
    ['عقد مجلس الأمن جلسة طارئة بطلب من فرنسا', "The Security Council held an emergency session at France's request"],
    ['قتل الجنود السوريون والمقاتلون العراقيون 82 مدنيا رميا بالرصاص', 'Syrian soldiers and Iraqi fighters shot dead 82 civilians'],
    ['حذر من أن ما حدث قد يتكرر في دوما وإدلب', 'He warned it could be repeated in Douma and Idlib'],
    ['يجتمع خبراء عسكريون روس وأمريكيون في جنيف لبحث الوضع في حلب', 'Russian and American military experts are meeting in Geneva to discuss Aleppo'],
    ['انهارت الهدنة صباح الأربعاء وتجدد القصف على الأحياء المحاصرة', 'The truce collapsed on Wednesday morning and shelling resumed on the besieged districts'],
    ['أحرق مسلحون حافلات كانت متجهة لإجلاء المرضى من الفوعة وكفريا', 'Gunmen burned buses that were heading to evacuate the sick from Foua and Kefraya'],
    ['اغتيل السفير الروسي لدى تركيا أندريه كارلوف في أنقرة', 'Russian ambassador to Turkey Andrei Karlov was assassinated in Ankara'],
    ['احتجزت قوات النظام مئات الرجال عند الحواجز', 'Regime forces detained hundreds of men at checkpoints'],
    ['انسحب مقاتلو المعارضة من مساكن هنانو وحي الصاخور', 'Opposition fighters withdrew from Masaken Hanano and al-Sakhour'],
    ['قالت اليونيسف إن مئات الأطفال عالقون في دار للأيتام في شرق حلب', 'UNICEF said hundreds of children were trapped in an orphanage in east Aleppo'],
    // 'the Russian military' is the ministry in English copy, 'الجيش الروسي' the forces it commands
    ['أجرى الجيش الروسي مفاوضات مع المعارضة في شرق حلب', 'The Russian military held talks with the rebels in east Aleppo'],
  ])('%s', (arabic, english) => {
    const ar = conceptsIn(arabic);
    const en = conceptsIn(english);
    const unmatched = (from: string[], to: string[]) => from.filter((a) => !to.some((b) => compatibleConcepts(a, b)));
    expect({ arabicOnly: unmatched(ar, en), englishOnly: unmatched(en, ar) }).toEqual({ arabicOnly: [], englishOnly: [] });
  });
});
