import type { CorpusDoc } from '@/lib/engine/types';

/**
 * The corpus exchange file: what the options page exports and imports, and what the CLI's
 * `--corpus FILE` reads. One format for both, so a corpus built while browsing also serves batch
 * checks.
 *
 * A file is untrusted input (it may come from anyone), so `parseCorpusFile` checks all of it
 * before the caller touches the database, and keeps only the fields it knows. Claims are never
 * read from a file: the importer re-analyses each text with the engine, so a crafted file cannot
 * plant claims, offsets or keys the engine would not produce itself.
 */

export const CORPUS_FORMAT = 'aleppo-xref-corpus';
export const CORPUS_FILE_VERSION = 1;

/** Largest file we read (UTF-8 bytes). Far above a real corpus; stops a tab choking on a dump. */
export const MAX_CORPUS_FILE_BYTES = 50 * 1024 * 1024;
/** Longest article text, in characters: the longest news articles are well under 100 k. */
export const MAX_DOC_TEXT_CHARS = 2_000_000;
export const MAX_DOCS_PER_FILE = 10_000;
export const MAX_TITLE_CHARS = 1_000;
export const MAX_OUTLET_CHARS = 200;
export const MAX_URL_CHARS = 2_048;

/** Ids become IndexedDB keys and URL parameters (`source.html?doc=`): a short, safe alphabet. */
export const DOC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

export type ExportScope = 'all' | 'saved';

/** A document as it travels in a file: a `CorpusDoc` without its claims. */
export type ExchangeDoc = Omit<CorpusDoc, 'claims'>;

export interface ParsedCorpusFile {
  docs: ExchangeDoc[];
  /** 'all' when the file does not say (the bundled corpus file, for one, does not). */
  scope: ExportScope;
  /** When the file was exported; null when it does not say. */
  exportedAt: string | null;
}

/** Stable codes, so each extension page can put the message into the reader's language. */
export type CorpusFileErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-corpus-file'
  | 'newer-version'
  | 'bad-version'
  | 'bad-field'
  | 'missing-field'
  | 'too-many-docs'
  | 'text-too-long'
  | 'bad-doc-id'
  | 'duplicate-doc-id'
  | 'bad-date'
  | 'bad-url';

/** Why a file was refused. `message` is a complete English sentence; `params` fill translations. */
export class CorpusFileError extends Error {
  readonly code: CorpusFileErrorCode;
  /** Values the message names: the document number (1-based), the field, a limit. */
  readonly params: Record<string, string>;
  constructor(code: CorpusFileErrorCode, message: string, params: Record<string, string> = {}) {
    super(message);
    this.name = 'CorpusFileError';
    this.code = code;
    this.params = params;
  }
}

const MB = 1024 * 1024;

/** UTF-8 size without allocating the encoding for the common small file. */
function utf8Bytes(raw: string): number {
  if (raw.length * 3 <= MAX_CORPUS_FILE_BYTES) return raw.length * 3;
  return new TextEncoder().encode(raw).length;
}

/**
 * Reads and checks an exchange file. Throws `CorpusFileError` on the first problem found; on
 * success every document has a safe id, a checked language, date and URL, and strings without
 * control or direction-override characters.
 */
