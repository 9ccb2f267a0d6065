import { normalizeArabicWord } from '@/lib/engine/arabic/normalize';

/**
 * Recognising an article the corpus already holds: the same page under another address
 * (canonical URL), or the same agency copy republished by another outlet (near-duplicate text).
 */

/** Query parameters that only say how the reader arrived: never part of an article's identity. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'ocid', 'cmpid', 'ito', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'amp', 'outputtype', 'ref', 'ref_src', 'share', 'smid',
]);
/** Prefixes of tracking parameter families (utm_source, utm_medium… ; hsa_*; pk_*). */
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_', 'at_'];

/**
 * A key that is the same for every address of one article: lower-case scheme and host, http and
 * https alike, no "www."/"m."/"amp." host prefix, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted, no trailing slash, and AMP variants (/amp, /amp/,
 * .amp.html, ?amp=1, Google's AMP cache /amp/s/…) folded onto the article's own page.
 * Returns '' for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(raw: string | null | undefined): string {
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  // Google's AMP viewer wraps the publisher's address: www.google.com/amp/s/example.com/story.
  const ampCache = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname);
  if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && ampCache) {
    return canonicalizeUrl(`${ampCache[1] ? 'https' : 'http'}://${ampCache[2]}${url.search}`);
  }
  const host = url.hostname.toLowerCase().replace(/^(www\d*|m|mobile|amp)\./, '').replace(/\.$/, '');
  let path = url.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/^\/amp\//i, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '/') path = '';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => {
      const key = k.toLowerCase();
      return !TRACKING_PARAMS.has(key) && !TRACKING_PREFIXES.some((p) => key.startsWith(p));
    })
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  return `https://${host}${url.port ? ':' + url.port : ''}${path}${query}`;
}

/** Words per shingle: long enough that two stories on one event rarely share one by chance
 *  (shared names and stock phrases are 2-3 words), short enough that a light edit only
 *  breaks the few shingles around it. */
export const SHINGLE_WORDS = 5;
/** MinHash signature length: estimates resemblance to about ±0.04 (1/√128 × ½). */
export const MINHASH_SIZE = 128;
/**
 * Share of the shorter text's shingles that must recur in the other for a near-duplicate.
 * Measured on dedupe.test.ts's texts: agency copy republished with a new headline, house
 * boilerplate, light edits or re-spelling scores about 0.7-0.9, a copy trimmed to its first
 * paragraph about 0.87; independent reports of the same event (same places, actors, figures)
 * score under 0.05. MinHash cannot see a short copy inside a text 20 times its length.
 */
export const NEAR_DUPLICATE_CONTAINMENT = 0.5;

const FINGERPRINT_PREFIX = 'mh1';
const WORD = /[\p{L}\p{N}]+/gu;

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** The words of a text in the engine's normalised form (Arabic folded, Latin lower-cased). */
export function fingerprintWords(text: string): string[] {
  return normalizeArabicWord(text).match(WORD) ?? [];
}

/**
 * A compact near-duplicate fingerprint of an article text: `mh1:<shingle count>:<signature>`,
 * MinHash over word 5-gram shingles of the normalised text. '' for a text with no words.
 */
export function textFingerprint(text: string): string {
  const words = fingerprintWords(text);
  if (words.length === 0) return '';
  const shingles = new Set<number>();
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) shingles.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  let hex = '';
  for (const v of sig) hex += v.toString(16).padStart(8, '0');
  return `${FINGERPRINT_PREFIX}:${shingles.size}:${hex}`;
}

interface ParsedFingerprint {
  size: number;
  sig: string;
}

function parseFingerprint(fp: string): ParsedFingerprint | null {
  const m = /^mh1:(\d+):([0-9a-f]+)$/.exec(fp);
  if (!m || m[2]!.length !== MINHASH_SIZE * 8) return null;
  return { size: Number(m[1]), sig: m[2]! };
}

export interface TextSimilarity {
  /** Estimated Jaccard resemblance of the two shingle sets, 0..1. */
  resemblance: number;
  /** Estimated share of the smaller text's shingles found in the other, 0..1: high when one
   *  text is a (possibly trimmed) copy of the other. */
  containment: number;
}

/** How alike two fingerprints' texts are; null when either is empty or not a fingerprint. */
export function compareFingerprints(a: string, b: string): TextSimilarity | null {
  const fa = parseFingerprint(a);
  const fb = parseFingerprint(b);
  if (!fa || !fb) return null;
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) {
    const at = k * 8;
    if (fa.sig.startsWith(fb.sig.slice(at, at + 8), at)) same++;
  }
  const resemblance = same / MINHASH_SIZE;
  // |A∩B| = J(|A|+|B|)/(1+J); containment divides by the smaller set.
  const shared = (resemblance * (fa.size + fb.size)) / (1 + resemblance);
  const containment = Math.min(1, shared / Math.max(1, Math.min(fa.size, fb.size)));
  return { resemblance, containment };
}

/** Whether two fingerprints are of the same text, give or take light edits and trimming. */
export function isNearDuplicate(a: string, b: string): boolean {
  const sim = compareFingerprints(a, b);
  return sim !== null && sim.containment >= NEAR_DUPLICATE_CONTAINMENT;
}
