import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildBundledCorpus } from './build';

/** `npm run corpus`: seeds/ → public/corpus.json, the corpus the extension ships. */
const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'public/corpus.json');
try {
  const corpus = buildBundledCorpus(resolve(root, 'seeds'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(corpus)}\n`);
  const claims = corpus.docs.reduce((n, d) => n + d.claims.length, 0);
  console.error(`corpus ${corpus.corpusVersion}: ${corpus.docs.length} documents, ${claims} statements → public/corpus.json`);
} catch (err) {
  console.error(`corpus: ${(err as Error).message}`);
  process.exit(1);
}
