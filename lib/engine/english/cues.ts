import type { CueHit, Span, Token } from '../layer';

/**
 * Cue words and phrases that change how an English sentence holds its claim: negation, denial,
 * attribution, future, demand, opinion, hedging and questions. Matched on token norms, so
 * contractions count ("didn't" → did + not, "won't" → will + not) and offsets land on the page.
 */

type CueKind = CueHit['kind'];

/** Phrases per cue kind, as sequences of token norms. Longer phrases win over their prefixes. */
const CUE_PHRASES: ReadonlyArray<{ kind: CueKind; phrases: string[] }> = [
  {
    kind: 'negation',
    phrases: [
      'not', 'no', 'never', 'neither', 'nor', 'without', 'none', 'nobody', 'nothing', 'cannot',
      'no longer', 'no one', 'failed to', 'fails to', 'has yet to', 'have yet to',
      // The event did not happen: "refused to accept a truce" is "did not accept" in other words.
      'refused to', 'refuses to', 'refuse to', 'refusing to', 'declined to', 'declines to', 'unable to',
    ],
  },
  {
    kind: 'denial',
    phrases: [
      'deny', 'denies', 'denied', 'denying', 'denial', 'reject', 'rejects', 'rejected', 'rejecting',
      'refute', 'refutes', 'refuted', 'refuting', 'dismissed reports', 'dismissed claims', 'dismissed allegations',
      'dismissed the reports', 'dismissed the claims', 'dismissed as', 'dismisses reports', 'dismissed suggestions',
      'there was no', 'there were no', 'there is no', 'there are no', 'there has been no', 'there have been no',
      'baseless', 'unfounded', 'untrue', 'fabricated', 'false reports', 'no truth',
    ],
  },
  {
    kind: 'attribution',
    phrases: [
      'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'announced', 'announces', 'announcing',
      'according to', 'stated', 'states', 'confirmed', 'confirms', 'quoted', 'quoting', 'reported',
      'reports', 'added', 'adds', 'warned', 'warns', 'claimed', 'claims', 'insisted', 'insists', 'noted',
      'explained', 'stressed', 'acknowledged', 'declared', 'revealed', 'in a statement', 'cited',
    ],
  },
  {
    kind: 'future',
    phrases: [
      'will', 'would', 'shall', 'going to', 'is expected to', 'are expected to', 'was expected to',
      'were expected to', 'expected to', 'is due to', 'are due to', 'due to begin', 'due to start',
      'scheduled to', 'set to', 'plans to', 'planned to', 'is to', 'are to', 'to begin', 'to start',
      'to resume', 'is about to', 'are about to',
    ],
  },
  {
    kind: 'demand',
    phrases: [
      'urged', 'urges', 'urge', 'urging', 'called on', 'calls on', 'call on', 'calling on', 'called for',
      'calls for', 'call for', 'calling for', 'demanded', 'demands', 'demand', 'demanding', 'asked',
      'asks', 'appealed', 'appeals', 'pressed', 'pressing for', 'insisted that', 'in order to',
      'ready to', 'stands ready', 'prepared to', 'awaiting', 'waiting for',
    ],
  },
  {
    kind: 'opinion',
    phrases: [
      'believes', 'believe', 'believed', 'think', 'thinks', 'thought', 'analysts say', 'analysts said',
      'in my view', 'in our view', 'in my opinion', 'in his view', 'in her view', 'should', 'ought to',
      'seems', 'seemed', 'considers', 'feels', 'described', 'calls it', 'called it',
    ],
  },
  {
    kind: 'hedge',
    phrases: [
      'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'reportedly',
      'allegedly', 'apparently', 'it is unclear', 'it was unclear', 'unconfirmed', 'appears to',
      'appeared to', 'is believed to', 'are believed to', 'was believed to', 'were believed to',
    ],
  },
];

