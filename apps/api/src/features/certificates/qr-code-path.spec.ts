import QRCode from 'qrcode';
import { qrCodePath } from './qr-code-path';

/** The cells a path of `M{x} {y}h{w}v1h{-w}z` rectangles covers, as "row,column". */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) cells.add(`${y},${column}`);
  }
  return cells;
}

describe('a QR code as a path', () => {
  const text = 'https://shiji.example.org/check/7K2Q-M9XD-4TBN-QH3V';

  it('covers exactly the dark modules of the code, inside a quiet zone of two modules', () => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const { path, size } = qrCodePath(text);
    expect(size).toBe(modules.size + 4);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) if (modules.get(row, column)) expected.add(`${row + 2},${column + 2}`);
    }
    expect(cellsOf(path)).toEqual(expected);
    expect(path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  });

  it('draws each run of dark modules in a row as one rectangle', () => {
    const { path } = qrCodePath(text);
    const cells = cellsOf(path);
    const rectangles = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, width]) => ({ row: Number(y), first: Number(x), last: Number(x) + Number(width) - 1 }));
    for (const { row, first, last } of rectangles) {
      expect([cells.has(`${row},${first - 1}`), cells.has(`${row},${last + 1}`)]).toEqual([false, false]);
    }
  });
});
