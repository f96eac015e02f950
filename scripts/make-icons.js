#!/usr/bin/env node
/*
 * Draws the add-in's icons (assets/icon-<size>.png and assets/logo-filled.png) with nothing
 * but Node built-ins: shapes are rasterised with 8x8 supersampling, the PNG is written by hand
 * (signature, IHDR, one IDAT compressed with zlib, IEND).
 *
 * The mark: a teal rounded square holding a white register sheet (a solid header row over a
 * ruled grid) with an amber check at its lower right: "a structured, validated workbook".
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const LOGO_SIZE = 300;
const SUPERSAMPLE = 8;

const TEAL = [0x0b, 0x6e, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf5, 0xb0, 0x1f];
const INK = [0x07, 0x4a, 0x4a];

// ---------------------------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of width*height*4, straight (not premultiplied) alpha. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Shapes, in unit coordinates (0..1 across the icon). Each returns true when (x, y) is inside.

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A thick polyline with round joins. */
function stroke(points, width) {
  const h = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      if (px * px + py * py <= h * h) return true;
    }
    return false;
  };
}

/**
 * The layers of the mark, bottom first. Small sizes get thicker lines and fewer grid rules so
 * that the mark stays legible at 16 px.
 */
function layers(size) {
  const small = size <= 20;
  const line = small ? 1.2 / size : Math.max(1.5 / size, 0.028);
  const sheet = { x0: 0.2, y0: 0.22, x1: 0.8, y1: 0.78 };
  const out = [
    { color: TEAL, shape: roundedRect(0, 0, 1, 1, 0.19) },
    // Sheet body: white outline with a solid header row.
    { color: WHITE, shape: rect(sheet.x0, sheet.y0, sheet.x1, sheet.y0 + (small ? 0.2 : 0.16)) },
    { color: WHITE, shape: rect(sheet.x0, sheet.y0, sheet.x0 + line, sheet.y1) },
    { color: WHITE, shape: rect(sheet.x1 - line, sheet.y0, sheet.x1, sheet.y1) },
    { color: WHITE, shape: rect(sheet.x0, sheet.y1 - line, sheet.x1, sheet.y1) },
  ];
  const rows = small ? [0.6] : [0.52, 0.65];
  for (const y of rows) out.push({ color: WHITE, shape: rect(sheet.x0, y - line / 2, sheet.x1, y + line / 2) });
  const colX = small ? 0.5 : 0.44;
  out.push({ color: WHITE, shape: rect(colX - line / 2, sheet.y0, colX + line / 2, sheet.y1) });
  // The check, on an amber disc that overlaps the sheet's lower right corner.
  const disc = small ? { cx: 0.74, cy: 0.74, r: 0.25 } : { cx: 0.75, cy: 0.75, r: 0.21 };
  out.push({ color: TEAL, shape: circle(disc.cx, disc.cy, disc.r + (small ? 0.03 : 0.035)) });
  out.push({ color: AMBER, shape: circle(disc.cx, disc.cy, disc.r) });
  const s = disc.r;
  out.push({
    color: INK,
    shape: stroke(
      [
        [disc.cx - 0.5 * s, disc.cy + 0.02 * s],
        [disc.cx - 0.12 * s, disc.cy + 0.4 * s],
        [disc.cx + 0.52 * s, disc.cy - 0.36 * s],
      ],
      small ? 0.13 : 0.3 * s,
    ),
  });
  return out;
}

function draw(size) {
  const shapes = layers(size);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color = null;
          for (const layer of shapes) if (layer.shape(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, draw(size));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
  const logo = path.join(outDir, "logo-filled.png");
  fs.writeFileSync(logo, draw(LOGO_SIZE));
  process.stdout.write(`${path.relative(process.cwd(), logo)}\n`);
}

if (require.main === module) main();

module.exports = { encodePng, draw };
