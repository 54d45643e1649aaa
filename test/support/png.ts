import { crc32, deflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A red ring on a transparent ground, as a seal looks: an RGBA PNG of side × side pixels. */
export function sealPng(side = 120): Buffer {
  const rows: Buffer[] = [];
  const centre = (side - 1) / 2;
  for (let y = 0; y < side; y += 1) {
    const row = Buffer.alloc(1 + side * 4);
    for (let x = 0; x < side; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const inked = distance <= centre && distance >= centre * 0.8;
      row.set(inked ? [200, 20, 20, 255] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Every page rendered by poppler as RGBA pixels (from its PPM output), for reading a QR code off them. */
export function renderPagesRgba(pdf: Uint8Array, dpi = 150): Array<{ data: Uint8ClampedArray; width: number; height: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'shiji-page-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), file, join(dir, 'page')]);
    return readdirSync(dir).filter((name) => name.endsWith('.ppm')).sort().map((name) => ppmToRgba(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Binary PPM (P6, maxval 255): a header of four tokens, then RGB bytes. */
function ppmToRgba(ppm: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const tokens: string[] = [];
  let offset = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]))) offset += 1;
    let token = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset]))) token += String.fromCharCode(ppm[offset++]);
    tokens.push(token);
  }
  offset += 1;
  const [magic, width, height] = [tokens[0], Number(tokens[1]), Number(tokens[2])];
  if (magic !== 'P6' || tokens[3] !== '255') throw new Error(`not an 8-bit binary PPM: ${tokens.join(' ')}`);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    data.set([ppm[offset + i * 3], ppm[offset + i * 3 + 1], ppm[offset + i * 3 + 2], 255], i * 4);
  }
  return { data, width, height };
}

/** The images the PDF embeds, as poppler's pdfimages lists them: width and height of each. */
export function embeddedImages(pdf: Uint8Array): Array<{ width: number; height: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'shiji-images-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    // Columns: page num type width height …; a soft mask (an alpha channel) is listed as its own row of type smask.
    return list.map((line) => line.trim().split(/\s+/)).filter((columns) => columns[2] === 'image').map((columns) => ({ width: Number(columns[3]), height: Number(columns[4]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
