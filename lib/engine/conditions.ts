import type { Token } from './layer';
import { isClauseBreak } from './sentence-tools';

/**
 * A condition is not a claim's fact: 'the rebels could have been brought out as early as June if
 * Washington had done its part', 'سيخرج المقاتلون إذا التزمت الفصائل', 'لو التزمت واشنطن'. What
 * the 'if' clause names (Washington, its part) is what the claim supposes, not what it reports, so
 * a source need not name it. The clause runs from its word to the next clause break.
 */

/** Words that open a condition (English lower-case; Arabic normalised, with a conjunction or without). */
const IF_EN = new Set(['if', 'unless']);
const IF_AR = new Set(['اذا', 'واذا', 'لو', 'ولو', 'لولا', 'طالما']);
/** Arabic two-word openers: 'في حال', 'في حالة'. */
const IN_CASE_AR = new Set(['حال', 'حاله']);

/**
 * A concession is the background a claim stands against: 'shelling resumed despite the Russian
 * announcement', 'تجدد القصف على الرغم من الإعلان الروسي'. Who the 'despite' clause names is not a
 * side of the claim's event, so a source telling that event need not name them. The clause runs
 * from its word to the next clause break.
 */
const DESPITE_EN = new Set(['despite', 'notwithstanding']);
const DESPITE_AR = new Set(['رغم', 'برغم', 'ورغم', 'بالرغم', 'وبالرغم', 'الرغم']);

/** Token ranges [from, to) of the sentence's concessive clauses; [] when it has none. */
export function concessiveClauses(text: string, tokens: Token[], lang: 'ar' | 'en'): [number, number][] {
  return clausesOpenedBy(text, tokens, (i, n) => {
    // 'in spite of': the clause starts at 'in'.
    if (lang === 'en' && n === 'spite' && i > 0 && tokens[i - 1]!.norm === 'in') return i - 1;
    return (lang === 'en' ? DESPITE_EN : DESPITE_AR).has(n) ? i : -1;
  });
}

/**
 * What a claim says is to be avoided is not reported either: 'تفادياً لأي خرق قد يعرقل الاتفاق',
 * 'to avoid any breach that could derail the deal'. The clause runs from its word to the next
 * clause break; everything it names is left out (as an 'if' clause's is).
 */
const AVOID_AR = new Set(['تفاديا', 'تجنبا', 'لتفادي', 'لتجنب', 'وتفاديا', 'وتجنبا']);
const AVOID_EN = new Set(['avoid', 'avert']);

/** Token ranges [from, to) of the sentence's avoidance clauses; [] when it has none. */
export function avoidanceClauses(text: string, tokens: Token[], lang: 'ar' | 'en'): [number, number][] {
  return clausesOpenedBy(text, tokens, (i, n) => {
    // English 'to avoid': the clause starts at 'to'.
    if (lang === 'en') return AVOID_EN.has(n) && i > 0 && tokens[i - 1]!.norm === 'to' ? i - 1 : -1;
    return AVOID_AR.has(n) ? i : -1;
  });
}

/** The word after 'if' that makes it 'if needed' (normalised). */
const IF_NEEDED = new Set(['needed', 'necessary', 'required', 'need', 'لزم', 'اقتضى', 'اقتضت']);

/** Token ranges [from, to) of the sentence's conditional clauses; [] when it has none. */
export function conditionalClauses(text: string, tokens: Token[], lang: 'ar' | 'en'): [number, number][] {
  return clausesOpenedBy(
    text,
    tokens,
    (i, n) => (lang === 'en' ? IF_EN.has(n) : IF_AR.has(n) || (IN_CASE_AR.has(n) && i > 0 && /^و?في$/.test(tokens[i - 1]!.norm))) ? i : -1,
    // 'if needed', 'إذا لزم الأمر': a hedge of the whole, whose clause is only the idiom ('… to move
    // quickly if needed in Aleppo': Aleppo is where, not what is supposed).
    (i) => (IF_NEEDED.has(tokens[i + 1]?.norm ?? '') ? (lang === 'ar' && tokens[i + 2]?.norm === 'الامر' ? 3 : 2) : 0),
  );
}

/**
 * Token ranges [from, to) of the clauses a word opens: `opensAt(i, norm)` gives the clause's first
 * token when token i opens one (-1 when not), and the clause runs to the next clause break, or
 * only `idiomLength(i)` tokens when that is not 0.
 */
function clausesOpenedBy(
  text: string,
  tokens: Token[],
  opensAt: (i: number, norm: string) => number,
  idiomLength: (i: number) => number = () => 0,
): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = opensAt(i, tokens[i]!.norm);
    if (first < 0) continue;
    let end = i + 1;
    while (end < tokens.length && !isClauseBreak(text, tokens[end - 1]!, tokens[end]!)) end++;
    const idiom = idiomLength(i);
    if (idiom > 0) end = Math.min(end, i + idiom);
    out.push([first, end]);
    i = end - 1;
  }
  return out;
}
