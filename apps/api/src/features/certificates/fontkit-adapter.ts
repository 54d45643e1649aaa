import { Readable } from 'node:stream';
import { create, type Font } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Upstream fontkit 2 in the shape pdf-lib expects. pdf-lib's own fork
 * (@pdf-lib/fontkit 1.1.1, unmaintained) writes TrueType subsets with a
 * corrupt short `loca` table: most CJK glyphs come out blank. Upstream fixed
 * that long ago; the one difference pdf-lib sees is that a subset is encoded
 * with encode() instead of the old encodeStream().
 */
export const upstreamFontkit: PdfLibFontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), postscriptName);
    if (!('createSubset' in font)) throw new Error('A font collection was given where one font was expected');
    return withEncodeStream(font) as unknown as ReturnType<PdfLibFontkit['create']>;
  },
};

function withEncodeStream(font: Font): Font {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
  };
  return font;
}