export function parseCorpusFile(raw: string): ParsedCorpusFile {
  if (raw.length > MAX_CORPUS_FILE_BYTES || utf8Bytes(raw) > MAX_CORPUS_FILE_BYTES) {
    throw new CorpusFileError('too-large', `The file is larger than ${MAX_CORPUS_FILE_BYTES / MB} MB.`, {
      limit: String(MAX_CORPUS_FILE_BYTES / MB),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw new CorpusFileError('not-json', 'The file is not valid JSON: it is damaged or not a corpus export.');
  }
  if (!isRecord(data) || data.format !== CORPUS_FORMAT || !Array.isArray(data.docs)) {
    throw new CorpusFileError('not-corpus-file', 'The file is not an Aleppo cross-check corpus export.');
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    throw new CorpusFileError('bad-version', 'The file does not say which version of the format it uses.');
  }
  if (data.version > CORPUS_FILE_VERSION) {
    throw new CorpusFileError(
      'newer-version',
      `The file was made by a newer version of the extension (format version ${data.version}); update the extension to import it.`,
      { version: String(data.version) },
    );
  }
  const scope = data.scope === undefined ? 'all' : data.scope;
  if (scope !== 'all' && scope !== 'saved') {
    throw new CorpusFileError('bad-field', 'The file\'s "scope" must be "all" or "saved".', { field: 'scope', doc: '0' });
  }
  let exportedAt: string | null = null;
  if (data.exportedAt !== undefined) {
    if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
      throw new CorpusFileError('bad-date', 'The file\'s export date is not a valid date.', { field: 'exportedAt', doc: '0' });
    }
    exportedAt = new Date(data.exportedAt).toISOString();
  }
  if (data.docs.length > MAX_DOCS_PER_FILE) {
    throw new CorpusFileError('too-many-docs', `The file holds more than ${MAX_DOCS_PER_FILE} documents.`, {
      limit: String(MAX_DOCS_PER_FILE),
    });
  }
  const seen = new Set<string>();
  const docs = data.docs.map((item: unknown, i: number) => {
    const doc = parseDoc(item, i + 1);
    if (seen.has(doc.docId)) {
      throw new CorpusFileError('duplicate-doc-id', `Document ${i + 1}: the id "${doc.docId}" appears twice in the file.`, {
        doc: String(i + 1),
        field: 'docId',
      });
    }
    seen.add(doc.docId);
    return doc;
  });
  return { docs, scope, exportedAt };
}

function parseDoc(item: unknown, n: number): ExchangeDoc {
  const at = (field: string) => ({ doc: String(n), field });
  if (!isRecord(item)) {
    throw new CorpusFileError('bad-field', `Document ${n} is not an object.`, at('doc'));
  }
  const field = (name: string): unknown => {
    if (!(name in item)) throw new CorpusFileError('missing-field', `Document ${n} has no "${name}".`, at(name));
    return item[name];
  };
  const str = (name: string, nullable: boolean): string | null => {
    const v = field(name);
    if (v === null && nullable) return null;
    if (typeof v !== 'string') {
      throw new CorpusFileError('bad-field', `Document ${n}: "${name}" must be text${nullable ? ' or null' : ''}.`, at(name));
    }
    return v;
  };

  const docId = str('docId', false)!;
  if (!DOC_ID_PATTERN.test(docId)) {
    throw new CorpusFileError(
      'bad-doc-id',
      `Document ${n}: the id may use only letters, digits, "_" and "-" (at most 128).`,
      at('docId'),
    );
  }
  const title = cleanLine(str('title', false)!, MAX_TITLE_CHARS, n, 'title');
  const outletRaw = str('outlet', true);
  const outlet = outletRaw === null ? null : cleanLine(outletRaw, MAX_OUTLET_CHARS, n, 'outlet') || null;

  const publishedRaw = str('published', true);
  const published = publishedRaw === null ? null : isoDay(publishedRaw);
  if (publishedRaw !== null && published === null) {
    throw new CorpusFileError('bad-date', `Document ${n}: "published" is not a valid date (YYYY-MM-DD).`, at('published'));
  }

  const lang = str('lang', false)!.trim().toLowerCase();
  if (!LANG_PATTERN.test(lang)) {
    throw new CorpusFileError('bad-field', `Document ${n}: "lang" is not a language code.`, at('lang'));
  }

  const urlRaw = str('url', true);
  const url = urlRaw === null || urlRaw.trim() === '' ? null : safeHttpUrl(urlRaw.trim());
  if (urlRaw !== null && urlRaw.trim() !== '' && url === null) {
    throw new CorpusFileError('bad-url', `Document ${n}: "url" must be an http or https address.`, at('url'));
  }

  const origin = field('origin');
  if (origin !== 'seed' && origin !== 'saved') {
    throw new CorpusFileError('bad-field', `Document ${n}: "origin" must be "seed" or "saved".`, at('origin'));
  }

  const textRaw = str('text', false)!;
  if (textRaw.length > MAX_DOC_TEXT_CHARS) {
    throw new CorpusFileError(
      'text-too-long',
      `Document ${n}: the text is longer than ${MAX_DOC_TEXT_CHARS.toLocaleString('en')} characters.`,
      { ...at('text'), limit: String(MAX_DOC_TEXT_CHARS) },
    );
  }
  const text = cleanText(textRaw);
  if (text.trim() === '') {
    throw new CorpusFileError('missing-field', `Document ${n} has no text.`, at('text'));
  }
  return { docId, title, outlet, published, lang, url, origin, text };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// C0/C1 controls (NUL, escape sequences…), and the bidi embedding/override/isolate controls,
// which can make a title display as something other than what it says (the "Trojan Source"
// trick). The marks RLM/LRM/ALM stay: Arabic text uses them legitimately.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Article text: keeps line breaks and tabs, drops other control characters and broken UTF-16. */
export function cleanText(s: string): string {
  return s.replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n');
}

/** One-line metadata (title, outlet): whitespace collapsed, controls dropped. */
function cleanLine(s: string, max: number, n: number, name: string): string {
  if (s.length > max) {
    throw new CorpusFileError('bad-field', `Document ${n}: "${name}" is longer than ${max} characters.`, {
      doc: String(n),
      field: name,
      limit: String(max),
    });
  }
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** `YYYY-MM-DD` for a real calendar day (a date-time is cut to its day); null otherwise. */
export function isoDay(s: string): string | null {
  const m = DATE_PATTERN.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The URL when it is a plain http(s) address of sane length; null otherwise (javascript:, data:…). */
export function safeHttpUrl(s: string): string | null {
  if (s.length > MAX_URL_CHARS) return null;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.username || u.password) return null;
    return u.href;
  } catch {
    return null;
  }
}

/**
 * The exchange file for these documents (claims and storage bookkeeping are left out; an
 * importer re-analyses the text). `now` is for tests.
 */
export function serializeCorpus(docs: Iterable<ExchangeDoc>, scope: ExportScope, now: Date = new Date()): string {
  const out = [...docs].map(({ docId, title, outlet, published, lang, url, origin, text }) => ({
    docId,
    title,
    outlet,
    published,
    lang,
    url,
    origin,
    text,
  }));
  return JSON.stringify(
    { format: CORPUS_FORMAT, version: CORPUS_FILE_VERSION, exportedAt: now.toISOString(), scope, docs: out },
    null,
    1,
  );
}
