import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, ENGINE_VERSION, type CorpusDoc } from '../engine';
import { findEnglishNames } from '../engine/english/nlp';
import { CORPUS_FORMAT, CORPUS_FILE_VERSION } from './exchange';

/**
 * Builds the bundled corpus from `seeds/`: each seed file as it is (scraping artefacts and all),
 * its metadata from `seeds/sources.json`, and its evidence statements analysed in advance.
 * Deterministic: the same seeds and engine give byte-identical output, versioned by its hash.
 */

export interface BundledCorpus {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_FILE_VERSION;
  /** Content hash of the documents and the engine version: a new value replaces the seeds. */
  corpusVersion: string;
  engineVersion: string;
  docs: CorpusDoc[];
}

interface SeedMeta {
  id: string;
  language?: string | null;
  headline?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
}

/** Longest title made from a seed's first sentence when it has no headline. */
const MAX_DERIVED_TITLE = 90;

/** A title for a seed without a headline: its first sentence, cut at a word boundary. */
export function titleFromText(text: string): string {
  const first = text.trim().split(/[.\n؟?!]/)[0]!.trim();
  if (first.length <= MAX_DERIVED_TITLE) return first;
  const cut = first.slice(0, MAX_DERIVED_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

/** Reads and analyses the seeds in `seedsDir`. Throws with a clear message if a file is missing. */
export function buildBundledCorpus(seedsDir: string): BundledCorpus {
  const meta: SeedMeta[] = JSON.parse(readFileSync(join(seedsDir, 'sources.json'), 'utf8')).seeds ?? [];
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const docs: CorpusDoc[] = files.map((file) => {
    const docId = file.replace(/\.txt$/, '');
    const m = meta.find((x) => x.id === docId);
    const text = readFileSync(join(seedsDir, file), 'utf8');
    return analyzeDocument({
      docId,
      title: m?.headline?.trim() || titleFromText(text),
      outlet: m?.outlet ?? null,
      published: m?.published ?? null,
      lang: m?.language ?? 'ar',
      url: m?.url ?? null,
      origin: 'seed',
      text,
    }, { names: findEnglishNames });
  });
  const corpusVersion = createHash('sha256').update(ENGINE_VERSION).update(JSON.stringify(docs)).digest('hex').slice(0, 16);
  return { format: CORPUS_FORMAT, version: CORPUS_FILE_VERSION, corpusVersion, engineVersion: ENGINE_VERSION, docs };
}
