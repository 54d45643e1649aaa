/** An object-mode Readable, seen structurally (the client is typed against another @types/node). */
export interface BufferedSource<T> extends AsyncIterable<T> {
  readonly readableLength: number;
}

/**
 * Groups an object-mode stream's items into batches of at most `maxSize`: a
 * batch holds the next item plus whatever is already buffered behind it, so
 * a catch-up yields full batches and a quiet live stream yields small ones
 * without waiting. Nothing is read while the consumer works on a batch, which
 * lets the stream's buffer fill and push back on the source.
 */
export async function* inBatches<T>(source: BufferedSource<T>, maxSize: number): AsyncGenerator<T[]> {
  const items = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const first = await items.next();
      if (first.done) return;
      const batch = [first.value];
      while (batch.length < maxSize && source.readableLength > 0) {
        const next = await items.next();
        if (next.done) break;
        batch.push(next.value);
      }
      yield batch;
    }
  } finally {
    await items.return?.();
  }
}
