/**
 * Bad input shared by the Arabic layer's tests: binary bytes as a page decoder would hand them
 * over. Pseudo-random from a fixed LCG, so every run sees the same bytes.
 */
export function binaryGarbage(size = 300_000): [string, string][] {
  const bytes = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return [
    ['read as utf-8', new TextDecoder('utf-8').decode(bytes)],
    ['read as latin1', new TextDecoder('latin1').decode(bytes)],
  ];
}
