import actorsJson from '../lib/engine/lexicon/actors.json';
import placesJson from '../lib/engine/lexicon/places.json';
import eventsJson from '../lib/engine/lexicon/events.json';
import objectsJson from '../lib/engine/lexicon/objects.json';
import type { CorpusDoc } from '../lib/engine/types';

/**
 * A deterministic generator of synthetic corpora for the scale benchmark: articles in Arabic and
 * English built from the domain's lexicon (actors, places, events, objects in both languages)
 * and a set of sentence shapes (attribution, event, actors, places, figures, times, negation),
 * with figures, places and dates drawn from a seeded PRNG. Article i depends only on the seed
 * and i, so the corpus of 1,000 is the first 1,000 of the corpus of 10,000.
 *
 * The articles read like short agency items, not like one seed repeated: each draws its own
 * speaker, actors, places, figures and day, and its sentences from the shapes in its language.
 */

interface LexiconEntry {
  id: string;
  type: string;
  parent: string | null;
  ar: string[];
  en: string[];
}

type L = 'ar' | 'en';

/** Sentences in one synthetic article, lead sentence included. */
export const MIN_SENTENCES = 5;
export const MAX_SENTENCES = 11;
/** Share of articles in Arabic (the rest are in English): the seeds are Arabic, readers mix. */
const ARABIC_SHARE = 0.5;
/** Only the first few forms of a concept are used: the later ones are rare spellings. */
const FORMS_USED = 4;
/** The days articles are dated on: the offensive to the end of the evacuation. */
const FIRST_DAY = Date.UTC(2016, 10, 15);
const DAYS = 40;

/** mulberry32: small, fast and good enough to vary a benchmark corpus; same seed, same stream. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const actors = actorsJson as LexiconEntry[];
const places = placesJson as LexiconEntry[];
const events = eventsJson as LexiconEntry[];
const objects = objectsJson as LexiconEntry[];
const byId = new Map([...actors, ...places, ...events, ...objects].map((e) => [e.id, e]));

function descendsFrom(entry: LexiconEntry, rootIds: ReadonlySet<string>): boolean {
  for (let e: LexiconEntry | undefined = entry; e; e = e.parent ? byId.get(e.parent) : undefined) {
    if (rootIds.has(e.id)) return true;
  }
  return false;
}

const ofTypes = (list: LexiconEntry[], types: string[]) => list.filter((e) => types.includes(e.type) && e.ar.length > 0 && e.en.length > 0);

/** The pools each slot draws from. */
const POOLS = {
  speakers: ofTypes(actors, ['person', 'government', 'un-body', 'ngo', 'media', 'org', 'state']),
  agents: ofTypes(actors, ['armed-force', 'rebel-group', 'militia', 'jihadist-group', 'state', 'government']),
  people: ofTypes(actors, ['people']),
  media: ofTypes(actors, ['media']),
  aleppoPlaces: ofTypes(places, ['district', 'area', 'crossing', 'countryside', 'city', 'venue']).filter((p) => descendsFrom(p, new Set(['aleppo', 'aleppo-province']))),
  destinations: ofTypes(places, ['city', 'province', 'area', 'countryside']).filter((p) => !['geneva', 'hamburg', 'belgrade', 'paris', 'new-york', 'lausanne', 'astana', 'vienna'].includes(p.id)),
  transport: ofTypes(objects, ['transport']),
  weapons: ofTypes(objects, ['weapons']),
  events: ['ceasefire', 'evacuation', 'agreement', 'negotiation', 'shelling', 'siege', 'humanitarian-access', 'withdrawal', 'suspension', 'delay', 'resumption', 'displacement', 'humanitarian-pause', 'safe-passage']
    .map((id) => byId.get(id))
    .filter((e): e is LexiconEntry => e !== undefined),
};
const ALEPPO = byId.get('aleppo')!;

const WEEKDAYS: Record<L, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
};
const MONTHS: Record<L, string[]> = {
  en: ['November', 'December'],
  ar: ['نوفمبر', 'ديسمبر'],
};

class Draw {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }
  /** One of the first `forms` surface forms (events: the first is the noun, later ones verbs). */
  form(entry: LexiconEntry, lang: L, forms = FORMS_USED): string {
    return this.pick(entry[lang].slice(0, forms));
  }
}

/** A figure as news writes it: exact, approximate, rounded thousands or a percentage. */
function figure(d: Draw, lang: L): string {
  const n = d.pick([d.int(2, 99), d.int(100, 999), d.int(1, 60) * 1_000, d.int(1_000, 9_999)]);
  const shown = n >= 1_000 && n % 1_000 === 0 ? (lang === 'ar' ? `${n / 1_000} ألف` : `${n / 1_000},000`) : String(n);
  const approx = d.pick(lang === 'ar' ? ['', 'نحو ', 'أكثر من ', 'قرابة '] : ['', 'about ', 'more than ', 'nearly ']);
  return `${approx}${shown}`;
}

