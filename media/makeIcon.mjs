// Draws media/icon.png (128×128, the Marketplace icon): Gantt bars, a dependency link and a
// milestone on a dark tile. Plain Node (zlib) so the icon rebuilds without an image tool:
//   node media/makeIcon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const diamond = (cx, cy, r) => (x, y) => Math.abs(x - cx) + Math.abs(y - cy) <= r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

// Painted in order; later shapes cover earlier ones.
const layers = [
  { shape: roundRect(4, 4, 124, 124, 22), color: (x, y) => mix([31, 59, 87], [44, 90, 133], y / SIZE) },
  { shape: rect(22, 34, 96, 35.5), color: () => [255, 255, 255, 60] },
  { shape: rect(22, 64, 110, 65.5), color: () => [255, 255, 255, 60] },
  { shape: rect(22, 94, 110, 95.5), color: () => [255, 255, 255, 60] },
  { shape: roundRect(22, 26, 66, 42, 5), color: () => [79, 195, 247] },
  { shape: rect(60, 42, 63, 60), color: () => [236, 240, 244] },
  { shape: roundRect(56, 56, 98, 72, 5), color: () => [239, 83, 80] },
  { shape: rect(92, 72, 95, 90), color: () => [236, 240, 244] },
  { shape: roundRect(70, 86, 96, 102, 5), color: () => [129, 199, 132] },
  { shape: diamond(106, 34, 11), color: () => [255, 202, 40] },
];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (const { shape, color } of layers) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          hits += shape(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES) ? 1 : 0;
        }
      }
      if (hits === 0) {
        continue;
      }
      const [cr, cg, cb, ca = 255] = color(x, y);
      const alpha = (hits / SAMPLES ** 2) * (ca / 255);
      // "Over" compositing in straight alpha.
      const outA = alpha + a * (1 - alpha);
      r = (cr * alpha + r * a * (1 - alpha)) / outA;
      g = (cg * alpha + g * a * (1 - alpha)) / outA;
      b = (cb * alpha + b * a * (1 - alpha)) / outA;
      a = outA;
    }
    pixels.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (y * SIZE + x) * 4);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