/** Opinion cues that are also verbs of saying: the speaker characterised something aloud. */
const REPORTED_OPINION = new Set(['described', 'called it', 'calls it']);
/** "described … as": the as may come this many tokens after described. */
const DESCRIBED_AS_WINDOW = 10;
/** A day number or year after "May" at a sentence's start makes it the month: "May 5", "May 2016". */
const MONTH_MAY_RE = /^(?:\d{1,2}|\d{4})$/;

interface PhraseEntry {
  kind: CueKind;
  words: string[];
}

const BY_FIRST = new Map<string, PhraseEntry[]>();
for (const { kind, phrases } of CUE_PHRASES) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = BY_FIRST.get(words[0]!) ?? [];
    list.push({ kind, words });
    BY_FIRST.set(words[0]!, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Whether the cue at tokens[i] is a false friend in this context. */
function isFalseFriend(text: string, tokens: Token[], i: number, entry: PhraseEntry): boolean {
  const t = tokens[i]!;
  // A capitalised word inside a name is no cue: "United States", "Will Smith".
  const capitalised = (k: number) => {
    const tk = tokens[k];
    return tk !== undefined && /^\p{Lu}/u.test(text.slice(tk.start, tk.end));
  };
  if (i > 0 && capitalised(i) && (capitalised(i - 1) || capitalised(i + entry.words.length))) return true;
  // "urged Damascus to reject the plan": a base-form verb after "to" is asked for, not done.
  if (entry.kind === 'denial' && tokens[i - 1]?.norm === 'to' && /^(?:deny|reject|refute)$/.test(entry.words[0]!)) return true;
  if (entry.words[0] === 'may' && entry.words.length === 1) {
    // Mid-sentence "May" is the month (the modal is not capitalised there); at the start only
    // a day number or a year next to it makes it the month.
    if (!/^M/.test(text.slice(t.start, t.end))) return false;
    return i > 0 || MONTH_MAY_RE.test(tokens[i + 1]?.norm ?? '');
  }
  if (entry.kind === 'opinion' && entry.words[0] === 'described') {
    // "described the situation as grim" is an opinion; "described the scene" is reporting.
    for (let k = i + 1; k < tokens.length && k <= i + DESCRIBED_AS_WINDOW; k++) if (tokens[k]!.norm === 'as') return false;
    return true;
  }
  // "No. 2" is a number label; "not only … but also" adds, it does not negate.
  if (entry.words[0] === 'no' && /^\d/.test(tokens[i + 1]?.norm ?? '')) return true;
  return entry.words[0] === 'not' && tokens[i + 1]?.norm === 'only';
}

/**
 * Cues in text[span.start, span.end), from the span's tokens (offsets into `text`), in text
 * order; a question sentence gives one 'question' cue on its final mark. [] when there are none.
 */
export function findEnglishCues(text: string, span: Span, tokens: Token[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = BY_FIRST.get(tokens[i]!.norm);
    let matched: PhraseEntry | null = null;
    for (const entry of candidates ?? []) {
      if (!entry.words.every((w, k) => tokens[i + k]?.norm === w)) continue;
      if (isFalseFriend(text, tokens, i, entry)) continue;
      matched = entry;
      break;
    }
    if (!matched) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + matched.words.length - 1]!.end;
    out.push({ kind: matched.kind, start, end, surface: text.slice(start, end) });
    // "Delattre described Aleppo as a tragedy", "called it a crime": a characterisation, and a
    // report of what someone said, so the sentence has a speaker.
    if (matched.kind === 'opinion' && REPORTED_OPINION.has(matched.words.join(' '))) {
      out.push({ kind: 'attribution', start, end, surface: text.slice(start, end) });
    }
    i += matched.words.length;
  }
  const question = questionMark(text, span);
  if (question >= 0) out.push({ kind: 'question', start: question, end: question + 1, surface: '?' });
  return out;
}

/** Offset of the "?" that ends the span (before closing quotes), or -1. */
function questionMark(text: string, span: Span): number {
  let k = Math.min(span.end, text.length) - 1;
  while (k >= span.start && /[\s"'”’»)\]]/.test(text[k]!)) k--;
  return k >= span.start && (text[k] === '?' || text[k] === '؟') ? k : -1;
}
