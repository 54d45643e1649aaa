import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';

/** A4 in PDF points. */
const PAGE_SIZE: [number, number] = [595.28, 841.89];
const MARGIN_X = 56;
const MARGIN_TOP = 64;
/** Room below the last line for the running footer. */
const MARGIN_BOTTOM = 72;
const LINE_HEIGHT = 1.5;

export const CONTENT_LEFT = MARGIN_X;
export const CONTENT_RIGHT = PAGE_SIZE[0] - MARGIN_X;
export const GREY = rgb(0.35, 0.35, 0.35);

export interface TextStyle {
  size: number;
  color?: RGB;
}

export interface Cell {
  text: string;
  x: number;
  width: number;
  align?: 'left' | 'right';
}

/**
 * Top-to-bottom text flow over as many A4 pages as the content needs, in one
 * font. pdf-lib draws glyphs at coordinates and knows nothing of lines or
 * pages; this keeps the cursor and starts a page when the next block would
 * not fit.
 */
export class PdfLayout {
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = this.newPage();
  }

  /** Starts a new page unless `height` points still fit on this one; `onNewPage` redraws e.g. a table header. */
  ensure(height: number, onNewPage?: () => void): void {
    if (this.y - height >= MARGIN_BOTTOM) return;
    this.page = this.newPage();
    onNewPage?.();
  }

  space(points: number): void {
    this.y -= points;
  }

  centred(text: string, style: TextStyle): void {
    this.ensure(style.size * LINE_HEIGHT);
    const width = this.font.widthOfTextAtSize(text, style.size);
    this.draw(text, (PAGE_SIZE[0] - width) / 2, style);
    this.y -= style.size * LINE_HEIGHT;
  }

  /** Text wrapped to the content width: between any two Chinese characters, between English words. */
  paragraph(text: string, style: TextStyle, indent = 0): void {
    for (const line of this.wrap(text, style.size, CONTENT_RIGHT - CONTENT_LEFT - indent)) {
      this.ensure(style.size * LINE_HEIGHT);
      this.draw(line, CONTENT_LEFT + indent, style);
      this.y -= style.size * LINE_HEIGHT;
    }
  }

  /** One table row; a cell too long for its column is cut short with an ellipsis. */
  row(cells: readonly Cell[], style: TextStyle, onNewPage?: () => void): void {
    this.ensure(style.size * LINE_HEIGHT, onNewPage);
    for (const cell of cells) {
      const text = this.fit(cell.text, style.size, cell.width);
      const x = cell.align === 'right' ? cell.x + cell.width - this.font.widthOfTextAtSize(text, style.size) : cell.x;
      this.draw(text, x, style);
    }
    this.y -= style.size * LINE_HEIGHT;
  }

  /**
   * An image with its top at the cursor. `advance: false` leaves the cursor
   * where it was, so text that follows flows beside it (a seal over the
   * issuer's lines, a QR code beside the code).
   */
  image(image: PDFImage, box: { x: number; width: number; height: number; advance?: boolean; opacity?: number }): void {
    this.ensure(box.height);
    this.page.drawImage(image, { x: box.x, y: this.y - box.height, width: box.width, height: box.height, opacity: box.opacity ?? 1 });
    if (box.advance !== false) this.y -= box.height;
  }

  /**
   * A black SVG path (y down, in `units` across) scaled to a square of
   * `size` points with its top at the cursor; `advance` as for `image`.
   */
  shape(path: string, box: { x: number; size: number; units: number; advance?: boolean }): void {
    this.ensure(box.size);
    this.page.drawSvgPath(path, { x: box.x, y: this.y, scale: box.size / box.units, color: rgb(0, 0, 0) });
    if (box.advance !== false) this.y -= box.size;
  }

  rule(thickness = 0.5): void {
    const y = this.y + 4;
    this.page.drawLine({ start: { x: CONTENT_LEFT, y }, end: { x: CONTENT_RIGHT, y }, thickness, color: GREY });
    this.y -= 4;
  }

  /** Draws a running footer on every page once all pages exist, since it counts them. */
  footers(text: (page: number, pages: number) => string, style: TextStyle): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const line = text(index + 1, pages.length);
      const width = this.font.widthOfTextAtSize(line, style.size);
      page.drawText(line, { x: (PAGE_SIZE[0] - width) / 2, y: MARGIN_BOTTOM / 2, size: style.size, font: this.font, color: style.color ?? GREY });
    });
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - MARGIN_TOP;
    return page;
  }

  private draw(text: string, x: number, style: TextStyle): void {
    this.page.drawText(text, { x, y: this.y - style.size, size: style.size, font: this.font, color: style.color ?? rgb(0, 0, 0) });
  }

  private wrap(text: string, size: number, width: number): string[] {
    // Runs of Latin letters, digits and punctuation stay whole (with the spaces after them); anything else breaks anywhere.
    const tokens = text.match(/[\x21-\x7e]+ *| +|./gu) ?? [];
    const lines: string[] = [];
    let line = '';
    for (const token of tokens) {
      if (line !== '' && this.font.widthOfTextAtSize((line + token).trimEnd(), size) > width) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line += token;
      }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines;
  }

  private fit(text: string, size: number, width: number): string {
    if (this.font.widthOfTextAtSize(text, size) <= width) return text;
    const characters = Array.from(text);
    while (characters.length > 0 && this.font.widthOfTextAtSize(`${characters.join('')}…`, size) > width) characters.pop();
    return `${characters.join('')}…`;
  }
}
