import { create } from 'qrcode';

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** The dark modules as one SVG path, one unit per module. */
  path: string;
}

const QUIET_ZONE = 4;

/** A QR code drawn as SVG in the page itself: no image request, nothing for the CSP to allow, sharp when printed. */
export function drawQr(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path };
}
