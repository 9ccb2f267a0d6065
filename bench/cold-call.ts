/**
 * One cold engine call in a fresh process, for bench/engine.ts: `node --import tsx
 * bench/cold-call.ts ar|en` prints {"analysis": ms, "matching": ms} on stdout.
 */
import { coldCall } from './engine';

const lang = process.argv[2] === 'en' ? 'en' : 'ar';
process.stdout.write(`${JSON.stringify(coldCall(lang))}\n`);