function percent(d: Draw, lang: L): string {
  const p = d.int(40, 99);
  return lang === 'ar' ? d.pick([`${p} في المئة`, `${p}%`]) : d.pick([`${p} percent`, `${p}%`]);
}

/** A time reference relative to the article's day: a weekday, a date or a GMT clock time. */
function timeRef(d: Draw, lang: L, day: Date): string {
  const kind = d.int(0, 3);
  const other = new Date(day.getTime() - d.int(0, 2) * 86_400_000);
  if (kind === 0) return lang === 'ar' ? `يوم ${WEEKDAYS.ar[other.getUTCDay()]}` : `on ${WEEKDAYS.en[other.getUTCDay()]}`;
  if (kind === 1) {
    const month = MONTHS[lang][other.getUTCMonth() === 10 ? 0 : 1];
    return lang === 'ar' ? `في ${other.getUTCDate()} ${month}` : `on ${other.getUTCDate()} ${month}`;
  }
  if (kind === 2) {
    const hour = `${d.int(5, 20)}:${d.pick(['00', '30'])}`;
    return lang === 'ar' ? `عند الساعة ${hour} بتوقيت غرينتش` : `at ${hour} GMT`;
  }
  return lang === 'ar' ? d.pick(['خلال الساعات المقبلة', 'صباح اليوم', 'مساء أمس']) : d.pick(['within hours', 'this morning', 'late on the previous day']);
}

interface Slots {
  speaker: string;
  agent: string;
  people: string;
  people2: string;
  media: string;
  place: string;
  place2: string;
  event: string;
  event2: string;
  transport: string;
  weapons: string;
  figure: string;
  figure2: string;
  percent: string;
  time: string;
  negated: boolean;
}

type Shape = (s: Slots) => string;

/** Sentence shapes, per language: attribution + event + actors + places + figures + time, some negated. */
const SHAPES: Record<L, Shape[]> = {
  en: [
    (s) => `${s.speaker} said the ${s.event} in ${s.place} ${s.negated ? 'had not begun' : 'began'} ${s.time}.`,
    (s) => `According to ${s.speaker}, ${s.agent} ${s.negated ? 'did not control' : 'controlled'} ${s.percent} of ${s.place} ${s.time}.`,
    (s) => `${s.speaker} announced the ${s.event} of ${s.figure} ${s.people} from ${s.place} to ${s.place2} ${s.time}.`,
    (s) => `${s.agent} ${s.negated ? 'refused' : 'agreed'} to a ${s.event} in ${s.place}, ${s.speaker} said ${s.time}.`,
    (s) => `${s.speaker} denied that ${s.agent} had carried out ${s.event2} in ${s.place} ${s.time}.`,
    (s) => `${s.figure} ${s.people} reached ${s.place2} ${s.time} after the ${s.event}, ${s.media} reported.`,
    (s) => `${s.speaker} accused ${s.agent} of blocking the ${s.event} in ${s.place}.`,
    (s) => `Under the deal, ${s.agent} would leave ${s.place} with ${s.weapons} aboard ${s.figure2} ${s.transport} ${s.time}, ${s.speaker} said.`,
    (s) => `At least ${s.figure} ${s.people} were killed in ${s.event2} on ${s.place} ${s.time}, ${s.media} said.`,
    (s) => `${s.speaker} said ${s.figure} ${s.people} ${s.negated ? 'were still waiting to leave' : 'had left'} ${s.place} ${s.time}.`,
  ],
  ar: [
    (s) => `وقال ${s.speaker} إن ${s.event} في ${s.place} ${s.negated ? 'لم يبدأ' : 'بدأ'} ${s.time}.`,
    (s) => `وبحسب ${s.speaker} فإن ${s.agent} ${s.negated ? 'لا تسيطر' : 'تسيطر'} على ${s.percent} من ${s.place} ${s.time}.`,
    (s) => `وأعلن ${s.speaker} ${s.event} ${s.figure} من ${s.people} من ${s.place} إلى ${s.place2} ${s.time}.`,
    (s) => `وأكد ${s.speaker} أن ${s.agent} ${s.negated ? 'رفضت' : 'وافقت على'} ${s.event} في ${s.place} ${s.time}.`,
    (s) => `ونفى ${s.speaker} أن تكون ${s.agent} قد نفذت ${s.event2} في ${s.place} ${s.time}.`,
    (s) => `وأفادت ${s.media} بأن ${s.figure} من ${s.people} وصلوا إلى ${s.place2} ${s.time} بعد ${s.event}.`,
    (s) => `واتهم ${s.speaker} ${s.agent} بعرقلة ${s.event} في ${s.place}.`,
    (s) => `وبموجب الاتفاق تخرج ${s.agent} من ${s.place} مع ${s.weapons} على متن ${s.figure2} من ${s.transport} ${s.time}، بحسب ${s.speaker}.`,
    (s) => `وقتل ${s.figure} من ${s.people} على الأقل في ${s.event2} على ${s.place} ${s.time}، وفق ${s.media}.`,
    (s) => `وقال ${s.speaker} إن ${s.figure} من ${s.people} ${s.negated ? 'ما زالوا ينتظرون الخروج من' : 'غادروا'} ${s.place} ${s.time}.`,
  ],
};

