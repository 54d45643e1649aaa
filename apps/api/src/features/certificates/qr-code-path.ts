import QRCode from 'qrcode';

export interface QrCodePath {
  /** SVG path data, y down, one unit per module, the quiet zone included. */
  path: string;
  /** Modules across, the quiet zone included: the path's width and height. */
  size: number;
}

/** Modules of white around the code, as QR readers expect. */
const QUIET_ZONE = 2;

/**
 * A QR code as vector outlines: each row's runs of dark modules as
 * rectangles, so the printed code stays sharp at any size (and the PDF
 * carries no image for it).
 */
export function qrCodePath(text: string): QrCodePath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
    }
  }
  return { path: parts.join(''), size: modules.size + 2 * QUIET_ZONE };
}
