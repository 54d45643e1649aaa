import type { ServerWritableStream } from '@grpc/grpc-js';

/**
 * Writes one message and, when the transport's buffer is full, waits for it to
 * drain: a slow client slows the double down instead of growing its memory.
 */
export async function writeWithBackpressure<Request, Response>(
  call: ServerWritableStream<Request, Response>,
  message: Response,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted || call.write(message)) return;
  await new Promise<void>((resolve) => {
    const resume = (): void => {
      call.off('drain', resume);
      signal.removeEventListener('abort', resume);
      resolve();
    };
    call.on('drain', resume);
    signal.addEventListener('abort', resume);
  });
}
