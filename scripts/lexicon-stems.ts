import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemArabicForm } from '../lib/engine/concepts';
import { stemEnglishForm } from '../lib/engine/english/concepts';
import { computeFormStems } from '../lib/engine/lexicon/form-stems';

/**
 * Writes lib/engine/lexicon/form-stems.json: every lexicon form with the stems the engine's own
 * stemmers give it. Run after editing the lexicon or a stemmer (`npm run lexicon:stems`); the
 * table's unit test says when it is due.
 */
const file = fileURLToPath(new URL('../lib/engine/lexicon/form-stems.json', import.meta.url));
const table = { ar: computeFormStems('ar', stemArabicForm), en: computeFormStems('en', stemEnglishForm) };
writeFileSync(file, `${JSON.stringify(table, null, 0)}\n`);
console.error(`form-stems.json: ${Object.keys(table.ar).length} Arabic and ${Object.keys(table.en).length} English forms`);
