import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type request from 'supertest';

/** superagent leaves unknown binary types unread; this collects a PDF response as bytes. */
export function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}

export interface EmbeddedFont {
  fontName: string;
  /** Bytes of the embedded TrueType program (FontFile2). */
  programBytes: number;
  glyphs: number;
  /**
   * Glyphs (past .notdef) with no outline or that do not parse: a space is
   * one, any more means a corrupt subset whose text renders blank in viewers.
   */
  blankGlyphs: number;
}

/** Fonts whose program is embedded in the PDF, from the font descriptors in its object list. */
export async function embeddedFonts(pdf: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(pdf);
  const fonts: EmbeddedFont[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const program = object.lookup(PDFName.of('FontFile2'));
    if (!(program instanceof PDFRawStream)) continue;
    const font = create(Buffer.from(decodePDFRawStream(program).decode()));
    if (!('getGlyph' in font)) throw new Error('A font collection is embedded where one font was expected');
    let blankGlyphs = 0;
    for (let id = 1; id < font.numGlyphs; id += 1) {
      if (!hasOutline(() => font.getGlyph(id).path.commands.length)) blankGlyphs += 1;
    }
    fonts.push({ fontName: String(object.get(PDFName.of('FontName'))), programBytes: program.getContents().byteLength, glyphs: font.numGlyphs, blankGlyphs });
  }
  return fonts;
}

function hasOutline(commands: () => number): boolean {
  try {
    return commands() > 0;
  } catch {
    return false;
  }
}

export function hasPoppler(): boolean {
  return spawnSync('pdftoppm', ['-v']).error === undefined;
}

/** Renders page 1 with poppler and extracts the text of the whole document; poppler must be installed. */
export function renderWithPoppler(pdf: Uint8Array): { png: Buffer; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shiji-pdf-'));
  try {
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { png: readFileSync(join(dir, 'page.png')), text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
