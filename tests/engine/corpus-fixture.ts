import { resolve } from 'node:path';
import { CorpusIndex } from '../../lib/engine';
import { buildBundledCorpus } from '../../lib/corpus/build';

let index: CorpusIndex | null = null;

/** The bundled corpus built from seeds/, once per test file. */
export function seedIndex(): CorpusIndex {
  index ??= new CorpusIndex(buildBundledCorpus(resolve(import.meta.dirname, '../../seeds')).docs);
  return index;
}
