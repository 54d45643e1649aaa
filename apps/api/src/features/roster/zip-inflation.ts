/**
 * What an .xlsx (a zip) says it unpacks to, read from its central directory
 * before any of it is inflated: a few kB that claim gigabytes (a zip bomb)
 * are refused without being opened. Null when the bytes are not a zip this
 * reader understands (ZIP64 included), which callers refuse as well.
 */
export function declaredUnpackedBytes(zip: Buffer): { bytes: number; entries: number } | null {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  // The end-of-directory record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let at = zip.length - 22; at >= earliest; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) return null;
  let bytes = 0;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const unpacked = zip.readUInt32LE(at + 24);
    if (unpacked === 0xffffffff) return null;
    bytes += unpacked;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { bytes, entries };
}
