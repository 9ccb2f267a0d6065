import { findEnglishNames } from '@/lib/engine/english/nlp';
import { ENGLISH_NAMES_GLOBAL } from '@/lib/english-names-script';

/**
 * Loaded into the background only (never a page): see lib/english-names-script.ts. Leaves the
 * name finder where entrypoints/background/english-names.ts picks it up.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGLISH_NAMES_GLOBAL] = findEnglishNames;
});