const LEADS: Record<L, (place: string, aleppo: string, event: string, speaker: string, time: string) => string> = {
  en: (place, aleppo, event, speaker, time) => `The ${event} in ${place} in ${aleppo} was the focus ${time}, ${speaker} said.`,
  ar: (place, aleppo, event, speaker, time) => `وتركز الاهتمام ${time} على ${event} في ${place} في ${aleppo}، بحسب ${speaker}.`,
};

const TITLES: Record<L, (event: string, aleppo: string, speaker: string) => string> = {
  en: (event, aleppo, speaker) => `${speaker}: ${event} in ${aleppo}`,
  ar: (event, aleppo, speaker) => `${speaker}: ${event} في ${aleppo}`,
};

function slots(d: Draw, lang: L, day: Date): Slots {
  const violent = ['shelling', 'air-strikes', 'killing', 'fighting'].map((id) => byId.get(id)).filter((e): e is LexiconEntry => e !== undefined);
  return {
    speaker: d.form(d.pick(POOLS.speakers), lang),
    agent: d.form(d.pick(POOLS.agents), lang),
    people: d.form(d.pick(POOLS.people), lang),
    people2: d.form(d.pick(POOLS.people), lang),
    media: d.form(d.pick(POOLS.media), lang),
    place: d.form(d.pick(POOLS.aleppoPlaces), lang),
    place2: d.form(d.pick(POOLS.destinations), lang),
    event: d.form(d.pick(POOLS.events), lang, 1),
    event2: d.form(d.pick(violent), lang, 1),
    transport: d.form(d.pick(POOLS.transport), lang),
    weapons: d.form(d.pick(POOLS.weapons), lang),
    figure: figure(d, lang),
    figure2: String(d.int(5, 120)),
    percent: percent(d, lang),
    time: timeRef(d, lang, day),
    negated: d.chance(0.2),
  };
}

/** English sentences start with a capital even when the speaker's form does not ('the Kremlin'). */
function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Article `index` of the corpus generated from `seed`: the same pair always gives the same article. */
export function syntheticArticle(seed: number, index: number): Omit<CorpusDoc, 'claims'> {
  // One stream per article (seed and index mixed), so article i does not depend on articles < i.
  const d = new Draw(seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)));
  const lang: L = d.chance(ARABIC_SHARE) ? 'ar' : 'en';
  const day = new Date(FIRST_DAY + d.int(0, DAYS - 1) * 86_400_000);
  const lead = slots(d, lang, day);
  const aleppo = d.form(ALEPPO, lang, 1);
  const sentences = [capitalise(LEADS[lang](lead.place, aleppo, lead.event, lead.speaker, lead.time))];
  const count = d.int(MIN_SENTENCES, MAX_SENTENCES);
  const paragraphs: string[] = [];
  for (let i = 1; i < count; i++) {
    const s = d.pick(SHAPES[lang])(slots(d, lang, day));
    sentences.push(lang === 'en' ? capitalise(s) : s);
  }
  // Two or three sentences a paragraph, as agency copy runs.
  for (let i = 0; i < sentences.length; ) {
    const take = d.int(2, 3);
    paragraphs.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  const media = d.pick(POOLS.media);
  return {
    docId: `synthetic-${seed}-${index}`,
    title: TITLES[lang](lead.event, aleppo, lead.speaker),
    outlet: media[lang][0] ?? null,
    published: day.toISOString().slice(0, 10),
    lang,
    url: `https://news.example/${lang}/${seed}/${index}`,
    origin: 'saved',
    text: paragraphs.join('\n\n'),
  };
}

/** The first `count` articles of the corpus generated from `seed`; [] for count 0. */
export function syntheticCorpus(seed: number, count: number): Omit<CorpusDoc, 'claims'>[] {
  return Array.from({ length: count }, (_, i) => syntheticArticle(seed, i));
}
