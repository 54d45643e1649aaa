import { readFile } from 'node:fs/promises';

/**
 * Noto Sans SC (SIL Open Font License) from its npm package: a static
 * TrueType face with every GB 2312 character, so names and titles print in
 * Chinese, not boxes. It is 10 MB; certificates embed only the glyphs they use.
 */
const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let bytes: Promise<Uint8Array> | undefined;

/** The font file, read once per process on first use, not at start. */
export function cjkFontBytes(): Promise<Uint8Array> {
  bytes ??= readFile(require.resolve(FONT_FILE)).catch((error: unknown) => {
    bytes = undefined;
    throw error;
  });
  return bytes;
}
