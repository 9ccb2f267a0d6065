#!/usr/bin/env node
// Draws the toolbar icons (public/icon/{16,32,48,128}.png) from a few shapes, so the icons are
// ours and reproducible without an image editor or a download: a page of text lines on the
// brand blue, with a green "checked" seal. 4×4 supersampling gives smooth edges at 16 px.
// Run: node scripts/draw-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;
const BRAND = [13, 91, 140];
const PAGE = [255, 255, 255];
const SEAL = [34, 160, 84];

/** Signed distance to a rounded rectangle (negative inside). */
function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const cy = Math.max(y0 + r - y, 0, y - (y1 - r));
  const outside = Math.hypot(cx, cy) - r;
  if (cx > 0 || cy > 0) return outside;
  return -Math.min(x - x0, x1 - x, y - y0, y1 - y);
}

/** Distance to a line segment. */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** Colour (RGBA) of the point (x, y) in the unit square, painter's order. */
function paint(x, y) {
  let rgba = [0, 0, 0, 0];
  const over = (rgb, inside) => { if (inside) rgba = [...rgb, 255]; };
  over(BRAND, roundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22) <= 0);
  // Lines of text (RTL-looking: ragged on the left, as an Arabic column).
  over(PAGE, roundRect(x, y, 0.2, 0.22, 0.8, 0.31, 0.045) <= 0);
  over(PAGE, roundRect(x, y, 0.2, 0.39, 0.8, 0.48, 0.045) <= 0);
  over(PAGE, roundRect(x, y, 0.36, 0.56, 0.8, 0.65, 0.045) <= 0);
  // The seal, ringed in the background colour so it reads as lying on top.
  const d = Math.hypot(x - 0.34, y - 0.7);
  over(BRAND, d <= 0.25);
  over(SEAL, d <= 0.2);
  const tick = Math.min(segment(x, y, 0.25, 0.7, 0.315, 0.77), segment(x, y, 0.315, 0.77, 0.44, 0.625));
  over(PAGE, d <= 0.2 && tick <= 0.035);
  return rgba;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
        }
      }
      const alpha = acc[3] / SUPERSAMPLE ** 2;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      row[o + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), png(size));
console.log(`icons: ${SIZES.map((s) => `${s}.png`).join(', ')} in public/icon/`);
